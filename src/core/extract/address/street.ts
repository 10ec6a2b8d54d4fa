/**
 * What one address line is: a street with its number, a suite or floor, a PO box, a building
 * name, or something else (a company name, a label, a phone line). Every country file leans on it.
 */

/** English street types, plus the Indian ones seen in Indian English addresses (marg, nagar). */
const STREET_TYPES = [
  'street', 'st', 'avenue', 'ave', 'av', 'boulevard', 'blvd', 'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'way', 'court',
  'ct', 'place', 'pl', 'plaza', 'parkway', 'pkwy', 'pky', 'highway', 'hwy', 'circle', 'cir', 'terrace', 'ter', 'trail',
  'trl', 'square', 'sq', 'loop', 'pike', 'route', 'rte', 'crescent', 'cres', 'close', 'row', 'alley', 'expressway',
  'expy', 'freeway', 'fwy', 'turnpike', 'tpke', 'mall', 'walk', 'commons', 'crossing', 'grove', 'gardens', 'mews',
  'parade', 'pde', 'esplanade', 'estate', 'marg', 'nagar', 'sarani', 'chowk',
];
/** French, Italian, Spanish, Portuguese words that come before the street name, often lower case. */
const LEADING_TYPES = ['rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'allée', 'allee', 'chemin', 'quai', 'impasse', 'route', 'cours', 'passage', 'via', 'viale', 'piazza', 'calle', 'rua', 'avenida', 'praça'];
/** German-style street words, written glued to the name ("Musterstraße") or alone ("Am Markt"). */
const GLUED_TYPES = 'stra(?:ß|ss|ß)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|gatan|vägen|laan|straat|gracht|plein|vej|gade';

const alt = (words: string[]) => words.map((w) => w.replace(/\./g, '\\.')).join('|');
const DIRECTION = '(?:\\s+(?:N|S|E|W|NE|NW|SE|SW|N\\.\\s?E|N\\.\\s?W|S\\.\\s?E|S\\.\\s?W)\\.?)?';

/** A street type word at a word end, optionally abbreviated with a dot, optionally then a direction. */
export const STREET_TYPE = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alt(STREET_TYPES)})\\.?${DIRECTION}(?![\\p{L}\\p{N}'’])`, 'giu');
/** Suite, unit, floor or room with its number ("Suite 200", "Ste. B-2", "# 470", "6th Floor", "Lvl2"). */
export const SUITE =
  /(?<![\p{L}\p{N}])(?:(?:suite|ste|unit|apt|apartment|room|rm|office|flat|shop|floor|fl|flr|level|lvl)\.?\s*(?:no\.?\s*)?#?\s*(?:\d[\w.-]*|[A-Z](?:-?\d[\w-]*)?)|(?:building|bldg|block)\.?\s*(?:no\.?\s*)?\d[\w-]*|#\s*[A-Z0-9][\w-]*|(?:\d{1,3}(?:st|nd|rd|th|º|°)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground)\s+(?:floor|fl|andar|étage|etage|stock|og))(?![\p{L}\p{N}])/giu;
/** PO boxes in the forms sites write them: "P.O. Box 12", "PO Box No.5", "Postfach 10 20 30", "BP 45". */
export const PO_BOX =
  /(?<![\p{L}])(?:p\.?\s?o\.?\s?box|post(?:al)?\s+office\s+box|post\s+box|gpo\s+box|locked\s+bag|p\.\s?b\.|postfach|boîte\s+postale|b\.?p\.?(?=\s*\d)|apartado(?:\s+postal)?|caixa\s+postal)\s*(?:no\.?\s*)?[:#]?\s*\d[\d ]{0,9}\d?(?!\d)/giu;

/** A house number, then a name: "123 Main", "4-971 Kuhio", "12, rue", "No. 67, Appuswamy", "N112 W16700 Mequon". */
const NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:no\\.?\\s*)?(?:[NSEW]\\d{1,5}\\s+[NSEW]\\d{1,6}|\\d{1,6}[A-Z]?(?:(?:[-/]\\d{1,5}[A-Z]?){1,3}|-[A-Z](?![\\p{L}]))?|[A-Z]{1,4}-\\d{1,4})(?:\\s*,)?(?:\\s+-)?\\s+(?:bis\\s+|ter\\s+)?(?:[\\p{Lu}]|\\d{1,3}(?:st|nd|rd|th)\\b|(?:${alt(LEADING_TYPES)})\\s)`,
  'u',
);
const NUMBER_FIRST_G = new RegExp(NUMBER_FIRST.source, 'gu');
/** A name, then the number, as most of Europe writes it: "Musterstraße 12", "Via Roma 5a", "Vegagatan 5". */
const LEADING = new RegExp(`^(?:${alt(LEADING_TYPES)})\\s+(?:d[eo]s?\\s+|de\\s+la\\s+|del\\s+|di\\s+)?\\p{Lu}`, 'iu');
const NAME_NUMBER = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{L}[\p{L}'’.-]+\s+\d{1,4}\s?[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?$/u;
const GLUED = new RegExp(`\\p{L}(?:${GLUED_TYPES})(?![\\p{L}])|(?<![\\p{L}])(?:Am|An|Auf|Im|In)\\s+\\p{Lu}`, 'iu');
/** Names of places that are buildings, not streets: they open or end a street address. */
const BUILDING = /(?<![\p{L}])(?:house|building|bldg|tower|towers|centre|center|complex|plaza|chambers|court|park|estate|campus|wing|sector|zone|mansion|arcade|heights|bhavan|bhawan)(?![\p{L}])/iu;
/** A lone number or code such as "A-28" or "SCO-32", a plot number that opens Indian addresses. */
const PLOT = /^(?:n[oº°]\.?\s*)?[A-Z]{0,4}-?\d{1,5}[A-Z]?(?:\/\d{1,4})?(?:\s*&\s*\d{1,5})?$/i;

/** Longest street line seen in practice; a longer line is prose or a product list (cut by trimLead first). */
const MAX_STREET_CHARS = 70;
const MAX_STREET_WORDS = 10;

export type LineKind = 'street' | 'suite' | 'po-box' | 'building' | 'plot' | 'other';

const hasMatch = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const ok = re.test(s);
  re.lastIndex = 0;
  return ok;
};

/** "Suite 11.01 11th Floor": nothing but suite, floor and unit tokens. */
function onlySuites(s: string): boolean {
  SUITE.lastIndex = 0;
  const rest = s.replace(SUITE, '');
  SUITE.lastIndex = 0;
  return rest !== s && /^[\s,;-]*$/.test(rest);
}

/** Lines about opening hours, prices, steps or phones: they carry numbers but are no street. */
const NOT_STREET =
  /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|to|through)\s*(?:mon|tue|wed|thu|fri|sat|sun)|(?<![\p{L}])(?:open|hours|step|copyright|price|tel|phone|fax|call|abn|acn|vat|gst|ein|registered|company\s+no|reg\.?\s+no|items?)(?![\p{L}])|©|\(c\)|\d[.,]\d{2}(?![\p{N}])|[€$£]\s*\d|\d\s*(?:%|am(?![\p{L}])|pm(?![\p{L}])|€|\$)/iu;

export function classifyLine(line: string): LineKind {
  const s = line.trim();
  if (!s || s.length > 120) return 'other';
  if (hasMatch(PO_BOX, s)) return 'po-box';
  if (onlySuites(s)) return 'suite';
  if (NOT_STREET.test(s)) return 'other';
  if (s.length > MAX_STREET_CHARS || s.split(/\s+/).length > MAX_STREET_WORDS) return hasMatch(SUITE, s) ? 'suite' : 'other';
  if (NUMBER_FIRST.test(s) || GLUED.test(s) || LEADING.test(s)) return 'street';
  if (NAME_NUMBER.test(s) && !hasMatch(SUITE, s)) return 'street';
  if (/\p{Lu}[\p{L}'’.-]*\s+/u.test(s) && hasMatch(STREET_TYPE, s) && /^\p{Lu}/u.test(s)) return 'street';
  if (hasMatch(SUITE, s) && /^\S/.test(s)) return 'suite';
  if (PLOT.test(s)) return 'plot';
  if (BUILDING.test(s) && /^[\p{Lu}\d]/u.test(s)) return 'building';
  return 'other';
}

/** Lines that can open a street address: streets, PO boxes, suites. */
export const isStreetish = (k: LineKind) => k === 'street' || k === 'po-box';

/**
 * Cut what comes before the address on its first line: a label ("Address:"), a company
 * ("Prepress Express Limited Unit 29 ..."), a heading ("Headquarters - 1204 ..."). A building name
 * right before the number ("St Brandon's House 29 Great George St") belongs to the address.
 */
export function trimLead(line: string): string {
  PO_BOX.lastIndex = 0;
  const box = PO_BOX.exec(line);
  PO_BOX.lastIndex = 0;
  if (box) return line.slice(box.index).trim();
  let s = line.replace(/^[^:]{0,40}:\s*/u, (m) => (/\d/.test(m) ? m : ''));
  const starts: number[] = [];
  for (const re of [PO_BOX, SUITE, NUMBER_FIRST_G]) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) starts.push(m.index);
    re.lastIndex = 0;
  }
  if (!starts.length) return s.trim();
  const at = Math.min(...starts);
  if (at === 0) return s.trim();
  const before = s.slice(0, at);
  const building = before.match(/(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:House|Building|Tower|Centre|Center|Complex|Plaza|Chambers|Court)\s*,?\s*$/u);
  s = building ? s.slice(at - building[0].length) : s.slice(at);
  return s.trim();
}

/**
 * Split "2828 SW Corbett Avenue Suite 135 Portland" into the street part and the town at its end:
 * the town is what follows the last street type, suite or PO box, if it reads as a town.
 */
export function splitTrailingTown(line: string, isTown: (s: string) => boolean): { street: string; town: string } | undefined {
  const ends: number[] = [];
  for (const re of [STREET_TYPE, SUITE, PO_BOX]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      ends.push(m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
  }
  for (const end of [...new Set(ends)].sort((a, b) => b - a)) {
    const town = line.slice(end).replace(/^[\s,.;:-]+/, '').trim();
    if (town && isTown(town)) return { street: line.slice(0, end).trim(), town };
  }
  return undefined;
}
