// German: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const DE_PAGE_NAMES: PageNameWords = {
  contactPage: { words: ['kontakt', 'kontaktformular', 'schreiben sie uns'], notThese: ['kontaktlos', 'kontaktlinse'] },
  legalNotice: ['impressum'],
};
