// runCli end to end in this process, against sites served here: the terminal summary against
// piped JSON, colour, -o, "-", --resume, the batch summary, and one-line usage errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import { CONTACT_PAGE, links, page } from '../hostile/support/pages.js';
import { htmlRoute, startServer, type HostileServer } from '../hostile/support/server.js';
import { runWith } from './support.js';

const HINT = "Try 'contact-audit --help' for more information.";
const ESC = '\x1b[';

let plain: HostileServer;
let vendor: HostileServer;
const dir = mkdtempSync(join(tmpdir(), 'ca-run-'));

beforeAll(async () => {
  // One site with no contact at all (the most hidden), one with a contact page a click away.
  plain = await startServer({ routes: { '/': htmlRoute(page({ main: '<p>Tents and stoves.</p>' })) } });
  vendor = await startServer({ routes: { '/': htmlRoute(page({ nav: links([['/contact', 'Contact']]) })), '/contact': htmlRoute(CONTACT_PAGE) } });
});
afterAll(async () => {
  await plain?.close();
  await vendor?.close();
});

const reportsIn = (json: string): Report[] => (JSON.parse(json) as unknown[]).map((r) => ReportSchema.parse(r));

describe('what the CLI writes where', () => {
  it('on a terminal: the short summary, in colour, with the best ways and the top reasons', async () => {
    const run = await runWith([`${vendor.origin}/`, '--quiet'], { tty: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(ESC);
    const text = run.stdout.replace(/\x1b\[\d+m/g, '');
    expect(text).toMatch(/^http:\/\/127\.0\.0\.1:\d+ · 2 pages read\n {2}Hidden [\d.]+\/100, grade [A-F] · sales [\d.]+ · support [\d.]+\n/);
    expect(text).toMatch(/ {2}Sales: {3}Call \(202\) 555-0143 — 1 click\n {2}Support: Email help@vendor\.example — 1 click\n/);
    expect(text).toContain('  Why:\n    1. ');
    expect(text).toContain('Scores: 0 = in plain sight, 100 = not findable.');
    expect(text.length).toBeLessThan(2000);
  });

  it('piped: JSON, an array even for one site', async () => {
    const run = await runWith([`${vendor.origin}/`, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const reports = reportsIn(run.stdout);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.startUrl).toBe(`${vendor.origin}/`);
  });

  it('--format asks for a format on a terminal too', async () => {
    const run = await runWith([`${vendor.origin}/`, '--quiet', '--format', 'json'], { tty: true });
    expect(reportsIn(run.stdout)).toHaveLength(1);
  });

  it('no colour with NO_COLOR or --no-color; colour when piped with FORCE_COLOR or --color', async () => {
    const site = `${vendor.origin}/`;
    expect((await runWith([site, '--quiet'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runWith([site, '--quiet', '--no-color'], { tty: true })).stdout).not.toContain(ESC);
    expect((await runWith([site, '--quiet', '--format', 'text'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runWith([site, '--quiet', '--format', 'text', '--color'])).stdout).toContain(ESC);
    expect((await runWith([site, '--quiet', '--format', 'text'])).stdout).not.toContain(ESC);
  });

  it('the summary in the language of --lang or the locale', async () => {
    const de = await runWith([`${vendor.origin}/`, '--quiet', '--lang', 'de'], { tty: true, env: { NO_COLOR: '1' } });
    expect(de.stdout).toMatch(/Versteckt [\d,]+\/100, Note [A-F]/);
    expect(de.stdout).toContain('Vertrieb: Anrufen (202) 555-0143 — 1 Klick');
    const fr = await runWith([`${vendor.origin}/`, '--quiet'], { tty: true, env: { NO_COLOR: '1', LANG: 'fr_FR.UTF-8' } });
    expect(fr.stdout).toContain('Scores : 0 = bien en vue, 100 = introuvable.');
  });

  it('-o writes JSON to the file and nothing to stdout, even on a terminal', async () => {
    const file = join(dir, 'one.json');
    const run = await runWith([`${vendor.origin}/`, '-o', file, '--quiet'], { tty: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(reportsIn(readFileSync(file, 'utf8'))).toHaveLength(1);
  });

  it('"-" reads URLs from stdin, one per line, # comments ignored', async () => {
    const stdin = `# vendors\n${vendor.origin}/\n\n${plain.origin}/ # no contacts\n`;
    const run = await runWith(['-', '--quiet'], { stdin });
    expect(run.code, run.stderr).toBe(0);
    expect(reportsIn(run.stdout).map((r) => r.startUrl)).toEqual([`${vendor.origin}/`, `${plain.origin}/`]);
  });

  it('refuses a bad URL on stdin before auditing anything', async () => {
    const before = vendor.requests.length;
    const run = await runWith(['-'], { stdin: `${vendor.origin}/\nnotaurl\n` });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `contact-audit: not a URL: "notaurl"\n${HINT}\n` });
    expect(vendor.requests.length).toBe(before);
  });
});

describe('batches', () => {
  it('end with a summary on stderr: counts and the most hidden first', async () => {
    const run = await runWith([`${vendor.origin}/`, `${plain.origin}/`]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('2 sites: 2 audited, 0 partial, 0 failed\nThe 2 most hidden (overall score, 100 = not findable):\n');
    const rows = run.stderr.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(rows[0]).toContain(plain.origin);
    expect(rows[1]).toContain(vendor.origin);
    expect((await runWith([`${vendor.origin}/`, `${plain.origin}/`, '--quiet'])).stderr).toBe('');
    expect((await runWith([`${vendor.origin}/`])).stderr).not.toContain('audited,');
  });

  it('--resume keeps the reports in the output file, audits only the other sites, and writes both', async () => {
    const file = join(dir, 'resume.json');
    await runWith([`${vendor.origin}/`, '-o', file, '--quiet']);
    const first = reportsIn(readFileSync(file, 'utf8'));
    const run = await runWith([`${vendor.origin}/`, `${plain.origin}/`, '-o', file, '--resume']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain(`auditing ${vendor.origin}/`);
    expect(run.stderr).toContain(`auditing ${plain.origin}/`);
    expect(run.stderr).toContain(`1 report kept from ${file} (--resume)`);
    const both = reportsIn(readFileSync(file, 'utf8'));
    expect(both.map((r) => r.startUrl)).toEqual([`${vendor.origin}/`, `${plain.origin}/`]);
    expect(both[0]).toEqual(first[0]);
  });

  it('--resume after a stopped run: the finished sites are kept, the rest audited, the file whole again', async () => {
    const file = join(dir, 'stopped.json');
    await runWith([`${vendor.origin}/`, '-o', file, '--quiet']);
    const [done] = reportsIn(readFileSync(file, 'utf8'));
    // What the checkpoint leaves when the run stops while the second site is being written.
    writeFileSync(file, `[\n${JSON.stringify(done)},\n${JSON.stringify({ ...done, startUrl: `${plain.origin}/` }).slice(0, 300)}`);
    const run = await runWith([`${vendor.origin}/`, `${plain.origin}/`, '-o', file, '--resume', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const both = reportsIn(readFileSync(file, 'utf8'));
    expect(both[0]).toEqual(done);
    expect(both.map((r) => r.startUrl)).toEqual([`${vendor.origin}/`, `${plain.origin}/`]);
  });

  it('--resume reads JSON Lines, and starts afresh when the file does not exist yet', async () => {
    const file = join(dir, 'resume.jsonl');
    const fresh = await runWith([`${vendor.origin}/`, '-o', file, '--format', 'jsonl', '--resume', '--quiet']);
    expect(fresh.code, fresh.stderr).toBe(0);
    await runWith([`${vendor.origin}/`, `${plain.origin}/`, '-o', file, '--format', 'jsonl', '--resume', '--quiet']);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => ReportSchema.parse(JSON.parse(l)).startUrl)).toEqual([`${vendor.origin}/`, `${plain.origin}/`]);
  });

  it('--resume refuses a file it cannot read as reports, and leaves it alone', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, 'my notes\n');
    const run = await runWith([`${vendor.origin}/`, '-o', file, '--resume']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `contact-audit: cannot resume from ${file}: it is not a JSON array or JSON Lines of reports\n${HINT}\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
    const md = await runWith([`${vendor.origin}/`, '-o', join(dir, 'r.md'), '--format', 'md', '--resume']);
    expect(md.stderr).toBe(`contact-audit: --resume works with --format json or jsonl (got "md")\n${HINT}\n`);
  });
});

describe('compare', () => {
  it('is dispatched on the first argument, with the same streams and locale', async () => {
    const run = await runWith(['compare', 'one.json'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^contact-audit compare: .+\n$/);
    expect(run.stderr).not.toBe((await runWith(['compare', 'one.json'])).stderr);
  });
});

describe('usage errors', () => {
  it.each([
    [['notaurl'], 'not a URL: "notaurl"'],
    [['http://exa', 'mple.com'], 'not a URL: "http://exa"'],
    [['http://exa mple.com'], 'not a URL: "http://exa mple.com"'],
    [[''], 'not a URL: ""'],
    [['ftp://example.com/'], 'only http(s) URLs can be audited: "ftp://example.com/"'],
    [['example.com', '--foo'], 'unknown option --foo'],
    [['example.com', '--format'], 'option --format needs a value'],
    [['example.com', '--no-color=yes'], 'option --no-color takes no value'],
    [[], 'give at least one URL to audit'],
  ])('%j: one line and the hint, exit 2, nothing audited', async (argv, message) => {
    const run = await runWith(argv);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `contact-audit: ${message}\n${HINT}\n` });
  });

  it('in the language asked for', async () => {
    const run = await runWith(['--lang', 'de', '--nope']);
    expect(run.stderr).toBe("contact-audit: unbekannte Option --nope\nMehr dazu mit 'contact-audit --help'.\n");
  });

  it('--help: the usage, naming compare and the one JSON shape', async () => {
    const run = await runWith(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: contact-audit <url\.\.\.> \[options\]\n {7}contact-audit compare <report\.json>/);
    expect(run.stdout).toContain('--format json is always an array of reports, one per site, even for a single site');
    expect(run.stdout).toContain('  -o, --output FILE    write the report to FILE instead of stdout');
  });
});
