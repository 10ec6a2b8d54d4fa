// English: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const EN_PAGE_NAMES: PageNameWords = {
  contactPage: {
    words: ['contact', 'contact us', 'get in touch', 'reach us', 'talk to us', 'talk to sales', 'write to us'],
    notThese: ['contactless', 'contact center', 'contact centre', 'contact centers', 'contact centres', 'contact lens', 'contact lenses'],
  },
  legalNotice: ['imprint', 'legal notice'],
};
