import { expect, it } from 'vitest';
import type { RequestError, Result } from '../../src/index.js';
import { expectErr } from './expect-result.js';

/** A call with a bad param, the issue's path and its message. */
export type ParamCheck = [string, () => Promise<Result<unknown, RequestError>>, string, string];

/** One test per check: the call is invalid_request with that issue. Run under useNock with no interceptor: a sent request would fail as network. */
export function itRefusesBeforeSending(cases: ParamCheck[]) {
  it.each(cases)('%s', async (_, run, path, message) => {
    expect(expectErr(await run(), 'invalid_request').issues).toContainEqual({ path, message });
  });
}
