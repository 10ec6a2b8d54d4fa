import { englishTitle, listMessage, shown } from '../audit-context.js';
import { evidenceNote, fail, pass, type CheckDefinition } from '../check.js';
import { roleMessage } from '../evidence-notes.js';
import type { MessageRef } from '../../i18n/message-format.js';

// Worth 3 of the 20 site-wide points: a hurdle in front of a contact hides it from everyone who cannot pass it.
const WEIGHT = 3;
// Each distinct kind of gate (serial number, sign-in, paid plan...) costs half the weight, capped at the weight (our judgement).
const SHARE_PER_GATE_KIND = 0.5;
// The phone-as-image gate is scored by image-only-phone, not here.
const SCORED_ELSEWHERE = 'image-only-phone';
const KNOWN_GATES = new Map([
  ['serial-number', 'checks_gate_serial_number'],
  ['sign-in', 'checks_gate_sign_in'],
  ['paid-plan', 'checks_gate_paid_plan'],
]);

/** No gate (serial number, sign-in, paid plan) in front of a contact. */
export const contactGates: CheckDefinition = {
  id: 'contact-gates',
  title: englishTitle('checks_contact_gates_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'CJEU C-649/17 (means of communication must allow direct and effective contact); share per gate: our judgement',
  evaluate(ctx) {
    const gates = ctx.findings.filter((f) => f.kind === 'gate' && f.value !== SCORED_ELSEWHERE && !f.flags.includes(SCORED_ELSEWHERE));
    if (!gates.length) return pass({ key: 'checks_contact_gates_pass' });
    const kindOf = (f: (typeof gates)[number]) => f.flags.find((flag) => KNOWN_GATES.has(flag)) ?? f.value;
    const kinds = [...new Set(gates.map(kindOf))];
    // A gate the catalogue does not name is quoted as the site wrote it.
    const gateMessage = (k: string): MessageRef => {
      const key = KNOWN_GATES.get(k);
      return key ? { key } : { key: 'checks_gate_other', params: { value: shown({ value: k }) } };
    };
    const noteOf = (f: (typeof gates)[number]) => {
      const context = f.context ? { key: 'checks_note_gate_context', params: { text: shown({ value: f.context }) } } : '';
      return evidenceNote({ key: 'checks_note_gate', params: { role: roleMessage(f.role), gate: gateMessage(kindOf(f)), context } });
    };
    return fail(
      WEIGHT,
      SHARE_PER_GATE_KIND * kinds.length,
      { key: 'checks_contact_gates_fail', params: { gates: listMessage(kinds.map(gateMessage)), count: gates.length } },
      gates.slice(0, 10).map((f) => ({ url: f.url, value: shown(f), ...noteOf(f) })),
    );
  },
};
