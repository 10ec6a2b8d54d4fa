// One small static server for the fixture vendor sites: used by the tests, `npm run demo`,
// the benchmarks and the end-to-end tests. Listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** A route handled in code instead of from disk (redirects, slow pages, faults). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticServer {
  origin: string;
  port: number;
  /** Every request path (with query) in arrival order: tests assert what was and was not requested. */
  requests: string[];
  /** Request headers by path, for checks such as "no cookies were sent". */
  headers: Map<string, IncomingMessage['headers']>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra latency per request in ms (benchmarks). */
  latencyMs?: number;
  routes?: Record<string, Route>;
  /** Fixed port (the demo); 0 or absent picks a free one. */
  port?: number;
}

/**
 * Serve `root` as a site. "/a" serves a.html or a/index.html; "/" serves index.html.
 * Unknown paths get a 404 page; paths outside root are refused.
 */
export async function serveDirectory(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const headers = new Map<string, IncomingMessage['headers']>();
  const server: Server = createServer(async (req, res) => {
    const rawPath = req.url ?? '/';
    requests.push(rawPath);
    headers.set(rawPath, req.headers);
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    const pathname = decodeURIComponent(new URL(rawPath, 'http://x').pathname);
    const route = opts.routes?.[pathname];
    if (route) return void (await route(req, res));
    const file = await findFile(base, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    headers,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function findFile(base: string, pathname: string): Promise<string | undefined> {
  const clean = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const target = join(base, clean);
  if (!target.startsWith(base)) return undefined;
  const candidates = pathname.endsWith('/') ? [join(target, 'index.html')] : [target, `${target}.html`, join(target, 'index.html')];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}
