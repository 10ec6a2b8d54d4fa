/**
 * One country's way of writing the end of an address: the postcode, and the region or town next
 * to it. The street lines before it are found by assemble.ts, the same for every country.
 */
import { anyOf, COMPANY, PO_BOX, SUITE } from './street-words.js';
import type { LineKind } from './street.js';

export interface CountryPattern {
  /** ISO 3166-1 alpha-2, for tests and debugging; not reported (the page decides the country). */
  id: string;
  /**
   * Global, sticky-free regex over a few lines of text. Named groups: `postcode` (required),
   * `region`, `locality`. The match is the address tail.
   */
  tail: RegExp;
  /**
   * Optional cheap test (not global) that any text holding a tail passes: a window failing it is
   * not searched with `tail`, whose lookbehinds and town words are slow to fail at every capital.
   */
  quick?: RegExp;
  /** 'before': the town stands before the match (US "Springfield, IL 62704"); 'inside': the match holds it. */
  town: 'before' | 'inside';
  /** How many lines between street and tail may be towns, counties, districts (UK writes several). */
  maxTownLines: number;
  /**
   * A postcode so specific (letters and digits in a fixed shape: UK, Ireland, Canada) that a named
   * building or a unit in a business park before it makes an address with no numbered street
   * ("Unit 12, Meadowbank Business Park, Stirling FK7 7WX").
   */
  strongPostcode?: boolean;
  /**
   * A postcode shape common in other text (four digits: a year, a model number), so one of the
   * street lines must name a street ("Straße", "rue", "gate", "ul.") for the match to be an address.
   */
  needsStreetWord?: boolean;
  /**
   * With needsStreetWord: what counts as naming a street for this pattern, instead of the language
   * packs' street words alone (a country's own words, or a house number opening the line).
   */
  streetWord?: (line: string) => boolean;
  /** A country's own reading of a line (its street words: "Calle 93 # 11-28", "Büyükdere Cad. No: 185"), before the generic one. */
  classify?: (line: string) => LineKind | undefined;
  /** The town must be found (a pattern whose tail is the postcode alone: "Riyadh 12214", "Sandton\n2196"). */
  needsTown?: boolean;
  /**
   * A check on a match the regex does not make: a prefixed postcode of the prefix's country, what
   * stands before the match (kept out of the regex: a leading lookbehind is tried at every position).
   */
  accept?: (groups: Record<string, string | undefined>, text: string, start: number) => boolean;
}

/** Town names: capitalised words and the small words inside names ("upon", "de", "am": the address packs' townParticles). */
export const TOWN_WORD = `(?:\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}[\\p{L}'’.]*)*|${anyOf('townParticles')})`;
/** A word of a script without capitals (Arabic, Hebrew): letters only, so the digits those scripts have are left out. */
const CASELESS_WORD = '(?:(?=[\\p{Script=Arabic}\\p{Script=Hebrew}])\\p{L}[\\p{M}]*){2,}';
export const TOWN = `(?=[\\p{Lu}\\p{Script=Arabic}\\p{Script=Hebrew}])(?:\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}[\\p{L}'’.]*)*(?:[ \\t]+${TOWN_WORD}){0,4}|${CASELESS_WORD}(?:[ \\t]+${CASELESS_WORD}){0,2})`;
const TOWN_RE = new RegExp(`^${TOWN}$`, 'u');
/** "P.O. Box" before a number is the box, not a town before a postcode ("P.O. Box 123456, Dubai"). */
const BOX_LABEL = new RegExp(`(?:^|\\s)(?:${anyOf('boxWords')})$`, 'i');

/** A unit, building or box word that a number follows ("Block 317", "Post Box No. 67674"): no town before a postcode. */
export const isUnitWord = (t: string) => {
  for (const re of [SUITE, PO_BOX]) {
    re.lastIndex = 0;
    const m = re.exec(`${t} 1`);
    re.lastIndex = 0;
    if (m?.index === 0) return true;
  }
  return false;
};

/** Whether a line reads as a town name: capitalised words, no digits, short, not a company. */
export function isTown(s: string): boolean {
  const t = s.trim().replace(/[.,]$/, '');
  return t.length >= 2 && t.length <= 40 && TOWN_RE.test(t) && !COMPANY.test(t) && !BOX_LABEL.test(t);
}
