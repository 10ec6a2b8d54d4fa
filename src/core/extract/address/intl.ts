import { COUNTRY_ALT } from '../../locale/country-names.js';
import { TOWN, type CountryPattern } from './pattern.js';

/**
 * Addresses with no postcode the country files know, closed by a town line and a country line:
 * "P.O. Box 71447\nSharjah\nUnited Arab Emirates", "Leipzig 04356\nGermany" (a postcode after
 * the town, as foreign offices are often written). Many Gulf, African and Asian offices are so.
 * The country name must stand alone on its line (or after a comma), and the street lines before
 * it are still required, so "Made in Germany" is no address.
 */
export const INTL: CountryPattern = {
  id: 'ZZ',
  tail: new RegExp(
    `(?<![\\p{L}\\p{N}])(?<locality>${TOWN})(?:[ \\t]+(?<postcode>\\d{3,6}(?:[ -]\\d{2,4})?))?(?:[ \\t]*,[ \\t]*\\n?|[ \\t]*\\n[ \\t]*|[ \\t]+)(?<country>${COUNTRY_ALT})\\.?(?=[ \\t]*(?:\\n|$|[,.]))`,
    'gu',
  ),
  // The country name must be there somewhere.
  quick: new RegExp(COUNTRY_ALT, 'u'),
  town: 'inside',
  maxTownLines: 0,
};
