import { describe, expect, it } from 'vitest';
import { addressCountries, inferCountry, langParts, tldCountry } from '../../../src/core/locale/infer-country.js';
import { parsePage } from '../../../src/core/page/parsed-page.js';

function country(url: string, body: string, opts: { lang?: string; country?: string } = {}): string | undefined {
  const lang = opts.lang === undefined ? '' : ` lang="${opts.lang}"`;
  return inferCountry(parsePage(url, `<html${lang}><body>${body}</body></html>`, { country: opts.country }));
}

describe('tldCountry', () => {
  it('maps country-code TLDs, including second-level ones', () => {
    expect(tldCountry('https://shop.acme.co.uk/')).toBe('GB');
    expect(tldCountry('https://acme.de/kontakt')).toBe('DE');
    expect(tldCountry('https://acme.fr/')).toBe('FR');
    expect(tldCountry('https://acme.com.au/')).toBe('AU');
    expect(tldCountry('https://acme.it/')).toBe('IT');
  });
  it('takes a generic-use ccTLD under its country’s second level as the country', () => {
    expect(tldCountry('https://www.acme.com.co/contacto')).toBe('CO');
    expect(tldCountry('https://acme.com.ai/')).toBe('AI');
  });
  it('says nothing for generic TLDs and ccTLDs sold as generic names', () => {
    for (const u of ['https://acme.com/', 'https://acme.org/', 'https://acme.io/', 'https://acme.co/', 'https://acme.tv/', 'https://acme.eu/', 'not a url']) {
      expect(tldCountry(u), u).toBeUndefined();
    }
  });
});

describe('langParts', () => {
  it('splits language and region', () => {
    expect(langParts('en-GB')).toEqual(['en', 'GB']);
    expect(langParts('en_us')).toEqual(['en', 'US']);
    expect(langParts('zh-Hant-TW')).toEqual(['zh', 'TW']);
    expect(langParts('de')).toEqual(['de', undefined]);
    expect(langParts('en-UK')).toEqual(['en', 'GB']);
  });
});

describe('addressCountries', () => {
  it('recognises address shapes', () => {
    expect([...addressCountries('500 Main Street, Springfield, IL 62704')]).toEqual([['US', 1]]);
    expect([...addressCountries('12 High Street, Leeds LS1 4AB')]).toEqual([['GB', 1]]);
    expect([...addressCountries('100 King St W, Toronto, ON M5X 1A9')]).toEqual([['CA', 1]]);
    expect([...addressCountries('1 George St, Sydney NSW 2000')]).toEqual([['AU', 1]]);
    expect([...addressCountries('Hauptstraße 5, D-10115 Berlin')]).toEqual([['DE', 1]]);
  });
  it('reads postcodes written after their country’s letters, checked against its pattern', () => {
    expect(addressCountries('Gedimino pr. 9, LT-01103 Vilnius')).toEqual(new Map([['LT', 1]]));
    expect(addressCountries('Brīvības iela 40, Rīga, LV-1050')).toEqual(new Map([['LV', 1]]));
    expect(addressCountries('See ISO-9001 and CH-12345 Test')).toEqual(new Map());
  });
  it('needs the country name or the language for a bare "12345 City"', () => {
    expect([...addressCountries('Hauptstraße 5, 10115 Berlin')]).toEqual([]);
    expect([...addressCountries('Hauptstraße 5, 10115 Berlin, Deutschland')]).toEqual([['DE', 1]]);
    expect([...addressCountries('12 rue de la Paix, 75002 Paris', 'fr')]).toEqual([['FR', 1]]);
  });
  it('ignores lower-case words and plain numbers', () => {
    expect([...addressCountries('log in 12345 times, or 2000 more')]).toEqual([]);
  });
});

describe('inferCountry', () => {
  it('lets the caller override everything', () => {
    expect(country('https://acme.co.uk/', '<p>Leeds LS1 4AB</p>', { country: 'IE' })).toBe('IE');
  });
  it('reads the html lang region', () => {
    expect(country('https://acme.com/', '<p>Hello</p>', { lang: 'en-GB' })).toBe('GB');
  });
  it('reads the ccTLD', () => {
    expect(country('https://acme.co.uk/', '<p>Hello</p>')).toBe('GB');
  });
  it('takes a bare language as a weak hint', () => {
    expect(country('https://acme.com/', '<p>Willkommen</p>', { lang: 'de' })).toBe('DE');
    expect(country('https://acme.com/', '<p>Welcome</p>', { lang: 'en' })).toBeUndefined();
  });
  it('makes a plain .com page with a US state and ZIP US', () => {
    expect(country('https://acme.com/', '<p>500 Main Street, Springfield, IL 62704</p>')).toBe('US');
  });
  it('prefers an address and NANP-grouped numbers over an en-GB lang', () => {
    expect(country('https://acme.com/', '<p>Fremont CA 94538 · (510) 555-0100 · (510) 555-0101</p>', { lang: 'en-gb' })).toBe('US');
  });
  it('keeps the ccTLD over a lang region that disagrees', () => {
    expect(country('https://acme.de/', '<p>Hallo</p>', { lang: 'en-US' })).toBe('DE');
  });
  it('reads numbers written with +CC on the page', () => {
    expect(country('https://acme.com/', '<p>Call +44 20 7946 0018 or +44 161 496 0000</p>')).toBe('GB');
    expect(country('https://acme.com/', '<a href="tel:+493012345678">Anrufen</a>')).toBe('DE');
  });
  it('reads NANP grouping as US when nothing else speaks', () => {
    expect(country('https://acme.com/', '<p>Call toll free 1-800-555-0100</p>')).toBe('US');
  });
  it('returns undefined when the page says nothing', () => {
    expect(country('https://acme.com/', '<p>Welcome to Acme</p>')).toBeUndefined();
  });
});

describe('inferCountry: the site naming its country in structured data', () => {
  it('takes schema.org addressCountry, as a code, a name or a Country object', () => {
    const page = (country: string) =>
      parsePage(
        'https://acme.com/',
        `<html><head><script type="application/ld+json">{"@type":"Organization","address":{"@type":"PostalAddress","addressCountry":${country}}}</script></head><body><p>Hi</p></body></html>`,
      );
    expect(inferCountry(page('"NZ"'))).toBe('NZ');
    expect(inferCountry(page('"New Zealand"'))).toBe('NZ');
    expect(inferCountry(page('{"@type":"Country","name":"DE"}'))).toBe('DE');
    expect(inferCountry(page('"UK"'))).toBe('GB');
  });
});
