/**
 * The generic reader: address tails built from a country's pack (locale/countries: libaddressinput's
 * postcode pattern and line order) instead of a hand-written file, for blocks whose country is known.
 * A postcode valid for the country, where its format puts it (before the town on the town's line,
 * "10115 Berlin"; after it or on the line below, "Riyadh 12214", "Sandton\n2196"), with the town next
 * to it; assemble.ts then requires a street, building or PO box line before it. Pages do not always
 * follow their post's format, so the other order is read too, with the guards of a weak shape.
 */
import { countryPack, isPostcode, prefixedPostcodeCountry, type CountryPack } from '../../locale/countries/index.js';
import type { CountryWords } from '../../locale/countries/street-words.js';
import { COUNTRY } from '../../locale/country-names.js';
import { INTL } from './intl.js';
import { TOWN, type CountryPattern } from './pattern.js';
import type { LineKind } from './street.js';
import { classifyLine, hasStreetWord, opensWithHouseNumber } from './street.js';
import { NUMBER_SIGNS } from './street-words.js';

/**
 * Countries whose hand-written file reads them better (state codes, Eircodes, CEP after the state,
 * CJK read whole): no generic tails for them, one path each.
 */
const HAND_WRITTEN = new Set(['US', 'CA', 'GB', 'AU', 'IN', 'BR', 'IE', 'JP', 'KR', 'CN']);

/** Postcode and town open their line or follow a comma: "Loop 1604 East" and "2014 The acquisition" are not. */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === ',' || text[i] === '،';
}
/** A country's name where the town should be ("LV-3401, Latvia"): the town is elsewhere. */
const countryAsTown = (g: Record<string, string | undefined>) => !!g.locality && COUNTRY.exec(g.locality.trim())?.[0].length === g.locality.trim().length;
/** A digit and a joiner right before a postcode-shaped number: a group of a longer number ("IIBB 901-123456-7"). */
const glued = (text: string, start: number) => /\p{N}[-/.]$/u.test(text.slice(Math.max(0, start - 2), start));
/** The town ends its line or is followed by punctuation. */
const TOWN_ENDS = '(?=[ \\t]*(?:$|\\n|[,،.;:)(|]))';
/** The postcode ends its line, or punctuation or a capital (a country name) follows. */
const POSTCODE_ENDS = '(?=[ \\t]*(?:$|\\n|[,،.;:)(|]|[ \\t]\\p{Lu}))';
/** A district number after the town: "Praha 1", "Wien 3". */
const DISTRICT_NUMBER = '(?:[ \\t]+\\d{1,2}(?![\\p{N}\\p{L}/-]))?';
/** Most digits a postcode may have and still be a weak shape, common in other text (years, model and order numbers). */
const WEAK_DIGITS = 5;

/** Short digit strings in the shapes postcodes take: a pattern that accepts one of them reads years, prices and model numbers too. */
const SHORT_DIGITS = ['123', '1234', '12345', '123 45', '12-345'];

/** Whether the country's postcodes can be short plain digits (Argentina's pattern still takes the old "1043"). */
function weakPostcode(pack: CountryPack): boolean {
  return !!pack.postcode && SHORT_DIGITS.some((d) => d.replace(/\D/g, '').length <= WEAK_DIGITS && isPostcode(pack, d));
}

/** Letters and digits in a fixed shape (Argentina's C1070AAM, Malta's VLT 1117): specific enough for a named building alone. */
const lettered = (pack: CountryPack) => (pack.postcode?.examples ?? []).some((e) => /[A-Z]/.test(e) && /\d/.test(e));

const words = (alt: string | undefined) => (alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}])`, 'iu') : undefined);

/** A line whose only number is a year ("Gegründet 2024"): no house number. */
const YEAR_ONLY = /^[^\d]*(?:19|20)\d\d[^\d]*$/;
/** Most words of a street line named by a country's street word without a number ("شارع الملك فهد", "вул. Хрещатик"). */
const MAX_NAMED_STREET_WORDS = 6;

/**
 * A country's own line reading: its street words with a number (or a short named street), its units,
 * its PO box; and, in a block known to be of that country, a house number opening the line before a
 * name ("72 Lê Thánh Tôn"), which the generic reading takes only with a street word.
 */
function classifier(w: CountryWords): (line: string) => LineKind | undefined {
  const street = words(w.streets);
  // A unit word before its number or letter ("Tầng 8", "Block B"), or a floor written whole ("12/F"): "Văn phòng TP. Hồ Chí Minh" is an office's name.
  const unit = w.units
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${w.units})(?:$|[ \\t]*[:.,]?[ \\t]*(?:(?:${NUMBER_SIGNS})\\.?[ \\t]*)?#?(?:\\d|\\p{Lu}(?![\\p{L}])))`, 'iu')
    : undefined;
  const building = words(w.buildings);
  const box = w.poBox ? new RegExp(`(?<![\\p{L}])(?:${w.poBox})[ \\t]*[:#]?[ \\t]*\\d`, 'iu') : undefined;
  return (line) => {
    const s = line.trim();
    if (box?.test(s)) return 'po-box';
    if (street?.test(s) && (/\d/.test(s) || s.split(/\s+/).length <= MAX_NAMED_STREET_WORDS)) return 'street';
    if (unit?.test(s)) return 'suite';
    if (opensWithHouseNumber(s)) return 'street';
    return building?.test(s) && /^[\p{Lu}\d]/u.test(s) ? 'building' : undefined;
  };
}

