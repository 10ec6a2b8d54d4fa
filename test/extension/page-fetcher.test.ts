// The content script's Fetcher, run in Node against a local server (Node's fetch is the same API).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailure } from '../../src/core/crawl/crawl-types.js';
import { pageFetcher } from '../../src/browser/page-fetcher.js';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';

let site: StaticServer;
let other: StaticServer;
beforeAll(async () => {
  other = await serveDirectory('test/extension', { routes: { '/landing': (_q, res) => void res.end('<p>elsewhere</p>') } });
  site = await serveDirectory('test/extension', {
    routes: {
      '/page': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Grüße</p>'),
      '/latin1': (_q, res) =>
        void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from('<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>', 'latin1')),
      '/big': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(100_000)),
      '/pdf': (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'),
      '/moved': (_q, res) => void res.writeHead(301, { location: '/page' }).end(),
      '/away': (_q, res) => void res.writeHead(302, { location: `${other.origin}/landing` }).end(),
      '/slow': (_q, res) => void setTimeout(() => res.end('late'), 1_000),
      '/missing': (_q, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('nope'),
      '/utf16': (_q, res) =>
        void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0xff, 0xfe, ...Buffer.from('<p>Grüße 日本</p>', 'utf16le')])),
      '/sjis': (_q, res) =>
        void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(Buffer.from([...Buffer.from('<!-- <meta charset="euc-kr"> --><meta charset="Shift_JIS"><p>'), 0x93, 0xfa, 0x96, 0x7b])),
      '/sitemap.xml': (_q, res) =>
        void res
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>/k\xf6ln</loc></url></urlset>', 'latin1')),
    },
  });
});
afterAll(async () => {
  await site.close();
  await other.close();
});

const opts = () => ({ timeoutMs: 500, maxBytes: 10_000, allowedOrigins: [site.origin] });

describe('pageFetcher', () => {
  it('fetches without cookies, decodes by header or meta charset', async () => {
    const fetcher = pageFetcher();
    const res = await fetcher(`${site.origin}/page`, opts());
    expect(res).toMatchObject({ status: 200, contentType: 'text/html', body: '<p>Grüße</p>', truncated: false, url: `${site.origin}/page` });
    expect((await fetcher(`${site.origin}/latin1`, opts())).body).toContain('Grüße');
    expect(site.headers.get('/page')?.cookie).toBeUndefined();
  });

  it('never follows a redirect: hands it back, with its target where the runtime shows it', async () => {
    const fetcher = pageFetcher();
    expect(await fetcher(`${site.origin}/moved`, opts())).toMatchObject({
      status: 301,
      url: `${site.origin}/moved`,
      body: '',
      redirect: { location: `${site.origin}/page` },
    });
    const away = await fetcher(`${site.origin}/away`, opts());
    expect(away).toMatchObject({ status: 302, body: '', redirect: { location: `${other.origin}/landing` } });
    expect(other.requests).toEqual([]);
  });

  it("hands a browser's opaque redirect back with no target (the browser hides it)", async () => {
    const opaque = { type: 'opaqueredirect', status: 0, url: '', headers: new Headers(), body: null } as unknown as Response;
    const res = await pageFetcher(async () => opaque)(`${site.origin}/moved`, opts());
    expect(res).toMatchObject({ status: 0, body: '', redirect: {} });
    expect(res.redirect?.location).toBeUndefined();
  });

  it('caps the size by reading the stream, skips bodies that are not text, resolves for HTTP errors', async () => {
    const fetcher = pageFetcher();
    const big = await fetcher(`${site.origin}/big`, opts());
    expect(big.truncated).toBe(true);
    expect(big.body).toHaveLength(10_000);
    expect(await fetcher(`${site.origin}/pdf`, opts())).toMatchObject({ contentType: 'application/pdf', body: '' });
    expect((await fetcher(`${site.origin}/missing`, opts())).status).toBe(404);
  });

  it('times out with a FetchFailure of kind timeout; network errors are kind network', async () => {
    const fetcher = pageFetcher();
    await expect(fetcher(`${site.origin}/slow`, opts())).rejects.toMatchObject({ kind: 'timeout' });
    await expect(fetcher('http://127.0.0.1:9/', opts())).rejects.toBeInstanceOf(FetchFailure);
  });

  it('asks fetch for credentials: omit and redirect: manual', async () => {
    const seen: RequestInit[] = [];
    const fetcher = pageFetcher(async (_url, init) => {
      seen.push(init);
      return new Response('ok', { headers: { 'content-type': 'text/plain' } });
    });
    await fetcher(`${site.origin}/x`, opts());
    expect(seen[0]).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it('decodes with the core decoder, as the CLI does: a UTF-16 page, Shift_JIS by <meta> (not the commented one), a latin-1 sitemap', async () => {
    const fetcher = pageFetcher();
    expect((await fetcher(`${site.origin}/utf16`, opts())).body).toBe('<p>Grüße 日本</p>');
    expect((await fetcher(`${site.origin}/sjis`, opts())).body).toMatch(/<p>日本$/);
    expect((await fetcher(`${site.origin}/sitemap.xml`, opts())).body).toContain('/köln<');
  });
});
