// The bench's loopback server, run as its own process so its work does not
// share the event loop with the clients being measured. Prints its port.
import { createServer } from 'node:http';

import { bodies } from './bodies.mjs';

const { one, list } = bodies;

const server = createServer((req, res) => {
  const body = req.url.startsWith('/v1/organizations?') || req.url === '/v1/organizations' ? list : one;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
