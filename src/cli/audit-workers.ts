// A batch's sites audited on every core: this thread and worker threads running audit-worker.js,
// each auditing several sites at once (the crawl waits on the network most of the time), a new site
// going to the thread with the fewest. This thread counts as one: it has the engine loaded already,
// and a worker costs about half a second of CPU to start (measured: npm run bench -- --only threads).
// Only from the built CLI (dist/cli), where the worker's bundle sits beside it; run from source (the
// tests), a batch stays on one thread (inProcessAuditor).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runAudit } from '../core/audit.js';
import type { CrawlOptions, CrawlProgress } from '../core/crawl/crawl-types.js';
import type { Report } from '../core/report/schema.js';
import { nodeFetcher } from './node-fetcher.js';
import { WorkerReplySchema, type AuditJob } from './worker-messages.js';

export interface SiteAudit {
  url: string;
  options: Partial<CrawlOptions>;
  toolVersion: string;
  onProgress: (p: CrawlProgress) => void;
}

export interface Auditor {
  audit(site: SiteAudit): Promise<Report>;
  close(): Promise<void>;
}

export function inProcessAuditor(): Auditor {
  return {
    audit: ({ url, options, toolVersion, onProgress }) => runAudit({ startUrl: url, options, fetcher: nodeFetcher, toolVersion, onProgress }),
    close: async () => undefined,
  };
}

/** One thread per core, by default; never more threads than sites at once or sites in all. */
export function threadCount(asked: number | undefined, sitesAtOnce: number, sites: number): number {
  return Math.max(1, Math.min(asked ?? availableParallelism(), sitesAtOnce, sites));
}

/** The worker bundle beside this one, or undefined when running from source. */
function workerBundle(): string | undefined {
  const file = fileURLToPath(new URL('./audit-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** `threads` workers, or the in-process auditor when one is enough or no worker bundle exists. */
export function batchAuditor(threads: number): Auditor {
  const bundle = workerBundle();
  if (threads <= 1 || !bundle) return inProcessAuditor();
  return threadAuditor(bundle, threads);
}

interface Pending {
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
  onProgress: (p: CrawlProgress) => void;
}

function threadAuditor(bundle: string, threads: number): Auditor {
  const pending = new Map<number, Pending & { thread: number }>();
  // load[0] is this thread's; load[i] worker i - 1's.
  const load = new Array<number>(threads).fill(0);
  const here = inProcessAuditor();
  let nextId = 0;
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const thread = i + 1;
    const worker = new Worker(bundle);
    worker.on('message', (raw: unknown) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const job = typeof id === 'number' ? pending.get(id) : undefined;
      if (!job) return;
      const reply = WorkerReplySchema.safeParse(raw);
      if (reply.success && reply.data.type === 'progress') return job.onProgress(reply.data.progress);
      pending.delete(id as number);
      load[job.thread]!--;
      if (!reply.success) job.reject(new Error(`the audit thread's answer did not parse: ${reply.error.message.slice(0, 300)}`));
      else if (reply.data.type === 'report') job.resolve(reply.data.report as Report);
      else if (reply.data.type === 'error') job.reject(new Error(reply.data.message));
    });
    // A thread that dies (out of memory, a bug outside the audit's own handling) fails its sites, not
    // the batch; no site is given to it again.
    worker.on('error', (err) => {
      load[thread] = Infinity;
      for (const [jobId, job] of pending) {
        if (job.thread !== thread) continue;
        pending.delete(jobId);
        job.reject(err);
      }
    });
    return worker;
  });
  return {
    audit(site) {
      const thread = load.indexOf(Math.min(...load));
      load[thread]!++;
      if (thread === 0) return here.audit(site).finally(() => load[0]!--);
      const id = nextId++;
      return new Promise<Report>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress: site.onProgress, thread });
        const { url, options, toolVersion } = site;
        workers[thread - 1]!.postMessage({ id, url, options, toolVersion } satisfies AuditJob);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
