// The form words of every language whose forms the form reader knows: each full pack's `forms`, and
// languages with no full pack yet (Danish, Norwegian, Finnish, Czech, Hungarian, Turkish), whose form
// words are all the form reader needs from them (as address-packs.ts does for addresses). Their words
// join every language's patterns, like the full packs': a page's language is not trusted to pick them.
import type { FormPack } from './language-pack.js';
import { LANGUAGE_PACKS } from './packs.js';
import { CS_FORMS } from './packs/forms/cs.js';
import { DA_FORMS } from './packs/forms/da.js';
import { FI_FORMS } from './packs/forms/fi.js';
import { HU_FORMS } from './packs/forms/hu.js';
import { NO_FORMS } from './packs/forms/no.js';
import { TR_FORMS } from './packs/forms/tr.js';

export const FORM_PACKS: readonly FormPack[] = [...LANGUAGE_PACKS, DA_FORMS, NO_FORMS, FI_FORMS, CS_FORMS, HU_FORMS, TR_FORMS];
