// The built CLI against bad input and dead sites: a clear message and a distinct exit code
// (2 bad usage, 3 unreachable), and nothing written to disk but -o/--out.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
  // The messages checked here are the English ones, whatever the locale of the machine running the tests.
  vi.stubEnv('LC_ALL', 'C');
});
afterAll(() => void vi.unstubAllEnvs());

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
    // One JSON shape whatever the number of sites: an array, here of one.
    const [report, ...rest] = (JSON.parse(run.stdout) as unknown[]).map((r) => ReportSchema.parse(r));
    expect(rest).toEqual([]);
    if (!report) throw new Error('no report');
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
      expect(JSON.parse(run.stdout)[0].partialReason).toMatch(/^start page unreachable: timeout/);
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

const HINT = "Try 'contact-audit --help' for more information.";

describe('the CLI on invalid input', () => {
  it.each([
    ['a URL with a space in the host', 'http://exa mple.com/'],
    ['a host with no dot', 'notaurl'],
    ['an empty argument', ''],
    ['an ftp: URL', 'ftp://example.com/'],
    ['a javascript: URL', 'javascript://alert(1)'],
    ['a data: URL', 'data://text/html,hi'],
    ['junk', 'http://[::1'],
    ['an empty host', 'http://'],
  ])('exits 2 for %s, saying what is wrong', async (_what, url) => {
    const run = await cli([url]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^contact-audit: (not a URL|only http\(s\) URLs can be audited): "[^\n]*"\nTry 'contact-audit --help' for more information\.\n$/,
    );
    expect(run.stdout).toBe('');
  });

  // What the shell makes of an unquoted `http://exa mple.com`: refused for its first half, nothing audited.
  it('exits 2 for http://exa mple.com split in two by the shell', async () => {
    const run = await cli(['http://exa', 'mple.com']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `contact-audit: not a URL: "http://exa"\n${HINT}\n` });
  });

  // Not read as https://mailto:sales@host/ (user "mailto", password "sales"): refused.
  it('exits 2 for a mailto: address given as the URL', async () => {
    const run = await cli(['mailto:sales@127.0.0.1:1']);
    expect(run.code, run.stderr).toBe(2);
  });

  // One line in our words and the hint: never the whole help, never node:util's parseArgs text.
  it.each([
    [['--max-pages', '0', 'example.com'], '--max-pages must be a whole number from 1 to 10,000 (got "0")'],
    [['--timeout-ms', 'soon', 'example.com'], '--timeout-ms must be a whole number from 100 to 300,000 (got "soon")'],
    [['--format', 'exe', 'example.com'], '--format must be one of json, jsonl, md, html, csv, summary-csv, text (got "exe")'],
    [['--no-such-flag', 'example.com'], 'unknown option --no-such-flag'],
    [['example.com', '--format'], 'option --format needs a value'],
    [['example.com', '--quiet=yes'], 'option --quiet takes no value'],
    [['example.com', '--resume'], '--resume needs -o/--output FILE'],
    [[], 'give at least one URL to audit'],
  ])('exits 2 for bad options %j', async (args, message) => {
    const run = await cli(args);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `contact-audit: ${message}\n${HINT}\n` });
  });
});

describe('contact-audit compare', () => {
  // The subcommand is compare's own (src/cli/compare.ts); here only that `compare` reaches it.
  it('is dispatched on its first argument', async () => {
    const help = await cli(['compare', '--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: contact-audit compare /);
    const none = await cli(['compare']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^contact-audit compare: /);
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
