import type { ClerkClient } from '../client.js';
import type { CallOptions } from '../options.js';
import { isObject, snapshot } from '../params.js';
import type { Result } from '../result.js';
import type { Organizations } from '../schemas/organizations.js';
import { type ListOrganizationsError, type ListOrganizationsParams, listOrganizations } from './list-organizations.js';

/**
 * Walks a listing page by page: `limit` is the page size (default 10),
 * starting at `offset`. Each page is a `Result`; iteration stops after an
 * empty page, at `total_count`, or after yielding the first error
 * (an aborted `signal` included). One page is held at a time.
 *
 * @example
 * for await (const page of paginateOrganizations(clerk, { limit: 100 })) {
 *   if (!page.ok) { console.error(page.error.message); break; }
 *   for (const org of page.data.data) console.log(org.id);
 * }
 */
export async function* paginateOrganizations(
  client: ClerkClient,
  params: ListOrganizationsParams = {},
  options?: CallOptions,
): AsyncGenerator<Result<Organizations, ListOrganizationsError>, void, undefined> {
  let base: unknown;
  try {
    base = snapshot(params);
  } catch {
    // unreadable: the call reports it as invalid_request
  }
  if (!isObject(base)) {
    yield await listOrganizations(client, params, options);
    return;
  }
  let offset = (base as ListOrganizationsParams).offset ?? 0;
  for (;;) {
    const page = await listOrganizations(client, { ...(base as ListOrganizationsParams), offset }, options);
    yield page;
    if (!page.ok || page.data.data.length === 0) return;
    offset += page.data.data.length;
    if (offset >= page.data.total_count) return;
  }
}
