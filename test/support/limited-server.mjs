// A loopback server that limits like Clerk: at most LIMIT requests per endpoint in any window of WINDOW ms; past it,
// 429 with Retry-After (seconds), and the endpoint stays blocked until then. Counts what a client should avoid.
// Usage: node limited-server.mjs LIMIT WINDOW; prints its port; GET /stats answers the counts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const LIMIT = Number(process.argv[2] ?? 20);
const WINDOW = Number(process.argv[3] ?? 1000);
const seen = new Map(); // endpoint → request times in the window
const blockedUntil = new Map(); // endpoint → time
const stats = { ok: 0, tooMany: 0, intoBlock: 0 };
const ORG = JSON.parse(readFileSync(new URL('./minimal-organization.json', import.meta.url), 'utf8'));

const server = createServer((req, res) => {
  if (req.url === '/stats') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
  const endpoint = `${req.method} ${req.url.split('?')[0]}`;
  const now = Date.now();
  const until = blockedUntil.get(endpoint) ?? 0;
  const times = (seen.get(endpoint) ?? []).filter((t) => t > now - WINDOW);
  seen.set(endpoint, times);
  if (now < until || times.length >= LIMIT) {
    if (now < until) stats.intoBlock++;
    stats.tooMany++;
    const next = Math.max(until, times[0] + WINDOW);
    const retryAfter = Math.max(1, Math.ceil((next - now) / 1000));
    blockedUntil.set(endpoint, Math.max(until, now + retryAfter * 1000));
    return res
      .writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) })
      .end(JSON.stringify({ errors: [{ code: 'too_many_requests', message: 'Too many requests' }], clerk_trace_id: 'trace_429' }));
  }
  times.push(now);
  stats.ok++;
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ORG));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
