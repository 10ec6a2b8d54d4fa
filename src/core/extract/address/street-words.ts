/**
 * The words and shapes address lines are made of: street types, suites and floors, PO boxes.
 * Data first, so a new word is one entry: street types live in the locale's street packs, each
 * with its source. Unit designators: USPS Publication 28, Royal Mail and Canada Post guides.
 */
import { ADDRESS_PACKS } from '../../locale/address-packs.js';
import type { AddressWords } from '../../locale/address-words.js';

// The street words come from the locale's street packs (locale/packs/address/*), in their order.
/** Street types written after the name (English, and Indian English). */
export const STREET_TYPES: string[] = ADDRESS_PACKS.flatMap((pack) => pack.after ?? []);
/** Street types written before the name (French, Italian, Spanish, Portuguese, Russian, Malay/Indonesian). */
export const LEADING_TYPES: string[] = ADDRESS_PACKS.flatMap((pack) => pack.before ?? []);
/** Street words glued to the name ("Musterstraße") or alone ("Am Markt"): German, Swedish, Dutch, Danish. */
export const GLUED_TYPES = ADDRESS_PACKS.flatMap((pack) => (pack.glued ? [pack.glued] : [])).join('|');
/**
 * Street words written as a word of their own after the name, then the number: German and Austrian
 * ("Mariahilfer Straße 1", "Karl-Marx-Allee 5" is glued), Norwegian ("Karl Johans gate 1", "Storgata"
 * is glued), Danish, Hungarian ("Andrássy út 12", "Váci utca 3").
 */
export const SPACED_TYPES = ADDRESS_PACKS.flatMap((pack) => (pack.spaced ? [pack.spaced] : [])).join('|');

export const alt = (words: string[]) => words.map((w) => w.replace(/\./g, '\\.')).join('|');

/** A field of every address pack, as alternatives (packs without it add nothing). */
type PatternKey = { [K in keyof AddressWords]-?: AddressWords[K] extends string | undefined ? K : never }[keyof AddressWords];
export const anyOf = (key: PatternKey) => ADDRESS_PACKS.flatMap((pack) => (pack[key] ? [pack[key]] : [])).join('|');
/** A list field of every address pack, as one list in the packs' order. */
const allOf = (pick: (pack: AddressWords) => readonly string[] | undefined) => ADDRESS_PACKS.flatMap((pack) => pick(pack) ?? []);

/** Compass points, abbreviated ("n", "nw") and spelt out ("north"), in the packs' order. */
export const COMPASS_POINTS = allOf((pack) => pack.compass?.points);
export const COMPASS_WORDS = allOf((pack) => pack.compass?.words);
/** A compass point after a street type, in capitals or not, a two-letter one also dotted: "NW", "N.W.", "n. w.". */
const DIRECTION = COMPASS_POINTS.length ? `(?:\\s+(?:${COMPASS_POINTS.map((p) => [...p].join('(?:\\.\\s?)?')).join('|')})\\.?)?` : '';
/** German streets named by a preposition, capitalised as written: "Am Markt 3", "In der Au 5" ("an innovative" is prose). */
export const STREET_PREPOSITIONS = allOf((pack) => pack.streetPrepositions).map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`);

/** A street type word at a word end, optionally abbreviated with a dot, optionally then a direction. */
export const STREET_TYPE = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alt(STREET_TYPES)})\\.?${DIRECTION}(?![\\p{L}\\p{N}'’])`, 'giu');
/** Articles after a leading street type ("rue de la Paix"), and words after a house number ("7 bis"). */
export const STREET_ARTICLES = anyOf('articles');
export const NUMBER_SUFFIXES = anyOf('numberSuffixes');
/** Endings of an ordinal numeral ("6th"). */
export const ORDINAL_SUFFIXES = anyOf('ordinalSuffixes');
/** "No." before a number, as written (lower case where the reader is case-sensitive): "No. 67", "Suite No. 5", "Nº 12". */
export const NUMBER_SIGNS = anyOf('numberSigns');
export const NUMBER_SIGN = `(?:(?:${NUMBER_SIGNS})\\.?\\s*)?`;

/** Suite, unit, floor or room with its number ("Suite 200", "Ste. B-2", "# 470", "6th Floor", "3º andar", "Lvl2"). */
export const SUITE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${anyOf('units')})(?![\\p{L}])\\.?\\s*${NUMBER_SIGN}#?\\s*(?:\\d[\\w.-]*|[A-Z](?:-?\\d[\\w-]*)?)` +
    `|(?:${anyOf('buildings')})(?![\\p{L}])\\.?\\s*${NUMBER_SIGN}\\d+[A-Z]?(?![\\p{L}])|#\\s*[A-Z0-9][\\w-]*` +
    // The ordinal indicators º and ° are signs, not words ("3º andar", "2° piano").
    `|(?:\\d{1,3}(?:${ORDINAL_SUFFIXES}|º|°)|${anyOf('ordinals')})\\s+(?:${anyOf('floors')}))(?![\\p{L}\\p{N}])`,
  'giu',
);
/** PO boxes in the forms sites write them: "P.O. Box 12", "PO Box No.5", "Postfach 10 20 30", "BP 45". */
export const PO_BOX = new RegExp(`(?<![\\p{L}])(?:${anyOf('poBox')})\\s*${NUMBER_SIGN}[:#]?\\s*\\d[\\d ]{0,9}\\d?(?!\\d)`, 'giu');

/** Company forms: "Holzwerk Schmidt GmbH" reads like a town or a street but is the addressee. */
export const COMPANY = new RegExp(`(?<![\\p{L}])(?:${anyOf('companyForms')})\\.?\\)?$`, 'iu');
/** A label line that announces an address ("Address:", "Mailing address", "Anschrift"): not part of it. */
export const LABEL = new RegExp(`^(?:${anyOf('labels')})\\s*:?$`, 'iu');
