import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse, type IncomingMessage } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailure, type FetchOptions } from '../../src/core/crawl/crawl-types.js';
import { nodeFetcher } from '../../src/cli/node-fetcher.js';
import { fetchFollowing, type RedirectPolicy } from '../../src/core/crawl/redirects.js';
import { stateChangingReason } from '../../src/core/crawl/state-changing-link.js';
import type { RedirectRecord } from '../../src/core/report/redirect-record.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface TestServer {
  origin: string;
  seen: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const seen: TestServer['seen'] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const html =
  (body: string, type = 'text/html; charset=utf-8'): Handler =>
  (_req, res) =>
    void res.writeHead(200, { 'content-type': type }).end(body);
const bytes =
  (data: Buffer | number[], type: string): Handler =>
  (_req, res) =>
    void res.writeHead(200, { 'content-type': type }).end(Buffer.from(data));
const redirect =
  (to: string, extra: Record<string, string> = {}): Handler =>
  (_req, res) =>
    void res.writeHead(302, { location: to, ...extra }).end();

const BIG_TEXT = 'a'.repeat(20_000_000);
/** 20 MB of text in ~20 KB of gzip: a compression bomb in miniature. Made once, up front. */
const BOMB = gzipSync(BIG_TEXT);

let site: TestServer;
let other: TestServer;
let opts: FetchOptions;

beforeAll(async () => {
  other = await serve({ '/': html('<title>elsewhere</title>') });
  site = await serve({
    '/page': html('<title>Kontakt</title><p>Grüße</p>'),
    '/set-cookie': redirect('/page', { 'set-cookie': 'session=abc; Path=/' }),
    '/a': redirect('/b'),
    '/b': redirect('/page'),
    '/away': (_req, res) => void res.writeHead(301, { location: `${other.origin}/` }).end(),
    '/away307': (_req, res) => void res.writeHead(307, { location: `${other.origin}/` }).end(),
    '/hop-then-away': redirect('/away'),
    '/contact-sales': redirect('/account/logout'),
    '/account/logout': html('<p>signed out</p>'),
    '/loop1': redirect('/loop2'),
    '/loop2': redirect('/loop1'),
    '/chain': (req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
      redirect(`/chain?n=${n + 1}`)(req, res);
    },
    '/missing': (_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('gone'),
    '/never': () => {}, // headers never come
    '/dribble': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    }, // body never ends
    '/reset': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '10000' });
      res.write('<html><body>part');
      setTimeout(() => res.socket?.destroy(), 20);
    },
    '/big': html(BIG_TEXT.slice(0, 100_000)),
    '/bomb': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(BOMB),
    '/gzip': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>gzip ok</p>')),
    '/deflate': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync('<p>deflate ok</p>')),
    '/br': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync('<p>br ok</p>')),
    '/empty-gzip': (_req, res) => void res.writeHead(404, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(),
    '/corrupt': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all')),
    '/latin1': bytes([...Buffer.from('<p>caf'), 0xe9, 0x20, 0x80, ...Buffer.from('</p>')], 'text/html; charset=ISO-8859-1'),
    '/meta1252': bytes([...Buffer.from('<meta charset="windows-1252"><p>'), 0xe9, ...Buffer.from('</p>')], 'text/html'),
    '/sjis': bytes(
      [...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p>')],
      'text/html',
    ),
    '/bom': bytes([0xef, 0xbb, 0xbf, ...Buffer.from('<p>Grüße</p>')], 'text/html; charset=iso-8859-1'),
    '/utf16': bytes([0xff, 0xfe, ...Buffer.from('<p>hé</p>', 'utf16le')], 'text/html'),
    '/bogus-charset': html('<p>ok ü</p>', 'text/html; charset=klingon'),
    '/plain-default': bytes(Buffer.from('<p>Grüße</p>'), 'text/html'),
    '/fake.pdf.html': bytes(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'text/html'),
    '/image.html': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'application/octet-stream'),
    '/nul': bytes([...Buffer.from('<html>'), 0, 1, 2, 3, 0], 'text/html'),
    '/photo': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.write(Buffer.alloc(1000, 0xff));
    }, // never ends: must not be read
    '/unlabelled': (_req, res) => void res.writeHead(200).end('<!doctype html><title>x</title>'),
  });
  opts = { timeoutMs: 2000, maxBytes: 1_000_000, allowedOrigins: [site.origin] };
});

