// Narrowing helpers: a failed expectation says what the Result was, not 'expected false to equal …'.
// No nock here, so real-network suites can use them too.
import type { RequestError, Result } from '../../src/index.js';

/** The data of an ok Result; fails the test, saying what the error was, otherwise. */
export function expectOk<T>(r: Result<T, RequestError>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.type}: ${r.error.message}`);
  return r.data;
}

/** The error of a failed Result, of `type` when given; fails the test, saying what came instead, otherwise. */
export function expectErr<K extends RequestError['type']>(r: Result<unknown, RequestError>, type?: K): Extract<RequestError, { type: K }> {
  if (r.ok) throw new Error(`expected ${type ?? 'an error'}, got ok: ${JSON.stringify(r.data).slice(0, 200)}`);
  if (type !== undefined && r.error.type !== type) throw new Error(`expected ${type}, got ${r.error.type}: ${r.error.message}`);
  return r.error as Extract<RequestError, { type: K }>;
}
