/**
 * A tiny static file server on 127.0.0.1 and a random port, for browser tests
 * of the built pages in dist/.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface Served {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serves `dir` until `close()`. Paths outside `dir` are refused.
 *
 * @example
 * const { origin, close } = await serveDir('dist');
 * // page.goto(`${origin}/web.html`)
 */
export async function serveDir(dir: string): Promise<Served> {
  const root = normalize(dir);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
