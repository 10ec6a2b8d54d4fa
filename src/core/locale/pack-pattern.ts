// One regex from a word field of every language pack. Words are written folded (role/fold.ts);
// the pattern is folded the same way, so a Hangul word written precomposed matches text that fold()
// decomposed. In languages written with spaces an alternative must start a word ("support" is not
// read inside "unsupported"); in unspaced ones (ja, zh) a word stands anywhere.
import type { LanguagePack } from './language-pack.js';

/** Where a word may start: after no letter, after no letter or digit, or anywhere. */
export type WordStart = 'letters' | 'letters-digits' | 'anywhere';

const BEFORE: Record<Exclude<WordStart, 'anywhere'>, string> = {
  letters: '(?<![\\p{L}])',
  'letters-digits': '(?<![\\p{L}\\p{N}])',
};

/** Decompose and drop combining accents and read ı as i, as fold() does to the text; regex syntax is ASCII and unchanged. */
export function foldPattern(source: string): string {
  return source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i');
}

export function packPattern<P extends Pick<LanguagePack, 'unspaced'>>(packs: readonly P[], pick: (pack: P) => string, start: WordStart): RegExp {
  const spaced = packs.filter((p) => !p.unspaced).map(pick);
  const unspaced = packs.filter((p) => p.unspaced).map(pick);
  const parts = start === 'anywhere' ? [...spaced, ...unspaced] : [`${BEFORE[start]}(?:${spaced.join('|')})`, ...unspaced];
  return new RegExp(foldPattern(parts.join('|')), 'u');
}

/**
 * The alternatives of a field across packs as one regex source, unfolded (for readers of the text
 * as written): `start` (a lookbehind) before the words of spaced packs, none before unspaced ones.
 */
export function packAlternatives<P extends Pick<LanguagePack, 'unspaced'>>(packs: readonly P[], pick: (pack: P) => string, start: string): string {
  const spaced = packs.filter((p) => !p.unspaced).map(pick);
  const unspaced = packs.filter((p) => p.unspaced).map(pick);
  return [`${start}(?:${spaced.join('|')})`, ...unspaced.map((u) => `(?:${u})`)].join('|');
}

/**
 * The non-empty alternatives of a field across packs as one regex source, as written (not folded),
 * for a reader that anchors it itself: a whole URL segment, a query key, a page title. Wrap it in a
 * group: it is a top-level alternation.
 */
export function packUnion<P>(packs: readonly P[], pick: (pack: P) => string): string {
  return packs
    .map(pick)
    .filter((source) => source !== '')
    .join('|');
}
