// Benchmark 4: the CLI auditing 50 fixture sites (served with 50 ms latency) in one run with 1, 4 and 16 sites at a time;
// and a CPU-bound batch on one audit thread and on one per core.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveFixture } from '../scripts/lib/serve-fixture.js';
import { serveDirectory, type StaticServer } from '../scripts/lib/static-server.js';
import { runNode } from './run-node.js';
import { megaMenuRetail } from './site-shapes/shapes.js';

const SITES = 50;
/** The same round trip as the crawl benchmark: on loopback with none, sites in parallel only compete for CPU. */
const LATENCY_MS = 50;
export const BATCH_CONCURRENCY = [1, 4, 16];

export async function batchBench(): Promise<{
  sites: number;
  runs: { sitesAtOnce: number; wallMs: number; sitesPerSecond: number; exitCode: number | null; reports: number }[];
}> {
  const fixtureSites = readdirSync('fixtures').filter((d) => statSync(join('fixtures', d)).isDirectory());
  // 50 distinct origins (one server each), cycling through the fixture sites.
  const servers: StaticServer[] = [];
  for (let i = 0; i < SITES; i++) servers.push(await serveFixture(fixtureSites[i % fixtureSites.length] as string, { latencyMs: LATENCY_MS }));
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-batch-'));
  const urlsFile = join(dir, 'urls.txt');
  writeFileSync(urlsFile, servers.map((s) => `${s.origin}/`).join('\n'));
  try {
    const runs = [];
    for (const sitesAtOnce of BATCH_CONCURRENCY) {
      const child = await runNode(['bin/contact-audit.js', '--urls-file', urlsFile, '--sites', String(sitesAtOnce), '--format', 'jsonl', '--quiet']);
      const reports = child.stdout.split('\n').filter(Boolean).length;
      runs.push({
        sitesAtOnce,
        wallMs: Math.round(child.wallMs),
        sitesPerSecond: Number((SITES / (child.wallMs / 1000)).toFixed(2)),
        exitCode: child.code,
        reports,
      });
    }
    return { sites: SITES, runs };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Sites of the heavy shape for the threads run: enough to keep every thread busy, and to outweigh what
 * a run pays once (the CLI's start, a worker's half second of CPU to load): with 8, one run's noise on
 * this 2-core machine (1.05–1.21x between runs) was as large as the gain it measures.
 */
const THREAD_SITES = 16;
const THREAD_LATENCY_MS = 20;

/**
 * The same batch on one audit thread and on one per core (src/cli/audit-workers.ts): sixteen copies of
 * the mega-menu retail shape (30–80 KB pages, bench/site-shapes/shapes.ts), where the page analysis,
 * not the network, sets the pace. Sites/s should grow with the threads, up to the cores.
 */
export async function threadsBench(): Promise<{
  sites: number;
  cores: number;
  runs: { jobs: number; wallMs: number; sitesPerSecond: number; reports: number }[];
}> {
  const root = mkdtempSync(join(tmpdir(), 'contact-audit-threads-'));
  for (const [url, html] of megaMenuRetail().pages) {
    const path = new URL(url).pathname;
    const file = path === '/' ? join(root, 'index.html') : join(root, `${path.replace(/\/$/, '')}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  const servers: StaticServer[] = [];
  for (let i = 0; i < THREAD_SITES; i++) servers.push(await serveDirectory(root, { latencyMs: THREAD_LATENCY_MS }));
  const urlsFile = join(root, 'urls.txt');
  writeFileSync(urlsFile, servers.map((s) => `${s.origin}/`).join('\n'));
  const cores = availableParallelism();
  try {
    const runs = [];
    for (const jobs of [...new Set([1, cores])]) {
      const args = ['bin/contact-audit.js', '--urls-file', urlsFile, '--sites', String(THREAD_SITES), '--jobs', String(jobs), '--format', 'jsonl', '--quiet'];
      const child = await runNode(args);
      const wallMs = Math.round(child.wallMs);
      runs.push({
        jobs,
        wallMs,
        sitesPerSecond: Number((THREAD_SITES / (wallMs / 1000)).toFixed(2)),
        reports: child.stdout.split('\n').filter(Boolean).length,
      });
    }
    return { sites: THREAD_SITES, cores, runs };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(root, { recursive: true, force: true });
  }
}
