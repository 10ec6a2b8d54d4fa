import { TOWN, type CountryPattern } from './pattern.js';

/**
 * German (and Austrian/Swiss-style) tails: postcode then town, "10115 Berlin", "D-80637 München".
 * Five digits cover DE; the street before it ("Musterstraße 12") is what makes it an address.
 */
export const DE: CountryPattern = {
  id: 'DE',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?:D-)?(?<postcode>\\d{5})[ \\t]+(?<locality>${TOWN})`, 'gu'),
  quick: /\d{5}/,
  town: 'inside',
  maxTownLines: 0,
};
