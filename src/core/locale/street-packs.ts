// The street words of every language whose addresses the address reader knows (packs/streets/*),
// in the order their alternatives are tried. Some languages have no full pack yet (Malay, Danish,
// Norwegian, Hungarian): their street words are all the address reader needs from them.
import type { StreetWords } from './language-pack.js';
import { EN_STREETS } from './packs/streets/en.js';
import { FR_STREETS } from './packs/streets/fr.js';
import { IT_STREETS } from './packs/streets/it.js';
import { ES_STREETS } from './packs/streets/es.js';
import { PT_STREETS } from './packs/streets/pt.js';
import { RU_STREETS } from './packs/streets/ru.js';
import { MS_STREETS } from './packs/streets/ms.js';
import { DE_STREETS } from './packs/streets/de.js';
import { SV_STREETS } from './packs/streets/sv.js';
import { NL_STREETS } from './packs/streets/nl.js';
import { DA_STREETS } from './packs/streets/da.js';
import { NO_STREETS } from './packs/streets/no.js';
import { HU_STREETS } from './packs/streets/hu.js';

export const STREET_PACKS: readonly StreetWords[] = [
  EN_STREETS,
  FR_STREETS,
  IT_STREETS,
  ES_STREETS,
  PT_STREETS,
  RU_STREETS,
  MS_STREETS,
  DE_STREETS,
  SV_STREETS,
  NL_STREETS,
  DA_STREETS,
  NO_STREETS,
  HU_STREETS,
];
