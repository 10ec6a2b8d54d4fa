import type { Check } from '../report/schema.js';
import type { AuditContext } from './audit-context.js';
import { translator } from '../i18n/catalogue.js';
import type { MessageRef } from '../i18n/message-format.js';

export type CheckCategory = Check['category'];
export type Evidence = Check['evidence'][number];

/** What a check says about one site: its status, the points it adds and why. */
export interface CheckOutcome {
  status: Check['status'];
  /** Points of hiddenness, 0..weight; 0 when the check passed or does not apply. */
  points: number;
  /** One sentence, with the numbers (clicks, pages, values), in English. */
  explanation: string;
  /** The same sentence as a catalogue message, so each reader gets it in their language. */
  message?: MessageRef;
  evidence: Evidence[];
}

/** What a check says: a catalogue message (preferred: readers get their language) or plain English. */
export type Explanation = string | MessageRef;
const ENGLISH = translator('en');

function explained(explanation: Explanation): Pick<CheckOutcome, 'explanation' | 'message'> {
  if (typeof explanation === 'string') return { explanation };
  return { explanation: ENGLISH(explanation.key as never, explanation.params), message: explanation };
}

/**
 * An evidence note as a catalogue message, with its English rendering as the report's `note` (the
 * JSON contract), so the two cannot drift. Params stay language-neutral: values from the page,
 * numbers, URLs, and ids as nested messages.
 */
export function evidenceNote(message: MessageRef): Required<Pick<Evidence, 'note' | 'message'>> {
  return { note: ENGLISH(message.key as never, message.params), message };
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
export function pass(explanation: Explanation, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'pass', points: 0, ...explained(explanation), evidence };
}

/** A check that does not apply to this site: no points. */
export function notApplicable(explanation: Explanation, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'not-applicable', points: 0, ...explained(explanation), evidence };
}

/** A failed check worth `share` (0..1] of its weight. */
export function fail(weight: number, share: number, explanation: Explanation, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'fail', points: weight * Math.min(1, Math.max(0, share)), ...explained(explanation), evidence };
}
