import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { vendorHostRule } from '../../../src/core/crawl/vendor-hosts.js';
import { fakeHosts, html } from './fake-fetcher.js';

describe('vendorHostRule', () => {
  const rule = vendorHostRule('www.acme.co.uk', 'acme.co.uk');
  const of = (url: string) => rule(new URL(url));

  it("takes the registrable domain's other hosts and the vendor's help-desk account", () => {
    expect(of('https://support.acme.co.uk/contact')).toEqual({ host: 'support.acme.co.uk', why: 'subdomain' });
    expect(of('https://kundenservice.eu.acme.co.uk/')).toMatchObject({ why: 'subdomain' });
    expect(of('https://acme.zendesk.com/hc/en-us')).toEqual({ host: 'acme.zendesk.com', why: 'help-desk' });
    expect(of('https://acme-support.freshdesk.com/')).toMatchObject({ why: 'help-desk' });
  });

  it('leaves the site itself, other sites, other accounts and the platforms own hosts alone', () => {
    expect(of('https://www.acme.co.uk/')).toBeUndefined();
    expect(of('https://acme.co.uk/')).toBeUndefined();
    expect(of('https://co.uk/')).toBeUndefined();
    expect(of('https://notacme.co.uk/')).toBeUndefined();
    expect(of('https://othershop.zendesk.com/')).toBeUndefined();
    expect(of('https://www.zendesk.com/')).toBeUndefined();
    expect(of('mailto:help@acme.co.uk')).toBeUndefined();
  });

  it('honours the domain only when it is the site’s (the start page may have moved to another domain)', () => {
    const moved = vendorHostRule('shop.example', 'acme.co.uk');
    expect(moved(new URL('https://support.acme.co.uk/'))).toBeUndefined();
  });

  it('without a domain (IP addresses, localhost) recognises help-desk accounts only', () => {
    const local = vendorHostRule('acme.test', undefined);
    expect(local(new URL('https://help.acme.test/'))).toBeUndefined();
    expect(local(new URL('https://acme.zendesk.com/'))).toMatchObject({ why: 'help-desk' });
  });
});

describe('crawlSite: the vendor’s other hosts', () => {
  const O = 'https://www.vendor.example';
  const H = 'https://help.vendor.example';
  const sites = {
    [O]: {
      '/': html([
        ['/products', 'Products'],
        [`${H}/`, 'Help centre', 'footer'],
        ['https://elsewhere.example/', 'Partner'],
      ]),
      '/products': html([]),
    },
    [H]: {
      '/': html([['/contact', 'Contact support']]),
      '/contact': '<html><body><main><p>Call support on +1 (202) 555-0143</p></main></body></html>',
      '/robots.txt': 'User-agent: *\nDisallow: /private\n',
    },
  };
  const opts = (o: Partial<CrawlOptions>): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, siteDomain: 'vendor.example', ...o });

  it('reads a help centre on a subdomain, with its own robots.txt, and records the path to it', async () => {
    const hosts = fakeHosts(sites);
    const r = await crawlSite(`${O}/`, opts({ vendorHosts: 'read' }), hosts.fetcher);
    const contact = r.pages.find((p) => p.url === `${H}/contact`);
    expect(contact).toMatchObject({ depth: 2, pathText: ['Help centre', 'Contact support'] });
    expect(contact?.analysis.findings.some((f) => f.kind === 'phone')).toBe(true);
    expect(hosts.requests).toContain(`${H}/robots.txt`);
    expect(hosts.requests.some((u) => u.includes('elsewhere.example'))).toBe(false);
    expect(r.vendorHosts).toEqual([
      { host: 'help.vendor.example', why: 'subdomain', read: true, url: `${H}/`, path: [`${O}/`, `${H}/`], pathText: ['Help centre'] },
    ]);
  });

  it('lists it as not read, with the path to it, when the caller cannot read another host (the extension)', async () => {
    const hosts = fakeHosts(sites);
    const r = await crawlSite(`${O}/`, opts({ vendorHosts: 'list' }), hosts.fetcher);
    expect(hosts.requests.some((u) => u.startsWith(H))).toBe(false);
    expect(r.vendorHosts).toEqual([expect.objectContaining({ host: 'help.vendor.example', read: false, pathText: ['Help centre'] })]);
    expect(r.skipped.find((s) => s.url.startsWith(H))?.reason).toMatch(/not read/);
  });

  it('reads, in the extension too, a host the shopper allowed (readableHosts), and still lists the others', async () => {
    const hosts = fakeHosts(sites);
    const r = await crawlSite(`${O}/`, opts({ vendorHosts: 'list', readableHosts: ['help.vendor.example'] }), hosts.fetcher);
    expect(r.pages.some((p) => p.url === `${H}/contact`)).toBe(true);
    expect(r.vendorHosts?.[0]?.read).toBe(true);
    const other = await crawlSite(`${O}/`, opts({ vendorHosts: 'list', readableHosts: ['kundenservice.vendor.example'] }), fakeHosts(sites).fetcher);
    expect(other.vendorHosts?.[0]?.read).toBe(false);
  });

  it('requests nothing on the other host that its robots.txt disallows', async () => {
    const hosts = fakeHosts({ ...sites, [O]: { '/': html([[`${H}/private`, 'Help']]) } });
    const r = await crawlSite(`${O}/`, opts({ vendorHosts: 'read' }), hosts.fetcher);
    expect(hosts.requests).not.toContain(`${H}/private`);
    expect(r.skipped).toContainEqual({ url: `${H}/private`, reason: 'disallowed by robots.txt' });
  });
});
