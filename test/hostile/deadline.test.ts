// The audit's overall time budget (maxTimeMs, the CLI's --max-time) on slow and hanging sites:
// past the deadline no request is made, requests in flight get only the time left, and the
// report is built from the pages read, marked partial with the reason.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { audit, explain, findingValues, pathOf } from './support/audit.js';
import { CONTACT_EMAIL, CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, startServer, statusRoute, type Handler, type HostileServer } from './support/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Every request's arrival, in ms since the site started: nothing may arrive past the deadline. */
interface SlowSite {
  server: HostileServer;
  arrivals: { path: string; at: number }[];
}

/**
 * A start page (fast, with the contact page one click away) linking to `pages` pages that each
 * take `delayMs` to answer (`Infinity`: never answer).
 */
async function slowSite(pages: number, delayMs: number): Promise<SlowSite> {
  const arrivals: { path: string; at: number }[] = [];
  const t0 = Date.now();
  const slow: Handler = (req, res) => {
    if (delayMs === Infinity) return;
    const timer = setTimeout(
      () => res.writeHead(200, { 'content-type': 'text/html' }).end(page({ title: `Slow ${req.url}`, main: '<p>Slow page</p>' })),
      delayMs,
    );
    res.on('close', () => clearTimeout(timer));
  };
  const server = await startServer({
    routes: {
      '/': htmlRoute(
        page({ nav: links([['/contact', 'Contact'], ...Array.from({ length: pages }, (_, i): [string, string] => [`/slow/${i}`, `Product ${i}`])]) }),
      ),
      '/contact': htmlRoute(CONTACT_PAGE),
      '/robots.txt': statusRoute(404),
    },
    fallback: (req, res, url) => {
      arrivals.push({ path: req.url ?? '', at: Date.now() - t0 });
      return slow(req, res, url);
    },
  });
  servers.push(server);
  return { server, arrivals };
}

describe('the audit time budget', () => {
  it('stops a slow site at the deadline, and reports the pages read as partial', async () => {
    // 40 pages of 400 ms, 2 at a time: 8 s without a budget.
    const { server, arrivals } = await slowSite(40, 400);
    const started = Date.now();
    const report = await audit(`${server.origin}/`, { maxDepth: 1, concurrency: 2, maxTimeMs: 1_500 });
    const took = Date.now() - started;
    expect(took, explain(report)).toBeLessThan(3_000);
    expect(report.partial).toBe(true);
    expect(report.partialReason).toMatch(/^time budget used up \(1\.5 s\): the report covers the \d+ pages read/);
    // What was read is in the report: the start page and the contact page (ranked first).
    expect(report.crawl.pagesFetched).toBeGreaterThanOrEqual(2);
    expect(report.crawl.pagesFetched).toBeLessThan(12);
    expect(findingValues(report), explain(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
    expect(report.crawl.budget.maxTimeMs).toBe(1_500);
    // Far fewer than the 40 slow pages were asked for, and none after the deadline.
    expect(arrivals.length).toBeLessThan(12);
    for (const a of arrivals) expect(a.at, a.path).toBeLessThan(1_500 + 100);
    // A page the deadline cut short is no fault of the page: not recorded as its timeout.
    expect(report.crawl.errors.filter((e) => e.kind === 'timeout')).toEqual([]);
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });

  it('ends near the deadline when every page hangs, cutting the requests in flight', async () => {
    // Per request 10 s (the default): 12 hanging pages 4 at a time would take 30 s.
    const { server, arrivals } = await slowSite(12, Infinity);
    const started = Date.now();
    const report = await audit(`${server.origin}/`, { maxDepth: 1, concurrency: 4, timeoutMs: 10_000, maxTimeMs: 1_000 });
    expect(Date.now() - started, explain(report)).toBeLessThan(2_500);
    expect(report.partialReason).toMatch(/time budget used up \(1 s\).*\d+ requests? cut short/);
    expect(findingValues(report)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
    expect(arrivals.length).toBeLessThanOrEqual(4);
    expect(report.crawl.errors.map((e) => `${e.kind} ${pathOf(e.url)}`)).toEqual([]);
  });

  it('reports a start page that does not answer within the budget as unreachable', async () => {
    const { server } = await slowSite(0, Infinity);
    const started = Date.now();
    const report = await audit(`${server.origin}/slow/start`, { timeoutMs: 10_000, maxTimeMs: 600 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(report.partial).toBe(true);
    expect(report.partialReason).toMatch(/^start page unreachable: the audit's time budget \(0\.6 s\) was used up/);
    expect(report.crawl.pagesFetched).toBe(0);
  });

  it('changes nothing for an audit that ends in time', async () => {
    const { server } = await slowSite(3, 20);
    const report = await audit(`${server.origin}/`, { maxDepth: 1, maxTimeMs: 30_000 });
    expect(report.partial, explain(report)).toBe(false);
    expect(report.crawl.pagesFetched).toBe(5);
  });

  it('the CLI: --max-time 1 ends a slow audit in about a second, exit code 4 (partial)', async () => {
    expect(existsSync(join(ROOT, 'dist/cli/contact-audit.js')), 'run `npm run build` first').toBe(true);
    const { server } = await slowSite(40, 400);
    const started = Date.now();
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, 'bin/contact-audit.js'), `${server.origin}/`, '--max-depth', '1', '--concurrency', '2', '--max-time', '1', '--no-sitemap'],
        { timeout: 30_000, maxBuffer: 20_000_000 },
        (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(run.code, run.stderr).toBe(4);
    expect(run.stderr).toMatch(/partial: time budget used up \(1 s\)/);
    const report = ReportSchema.parse(JSON.parse(run.stdout)[0]);
    expect(report.partialReason).toMatch(/^time budget used up/);
    expect(report.findings.map((f) => f.value)).toEqual(expect.arrayContaining([CONTACT_PHONE, CONTACT_EMAIL]));
  });
});
