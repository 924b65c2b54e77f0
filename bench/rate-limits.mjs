// npm run bench: 200 calls, one every 10 ms, against a loopback server that limits like Clerk (20 per second per
// endpoint, then 429 and a block until Retry-After), with the hold alone and with a matching budget.
import { createClient, getOrganization } from 'clerk-backend-fetch';
import { sentIntoHolds, startLimitedServer, steadyArrivals } from '../test/support/steady-arrivals.mjs';

const { origin, stop } = await startLimitedServer(20, 1000);

async function run(name, organizationId, options) {
  const arrivals = await steadyArrivals(origin, { createClient, getOrganization, calls: 200, organizationId, options });
  const { results, sent, stats } = arrivals;
  console.log(`| ${name} | ${sent.length} | ${stats.tooMany} | ${sentIntoHolds(arrivals).length} | ${results.filter((r) => r.ok).length} |`);
}

console.log('\nRate limits: 200 calls, one every 10 ms; the server allows 20 per second per endpoint\n');
console.log('| client | requests sent | answered 429 | sent while the client knew of a hold | calls ok |\n|---|---:|---:|---:|---:|');
await run('the hold', 'org_1', {});
// Another endpoint, so the first run's block on the server does not carry over.
await run('the hold and rateLimit: { requests: 20, per: 1000 }', 'org_2', { rateLimit: { requests: 20, per: 1000 }, retry: { maxDelay: 20_000 } });
stop();
