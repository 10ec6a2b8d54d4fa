// Languages with no full pack yet (Danish, Norwegian, Finnish, Czech, Hungarian, Turkish): the words
// the form reader and the rendered page's launcher check need from them (language-pack.ts: PartialPack),
// as address-packs.ts holds the street words of languages without a full pack. Their words join every
// language's patterns, like the full packs': a page's language is not trusted to pick them.
import type { PartialPack } from './language-pack.js';
import { CS_PARTIAL } from './packs/partial/cs.js';
import { DA_PARTIAL } from './packs/partial/da.js';
import { FI_PARTIAL } from './packs/partial/fi.js';
import { HU_PARTIAL } from './packs/partial/hu.js';
import { NO_PARTIAL } from './packs/partial/no.js';
import { TR_PARTIAL } from './packs/partial/tr.js';

export const PARTIAL_PACKS: readonly PartialPack[] = [DA_PARTIAL, NO_PARTIAL, FI_PARTIAL, CS_PARTIAL, HU_PARTIAL, TR_PARTIAL];
