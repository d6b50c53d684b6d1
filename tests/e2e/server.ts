/** A static server on 127.0.0.1 for end-to-end pages: the demo at /, the shared corpus pages at /pages/. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEMO_DIR, SHARED_PAGES } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Serves `body` at `path` (e.g. '/csp.html'), with extra headers (e.g. a Content-Security-Policy). */
  route(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

async function serveFile(res: ServerResponse, root: string, rel: string): Promise<void> {
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const own = routes.get(path);
    if (own) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...own.headers }).end(own.body);
      return;
    }
    if (path.startsWith('/pages/')) void serveFile(res, SHARED_PAGES, path.slice('/pages/'.length));
    else void serveFile(res, DEMO_DIR, path === '/' ? 'index.html' : path.slice(1));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (path, body, headers = {}) => routes.set(path, { body, headers }),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
