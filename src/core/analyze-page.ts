import { pageLinks } from './crawl/page-links.js';
import { softNotFoundReason } from './crawl/soft-404.js';
import { EXTRACTORS } from './extract/index.js';
import { tagContainerUrls } from './extract/chat/tag-container.js';
import { contactKey, mergeFlags } from './finding-key.js';
import { withoutStacks } from './without-stacks.js';
import { inferCountry } from './locale/infer-country.js';
import { textOf } from './page/dom.js';
import { collapse, parsePage } from './page/parsed-page.js';
import type { PageAnalysis, PageFinding } from './types.js';

export interface AnalyzeOptions {
  /** Forced country (the user's --country): wins over anything inferred. */
  country?: string;
  /** Country inferred on the start page: used when this page says nothing itself. */
  siteCountry?: string;
  /** Which links the crawl may follow: the page's own site by default; a crawl adds the vendor's other hosts. */
  linkScope?: (url: URL) => boolean;
}

/** A page's analysis plus what the crawl decides on and the report records, not the page's data. */
export type AnalyzedPage = PageAnalysis & {
  extractorErrors: string[];
  /** Set when the page calls itself "not found" (crawl/soft-404.ts): why. */
  softNotFound?: string;
};

/**
 * The whole per-page work, pure: parse once, run every extractor, collect links.
 * A failing extractor costs its own findings, never the page (its error is returned).
 */
export function analyzePage(url: string, html: string, opts: AnalyzeOptions = {}): AnalyzedPage {
  // Without stack traces: libphonenumber, URL and decodeURIComponent throw and catch routinely on
  // ordinary pages, and capturing each stack costs more than the parse that failed. Errors that
  // escape are reported by message only (extractorErrors).
  return withoutStacks(() => analyze(url, html, opts));
}

function analyze(url: string, html: string, opts: AnalyzeOptions): AnalyzedPage {
  const page = parsePage(url, html);
  page.country = opts.country ?? inferCountry(page) ?? opts.siteCountry;
  const extractorErrors: string[] = [];
  const findings: PageFinding[] = [];
  for (const extractor of EXTRACTORS) {
    try {
      findings.push(...extractor.extract(page));
    } catch (err) {
      extractorErrors.push(`${extractor.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // `$('meta[http-equiv="refresh" i]').attr('content')` and the canonical link, from the page's element index.
  const refresh = page.byTag('meta').find((m) => m.attribs['http-equiv']?.toLowerCase() === 'refresh')?.attribs.content;
  const refreshTarget = refresh?.match(/url\s*=\s*['"]?([^'"\s;]+)/i)?.[1];
  const canonical = page.byTag('link').find((l) => l.attribs.rel?.toLowerCase() === 'canonical')?.attribs.href;
  const scriptSrcs = page.byTag('script').flatMap((s) => (s.attribs.src ? [s.attribs.src] : []));
  const tagContainers = scriptSrcs.length ? tagContainerUrls(scriptSrcs, url) : [];
  const softNotFound = softNotFoundReason(
    page.title,
    page
      .byTag('h1')
      .slice(0, 3)
      .map((h) => collapse(textOf(h))),
  );
  return {
    url,
    title: page.title,
    lang: page.lang,
    country: page.country,
    findings: mergeSameFindings(findings),
    links: pageLinks(page, opts.linkScope),
    metaRefresh: refreshTarget ? absolute(refreshTarget, url) : undefined,
    canonical: canonical ? absolute(canonical, url) : undefined,
    ...(tagContainers.length ? { tagContainers } : {}),
    extractorErrors,
    ...(softNotFound ? { softNotFound } : {}),
  };
}

/** One finding per contact on a page (see finding-key.ts): flags unioned; a specific role beats 'general'. */
function mergeSameFindings(findings: PageFinding[]): PageFinding[] {
  const byKey = new Map<string, PageFinding>();
  for (const f of findings) {
    const key = contactKey(f);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, flags: [...new Set(f.flags)] });
      continue;
    }
    seen.flags = mergeFlags(seen.flags, f.flags);
    if (seen.role === 'general' && f.role !== 'general') {
      seen.role = f.role;
      seen.context = f.context ?? seen.context;
    }
    seen.display ??= f.display;
    seen.region ??= f.region;
  }
  return [...byKey.values()];
}

function absolute(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
