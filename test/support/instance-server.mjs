// A loopback server that limits the whole Clerk instance, as Clerk does: at most LIMIT accepted requests, across every
// endpoint and every caller, in any window of WINDOW ms (a sliding window by arrival time); past it, 429 with
// Retry-After (whole seconds until a place frees). It records every arrival: when (ms, monotonic), who sent it (the
// first path segment, /a/v1/... or /b/v1/...: each worker gets its own baseURL), the endpoint and the status.
// Usage: node instance-server.mjs LIMIT WINDOW; prints its port. Control routes (not counted, not limited):
//   GET  /__arrivals            → [{ at, who, method, path, status }]
//   POST /__reset               → forgets arrivals and the window
//   POST /__force {who, path, retryAfter}  → the next request from `who` to `path` is answered 429 with that Retry-After
//   POST /__limit {limit, window}  → limits from now on (the bench lifts the limit to time calls)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

let LIMIT = Number(process.argv[2] ?? 20);
let WINDOW = Number(process.argv[3] ?? 1000);
const ORG = JSON.parse(readFileSync(new URL('./minimal-organization.json', import.meta.url), 'utf8'));

let accepted = []; // arrival times of the requests answered 200, in the window
let arrivals = [];
let forced = []; // { who, path, retryAfter }

const json = (res, status, body, headers = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
const tooMany = (res, retryAfter) =>
  json(res, 429, { errors: [{ code: 'too_many_requests', message: 'Too many requests' }], clerk_trace_id: 'trace_429' }, { 'retry-after': String(retryAfter) });

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__arrivals') return json(res, 200, arrivals);
  if (url.pathname === '/__reset') {
    accepted = [];
    arrivals = [];
    forced = [];
    return json(res, 200, {});
  }
  if (url.pathname === '/__force' || url.pathname === '/__limit') {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (url.pathname === '/__force') forced.push(JSON.parse(body));
    else ({ limit: LIMIT, window: WINDOW } = JSON.parse(body));
    return json(res, 200, {});
  }
  const at = performance.timeOrigin + performance.now();
  const [, who, , ...rest] = url.pathname.split('/'); // /{who}/v1/...
  const path = `/${rest.join('/')}`;
  const arrival = { at, who, method: req.method, path, status: 0 };
  arrivals.push(arrival);
  const force = forced.findIndex((f) => f.who === who && f.path === path);
  if (force >= 0) {
    arrival.status = 429;
    return tooMany(res, forced.splice(force, 1)[0].retryAfter);
  }
  accepted = accepted.filter((t) => t > at - WINDOW);
  if (accepted.length >= LIMIT) {
    arrival.status = 429;
    return tooMany(res, Math.max(1, Math.ceil((accepted[0] + WINDOW - at) / 1000)));
  }
  accepted.push(at);
  arrival.status = 200;
  if (path === '/organizations') return json(res, 200, { data: [], total_count: 0 });
  const id = path.match(/^\/organizations\/([^/]+)$/)?.[1];
  return json(res, 200, { ...ORG, id: id ?? ORG.id });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
