import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { useColor } from '../../src/cli/color.js';
import { cliLanguage, localeLanguage } from '../../src/cli/lang.js';
import { normaliseStartUrl } from '../../src/cli/start-url.js';
import { translator } from '../../src/core/i18n/catalogue.js';

const en = translator('en');

/** The UsageError's message for argv: what the user reads after "contact-audit: ". */
function refusal(argv: string[], env = {}): string {
  try {
    parseCliArgs(argv, env);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(argv)}`);
}

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
      '-o',
      'r.md',
      '--ignore-robots',
      '--no-sitemap',
    ]);
    expect(a.urls).toEqual(['https://a.example/', 'https://b.example/']);
    expect(a.options).toEqual({ maxDepth: 2, maxPages: 10, concurrency: 3, country: 'DE', respectRobots: false, useSitemap: false });
    expect(a.format).toBe('md');
    expect(a.output).toBe('r.md');
  });

  it('takes --output and the older --out as the same option', () => {
    expect(parseCliArgs(['a.example', '--output', 'x.json']).output).toBe('x.json');
    expect(parseCliArgs(['a.example', '--out', 'y.json']).output).toBe('y.json');
  });

  it('leaves unset options to the engine defaults, and the format to the caller', () => {
    const a = parseCliArgs(['https://a.example']);
    expect(a.options).toEqual({});
    expect(a.format).toBeUndefined();
    expect(a.color).toBeUndefined();
    expect(a.lang).toBe('en');
  });

  it('reads --max-time in seconds (0: no time budget)', () => {
    expect(parseCliArgs(['a.example', '--max-time', '30']).options.maxTimeMs).toBe(30_000);
    expect(parseCliArgs(['a.example', '--max-time', '0']).options.maxTimeMs).toBe(0);
  });

  it('reads --urls-file with comments and blank lines, deduplicating', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-'));
    const file = join(dir, 'urls.txt');
    writeFileSync(file, '# vendors\nhttps://a.example/\n\nb.example # second\nhttps://a.example/\n');
    expect(parseCliArgs(['--urls-file', file]).urls).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('takes "-" as "read URLs from stdin", alone or with others', () => {
    expect(parseCliArgs(['-'])).toMatchObject({ stdin: true, urls: [] });
    expect(parseCliArgs(['a.example', '-'])).toMatchObject({ stdin: true, urls: ['https://a.example/'] });
    expect(parseCliArgs(['a.example']).stdin).toBe(false);
  });

  it('reads --color, --no-color, --resume and --lang', () => {
    expect(parseCliArgs(['a.example', '--color']).color).toBe(true);
    expect(parseCliArgs(['a.example', '--no-color']).color).toBe(false);
    expect(parseCliArgs(['a.example', '-o', 'r.json', '--resume']).resume).toBe(true);
    expect(parseCliArgs(['a.example', '--lang', 'DE']).lang).toBe('de');
    expect(parseCliArgs(['a.example'], { LANG: 'fr_FR.UTF-8' }).lang).toBe('fr');
  });

  it.each([
    [[], 'give at least one URL to audit'],
    [['a.example', '--foo'], 'unknown option --foo'],
    [['a.example', '-x'], 'unknown option -x'],
    [['a.example', '--format'], 'option --format needs a value'],
    [['a.example', '--format', '--quiet'], 'option --format needs a value'],
    [['a.example', '-o'], 'option -o needs a value'],
    [['a.example', '--quiet=yes'], 'option --quiet takes no value'],
    [['a.example', '--max-depth', '-1'], '--max-depth must be a whole number from 0 to 10 (got "-1")'],
    [['a.example', '--max-depth=-1'], '--max-depth must be a whole number from 0 to 10 (got "-1")'],
    [['a.example', '--max-pages', 'lots'], '--max-pages must be a whole number from 1 to 10,000 (got "lots")'],
    [['a.example', '--max-time', 'soon'], '--max-time must be a whole number from 0 to 86,400 (got "soon")'],
    [['a.example', '--format', 'pdf'], '--format must be one of json, jsonl, md, html, csv, summary-csv, text (got "pdf")'],
    [['a.example', '--lang', 'it'], '--lang must be one of en, de, fr, es (got "it")'],
    [['a.example', '--country', 'Germany'], '--country takes a two-letter code such as US, GB, DE (got "Germany")'],
    [['a.example', '--color', '--no-color'], 'give --color or --no-color, not both'],
    [['a.example', '--resume'], '--resume needs -o/--output FILE'],
    [['--urls-file', '/nonexistent/urls.txt'], 'cannot read --urls-file /nonexistent/urls.txt (ENOENT)'],
    [['notaurl'], 'not a URL: "notaurl"'],
    [['http://exa', 'mple.com'], 'not a URL: "http://exa"'],
    [['http://exa mple.com'], 'not a URL: "http://exa mple.com"'],
    [[''], 'not a URL: ""'],
    [['ftp://a.example/'], 'only http(s) URLs can be audited: "ftp://a.example/"'],
  ])('refuses %j: "%s"', (argv, message) => {
    expect(refusal(argv as string[])).toBe(message);
  });

  it('refuses in the language of --lang or the locale', () => {
    expect(refusal(['notaurl', '--lang', 'de'])).toBe('keine URL: "notaurl"');
    expect(refusal(['--bogus', 'a.example'], { LC_ALL: 'es_ES.UTF-8' })).toBe('opción desconocida --bogus');
    expect(refusal(['a.example', '--sites', '0'], { LANG: 'fr_FR' })).toBe('--sites doit être un nombre entier de 1 à 64 (reçu : "0")');
  });

  it('allows --help and --version without URLs', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-v']).version).toBe(true);
  });
});

describe('normaliseStartUrl', () => {
  it('adds https:// to a bare host, keeps paths', () => {
    expect(normaliseStartUrl('shop.example/en/', en)).toBe('https://shop.example/en/');
    expect(normaliseStartUrl('http://127.0.0.1:8080', en)).toBe('http://127.0.0.1:8080/');
    expect(normaliseStartUrl('http://[::1]:8080/', en)).toBe('http://[::1]:8080/');
    expect(normaliseStartUrl('bücher.example', en)).toBe('https://xn--bcher-kva.example/');
  });
  it('keeps localhost, with or without a port', () => {
    expect(normaliseStartUrl('localhost:8080/shop', en)).toBe('https://localhost:8080/shop');
    expect(normaliseStartUrl('http://localhost/', en)).toBe('http://localhost/');
  });
  it.each([
    ['notaurl', 'not a URL: "notaurl"'],
    ['http://intranet/', 'not a URL: "http://intranet/"'],
    ['   ', 'not a URL: "   "'],
    ['exa\tmple.com', 'not a URL: "exa\tmple.com"'],
    ['http://exa*mple.com/', 'not a URL: "http://exa*mple.com/"'],
    ['http://a..example/', 'not a URL: "http://a..example/"'],
    ['http://', 'not a URL: "http://"'],
    ['http://[::1', 'not a URL: "http://[::1"'],
    ['mailto:sales@shop.example', 'only http(s) URLs can be audited: "mailto:sales@shop.example"'],
    ['tel:+12025550100', 'only http(s) URLs can be audited: "tel:+12025550100"'],
    ['javascript:alert(1)', 'only http(s) URLs can be audited: "javascript:alert(1)"'],
    ['data://text/html,hi', 'only http(s) URLs can be audited: "data://text/html,hi"'],
  ])('refuses %j', (raw, message) => {
    expect(() => normaliseStartUrl(raw, en)).toThrow(new UsageError(message));
  });
});

describe('language and colour', () => {
  it('takes the language from --lang, else LC_ALL, LC_MESSAGES, LANG in that order, else English', () => {
    expect(cliLanguage(['--lang', 'es'], { LANG: 'de_DE' })).toBe('es');
    expect(cliLanguage(['--lang=fr'], {})).toBe('fr');
    expect(cliLanguage(['--lang', 'xx'], { LANG: 'de_DE' })).toBe('de');
    expect(localeLanguage({ LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE' })).toBe('fr');
    expect(localeLanguage({ LC_MESSAGES: 'es_ES', LANG: 'de_DE' })).toBe('es');
    // LC_ALL=C means the C locale (English), not "look further".
    expect(localeLanguage({ LC_ALL: 'C', LANG: 'de_DE' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });

  it('colours on a terminal unless NO_COLOR; the flags win; FORCE_COLOR forces', () => {
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(useColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
  });
});
