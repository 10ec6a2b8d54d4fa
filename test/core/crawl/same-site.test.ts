import { describe, expect, it } from 'vitest';
import { isSameSite, onOrigin, pageKey, siteOrigins } from '../../../src/core/crawl/same-site.js';

describe('same site', () => {
  it('counts the www twin and http↔https as the same site', () => {
    expect(isSameSite('http://www.example.com/a', 'https://example.com')).toBe(true);
    expect(isSameSite('https://example.com/a', 'https://www.example.com/')).toBe(true);
  });

  it('does not count other hosts, subdomains, ports or schemes', () => {
    expect(isSameSite('https://shop.example.com/', 'https://example.com')).toBe(false);
    expect(isSameSite('https://example.org/', 'https://example.com')).toBe(false);
    expect(isSameSite('https://evil-example.com/', 'https://example.com')).toBe(false);
    expect(isSameSite('http://127.0.0.1:81/', 'http://127.0.0.1:80/')).toBe(false);
    expect(isSameSite('ftp://example.com/', 'https://example.com')).toBe(false);
  });

  it('lists the allowed origins for the fetcher', () => {
    expect(siteOrigins('https://www.example.com/x').sort()).toEqual(
      ['http://example.com', 'http://www.example.com', 'https://example.com', 'https://www.example.com'].sort(),
    );
    expect(siteOrigins('http://127.0.0.1:4000/').sort()).toEqual(['http://127.0.0.1:4000', 'https://127.0.0.1:4000']);
  });

  it('gives twins one page key and different pages different keys', () => {
    expect(pageKey('http://www.example.com/a?x=1')).toBe(pageKey('https://example.com/a?x=1'));
    expect(pageKey('https://example.com/a/')).toBe(pageKey('https://example.com/a'));
    expect(pageKey('https://example.com/a')).not.toBe(pageKey('https://example.com/b'));
  });

  it('moves a URL onto an origin', () => {
    expect(onOrigin('http://www.example.com/a?b=1', 'https://example.com')).toBe('https://example.com/a?b=1');
  });
});
