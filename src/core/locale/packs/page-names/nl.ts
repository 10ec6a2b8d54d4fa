// Dutch: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const NL_PAGE_NAMES: PageNameWords = {
  contactPage: { words: ['contact', 'neem contact op'], notThese: ['contactloos', 'contactlens'] },
  legalNotice: ['colofon'],
};
