// Turn what the engine streamed (pages, the live DOM, the crawl summary) back into the
// engine's CrawlResult and score it. Pure, so a restarted worker rebuilds the same report from storage.
import { buildReport } from '../core/build-report.js';
import type { CrawlResult, CrawledPage } from '../core/crawl/crawl-types.js';
import type { MessageRef } from '../core/i18n/message-format.js';
import type { Report } from '../core/report/schema.js';
import { renderedContribution } from '../core/rendered-page.js';
import type { PageAnalysis } from '../core/types.js';
import type { AuditState, CrawlSummary } from '../messages.js';

/**
 * The live DOM is the start page as the shopper sees it: what it may contribute (core/rendered-page.ts:
 * chat widgets and script-built forms, nothing personal) that the anonymous fetch of the same page
 * did not show is added to that page, flagged, rather than counted as a page of its own. The
 * engine reduced it already; it is reduced again here, where the report is built.
 */
export function mergeLiveDom(pages: CrawledPage[], live: PageAnalysis | undefined, startUrl: string): CrawledPage[] {
  if (!live) return pages;
  const startIndex = pages.findIndex((p) => p.depth === 0 && !p.viaSitemap);
  const start = pages[startIndex];
  const contribution = renderedContribution(live, start?.url ?? startUrl);
  if (!start) {
    if (contribution.findings.length === 0) return pages;
    return [{ url: contribution.url, depth: 0, path: [contribution.url], pathText: [], status: 200, analysis: contribution }, ...pages];
  }
  const seen = new Set(start.analysis.findings.map((f) => `${f.kind}\u0000${f.kind === 'form' ? '' : f.value}`));
  const extra = contribution.findings.filter((f) => !seen.has(`${f.kind}\u0000${f.kind === 'form' ? '' : f.value}`));
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
  /** partialReason as a catalogue message (schema 2.2.0). */
  partialMessage?: MessageRef;
  finishedAt: string;
  toolVersion: string;
}

/** The pages as sent during the crawl, with the fewer clicks its end found for some (CrawlSummary.shortened). */
function withShortenedPaths(pages: CrawledPage[], shortened: CrawlSummary['shortened']): CrawledPage[] {
  if (!shortened?.length) return pages;
  const byUrl = new Map(shortened.map((s) => [s.url, s]));
  return pages.map((page) => {
    const s = byUrl.get(page.url);
    return s ? { ...page, depth: s.depth, path: s.path, pathText: s.pathText } : page;
  });
}

export function assembleReport(input: AssembleInput): Report {
  const { state, summary } = input;
  const crawl: CrawlResult = {
    startUrl: summary?.startUrl ?? state.startUrl,
    site: summary?.site ?? state.site,
    pages: mergeLiveDom(withShortenedPaths(input.pages, summary?.shortened), input.live, summary?.startUrl ?? state.startUrl),
    errors: summary?.errors ?? [],
    skipped: summary?.skipped ?? [],
    sitemapOnly: summary?.sitemapOnly ?? [],
    ...(summary?.redirects ? { redirects: summary.redirects } : {}),
    ...(summary?.failure ? { failure: summary.failure } : {}),
    ...(summary?.depthsExactTo !== undefined ? { depthsExactTo: summary.depthsExactTo } : {}),
    ...(summary?.vendorHosts ? { vendorHosts: summary.vendorHosts } : {}),
    options: state.options,
    ...(summary?.country ? { country: summary.country } : {}),
    ...(summary?.partialReason ? { partialReason: summary.partialReason } : {}),
    ...(summary?.partialMessage ? { partialMessage: summary.partialMessage } : {}),
  };
  return buildReport(crawl, {
    startedAt: state.startedAt,
    finishedAt: input.finishedAt,
    toolVersion: input.toolVersion,
    ...(input.partialReason ? { partialReason: input.partialReason } : {}),
    ...(input.partialMessage ? { partialMessage: input.partialMessage } : {}),
  });
}
