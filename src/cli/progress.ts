import type { CrawlProgress } from '../core/crawl/crawl-types.js';
import type { Translate } from '../core/i18n/catalogue.js';
import { outcomeReason } from '../core/i18n/outcome-text.js';
import { oneLine } from '../core/report/escape.js';
import type { Report } from '../core/report/schema.js';
import type { OutStream } from './io.js';
import { ProgressTally } from './progress-tally.js';

/**
 * Progress on stderr: a one-line bar redrawn in place on a terminal, one line per site otherwise
 * (so logs of batch runs stay readable). The report itself always goes to stdout or --output.
 */
export interface ProgressReporter {
  siteStarted(url: string): void;
  page(url: string, p: CrawlProgress): void;
  siteDone(url: string, report: Report): void;
  siteFailed(url: string, message: string): void;
  finish(): void;
}

const BAR_WIDTH = 24;

export function progressReporter(stream: OutStream, opts: { quiet: boolean; total: number; t: Translate }): ProgressReporter {
  if (opts.quiet) return { siteStarted() {}, page() {}, siteDone() {}, siteFailed() {}, finish() {} };
  const { t } = opts;
  const tty = stream.isTTY === true;
  const tally = new ProgressTally(opts.total);
  let drawn = false;
  const clear = () => {
    if (tty && drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = () => {
    if (!tty) return;
    const fraction = tally.fraction();
    const filled = Math.floor(fraction * BAR_WIDTH);
    const bar = '█'.repeat(filled).padEnd(BAR_WIDTH, '░');
    const pages = t('cli_progress_pages', { count: tally.pages() });
    const where = opts.total > 1 ? t('cli_progress_sites', { done: tally.sitesDone, total: opts.total }) : t('cli_progress_depth', { depth: tally.depth() });
    const line = `${bar} ${Math.floor(fraction * 100)}% · ${pages} · ${where}`;
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
    drawn = true;
  };
  const say = (line: string) => {
    clear();
    stream.write(`${line}\n`);
    draw();
  };
  return {
    siteStarted(url) {
      tally.start(url);
      if (!tty) say(t('cli_progress_auditing', { url }));
      else draw();
    },
    page(url, p) {
      tally.update(url, p);
      draw();
    },
    siteDone(url, report) {
      tally.finish(url);
      const s = report.scores;
      if (!s) {
        // Nothing was audited: a score here would only mislead.
        const reason = oneLine(outcomeReason(report.outcome, t) ?? t('cli_start_page_unreadable'));
        const detail = report.partialReason ? ` (${oneLine(report.partialReason)})` : '';
        say(t('cli_progress_failed', { url, reason, detail }));
        return;
      }
      const partial = report.outcome.status === 'partial' ? ` ${t('cli_progress_partial', { reason: oneLine(outcomeReason(report.outcome, t) ?? '') })}` : '';
      const pages = t('cli_progress_pages', { count: report.crawl.pagesFetched });
      say(t('cli_progress_done', { url, overall: s.overall, grade: s.grade, sales: s.sales, support: s.support, pages, partial }));
    },
    siteFailed(url, message) {
      tally.finish(url);
      say(t('cli_progress_internal', { url, message: oneLine(message) }));
    },
    finish() {
      clear();
    },
  };
}
