import { englishTitle, isNoreply, shown } from '../audit-context.js';
import { evidenceNote, fail, notApplicable, pass, type CheckDefinition } from '../check.js';
import { contactMessage } from '../evidence-notes.js';

// Worth 2 of the 20 site-wide points: a published address that nobody reads.
const WEIGHT = 2;
// A noreply address beside real ones still misleads whoever writes to it (our judgement); the only address being noreply is the full failure.
const SOME_NOREPLY_SHARE = 0.3;

/** The email addresses published are read: not noreply mailboxes. */
export const noreplyEmail: CheckDefinition = {
  id: 'noreply-email',
  title: englishTitle('checks_noreply_email_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'KG Berlin 23 U 124/14: a mailbox that is never read breaches the duty to offer rapid, direct contact',
  evaluate(ctx) {
    const emails = ctx.findings.filter((f) => f.kind === 'email');
    if (!emails.length) return notApplicable({ key: 'checks_noreply_email_none' });
    const noreply = emails.filter(isNoreply);
    const evidence = noreply.slice(0, 10).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(contactMessage(f)) }));
    if (!noreply.length)
      return pass(
        { key: 'checks_noreply_email_pass', params: { count: emails.length } },
        emails.slice(0, 5).map((f) => ({ url: f.url, value: shown(f) })),
      );
    const example = shown(noreply[0]!);
    if (noreply.length === emails.length) {
      return fail(WEIGHT, 1, { key: 'checks_noreply_email_all', params: { count: emails.length, value: example } }, evidence);
    }
    return fail(
      WEIGHT,
      SOME_NOREPLY_SHARE,
      { key: 'checks_noreply_email_some', params: { noreply: noreply.length, total: emails.length, value: example } },
      evidence,
    );
  },
};
