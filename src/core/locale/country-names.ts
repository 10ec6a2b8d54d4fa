/**
 * Country names as they close addresses on vendor sites, English first, then a few local forms,
 * each with its ISO 3166 code (phones under an address are read with its country:
 * extract/phone/address-country.ts). Longest first in the regex so "United States of America" wins
 * over "United States".
 * Source: ISO 3166 short names, trimmed to countries whose offices vendors list, and the names the
 * countries give themselves (UPU addressing sheets). Left out: names that are also people's or US
 * states' and towns' names (Georgia, Jordan, Chad, Lebanon), read as a country above a phone number.
 */
export const COUNTRY_BY_NAME: Readonly<Record<string, string>> = {
  USA: 'US',
  'U.S.A.': 'US',
  'U.S.A': 'US',
  US: 'US',
  'U.S.': 'US',
  'United States': 'US',
  'United States of America': 'US',
  Canada: 'CA',
  'United Kingdom': 'GB',
  UK: 'GB',
  'U.K.': 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Ireland: 'IE',
  Germany: 'DE',
  Deutschland: 'DE',
  France: 'FR',
  India: 'IN',
  Australia: 'AU',
  'New Zealand': 'NZ',
  Italy: 'IT',
  Italia: 'IT',
  Spain: 'ES',
  España: 'ES',
  Portugal: 'PT',
  Netherlands: 'NL',
  'The Netherlands': 'NL',
  Nederland: 'NL',
  Belgium: 'BE',
  Belgique: 'BE',
  Switzerland: 'CH',
  Schweiz: 'CH',
  Suisse: 'CH',
  Austria: 'AT',
  Österreich: 'AT',
  Sweden: 'SE',
  Sverige: 'SE',
  Norway: 'NO',
  Denmark: 'DK',
  Finland: 'FI',
  Poland: 'PL',
  'Czech Republic': 'CZ',
  Hungary: 'HU',
  Romania: 'RO',
  Greece: 'GR',
  Turkey: 'TR',
  Russia: 'RU',
  'Russian Federation': 'RU',
  Israel: 'IL',
  'United Arab Emirates': 'AE',
  UAE: 'AE',
  'Saudi Arabia': 'SA',
  Qatar: 'QA',
  Kuwait: 'KW',
  Bahrain: 'BH',
  Oman: 'OM',
  'Sultanate of Oman': 'OM',
  Egypt: 'EG',
  'South Africa': 'ZA',
  Nigeria: 'NG',
  Kenya: 'KE',
  Morocco: 'MA',
  China: 'CN',
  'P.R. China': 'CN',
  "People's Republic of China": 'CN',
  'Hong Kong': 'HK',
  Taiwan: 'TW',
  Japan: 'JP',
  'South Korea': 'KR',
  Korea: 'KR',
  Singapore: 'SG',
  Malaysia: 'MY',
  Indonesia: 'ID',
  Thailand: 'TH',
  Vietnam: 'VN',
  Philippines: 'PH',
  'Sri Lanka': 'LK',
  Srilanka: 'LK',
  Pakistan: 'PK',
  Bangladesh: 'BD',
  Mexico: 'MX',
  México: 'MX',
  Brazil: 'BR',
  Brasil: 'BR',
  Argentina: 'AR',
  Chile: 'CL',
  Colombia: 'CO',
  Peru: 'PE',
  // Added with the country packs (locale/countries): a country name closing a block says whose postcode to read.
  Lithuania: 'LT',
  Lietuva: 'LT',
  Latvia: 'LV',
  Latvija: 'LV',
  Estonia: 'EE',
  Eesti: 'EE',
  Czechia: 'CZ',
  'Česká republika': 'CZ',
  Slovakia: 'SK',
  Slovensko: 'SK',
  Slovenia: 'SI',
  Slovenija: 'SI',
  Croatia: 'HR',
  Hrvatska: 'HR',
  Serbia: 'RS',
  Bulgaria: 'BG',
  България: 'BG',
  Ukraine: 'UA',
  Україна: 'UA',
  Belarus: 'BY',
  Kazakhstan: 'KZ',
  Россия: 'RU',
  Luxembourg: 'LU',
  Iceland: 'IS',
  Cyprus: 'CY',
  Malta: 'MT',
  Polska: 'PL',
  Magyarország: 'HU',
  Suomi: 'FI',
  Danmark: 'DK',
  Norge: 'NO',
  România: 'RO',
  Türkiye: 'TR',
  Ελλάδα: 'GR',
  Hellas: 'GR',
  Uruguay: 'UY',
  Paraguay: 'PY',
  Ecuador: 'EC',
  Venezuela: 'VE',
  'Costa Rica': 'CR',
  Guatemala: 'GT',
  'Dominican Republic': 'DO',
  'Việt Nam': 'VN',
  'Viet Nam': 'VN',
  Macau: 'MO',
  Macao: 'MO',
  Brunei: 'BN',
  Cambodia: 'KH',
  Myanmar: 'MM',
  Nepal: 'NP',
  Iraq: 'IQ',
  Algeria: 'DZ',
  Tunisia: 'TN',
  Ghana: 'GH',
  Ethiopia: 'ET',
  Tanzania: 'TZ',
  Uganda: 'UG',
  KSA: 'SA',
  'Kingdom of Saudi Arabia': 'SA',
  'المملكة العربية السعودية': 'SA',
  السعودية: 'SA',
  'الإمارات العربية المتحدة': 'AE',
  قطر: 'QA',
  البحرين: 'BH',
  الكويت: 'KW',
  مصر: 'EG',
  ישראל: 'IL',
};

const NAMES = Object.keys(COUNTRY_BY_NAME);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const COUNTRY_ALT = [...NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** A country name at the start of the text, as a whole word. */
export const COUNTRY = new RegExp(`^(?:${COUNTRY_ALT})(?![\\p{L}])`, 'u');

/** Every country name in a text, as whole words (an address's last line, a section heading). */
const NAME_G = new RegExp(`(?<![\\p{L}])(?:${COUNTRY_ALT})(?![\\p{L}])`, 'gu');
const BY_LOWER = new Map(Object.entries(COUNTRY_BY_NAME).map(([name, code]) => [name.toLowerCase(), code]));

/** First words of the names, for a cheap test before the long alternation (most blocks name no country). */
const FIRST_WORDS = new Set(NAMES.map((n) => n.split(' ')[0]!));
const CAPITALISED = /\p{Lu}[\p{L}.'’]*/gu;
const CASELESS = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

function mayName(text: string): boolean {
  if (CASELESS.test(text)) return true;
  for (const m of text.matchAll(CAPITALISED)) if (FIRST_WORDS.has(m[0]) || FIRST_WORDS.has(m[0].replace(/[.,]+$/, ''))) return true;
  return false;
}

/** The ISO codes of the countries a text names, in order, each once. */
export function countriesNamed(text: string): string[] {
  const out: string[] = [];
  if (!mayName(text)) return out;
  NAME_G.lastIndex = 0;
  for (const m of text.matchAll(NAME_G)) {
    const code = COUNTRY_BY_NAME[m[0]] ?? BY_LOWER.get(m[0].replace(/\s+/g, ' ').toLowerCase());
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}
