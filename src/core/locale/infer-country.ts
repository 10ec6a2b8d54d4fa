import { findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js/max';
import { withoutStacks } from '../without-stacks.js';
import { ADDRESS_COUNTRY_PATTERNS, COUNTRY_WORDS, LANGUAGE_COUNTRY, NOT_A_COUNTRY_TLD, POSTCODE_CITY, PREFIXED_POSTCODE } from './country-patterns.js';
import { prefixedPostcodeCountry } from './countries/index.js';
import { rawLang, type ParsedPage } from '../page/parsed-page.js';
import { COUNTRY_BY_NAME } from './country-names.js';

/**
 * The country a page's national-format phone numbers belong to ("(413) 732-8702" means nothing
 * without it). Each signal adds weight to a country; the heaviest wins, ties going to the stronger
 * signal (added first). The caller's override (page.country) wins over all of them.
 */

/** Weights, strongest first. A ccTLD is chosen by the site and rarely wrong; a postal address on
 *  the page is direct evidence (a foreign office less often than the home one); an html lang region
 *  is often a CMS or spelling choice ("en-GB" on a Californian site), as weak as the 3-3-4 grouping
 *  of North American numbers; a +CC number may be a foreign office; a bare language ("de") only hints. */
const WEIGHT = { tld: 4, address: 3, addressMany: 1, nanpFormat: 2, nanpMany: 1, langRegion: 2, intlNumber: 2, language: 1 } as const;
/** Text read for signals: contact details sit in the first screens or the footer, and this bounds work. */
const MAX_SCAN_CHARS = 200_000;
/** International numbers parsed at most: enough for a majority, bounded for huge pages. */
const MAX_INTL_NUMBERS = 20;
/** Addresses of one country on a page before they count extra (a locations page, not one office). */
const MANY_ADDRESSES = 3;
/** "(413) 732-8702" / "413-732-8702": the North American grouping (NANP: 3-3-4), seldom used elsewhere;
 *  US stands for NANP here (Canadian numbers parse the same with it). */
const NANP_FORMAT_G = /\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)|(?<![\d-])(?:1-)?\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])/g;

export function inferCountry(page: ParsedPage): string | undefined {
  if (page.country) return page.country;
  const score = new Map<string, number>();
  const add = (country: string | undefined, weight: number) => {
    if (country && isSupportedCountry(country)) score.set(country, (score.get(country) ?? 0) + weight);
  };
  // Added strongest first: on equal weight the country named first by a stronger signal wins.
  add(tldCountry(page.url), WEIGHT.tld);
  // The site's own structured data naming its country (schema.org PostalAddress addressCountry) is as
  // direct as an address in the text.
  for (const country of jsonLdCountries(page)) add(country, WEIGHT.address);
  const lang = rawLang((name) => page.byTag(name));
  const [language, region] = langParts(lang);
  const text = scanText(page);
  for (const [country, count] of addressCountries(text, language)) {
    add(country, WEIGHT.address + (count >= MANY_ADDRESSES ? WEIGHT.addressMany : 0));
  }
  const nanp = text.match(NANP_FORMAT_G)?.length ?? 0;
  if (nanp) add('US', WEIGHT.nanpFormat + (nanp >= 2 ? WEIGHT.nanpMany : 0));
  add(region, WEIGHT.langRegion);
  add(majority(intlNumberCountries(page, text)), WEIGHT.intlNumber);
  if (!region) add(LANGUAGE_COUNTRY[language], WEIGHT.language);
  let best: string | undefined;
  for (const [country, weight] of score) if (!best || weight > (score.get(best) ?? 0)) best = country;
  return best;
}

/** addressCountry values in the page's JSON-LD, as ISO codes ("NZ", "New Zealand", {"name": "DE"}). */
function jsonLdCountries(page: ParsedPage): string[] {
  const out = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 12 || out.size >= 5 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.slice(0, 50).forEach((n) => visit(n, depth + 1));
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'addressCountry') {
        const raw = typeof value === 'string' ? value : typeof value === 'object' && value ? (value as { name?: unknown }).name : undefined;
        const code = typeof raw === 'string' ? countryCode(raw) : undefined;
        if (code) out.add(code);
      } else if (typeof value === 'object') visit(value, depth + 1);
    }
  };
  for (const script of page.jsonLd) visit(script.data, 0);
  return [...out];
}

