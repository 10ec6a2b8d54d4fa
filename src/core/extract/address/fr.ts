import { TOWN, type CountryPattern } from './pattern.js';

/**
 * French tails: postcode then town, with CEDEX (business mail) and its office number kept,
 * "75002 Paris", "92974 Paris La Défense Cedex". Source: La Poste / AFNOR NF Z10-011.
 */
export const FR: CountryPattern = {
  id: 'FR',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?:F-)?(?<postcode>\\d{5})[ \\t]+(?<locality>${TOWN}(?:(?<=CEDEX|Cedex|cedex)[ \\t]+\\d{1,2}(?!\\d))?)`, 'gu'),
  quick: /\d{5}/,
  town: 'inside',
  maxTownLines: 0,
};
