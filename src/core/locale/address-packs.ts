// The address words of every language whose addresses the address reader knows (packs/address/*),
// in the order their alternatives are tried. Some languages have no full pack yet (Malay, Danish,
// Norwegian, Hungarian, Finnish): their address words are all the address reader needs from them.
import type { AddressWords } from './language-pack.js';
import { EN_ADDRESS } from './packs/address/en.js';
import { FR_ADDRESS } from './packs/address/fr.js';
import { IT_ADDRESS } from './packs/address/it.js';
import { ES_ADDRESS } from './packs/address/es.js';
import { PT_ADDRESS } from './packs/address/pt.js';
import { RU_ADDRESS } from './packs/address/ru.js';
import { MS_ADDRESS } from './packs/address/ms.js';
import { DE_ADDRESS } from './packs/address/de.js';
import { SV_ADDRESS } from './packs/address/sv.js';
import { NL_ADDRESS } from './packs/address/nl.js';
import { DA_ADDRESS } from './packs/address/da.js';
import { NO_ADDRESS } from './packs/address/no.js';
import { HU_ADDRESS } from './packs/address/hu.js';
import { FI_ADDRESS } from './packs/address/fi.js';

export const ADDRESS_PACKS: readonly AddressWords[] = [
  EN_ADDRESS,
  FR_ADDRESS,
  IT_ADDRESS,
  ES_ADDRESS,
  PT_ADDRESS,
  RU_ADDRESS,
  MS_ADDRESS,
  DE_ADDRESS,
  SV_ADDRESS,
  NL_ADDRESS,
  DA_ADDRESS,
  NO_ADDRESS,
  HU_ADDRESS,
  FI_ADDRESS,
];
