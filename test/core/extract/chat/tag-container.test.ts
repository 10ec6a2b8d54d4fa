// Chat widgets loaded through the site's own tag manager container (extract/chat/tag-container.ts,
// crawl/tag-containers.ts). Containers are written here anew in the shape Google Tag Manager serves
// its "custom HTML" tags: the snippet as an escaped JavaScript string.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAWL_OPTIONS, type CrawlOptions } from '../../../../src/core/crawl/crawl-types.js';
import { crawlSite } from '../../../../src/core/crawl/crawler.js';
import { chatInContainer, tagContainerUrls } from '../../../../src/core/extract/chat/tag-container.js';
import { fakeSite } from '../../crawl/fake-fetcher.js';

const O = 'https://shop.example';
const opts = (o: Partial<CrawlOptions> = {}): CrawlOptions => ({ ...DEFAULT_CRAWL_OPTIONS, maxDepth: 1, ...o });
/** A container whose custom HTML tag loads Intercom, escaped as GTM writes it. */
const CONTAINER =
  'var data = {"resource":{"tags":[{"function":"__html","vtp_html":"\\u003Cscript\\u003Ewindow.intercomSettings={app_id:\\"abc\\"};\\u003C\\/script\\u003E' +
  '\\n\\u003Cscript src=\\"https:\\/\\/widget.intercom.io\\/widget\\/abc\\"\\u003E\\u003C\\/script\\u003E"}]}};';
const PAGE = (script: string) =>
  `<!doctype html><html lang="en"><head><title>Shop</title>${script}</head><body><main><a href="/about">About</a></main></body></html>`;

describe('tag manager containers', () => {
  it('takes the site’s own containers only, never one on the tag manager’s host', () => {
    expect(
      tagContainerUrls(
        [
          '/metrics/gtm.js?id=GTM-AB12CD',
          'https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD',
          '/js/container_Xy9.js',
          '/app.js',
          'https://cdn.shop.example/utag.js',
        ],
        `${O}/`,
      ),
    ).toEqual([`${O}/metrics/gtm.js?id=GTM-AB12CD`, `${O}/js/container_Xy9.js`]);
  });

  it('finds the vendor a container loads, from its escaped snippet', () => {
    const found = chatInContainer(CONTAINER, `${O}/gtm.js?id=GTM-AB12CD`);
    expect(found.map((f) => [f.kind, f.value, f.flags])).toEqual([['chat', 'intercom', ['script']]]);
    expect(found[0]?.context).toMatch(/^tag manager container shop\.example\/gtm\.js loads /);
  });

  it('a container that only names a vendor in a comment or a plain string finds nothing', () => {
    expect(chatInContainer('/* we tried intercom and drift */ var vendors = ["Intercom", "Drift", "zendesk.com"];', `${O}/gtm.js`)).toEqual([]);
  });

  it('the crawl reads the site’s container and reports its widget on the start page', async () => {
    const site = fakeSite(O, {
      '/': PAGE('<script async src="/gtm.js?id=GTM-AB12CD"></script>'),
      '/about': PAGE(''),
      '/gtm.js?id=GTM-AB12CD': { contentType: 'application/javascript', body: CONTAINER },
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    const home = r.pages.find((p) => p.depth === 0);
    expect(home?.analysis.findings.filter((f) => f.kind === 'chat').map((f) => f.value)).toEqual(['intercom']);
  });

  it('robots.txt that disallows the container keeps it unread', async () => {
    const site = fakeSite(O, {
      '/robots.txt': { contentType: 'text/plain', body: 'User-agent: *\nDisallow: /gtm.js\n' },
      '/': PAGE('<script async src="/gtm.js?id=GTM-AB12CD"></script>'),
      '/about': PAGE(''),
      '/gtm.js?id=GTM-AB12CD': { contentType: 'application/javascript', body: CONTAINER },
    });
    const r = await crawlSite(`${O}/`, opts(), site.fetcher);
    expect(site.requests.some((u) => u.includes('gtm.js'))).toBe(false);
    expect(r.pages.flatMap((p) => p.analysis.findings).filter((f) => f.kind === 'chat')).toEqual([]);
  });
});
