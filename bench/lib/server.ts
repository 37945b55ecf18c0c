/** A small static file server on 127.0.0.1 (an ephemeral port), for the built pages. Loopback only. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a static host compresses on the wire (as GitHub Pages, Netlify and nginx's gzip_types do); the GLB is not. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` (a directory) as it is: no fallback page, no caching. Text files go gzip-encoded to a client that
 * accepts it, as any static host sends them, so a throttled link carries the bytes a real visit would.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const compressed = new Map<string, Buffer>();
  const gzipped = (file: string): Buffer => {
    let body = compressed.get(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
    return body;
  };
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (compressible.has(extname(file).toLowerCase()) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipped(file);
        res.writeHead(200, {
          'Content-Type': type,
          'Content-Length': body.length,
          'Content-Encoding': 'gzip',
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-store' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
