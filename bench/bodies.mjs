// The answers every bench serves: one organization, and a page of 500 with metadata.
const org = (i) => ({
  object: 'organization',
  id: `org_${String(i).padStart(24, '0')}`,
  name: `Organization ${i}`,
  slug: `organization-${i}`,
  image_url: 'https://img.clerk.com/default',
  has_image: false,
  max_allowed_memberships: 5,
  admin_delete_enabled: true,
  public_metadata: { plan: 'pro', seats: i },
  private_metadata: {},
  created_by: 'user_2abc',
  created_at: 1_700_000_000_000 + i,
  updated_at: 1_700_000_000_000 + i,
  role_set_key: null,
});

export const bodies = {
  one: JSON.stringify(org(1)),
  list: JSON.stringify({ data: Array.from({ length: 500 }, (_, i) => org(i)), total_count: 500 }),
};
