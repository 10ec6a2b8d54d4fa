// Hand-made audit data for the scoring tests (like Lighthouse audit tests' artifacts).
import { DEFAULT_CRAWL_OPTIONS, type CrawledPage, type CrawlResult } from '../../../src/core/crawl/crawl-types.js';
import type { Finding } from '../../../src/core/report/schema.js';
import { buildAuditContext, type AuditContext } from '../../../src/core/score/audit-context.js';
import type { PageLink } from '../../../src/core/types.js';

export const SITE = 'https://vendor.example';

/** A click path of `depth` steps, with readable link texts. */
export function pathOf(depth: number, texts = ['About', 'Company', 'Corporate contacts', 'Deeper', 'Deepest']): { path: string[]; pathText: string[] } {
  const pathText = texts.slice(0, depth);
  return { path: [`${SITE}/`, ...pathText.map((_, i) => `${SITE}/p${i + 1}`)], pathText };
}

export function finding(over: Partial<Finding> & Pick<Finding, 'kind' | 'value'>): Finding {
  const depth = over.depth ?? 0;
  const { path, pathText } = pathOf(depth);
  return { role: 'general', depth, path, pathText, url: path.at(-1)!, flags: [], ...over };
}

export function page(
  over: Partial<CrawledPage> & { url?: string; links?: PageLink[]; title?: string; lang?: string; findings?: CrawledPage['analysis']['findings'] } = {},
): CrawledPage {
  const depth = over.depth ?? 0;
  const p = pathOf(depth);
  const url = over.url ?? p.path.at(-1)!;
  return {
    url,
    depth,
    path: over.path ?? [...p.path.slice(0, -1), url],
    pathText: over.pathText ?? p.pathText,
    status: over.status ?? 200,
    ...(over.viaSitemap ? { viaSitemap: true } : {}),
    analysis: { url, title: over.title ?? 'Vendor', lang: over.lang ?? 'en', findings: over.findings ?? [], links: over.links ?? [] },
  };
}

export function link(url: string, text: string, region: PageLink['region'] = 'footer'): PageLink {
  return { url: url.startsWith('http') ? url : `${SITE}${url}`, text, region };
}

export function crawl(pages: CrawledPage[] = [], over: Partial<CrawlResult> = {}): CrawlResult {
  return { startUrl: `${SITE}/`, site: SITE, pages, errors: [], skipped: [], sitemapOnly: [], options: DEFAULT_CRAWL_OPTIONS, ...over };
}

export function ctx(findings: Finding[] = [], pages: CrawledPage[] = [], over: Partial<CrawlResult> = {}): AuditContext {
  return buildAuditContext(crawl(pages, over), findings);
}
