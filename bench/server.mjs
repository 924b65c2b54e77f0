// The bench's loopback server, run as its own process so its work does not
// share the event loop with the clients being measured. Prints its port.
//
// `/v1/…` answers the ASCII bodies with a content-length. A prefix picks another answer:
// `/<bodies>-<framing>/v1/…`, where <bodies> is `ascii` or `non-ascii` and <framing> is
// `length` (one write with a content-length) or `chunked` (no content-length: chunked transfer
// encoding, written in 16 KiB pieces as a proxy relaying a stream would).
import { createServer } from 'node:http';

import { bodies, nonAsciiBodies } from './bodies.mjs';

const PIECE = 16 * 1024;
const asBuffers = ({ one, list }) => {
  const pieces = (text) => {
    const bytes = Buffer.from(text);
    const out = [];
    for (let at = 0; at < bytes.length; at += PIECE) out.push(bytes.subarray(at, at + PIECE));
    return { bytes, pieces: out };
  };
  return { one: pieces(one), list: pieces(list) };
};
const served = { ascii: asBuffers(bodies), 'non-ascii': asBuffers(nonAsciiBodies) };

const server = createServer((req, res) => {
  const match = /^\/(ascii|non-ascii)-(length|chunked)(\/.*)$/.exec(req.url);
  const [kind, framing, path] = match ? match.slice(1) : ['ascii', 'length', req.url];
  const set = served[kind];
  const body = path.startsWith('/v1/organizations?') || path === '/v1/organizations' ? set.list : set.one;
  if (framing === 'length') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.bytes.length }).end(body.bytes);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  for (const piece of body.pieces) res.write(piece);
  res.end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
