import { englishTitle, forRole, shown } from '../audit-context.js';
import { evidenceNote, fail, notApplicable, pass, type CheckDefinition } from '../check.js';
import { phoneLinesMessage } from '../evidence-notes.js';

// Worth 2 of the 20 site-wide points: a support line that costs extra is a hurdle and, in the EU, unlawful.
const WEIGHT = 2;
// Flags meaning a call costs more than a basic-rate call.
const COSTLY_FLAGS = ['premium-rate', 'shared-cost'];
// A basic-rate support line beside the costly one: half the weight (our judgement; Art. 21 still bars the costly line).
const SOME_COSTLY_SHARE = 0.5;

/** Support (and general) phone lines cost no more than a basic-rate call. */
export const premiumRateSupport: CheckDefinition = {
  id: 'premium-rate-support',
  title: englishTitle('checks_premium_rate_support_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'Consumer Rights Directive 2011/83/EU Art. 21 (no more than a basic-rate call); CJEU C-568/15 (shared-cost 0180 lines)',
  evaluate(ctx) {
    const phones = forRole(ctx.findings, 'support').filter((f) => f.kind === 'phone');
    if (!phones.length) return notApplicable({ key: 'checks_premium_rate_support_none' });
    const costly = phones.filter((f) => f.flags.some((flag) => COSTLY_FLAGS.includes(flag)));
    if (!costly.length)
      return pass(
        { key: 'checks_premium_rate_support_pass', params: { count: phones.length } },
        phones.slice(0, 5).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(phoneLinesMessage(f)) })),
      );
    const evidence = costly.slice(0, 10).map((f) => ({ url: f.url, value: shown(f), ...evidenceNote(phoneLinesMessage(f, COSTLY_FLAGS)) }));
    const example = shown(costly[0]!);
    if (costly.length === phones.length) return fail(WEIGHT, 1, { key: 'checks_premium_rate_support_all', params: { value: example } }, evidence);
    return fail(
      WEIGHT,
      SOME_COSTLY_SHARE,
      { key: 'checks_premium_rate_support_some', params: { costly: costly.length, total: phones.length, value: example } },
      evidence,
    );
  },
};
