// The crawler's words and the block-page titles of every language pack (packs/crawl/*), for the crawl
// (crawl/state-changing-link.ts, crawl-trap.ts, sitemap-pages.ts) and the fetchers (crawl/challenge-page.ts,
// which the extension's background and content scripts bundle): they import these and no other word.
// Same order as packs.ts.
import type { BlockPageWords, CrawlWords } from './crawl-words.js';
import { EN_BLOCK_PAGE, EN_CRAWL } from './packs/crawl/en.js';
import { DE_BLOCK_PAGE, DE_CRAWL } from './packs/crawl/de.js';
import { FR_BLOCK_PAGE, FR_CRAWL } from './packs/crawl/fr.js';
import { ES_BLOCK_PAGE, ES_CRAWL } from './packs/crawl/es.js';
import { IT_BLOCK_PAGE, IT_CRAWL } from './packs/crawl/it.js';
import { NL_BLOCK_PAGE, NL_CRAWL } from './packs/crawl/nl.js';
import { PT_BLOCK_PAGE, PT_CRAWL } from './packs/crawl/pt.js';
import { JA_BLOCK_PAGE, JA_CRAWL } from './packs/crawl/ja.js';
import { KO_BLOCK_PAGE, KO_CRAWL } from './packs/crawl/ko.js';
import { ZH_BLOCK_PAGE, ZH_CRAWL } from './packs/crawl/zh.js';
import { SV_BLOCK_PAGE, SV_CRAWL } from './packs/crawl/sv.js';
import { PL_BLOCK_PAGE, PL_CRAWL } from './packs/crawl/pl.js';
import { RU_BLOCK_PAGE, RU_CRAWL } from './packs/crawl/ru.js';

export const CRAWL_PACKS: readonly CrawlWords[] = [
  EN_CRAWL,
  DE_CRAWL,
  FR_CRAWL,
  ES_CRAWL,
  IT_CRAWL,
  NL_CRAWL,
  PT_CRAWL,
  JA_CRAWL,
  KO_CRAWL,
  ZH_CRAWL,
  SV_CRAWL,
  PL_CRAWL,
  RU_CRAWL,
];

export const BLOCK_PAGE_PACKS: readonly BlockPageWords[] = [
  EN_BLOCK_PAGE,
  DE_BLOCK_PAGE,
  FR_BLOCK_PAGE,
  ES_BLOCK_PAGE,
  IT_BLOCK_PAGE,
  NL_BLOCK_PAGE,
  PT_BLOCK_PAGE,
  JA_BLOCK_PAGE,
  KO_BLOCK_PAGE,
  ZH_BLOCK_PAGE,
  SV_BLOCK_PAGE,
  PL_BLOCK_PAGE,
  RU_BLOCK_PAGE,
];
