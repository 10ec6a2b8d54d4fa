import { TOWN, type CountryPattern } from './pattern.js';

/**
 * Postcode and town open their line or follow a comma ("…Straße 1, 1060 Wien"), and the town ends
 * its line or is followed by punctuation: "Loop 1604 East Suite 150" and "2014 The acquisition…" are not.
 */
const LINE_START = '(?<=(?:^|\\n|,)[ \\t]*)';
const TOWN_ENDS = '(?=[ \\t]*(?:$|\\n|[,.;:)(]))';

/**
 * Four-digit postcodes before the town: Austria, Switzerland, Belgium, Denmark, Norway,
 * Luxembourg, Hungary, Slovenia ("Mariahilfer Straße 1, 1060 Wien", "Bahnhofstrasse 1, CH-8001
 * Zürich"), with the country letter some write before it. Source: the `fmt` "%Z %C" and `zip`
 * patterns of these countries in Google's libaddressinput data (../shared/data/address-formats.json).
 * A street line before it is still required (assemble.ts), so a year before a town is no address.
 */
export const ZIP4: CountryPattern = {
  id: 'ZIP4',
  needsStreetWord: true,
  tail: new RegExp(`${LINE_START}(?:(?:CH|A|B|DK|N|L|H|SI|FL)-)?(?<postcode>[1-9]\\d{3})[ \\t]+(?<locality>(?=\\p{L}{2})${TOWN})${TOWN_ENDS}`, 'gmu'),
  quick: /\d{4}/,
  town: 'inside',
  maxTownLines: 0,
};

/**
 * Brazil's CEP after the town and state: "São Paulo - SP, 01310-200", "Rio de Janeiro/RJ CEP
 * 20040-020" (libaddressinput BR: "%C-%S%n%Z", zip \d{5}-?\d{3}).
 */
export const BR: CountryPattern = {
  id: 'BR',
  tail: new RegExp(
    `(?<![\\p{L}\\p{N}])(?<locality>${TOWN})[ \\t]*(?:[-–/][ \\t]*(?<region>[A-Z]{2})(?![\\p{L}]))?[ \\t]*,?[ \\t]*(?:CEP:?[ \\t]*)?(?<postcode>\\d{5}-\\d{3})(?![\\p{N}])`,
    'gu',
  ),
  quick: /\d{5}-\d{3}/,
  town: 'inside',
  maxTownLines: 0,
};

/** Ireland's Eircode after the town: "Dublin 4, D04 A1B2" (libaddressinput IE: zip [\dA-Z]{3} ?[\dA-Z]{4}; routing keys start with a letter). */
export const IE: CountryPattern = {
  id: 'IE',
  strongPostcode: true,
  tail: new RegExp(
    `(?<![\\p{L}\\p{N}])(?<locality>${TOWN}(?:[ \\t]+\\d{1,2}[Ww]?)?)[ \\t]*,?[ \\t]*(?:Co\\.?[ \\t]+${TOWN}[ \\t]*,?[ \\t]*)?(?<postcode>[AC-FHKNPRTV-Y]\\d{2}[ \\t]?[0-9AC-FHKNPRTV-Y]{4})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  quick: /[A-Z]\d{2} ?[0-9A-Z]{4}/,
  town: 'inside',
  maxTownLines: 0,
};
