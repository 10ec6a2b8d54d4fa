import { clicksMessage, clip, englishTitle, isGermanSite, isImprintLink, isImprintPage, pathMessage } from '../audit-context.js';
import { evidenceNote, fail, notApplicable, pass, type CheckDefinition } from '../check.js';
import type { MessageRef } from '../../i18n/message-format.js';

// Worth 2 of the 20 site-wide points: a legal duty on German-language sites, and where the contact details must be.
const WEIGHT = 2;
// 2 clicks: the German Federal Court of Justice accepted Kontakt → Impressum as easy to reach, BGH I ZR 228/03.
const MAX_CLICKS = 2;
// Deeper than 2 clicks: 3 clicks plus scrolling is too much, OLG Braunschweig 2 U 16/25 (2025); not found at all is worse.
const TOO_DEEP_SHARE = 0.8;

/** On a German-language site an Impressum/imprint page is reached within 2 clicks. */
export const imprintTwoClicks: CheckDefinition = {
  id: 'imprint-two-clicks',
  title: englishTitle('checks_imprint_two_clicks_title'),
  category: 'overall',
  weight: WEIGHT,
  source: '§ 5 DDG (formerly § 5 TMG), § 5 ECG (Austria); BGH I ZR 228/03 (2 clicks); OLG Braunschweig 2 U 16/25 (3 clicks plus scrolling)',
  evaluate(ctx) {
    if (!isGermanSite(ctx)) return notApplicable({ key: 'checks_imprint_two_clicks_not_german' });
    // Fewest clicks: a crawled imprint page, or a link to one on a crawled page (one click more).
    let best: { depth: number; url: string; path: MessageRef } | undefined;
    for (const page of ctx.linkedPages) {
      if (isImprintPage(page) && (!best || page.depth < best.depth)) best = { depth: page.depth, url: page.url, path: pathMessage(page.path, page.pathText) };
      const link = page.analysis.links.find(isImprintLink);
      if (link && (!best || page.depth + 1 < best.depth)) {
        const text = clip(link.text, 40) || 'Impressum';
        best = { depth: page.depth + 1, url: link.url, path: pathMessage(page.path, page.pathText, text) };
      }
    }
    if (!best) return fail(WEIGHT, 1, { key: 'checks_imprint_two_clicks_none', params: { clicks: clicksMessage(ctx.crawl.options.maxDepth) } });
    const evidence = [{ url: best.url, ...evidenceNote(best.path) }];
    const params = { clicks: clicksMessage(best.depth), path: best.path };
    if (best.depth <= MAX_CLICKS) return pass({ key: 'checks_imprint_two_clicks_pass', params }, evidence);
    return fail(WEIGHT, TOO_DEEP_SHARE, { key: 'checks_imprint_two_clicks_too_deep', params: { ...params, max: MAX_CLICKS } }, evidence);
  },
};
