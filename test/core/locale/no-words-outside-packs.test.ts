// Issue #14 item 1: language words live in the locale packs (src/core/locale), which every reader
// consults; none is written in a reader. A few typical words of several languages and readers stand
// for all: found in code outside src/core/locale (comments aside: they cite examples), they fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORE = join(ROOT, 'src/core');

/**
 * Words of cart paths, Telegram labels, extensions, written-out addresses, address lines and form hints,
 * and the crawler's: state-changing links, calendar and pagination keys, sitemap names.
 */
const WORDS = [
  'warenkorb',
  'panier',
  'abonnieren',
  'chaîne',
  'síguenos',
  'iscriviti',
  'durchwahl',
  'arroba',
  'postfach',
  'cedex',
  'mustermann',
  'bhavan',
  'khasra',
  'opposite',
  'loeschen',
  'ausloggen',
  'winkelwagen',
  'carrello',
  'fecha',
  'seite',
  'produkt',
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(CORE, 'locale') ? [] : tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code without its comments: block comments, and line comments that start a line or follow a space. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

describe('language words', () => {
  it('are written only in the locale packs', () => {
    const found: string[] = [];
    for (const file of tsFiles(CORE)) {
      const name = relative(ROOT, file).split('\\').join('/');
      const code = withoutComments(readFileSync(file, 'utf8')).toLowerCase();
      for (const word of WORDS) {
        if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(code)) found.push(`${name}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('are still found by the check (the packs hold them)', () => {
    const packs = join(CORE, 'locale/packs');
    const text = readdirSync(packs, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(packs, f), 'utf8').toLowerCase())
      .join('\n');
    for (const word of WORDS) expect(text, word).toContain(word);
  });
});
