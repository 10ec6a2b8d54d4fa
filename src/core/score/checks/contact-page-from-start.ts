import { clicksMessage, clip, englishTitle, isContactLink, isContactPage, pathMessage } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition } from '../check.js';
import type { MessageRef } from '../../i18n/message-format.js';

// Worth 3 of the 20 site-wide points: the page where a visitor expects every contact.
const WEIGHT = 3;
// Share of the weight by the clicks from the start page to a contact page; 0 or 1 click passes (Nielsen & Tahir).
const DEPTH_SHARE: readonly number[] = [0, 0, 0.4];
// 3 clicks or more: too far, OLG Braunschweig 2 U 16/25 (2025).
const DEEP_SHARE = 0.7;
// Listed only in sitemap.xml: exists, but no link leads there.
const SITEMAP_ONLY_SHARE = 0.9;

/** The start page links to a contact page (or is one). */
export const contactPageFromStart: CheckDefinition = {
  id: 'contact-page-from-start',
  title: englishTitle('checks_contact_page_from_start_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'Nielsen & Tahir, Homepage Usability (2001): link a Contact page from the homepage; BGH I ZR 228/03; OLG Braunschweig 2 U 16/25',
  evaluate(ctx) {
    // A "Contact" link that leads to an error page (404, 500, timeout) reaches no one.
    const broken = new Set(ctx.crawl.errors.map((e) => withoutTrailingSlash(e.url)));
    const startLink = ctx.start?.analysis.links.find((l) => isContactLink(l) && !broken.has(withoutTrailingSlash(l.url)));
    if (ctx.start && isContactPage(ctx.start)) return pass({ key: 'checks_contact_page_from_start_is_contact' }, [{ url: ctx.start.url }]);
    if (startLink) {
      const params = { link: clip(startLink.text || startLink.url), region: { key: `checks_region_${startLink.region}` } };
      return pass({ key: 'checks_contact_page_from_start_linked', params }, [{ url: startLink.url, value: startLink.text }]);
    }
    const page = ctx.linkedPages.find(isContactPage);
    if (page) {
      const share = DEPTH_SHARE[page.depth] ?? DEEP_SHARE;
      const path = pathMessage(page.path, page.pathText);
      const text = { key: 'checks_contact_page_from_start_nearest', params: { clicks: clicksMessage(page.depth), path } };
      return share === 0 ? pass(text, [{ url: page.url }]) : fail(WEIGHT, share, text, [{ url: page.url, ...evidenceNote(path) }]);
    }
    const within = clicksMessage(ctx.crawl.options.maxDepth);
    // The crawl's own reason is English prose; the note says the same from the depth, in the reader's language.
    const listedNote: MessageRef = { key: 'checks_note_sitemap_listed', params: { clicks: within } };
    const listed = [
      ...ctx.crawl.sitemapOnly.map((s) => ({ url: s.url, note: listedNote })),
      ...ctx.crawl.pages
        .filter((p) => p.viaSitemap && isContactPage(p) && !ctx.crawl.sitemapOnly.some((s) => s.url === p.url))
        .map((p) => ({ url: p.url, note: { key: 'checks_note_sitemap_reached' } })),
    ];
    if (listed.length) {
      return fail(
        WEIGHT,
        SITEMAP_ONLY_SHARE,
        { key: 'checks_contact_page_from_start_sitemap_only', params: { count: listed.length, clicks: within } },
        listed.slice(0, 10).map((s) => ({ url: s.url, ...evidenceNote(s.note) })),
      );
    }
    return fail(WEIGHT, 1, { key: 'checks_contact_page_from_start_none', params: { clicks: within } });
  },
};

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+(?=$|[?#])/, '');
}
