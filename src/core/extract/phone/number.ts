import {
  findPhoneNumbersInText,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  Metadata,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { Flag, PageFinding, Region, Role } from '../../types.js';
import { withoutStacks } from '../../without-stacks.js';
import { EXTENSION_AFTER_NUMBER } from './extension-words.js';

/**
 * Turning one written number into a finding: parse with the page's country, keep only numbers the
 * numbering plan calls valid (possible-length alone lets SKUs and IDs through), value in E.164 (with
 * an extension in RFC 3966 form), the extension spelt out in the display, the number type as a flag.
 *
 * '/max' metadata: the only build that knows number types (toll-free, premium-rate, mobile...);
 * it costs about 73 KB minified (21 KB gzipped) over '/min' (measured with esbuild, 1.13.16).
 */

/** libphonenumber's type names, as the flags the report documents. */
const TYPE_FLAGS: Record<string, Flag> = {
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium-rate',
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed-line',
  FIXED_LINE_OR_MOBILE: 'fixed-line-or-mobile',
  VOIP: 'voip',
  SHARED_COST: 'shared-cost',
  PERSONAL_NUMBER: 'personal-number',
  UAN: 'uan',
  PAGER: 'pager',
  VOICEMAIL: 'voicemail',
};

export function countryCode(country: string | undefined): CountryCode | undefined {
  const c = country?.toUpperCase();
  return c && isSupportedCountry(c) ? c : undefined;
}

/** A valid number from text that should be one number ("+1 800 555 0100", "030 1234567"). */
export function parseNumber(text: string, country: string | undefined): PhoneNumber | undefined {
  const n = withoutStacks(() => parsePhoneNumberFromString(text, { defaultCountry: countryCode(country) }));
  return n?.isValid() ? n : undefined;
}

/**
 * findPhoneNumbersInText with the page's country, without stack traces (see withoutStacks).
 * Text that cannot hold a number is not handed to it: it parses every digit group it finds, and
 * most of those parses end in a thrown ParseError (issue #12: its most expensive path).
 */
export function numbersInText(text: string, country: string | undefined): ReturnType<typeof findPhoneNumbersInText> {
  const defaultCountry = countryCode(country);
  if (!mayHoldNumber(text, defaultCountry)) return [];
  return withoutStacks(() => findPhoneNumbersInText(text, { defaultCountry }));
}

/** libphonenumber's plus signs (PLUS_CHARS): without a country, only a number written with one has a calling code. */
const PLUS = /[+\uff0b]/;
/** Digit runs in any script: libphonenumber's candidates take every decimal digit (\p{Nd}). */
const DIGIT_RUN = /\p{Nd}+/gu;
/** Its candidates join digit groups with at most four punctuation characters (PhoneNumberMatcher's PATTERN). */
const CANDIDATE_GAP = 4;
/**
 * Fewest digits a number it accepts can be written with, from the metadata: 6 with a plus sign (a
 * two-digit calling code and a four-digit number: +49, +43), 7 after an international prefix instead
 * (one digit or more, "0" at the least), and 4 for a national number in any plan (Niue, St Helena,
 * Germany). The national prefixes that add digits (San Marino's 6 read as 0549 + 6, the NANP
 * islands' 7 as area code + 7) take 5 or more written.
 */
const MIN_PLUS_DIGITS = 6;
const MIN_IDD_DIGITS = 7;
const MIN_NATIONAL_DIGITS = 4;
/** The same for a national number read with one country, by country: see nationalDigits. */
const NATIONAL_DIGITS = new Map<CountryCode, number>();

/**
 * Fewest digits of a national number read with `country`: its digits are the national number the
 * country's plan reads (a trunk prefix only adds some), and that number has one of the possible
 * lengths of a country sharing the calling code (the US's NANP neighbours, Canada's 7). A plan that
 * rewrites the digits as read (its national prefix transform rule) may need fewer: the general bound.
 */
function nationalDigits(country: CountryCode): number {
  let min = NATIONAL_DIGITS.get(country);
  if (min !== undefined) return min;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  // Not in the library's types: if it ever goes, every country gets the general bound, never a wrong one.
  const plan = metadata.numberingPlan as { nationalPrefixTransformRule?: () => string | undefined } | undefined;
  min = MIN_NATIONAL_DIGITS;
  if (typeof plan?.nationalPrefixTransformRule === 'function' && !plan.nationalPrefixTransformRule()) {
    const callingCode = getCountryCallingCode(country);
    const lengths = getCountries()
      .filter((c) => getCountryCallingCode(c) === callingCode)
      .flatMap((c) => {
        metadata.selectNumberingPlan(c);
        return metadata.numberingPlan?.possibleLengths() ?? [MIN_NATIONAL_DIGITS];
      });
    min = Math.max(MIN_NATIONAL_DIGITS, Math.min(...lengths));
  }
  NATIONAL_DIGITS.set(country, min);
  return min;
}

/**
 * Whether `text` has a digit group libphonenumber could read as a number: enough digits, joined as
 * its candidates join them, read with `country` ('any': with whichever country). A cheap upper bound,
 * never narrower than what it finds: it rejects only text in which findPhoneNumbersInText finds
 * nothing, so findings do not change.
 */
export function mayHoldNumber(text: string, country: CountryCode | 'any' | undefined): boolean {
  const plus = PLUS.test(text);
  if (!country && !plus) return false;
  const national = country === undefined ? Infinity : country === 'any' ? MIN_NATIONAL_DIGITS : Math.min(MIN_IDD_DIGITS, nationalDigits(country));
  const need = Math.min(national, plus ? MIN_PLUS_DIGITS : Infinity);
  let digits = 0;
  let end = -Infinity;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    digits = m.index - end <= CANDIDATE_GAP ? digits + m[0].length : m[0].length;
    if (digits >= need) return true;
    end = m.index + m[0].length;
  }
  return false;
}

export function typeFlags(n: PhoneNumber): Flag[] {
  const type = n.getType();
  const flag = type ? TYPE_FLAGS[type] : undefined;
  return flag ? [flag] : [];
}

/** As written, whitespace collapsed, with the extension spelt out if the text did not show it. */
export function displayOf(written: string, n: PhoneNumber): string {
  const shown = written.replace(/\s+/g, ' ').trim();
  const showsExt = new RegExp(`(?:${EXTENSION_AFTER_NUMBER}|#|,)\\W{0,3}${n.ext ?? ''}\\s*$`, 'i');
  if (!n.ext || showsExt.test(shown)) return shown;
  return `${shown} ext. ${n.ext}`;
}

export interface FindingParts {
  kind: 'phone' | 'fax';
  number: PhoneNumber;
  written: string;
  role: Role;
  flags?: Flag[];
  context?: string;
  region?: Region;
}

export function phoneFinding(p: FindingParts): PageFinding {
  const flags = [...(p.flags ?? []), ...typeFlags(p.number)];
  if (p.number.ext) flags.push('extension');
  return {
    kind: p.kind,
    value: valueOf(p.number),
    display: displayOf(p.written, p.number),
    role: p.role,
    flags: [...new Set(flags)],
    context: p.context ? clip(p.context, 160) : undefined,
    region: p.region,
  };
}

/**
 * E.164, with an extension in RFC 3966 form ("+13175550100;ext=2229", as a tel: URI writes it):
 * a person's extension is a contact of its own, with its own role, not the switchboard's.
 */
export function valueOf(n: PhoneNumber): string {
  return n.ext ? `${n.number};ext=${n.ext}` : n.number;
}

export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
