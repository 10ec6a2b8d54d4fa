import { writeFileSync } from 'node:fs';
import { runAudit } from '../core/audit.js';
import { siteDomainOption } from '../core/crawl/site-domain.js';
import { formatReports } from '../core/report/formats/index.js';
import type { Report } from '../core/report/schema.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { EXIT } from './exit-codes.js';
import { nodeFetcher } from './node-fetcher.js';
import { progressReporter } from './progress.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Run `jobs` with at most `limit` at a time, keeping results in input order. */
async function pool<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function runCli(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`contact-audit: ${err.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  if (args.help || args.version) {
    process.stdout.write(`${args.help ? USAGE : VERSION}\n`);
    return EXIT.ok;
  }

  const progress = progressReporter(process.stderr, { quiet: args.quiet, total: args.urls.length });
  let internalErrors = 0;
  const results = await pool(args.urls, args.sites, async (url): Promise<Report | undefined> => {
    progress.siteStarted(url);
    try {
      const report = await runAudit({
        startUrl: url,
        options: { ...args.options, ...siteDomainOption(url) },
        fetcher: nodeFetcher,
        toolVersion: VERSION,
        onProgress: (p) => progress.page(url, p),
      });
      progress.siteDone(url, report);
      return report;
    } catch (err) {
      // One site's bug must not cost the rest of the batch its reports.
      internalErrors++;
      progress.siteFailed(url, `internal error: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
  progress.finish();
  const reports = results.filter((r): r is Report => r !== undefined);

  const output = formatReports(reports, args.format);
  if (args.out) {
    try {
      writeFileSync(args.out, output);
    } catch (err) {
      // The audit is done: do not lose it because the file could not be written.
      process.stderr.write(`contact-audit: cannot write ${args.out} (${(err as Error).message}); the report follows on stdout\n`);
      process.stdout.write(output);
      return EXIT.internal;
    }
  } else process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  return internalErrors ? EXIT.internal : exitCodeFor(reports);
}

/** Unreachable beats partial: a dead site in a batch is the thing to look at first. */
export function exitCodeFor(reports: Report[]): number {
  if (reports.some((r) => r.outcome.status === 'failed')) return EXIT.unreachable;
  if (reports.some((r) => r.partial)) return EXIT.partial;
  return EXIT.ok;
}
