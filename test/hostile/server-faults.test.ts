// Server faults on a live 127.0.0.1 site: every failing page is recorded in crawl.errors with the
// right kind (and status), and the audit goes on: the other pages are crawled and their contacts found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/schema.js';
import { audit, errorsByPath, explain, findingValues } from './support/audit.js';
import { CONTACT_EMAIL, CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, startServer, statusRoute, type Handler, type HostileServer } from './support/server.js';

const TIMEOUT_MS = 400;

/** Headers, part of the body, then the connection is cut (content-length promised more). */
const resetMidBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' });
  res.write('<!doctype html><html><body><p>Call sales on (202) 555-0199');
  setTimeout(() => res.socket?.destroy(), 30);
};
/** Chunked body cut off without the final chunk. */
const resetChunked: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.write('<!doctype html><html><body><p>partial');
  setTimeout(() => res.socket?.destroy(), 30);
};
/** The request is accepted, then nothing: no status line, no headers, ever. */
const neverAnswers: Handler = () => {};
/** Headers come, the body dribbles forever. */
const neverEnds: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.write('<!doctype html><html><body>');
  const timer = setInterval(() => (res.writableEnded || res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
  res.on('close', () => clearInterval(timer));
};
/** Not HTTP at all. */
const garbage: Handler = (_req, res) => {
  res.socket?.end('SSH-2.0-OpenSSH_9.6\r\n\x00\x01\x02 not http\r\n\r\n');
};
/** Headers far past Node's 16 KB limit (a cookie flood). */
const hugeHeaders: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': Array.from({ length: 200 }, (_, i) => `c${i}=${'x'.repeat(500)}`) });
  res.end('<p>never read</p>');
};
/** A header block that never ends: one header line every 20 ms, forever. */
const endlessHeaders: Handler = (_req, res) => {
  const socket = res.socket!;
  socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n');
  let n = 0;
  const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(`x-filler-${n++}: ${'y'.repeat(100)}\r\n`)), 20);
  socket.on('close', () => clearInterval(timer));
};
const encoded =
  (encoding: string, body: Buffer): Handler =>
  (_req, res) =>
    void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding }).end(body);
/** Connection closed before any byte of a response. */
const hangUp: Handler = (_req, res) => void res.socket?.destroy();

const FAULTS: Record<string, [Handler, { kind: string; status?: number }]> = {
  // Dribbled slower than Node's 16 KB header limit fills: the deadline ends it.
  '/endless-headers': [endlessHeaders, { kind: 'timeout' }],
  '/e400': [statusRoute(400), { kind: 'http', status: 400 }],
  '/e401': [statusRoute(401), { kind: 'http', status: 401 }],
  '/e403': [statusRoute(403), { kind: 'http', status: 403 }],
  '/e404': [statusRoute(404), { kind: 'http', status: 404 }],
  '/e410': [statusRoute(410), { kind: 'http', status: 410 }],
  '/e429': [statusRoute(429), { kind: 'http', status: 429 }],
  '/e451': [statusRoute(451), { kind: 'http', status: 451 }],
  '/e500': [statusRoute(500), { kind: 'http', status: 500 }],
  '/e502': [statusRoute(502), { kind: 'http', status: 502 }],
  '/e503': [statusRoute(503), { kind: 'http', status: 503 }],
  '/e504': [statusRoute(504, ''), { kind: 'http', status: 504 }],
  '/reset-mid-body': [resetMidBody, { kind: 'network' }],
  '/reset-chunked': [resetChunked, { kind: 'network' }],
  '/hang-up': [hangUp, { kind: 'network' }],
  '/not-http': [garbage, { kind: 'network' }],
  '/huge-headers': [hugeHeaders, { kind: 'network' }],
  '/corrupt-gzip': [encoded('gzip', Buffer.from('\x1f\x8b\x08\x00garbage-not-deflate-data', 'latin1')), { kind: 'other' }],
  '/unknown-encoding': [encoded('zstd-xyz', Buffer.from('<p>?</p>')), { kind: 'other' }],
  '/no-headers': [neverAnswers, { kind: 'timeout' }],
  '/endless-body': [neverEnds, { kind: 'timeout' }],
};

