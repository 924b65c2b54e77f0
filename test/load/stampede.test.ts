// After a hold ends, the callers waiting for it must not all leave at once (issue #17): one probes, and each answer
// that is not a 429 lets two more through. Against a server that allows 10 requests per second, the same arrivals
// meet far fewer 429s than when every waiter leaves the moment the hold ends.
import { describe, expect, it } from 'vitest';
import { createClient, getOrganization, type RequestError, type Result } from '../../src/index.js';
import { expectOk } from '../support/expect-result.js';
import { minimalOrganization } from '../support/models.js';
import { SECRET_KEY } from '../support/secret.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('after a hold, no stampede', () => {
  it('the callers waiting for a hold go in growing batches, each after the last one’s answers', async () => {
    // A server 20 ms away that allows 10 requests per second, then answers 429 with Retry-After: 1 until its window has room.
    const times: number[] = [];
    let tooManyCount = 0;
    const client = createClient(SECRET_KEY, {
      retry: { retries: 20, baseDelay: 10, maxDelay: 5_000 },
      fetch: async () => {
        const now = Date.now();
        while (times.length > 0 && times[0]! <= now - 1_000) times.shift();
        const answer = sleep(20); // the way back takes time, as over a network: waiters cannot see each other's 429 at once
        if (times.length >= 10) {
          tooManyCount++;
          await answer;
          return new Response('{"errors":[{"code":"too_many_requests"}]}', { status: 429, headers: { 'retry-after': '1' } });
        }
        times.push(now);
        await answer;
        return Response.json(minimalOrganization());
      },
    });
    const calls: Promise<Result<unknown, RequestError>>[] = [];
    for (let i = 0; i < 50; i++) {
      calls.push(getOrganization(client, { organization_id: 'org_1' }));
      await sleep(10);
    }
    for (const r of await Promise.all(calls)) expectOk(r);
    console.log(`after a hold: ${tooManyCount} answers of 429 for 50 calls`);
    // All at once after each hold: about 25 + 20 + 15 + 10 + 5 answers of 429; in doubling batches, a few per hold.
    expect(tooManyCount).toBeLessThan(30);
  }, 20_000);
});
