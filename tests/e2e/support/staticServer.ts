import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A plain static host, as schools have: ETag and Last-Modified, no Cache-Control; it can be told to answer 503. */
export interface StaticHost {
  readonly url: string;
  /** 'down' answers every request with 503 */
  mode: 'up' | 'down';
  close(): Promise<void>;
}

export async function startStaticHost(folder: string): Promise<StaticHost> {
  const host: { mode: StaticHost['mode'] } = { mode: 'up' };
  const server: Server = createServer((req, res) => {
    if (host.mode === 'down') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const stat = statSync(file);
    const etag = `"${createHash('sha1').update(`${stat.size}-${stat.mtimeMs}`).digest('hex').slice(0, 16)}"`;
    const headers = { etag, 'last-modified': stat.mtime.toUTCString(), 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get mode() {
      return host.mode;
    },
    set mode(mode) {
      host.mode = mode;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