describe('server faults', () => {
  let site: HostileServer;
  let report: Report;
  let elapsed: number;

  beforeAll(async () => {
    const routes: Record<string, Handler> = Object.fromEntries(Object.entries(FAULTS).map(([p, [h]]) => [p, h]));
    // The faults are linked first, so the working pages come after every one of them.
    routes['/'] = htmlRoute(
      page({
        main: links([...Object.keys(FAULTS).map((p): [string, string] => [p, `Page ${p}`]), ['/about', 'About']]),
        footer: links([['/contact', 'Contact']]),
      }),
    );
    routes['/about'] = htmlRoute(page({ title: 'About', main: '<p>Write to <a href="mailto:press@vendor.example">press@vendor.example</a></p>' }));
    routes['/contact'] = htmlRoute(CONTACT_PAGE);
    site = await startServer({ routes });
    const started = Date.now();
    report = await audit(`${site.origin}/`, { timeoutMs: TIMEOUT_MS, maxDepth: 1 });
    elapsed = Date.now() - started;
  });
  afterAll(() => site?.close());

  it.each(Object.entries(FAULTS))('records %s with its kind and status', (path, [, expected]) => {
    const errors = errorsByPath(report);
    // A 404 is retried once with a trailing slash (the page may live at /a/): both fail alike.
    expect(errors[path] ?? errors[`${path}/`], explain(report, site.paths())).toEqual(expected);
  });

  it('goes on: the other pages are crawled and their contacts found, and the audit is not partial', () => {
    expect(report.partial).toBe(false);
    expect(findingValues(report), explain(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL, 'press@vendor.example']));
    expect(report.crawl.pagesFetched).toBe(3);
  });

  it('keeps nothing from a body that was cut off', () => {
    expect(findingValues(report, 'phone')).not.toContain('+12025550199');
  });

  it('waits for a silent server no longer than the timeout (requests run side by side)', () => {
    // Three pages time out; with 4 requests in flight the audit costs about one or two timeouts, not a hang.
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 10);
  });

  it('keeps a site whose every page hangs to about (pages ÷ concurrency) timeouts', async () => {
    const hanging = await startServer({
      // (robots.txt answers 404: one that hangs would mean "disallow all", RFC 9309, and no page would be tried.)
      routes: {
        '/': htmlRoute(page({ main: links(Array.from({ length: 12 }, (_, i): [string, string] => [`/slow/${i}`, `Page ${i}`])) })),
        '/robots.txt': statusRoute(404),
      },
      fallback: neverAnswers,
    });
    try {
      const started = Date.now();
      const r = await audit(`${hanging.origin}/`, { timeoutMs: 300, concurrency: 4, maxDepth: 1 });
      // 12 pages 4 at a time: 3 timeouts ≈ 0.9 s; the bound leaves room for a busy machine.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(r.crawl.errors.filter((e) => e.kind === 'timeout').length).toBe(12);
    } finally {
      await hanging.close();
    }
  });

  it('reports a start page that fails as partial, with the reason', async () => {
    for (const [path, expected] of [
      ['/e503', /HTTP 503/],
      ['/reset-mid-body', /connection closed|ECONNRESET|aborted/],
      ['/no-headers', /timeout/],
    ] as const) {
      const r = await audit(`${site.origin}${path}`, { timeoutMs: TIMEOUT_MS });
      expect(r.partial, path).toBe(true);
      expect(r.partialReason, path).toMatch(/^start page unreachable: /);
      expect(r.partialReason, path).toMatch(expected);
      expect(r.crawl.pagesFetched).toBe(0);
    }
  });
});

describe('a broken Contact link', () => {
  // A visitor who clicks a "Contact" link that answers 404 finds nothing: the check judges the page as crawled.
  it('does not count as a contact page one click from the start', async () => {
    const site = await startServer({
      routes: { '/': htmlRoute(page({ nav: links([['/contact', 'Contact']]), main: '<p>Welcome</p>' })), '/contact': statusRoute(404) },
    });
    try {
      const report = await audit(`${site.origin}/`);
      expect(errorsByPath(report)['/contact'] ?? errorsByPath(report)['/contact/']).toEqual({ kind: 'http', status: 404 });
      expect(report.checks.find((c) => c.id === 'contact-page-from-start')?.status, explain(report)).toBe('fail');
    } finally {
      await site.close();
    }
  });
});
