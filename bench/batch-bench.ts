// Benchmark 4: the CLI auditing 50 fixture sites (served with 50 ms latency) in one run with 1, 4 and 16 sites at a time.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFixture } from '../scripts/lib/serve-fixture.js';
import type { StaticServer } from '../scripts/lib/static-server.js';
import { runNode } from './run-node.js';

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
