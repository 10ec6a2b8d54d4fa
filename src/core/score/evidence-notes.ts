// The phrases of evidence notes as catalogue messages (checks_note_*), shared by several checks.
// Ids (roles, kinds, phone line types) become nested messages, so each reader gets them in their
// language; values found on a page stay as written. check.ts evidenceNote() renders the English
// `note` of the report from the same message.
import type { Finding } from '../report/schema.js';
import type { MessageRef } from '../i18n/message-format.js';
import { listMessage } from './audit-context.js';

/** "phone", "Telefon": a kind of finding. */
export function kindMessage(kind: Finding['kind']): MessageRef {
  return { key: `checks_note_kind_${kind}` };
}

/** "sales", "Vertrieb": whom a finding is for. */
export function roleMessage(role: Finding['role']): MessageRef {
  return { key: `checks_note_role_${role}` };
}

/** "sales phone" ("Telefon (Vertrieb)"): who and what a finding is. */
export function contactMessage(f: Pick<Finding, 'role' | 'kind'>): MessageRef {
  return { key: 'checks_note_contact', params: { role: roleMessage(f.role), kind: kindMessage(f.kind) } };
}

// The phone flags that say what kind of line a number is (libphonenumber's number types), so what a
// call costs; the other flags say how the number was shown, which the cost checks do not weigh.
const LINE_TYPES: readonly string[] = [
  'toll-free',
  'premium-rate',
  'shared-cost',
  'mobile',
  'fixed-line',
  'fixed-line-or-mobile',
  'voip',
  'personal-number',
  'uan',
  'pager',
  'voicemail',
];

/** "support phone: toll-free": a phone and its line types (only those in `only`, when given). */
export function phoneLinesMessage(f: Pick<Finding, 'role' | 'kind' | 'flags'>, only: readonly string[] = LINE_TYPES): MessageRef {
  const lines = f.flags.filter((flag) => LINE_TYPES.includes(flag) && only.includes(flag));
  const named = lines.length ? listMessage(lines.map((line) => ({ key: `checks_note_line_${line.replace(/-/g, '_')}` }))) : { key: 'checks_note_line_unknown' };
  return { key: 'checks_note_phone_lines', params: { contact: contactMessage(f), lines: named } };
}