function tailsOf(pack: CountryPack): CountryPattern[] {
  const own = words(pack.streetWords.streets);
  const classify = classifier(pack.streetWords);
  // A weak postcode needs a street word (the language packs' or the country's) or a numbered street
  // line ("Obchodná 2", "72 Lê Thánh Tôn"): "HP 9000 Series" above "9000 Server" is neither.
  const streetWord = (line: string) =>
    hasStreetWord(line) || !!own?.test(line) || (/\d/.test(line) && !YEAR_ONLY.test(line) && (classify(line) ?? classifyLine(line)) === 'street');
  // A town and the country's name closing the block ("Doha, Qatar"), read with the country's own words.
  const intl: CountryPattern = { ...INTL, classify, streetWord };
  const postcode = pack.postcode;
  if (!postcode || pack.postcodePlace === 'none') return [intl];
  const zip = `(?:${postcode.pattern})`;
  const letters = postcode.prefix.replace(/[- ]$/, '');
  const prefix = letters ? `(?:${letters}[-– ]?)?` : '';
  const weak = weakPostcode(pack);
  // Any text holding a tail holds a postcode: windows without one skip the slower tail patterns.
  const quick = new RegExp(zip, 'u');
  const first = pack.postcodePlace === 'before-town' || pack.postcodePlace === 'above-town';
  const common = { id: pack.code, classify, strongPostcode: lettered(pack), streetWord, quick };
  // Postcode before the town: "LT-01103 Vilnius", "34394 Şişli/İstanbul", "C1043AAZ Buenos Aires".
  const between = pack.postcodePlace === 'above-town' ? '(?:[ \\t]*,?[ \\t]*\\n?[ \\t]*)' : '(?:[ \\t]*,[ \\t]*|[ \\t]+)';
  const before = (guarded: boolean): CountryPattern => ({
    ...common,
    accept: (g, text, start) => !countryAsTown(g) && (!guarded || opensLine(text, start)),
    tail: new RegExp(
      `(?<![\\p{L}\\p{N}.,:/+-])${prefix}(?<postcode>${zip})(?![\\p{L}\\p{N}])${between}` +
        `(?<locality>${TOWN}${DISTRICT_NUMBER})(?:[ \\t]*\\/[ \\t]*(?<region>${TOWN}))?${guarded ? TOWN_ENDS : ''}`,
      'gu',
    ),
    town: 'inside',
    maxTownLines: 0,
    needsStreetWord: guarded,
  });
  // Postcode after the town, on its line or the next: "Riyadh 12214", "Bogotá, Cundinamarca, 110221", "Sandton\n2196".
  const after = (guarded: boolean): CountryPattern => ({
    ...common,
    accept: (_, text, start) => !glued(text, start),
    tail: new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?<postcode>${zip})(?![\\p{L}\\p{N}]|[-/.]\\p{N})${guarded ? POSTCODE_ENDS : ''}`, 'gu'),
    town: 'before',
    maxTownLines: 2,
    needsTown: true,
    needsStreetWord: guarded,
  });
  return first ? [before(weak), after(true), intl] : [after(weak), before(true), intl];
}

const cache = new Map<string, readonly CountryPattern[]>();

/**
 * The generic tails of a country: its own order first, then the other order, then the town-and-country
 * tail with its words. None for the countries a hand-written file reads.
 */
export function countryTails(code: string): readonly CountryPattern[] {
  let found = cache.get(code);
  if (!found) {
    const pack = HAND_WRITTEN.has(code) ? undefined : countryPack(code);
    found = pack ? tailsOf(pack) : [];
    cache.set(code, found);
  }
  return found;
}

/** Letters, a dash and a postcode of the country they name: "LT-01103", "CZ-110 00", "NL-1012 AB", "D-80637". */
const LETTERS_DASH_POSTCODE =
  '(?<![\\p{L}\\p{N}])(?<prefix>[A-Z]{1,3})[-–](?<postcode>\\d{2,6}(?:[ -]\\d{2,4})?(?:[ ]?[A-Z]{2}(?![\\p{L}]))?)(?![\\p{L}\\p{N}])';

/** Checks the letters' country; where that country's postcode includes the letters ("LV-1050"), the postcode keeps them. */
function acceptPrefixed(g: Record<string, string | undefined>): boolean {
  const code = prefixedPostcodeCountry(g.prefix ?? '', g.postcode ?? '');
  const pack = code ? countryPack(code) : undefined;
  if (pack && !isPostcode(pack, g.postcode ?? '')) g.postcode = `${g.prefix}-${g.postcode}`;
  return !!pack && !countryAsTown(g);
}

/**
 * Postcodes written with their country's letters before the town, read on every page: the letters say
 * the country, so its pattern is checked whatever the page's country ("LT-01103 Vilnius", "D-80637
 * München"). Written after the town ("Rīga, LV-1050"), they are read with the country's own tails,
 * when the block or the page names it.
 */
export const PREFIXED: CountryPattern = {
  id: 'prefixed',
  tail: new RegExp(`${LETTERS_DASH_POSTCODE}[ \\t]*,?[ \\t]*(?<locality>${TOWN})`, 'gu'),
  quick: /[A-Z][-–]\d\d/,
  town: 'inside',
  maxTownLines: 0,
  accept: acceptPrefixed,
};