/** COUNTRY_BY_NAME by lower-cased name: JSON-LD writes "New Zealand", "new zealand" or "NEW ZEALAND". */
const COUNTRY_BY_LOWER_NAME = new Map(Object.entries(COUNTRY_BY_NAME).map(([name, code]) => [name.toLowerCase(), code]));

function countryCode(raw: string): string | undefined {
  const t = raw.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase() === 'UK' ? 'GB' : t.toUpperCase();
  return COUNTRY_BY_LOWER_NAME.get(t.toLowerCase());
}

/** Second-level labels registries under a ccTLD give companies, schools and governments (IANA registry pages of .co, .ai, .ly...). */
const SECOND_LEVEL = /^(?:com|net|org|gov|edu|ac|co|or|ne|go|gob|mil|biz|info)$/;

/** "shop.example.co.uk" → GB, "example.de" → DE, "acme.com.co" → CO; generic-use ccTLDs (.io, .co, .tv) alone say nothing. */
export function tldCountry(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const tld = labels.pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld)) return undefined;
  // A generic-use ccTLD under the country's own second level ("acme.com.co", "acme.com.ai") is that country's.
  if (NOT_A_COUNTRY_TLD.has(tld) && !(labels.length >= 2 && SECOND_LEVEL.test(labels.at(-1) ?? ''))) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** "en-GB" → ['en', 'GB']; "zh-Hant-TW" → ['zh', 'TW']; "de" → ['de', undefined]. */
export function langParts(lang: string): [string, string | undefined] {
  const parts = lang.trim().split(/[-_,;\s]/);
  const language = (parts[0] ?? '').toLowerCase();
  const region = parts
    .slice(1)
    .find((p) => /^[a-z]{2}$/i.test(p))
    ?.toUpperCase();
  return [language, region === 'UK' ? 'GB' : region];
}

function scanText(page: ParsedPage): string {
  let text = '';
  for (const block of page.blocks) {
    if (text.length >= MAX_SCAN_CHARS) break;
    text += `${block.text}\n`;
  }
  return text.slice(0, MAX_SCAN_CHARS);
}

/** Countries named by postal-address patterns on the page, with how often each occurs. */
export function addressCountries(text: string, language = ''): Map<string, number> {
  const out = new Map<string, number>();
  const bump = (c: string, n: number) => n && out.set(c, (out.get(c) ?? 0) + n);
  for (const [country, re] of ADDRESS_COUNTRY_PATTERNS) bump(country, text.match(re)?.length ?? 0);
  if (/[A-Z][-–]\d/.test(text)) {
    for (const m of text.matchAll(PREFIXED_POSTCODE)) {
      const country = m[1] === 'D' || m[1] === 'F' ? undefined : prefixedPostcodeCountry(m[1]!, m[2]!);
      if (country) bump(country, 1);
    }
  }
  // "10115 Berlin" is German or French (or Italian, Spanish...): the country word or the language says which.
  const postcodeCities = text.match(POSTCODE_CITY)?.length ?? 0;
  if (postcodeCities) {
    const named = COUNTRY_WORDS.find(([, re]) => re.test(text))?.[0];
    const byLanguage = language === 'de' ? 'DE' : language === 'fr' ? 'FR' : undefined;
    const country = named ?? byLanguage;
    if (country) bump(country, postcodeCities);
  }
  return out;
}

/** Countries of numbers written with "+CC" (in text or tel: links): they parse without a default. */
function intlNumberCountries(page: ParsedPage, text: string): string[] {
  const candidates: string[] = [];
  for (const a of page.byTag('a')) {
    const href = a.attribs.href ?? '';
    if (candidates.length < MAX_INTL_NUMBERS && /^tel:\s*(\+|%2B)/i.test(href)) candidates.push(decodeSafe(href.slice(4)));
  }
  if (text.includes('+')) {
    const re = /\+\s?\d[\d\s().-]{6,20}\d/g;
    for (let m = re.exec(text); m && candidates.length < MAX_INTL_NUMBERS; m = re.exec(text)) candidates.push(m[0]);
  }
  return withoutStacks(() => candidates.flatMap((c) => findPhoneNumbersInText(c).map((f) => f.number.country ?? '')));
}

function majority(countries: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of countries) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
