import { phrase, reasonOf, type Reason } from '../outcome/reason.js';
import { FetchFailure } from './crawl-types.js';

/**
 * The audit's overall deadline. Per-request timeouts alone let a site whose every page hangs
 * cost ⌈pages ÷ concurrency⌉ × timeoutMs (60 pages, 4 at a time, 10 s: 150 s), and a batch
 * waits for its slowest site. Past the deadline no request is made, and a request still in
 * flight is given only the time left, so the audit ends near the deadline with what was read.
 */
export class TimeBudget {
  private readonly deadline: number | undefined;
  /** True once the deadline stopped a request or left work undone: the crawl is then partial. */
  usedUp = false;
  /** Requests in flight when the deadline came, cut short. */
  cutShort = 0;
  /** Requests that were due but not made. */
  notMade = 0;

  constructor(
    /** Milliseconds for the whole audit; 0 or undefined: no deadline. */
    readonly maxTimeMs: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    if (maxTimeMs !== undefined && !(Number.isFinite(maxTimeMs) && maxTimeMs >= 0))
      throw new RangeError(`maxTimeMs must be a number of milliseconds ≥ 0 (got ${maxTimeMs})`);
    this.deadline = maxTimeMs ? now() + maxTimeMs : undefined;
  }

  /** Milliseconds left (Infinity without a deadline); never negative. */
  left(): number {
    return this.deadline === undefined ? Infinity : Math.max(0, this.deadline - this.now());
  }

  /**
   * Called where work is about to start: true (and remembered) when the deadline has passed, so
   * the crawl is marked partial only when the deadline actually left something undone.
   */
  stops(): boolean {
    if (this.left() > 0) return false;
    this.usedUp = true;
    return true;
  }

  /** Why the report is partial, for `partialReason`. */
  reason(pagesRead: number): Reason {
    return reasonOf('reason_time_budget', {
      time: phrase('reason_seconds', { seconds: Math.round((this.maxTimeMs ?? 0) / 100) / 10 }),
      pages: phrase('reason_pages_read', { count: pagesRead }),
      cut: this.cutShort ? phrase('reason_cut_short', { count: this.cutShort }) : '',
    });
  }
}

/** A request the deadline stopped: not the page's fault, so not recorded as the page's error. */
export class DeadlineReached extends FetchFailure {
  constructor(maxTimeMs: number | undefined) {
    super(`the audit's time budget (${seconds(maxTimeMs)}) was used up`, 'timeout');
    this.name = 'DeadlineReached';
  }
}

/** "1.5 s", "120 s". */
function seconds(ms: number | undefined): string {
  return `${Math.round((ms ?? 0) / 100) / 10} s`;
}
