import type { CountryPattern } from './pattern.js';

/** States and territories with their four-digit postcode. Source: Australia Post addressing guide. */
const STATE = 'NSW|VIC|QLD|SA|WA|TAS|NT|ACT|New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory';

/** "Chatswood NSW 2067", "Perth WA6000", "West Chatswood\nNSW 1515". */
export const AU: CountryPattern = {
  id: 'AU',
  tail: new RegExp(`(?<![\\p{L}\\p{N}])(?<region>${STATE}),?\\s*(?<postcode>\\d{4})(?![\\p{N}])`, 'gu'),
  // Any tail holds the postcode's four digits.
  quick: /\d{4}/,
  town: 'before',
  maxTownLines: 1,
};
