import { getCountryCallingCode, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { COUNTRY_BY_NAME } from '../../locale/country-names.js';
import { missingTrunkPrefix } from './guards.js';
import { countryCode, numbersInText, parseNumber } from './number.js';

/**
 * Office lists give each office's number under its address, often written for callers abroad
 * without "+": "Dubai\nUnited Arab Emirates\nTel: 971 4 813 1941", "Munich 80637\nGermany\nTel: 89 5455 8132".
 * Read with the page's country those digits are no number (or the wrong one), so a number under an
 * address that ends in a country name is read with that country.
 */

/** Lines above a number searched for its address's country line: an address is three to six lines. */
export const ADDRESS_LINES_ABOVE = 6;
/** Longer lines are prose, not an address line. */
const MAX_ADDRESS_LINE = 80;
/** Address lines are names and numbers ("12 rue de la Paix, 75002 Paris, France" has three
 *  lower-case words); more than this is a sentence ("We ship to customers in Germany"). */
const MAX_LOWER_CASE_WORDS = 3;
/**
 * Names too ambiguous to stand for a country above a phone: "US" ends "Contact us"/"CALL US", and an
 * upper-cased line would read as the country.
 */
const NOT_IN_PHONE_CONTEXT = new Set(['US', 'U.S.']);

/** Country names by the last one to four words they end with: "united arab emirates" → AE. */
const BY_LOWER_NAME = new Map<string, string>();
const BY_EXACT_NAME = new Map<string, string>();
for (const [name, code] of Object.entries(COUNTRY_BY_NAME)) {
  if (NOT_IN_PHONE_CONTEXT.has(name)) continue;
  // Abbreviations ("UAE", "UK", "USA") only in capitals; names in any case ("INDIA", "Germany").
  if (name === name.toUpperCase()) BY_EXACT_NAME.set(name, code);
  else BY_LOWER_NAME.set(name.toLowerCase(), code);
}
const MAX_NAME_WORDS = 4;

/** The ISO code of the country a line ends with ("Leipzig 04356 Germany", "INDIA."), if any. */
export function countryEnding(line: string): string | undefined {
  const text = line.trim().replace(/[\s.,;:]+$/u, '');
  if (!text || text.length > MAX_ADDRESS_LINE) return undefined;
  const words = text.split(/[\s,]+/u);
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length > MAX_LOWER_CASE_WORDS) return undefined;
  for (let n = Math.min(MAX_NAME_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const code = BY_EXACT_NAME.get(tail) ?? BY_LOWER_NAME.get(tail.toLowerCase());
    if (code) return code;
  }
  return undefined;
}

/**
 * The country named by the address right above a number: the nearest of the lines above (in page
 * order, nearest last; the phone reader continues them into the blocks above) that ends in a
 * country name, among the last ADDRESS_LINES_ABOVE.
 */
export function addressCountryAbove(above: readonly string[]): CountryCode | undefined {
  for (let j = above.length - 1; j >= 0 && j >= above.length - ADDRESS_LINES_ABOVE; j--) {
    const code = countryEnding(above[j] ?? '');
    if (code) return countryCode(code);
  }
  return undefined;
}

/**
 * "971 4 813 1941" under a UAE address: the digits start with the country's calling code, so the
 * number is that code plus the rest, not a national number that happens to begin with 971.
 */
export function withCallingCode(written: string, n: PhoneNumber, country: CountryCode): PhoneNumber {
  if (/^\s*(?:\+|00)/.test(written)) return n;
  const digits = digitsOf(written);
  if (!digits.startsWith(getCountryCallingCode(country))) return n;
  const intl = parseNumber(`+${digits}`, undefined);
  if (!intl || intl.countryCallingCode !== getCountryCallingCode(country)) return n;
  if (n.ext && !intl.ext) intl.setExt(n.ext);
  return intl;
}

type Found = ReturnType<typeof numbersInText>[number];

/**
 * The numbers in `text`, read with the office's country `abroad` first. A number the home country
 * reads cleanly, written bare (no "0" trunk prefix, no calling code), keeps the home reading:
 * "(212) 555-0123" under a "Made in Germany" line is still a New York number.
 */
export function numbersAbroad(text: string, abroad: CountryCode, home: string | undefined): Found[] {
  const away = numbersInText(text, abroad);
  const atHome = numbersInText(text, home);
  if (!away.length) return atHome;
  return away.map((m) => {
    const written = text.slice(m.startsAt, m.endsAt);
    const same = atHome.find((h) => h.startsAt === m.startsAt && h.endsAt === m.endsAt);
    const bare = !/^\D*0/.test(written) && !startsWithCallingCode(written, abroad);
    return same && bare && !missingTrunkPrefix(written, same.number) ? same : m;
  });
}

function startsWithCallingCode(written: string, country: CountryCode): boolean {
  return /^\s*(?:\+|00)/.test(written) || digitsOf(written).startsWith(getCountryCallingCode(country));
}

/** The digits as dialled: a "(0)" trunk prefix shown for national callers is not dialled from abroad. */
function digitsOf(written: string): string {
  return written.replace(/\(0\)/g, '').replace(/\D/g, '');
}
