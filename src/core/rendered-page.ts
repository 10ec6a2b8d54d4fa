// What the rendered page, the shopper's own tab, may add to an audit. That tab can be signed in
// ("Signed in as Jane Doe · jane.doe@… · +1 202 555 0100"), and the site's scripts can write
// anything into it, so it contributes only what the anonymous crawl cannot see and what names no
// person: chat widgets (many load by script after the load event) and forms built by script.
// Phones, emails, addresses and messaging links come from the anonymous crawl alone.
import type { Flag } from './flags.js';
import type { FindingKind, PageAnalysis, PageFinding } from './types.js';

export const RENDERED_KINDS: readonly FindingKind[] = ['chat', 'form'];

/** Flag on findings that exist only in the rendered page. */
export const RENDERED_FLAG: Flag = 'rendered';

/**
 * The rendered page reduced to what it may contribute, under the crawl's start page URL (the tab's
 * own URL can carry a session or a user id). A form points to that page (the one that shows it),
 * not to its action; no finding keeps text of the page (a greeting can name the shopper): a launcher's
 * label is dropped with the context.
 */
export function renderedContribution(live: PageAnalysis, startPageUrl: string): PageAnalysis {
  const findings = live.findings.filter((f) => RENDERED_KINDS.includes(f.kind)).map((f) => anonymised(f, startPageUrl));
  return { url: startPageUrl, title: '', lang: live.lang, ...(live.country ? { country: live.country } : {}), findings, links: [] };
}

function anonymised(f: PageFinding, startPageUrl: string): PageFinding {
  return {
    kind: f.kind,
    value: f.kind === 'form' ? startPageUrl : f.value,
    // A chat's display is the vendor's name from our table (or "vendor not known"), never page text.
    ...(f.kind === 'chat' && f.display ? { display: f.display } : {}),
    role: f.role,
    flags: [...new Set([...f.flags, RENDERED_FLAG])],
    ...(f.region ? { region: f.region } : {}),
  };
}
