import type { TextBlock } from '../../page/text-blocks.js';
import { assemble, type Tail } from './assemble.js';
import { AU } from './au.js';
import { CA } from './ca.js';
import { DE } from './de.js';
import { FR } from './fr.js';
import { IN } from './in.js';
import { INTL } from './intl.js';
import type { AddressParts } from './parts.js';
import type { CountryPattern } from './pattern.js';
import { UK } from './uk.js';
import { US, US_NO_ZIP } from './us.js';
import { BR, IE, ZIP4 } from './zip4.js';
import { cjkAddresses } from './cjk.js';
import { countryTails, PREFIXED } from './by-country.js';
import { countriesNamed } from '../../locale/country-names.js';

/**
 * Shapes distinct enough to read on every page, whatever its country: Portugal's 1234-567, Sweden's
 * 123 45, the Netherlands' 1234 AB, Poland's 12-345, each in its country's own order (by-country.ts).
 * Singapore's needs no entry: "Singapore 079903" names its country, so its tails are read anyway.
 */
const OWN_ORDER = (
  [
    ['PT', /\d{4}-\d{3}/],
    ['SE', /\d{3} \d{2}/],
    ['NL', /\d{4} ?[A-Z]{2}/],
    ['PL', /\d{2}-\d{3}/],
  ] as const
).map(([c, quick]) => ({ ...countryTails(c)[0]!, quick })); // On every page, only the shape's distinct form: "11455 Stockholm" is DE's shape.
/** Order breaks ties between tails that start at one place: the more specific pattern first. */
const PATTERNS: readonly CountryPattern[] = [US, CA, UK, AU, FR, DE, IN, ...OWN_ORDER, BR, IE, ZIP4, PREFIXED, US_NO_ZIP, INTL];

/** Blocks after a street line that may still hold its town and postcode (table cells, <p> per line). */
const MAX_NEXT_BLOCKS = 3;
/** Longer neighbours are prose or lists, not the rest of an address. */
const MAX_NEXT_BLOCK_CHARS = 200;
/** Longest text one address is looked for in: bounds regex work per block. */
const MAX_WINDOW_CHARS = 1200;
/** Blocks looked back for a heading that names the country of the blocks under it ("Lithuania", "Our office in Chile"). */
const HEADING_BLOCKS_BACK = 4;
const HEADING = /^h[1-6]$/;

export interface TextAddress {
  parts: AddressParts;
  /** As written, lines joined with ', '. */
  display: string;
  block: TextBlock;
}

/**
 * Addresses in the blocks' text. `country` is the page's (locale/infer-country.ts): with the countries
 * a block's window or the heading above it names, it says whose generic tails (by-country.ts) are read.
 */
export function scanBlocks(blocks: readonly TextBlock[], country?: string): TextAddress[] {
  const out: TextAddress[] = [];
  const seenTails = new Set<string>();
  const arabicDigits = blocks.some((b) => ARABIC_DIGIT.test(b.text));
  const named = new Map<number, string[]>();
  const namedIn = (j: number) => {
    let found = named.get(j);
    // Only the part of a block an address is looked for in (windowAt).
    if (!found) named.set(j, (found = countriesNamed(blocks[j]!.text.slice(0, MAX_WINDOW_CHARS))));
    return found;
  };
  for (let i = 0; i < blocks.length; i++) {
    const own = blocks[i]!.text;
    // Chinese, Japanese and Korean addresses run in one line from the largest unit down: read whole.
    for (const a of cjkAddresses(own)) out.push({ parts: a.parts, display: own.slice(a.start, a.end).trim(), block: blocks[i]! });
    const { text: written, starts } = windowAt(blocks, i);
    const text = arabicDigits ? asciiDigits(written) : written;
    // House numbers, postcodes and PO boxes carry digits: a window without one is skipped, which
    // keeps text-heavy pages cheap (a digitless "Tannery Lane, Kelby, United Kingdom" is missed).
    if (!/\d/.test(text)) continue;
    const countries = new Set(country ? [country] : []);
    // The blocks up to the first that names a country: later ones are other offices.
    for (let j = i; j < i + starts.length && countries.size <= (country ? 1 : 0); j++) for (const c of namedIn(j)) countries.add(c);
    let named = false;
    for (let j = i; j < i + starts.length && !named; j++) named = namedIn(j).length > 0;
    for (let j = i - 1; j >= 0 && j >= i - HEADING_BLOCKS_BACK; j--) {
      if (!HEADING.test(blocks[j]!.el.tagName)) continue;
      for (const c of namedIn(j)) countries.add(c);
      break;
    }
    let limit = 0;
    for (const tail of tails(text, countries, named)) {
      if (tail.start < limit) continue;
      const found = assemble(text, tail, limit);
      if (!found) continue;
      limit = found.end;
      // Each address belongs to the block its street starts in, and each tail to one address:
      // a later window starting mid-address ("PO Box 5" after "Acme House") must not report it again.
      if (found.start >= own.length) continue;
      let b = starts.length - 1;
      while (b > 0 && starts[b]! > tail.start) b--;
      const tailKey = `${i + b}:${tail.start - starts[b]!}`;
      if (seenTails.has(tailKey)) continue;
      seenTails.add(tailKey);
      out.push({ parts: found.parts, display: asWritten(written.slice(found.start, found.end)), block: blocks[i]! });
    }
  }
  return out;
}

