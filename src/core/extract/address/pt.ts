import { TOWN, type CountryPattern } from './pattern.js';

/** Portuguese tails: "4745-330 Trofa", "1000-001 Lisboa" (four digits, dash, three). Source: CTT Correios. */
export const PT: CountryPattern = {
  id: 'PT',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?<postcode>\\d{4}-\\d{3})[ \\t]+(?<locality>${TOWN})`, 'gu'),
  // Any tail holds the postcode.
  quick: /\d{4}-\d{3}/,
  town: 'inside',
  maxTownLines: 0,
};
