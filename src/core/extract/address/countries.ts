/**
 * Country names as they close addresses on vendor sites, English first, then a few local forms,
 * each with its ISO 3166 code (phones under an address are read with its country:
 * extract/phone-address-country.ts). Longest first in the regex so "United States of America" wins
 * over "United States".
 * Source: ISO 3166 short names, trimmed to countries whose offices vendors list.
 */
export const COUNTRY_BY_NAME: Readonly<Record<string, string>> = {
  USA: 'US', 'U.S.A.': 'US', 'U.S.A': 'US', US: 'US', 'U.S.': 'US', 'United States': 'US', 'United States of America': 'US',
  Canada: 'CA', 'United Kingdom': 'GB', UK: 'GB', 'U.K.': 'GB', 'Great Britain': 'GB', England: 'GB', Scotland: 'GB',
  Wales: 'GB', 'Northern Ireland': 'GB', Ireland: 'IE', Germany: 'DE', Deutschland: 'DE', France: 'FR', India: 'IN',
  Australia: 'AU', 'New Zealand': 'NZ', Italy: 'IT', Italia: 'IT', Spain: 'ES', España: 'ES', Portugal: 'PT',
  Netherlands: 'NL', 'The Netherlands': 'NL', Nederland: 'NL', Belgium: 'BE', Belgique: 'BE', Switzerland: 'CH',
  Schweiz: 'CH', Suisse: 'CH', Austria: 'AT', Österreich: 'AT', Sweden: 'SE', Sverige: 'SE', Norway: 'NO', Denmark: 'DK',
  Finland: 'FI', Poland: 'PL', 'Czech Republic': 'CZ', Hungary: 'HU', Romania: 'RO', Greece: 'GR', Turkey: 'TR',
  Russia: 'RU', 'Russian Federation': 'RU', Israel: 'IL', 'United Arab Emirates': 'AE', UAE: 'AE', 'Saudi Arabia': 'SA',
  Qatar: 'QA', Kuwait: 'KW', Bahrain: 'BH', Oman: 'OM', 'Sultanate of Oman': 'OM', Egypt: 'EG', 'South Africa': 'ZA',
  Nigeria: 'NG', Kenya: 'KE', Morocco: 'MA', China: 'CN', 'P.R. China': 'CN', "People's Republic of China": 'CN',
  'Hong Kong': 'HK', Taiwan: 'TW', Japan: 'JP', 'South Korea': 'KR', Korea: 'KR', Singapore: 'SG', Malaysia: 'MY',
  Indonesia: 'ID', Thailand: 'TH', Vietnam: 'VN', Philippines: 'PH', 'Sri Lanka': 'LK', Srilanka: 'LK', Pakistan: 'PK',
  Bangladesh: 'BD', Mexico: 'MX', México: 'MX', Brazil: 'BR', Brasil: 'BR', Argentina: 'AR', Chile: 'CL', Colombia: 'CO',
  Peru: 'PE',
};

const NAMES = Object.keys(COUNTRY_BY_NAME);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const COUNTRY_ALT = [...NAMES].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A country name at the start of the text, as a whole word. */
export const COUNTRY = new RegExp(`^(?:${COUNTRY_ALT})(?![\\p{L}])`, 'u');
