// Benchmark 4: the CLI auditing 50 fixture sites in one run with 1, 4 and 16 sites at a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory, type StaticServer } from '../scripts/lib/static-server.js';

const SITES = 50;
export const BATCH_CONCURRENCY = [1, 4, 16];

export async function batchBench(): Promise<{ sites: number; runs: { sitesAtOnce: number; wallMs: number; sitesPerSecond: number; exitCode: number | null }[] }> {
  const fixtureDirs = readdirSync('fixtures')
    .map((d) => join('fixtures', d))
    .filter((d) => statSync(d).isDirectory());
  // 50 distinct origins (one server each), cycling through the fixture sites.
  const servers: StaticServer[] = [];
  for (let i = 0; i < SITES; i++) servers.push(await serveDirectory(fixtureDirs[i % fixtureDirs.length] as string));
  const dir = mkdtempSync(join(tmpdir(), 'contact-audit-batch-'));
  const urlsFile = join(dir, 'urls.txt');
  writeFileSync(urlsFile, servers.map((s) => `${s.origin}/`).join('\n'));
  try {
    const runs = [];
    for (const sitesAtOnce of BATCH_CONCURRENCY) {
      const started = performance.now();
      const child = spawnSync(process.execPath, ['bin/contact-audit.js', '--urls-file', urlsFile, '--sites', String(sitesAtOnce), '--format', 'jsonl', '--quiet'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const wallMs = performance.now() - started;
      runs.push({ sitesAtOnce, wallMs: Math.round(wallMs), sitesPerSecond: Number((SITES / (wallMs / 1000)).toFixed(2)), exitCode: child.status });
    }
    return { sites: SITES, runs };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}
