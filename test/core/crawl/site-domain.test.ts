import { describe, expect, it } from 'vitest';
import { siteDomainOf, siteDomainOption } from '../../../src/core/crawl/site-domain.js';

describe('siteDomainOf: the registrable domain by the Public Suffix List', () => {
  it('takes the public suffix into account, private suffixes included', () => {
    expect(siteDomainOf('https://www.shop.vendor.co.uk/contact')).toBe('vendor.co.uk');
    expect(siteDomainOf('https://support.vendor.com/')).toBe('vendor.com');
    // A shop on a platform is its own site, not the platform's.
    expect(siteDomainOf('https://acme.myshopify.com/')).toBe('acme.myshopify.com');
  });

  it('has none for addresses and single names, and for what is not a URL', () => {
    expect(siteDomainOf('http://127.0.0.1:8080/')).toBeUndefined();
    expect(siteDomainOf('http://localhost/')).toBeUndefined();
    expect(siteDomainOf('not a url')).toBeUndefined();
    expect(siteDomainOption('http://127.0.0.1/')).toEqual({});
  });
});