afterAll(async () => {
  await site.close();
  await other.close();
});

const get = (path: string, o: Partial<FetchOptions> = {}) => nodeFetcher(`${site.origin}${path}`, { ...opts, ...o });
const failure = async (p: Promise<unknown>): Promise<FetchFailure> => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchFailure);
    return err as FetchFailure;
  }
  throw new Error('expected a FetchFailure');
};

describe('nodeFetcher: requests', () => {
  it('fetches a page with clear headers and no cookie', async () => {
    const r = await get('/page');
    expect(r).toEqual({
      requestedUrl: `${site.origin}/page`,
      url: `${site.origin}/page`,
      status: 200,
      contentType: 'text/html',
      body: '<title>Kontakt</title><p>Grüße</p>',
      truncated: false,
    });
    const headers = site.seen.find((s) => s.path === '/page')!.headers;
    expect(headers['user-agent']).toMatch(/^contact-audit\/\S+ \(anonymous contact-page audit; robots\.txt token: contact-audit\)$/);
    expect(headers.accept).toMatch(/^text\/html/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('never sends a cookie, even one the site just set', async () => {
    const before = site.seen.length;
    await fetchFollowing(nodeFetcher, `${site.origin}/set-cookie`, opts, { refuse: () => undefined, guesses: () => [], record: () => undefined });
    const after = site.seen.slice(before);
    expect(after.map((s) => s.path)).toEqual(['/set-cookie', '/page']);
    expect(after.every((s) => s.headers.cookie === undefined)).toBe(true);
  });

  it('resolves for HTTP errors and rejects for network failures', async () => {
    expect((await get('/missing')).status).toBe(404);
    const closed = await failure(nodeFetcher('http://127.0.0.1:1/', opts));
    expect(closed.kind).toBe('network');
    expect(closed.message).toMatch(/ECONNREFUSED/);
    expect((await failure(nodeFetcher('not a url', opts))).kind).toBe('other');
  });
});

describe('nodeFetcher: redirects', () => {
  it('makes one request and hands the redirect back with its target made absolute', async () => {
    const before = site.seen.length;
    const r = await get('/a');
    expect(r).toMatchObject({ requestedUrl: `${site.origin}/a`, url: `${site.origin}/a`, status: 302, body: '', redirect: { location: `${site.origin}/b` } });
    expect(site.seen.length - before).toBe(1);
  });

  it('never requests a redirect target itself, on another host or not', async () => {
    const r = await get('/away', { allowedOrigins: [site.origin, other.origin] });
    expect(r).toMatchObject({ status: 301, redirect: { location: `${other.origin}/` } });
    expect(other.seen).toEqual([]);
  });
});

describe("nodeFetcher under the crawl's redirect rules (core/crawl/redirects.ts)", () => {
  const records: RedirectRecord[] = [];
  const policy: RedirectPolicy = { refuse: (url) => stateChangingReason(url), guesses: () => [], record: (r) => records.push(r) };
  const follow = (path: string, o: Partial<FetchOptions> = {}) => fetchFollowing(nodeFetcher, `${site.origin}${path}`, { ...opts, ...o }, policy);

  it('follows a same-site chain hop by hop and says so', async () => {
    records.length = 0;
    const r = await follow('/a');
    expect(r).toMatchObject({ requestedUrl: `${site.origin}/a`, url: `${site.origin}/page`, status: 200 });
    expect(records.map((x) => [x.from, x.to, x.outcome])).toEqual([
      [`${site.origin}/a`, `${site.origin}/b`, 'followed'],
      [`${site.origin}/b`, `${site.origin}/page`, 'followed'],
    ]);
  });

  it('does not follow a redirect to another origin (a 301, a 307, the second hop of a chain), and reports it', async () => {
    for (const path of ['/away', '/away307', '/hop-then-away']) {
      const r = await follow(path);
      expect(r.offSiteRedirect, path).toBe(`${other.origin}/`);
      expect(r.body).toBe('');
    }
    expect(other.seen).toEqual([]);
  });

  it('refuses a same-site redirect into a state-changing URL, and never requests it', async () => {
    records.length = 0;
    const r = await follow('/contact-sales');
    expect(r.refusedRedirect).toEqual({ url: `${site.origin}/account/logout`, reason: 'state-changing link (sign out)' });
    expect(site.seen.some((s) => s.path === '/account/logout')).toBe(false);
    expect(records).toEqual([expect.objectContaining({ outcome: 'refused', to: `${site.origin}/account/logout` })]);
  });

  it('stops redirect loops and long chains', async () => {
    expect((await failure(follow('/loop1'))).message).toMatch(/redirect loop/);
    const before = site.seen.length;
    expect((await failure(follow('/chain'))).message).toMatch(/more than 5 redirects/);
    expect(site.seen.length - before).toBe(6);
  });
});

describe('nodeFetcher: time and size', () => {
  it('times out when the headers never come', async () => {
    const started = Date.now();
    const f = await failure(get('/never', { timeoutMs: 300 }));
    expect(f.kind).toBe('timeout');
    expect(f.message).toMatch(/before the response headers/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out when the body never ends', async () => {
    const f = await failure(get('/dribble', { timeoutMs: 300 }));
    expect(f.kind).toBe('timeout');
    expect(f.message).toMatch(/after 6 bytes of body/);
  });

  it('cuts the body at maxBytes', async () => {
    const r = await get('/big', { maxBytes: 10_000 });
    expect(r.truncated).toBe(true);
    expect(r.body).toHaveLength(10_000);
    expect((await get('/big', { maxBytes: 100_000 })).truncated).toBe(false);
  });

  it('stops inflating a compression bomb at maxBytes of decompressed data', async () => {
    const started = Date.now();
    const r = await get('/bomb', { maxBytes: 50_000 });
    expect(r.truncated).toBe(true);
    expect(r.body).toHaveLength(50_000);
    // Inflating all 20 MB would take far longer on a loaded machine; stopping at the cap does not.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('decodes gzip, deflate and br; rejects a corrupt body', async () => {
    expect((await get('/gzip')).body).toBe('<p>gzip ok</p>');
    expect((await get('/deflate')).body).toBe('<p>deflate ok</p>');
    expect((await get('/br')).body).toBe('<p>br ok</p>');
    expect((await failure(get('/corrupt'))).message).toMatch(/corrupt gzip body/);
    expect(await get('/empty-gzip')).toMatchObject({ status: 404, body: '' });
  });

  it('fails with a network error when the connection drops mid-body', async () => {
    const f = await failure(get('/reset'));
    expect(f.kind).toBe('network');
    expect(f.message).toMatch(/before the body was complete|ECONNRESET|aborted/);
  });
});

describe('nodeFetcher: text decoding', () => {
  it.each([
    ['/latin1', '<p>café €</p>'],
    ['/meta1252', '<meta charset="windows-1252"><p>é</p>'],
    ['/sjis', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本</p>'],
    ['/bom', '<p>Grüße</p>'],
    ['/utf16', '<p>hé</p>'],
    ['/bogus-charset', '<p>ok ü</p>'],
    ['/plain-default', '<p>Grüße</p>'],
  ])('%s', async (path, expected) => {
    expect((await get(path)).body).toBe(expected);
  });

  it('names binary bodies by what they are and returns no text', async () => {
    expect(await get('/fake.pdf.html')).toMatchObject({ contentType: 'application/pdf', body: '' });
    expect(await get('/image.html')).toMatchObject({ contentType: 'image/png', body: '' });
    expect(await get('/nul')).toMatchObject({ contentType: 'application/octet-stream', body: '' });
  });

  it('does not download a declared binary type', async () => {
    const r = await get('/photo', { timeoutMs: 500 });
    expect(r).toMatchObject({ status: 200, contentType: 'image/jpeg', body: '' });
  });

  it('calls an unlabelled page HTML', async () => {
    expect(await get('/unlabelled')).toMatchObject({ contentType: 'text/html', body: '<!doctype html><title>x</title>' });
  });
});
