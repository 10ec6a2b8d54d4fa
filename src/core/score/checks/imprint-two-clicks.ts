import { clicks, clip, isGermanSite, isImprintLink, isImprintPage, renderPath } from '../audit-context.js';
import { fail, notApplicable, pass, type CheckDefinition } from '../check.js';

// Worth 2 of the 20 site-wide points: a legal duty on German-language sites, and where the contact details must be.
const WEIGHT = 2;
// 2 clicks: the German Federal Court of Justice accepted Kontakt → Impressum as easy to reach, BGH I ZR 228/03.
const MAX_CLICKS = 2;
// Deeper than 2 clicks: 3 clicks plus scrolling is too much, OLG Braunschweig 2 U 16/25 (2025); not found at all is worse.
const TOO_DEEP_SHARE = 0.8;

/** On a German-language site an Impressum/imprint page is reached within 2 clicks. */
export const imprintTwoClicks: CheckDefinition = {
  id: 'imprint-two-clicks',
  title: 'Impressum within two clicks (German-language sites)',
  category: 'overall',
  weight: WEIGHT,
  source: '§ 5 DDG (formerly § 5 TMG), § 5 ECG (Austria); BGH I ZR 228/03 (2 clicks); OLG Braunschweig 2 U 16/25 (3 clicks plus scrolling)',
  evaluate(ctx) {
    if (!isGermanSite(ctx)) return notApplicable('The site is not German-language and not under .de, .at or .ch, so the Impressum duty does not apply.');
    // Fewest clicks: a crawled imprint page, or a link to one on a crawled page (one click more).
    let best: { depth: number; url: string; note: string } | undefined;
    for (const page of ctx.linkedPages) {
      if (isImprintPage(page) && (!best || page.depth < best.depth)) best = { depth: page.depth, url: page.url, note: renderPath(page.path, page.pathText) };
      const link = page.analysis.links.find(isImprintLink);
      if (link && (!best || page.depth + 1 < best.depth)) {
        best = { depth: page.depth + 1, url: link.url, note: `${renderPath(page.path, page.pathText)} → ${clip(link.text, 40) || 'Impressum'}` };
      }
    }
    if (!best) return fail(WEIGHT, 1, `No Impressum or imprint page was found within ${clicks(ctx.crawl.options.maxDepth)} of the start page.`);
    const evidence = [{ url: best.url, note: best.note }];
    if (best.depth <= MAX_CLICKS) return pass(`The Impressum is ${clicks(best.depth)} from the start page: ${best.note}.`, evidence);
    return fail(
      WEIGHT,
      TOO_DEEP_SHARE,
      `The Impressum is ${clicks(best.depth)} from the start page, more than the ${MAX_CLICKS} accepted: ${best.note}.`,
      evidence,
    );
  },
};
