import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { minimalOrganization } from './models.js';

/** How the server treats a request: the `x-behaviour` header, else the path's last segment. */
export type Behaviour = 'ok' | 'stall-after-headers' | 'half-body-reset' | 'reset' | 'slow' | 'html-502' | 'retry-after';

/** A real HTTP server on 127.0.0.1 that misbehaves on request: `/v1/organizations/<behaviour>`. */
export async function startMisbehavingServer(slowMs = 300): Promise<{ url: string; close: () => Promise<void>; hits: Map<string, number> }> {
  const sockets = new Set<Socket>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const behaviour = (req.headers['x-behaviour'] ?? decodeURIComponent((req.url ?? '').split('?')[0]!.split('/').pop() ?? '')) as Behaviour;
    hits.set(behaviour, (hits.get(behaviour) ?? 0) + 1);
    const body = JSON.stringify(minimalOrganization({ id: `org_${behaviour}` }));
    req.resume();
    const send = (r: ServerResponse) => r.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    switch (behaviour) {
      case 'stall-after-headers':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.flushHeaders();
        return; // never sends the body
      case 'half-body-reset':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.write(body.slice(0, body.length / 2), () => setTimeout(() => req.socket.resetAndDestroy(), 10));
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'slow':
        setTimeout(() => send(res), slowMs);
        return;
      case 'html-502':
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case 'retry-after':
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end(JSON.stringify({ errors: [] }));
        return;
      default:
        send(res);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
