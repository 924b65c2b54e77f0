import type { ClerkClient } from '../client.js';
import type { CommonErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Jwks, JwksSchema } from '../schemas/jwks.js';

/**
 * `getJwks` takes no params: `getJwks(clerk)`.
 *
 * @category JWKS
 */
export type GetJwksParams = Record<never, never>;

/**
 * What `getJwks` can fail with; the spec documents no error status for it. Its error codes: {@link CommonErrorCode}.
 *
 * @category JWKS
 */
export type GetJwksError = RequestError<never, CommonErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<GetJwksParams, Jwks, GetJwksError> = { method: 'GET', path: '/jwks', params: {}, response: JwksSchema };

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetJwksError> = { operationId: 'GetJWKS', statuses: [] };

/**
 * Fetches the instance's JSON Web Key Set: the public keys its session
 * tokens are signed with. `verifySessionToken(token, { client })` loads and
 * caches it for you; call this to inspect the keys or to cache them yourself.
 *
 * @category JWKS
 * @example
 * const r = await getJwks(clerk);
 * if (r.ok) console.log(r.data.keys?.map((key) => key.kid));
 */
export function getJwks(client: ClerkClient, params: GetJwksParams = {}, options?: CallOptions): Promise<Result<Jwks, GetJwksError>> {
  return call(client, endpoint, params, options);
}
