import type { CountryPattern } from './pattern.js';

/** Canada Post province codes and names. Source: Canada Post addressing guidelines. */
const PROVINCE =
  'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon';
/** First letters Canada Post uses (no D, F, I, O, Q, U, W, Z), so "A1A 1A1" shapes from other text are rarer. */
const POSTCODE = '[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d';

/** "Ottawa, ON K1A 0B1", "Burlington Ontario L7P 1Y7", "North Vancouver V7P 1B3 BC". */
export const CA: CountryPattern = {
  id: 'CA',
  strongPostcode: true,
  tail: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:\\(?(?<region>${PROVINCE})\\)?\\.?,?\\s*)?(?<postcode>${POSTCODE})(?![\\p{L}\\p{N}])(?:[ \\t,]*(?<region2>${PROVINCE})(?![\\p{L}])\\.?)?`,
    'gu',
  ),
  // Any tail holds the postcode's letter-digit-letter start.
  quick: /[A-Z]\d[A-Z]/,
  town: 'before',
  maxTownLines: 1,
};
