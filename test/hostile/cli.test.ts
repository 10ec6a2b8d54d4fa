// The built CLI against bad input and dead sites: a clear message and a distinct exit code
// (2 bad usage, 3 unreachable), and nothing written to disk but --out.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { BUNDLE, cli, deadPort } from './support/cli.js';
import { CONTACT_PAGE, CONTACT_PHONE, links, page } from './support/pages.js';
import { htmlRoute, startServer, type HostileServer } from './support/server.js';

/** Every file under `dir`, relative, with its size. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} (${statSync(p).size} B)`);
    }
  };
  walk(dir);
  return out.sort();
}

function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  for (const sub of ['cwd', 'home', 'tmp', 'cache', 'config']) mkdirSync(join(dir, sub));
  return dir;
}

beforeAll(() => {
  expect(existsSync(BUNDLE), 'dist/cli/contact-audit.js is missing: run `npm run build` first').toBe(true);
});

describe('the CLI on a dead site', () => {
  it('exits 3 with a message naming the site and why', async () => {
    const port = await deadPort();
    const run = await cli([`http://127.0.0.1:${port}/`, '--format', 'json']);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(`http://127.0.0.1:${port}/`);
    expect(run.stderr).toMatch(/start page unreachable: .*ECONNREFUSED/);
    // No tick and no score for a site nothing could be read from: the reason in plain words.
    expect(run.stderr).toMatch(/✗ http:\/\/127\.0\.0\.1:\d+\/: could not audit: the server refused the connection/);
    expect(run.stderr).not.toMatch(/✓|overall \d/);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.outcome).toMatchObject({ status: 'failed', failure: 'refused', reason: 'the server refused the connection' });
    expect(report.scores).toBeUndefined();
    expect(report.checks).toEqual([]);
    expect(report.crawl.pagesFetched).toBe(0);
  });

  it('exits 3 when the start page never answers, after --timeout-ms', async () => {
    const silent = await startServer({ fallback: () => {} });
    try {
      const run = await cli([`${silent.origin}/`, '--timeout-ms', '300', '--quiet']);
      expect(run.code, run.stderr).toBe(3);
      expect(JSON.parse(run.stdout).partialReason).toMatch(/^start page unreachable: timeout/);
      expect(run.ms).toBeLessThan(10_000);
    } finally {
      await silent.close();
    }
  });

  it('exits 3 for a batch with one dead site, and still reports the live one', async () => {
    const port = await deadPort();
    const live = await startServer({ routes: { '/': htmlRoute(CONTACT_PAGE) } });
    try {
      const run = await cli([`${live.origin}/`, `http://127.0.0.1:${port}/`, '--format', 'jsonl', '--quiet']);
      expect(run.code, run.stderr).toBe(3);
      const reports = run.stdout
        .trim()
        .split('\n')
        .map((l) => ReportSchema.parse(JSON.parse(l)));
      expect(reports.map((r) => r.partial)).toEqual([false, true]);
      expect(reports[0]!.findings.map((f) => f.value)).toContain(CONTACT_PHONE);
    } finally {
      await live.close();
    }
  });
});

describe('the CLI on invalid input', () => {
  it.each([
    ['a URL with a space in the host', 'http://exa mple.com/'],
    ['an ftp: URL', 'ftp://example.com/'],
    ['a javascript: URL', 'javascript://alert(1)'],
    ['a data: URL', 'data://text/html,hi'],
    ['junk', 'http://[::1'],
    ['an empty host', 'http://'],
  ])('exits 2 for %s, saying what is wrong', async (_what, url) => {
    const run = await cli([url]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/not a URL|only http\(s\) URLs/);
    expect(run.stdout).toBe('');
  });

  // Not read as https://mailto:sales@host/ (user "mailto", password "sales"): refused.
  it('exits 2 for a mailto: address given as the URL', async () => {
    const run = await cli(['mailto:sales@127.0.0.1:1']);
    expect(run.code, run.stderr).toBe(2);
  });

  it.each([
    [['--max-pages', '0', 'example.com']],
    [['--timeout-ms', 'soon', 'example.com']],
    [['--format', 'exe', 'example.com']],
    [['--no-such-flag', 'example.com']],
    [[]],
  ])('exits 2 for bad options %j', async (args) => {
    const run = await cli(args);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('Usage: contact-audit');
  });
});

describe('the CLI writes nothing to disk but --out', () => {
  let site: HostileServer;
  const dirs: string[] = [];
  beforeAll(async () => {
    site = await startServer({
      routes: {
        '/': (_req, res) =>
          void res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'session=1; Path=/' }).end(page({ nav: links([['/contact', 'Contact']]) })),
        '/contact': htmlRoute(CONTACT_PAGE),
      },
    });
  });
  afterAll(async () => {
    await site?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('with --out: the report file, and nothing else, in cwd, HOME, TMPDIR or caches', async () => {
    const box = sandbox();
    dirs.push(box);
    const run = await cli([`${site.origin}/`, '--out', 'report.html', '--format', 'html'], box);
    expect(run.code, run.stderr).toBe(0);
    expect(files(box).map((f) => f.replace(/ \(\d+ B\)$/, ''))).toEqual(['cwd/report.html']);
    expect(readFileSync(join(box, 'cwd/report.html'), 'utf8')).toContain('Contact audit');
    expect(run.stdout).toBe('');
  });

  it('without --out: nothing at all', async () => {
    const box = sandbox();
    dirs.push(box);
    const run = await cli([`${site.origin}/`, '--format', 'csv'], box);
    expect(run.code, run.stderr).toBe(0);
    expect(files(box)).toEqual([]);
    expect(run.stdout).toContain(CONTACT_PHONE.slice(1));
  });
});
