import { TOWN, type CountryPattern } from './pattern.js';

/** Dutch tails: "1082 MD Amsterdam" (four digits, two capitals, then the town). Source: PostNL. */
export const NL: CountryPattern = {
  id: 'NL',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?<postcode>[1-9]\\d{3} ?[A-Z]{2})[ \\t]+(?<locality>${TOWN})`, 'gu'),
  // Any tail holds the postcode.
  quick: /\d{4} ?[A-Z]{2}/,
  town: 'inside',
  maxTownLines: 0,
};
