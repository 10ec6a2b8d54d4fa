import {
  alt,
  anyOf,
  COMPANY,
  COMPASS_POINTS,
  COMPASS_WORDS,
  GLUED_TYPES,
  LABEL,
  LEADING_TYPES,
  NUMBER_SIGN,
  NUMBER_SIGNS,
  NUMBER_SUFFIXES,
  ORDINAL_SUFFIXES,
  PO_BOX,
  SPACED_TYPES,
  STREET_ARTICLES,
  STREET_PREPOSITIONS,
  STREET_TYPE,
  STREET_TYPES,
  SUITE,
} from './street-words.js';

/**
 * What one address line is: a street with its number, a suite or floor, a PO box, a building
 * name, or something else (a company name, a label, a phone line). Every country file leans on it.
 */

/** Every word of the pack field `words`, its first letter a capital: "House", "Am". */
const capitalised = (words: readonly string[]) => words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`);
/** One-letter compass points in capitals, as grid house numbers write them ("N112 W16700"). */
const GRID = capitalised(COMPASS_POINTS.filter((p) => p.length === 1)).join('|');

/** A house number, then a name: "123 Main", "4-971 Kuhio", "12, rue", "no. 67, Appuswamy", "N112 W16700 Mequon". */
const NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER_SIGN}(?:(?:${GRID})\\d{1,5}\\s+(?:${GRID})\\d{1,6}|\\d{1,6}[A-Z]?(?:[-/]\\d{1,5}[A-Z]?){0,3}(?:-[A-Z](?![\\p{L}]))?|[A-Z]{1,4}-\\d{1,4})` +
    `(?:\\s*,)?(?:\\s+-)?\\s+(?:(?:${NUMBER_SUFFIXES})\\s+)?(?:[\\p{Lu}]|\\d{1,3}(?:${ORDINAL_SUFFIXES})\\b|(?:${alt(LEADING_TYPES)})\\s)`,
  'u',
);
const NUMBER_FIRST_G = new RegExp(NUMBER_FIRST.source, 'gu');
/** A house number, then a French/Italian/Spanish type word: "12 rue …", "4, place …", "7 bis avenue …". */
const NUMBER_THEN_TYPE = new RegExp(`\\d[\\w/-]*,?\\s+(?:(?:${NUMBER_SUFFIXES})\\s+)?(?:${alt(LEADING_TYPES)})\\s+\\S`, 'iu');
/** Either case for the type word ("Rue", "rue"), a capital for the name: "via email" is no street. */
const LEADING = new RegExp(
  `^(?:${LEADING_TYPES.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:(?:${STREET_ARTICLES})\\s+)?\\p{Lu}`,
  'u',
);
/** A name, then the number, as most of Europe writes it: "Musterstraße 12", "Via Roma 5a", "Vegagatan 5", "Mannerheimintie 12 B". */
const NAME_NUMBER = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{L}[\p{L}'’.-]+\s+\d{1,4}(?:\s?[a-z]|\s[A-Z])?(?:\s?[-/]\s?(?:\d{1,4}[a-z]?|[A-Z](?![\p{L}])))?$/u;
/** An ordinal street with its type: "19th Lane", "3rd Cross Road". */
const ORDINAL_STREET = new RegExp(`^\\d{1,3}(?:${ORDINAL_SUFFIXES})\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,2}(?:${alt(STREET_TYPES)})\\.?$`, 'iu');
/** Glued types only with a house number after: "Halvering" and "Spring" end in "ring" too. */
const GLUED = new RegExp(`\\p{L}(?:${GLUED_TYPES})\\.?\\s*\\d{1,4}(?![\\p{N}])`, 'iu');
/** "Mariahilfer Straße 1", "Andrássy út 12": a name, the street word on its own, the number. */
const SPACED = new RegExp(`\\p{L}[ \\t]+(?:${SPACED_TYPES})\\.?[ \\t]*\\d{1,4}(?![\\p{N}])`, 'iu');
/** A street name ending in a glued type, right before its number ("Hafenvej " + "14"). */
const GLUED_END = new RegExp(`\\p{L}(?:${GLUED_TYPES})\\.?\\s*$`, 'iu');
/** German streets named by a preposition: "Am Markt 3", "Im Tal 5" (capitals: "an innovative" is prose). */
const PREPOSITION = new RegExp(`^(?:${STREET_PREPOSITIONS.join('|')})\\s+\\p{Lu}`, 'u');
/** Names of places that are buildings, not streets: they open or end a street address. */
const BUILDING = new RegExp(`(?<![\\p{L}])(?:${anyOf('buildingNames')})(?![\\p{L}])`, 'iu');
/** A lone number or code such as "A-28" or "SCO-32", a plot number that opens Indian addresses; Malaysia's lot-floor-unit "63-1-5". */
const PLOT = new RegExp(
  `^(?:(?:${anyOf('plots')})\\.?\\s+)?(?:(?:${NUMBER_SIGNS})s?\\.?\\s*:?\\s*)?` +
    `[A-Z]{0,4}-?\\d{1,5}[A-Z]?(?:\\/\\d{1,4})?(?:\\s*[-&]\\s*\\d{1,5}(?:\\/\\d{1,4})?){0,2}$`,
  'i',
);
/** A landmark line between street lines, as Indian and Gulf addresses add: "(Opp. City Mall)", "Near the Clock Tower". */
const LANDMARK = new RegExp(`^\\(?\\s*(?:${anyOf('landmarks')})\\s+\\S`, 'i');
export const isLandmark = (line: string) => LANDMARK.test(line.trim());

/** Longer lines are prose or product lists, not a street (the longest street line in the dev corpus labels is about 60 chars). */
const MAX_STREET_CHARS = 70;
const MAX_STREET_WORDS = 10;

export type LineKind = 'street' | 'suite' | 'po-box' | 'building' | 'plot' | 'other';

const hasMatch = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const ok = re.test(s);
  re.lastIndex = 0;
  return ok;
};

