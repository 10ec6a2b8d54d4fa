// What became of an audit: complete; partial (the report covers what was read, and says what is
// missing: failed pages, the time budget, robots.txt, a stopped audit, every contact page failing);
// or failed (the start page could not be read: no scores, no grade, anywhere). Zod-free, so the
// popup and the messages share it.
import type { Failure, FailureKind } from './failure.js';

export const OUTCOME_STATUSES = ['complete', 'partial', 'failed'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export interface Outcome {
  status: OutcomeStatus;
  reason?: string;
  failure?: FailureKind;
  httpStatus?: number;
}

/**
 * The outcome of a crawl: failed when the start page failed or no page at all was read (a tab
 * closed before the first answer), partial when something cut it short, else complete.
 */
export function outcomeOf(crawl: { failure?: Failure; pages: readonly unknown[] }, partialReason: string | undefined): Outcome {
  if (crawl.failure) {
    const { kind, reason, status } = crawl.failure;
    return { status: 'failed', reason, failure: kind, ...(status !== undefined ? { httpStatus: status } : {}) };
  }
  if (crawl.pages.length === 0) return { status: 'failed', reason: partialReason ?? 'no page of the site could be read', failure: 'other' };
  return partialReason !== undefined ? { status: 'partial', reason: partialReason } : { status: 'complete' };
}
