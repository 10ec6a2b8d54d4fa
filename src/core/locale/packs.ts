// The language packs (language-pack.ts), one file a language under packs/. Sources: each language's
// usual abbreviations in opening hours (CLDR's abbreviated and wide day names, format "E" and
// "EEEE"); chat launchers' labels as vendors' widgets write them (their default texts); navigation
// labels and role words from vendors' own contact pages in each language, and the legal-notice page
// names the law requires (§ 5 DDG Impressum, LCEN art. 6 mentions légales, LSSI art. 10 aviso legal).
import type { LanguagePack } from './language-pack.js';
import { EN } from './packs/en.js';
import { DE } from './packs/de.js';
import { FR } from './packs/fr.js';
import { ES } from './packs/es.js';
import { IT } from './packs/it.js';
import { NL } from './packs/nl.js';
import { PT } from './packs/pt.js';
import { JA } from './packs/ja.js';
import { KO } from './packs/ko.js';
import { ZH } from './packs/zh.js';
import { SV } from './packs/sv.js';
import { PL } from './packs/pl.js';
import { RU } from './packs/ru.js';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [EN, DE, FR, ES, IT, NL, PT, JA, KO, ZH, SV, PL, RU];
