// Korean: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const KO_PAGE_NAMES: PageNameWords = {
  contactPage: { words: ['문의', '연락처'], notThese: ['콘택트렌즈'] },
  legalNotice: ['사업자정보'],
};
