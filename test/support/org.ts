/** The smallest organization the schema accepts: only the fields Clerk always sends. */
export const MINIMAL_ORG = {
  object: 'organization',
  id: 'org_1',
  name: 'A',
  slug: 'a',
  has_image: false,
  max_allowed_memberships: 1,
  admin_delete_enabled: true,
  public_metadata: {},
  created_at: 1,
  updated_at: 1,
};
