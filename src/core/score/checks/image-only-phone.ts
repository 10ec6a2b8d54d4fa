import { englishTitle, shown } from '../audit-context.js';
import { evidenceNote, fail, notApplicable, pass, type CheckDefinition } from '../check.js';
import { contactMessage } from '../evidence-notes.js';

// Worth 1 of the 20 site-wide points: the number is there for sighted visitors, hidden from screen readers, search and copy-paste.
const WEIGHT = 1;
// Some phones as text, some only as images: half the weight (our judgement).
const SOME_IMAGE_ONLY_SHARE = 0.5;

/** Phone numbers are text, not only an image of text. */
export const imageOnlyPhone: CheckDefinition = {
  id: 'image-only-phone',
  title: englishTitle('checks_image_only_phone_title'),
  category: 'overall',
  weight: WEIGHT,
  source: 'WCAG 2.1 SC 1.1.1 and 1.4.5 (images of text); European Accessibility Act, Directive (EU) 2019/882',
  evaluate(ctx) {
    const phones = ctx.findings.filter((f) => f.kind === 'phone');
    const imagePhones = phones.filter((f) => f.flags.includes('image-only'));
    const gates = ctx.findings.filter((f) => f.kind === 'gate' && (f.value === 'image-only-phone' || f.flags.includes('image-only-phone')));
    const evidence = [...imagePhones, ...gates].slice(0, 10).map((f) => ({
      url: f.url,
      value: shown(f),
      ...evidenceNote(f.kind === 'gate' ? { key: 'checks_note_phone_image' } : { key: 'checks_note_image_only', params: { contact: contactMessage(f) } }),
    }));
    if (!imagePhones.length && !gates.length) {
      return phones.length
        ? pass({ key: 'checks_image_only_phone_pass', params: { count: phones.length } })
        : notApplicable({ key: 'checks_image_only_phone_none' });
    }
    const textPhones = phones.length - imagePhones.length;
    if (textPhones > 0) {
      const others = { key: 'checks_image_only_phone_others', params: { count: textPhones } };
      return fail(
        WEIGHT,
        SOME_IMAGE_ONLY_SHARE,
        { key: 'checks_image_only_phone_some', params: { count: imagePhones.length + gates.length, others } },
        evidence,
      );
    }
    return fail(WEIGHT, 1, { key: 'checks_image_only_phone_all' }, evidence);
  },
};
