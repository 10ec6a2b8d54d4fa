import { describe, expect, it } from 'vitest';
import type { CrawledPage } from '../../../src/core/crawl/crawl-types.js';
import { DEFAULT_CRAWL_OPTIONS } from '../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../src/core/crawl/crawler.js';
import { ANY_LANGUAGE, linkPriority, siteLanguage, type LinkParent } from '../../../src/core/crawl/link-priority.js';
import { fakeSite, html } from './fake-fetcher.js';

const O = 'https://vendor.example';
const plain: LinkParent = { depth: 0, contactPage: false, hasContacts: false };
const link = (path: string, text: string, region: 'main' | 'nav' | 'footer' = 'main') => ({ url: O + path, text, region });
const home = (links: string[], url = `${O}/`, lang = 'en'): CrawledPage => ({
  url,
  depth: 0,
  path: [url],
  pathText: [],
  status: 200,
  analysis: { url, title: '', lang, findings: [], links: links.map((p) => link(p, p)) },
});

describe('linkPriority', () => {
  it('puts a contact link two clicks down before a menu link one click down', () => {
    const twoDown = linkPriority(link('/help/contact-support', 'Contact support'), { depth: 1, contactPage: true, hasContacts: false }, ANY_LANGUAGE);
    const menu = linkPriority(link('/c/kitchen', 'Kitchen', 'nav'), plain, ANY_LANGUAGE);
    expect(twoDown).toBeGreaterThan(menu);
  });

  it('counts the menu or footer as a hint only, and plain links nearest first', () => {
    expect(linkPriority(link('/c/a', 'Kitchen', 'nav'), plain, ANY_LANGUAGE)).toBeGreaterThan(linkPriority(link('/c/b', 'Garden'), plain, ANY_LANGUAGE));
    expect(linkPriority(link('/about', 'About us'), plain, ANY_LANGUAGE)).toBeGreaterThan(linkPriority(link('/c/a', 'Kitchen', 'footer'), plain, ANY_LANGUAGE));
    expect(linkPriority(link('/p/1', 'Widget'), plain, ANY_LANGUAGE)).toBeGreaterThan(
      linkPriority(link('/p/2', 'Widget'), { ...plain, depth: 1 }, ANY_LANGUAGE),
    );
  });
});

describe('siteLanguage', () => {
  it('on a site with language folders, reads the preferred language first', () => {
    const lang = siteLanguage(home(['/en/about', '/de/', '/fr/']), 'de-AT');
    expect(lang.preferred).toBe('de');
    expect(lang.isOther(`${O}/en/kontakt`)).toBe(true);
    expect(lang.isOther(`${O}/de/kontakt`)).toBe(false);
    expect(lang.isOther(`${O}/kontakt`)).toBe(false);
  });

  it("without a preference, takes the start page's folder, then its lang", () => {
    expect(siteLanguage(home(['/en/', '/fr/'], `${O}/fr/`, 'fr')).preferred).toBe('fr');
    expect(siteLanguage(home(['/en/', '/fr/'], `${O}/`, 'en')).preferred).toBe('en');
  });

  it('leaves a site with one folder alone: /it/ may be a department', () => {
    expect(siteLanguage(home(['/it/helpdesk', '/products']), 'en')).toBe(ANY_LANGUAGE);
  });
});

describe('crawlSite: a multilingual site', () => {
  it('reads the shopper’s language before the others', async () => {
    const langs = ['en', 'de', 'fr', 'es', 'it'];
    const switcher = langs.map((l): [string, string, 'header'] => [`/${l}/`, l.toUpperCase(), 'header']);
    const site = fakeSite(O, (path) => {
      const m = /^\/(\w\w)\/(.*)$/.exec(path);
      if (!m) return undefined;
      const [, l, rest] = m;
      if (rest === '') return html([...switcher, ...Array.from({ length: 10 }, (_, i): [string, string] => [`/${l}/p${i}`, `Item ${i}`])]);
      return html([]);
    });
    await crawlSite(`${O}/de/`, { ...DEFAULT_CRAWL_OPTIONS, useSitemap: false, maxPages: 12, concurrency: 1, language: 'de-DE' }, site.fetcher);
    const read = site.pageRequests().map((u) => new URL(u).pathname.slice(1, 3));
    // Eleven German pages, then one other language slips in while the last is analysed.
    expect(read.filter((l) => l === 'de').length).toBeGreaterThanOrEqual(11);
  });
});