/** The first address in a piece of text (a JSON-LD address written as one string), if any. */
export function readAddress(text: string, country?: string): AddressParts | undefined {
  const named = countriesNamed(text);
  for (const tail of tails(text, new Set([...(country ? [country] : []), ...named]), named.length > 0)) {
    const found = assemble(text, tail, 0);
    if (found) return found.parts;
  }
  return undefined;
}

/** Block i's text and up to MAX_NEXT_BLOCKS short neighbours, with where each block starts. */
function windowAt(blocks: readonly TextBlock[], i: number): { text: string; starts: number[] } {
  let text = blocks[i]!.text.slice(0, MAX_WINDOW_CHARS);
  const starts = [0];
  for (let j = i + 1; j <= i + MAX_NEXT_BLOCKS && j < blocks.length; j++) {
    const next = blocks[j]!.text;
    if (next.length > MAX_NEXT_BLOCK_CHARS || text.length + next.length > MAX_WINDOW_CHARS) break;
    starts.push(text.length + 1);
    text += `\n${next}`;
  }
  return { text, starts };
}

const isIntl = (p: CountryPattern) => p.tail === INTL.tail;

/**
 * Every tail of every country in the text, by position (longest first where two start together).
 * `named`: whether the text names a country, without which no town-and-country tail is there.
 */
function tails(text: string, countries: ReadonlySet<string>, named: boolean): Tail[] {
  const all: Tail[] = [];
  // The block's countries first: where two tails match alike, the one with the country's own words wins.
  const gated = [...countries].flatMap(countryTails);
  // A country's town-and-country tail is INTL's regex with the country's words: one of them is read.
  const patterns = gated.length ? [...new Set([...gated, ...PATTERNS.filter((p) => p !== INTL || !gated.some(isIntl))])] : PATTERNS;
  for (const pattern of patterns) {
    if (isIntl(pattern) ? !named : pattern.quick && !pattern.quick.test(text)) continue;
    pattern.tail.lastIndex = 0;
    for (let m = pattern.tail.exec(text); m; m = pattern.tail.exec(text)) {
      const groups = { ...m.groups };
      if (!pattern.accept || pattern.accept(groups, text, m.index)) all.push({ pattern, start: m.index, end: m.index + m[0].length, groups });
      // A match refused starts the next search one character on, so a tail inside it is still found.
      else pattern.tail.lastIndex = m.index + 1;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Kelby\nUnited Kingdom\nKY4 2NW": the town-and-country tail gives way to the postcode after it.
  return all.filter((t) => !isIntl(t.pattern) || !all.some((o) => !isIntl(o.pattern) && o.start >= t.start && o.start <= t.end + 4));
}

/**
 * Arabic-Indic and Persian digits as ASCII ("الرياض ١٢٢١٤"), one UTF-16 unit for one, so positions
 * stay those of the text as written: postcode patterns are written with ASCII digits.
 */
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
function asciiDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function asWritten(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ')
    .replace(/,\s*,/g, ',');
}
