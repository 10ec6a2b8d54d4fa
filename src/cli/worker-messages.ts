// The contract between the CLI and its audit threads (audit-workers.ts, audit-worker.ts): a site to
// audit in, its progress and its report (or the error that ended it) out. Parsed on arrival like
// every other message, the report with the report schema itself.
import * as z from 'zod';
import { ReportSchema } from '../core/report/schema.js';

export const AuditJobSchema = z.object({
  id: z.number().int().nonnegative(),
  url: z.string(),
  // The CLI's crawl options (args.ts built and checked them); plain data, as structured clone keeps it.
  options: z.record(z.string(), z.unknown()),
  toolVersion: z.string(),
});
export type AuditJob = z.infer<typeof AuditJobSchema>;

const Progress = z.object({ pagesFetched: z.number(), maxPages: z.number(), depth: z.number(), url: z.string(), queued: z.number() });

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('progress'), progress: Progress }),
  z.object({ id: z.number(), type: z.literal('report'), report: ReportSchema }),
  z.object({ id: z.number(), type: z.literal('error'), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
