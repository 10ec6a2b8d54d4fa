import { describe, expect, it } from 'vitest';
import { addressCountryAbove, countryEnding } from '../../../../src/core/extract/phone/address-country.js';
import { phoneExtractor } from '../../../../src/core/extract/phone/phone.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

// Invented offices and numbers: a rule for office lists that write each number for callers abroad.
function phones(body: string, country = 'IN'): string[] {
  const page = parsePage('https://maker.example/offices', `<html><body>${body}</body></html>`, { country });
  return phoneExtractor
    .extract(page)
    .filter((f) => f.kind === 'phone')
    .map((f) => f.value)
    .sort();
}

describe('countryEnding', () => {
  it('reads the country an address line ends with, in any case, with trailing punctuation', () => {
    expect(countryEnding('Leipzig 04000 Germany')).toBe('DE');
    expect(countryEnding('Pune, INDIA.')).toBe('IN');
    expect(countryEnding('United Arab Emirates')).toBe('AE');
    expect(countryEnding('Abu Dhabi, UAE')).toBe('AE');
  });

  it('takes no country from "us", a lower-case abbreviation, or a line of prose', () => {
    expect(countryEnding('Contact US')).toBeUndefined();
    expect(countryEnding('Write to us')).toBeUndefined();
    expect(countryEnding('Offices in the uk')).toBeUndefined();
    expect(countryEnding('We ship to customers in Germany')).toBeUndefined();
    expect(countryEnding('12 rue de la Paix, 75002 Paris, France')).toBe('FR');
    expect(countryEnding('We ship quickly to customers in every country of Europe, including Germany')).toBeUndefined();
  });

  it('looks a few lines up, nearest first', () => {
    expect(addressCountryAbove(['Unit 4', 'Dubai', 'United Arab Emirates'])).toBe('AE');
    expect(addressCountryAbove(['Japan', 'Unit 4', 'Sharjah', 'UAE'])).toBe('AE');
    expect(addressCountryAbove(['Japan', '1', '2', '3', '4', '5', '6'])).toBeUndefined();
  });
});

describe('phoneExtractor: numbers under an office address abroad', () => {
  it('reads a country code written without "+" as that country\'s code', () => {
    expect(phones('<td>Unit 4, Harbour Road<br>Dubai<br>United Arab Emirates<br>Tel: 971 4 555 0123</td>')).toEqual(['+97145550123']);
    expect(phones('<td>Mill Lane<br>Maldon CM9 0ZZ<br>United Kingdom<br>Tel: 44 (0) 20 7946 0018</td>', 'US')).toEqual(['+442079460018']);
  });

  it("reads a national number with the office's country, also when written without its trunk prefix", () => {
    expect(phones('<td>Hafenstrasse 1<br>80000 München<br>Germany<br>Tel: 89 5550 1234</td>')).toEqual(['+498955501234']);
    expect(phones('<td>Jalan Contoh 5<br>40000 Shah Alam<br>Malaysia<br>Tel: 03-5550 1234</td>')).toEqual(['+60355501234']);
  });

  it("keeps the home reading of a number written the home country's way", () => {
    expect(phones('<p>Precision parts, made in Germany<br>Tel: (212) 555-0123</p>', 'US')).toEqual(['+12125550123']);
  });

  it('does not drop a trunk prefix without an address country and a phone label', () => {
    // Under a German address but unlabelled: an 8-digit run there may as well be an order number.
    expect(phones('<td>Hafenstrasse 1<br>80000 München<br>Germany<br>Order 89 5550 1234</td>')).toEqual([]);
    // Labelled, but no address names a country: read with the page's own country.
    expect(phones('<p>Tel: 971 4 555 0123</p>', 'US')).not.toContain('+97145550123');
  });

  it('does not take "Contact US" for the United States', () => {
    expect(phones('<p>CONTACT US<br>Tel: 020 7946 0018</p>', 'GB')).toEqual(['+442079460018']);
  });
});

describe('phoneExtractor: the address above, across blocks', () => {
  it("reads the country from address lines in the blocks above the number's own", () => {
    expect(phones('<p>Unit 4, Harbour Road</p><p>Dubai</p><p>United Arab Emirates</p><p>Tel: 971 4 555 0123</p>')).toEqual(['+97145550123']);
  });
});
