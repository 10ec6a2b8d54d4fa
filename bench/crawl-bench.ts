// Benchmark 1: the engine with its defaults against an exhaustive breadth-first crawl of the same
// site with the same concurrency, over loopback with added latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../src/core/audit.js';
import { DEFAULT_CRAWL_OPTIONS } from '../src/core/crawl/crawl-types.js';
import type { Report } from '../src/core/report/schema.js';
import { nodeFetcher } from '../src/cli/node-fetcher.js';
import { serveDirectory } from '../scripts/lib/static-server.js';
import { generateSite, type GeneratedSite } from './generate-site.js';

export const LATENCY_MS = 50;

export interface CrawlRun {
  label: string;
  requests: number;
  wallMs: number;
  lowerBoundMs: number;
  /** wall time over the lower bound for the requests actually made. */
  overLowerBound: number;
  contactsFound: number;
  contactsWithinDepth: number;
  missed: string[];
}

async function crawlOnce(label: string, site: GeneratedSite, maxPages: number): Promise<CrawlRun> {
  const server = await serveDirectory(site.root, { latencyMs: LATENCY_MS });
  try {
    const started = performance.now();
    const report: Report = await runAudit({ startUrl: `${server.origin}/`, fetcher: nodeFetcher, options: { maxPages } });
    const wallMs = performance.now() - started;
    const requests = server.requests.length;
    const { concurrency, maxDepth } = DEFAULT_CRAWL_OPTIONS;
    const lowerBoundMs = Math.ceil(requests / concurrency) * LATENCY_MS;
    const within = site.contacts.filter((c) => c.depth <= maxDepth);
    const found = within.filter((c) => report.findings.some((f) => f.kind === c.kind && f.value === c.value && f.depth === c.depth));
    return {
      label,
      requests,
      wallMs: Math.round(wallMs),
      lowerBoundMs,
      overLowerBound: Number((wallMs / lowerBoundMs).toFixed(2)),
      contactsFound: found.length,
      contactsWithinDepth: within.length,
      missed: within.filter((c) => !found.includes(c)).map((c) => `${c.kind} ${c.value} @${c.depth}`),
    };
  } finally {
    await server.close();
  }
}

export async function crawlBench(): Promise<{ site: { pages: number; latencyMs: number }; engine: CrawlRun; exhaustive: CrawlRun; requestShare: number }> {
  const root = mkdtempSync(join(tmpdir(), 'contact-audit-bench-'));
  try {
    const site = generateSite(root);
    const engine = await crawlOnce('engine (defaults)', site, DEFAULT_CRAWL_OPTIONS.maxPages);
    // Exhaustive: the same depth-layered crawler with no page budget visits every page within the depth.
    const exhaustive = await crawlOnce('exhaustive breadth-first', site, 100_000);
    return { site: { pages: site.pages, latencyMs: LATENCY_MS }, engine, exhaustive, requestShare: Number((engine.requests / exhaustive.requests).toFixed(3)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
