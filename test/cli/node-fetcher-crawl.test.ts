// The crawler and the Node fetcher together, over real HTTP on 127.0.0.1 (shared fixture server).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';
import { nodeFetcher } from '../../src/cli/node-fetcher.js';
import { crawlSite } from '../../src/core/crawl/crawler.js';
import { DEFAULT_CRAWL_OPTIONS } from '../../src/core/crawl/crawl-types.js';

const page = (links: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head><body>${links}</body></html>`;

let server: StaticServer;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ca-crawl-'));
  const files: Record<string, string> = {
    'index.html': page(
      '<header><a href="/produkte">Produkte</a></header><footer><a href="/impressum">Impressum</a><a href="/logout">Abmelden</a><a href="/katalog.pdf">Katalog</a></footer>',
    ),
    'produkte.html': page('<a href="/produkte/a">A</a>'),
    'produkte/a.html': page('<a href="/">Start</a>'),
    'impressum.html': page('<p>Tel. 030 1234567</p>'),
    'geheim/kontakt.html': page('<p>secret</p>'),
    'service/kontakt.html': page('<p>Kontakt</p>'),
    'robots.txt': 'User-agent: *\nDisallow: /geheim/\n',
    'sitemap.xml': '<urlset><url><loc>ORIGIN/service/kontakt</loc></url><url><loc>ORIGIN/geheim/kontakt</loc></url></urlset>',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  server = await serveDirectory(root, { routes: { '/old': (_req, res) => void res.writeHead(301, { location: '/' }).end() } });
  writeFileSync(join(root, 'sitemap.xml'), files['sitemap.xml']!.replaceAll('ORIGIN', server.origin));
});

afterAll(() => server.close());

describe('crawlSite with nodeFetcher', () => {
  it('crawls a small site politely: robots, no state-changing links, no files, no cookies', async () => {
    const r = await crawlSite(`${server.origin}/old`, { ...DEFAULT_CRAWL_OPTIONS, concurrency: 2 }, nodeFetcher);
    expect(r.partialReason).toBeUndefined();
    expect(r.site).toBe(server.origin);
    expect(r.pages.map((p) => [new URL(p.url).pathname, p.depth, !!p.viaSitemap])).toEqual([
      ['/', 0, false],
      ['/impressum', 1, false],
      ['/produkte', 1, false],
      ['/produkte/a', 2, false],
      ['/service/kontakt', 4, true],
    ]);
    expect(server.requests).not.toContain('/logout');
    expect(server.requests).not.toContain('/katalog.pdf');
    expect(server.requests).not.toContain('/geheim/kontakt');
    expect(server.requests.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect([...server.headers.values()].every((h) => h.cookie === undefined)).toBe(true);
    expect(r.skipped.map((s) => s.reason).sort()).toEqual(['disallowed by robots.txt', 'not HTML (.pdf)', 'state-changing link (sign out)']);
    expect(r.errors).toEqual([]);
  });
});
