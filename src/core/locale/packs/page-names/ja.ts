// Japanese: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const JA_PAGE_NAMES: PageNameWords = {
  unspaced: true,
  contactPage: { words: ['お問い合わせ', '問い合わせ', 'お問合せ'], notThese: ['コンタクトレンズ'] },
  legalNotice: ['特定商取引法'],
};
