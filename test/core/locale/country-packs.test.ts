import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  COUNTRY_DATA_SOURCE,
  countryPack,
  isPostcode,
  postcodePlace,
  prefixedPostcodeCountry,
  type CountryPack,
} from '../../../src/core/locale/countries/index.js';
import { COUNTRY_BY_NAME } from '../../../src/core/locale/country-names.js';

const packs = COUNTRY_CODES.map((code) => countryPack(code)!);

describe('country packs (locale/countries)', () => {
  it('has a pack for at least 30 countries', () => {
    expect(packs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(packs.map((p) => [p.code, p] as [string, CountryPack]))('%s fills every field', (code, pack) => {
    expect(pack.code).toBe(code);
    expect(pack.format).toContain('%A');
    expect(['before-town', 'after-town', 'below-town', 'above-town', 'none']).toContain(pack.postcodePlace);
    expect(pack.languages.length).toBeGreaterThan(0);
    expect(pack.phone.callingCode).toMatch(/^\d{1,3}$/);
    expect(pack.phone.trunkPrefix).toMatch(/^\d{0,2}$/);
    expect(typeof pack.streetWords).toBe('object');
    if (pack.postcode) {
      expect(pack.postcode.pattern.length).toBeGreaterThan(0);
      expect(pack.postcode.prefix).toMatch(/^(?:[A-Z]{1,3}[- ]?)?$/);
      expect(pack.postcode.examples.length).toBeGreaterThan(0);
      expect(pack.postcodePlace).not.toBe('none');
    } else {
      expect(pack.postcodePlace).toBe('none');
    }
  });

  it.each(packs.filter((p) => p.postcode).map((p) => [p.code, p] as [string, CountryPack]))('%s: the postcode pattern matches its own examples', (_, pack) => {
    for (const example of pack.postcode!.examples) expect(isPostcode(pack, example), example).toBe(true);
  });

  it('reads where the postcode stands from the format line', () => {
    expect(postcodePlace('%A%n%Z %C')).toBe('before-town');
    expect(postcodePlace('%A%n%C, %S %Z')).toBe('after-town');
    expect(postcodePlace('%A%n%C%n%Z')).toBe('below-town');
    expect(postcodePlace('%A%n%Z%n%C')).toBe('above-town');
    expect(postcodePlace('%A, %S%n%Z')).toBe('below-town');
    expect(postcodePlace('%A%n%S')).toBe('none');
    expect(countryPack('DE')!.postcodePlace).toBe('before-town');
    expect(countryPack('SA')!.postcodePlace).toBe('after-town');
    expect(countryPack('LT')!.postcode!.prefix).toBe('LT-');
    expect(countryPack('QA')!.postcode).toBeNull();
  });

  it('keeps each country’s phone conventions from libphonenumber', () => {
    expect(countryPack('FR')!.phone).toEqual({ callingCode: '33', trunkPrefix: '0' });
    expect(countryPack('HU')!.phone).toEqual({ callingCode: '36', trunkPrefix: '06' });
    expect(countryPack('IT')!.phone).toEqual({ callingCode: '39', trunkPrefix: '' });
  });

  it('gives every country that country-names.ts names a pack', () => {
    for (const code of new Set(Object.values(COUNTRY_BY_NAME))) expect(countryPack(code), code).toBeDefined();
  });

  it('says where its data comes from and under which licence', () => {
    expect(COUNTRY_DATA_SOURCE.license).toBe('Apache-2.0');
    expect(COUNTRY_DATA_SOURCE.name).toMatch(/libaddressinput/);
  });

  it('reads a postcode after letters and a dash as the letters’ country when its pattern fits', () => {
    expect(prefixedPostcodeCountry('LT', '01103')).toBe('LT');
    expect(prefixedPostcodeCountry('LV', '1050')).toBe('LV');
    expect(prefixedPostcodeCountry('D', '80637')).toBe('DE');
    expect(prefixedPostcodeCountry('CH', '12345')).toBeUndefined();
    expect(prefixedPostcodeCountry('ISO', '9001')).toBeUndefined();
  });
});
