/**
 * An address in parts, whichever source found it (JSON-LD, microdata, <address>, plain text),
 * and the one-line forms built from it. Kept apart so every source formats and compares alike.
 */
import { ADDRESS_PACKS } from '../../locale/address-packs.js';

export interface AddressParts {
  /** Street lines in order: house number and street, suite/floor, building, PO box. */
  street: string[];
  locality?: string;
  region?: string;
  postcode?: string;
  country?: string;
  /** Written "10115 Berlin" (most of Europe), kept so in the value. */
  postcodeFirst?: boolean;
  /** Only a PO box (or Postfach, BP): mail goes there, a visitor cannot. */
  poBox?: boolean;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** Trailing commas and separators left over when a line was cut out of running text. */
const tidy = (s: string | undefined) => collapse(s ?? '').replace(/^[\s,;:|•·♦-]+|[\s,;:|•·♦-]+$/g, '');

/**
 * "street, [suite,] town region postcode[, country]", whitespace collapsed; where the country
 * writes the postcode first ("10115 Berlin"), it stays first, as a reader there expects.
 */
export function formatValue(p: AddressParts): string {
  const order = p.postcodeFirst ? [p.postcode, p.locality, p.region] : [p.locality, p.region, p.postcode];
  const town = order.map(tidy).filter(Boolean).join(' ');
  return clip([...p.street.map(tidy), town, tidy(p.country)].filter(Boolean).join(', '));
}

/** No real address is longer; structured data can carry anything, and reports bound their text. */
export const MAX_ADDRESS_CHARS = 300;
export const clip = (s: string) => (s.length <= MAX_ADDRESS_CHARS ? s : `${s.slice(0, MAX_ADDRESS_CHARS - 1)}…`);

/**
 * Street abbreviations that vary between two renderings of one address on a page: the address packs'
 * abbreviations, and each spelt-out compass point to its letters ("north" → "n").
 */
const ABBREV: Record<string, string> = Object.assign(
  {},
  ...ADDRESS_PACKS.map((pack) => pack.abbreviations ?? {}),
  ...ADDRESS_PACKS.map((pack) => Object.fromEntries(pack.compass?.words.map((word, i) => [word, pack.compass!.points[i]]) ?? [])),
);

/**
 * A comparison key: street lines and postcode, lower case, punctuation dropped, common
 * abbreviations folded. Town, region and country are left out because sources disagree on them
 * (JSON-LD says "US" and "IL", the footer "USA" and "Illinois"). One key, one address.
 */
export function addressKey(p: AddressParts): string {
  const words = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => ABBREV[w] ?? w)
      .join(' ');
  return `${words(p.street.join(' '))}|${words(p.postcode ?? '')}`;
}
