/**
 * The words and shapes address lines are made of: street types, suites and floors, PO boxes.
 * Data first, so a new word is one entry. Sources: USPS Publication 28 (street suffixes and
 * unit designators), Royal Mail and Canada Post addressing guides, and vendors' contact pages.
 */

/** English street types, plus the Indian ones seen in Indian English addresses (marg, nagar). */
export const STREET_TYPES = [
  'street',
  'st',
  'avenue',
  'ave',
  'av',
  'boulevard',
  'blvd',
  'road',
  'rd',
  'drive',
  'dr',
  'lane',
  'ln',
  'way',
  'court',
  'ct',
  'place',
  'pl',
  'plaza',
  'parkway',
  'pkwy',
  'pky',
  'highway',
  'hwy',
  'circle',
  'cir',
  'terrace',
  'ter',
  'trail',
  'trl',
  'square',
  'sq',
  'loop',
  'pike',
  'route',
  'rte',
  'crescent',
  'cres',
  'close',
  'row',
  'alley',
  'expressway',
  'expy',
  'freeway',
  'fwy',
  'turnpike',
  'tpke',
  'mall',
  'walk',
  'commons',
  'crossing',
  'grove',
  'gardens',
  'mews',
  'parade',
  'pde',
  'esplanade',
  'estate',
  'marg',
  'nagar',
  'sarani',
  'chowk',
];
/** French, Italian, Spanish, Portuguese, Russian, Malay/Indonesian words that come before the street name. */
export const LEADING_TYPES = [
  'rue',
  'avenue',
  'av',
  'boulevard',
  'bd',
  'place',
  'allée',
  'allee',
  'chemin',
  'quai',
  'impasse',
  'route',
  'cours',
  'passage',
  'via',
  'viale',
  'piazza',
  'calle',
  'rua',
  'avenida',
  'praça',
  'ulitsa',
  'ul.',
  'prospekt',
  'jalan',
  'jl.',
];
/** German-style street words, written glued to the name ("Musterstraße") or alone ("Am Markt"). */
export const GLUED_TYPES = 'stra(?:ß|ss)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|gatan|vägen|laan|straat|gracht|plein|vej|gade';

/**
 * Street words written as a word of their own after the name, then the number: German and Austrian
 * ("Mariahilfer Straße 1", "Karl-Marx-Allee 5" is glued), Norwegian ("Karl Johans gate 1", "Storgata"
 * is glued), Danish, Hungarian ("Andrássy út 12", "Váci utca 3"). Source: each country's post
 * (Deutsche Post, Posten Norge, PostNord, Magyar Posta) address examples.
 */
export const SPACED_TYPES = 'stra(?:ß|ss)e|gasse|weg|allee|platz|ring|gate|gata|vei|veien|vej|út|utca|körút|tér|rakpart';

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
