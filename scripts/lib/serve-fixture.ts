// Serve one fixture site. sitemap.xml and robots.txt hold absolute URLs, which depend on the port
// the server got, so they are written with an {{origin}} placeholder and filled in per request.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory, type ServeOptions, type StaticServer } from './static-server.js';

export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../../fixtures', import.meta.url)));

/** Files whose {{origin}} placeholder is replaced with the server's origin, and their content types. */
const TEMPLATED: Record<string, string> = {
  '/sitemap.xml': 'application/xml',
  '/robots.txt': 'text/plain; charset=utf-8',
};

export function fixtureDir(site: string): string {
  return join(FIXTURES_DIR, site);
}

export async function serveFixture(site: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const root = fixtureDir(site);
  if (!existsSync(root)) throw new Error(`no fixture site "${site}" in ${FIXTURES_DIR}`);
  const routes: ServeOptions['routes'] = { ...opts.routes };
  for (const [path, type] of Object.entries(TEMPLATED)) {
    const file = join(root, path);
    if (!existsSync(file) || routes[path]) continue;
    const template = readFileSync(file, 'utf8');
    routes[path] = (req, res) => {
      res.writeHead(200, { 'content-type': type });
      res.end(template.replaceAll('{{origin}}', `http://${req.headers.host ?? '127.0.0.1'}`));
    };
  }
  return serveDirectory(root, { ...opts, routes });
}