/** Counted things that follow a number in marketing copy ("5000 Happy Customers", "25 Years Experience"). */
const COUNTED = new RegExp(`(?<![\\p{L}])(?:${anyOf('counted')})(?![\\p{L}])`, 'iu');
/** A compass word after the house number, as in "2204 E. Main". */
const DIRECTION_WORD = new RegExp(`^(?:${[...COMPASS_POINTS.map((p) => p.toUpperCase()), ...capitalised(COMPASS_WORDS)].join('|')})\\.?$`);
/** Words after a house number when the line names no street type ("2204 E. Main", "3000 Towncenter"). */
const MAX_BARE_STREET_WORDS = 3;

/**
 * A house number and a name. Where the number does not open the line ("Headquarters - 1204 West
 * Ash Street"), or no street word follows it, the line must look like a street on its own terms:
 * "Version 2 Release" and "5000 Happy Customers" are not streets, "2204 E. Main" is.
 */
function isNumberedStreet(s: string): boolean {
  NUMBER_FIRST_G.lastIndex = 0;
  const m = NUMBER_FIRST_G.exec(s);
  NUMBER_FIRST_G.lastIndex = 0;
  if (!m) return false;
  if (hasStreetWord(s)) return true;
  // Without a street word: one name ("27 Broadway", "3000 Towncenter") or a direction and a name ("2204 E. Main").
  const words = s.slice(m.index).split(/\s+/).slice(1);
  const bare = words.length === 1 || (words.length <= MAX_BARE_STREET_WORDS && DIRECTION_WORD.test(words[0] ?? ''));
  return m.index === 0 && bare && !COUNTED.test(s);
}

/**
 * A house number opening the line, then a street's name: "72 Lê Thánh Tôn", "15 Alice Lane". With a
 * postcode shape common in other text, this (or a street word) is what makes the lines an address.
 */
export function opensWithHouseNumber(line: string): boolean {
  const s = line.trim();
  NUMBER_FIRST_G.lastIndex = 0;
  const m = NUMBER_FIRST_G.exec(s);
  NUMBER_FIRST_G.lastIndex = 0;
  return m?.index === 0 && !COUNTED.test(s) && !NOT_STREET.test(s);
}

/** A longer number-less line with a street word is a heading ("Colorado - Greenwood - Belleview Ave"). */
const MAX_NAMED_STREET_WORDS = 5;

/** A street named without a number, as UK business addresses are: "Tannery Lane", "Village Way". */
function isNamedStreet(s: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*\s+/u.test(s) || !hasMatch(STREET_TYPE, s) || / - /.test(s)) return false;
  return /\d/.test(s) || s.split(/\s+/).length <= MAX_NAMED_STREET_WORDS;
}

