// Data for inferring a page's country (locale/infer-country.ts): postal-address shapes, ccTLDs that
// are sold as generic names, and languages spoken mainly in one country.
// Sources: USPS state abbreviations; Royal Mail postcode format; Canada Post postal-code format
// (no D, F, I, O, Q, U; no W or Z first); Australia Post state abbreviations; IANA ccTLD list.

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
const AU_STATES = 'NSW|VIC|QLD|SA|WA|TAS|ACT|NT';

/** Address shapes that name one country. Upper-case codes only: "in 12345" is not Indiana. */
export const ADDRESS_COUNTRY_PATTERNS: [string, RegExp][] = [
  // "Springfield, MA 01103" / "Austin TX 78701-1234": state code then a 5-digit ZIP.
  ['US', new RegExp(`(?<![\\p{L}\\d])(?:${US_STATES})\\.?,?\\s+\\d{5}(?:-\\d{4})?(?!\\d)`, 'gu')],
  // "Leeds LS1 4AB", "EC1A 1BB": outward code then inward code (digit + two letters).
  ['GB', /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\d])/gu],
  // "Toronto, ON M5V 2T6": province code then postal code, or the postal code shape alone.
  [
    'CA',
    new RegExp(`(?<![\\p{L}\\d])(?:(?:${CA_PROVINCES})\\.?,?\\s+)?[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d(?![\\p{L}\\d])`, 'gu'),
  ],
  // "Sydney NSW 2000": state then a 4-digit postcode.
  ['AU', new RegExp(`(?<![\\p{L}\\d])(?:${AU_STATES})\\s+\\d{4}(?!\\d)`, 'gu')],
  // "D-10115 Berlin", "F-75008 Paris": the old country-prefixed postcodes.
  ['DE', /(?<![\p{L}\d])D-\d{5}\s+\p{Lu}/gu],
  ['FR', /(?<![\p{L}\d])F-\d{5}\s+\p{Lu}/gu],
];

/**
 * A postcode after letters and a dash, before a town or closing its line: "LT-01103 Vilnius", "Rīga,
 * LV-1050", "CZ-110 00 Praha". The letters' country is checked against its postcode pattern
 * (locale/countries: prefixedPostcodeCountry); D- and F- are counted above.
 */
export const PREFIXED_POSTCODE = /(?<![\p{L}\p{N}])([A-Z]{1,3})[-–](\d{2,6}(?:[ -]\d{2,4})?)(?![\p{N}])(?:[ \t]+\p{Lu}|(?=[ \t]*(?:$|\n|[,.;])))/gmu;

/** "10115 Berlin" / "75008 Paris": a 5-digit postcode before a capitalised place name. */
export const POSTCODE_CITY = /(?<![\p{L}\d.,-])\d{5}\s+\p{Lu}\p{Ll}{2,}/gu;

/** Country names that settle which country a bare "12345 City" belongs to. */
export const COUNTRY_WORDS: [string, RegExp][] = [
  ['DE', /\b(?:Deutschland|Germany|Allemagne)\b/],
  ['FR', /\b(?:France|Frankreich)\b/],
];

/** ccTLDs sold as generic names (.io, .co, .tv, .ai...) or not a country (.eu): no signal. */
export const NOT_A_COUNTRY_TLD = new Set([
  'io',
  'co',
  'tv',
  'ai',
  'me',
  'cc',
  'ws',
  'fm',
  'am',
  'ly',
  'gg',
  'to',
  'sh',
  'ac',
  'la',
  'nu',
  'gl',
  'so',
  'ag',
  'im',
  'eu',
  'su',
  'sx',
  'vc',
  'tk',
  'ms',
  'gd',
  'bz',
]);

/** Languages spoken mainly in one country: a weak hint when the html lang has no region. */
export const LANGUAGE_COUNTRY: Record<string, string> = {
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  nl: 'NL',
  ja: 'JP',
  pl: 'PL',
  sv: 'SE',
  da: 'DK',
  fi: 'FI',
  nb: 'NO',
  cs: 'CZ',
  el: 'GR',
  hu: 'HU',
  ko: 'KR',
  he: 'IL',
  tr: 'TR',
};
