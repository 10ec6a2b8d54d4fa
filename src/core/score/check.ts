import type { Check } from '../report/schema.js';
import type { AuditContext } from './audit-context.js';

export type CheckCategory = Check['category'];
export type Evidence = Check['evidence'][number];

/** What a check says about one site: its status, the points it adds and why. */
export interface CheckOutcome {
  status: Check['status'];
  /** Points of hiddenness, 0..weight; 0 when the check passed or does not apply. */
  points: number;
  /** One sentence, with the numbers (clicks, pages, values). */
  explanation: string;
  evidence: Evidence[];
}

/**
 * One scoring rule, one file under score/checks, registered in checks/index.ts (like a
 * Lighthouse audit). Pure: reads the derived audit context, never the network.
 */
export interface CheckDefinition {
  /** Also the file name, e.g. 'sales-contact-depth'. */
  id: string;
  /** What a passing site does, e.g. "Sales phone or email within few clicks". */
  title: string;
  category: CheckCategory;
  /** Most points the check can add to its category; the weights of a category are data with a reason. */
  weight: number;
  /** Where the rule and its weight come from (court ruling, law, research, or our own judgement). */
  source: string;
  evaluate(ctx: AuditContext): CheckOutcome;
}

/** A passed check: no points. */
export function pass(explanation: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'pass', points: 0, explanation, evidence };
}

/** A check that does not apply to this site: no points. */
export function notApplicable(explanation: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'not-applicable', points: 0, explanation, evidence };
}

/** A failed check worth `share` (0..1] of its weight. */
export function fail(weight: number, share: number, explanation: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'fail', points: weight * Math.min(1, Math.max(0, share)), explanation, evidence };
}
