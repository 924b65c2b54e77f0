import type { ClerkClient } from '../client.js';
import type { CallOptions } from '../options.js';
import { paginate } from '../paginate.js';
import type { Result } from '../result.js';
import type { Organizations } from '../schemas/organizations.js';
import { type ListOrganizationsError, type ListOrganizationsParams, listOrganizations } from './list-organizations.js';

/**
 * Walks a listing page by page: `limit` is the page size (default 10),
 * starting at `offset`. Each page is a `Result`; iteration stops after an
 * empty page, at `total_count`, or after yielding the first error
 * (an aborted `signal` included). One page is held at a time.
 *
 * @category Organizations
 * @example
 * for await (const page of paginateOrganizations(clerk, { limit: 100 })) {
 *   if (!page.ok) { console.error(page.error.message); break; }
 *   for (const org of page.data.data) console.log(org.id);
 * }
 */
export function paginateOrganizations(
  client: ClerkClient,
  params: ListOrganizationsParams = {},
  options?: CallOptions,
): AsyncGenerator<Result<Organizations, ListOrganizationsError>, void, undefined> {
  return paginate(listOrganizations, client, params, options);
}
