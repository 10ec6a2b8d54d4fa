import { isNoreply, shown } from '../audit-context.js';
import { fail, notApplicable, pass, type CheckDefinition } from '../check.js';

// Worth 2 of the 20 site-wide points: a published address that nobody reads.
const WEIGHT = 2;
// A noreply address beside real ones still misleads whoever writes to it (our judgement); the only address being noreply is the full failure.
const SOME_NOREPLY_SHARE = 0.3;

/** The email addresses published are read: not noreply mailboxes. */
export const noreplyEmail: CheckDefinition = {
  id: 'noreply-email',
  title: 'Published email addresses are read (no noreply)',
  category: 'overall',
  weight: WEIGHT,
  source: 'KG Berlin 23 U 124/14: a mailbox that is never read breaches the duty to offer rapid, direct contact',
  evaluate(ctx) {
    const emails = ctx.findings.filter((f) => f.kind === 'email');
    if (!emails.length) return notApplicable('No email address was found (the human-channel checks count that).');
    const noreply = emails.filter(isNoreply);
    const evidence = noreply.slice(0, 10).map((f) => ({ url: f.url, value: shown(f), note: `${f.role} email` }));
    if (!noreply.length)
      return pass(
        `None of the ${emails.length} email address${emails.length === 1 ? '' : 'es'} found is a noreply mailbox.`,
        emails.slice(0, 5).map((f) => ({ url: f.url, value: shown(f) })),
      );
    if (noreply.length === emails.length) {
      return fail(
        WEIGHT,
        1,
        `The only email address${emails.length === 1 ? '' : 'es'} found ${emails.length === 1 ? 'is a noreply mailbox' : `(${emails.length}) are noreply mailboxes`}: ${shown(noreply[0]!)}.`,
        evidence,
      );
    }
    return fail(
      WEIGHT,
      SOME_NOREPLY_SHARE,
      `${noreply.length} of ${emails.length} email addresses found are noreply mailboxes, e.g. ${shown(noreply[0]!)}.`,
      evidence,
    );
  },
};
