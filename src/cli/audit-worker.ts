// One audit thread of the CLI (audit-workers.ts starts them): audits the sites it is given, several
// at once, and answers with their progress and reports. The page analysis is CPU-bound, so a batch
// on one event loop keeps one core busy while the others idle (issue #12); each thread is another.
import { parentPort } from 'node:worker_threads';
import { runAudit } from '../core/audit.js';
import type { CrawlOptions } from '../core/crawl/crawl-types.js';
import { nodeFetcher } from './node-fetcher.js';
import { AuditJobSchema, type WorkerReply } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('audit-worker.js runs as a worker thread of the contact-audit command');

port.on('message', (raw: unknown) => {
  const job = AuditJobSchema.parse(raw);
  const reply = (msg: WorkerReply): void => port.postMessage(msg);
  runAudit({
    startUrl: job.url,
    options: job.options as Partial<CrawlOptions>,
    fetcher: nodeFetcher,
    toolVersion: job.toolVersion,
    onProgress: (progress) => reply({ id: job.id, type: 'progress', progress }),
  }).then(
    (report) => reply({ id: job.id, type: 'report', report }),
    (err: unknown) => reply({ id: job.id, type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
