import type { ClerkClient } from './client.js';
import { invalidResponse } from './errors.js';
import type { CallOptions } from './options.js';
import { isObject, snapshot } from './params.js';
import { fail, type Result } from './result.js';

/** A list function: params with `limit` and `offset`, an answer with `data` and `total_count`. */
export type ListFunction<P, T extends { data: unknown[]; total_count: number }, E> = (
  client: ClerkClient,
  params: P,
  options?: CallOptions,
) => Promise<Result<T, E>>;

/**
 * Walks every page of any list function: `limit` is the page size, starting
 * at `offset`. Each page is a `Result`; iteration stops after an empty page,
 * at `total_count`, or after yielding the first error (an aborted `signal`
 * included). One page is held at a time. Typed from the function given.
 *
 * @example
 * import { paginate, listOrganizationMemberships } from 'clerk-backend-fetch';
 * let seats = 0;
 * for await (const page of paginate(listOrganizationMemberships, clerk, { organization_id: 'org_123', limit: 500 })) {
 *   if (!page.ok) { console.error(page.error.message); break; }
 *   seats += page.data.data.length;
 * }
 */
export async function* paginate<P extends { offset?: number | undefined } | undefined, T extends { data: unknown[]; total_count: number }, E>(
  list: ListFunction<P, T, E>,
  client: ClerkClient,
  // Typed from the list function alone (a list with optional params gives `P | undefined`), then checked here.
  params: NoInfer<P>,
  options?: CallOptions,
): AsyncGenerator<Result<T, E>, void, undefined> {
  let base: unknown;
  try {
    base = snapshot(params);
  } catch {
    // unreadable: the call reports it as invalid_request
  }
  if (!isObject(base)) {
    yield await list(client, params, options);
    return;
  }
  let offset = (base as { offset?: number }).offset ?? 0;
  for (;;) {
    const page = await list(client, { ...base, offset } as P, options);
    if (page.ok && !Array.isArray((page.data as T | null)?.data)) {
      // Only with validateResponses: false can a 2xx page lack its list; list endpoints answer 200.
      yield fail(invalidResponse(200, [{ path: 'data', message: 'must be an array' }], page.data)) as Result<T, E>;
      return;
    }
    yield page;
    if (!page.ok || page.data.data.length === 0) return;
    offset += page.data.data.length;
    if (offset >= page.data.total_count) return;
  }
}
