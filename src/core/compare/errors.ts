// Why a set of reports cannot be compared, as a catalogue message: the CLI prints it on one line,
// the history page shows it, each in the reader's language.
import type { MessageKey } from '../i18n/catalogue.js';

/** The fewest and most reports one compare page holds: more than ten columns no longer read side by side. */
export const MIN_REPORTS = 2;
export const MAX_REPORTS = 10;

export class CompareError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    english: string,
  ) {
    super(english);
    this.name = 'CompareError';
  }
}

export function tooFew(count: number): CompareError {
  return new CompareError('compare_error_too_few', { count, min: MIN_REPORTS }, `compare needs at least ${MIN_REPORTS} reports, got ${count}`);
}

export function tooMany(count: number): CompareError {
  return new CompareError('compare_error_too_many', { count, max: MAX_REPORTS }, `compare takes at most ${MAX_REPORTS} reports, got ${count}`);
}

export function differentSites(a: string, b: string): CompareError {
  return new CompareError('compare_error_different_sites', { a, b }, `two audits of one site are needed to see what changed, got ${a} and ${b}`);
}

export function changeNeedsTwo(count: number): CompareError {
  return new CompareError('compare_error_change_needs_two', { count }, `the change view compares exactly 2 audits of one site, got ${count}`);
}
