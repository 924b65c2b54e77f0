// The fake scales: its stores are indexed (id, slug, organization → memberships, user → memberships), so seeding grows
// linearly and a deep page costs about what the first does. Guarded by ratios between sizes, not wall-clock times.
import { expect, it } from 'vitest';
import { createFakeClerk } from '../../src/testing/index.js';

const AUTH = { headers: { authorization: 'Bearer sk_test_scale' } };

function seed(n: number) {
  const organizations = Array.from({ length: n }, (_, i) => ({ name: `Org ${i}`, members: [`user_${i % 1000}`] }));
  const started = performance.now();
  const fake = createFakeClerk({ organizations, users: Array.from({ length: 1000 }, (_, i) => ({ id: `user_${i}` })) });
  return { fake, ms: performance.now() - started };
}

/** The best of three runs, to keep a noisy machine's pauses out of the ratio. */
const best = (run: () => number) => Math.min(run(), run(), run());

it('seeding grows linearly: 4x the organizations and memberships take far less than 16x the time', () => {
  const small = best(() => seed(10_000).ms);
  const large = best(() => seed(40_000).ms);
  expect(large / small).toBeLessThan(8);
});

it('a page of 500 deep in the list costs about what the first page costs, and a get by slug is direct', async () => {
  const { fake } = seed(100_000);
  const time = async (url: string) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const r = await fake.fetch(url, AUTH);
      expect(r.status).toBe(200);
      runs.push(performance.now() - started);
    }
    return Math.min(...runs);
  };
  const first = await time('https://api.clerk.com/v1/organizations?limit=500&offset=0');
  const deep = await time('https://api.clerk.com/v1/organizations?limit=500&offset=99500');
  expect(deep / first).toBeLessThan(3);
  const bySlug = await time('https://api.clerk.com/v1/organizations/org-99999');
  expect(bySlug).toBeLessThan(first);
});
