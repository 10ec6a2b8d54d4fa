// Benchmark 3: bundle sizes of the extension's parts against their budgets, and the peak memory
// (max RSS) of the CLI auditing the whole generated 500-page site.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../scripts/lib/static-server.js';
import { BUNDLE_BUDGETS } from '../scripts/build-extension.js';
import { generateSite } from './generate-site.js';
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
    // The whole site: no page budget, depth enough to reach every page.
    const child = await runNode([
      'bench/measure-rss.mjs',
      'dist/cli/contact-audit.js',
      `${server.origin}/`,
      '--max-pages',
      '10000',
      '--max-depth',
      '8',
      '--concurrency',
      '8',
      '--quiet',
    ]);
    const rss = /maxRSS=(\d+)/.exec(child.stderr)?.[1];
    let pages: number | null = null;
    try {
      pages = (JSON.parse(child.stdout) as { crawl: { pagesFetched: number } }[])[0]!.crawl.pagesFetched;
    } catch {
      pages = null;
    }
    return { bundlesKB, budgetsKB: BUNDLE_BUDGET_KB, cliPeakRssMB: rss ? Math.round(Number(rss) / 1024) : null, cliPages: pages };
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
