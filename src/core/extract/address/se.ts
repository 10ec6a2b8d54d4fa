import { TOWN, type CountryPattern } from './pattern.js';

/** Swedish tails: "113 29 Stockholm", "SE-164 51 Kista" (three digits, space, two). Source: PostNord. */
export const SE: CountryPattern = {
  id: 'SE',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?:SE-)?(?<postcode>\\d{3} \\d{2})[ \\t]+(?<locality>${TOWN})`, 'gu'),
  // Any tail holds the postcode.
  quick: /\d{3} \d{2}/,
  town: 'inside',
  maxTownLines: 0,
};
