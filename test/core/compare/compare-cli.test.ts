// contact-audit compare: files in, one page out; every mistake one line in our words, exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompareCli, type CompareIo } from '../../../src/cli/compare.js';
import { sampleReport } from '../report/sample.js';

const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const site = (s: string, overall: number) => sampleReport({ site: s, startUrl: `${s}/`, scores: { overall, sales: overall, support: overall, grade: 'C' } });

async function run(argv: string[], stdin = '', env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CompareIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => stdin, env };
  const code = await runCompareCli(argv, io);
  return { code, out, err };
}

const a = file('a.json', site('https://a.example', 10));
const b = file('b.json', site('https://b.example', 20));

describe('contact-audit compare', () => {
  it('two sites: an HTML vendors view on stdout', async () => {
    const r = await run([a, b]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toContain('2 sites side by side');
  });

  it('a file holding an array (the CLI --format json output) counts each report; - reads stdin', async () => {
    const batch = file('batch.json', [site('https://c.example', 30), site('https://d.example', 40)]);
    const r = await run([batch, '-', '--format', 'json'], JSON.stringify(site('https://e.example', 50)));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { mode: string; sites: { site: string }[] };
    expect(json.mode).toBe('vendors');
    expect(json.sites.map((s) => s.site)).toEqual(['https://c.example', 'https://d.example', 'https://e.example']);
  });

  it('the same site twice: the change view, in Markdown, in German; -o writes the file and says which view', async () => {
    const later = file('later.json', sampleReport({ startedAt: '2026-12-01T10:00:00.000Z', finishedAt: '2026-12-01T10:00:05.000Z' }));
    const earlier = file('earlier.json', sampleReport());
    const out = join(dir, 'out.md');
    const r = await run([later, earlier, '--format=md', '--lang', 'de', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`${out} geschrieben (Änderungsansicht)\n`);
    expect(await readFile(out, 'utf8')).toMatch(/^# Was sich geändert hat: <https:\/\/vendor\.example\/>\n/);
  });

  it.each([
    [['nope.json', 'b.json'], `contact-audit compare: cannot read nope.json: no such file\n`],
    [[dir, b], `contact-audit compare: cannot read ${dir}: it is a directory\n`],
    [[file('bad.json', '{"site": '), b], `contact-audit compare: ${join(dir, 'bad.json')} is not JSON\n`],
    [
      [file('other.json', { hello: 1 }), b],
      `contact-audit compare: ${join(dir, 'other.json')} does not hold a contact-audit report (schemaVersion: Invalid input: expected string, received undefined)\n`,
    ],
    [
      [file('arr.json', [site('https://x.example', 1), { site: 1 }]), b],
      `contact-audit compare: ${join(dir, 'arr.json')} does not hold a contact-audit report ([1].schemaVersion: Invalid input: expected string, received undefined)\n`,
    ],
    [[a], 'contact-audit compare: compare needs at least 2 reports, got 1\n'],
    [[], 'contact-audit compare: compare needs at least 2 reports, got 0\n'],
    [
      [
        file(
          'eleven.json',
          Array.from({ length: 11 }, (_, i) => site(`https://s${i}.example`, i)),
        ),
      ],
      'contact-audit compare: compare takes at most 10 reports, got 11\n',
    ],
    [[a, b, '--mode', 'change'], 'contact-audit compare: two audits of one site are needed to see what changed, got https://a.example and https://b.example\n'],
    [[a, b, '--format', 'pdf'], 'contact-audit compare: --format must be one of html, md, json, got pdf (try contact-audit compare --help)\n'],
    [[a, b, '--frobnicate'], 'contact-audit compare: unknown option --frobnicate (try contact-audit compare --help)\n'],
    [[a, b, '-o'], 'contact-audit compare: -o needs a value (try contact-audit compare --help)\n'],
    [[a, b, '-o', join(dir, 'no/such/out.html')], `contact-audit compare: cannot write ${join(dir, 'no/such/out.html')}: its folder does not exist\n`],
  ])('refuses %j on one line, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.err).toBe(message);
    expect(r.out).toBe('');
    expect(r.code).toBe(2);
  });

  it('errors follow the locale; --help prints the usage, which says how the view is chosen', async () => {
    expect((await run([a], '', { LANG: 'fr_FR.UTF-8' })).err).toBe('contact-audit compare: la comparaison demande au moins 2 rapports, 1 reçu(s)\n');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('The same site twice shows what changed');
  });
});
