import { type Check, metadata, pathId, type RulesFor } from '../params.js';
import type { Metadata } from '../schemas/metadata.js';

/**
 * Params holding just an organization id: `deleteOrganization`, `deleteOrganizationLogo`.
 *
 * @category Organizations
 */
export interface OrganizationIdParams {
  /** The organization's id. */
  organization_id: string;
}

/**
 * Params for `mergeOrganizationMetadata` and `replaceOrganizationMetadata`: the id plus either or both objects.
 *
 * @category Organizations
 */
export interface OrganizationMetadataParams {
  /** The organization's id. */
  organization_id: string;
  /** Metadata the Frontend API can read but not write. */
  public_metadata?: Metadata | undefined;
  /** Metadata only the Backend API can read. */
  private_metadata?: Metadata | undefined;
}

/** The checks shared by both metadata functions. */
export const metadataRules: RulesFor<OrganizationMetadataParams> = { 'organization_id!': pathId, public_metadata: metadata, private_metadata: metadata };

/**
 * How `listOrganizations` can sort: a field, ascending (no prefix or `+`) or descending (`-`).
 *
 * @category Organizations
 */
export type OrganizationOrderBy = `${'' | '+' | '-'}${'name' | 'created_at' | 'members_count'}`;

/** Checks an `OrganizationOrderBy`. */
export const organizationOrderBy: Check = (value) =>
  typeof value === 'string' && /^[+-]?(name|created_at|members_count)$/.test(value)
    ? undefined
    : 'must be name, created_at or members_count, with an optional + or - before it';
