import type { PhoneNumber } from 'libphonenumber-js/max';
import { parseNumber } from './number.js';
import { EXTENSION_WORDS } from './extension-words.js';

/**
 * Staff lists that give each person only an extension of the main number above them:
 * "Factory phone (317) 555-0100 … Jane Roe, Sales Manager, Phone Ext: 2229". A shopper dials the
 * main number and then the extension, so each line is a way to reach that person, with its own role.
 */

/**
 * A line that is an extension and nothing else dialable: an optional label of words ("Phone",
 * "Direct line"), the extension word, 2 to 6 digits. "Ex" needs its colon or dot ("Ex: 2229"),
 * where a bare "ex" is the Latin word; a bare "DW 20" is left out (a product code as often as a
 * "Durchwahl").
 */
const EXTENSION_ONLY = new RegExp(`^[\\p{L} /&-]{0,30}?(?:${EXTENSION_WORDS})\\.?\\s*[:#.-]?\\s*(\\d{2,6})\\s*$`, 'iu');
/** Cheap pre-check for a block with too few digits for a number: does it name an extension at all? */
const EXTENSION_WORD = new RegExp(EXTENSION_WORDS, 'iu');

/** The extension a line gives on its own ("Phone Ex: 2229" → "2229"), if that is all it gives. */
export function extensionOnly(line: string): string | undefined {
  return EXTENSION_ONLY.exec(line.trim())?.[1];
}

export function mayNameExtension(text: string): boolean {
  return EXTENSION_WORD.test(text);
}

/** The main number dialled with the extension: a new number, the main one left as it is. */
export function withExtension(main: PhoneNumber, ext: string): PhoneNumber | undefined {
  const n = parseNumber(main.number, undefined);
  n?.setExt(ext);
  return n;
}

/**
 * "(720) 555-0139, 7 days a week": libphonenumber reads ", 7" as an auto-dial extension; a count
 * followed by a word is the sentence going on. Returns the number as written without it, if so.
 * "555-0123,22" (an auto-dial extension with nothing after it) is left alone.
 */
export function countAfterComma(written: string, after: string): string | undefined {
  const m = /\s*,\s*\d{1,6}$/.exec(written);
  return m && /^\s*\p{L}/u.test(after) ? written.slice(0, m.index) : undefined;
}

/** The same number without its extension. */
export function withoutExtension(n: PhoneNumber): PhoneNumber {
  return parseNumber(n.number, undefined) ?? n;
}
