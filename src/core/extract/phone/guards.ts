import type { PhoneNumber } from 'libphonenumber-js/max';
import { lastLabel } from './labels.js';

/**
 * Precision guards: digit runs that a numbering plan would accept but that the text around them
 * shows are something else (a price, a date, a version, a coordinate, an identifier glued to letters).
 * Each returns a reason, so a rejected candidate can be explained in a test.
 */

export type NotPhone = 'glued' | 'currency' | 'decimal' | 'date' | 'year-range' | 'time' | 'percent' | 'list' | 'bare-digits';

/** Currency signs and codes written right before or after an amount. */
const CURRENCIES = String.raw`[$€£¥₹₽₩]|(?<![\p{L}])(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|INR)(?![\p{L}])`;
const CURRENCY_BEFORE = new RegExp(String.raw`(?:${CURRENCIES})\s?$`, 'u');
const CURRENCY_AFTER = new RegExp(String.raw`^\s?(?:${CURRENCIES})`, 'u');
/** Date shapes: 2024-05-12, 12.05.2024, 05/12/2024 (some plans accept 8 digits as a number). */
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;
/** "1998-2024", "2001 – 2014": copyright and history spans. */
const YEAR_RANGE = /^(?:1[89]|20)\d\d\s*[-–—/]\s*(?:1[89]|20)\d\d$/;
/**
 * Opening hours with a dot or colon between hours and minutes, as much of Europe writes them
 * ("E–R 9.00–17.00", "klo 8.00-16.00"): digits a numbering plan may accept (+372 900 1700).
 */
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}$/;
/** A run of 9+ digits with no grouping, maybe after "+": could be an ID as easily as a phone. */
const BARE_DIGITS = /^\+?\d{9,}$/;

/**
 * "DE123456789", "12345678901B", "1234567890123": a code prefix or suffix glued to the digits.
 * Inline elements are joined without a space, so a word glued before ("Sales01625 856 505",
 * "Tel555…") or after ("…4567Email") is still a phone; a short or capitals-only prefix
 * ("DE", "ATU", "SKU"), a digit or a one-letter suffix is a code.
 */
function glued(line: string, start: number, after: string): boolean {
  if (/^\d/.test(after) || /^\p{L}(?!\p{L})/u.test(after)) return true;
  const word = line.slice(0, start).match(/[\p{L}\d]+$/u)?.[0];
  if (!word || lastLabel(word)) return false;
  return /\d/.test(word) || word.length <= 2 || word === word.toUpperCase();
}

/**
 * Why the number written at line[start, end) is not a phone, or undefined if nothing says so.
 * `labelled` is true when a phone or fax label stands before it: that licenses bare digit runs.
 */
export function notPhone(line: string, start: number, end: number, labelled: boolean): NotPhone | undefined {
  const raw = line.slice(start, end);
  const before = line.slice(Math.max(0, start - 3), start);
  const after = line.slice(end, end + 3);
  if (glued(line, start, after)) return 'glued';
  // "1.5551234567", "40.7128, -74.0060", "10-5551234": the digits continue a number before or after.
  if (/\d[.,/-]$/.test(before) || /^[.,/][\d]/.test(after)) return 'decimal';
  if (CURRENCY_BEFORE.test(line.slice(Math.max(0, start - 6), start)) || CURRENCY_AFTER.test(line.slice(end, end + 6))) return 'currency';
  if (/^\s?%/.test(after)) return 'percent';
  if (/\d:$/.test(before) || /^:\d/.test(after)) return 'time';
  const trimmed = raw.trim();
  if (DATE.test(trimmed)) return 'date';
  if (TIME_RANGE.test(trimmed)) return 'time';
  if (YEAR_RANGE.test(trimmed)) return 'year-range';
  // "140/155/170": a list of sizes or models; a phone has at most one slash ("030/1234567").
  if ((trimmed.match(/\//g)?.length ?? 0) > 1) return 'list';
  if (!labelled && BARE_DIGITS.test(trimmed)) return 'bare-digits';
  return undefined;
}

/**
 * A number written nationally without the trunk prefix its country dials ("4711-0815" on a German
 * page, where a number reads "0471 10815" or "+49 471 10815"): an article or reference number that
 * happens to fit the plan. Countries whose national format has no leading 0 (NANP, Italian mobiles,
 * Spain) are not affected; neither is anything written with "+", an international prefix, or its
 * country code without the "+".
 */
export function missingTrunkPrefix(written: string, n: PhoneNumber): boolean {
  const digits = written.replace(/^\D+/, '');
  if (/^\s*\+/.test(written) || digits.startsWith('0')) return false;
  // "971 4 813 1941", "44 (0) 1621 862145": international, only the "+" left out.
  if (written.replace(/\(0\)/g, '').replace(/\D/g, '') === `${n.countryCallingCode}${n.nationalNumber}`) return false;
  return n.formatNational().replace(/\D/g, '').startsWith('0');
}
