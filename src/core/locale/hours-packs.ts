// The opening-hours words of every language pack (packs/hours/*), for readers that need only
// those: reach/hours.ts, which the popup bundles. Same order as packs.ts.
import type { HoursWords } from './language-pack.js';
import { EN_HOURS } from './packs/hours/en.js';
import { DE_HOURS } from './packs/hours/de.js';
import { FR_HOURS } from './packs/hours/fr.js';
import { ES_HOURS } from './packs/hours/es.js';
import { IT_HOURS } from './packs/hours/it.js';
import { NL_HOURS } from './packs/hours/nl.js';
import { PT_HOURS } from './packs/hours/pt.js';
import { JA_HOURS } from './packs/hours/ja.js';
import { KO_HOURS } from './packs/hours/ko.js';
import { ZH_HOURS } from './packs/hours/zh.js';
import { SV_HOURS } from './packs/hours/sv.js';
import { PL_HOURS } from './packs/hours/pl.js';
import { RU_HOURS } from './packs/hours/ru.js';

export const HOURS_PACKS: readonly HoursWords[] = [
  EN_HOURS,
  DE_HOURS,
  FR_HOURS,
  ES_HOURS,
  IT_HOURS,
  NL_HOURS,
  PT_HOURS,
  JA_HOURS,
  KO_HOURS,
  ZH_HOURS,
  SV_HOURS,
  PL_HOURS,
  RU_HOURS,
];
