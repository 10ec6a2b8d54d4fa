import type { CrawledPage } from '../../crawl/crawl-types.js';
import { clicks, isContactLink, isContactPage, isDirectHuman } from '../audit-context.js';
import { fail, notApplicable, pass, type CheckDefinition, type Evidence } from '../check.js';

// Worth 4 of the 20 site-wide points: a contact one click away from anywhere is the cheapest fix there is.
const WEIGHT = 4;
// Where a visitor looks for "Contact": the page frame, not the content.
const FRAME_REGIONS = new Set(['header', 'nav', 'footer']);
// Pages listed without one, at most (the count is always given).
const MAX_EVIDENCE = 20;

function hasContactInFrame(page: CrawledPage): boolean {
  if (isContactPage(page)) return true;
  if (page.analysis.links.some((l) => FRAME_REGIONS.has(l.region) && isContactLink(l))) return true;
  return page.analysis.findings.some(
    (f) => f.region !== undefined && FRAME_REGIONS.has(f.region) && (f.kind === 'phone' || f.kind === 'email') && isDirectHuman(f),
  );
}

/** Every crawled page has a contact link (or a phone/email) in its header, navigation or footer; points by the share without. */
export const contactLinkEverywhere: CheckDefinition = {
  id: 'contact-link-everywhere',
  title: 'A contact link in the header or footer of every page',
  category: 'overall',
  weight: WEIGHT,
  source: '§ 5 DDG: provider details "ständig verfügbar" (permanently available); Nielsen & Tahir, Homepage Usability (2001): a Contact link on every page',
  evaluate(ctx) {
    const pages = ctx.linkedPages;
    if (!pages.length) return notApplicable('No page was crawled, so no page frame could be checked.');
    const without = pages.filter((p) => !hasContactInFrame(p));
    if (!without.length)
      return pass(`All ${pages.length} pages crawled have a contact link in the header, navigation or footer.`, [{ note: `${pages.length} pages checked` }]);
    const evidence: Evidence[] = without
      .slice(0, MAX_EVIDENCE)
      .map((p) => ({ url: p.url, note: p.depth === 0 ? 'the start page' : `${clicks(p.depth)} from the start page` }));
    if (without.length > MAX_EVIDENCE) evidence.push({ note: `and ${without.length - MAX_EVIDENCE} more pages` });
    const startNote = without.some((p) => p.depth === 0) ? ', including the start page' : '';
    return fail(
      WEIGHT,
      without.length / pages.length,
      `${without.length} of ${pages.length} pages crawled have no contact link in the header, navigation or footer${startNote}.`,
      evidence,
    );
  },
};
