// Benchmark 3: bundle sizes of the extension's parts against their budgets, and the peak memory
// (max RSS) of the CLI auditing the whole generated 500-page site; memoryBench: the same on the
// generated 10,000-page site (issue #12: a report holds findings, not pages).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../scripts/lib/static-server.js';
import { BUNDLE_BUDGETS } from '../scripts/build-extension.js';
import { generateBigSite, generateSite } from './generate-site.js';
import { runNode } from './run-node.js';

/** The build's budgets (scripts/build-extension.ts), in KiB like the sizes below. */
export const BUNDLE_BUDGET_KB: Record<string, number> = Object.fromEntries(
  Object.entries(BUNDLE_BUDGETS).map(([file, bytes]) => [file.replace(/\.js$/, ''), Math.floor(bytes / 1024)]),
);

function bundleSizes(dir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  if (!existsSync(dir)) return sizes;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const match = /(^|\/)(content|engine|background|popup|options)[^/]*\.js$/.exec(name);
    if (match?.[2]) sizes[match[2]] = (sizes[match[2]] ?? 0) + Math.round(statSync(join(dir, name)).size / 1024);
  }
  return sizes;
}

export async function footprintBench(): Promise<{
  bundlesKB: Record<string, number>;
  budgetsKB: Record<string, number>;
  cliPeakRssMB: number | null;
  cliPages: number | null;
}> {
  const bundlesKB = bundleSizes('dist/chrome');
  const root = mkdtempSync(join(tmpdir(), 'contact-audit-mem-'));
  generateSite(root);
  const server = await serveDirectory(root);
  try {
    const run = await peakMemory('dist/cli/contact-audit.js', server.origin);
    return { bundlesKB, budgetsKB: BUNDLE_BUDGET_KB, cliPeakRssMB: run.peakRssMB, cliPages: run.pages };
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export interface MemoryRun {
  /** Peak resident memory of the whole process, MB; null if the child did not say. */
  peakRssMB: number | null;
  /** Largest V8 heap sampled (measure-rss.mjs), MB. */
  peakHeapMB: number | null;
  /** Pages the report says were read (crawl.pagesFetched). */
  pages: number | null;
  wallMs: number;
  exitCode: number | null;
}

/**
 * The CLI (`cli`, run through measure-rss.mjs) auditing the whole site at `origin`: no page budget
 * to speak of, depth enough to reach every page, the report on stdout as JSON.
 */
export async function peakMemory(cli: string, origin: string): Promise<MemoryRun> {
  const args = [`${origin}/`, '--max-pages', '10000', '--max-depth', '8', '--concurrency', '8', '--max-time', '0', '--quiet'];
  const child = await runNode(['bench/measure-rss.mjs', cli, ...args]);
  const mb = (re: RegExp) => {
    const kb = re.exec(child.stderr)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  };
  let pages: number | null = null;
  try {
    pages = (JSON.parse(child.stdout) as { crawl: { pagesFetched: number } }[])[0]!.crawl.pagesFetched;
  } catch {
    pages = null;
  }
  return { peakRssMB: mb(/maxRSS=(\d+)/), peakHeapMB: mb(/maxHeapKB=(\d+)/), pages, wallMs: Math.round(child.wallMs), exitCode: child.code };
}

/** Issue #12: a whole-site crawl of 10,000 pages stays under 500 MB of peak RSS. */
export const MEMORY_GOAL_MB = 500;

/**
 * Peak memory of the built CLI (bin/contact-audit.js) reading every page of the generated
 * 10,000-page retail site (generate-site.ts: 20–60 KB pages, a 200-link mega-menu), served on
 * 127.0.0.1 without added latency: the analysis, not the network, sets the pace.
 */
export async function memoryBench(cli = 'bin/contact-audit.js', sitePages = 10_000): Promise<MemoryRun & { sitePages: number; siteMB: number }> {
  const root = mkdtempSync(join(tmpdir(), 'contact-audit-big-'));
  try {
    const site = generateBigSite(root, sitePages);
    const siteMB = Math.round(readdirSync(root, { recursive: true }).reduce((sum: number, f) => sum + statSync(join(root, String(f))).size, 0) / 1e6);
    const server = await serveDirectory(root);
    try {
      return { ...(await peakMemory(cli, server.origin)), sitePages: site.pages, siteMB };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
