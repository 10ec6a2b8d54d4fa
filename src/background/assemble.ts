// Turn what the content script streamed (pages, the live DOM, the crawl summary) back into the
// engine's CrawlResult and score it. Pure, so a restarted worker rebuilds the same report from storage.
import { buildReport } from '../core/audit.js';
import type { CrawlResult, CrawledPage } from '../core/crawl/crawl-types.js';
import type { Report } from '../core/report/schema.js';
import type { PageAnalysis } from '../core/types.js';
import type { AuditState, CrawlSummary } from '../messages.js';

/** Flag for findings that exist only in the rendered page (a chat widget loaded by script). */
export const RENDERED_FLAG = 'rendered';

/**
 * The live DOM is the start page as the shopper sees it: its findings that the anonymous fetch of
 * the same page did not show are added to that page, flagged, rather than counted as a page of its own.
 */
export function mergeLiveDom(pages: CrawledPage[], live: PageAnalysis | undefined): CrawledPage[] {
  if (!live) return pages;
  const startIndex = pages.findIndex((p) => p.depth === 0 && !p.viaSitemap);
  const start = pages[startIndex];
  if (!start) {
    const flagged = live.findings.map((f) => ({ ...f, flags: [...new Set([...f.flags, RENDERED_FLAG])] }));
    return [{ url: live.url, depth: 0, path: [live.url], pathText: [], status: 200, analysis: { ...live, findings: flagged } }, ...pages];
  }
  const seen = new Set(start.analysis.findings.map((f) => `${f.kind}\u0000${f.value}`));
  const extra = live.findings.filter((f) => !seen.has(`${f.kind}\u0000${f.value}`)).map((f) => ({ ...f, flags: [...new Set([...f.flags, RENDERED_FLAG])] }));
  if (extra.length === 0) return pages;
  const merged: CrawledPage = { ...start, analysis: { ...start.analysis, findings: [...start.analysis.findings, ...extra] } };
  return pages.map((p, i) => (i === startIndex ? merged : p));
}

export interface AssembleInput {
  state: AuditState;
  pages: CrawledPage[];
  live?: PageAnalysis;
  /** Absent when the audit ended before the crawl did (tab navigated away or closed). */
  summary?: CrawlSummary;
  partialReason?: string;
  finishedAt: string;
  toolVersion: string;
}

export function assembleReport(input: AssembleInput): Report {
  const { state, summary } = input;
  const crawl: CrawlResult = {
    startUrl: summary?.startUrl ?? state.startUrl,
    site: summary?.site ?? state.site,
    pages: mergeLiveDom(input.pages, input.live),
    errors: summary?.errors ?? [],
    skipped: summary?.skipped ?? [],
    sitemapOnly: summary?.sitemapOnly ?? [],
    options: state.options,
    ...(summary?.country ? { country: summary.country } : {}),
    ...(summary?.partialReason ? { partialReason: summary.partialReason } : {}),
  };
  return buildReport(crawl, {
    startedAt: state.startedAt,
    finishedAt: input.finishedAt,
    toolVersion: input.toolVersion,
    ...(input.partialReason ? { partialReason: input.partialReason } : {}),
  });
}
