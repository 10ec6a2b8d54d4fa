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
import { NL } from './nl.js';
import { PT } from './pt.js';
import { SE } from './se.js';
import { UK } from './uk.js';
import { US, US_NO_ZIP } from './us.js';
import { BR, IE, PL, SG, ZIP4 } from './zip4.js';
import { cjkAddresses } from './cjk.js';

/** Order breaks ties between tails that start at one place: the more specific pattern first. */
const PATTERNS: readonly CountryPattern[] = [US, CA, UK, AU, FR, DE, IN, PT, SE, NL, BR, PL, SG, IE, ZIP4, US_NO_ZIP, INTL];

/** Blocks after a street line that may still hold its town and postcode (table cells, <p> per line). */
const MAX_NEXT_BLOCKS = 3;
/** Longer neighbours are prose or lists, not the rest of an address. */
const MAX_NEXT_BLOCK_CHARS = 200;
/** Longest text one address is looked for in: bounds regex work per block. */
const MAX_WINDOW_CHARS = 1200;

export interface TextAddress {
  parts: AddressParts;
  /** As written, lines joined with ', '. */
  display: string;
  block: TextBlock;
}

export function scanBlocks(blocks: readonly TextBlock[]): TextAddress[] {
  const out: TextAddress[] = [];
  const seenTails = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const own = blocks[i]!.text;
    // Chinese, Japanese and Korean addresses run in one line from the largest unit down: read whole.
    for (const a of cjkAddresses(own)) out.push({ parts: a.parts, display: own.slice(a.start, a.end).trim(), block: blocks[i]! });
    const { text, starts } = windowAt(blocks, i);
    // House numbers, postcodes and PO boxes carry digits: a window without one is skipped, which
    // keeps text-heavy pages cheap (a digitless "Tannery Lane, Kelby, United Kingdom" is missed).
    if (!/\d/.test(text)) continue;
    let limit = 0;
    for (const tail of tails(text)) {
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
      out.push({ parts: found.parts, display: asWritten(text.slice(found.start, found.end)), block: blocks[i]! });
    }
  }
  return out;
}

/** The first address in a piece of text (a JSON-LD address written as one string), if any. */
export function readAddress(text: string): AddressParts | undefined {
  for (const tail of tails(text)) {
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

/** Every tail of every country in the text, by position (longest first where two start together). */
function tails(text: string): Tail[] {
  const all: Tail[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.quick && !pattern.quick.test(text)) continue;
    pattern.tail.lastIndex = 0;
    for (let m = pattern.tail.exec(text); m; m = pattern.tail.exec(text)) {
      all.push({ pattern, start: m.index, end: m.index + m[0].length, groups: { ...m.groups } });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Kelby\nUnited Kingdom\nKY4 2NW": the town-and-country tail gives way to the postcode after it.
  return all.filter((t) => t.pattern !== INTL || !all.some((o) => o.pattern !== INTL && o.start >= t.start && o.start <= t.end + 4));
}

function asWritten(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ')
    .replace(/,\s*,/g, ',');
}
