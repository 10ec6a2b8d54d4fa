/**
 * An address in parts, whichever source found it (JSON-LD, microdata, <address>, plain text),
 * and the one-line forms built from it. Kept apart so every source formats and compares alike.
 */
export interface AddressParts {
  /** Street lines in order: house number and street, suite/floor, building, PO box. */
  street: string[];
  locality?: string;
  region?: string;
  postcode?: string;
  country?: string;
  /** Only a PO box (or Postfach, BP): mail goes there, a visitor cannot. */
  poBox?: boolean;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** Trailing commas and separators left over when a line was cut out of running text. */
const tidy = (s: string | undefined) => collapse(s ?? '').replace(/^[\s,;:|•·♦-]+|[\s,;:|•·♦-]+$/g, '');

/** "street, [suite,] town region postcode[, country]", whitespace collapsed. */
export function formatValue(p: AddressParts): string {
  const town = [p.locality, p.region, p.postcode].map(tidy).filter(Boolean).join(' ');
  return [...p.street.map(tidy), town, tidy(p.country)].filter(Boolean).join(', ');
}

/** Street abbreviations that vary between two renderings of one address on a page. */
const ABBREV: Record<string, string> = {
  street: 'st', avenue: 'ave', av: 'ave', boulevard: 'blvd', road: 'rd', drive: 'dr', lane: 'ln', court: 'ct',
  place: 'pl', parkway: 'pkwy', highway: 'hwy', suite: 'ste', floor: 'fl', north: 'n', south: 's', east: 'e', west: 'w',
  strasse: 'str', straße: 'str',
};

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
