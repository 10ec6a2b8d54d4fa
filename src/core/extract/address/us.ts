import type { CountryPattern } from './pattern.js';

/** USPS state and territory codes. Source: USPS Publication 28, appendix B. */
const CODES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(
    ' ',
  );
const NAMES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'District of Columbia',
  'Puerto Rico',
];
// Codes in capitals ("IL"), or title case with a dot as some sites write them ("Az.").
const CODE = CODES.map((c) => `${c}|${c[0]}${c[1]!.toLowerCase()}\\.`).join('|');

/** "Springfield, IL 62704", "Portland OR 97201-1234", "Fort Myers Florida 33908", "Greenwood Village CO80111". */
export const US: CountryPattern = {
  id: 'US',
  tail: new RegExp(`(?<![\\p{L}\\p{N}])(?<region>${CODE}|${NAMES.join('|')})\\.?,?\\s*(?<postcode>\\d{5}(?:-\\d{4})?)(?![\\p{N}-])`, 'gu'),
  quick: /\d{5}/,
  town: 'before',
  maxTownLines: 1,
};

/** Codes that are also English words ("Press OK", "Contact ME"): not trusted without a ZIP. */
const WORDLIKE = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'AS', 'DE', 'PA', 'MA', 'LA', 'AL', 'CO', 'ID', 'MD', 'GU', 'VI', 'MP', 'PR', 'DC']);

/**
 * "Fenton MO" closing a line under a street, with no ZIP: small businesses write it so. Only
 * non-word codes, and the street line is still required (assemble.ts).
 */
export const US_NO_ZIP: CountryPattern = {
  id: 'US',
  tail: new RegExp(`(?<![\\p{L}\\p{N}])(?<region>${CODES.filter((c) => !WORDLIKE.has(c)).join('|')})\\.?(?=[ \\t]*(?:\\n|$))`, 'gu'),
  // Any tail holds a two-capital state code.
  quick: /[A-Z]{2}/,
  town: 'before',
  maxTownLines: 1,
};
