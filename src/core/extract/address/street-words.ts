/**
 * The words and shapes address lines are made of: street types, suites and floors, PO boxes.
 * Data first, so a new word is one entry: street types live in the locale's street packs, each
 * with its source. Unit designators: USPS Publication 28, Royal Mail and Canada Post guides.
 */
import { STREET_PACKS } from '../../locale/street-packs.js';

// The street words come from the locale's street packs (locale/packs/streets/*), in their order.
/** Street types written after the name (English, and Indian English). */
export const STREET_TYPES: string[] = STREET_PACKS.flatMap((pack) => pack.after ?? []);
/** Street types written before the name (French, Italian, Spanish, Portuguese, Russian, Malay/Indonesian). */
export const LEADING_TYPES: string[] = STREET_PACKS.flatMap((pack) => pack.before ?? []);
/** Street words glued to the name ("Musterstraße") or alone ("Am Markt"): German, Swedish, Dutch, Danish. */
export const GLUED_TYPES = STREET_PACKS.flatMap((pack) => (pack.glued ? [pack.glued] : [])).join('|');
/**
 * Street words written as a word of their own after the name, then the number: German and Austrian
 * ("Mariahilfer Straße 1", "Karl-Marx-Allee 5" is glued), Norwegian ("Karl Johans gate 1", "Storgata"
 * is glued), Danish, Hungarian ("Andrássy út 12", "Váci utca 3").
 */
export const SPACED_TYPES = STREET_PACKS.flatMap((pack) => (pack.spaced ? [pack.spaced] : [])).join('|');

export const alt = (words: string[]) => words.map((w) => w.replace(/\./g, '\\.')).join('|');
const DIRECTION = '(?:\\s+(?:N|S|E|W|NE|NW|SE|SW|N\\.\\s?E|N\\.\\s?W|S\\.\\s?E|S\\.\\s?W)\\.?)?';

/** A street type word at a word end, optionally abbreviated with a dot, optionally then a direction. */
export const STREET_TYPE = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alt(STREET_TYPES)})\\.?${DIRECTION}(?![\\p{L}\\p{N}'’])`, 'giu');
/** Suite, unit, floor or room with its number ("Suite 200", "Ste. B-2", "# 470", "6th Floor", "Lvl2"). */
export const SUITE =
  /(?<![\p{L}\p{N}])(?:(?:suite|ste|unit|apt|apartment|room|rm|office|flat|shop|floor|fl|flr|level|lvl)(?![\p{L}])\.?\s*(?:no\.?\s*)?#?\s*(?:\d[\w.-]*|[A-Z](?:-?\d[\w-]*)?)|(?:building|bldg|block)(?![\p{L}])\.?\s*(?:no\.?\s*)?\d+[A-Z]?(?![\p{L}])|#\s*[A-Z0-9][\w-]*|(?:\d{1,3}(?:st|nd|rd|th|º|°)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground)\s+(?:floor|fl|andar|étage|etage|stock|og))(?![\p{L}\p{N}])/giu;
/** PO boxes in the forms sites write them: "P.O. Box 12", "PO Box No.5", "Postfach 10 20 30", "BP 45". */
export const PO_BOX =
  /(?<![\p{L}])(?:p\.?\s?o\.?\s?box|post(?:al)?\s+office\s+box|post\s+box|gpo\s+box|locked\s+bag|p\.\s?b\.|postfach|boîte\s+postale|b\.?p\.?(?=\s*\d)|apartado(?:\s+postal)?|caixa\s+postal)\s*(?:no\.?\s*)?[:#]?\s*\d[\d ]{0,9}\d?(?!\d)/giu;

/** Company forms: "Holzwerk Schmidt GmbH" reads like a town or a street but is the addressee. */
export const COMPANY = /(?<![\p{L}])(?:gmbh|ag|kg|ltd|limited|inc|llc|llp|plc|corp|corporation|co|company|sa|sas|sarl|bv|nv|pty|ab|oy|as|srl|spa)\.?\)?$/iu;
/** A label line that announces an address ("Address:", "Mailing address", "Anschrift"): not part of it. */
export const LABEL =
  /^(?:(?:our|postal|mailing|street|office|registered|head\s+office|corporate)\s+)?(?:address|adresse|anschrift|location|locations|headquarters|head\s+office|office|contact|visit\s+us|find\s+us|directions)\s*:?$/i;
