import { findPhoneNumbersInText, isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Flag, PageFinding, Region, Role } from '../../types.js';
import { withoutStacks } from '../../without-stacks.js';

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

/** findPhoneNumbersInText with the page's country, without stack traces (see withoutStacks). */
export function numbersInText(text: string, country: string | undefined): ReturnType<typeof findPhoneNumbersInText> {
  return withoutStacks(() => findPhoneNumbersInText(text, { defaultCountry: countryCode(country) }));
}

export function typeFlags(n: PhoneNumber): Flag[] {
  const type = n.getType();
  const flag = type ? TYPE_FLAGS[type] : undefined;
  return flag ? [flag] : [];
}

/** As written, whitespace collapsed, with the extension spelt out if the text did not show it. */
export function displayOf(written: string, n: PhoneNumber): string {
  const shown = written.replace(/\s+/g, ' ').trim();
  const showsExt = new RegExp(`(?:x|ext|extn|extension|ex|durchwahl|dw|poste|#|,)\\W{0,3}${n.ext ?? ''}\\s*$`, 'i');
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
