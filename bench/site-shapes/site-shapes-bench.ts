// Issue #13: on big sites of every common shape, does the default audit find every contact within
// 3 clicks that an exhaustive crawl finds, with ≤ 60 requests, in ≤ 1.5× the latency bound at 100 ms?
// The exhaustive crawl reads every page within the depth (breadth-first, no page or time limit, no
// latency: only its contact set is used); the default audit runs with the defaults at 100 ms a request.
import { runAudit } from '../../src/core/audit.js';
import { DEFAULT_CRAWL_OPTIONS } from '../../src/core/crawl/crawl-types.js';
import type { Report } from '../../src/core/report/schema.js';
import { memorySite } from './memory-fetcher.js';
import { SITE_SHAPES, type SiteShape } from './shapes.js';

export const SHAPE_LATENCY_MS = 100;
/** The contact kinds a shopper reaches a person by. */
const KINDS = new Set(['phone', 'email', 'address', 'form', 'chat', 'messaging']);

export interface ShapeRun {
  shape: string;
  pages: number;
  exhaustive: { requests: number; contacts: number };
  audit: { requests: number; contacts: number; wallMs: number; boundMs: number; overBound: number; depthsExactTo?: number; otherLanguagePages?: number };
  /** Contacts the exhaustive crawl found within the depth that the audit missed, or found deeper. */
  missed: string[];
  wrongDepth: string[];
}

const contactsOf = (r: Report) =>
  new Map(r.findings.filter((f) => KINDS.has(f.kind) && f.depth <= DEFAULT_CRAWL_OPTIONS.maxDepth).map((f) => [`${f.kind} ${f.value}`, f.depth]));

async function runShape(make: () => SiteShape): Promise<ShapeRun> {
  const shape = make();
  const whole = memorySite(shape.pages, 0);
  const exhaustive = await runAudit({
    startUrl: shape.start,
    fetcher: whole.fetcher,
    options: { strategy: 'breadth-first', maxPages: 100_000, maxTimeMs: 0, siteDomain: shape.siteDomain },
  });
  const site = memorySite(shape.pages, SHAPE_LATENCY_MS);
  const started = performance.now();
  const audit = await runAudit({
    startUrl: shape.start,
    fetcher: site.fetcher,
    options: { siteDomain: shape.siteDomain, ...(shape.language ? { language: shape.language } : {}) },
  });
  const wallMs = performance.now() - started;
  const boundMs = Math.ceil(site.requests.length / DEFAULT_CRAWL_OPTIONS.concurrency) * SHAPE_LATENCY_MS;
  const want = contactsOf(exhaustive);
  const got = contactsOf(audit);
  return {
    shape: shape.label,
    pages: shape.pages.size,
    exhaustive: { requests: whole.requests.length, contacts: want.size },
    audit: {
      requests: site.requests.length,
      contacts: [...want.keys()].filter((k) => got.has(k)).length,
      wallMs: Math.round(wallMs),
      boundMs,
      overBound: Number((wallMs / boundMs).toFixed(2)),
      ...(audit.crawl.depthsExactTo !== undefined ? { depthsExactTo: audit.crawl.depthsExactTo } : {}),
      ...(shape.language
        ? {
            otherLanguagePages: site.requests.filter((u) => /^\/[a-z]{2}\//.test(new URL(u).pathname) && !new URL(u).pathname.startsWith(`/${shape.language}/`))
              .length,
          }
        : {}),
    },
    missed: [...want.keys()].filter((k) => !got.has(k)),
    wrongDepth: [...want].filter(([k, d]) => got.has(k) && got.get(k) !== d).map(([k, d]) => `${k}: ${got.get(k)} clicks, not ${d}`),
  };
}

export async function siteShapesBench(): Promise<ShapeRun[]> {
  const runs: ShapeRun[] = [];
  for (const make of SITE_SHAPES) runs.push(await runShape(make));
  return runs;
}
