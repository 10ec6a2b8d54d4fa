import type { NumberLabel } from './labels.js';

/**
 * A national number on a page that says nothing of its country (no ccTLD, address, language region
 * or +CC number): "Call 020 7946 0000" on a .io site. Guessing a country would invent a number
 * (issue #14: never read it as +1), and dropping it would score a phone the shopper can see as
 * missing. So under a phone label it is reported as written, digits only, flagged 'unsure-country'.
 */
export interface UnsureNumber {
  start: number;
  end: number;
  digits: string;
}

/** A trunk-prefixed national number: "020 7946 0000", "(02) 9876 5432", "0221/123456". 8 to 12 digits. */
const NATIONAL = /(?<![\d+])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ ./-]?\d{2,4}){2,4}(?![\d])/g;

export function unsureNationalNumbers(line: string, labelBefore: (at: number) => NumberLabel | undefined): (UnsureNumber & { label: NumberLabel })[] {
  const out: (UnsureNumber & { label: NumberLabel })[] = [];
  for (const m of line.matchAll(NATIONAL)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 12) continue;
    const label = labelBefore(m.index);
    if (label) out.push({ start: m.index, end: m.index + m[0].length, digits, label });
  }
  return out;
}
