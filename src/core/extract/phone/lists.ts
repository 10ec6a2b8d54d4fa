/**
 * Lists of numbers written with a comma or a slash between them ("212-555-0123, 212-555-0199",
 * "212-307-7050/800-451-9930"). libphonenumber reads ", 212" as an auto-dial extension and a slash
 * as part of one number, so the second number is lost or both are rejected. A separator with a whole
 * number on each side is turned into '|' (length kept, so offsets stay valid); "030/1234567" (a
 * German area code) and "555-0123,22" (a real auto-dial extension) are left alone.
 */

/** Digits on each side for a separator to split: a whole subscriber number, not an area code or extension. */
const WHOLE_NUMBER_DIGITS = 7;
/** How far a number run is read from the separator: bounds the work on long digit lines. */
const MAX_RUN = 30;
const RUN_CHAR = /[\d\s().+\-\u00a0]/;
const SEPARATORS = new Set([',', ';', '/']);

function digitsInRun(text: string, from: number, step: 1 | -1): number {
  let digits = 0;
  for (let i = from, n = 0; i >= 0 && i < text.length && n < MAX_RUN; i += step, n++) {
    const ch = text[i] ?? '';
    if (!RUN_CHAR.test(ch)) break;
    if (ch >= '0' && ch <= '9') digits++;
  }
  return digits;
}

export function splitLists(line: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < line.length; i++) {
    if (!SEPARATORS.has(line[i] ?? '')) continue;
    if (digitsInRun(line, i - 1, -1) >= WHOLE_NUMBER_DIGITS && digitsInRun(line, i + 1, 1) >= WHOLE_NUMBER_DIGITS) {
      out ??= [...line];
      out[i] = '|';
    }
  }
  return out ? out.join('') : line;
}
