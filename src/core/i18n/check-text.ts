// A check's title, explanation and evidence notes in the reader's language. A report keeps them in
// English (the JSON contract) and, since schema 2.2.0, the explanation and each note as a catalogue
// message; a report without one (older, or a check not yet in the catalogue) is shown in its English words.
import type { Check } from '../report/schema.js';
import type { MessageKey, Translate } from './catalogue.js';

/** "checks_sales_contact_depth_title": the catalogue key of a check's title. */
export function checkTitleKey(id: string): string {
  return `checks_${id.replace(/[^a-zA-Z0-9]+/g, '_')}_title`;
}

export function checkTitle(check: Pick<Check, 'id' | 'title'>, t: Translate): string {
  const key = checkTitleKey(check.id);
  const text = t(key as MessageKey);
  return text === key ? check.title : text;
}

export function checkExplanation(check: Pick<Check, 'explanation' | 'message'>, t: Translate): string {
  if (!check.message) return check.explanation;
  const text = t(check.message.key as MessageKey, check.message.params);
  return text === check.message.key ? check.explanation : text;
}

/** An evidence item's note in the reader's language: its message, else its English `note` ('' when it has neither). */
export function evidenceText(evidence: Pick<Check['evidence'][number], 'note' | 'message'>, t: Translate): string {
  if (!evidence.message) return evidence.note ?? '';
  const text = t(evidence.message.key as MessageKey, evidence.message.params);
  return text === evidence.message.key ? (evidence.note ?? '') : text;
}
