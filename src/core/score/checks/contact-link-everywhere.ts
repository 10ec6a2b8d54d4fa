import type { CrawledPage } from '../../crawl/crawl-types.js';
import { clicksMessage, englishTitle, isContactLink, isContactPage, isDirectHuman } from '../audit-context.js';
import { evidenceNote, fail, notApplicable, pass, type CheckDefinition, type Evidence } from '../check.js';

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
  title: englishTitle('checks_contact_link_everywhere_title'),
  category: 'overall',
  weight: WEIGHT,
  source: '§ 5 DDG: provider details "ständig verfügbar" (permanently available); Nielsen & Tahir, Homepage Usability (2001): a Contact link on every page',
  evaluate(ctx) {
    const pages = ctx.linkedPages;
    if (!pages.length) return notApplicable({ key: 'checks_contact_link_everywhere_no_pages' });
    const without = pages.filter((p) => !hasContactInFrame(p));
    if (!without.length)
      return pass({ key: 'checks_contact_link_everywhere_pass', params: { count: pages.length } }, [
        evidenceNote({ key: 'checks_note_pages_checked', params: { count: pages.length } }),
      ]);
    const evidence: Evidence[] = without.slice(0, MAX_EVIDENCE).map((p) => ({
      url: p.url,
      ...evidenceNote(p.depth === 0 ? { key: 'checks_path_start' } : { key: 'checks_note_from_start', params: { clicks: clicksMessage(p.depth) } }),
    }));
    if (without.length > MAX_EVIDENCE) evidence.push(evidenceNote({ key: 'checks_note_more_pages', params: { count: without.length - MAX_EVIDENCE } }));
    const start = without.some((p) => p.depth === 0) ? { key: 'checks_contact_link_everywhere_with_start' } : '';
    return fail(
      WEIGHT,
      without.length / pages.length,
      { key: 'checks_contact_link_everywhere_fail', params: { count: without.length, total: pages.length, start } },
      evidence,
    );
  },
};
