import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseStartUrl, parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('reads URLs and every crawl option', () => {
    const a = parseCliArgs([
      'https://a.example/',
      'b.example',
      '--max-depth',
      '2',
      '--max-pages',
      '10',
      '--concurrency',
      '3',
      '--country',
      'de',
      '--format',
      'md',
      '--out',
      'r.md',
      '--ignore-robots',
      '--no-sitemap',
    ]);
    expect(a.urls).toEqual(['https://a.example/', 'https://b.example/']);
    expect(a.options).toEqual({ maxDepth: 2, maxPages: 10, concurrency: 3, country: 'DE', respectRobots: false, useSitemap: false });
    expect(a.format).toBe('md');
    expect(a.out).toBe('r.md');
  });

  it('leaves unset options to the engine defaults', () => {
    expect(parseCliArgs(['https://a.example']).options).toEqual({});
  });

  it('reads --max-time in seconds (0: no time budget)', () => {
    expect(parseCliArgs(['a.example', '--max-time', '30']).options.maxTimeMs).toBe(30_000);
    expect(parseCliArgs(['a.example', '--max-time', '0']).options.maxTimeMs).toBe(0);
    expect(() => parseCliArgs(['a.example', '--max-time', 'soon'])).toThrow(/--max-time must be a whole number/);
  });

  it('accepts --max-depth 0 (audit one page)', () => {
    expect(parseCliArgs(['a.example', '--max-depth', '0']).options.maxDepth).toBe(0);
  });

  it('reads --urls-file with comments and blank lines, deduplicating', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-'));
    const file = join(dir, 'urls.txt');
    writeFileSync(file, '# vendors\nhttps://a.example/\n\nb.example # second\nhttps://a.example/\n');
    expect(parseCliArgs(['--urls-file', file]).urls).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it.each([
    [[], /at least one URL/],
    [['a.example', '--max-depth', '-1'], /--max-depth/],
    [['a.example', '--max-pages', 'lots'], /--max-pages/],
    [['a.example', '--format', 'pdf'], /--format/],
    [['a.example', '--country', 'Germany'], /--country/],
    [['a.example', '--bogus'], /bogus/],
    [['ftp://a.example/'], /only http/],
    [['--urls-file', '/nonexistent/urls.txt'], /cannot read --urls-file/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseCliArgs(argv as string[])).toThrow(message as RegExp);
  });

  it('allows --help and --version without URLs', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-v']).version).toBe(true);
  });
});

describe('normaliseStartUrl', () => {
  it('adds https:// to a bare host, keeps paths', () => {
    expect(normaliseStartUrl('shop.example/en/')).toBe('https://shop.example/en/');
    expect(normaliseStartUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
  });
  it('keeps a bare host with a port', () => {
    expect(normaliseStartUrl('localhost:8080/shop')).toBe('https://localhost:8080/shop');
  });
  it('refuses what is not a web URL', () => {
    expect(() => normaliseStartUrl('mailto:sales@shop.example')).toThrow(/only http/);
    expect(() => normaliseStartUrl('tel:+12025550100')).toThrow(/only http/);
    expect(() => normaliseStartUrl('javascript:alert(1)')).toThrow(UsageError);
    expect(() => normaliseStartUrl('http://')).toThrow(UsageError);
  });
});
