// What became of an audit: complete; partial (the report covers what was read, and says what is
// missing: failed pages, the time budget, robots.txt, a stopped audit, every contact page failing);
// or failed (the start page could not be read: no scores, no grade, anywhere). Zod-free, so the
// popup and the messages share it.
import type { MessageRef } from '../i18n/message-format.js';
import type { Failure, FailureKind } from './failure.js';
import { reasonOf } from './reason.js';

export const OUTCOME_STATUSES = ['complete', 'partial', 'failed'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export interface Outcome {
  status: OutcomeStatus;
  reason?: string;
  /** Since schema 2.2.0: the reason as a catalogue message; reason stays its English words. */
  message?: MessageRef;
  failure?: FailureKind;
  httpStatus?: number;
}

/**
 * The outcome of a crawl: failed when the start page failed or no page at all was read (a tab
 * closed before the first answer), partial when something cut it short, else complete.
 */
export function outcomeOf(
  crawl: { failure?: Failure; pages: readonly unknown[] },
  partialReason: string | undefined,
  /** partialReason as a catalogue message, where the engine gave one. */
  partialMessage?: MessageRef,
): Outcome {
  if (crawl.failure) {
    const { kind, reason, message, status } = crawl.failure;
    return { status: 'failed', reason, ...(message ? { message } : {}), failure: kind, ...(status !== undefined ? { httpStatus: status } : {}) };
  }
  const partial = partialReason !== undefined ? { reason: partialReason, ...(partialMessage ? { message: partialMessage } : {}) } : undefined;
  if (crawl.pages.length === 0) return { status: 'failed', ...(partial ?? reasonOf('reason_no_page')), failure: 'other' };
  return partial ? { status: 'partial', ...partial } : { status: 'complete' };
}
