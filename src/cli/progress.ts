import type { CrawlProgress } from '../core/crawl/crawl-types.js';
import type { Report } from '../core/report/schema.js';

/**
 * Progress on stderr: a one-line bar redrawn in place on a terminal, one line per site otherwise
 * (so logs of batch runs stay readable). The report itself always goes to stdout or --out.
 */
export interface ProgressReporter {
  siteStarted(url: string): void;
  page(url: string, p: CrawlProgress): void;
  siteDone(url: string, report: Report): void;
  siteFailed(url: string, message: string): void;
  finish(): void;
}

const BAR_WIDTH = 24;

export function progressReporter(stream: NodeJS.WriteStream, opts: { quiet: boolean; total: number }): ProgressReporter {
  if (opts.quiet) return { siteStarted() {}, page() {}, siteDone() {}, siteFailed() {}, finish() {} };
  const tty = stream.isTTY === true;
  const live = new Map<string, CrawlProgress>();
  let done = 0;
  let drawn = false;
  const clear = () => {
    if (tty && drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = () => {
    if (!tty) return;
    let pages = 0;
    let budget = 0;
    let depth = 0;
    for (const p of live.values()) {
      pages += p.pagesFetched;
      budget += p.maxPages;
      depth = Math.max(depth, p.depth);
    }
    const filled = budget ? Math.round((pages / budget) * BAR_WIDTH) : 0;
    const bar = '█'.repeat(Math.min(filled, BAR_WIDTH)).padEnd(BAR_WIDTH, '░');
    const sites = opts.total > 1 ? ` · sites ${done}/${opts.total}` : '';
    const line = `${bar} ${pages}/${budget} pages · depth ${depth}${sites}`;
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
      live.set(url, { pagesFetched: 0, maxPages: 0, depth: 0, url, queued: 0 });
      if (!tty) say(`auditing ${url}`);
      else draw();
    },
    page(url, p) {
      live.set(url, p);
      draw();
    },
    siteDone(url, report) {
      done++;
      live.delete(url);
      const s = report.scores;
      if (!s) {
        // Nothing was audited: a score here would only mislead.
        const detail = report.partialReason ? ` (${report.partialReason})` : '';
        say(`✗ ${url}: could not audit: ${report.outcome.reason ?? 'the start page could not be read'}${detail}`);
        return;
      }
      const partial = report.outcome.status === 'partial' ? ` (partial: ${report.outcome.reason})` : '';
      say(`✓ ${url}: overall ${s.overall} (${s.grade}), sales ${s.sales}, support ${s.support}; ${report.crawl.pagesFetched} pages${partial}`);
    },
    siteFailed(url, message) {
      done++;
      live.delete(url);
      say(`✗ ${url}: ${message}`);
    },
    finish() {
      clear();
    },
  };
}
