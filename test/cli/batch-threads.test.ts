// A batch on several audit threads (src/cli/audit-workers.ts) gives the reports one thread gives,
// in the order the sites were given; the thread count follows --jobs, the cores and the batch.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import { threadCount } from '../../src/cli/audit-workers.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { ReportSchema } from '../../src/core/report/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/contact-audit.js', import.meta.url));
const TIMEOUT_MS = 60_000;

describe('audit threads', () => {
  it('one per core by default, never more than the sites at once or in the batch', () => {
    expect(threadCount(undefined, 64, 64)).toBe(Math.min(availableParallelism(), 64));
    expect(threadCount(8, 4, 100)).toBe(4);
    expect(threadCount(8, 16, 3)).toBe(3);
    expect(threadCount(1, 16, 30)).toBe(1);
  });

  it('--jobs takes a whole number from 1 to 64', () => {
    expect(parseCliArgs(['https://a.example/', '--jobs', '3']).jobs).toBe(3);
    expect(parseCliArgs(['https://a.example/']).jobs).toBeUndefined();
    expect(() => parseCliArgs(['https://a.example/', '--jobs', '0'])).toThrow(/--jobs/);
  });

  it(
    'two threads give the same reports as one, in the order given',
    async () => {
      expect(existsSync('dist/cli/audit-worker.js'), 'dist/cli/audit-worker.js is missing: run `npm run build` first').toBe(true);
      const servers = await Promise.all(['plain-sight', 'demo-vendor', 'sales-three-deep', 'chat-only'].map((name) => serveFixture(name)));
      try {
        const urls = servers.map((s) => `${s.origin}/`);
        const run = async (jobs: number) => {
          // Async on purpose: a sync child would block this process, which also serves the sites.
          const { stdout } = await promisify(execFile)(process.execPath, [bin, ...urls, '--jobs', String(jobs), '--format', 'jsonl', '--quiet'], {
            cwd: ROOT,
            maxBuffer: 20_000_000,
            timeout: TIMEOUT_MS,
          });
          return stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => ReportSchema.parse(JSON.parse(line)));
        };
        const [one, two] = [await run(1), await run(2)];
        expect(two.map((r) => r.site)).toEqual(servers.map((s) => s.origin));
        const essence = (r: (typeof one)[number]) => ({
          scores: r.scores,
          findings: r.findings.map((f) => [f.kind, f.value, f.depth]),
          pages: r.crawl.pagesFetched,
        });
        expect(two.map(essence)).toEqual(one.map(essence));
      } finally {
        await Promise.all(servers.map((s) => s.close()));
      }
    },
    TIMEOUT_MS * 2,
  );
});
