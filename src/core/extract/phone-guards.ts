import { lastLabel } from './phone-labels.js';

/**
 * Precision guards: digit runs that a numbering plan would accept but that the text around them
 * shows are something else (a price, a date, a version, a coordinate, an identifier glued to letters).
 * Each returns a reason, so a rejected candidate can be explained in a test.
 */

export type NotPhone = 'glued' | 'currency' | 'decimal' | 'date' | 'year-range' | 'time' | 'percent' | 'bare-digits';

/** Currency signs and codes written before or after an amount. */
const CURRENCY = /[$€£¥₹₽₩]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|INR)\b/;
/** Date shapes: 2024-05-12, 12.05.2024, 05/12/2024 (some plans accept 8 digits as a number). */
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;
/** "1998-2024", "2001 – 2014": copyright and history spans. */
const YEAR_RANGE = /^(?:1[89]|20)\d\d\s*[-–—/]\s*(?:1[89]|20)\d\d$/;
/** A run of 9+ digits with no grouping, maybe after "+": could be an ID as easily as a phone. */
const BARE_DIGITS = /^\+?\d{9,}$/;

/**
 * "DE123456789", "12345678901B", "1234567890123": letters or digits glued to the digits make a code.
 * Inline elements are joined without a space, so a label glued before ("Tel555…") or a word glued
 * after ("…4567Email") is still a phone; a short code prefix or a one-letter suffix is not.
 */
function glued(line: string, start: number, after: string): boolean {
  if (/^\d/.test(after) || /^\p{L}(?!\p{L})/u.test(after)) return true;
  const word = line.slice(0, start).match(/[\p{L}\d]+$/u)?.[0];
  if (!word) return false;
  return /\d/.test(word) || !lastLabel(word);
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
  if (CURRENCY.test(line.slice(Math.max(0, start - 5), start)) || /^\s?[$€£¥]/.test(after) || CURRENCY.test(after)) return 'currency';
  if (/^\s?%/.test(after)) return 'percent';
  if (/\d:$/.test(before) || /^:\d/.test(after)) return 'time';
  const trimmed = raw.trim();
  if (DATE.test(trimmed)) return 'date';
  if (YEAR_RANGE.test(trimmed)) return 'year-range';
  if (!labelled && BARE_DIGITS.test(trimmed)) return 'bare-digits';
  return undefined;
}
