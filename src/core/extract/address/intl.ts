import { COUNTRY_ALT } from './countries.js';
import { TOWN, type CountryPattern } from './pattern.js';

/**
 * Addresses with no postcode the country files know, closed by a town line and a country line:
 * "P.O. Box 71447\nSharjah\nUnited Arab Emirates". Many Gulf, African and Asian offices are
 * written so. The country name must stand alone on its line (or after a comma), and the street
 * lines before it are still required, so "Made in Germany" is no address.
 */
export const INTL: CountryPattern = {
  id: 'ZZ',
  tail: new RegExp(
    `(?<![\\p{L}\\p{N}])(?<locality>${TOWN})[ \\t]*(?:,[ \\t]*\\n?|\\n)[ \\t]*(?<country>${COUNTRY_ALT})\\.?(?=[ \\t]*(?:\\n|$|[,.]))`,
    'gu',
  ),
  town: 'inside',
  maxTownLines: 0,
};
