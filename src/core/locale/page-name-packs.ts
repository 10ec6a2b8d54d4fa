// The contact-page and legal-notice names of every language pack (packs/page-names/*), for readers
// that need only those: the scores' contact-page and imprint checks. Same order as packs.ts.
import type { PageNameWords } from './language-pack.js';
import { EN_PAGE_NAMES } from './packs/page-names/en.js';
import { DE_PAGE_NAMES } from './packs/page-names/de.js';
import { FR_PAGE_NAMES } from './packs/page-names/fr.js';
import { ES_PAGE_NAMES } from './packs/page-names/es.js';
import { IT_PAGE_NAMES } from './packs/page-names/it.js';
import { NL_PAGE_NAMES } from './packs/page-names/nl.js';
import { PT_PAGE_NAMES } from './packs/page-names/pt.js';
import { JA_PAGE_NAMES } from './packs/page-names/ja.js';
import { KO_PAGE_NAMES } from './packs/page-names/ko.js';
import { ZH_PAGE_NAMES } from './packs/page-names/zh.js';
import { SV_PAGE_NAMES } from './packs/page-names/sv.js';
import { PL_PAGE_NAMES } from './packs/page-names/pl.js';
import { RU_PAGE_NAMES } from './packs/page-names/ru.js';

export const PAGE_NAME_PACKS: readonly PageNameWords[] = [
  EN_PAGE_NAMES,
  DE_PAGE_NAMES,
  FR_PAGE_NAMES,
  ES_PAGE_NAMES,
  IT_PAGE_NAMES,
  NL_PAGE_NAMES,
  PT_PAGE_NAMES,
  JA_PAGE_NAMES,
  KO_PAGE_NAMES,
  ZH_PAGE_NAMES,
  SV_PAGE_NAMES,
  PL_PAGE_NAMES,
  RU_PAGE_NAMES,
];
