// A hostile test site: a 127.0.0.1 HTTP server whose pages are code (routes by path, then an
// optional fallback), that logs every request with its headers and every connection, so a test
// can assert what was requested, what was not, and what each request carried.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface SeenRequest {
  method: string;
  /** Path and query as the client sent them. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface HostileServer {
  origin: string;
  port: number;
  requests: SeenRequest[];
  /** Request paths (with query), in arrival order. */
  paths(): string[];
  /** TCP connections accepted (a request that never parsed still opened one). */
  connections(): number;
  close(): Promise<void>;
}

export interface HostileSite {
  /** Exact pathname → handler. */
  routes?: Record<string, Handler>;
  /** Anything no route took; absent: a plain 404 page. */
  fallback?: Handler;
}

export async function startServer(site: HostileSite = {}): Promise<HostileServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const url = new URL(path, 'http://127.0.0.1');
    const handler = site.routes?.[url.pathname] ?? site.fallback ?? notFound;
    Promise.resolve(handler(req, res, url)).catch(() => res.destroy());
  });
  server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A request the parser rejects still counts as contact with this server.
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    paths: () => requests.map((r) => r.path),
    connections: () => connections,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export const notFound: Handler = (_req, res) => {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1></html>');
};

/** A 200 HTML page (UTF-8 unless a type is given). */
export function htmlRoute(body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
}

export function redirectRoute(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

export function statusRoute(status: number, body = `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
}

/** A server nothing should ever reach: the "other site" and the privacy canary. */
export async function startCanary(): Promise<HostileServer> {
  return startServer({ fallback: htmlRoute('<!doctype html><title>canary</title><p>canary</p>') });
}
