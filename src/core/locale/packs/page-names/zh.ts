// Chinese: the names of the contact page and of the legal-notice page (language-pack.ts: PageNameWords),
// apart from the rest of the pack so the worker, which scores them, does not carry every other word.
import type { PageNameWords } from '../../language-pack.js';

export const ZH_PAGE_NAMES: PageNameWords = {
  unspaced: true,
  contactPage: { words: ['联系我们', '聯絡我們', '联系方式', '聯繫方式'], notThese: ['隐形眼镜'] },
  legalNotice: ['营业执照', '公司信息'],
};
