import { FR_ADDRESS } from '../../locale/packs/address/fr.js';
import { TOWN, type CountryPattern } from './pattern.js';

/** Words after the town before an office number ("Paris Cedex 08"), in capitals, lower case or capitalised. */
const SUFFIX = (FR_ADDRESS.townSuffixes ?? '')
  .split('|')
  .filter(Boolean)
  .flatMap((w) => [w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`, w])
  .join('|');

/**
 * French tails: postcode then town, with CEDEX (business mail) and its office number kept,
 * "75002 Paris", "92974 Paris La Défense Cedex". Source: La Poste / AFNOR NF Z10-011.
 */
export const FR: CountryPattern = {
  id: 'FR',
  tail: new RegExp(`(?<![\\p{L}\\p{N}.,:/+-])(?:F-)?(?<postcode>\\d{5})[ \\t]+(?<locality>${TOWN}(?:(?<=${SUFFIX})[ \\t]+\\d{1,2}(?!\\d))?)`, 'gu'),
  quick: /\d{5}/,
  town: 'inside',
  maxTownLines: 0,
};
