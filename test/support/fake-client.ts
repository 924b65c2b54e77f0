import { type ClientOptions, createClient } from '../../src/index.js';
import { createFakeClerk, type FakeClerkOptions } from '../../src/testing/index.js';
import { SECRET_KEY } from './secret.js';

/** A fake Clerk seeded with `seed`, and a client talking to it; retries off unless `options` says otherwise. */
export function fakeClerk(seed: FakeClerkOptions = {}, options: ClientOptions = {}) {
  const fake = createFakeClerk(seed);
  return { fake, clerk: createClient(SECRET_KEY, { fetch: fake.fetch, retry: false, ...options }) };
}