/**
 * Put a suite written on the street's line on a line of its own ("723 Seventh Ave Suite 902" →
 * "723 Seventh Ave", "Suite 902"), so one address written two ways gets one value.
 */
export function splitSuites(lines: string[]): string[] {
  return lines.flatMap((line) => {
    SUITE.lastIndex = 0;
    let m = SUITE.exec(line);
    while (m && m.index === 0) m = SUITE.exec(line);
    SUITE.lastIndex = 0;
    if (!m) return [line];
    const before = line.slice(0, m.index).replace(/[\s,;-]+$/, '');
    if (classifyLine(before) !== 'street') return [line];
    return [before, line.slice(m.index).trim()];
  });
}

/** "Suite 11.01 11th Floor": nothing but suite, floor and unit tokens. */
function onlySuites(s: string): boolean {
  SUITE.lastIndex = 0;
  const rest = s.replace(SUITE, '');
  SUITE.lastIndex = 0;
  // A bare unit number may lead: "2202 22nd Floor" is flat 2202 on the 22nd floor.
  return rest !== s && /^\s*(?:\d{1,5}[A-Z]?)?[\s,;-]*$/.test(rest);
}

/** Lines about opening hours, prices, steps or phones: they carry numbers but are no street. */
const NOT_STREET = new RegExp(
  `${anyOf('dayRange')}|(?<![\\p{L}])(?:${anyOf('notStreet')})(?![\\p{L}])|©|§|\\(c\\)|\\d[.,]\\d{2}(?![\\p{N}])|[€$£]\\s*\\d` +
    `|\\d\\s*(?:%|(?:${anyOf('timeSuffixes')})(?![\\p{L}])|€|\\$)`,
  'iu',
);

/** A line that carries numbers for another reason: hours, prices, steps, company numbers. */
export const isNoise = (line: string) => NOT_STREET.test(line);

export function classifyLine(line: string): LineKind {
  const s = line.trim();
  if (!s || s.length > 120 || LABEL.test(s)) return 'other';
  if (hasMatch(PO_BOX, s)) return 'po-box';
  if (COMPANY.test(s)) return 'other';
  if (onlySuites(s)) return 'suite';
  if (NOT_STREET.test(s)) return 'other';
  if (s.length > MAX_STREET_CHARS || s.split(/\s+/).length > MAX_STREET_WORDS) return hasMatch(SUITE, s) ? 'suite' : 'other';
  if (isNumberedStreet(s) || GLUED.test(s) || SPACED.test(s) || PREPOSITION.test(s) || LEADING.test(s) || ORDINAL_STREET.test(s)) return 'street';
  if (PLOT.test(s)) return 'plot';
  if (NAME_NUMBER.test(s) && !hasMatch(SUITE, s)) return 'street';
  if (isNamedStreet(s)) return 'street';
  if (hasMatch(SUITE, s) && /^\S/.test(s)) return 'suite';
  if (BUILDING.test(s) && /^[\p{Lu}\d]/u.test(s)) return 'building';
  return 'other';
}

/** Whether a line names its street with a street word ("Road", "rue", "…straße 5", "Am Markt"). */
export function hasStreetWord(s: string): boolean {
  return hasMatch(STREET_TYPE, s) || GLUED.test(s) || SPACED.test(s) || LEADING.test(s) || PREPOSITION.test(s) || NUMBER_THEN_TYPE.test(s);
}

/** Lines that can open a street address: streets, PO boxes, suites. */
export const isStreetish = (k: LineKind) => k === 'street' || k === 'po-box';

/** A building's name right before the number, as written with its capital: "St Brandon's House ". */
const LEADING_BUILDING = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:${capitalised(anyOf('leadingBuildingNames').split('|')).join('|')})\\s*,?\\s*$`, 'u');

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
  // "Lyngbyvej 20", "Via Roma 5", "Mannerheimintie 12 B": the words before the number are the street's own name.
  if (GLUED_END.test(before) || LEADING.test(before)) return s.trim();
  if (before.trim().split(/\s+/).length <= 2 && NAME_NUMBER.test(s.trim())) return s.trim();
  const building = before.match(LEADING_BUILDING);
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
    const town = line
      .slice(end)
      .replace(/^[\s,.;:-]+/, '')
      .trim();
    if (town && isTown(town)) return { street: line.slice(0, end).trim(), town };
  }
  return undefined;
}
