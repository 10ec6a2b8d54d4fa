// The form words of every language whose forms the form reader knows: each full pack's, then the
// partial packs' (languages with no full pack yet: partial-packs.ts).
import type { PartialPack } from './language-pack.js';
import { LANGUAGE_PACKS } from './packs.js';
import { PARTIAL_PACKS } from './partial-packs.js';

export const FORM_PACKS: readonly Pick<PartialPack, 'id' | 'unspaced' | 'forms'>[] = [...LANGUAGE_PACKS, ...PARTIAL_PACKS];
