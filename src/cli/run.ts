import { writeFileSync } from 'node:fs';
import { siteDomainOption } from '../core/crawl/site-domain.js';
import { translator } from '../core/i18n/catalogue.js';
import { formatReports } from '../core/report/formats/index.js';
import { formatText } from '../core/report/formats/text.js';
import type { Report } from '../core/report/schema.js';
import { batchAuditor, threadCount } from './audit-workers.js';
import { batchSummary } from './batch-summary.js';
import { startCheckpoint } from './checkpoint.js';
import { runCompareCli } from './compare.js';
import { EXIT } from './exit-codes.js';
import { processIo, readText, type CliIo } from './io.js';
import { cliLanguage } from './lang.js';
import { planRun, type RunPlan } from './plan.js';
import { progressReporter } from './progress.js';
import { usageText } from './usage.js';
import { UsageError } from './usage-error.js';

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

/** `argv` without the program name; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  if (argv[0] === 'compare') {
    const compareIo = {
      stdout: (s: string) => void io.stdout.write(s),
      stderr: (s: string) => void io.stderr.write(s),
      readStdin: () => readText(io.stdin),
      env: io.env,
    };
    return runCompareCli(argv.slice(1), compareIo);
  }
  let plan: RunPlan;
  try {
    plan = await planRun(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    // One line in our words and where to read more, as eslint and lighthouse do: never the whole help.
    const t = translator(cliLanguage(argv, io.env));
    io.stderr.write(`contact-audit: ${err.message}\n${t('cli_try_help')}\n`);
    return EXIT.usage;
  }
  const { args, t } = plan;
  if (args.help || args.version) {
    io.stdout.write(`${args.help ? usageText(t) : VERSION}\n`);
    return EXIT.ok;
  }

  const total = plan.urls.length + plan.kept.length;
  const progress = progressReporter(io.stderr, { quiet: args.quiet, total: plan.urls.length, t });
  const checkpoint = startCheckpoint(args.output, plan.format, plan.kept);
  let internalErrors = 0;
  const auditor = batchAuditor(threadCount(args.jobs, args.sites, plan.urls.length));
  const results = await pool(plan.urls, args.sites, async (url): Promise<Report | undefined> => {
    progress.siteStarted(url);
    try {
      const report = await auditor.audit({
        url,
        options: { ...args.options, ...siteDomainOption(url) },
        toolVersion: VERSION,
        onProgress: (p) => progress.page(url, p),
      });
      progress.siteDone(url, report);
      checkpoint.add(report);
      return report;
    } catch (err) {
      // One site's bug must not cost the rest of the batch its reports.
      internalErrors++;
      progress.siteFailed(url, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  });
  await auditor.close();
  progress.finish();
  const fresh = results.filter((r): r is Report => r !== undefined);
  const reports = [...plan.kept, ...fresh];
  // After the reports, so it is the last thing on a terminal.
  const summarise = () => {
    if (total <= 1 || args.quiet) return;
    if (plan.kept.length) io.stderr.write(`${t('cli_batch_kept', { count: plan.kept.length, file: args.output ?? '' })}\n`);
    io.stderr.write(batchSummary(reports, internalErrors, t));
  };
  const output = plan.format === 'text' ? formatText(reports, args.lang, plan.color) : formatReports(reports, plan.format, args.lang);
  if (args.output !== undefined) {
    try {
      writeFileSync(args.output, output);
    } catch (err) {
      // The audit is done: do not lose it because the file could not be written.
      const reason = (err as { code?: string }).code ?? 'EIO';
      io.stderr.write(`contact-audit: ${t('cli_error_write', { file: args.output, reason })}\n`);
      io.stdout.write(output);
      summarise();
      return EXIT.internal;
    }
  } else io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  summarise();
  return internalErrors ? EXIT.internal : exitCodeFor(fresh);
}

/** Unreachable beats partial: a dead site in a batch is the thing to look at first. */
export function exitCodeFor(reports: Report[]): number {
  if (reports.some((r) => r.outcome.status === 'failed')) return EXIT.unreachable;
  if (reports.some((r) => r.partial)) return EXIT.partial;
  return EXIT.ok;
}
