/**
 * What the label written before a number says it is: a phone, a fax, both ("Tel/Fax"), or an
 * identifier that only looks like one ("SKU", "VAT No.", "IBAN"). The nearest label before the
 * number in its line decides; a label line of its own ("Fax:") covers the line after it.
 * The words are every language pack's (locale/packs/*: phoneLabels).
 */
import type { PhoneLabelWords } from '../../locale/language-pack.js';
import { packAlternatives } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';

export type NumberLabel = 'phone' | 'fax' | 'both';

const WORD_START = String.raw`(?<![\p{L}\d])`;
/** A field of every pack, at a word start in spaced languages. */
const words = (key: Exclude<keyof PhoneLabelWords, 'registeredIn'>) => packAlternatives(LANGUAGE_PACKS, (pack) => pack.phoneLabels[key], WORD_START);
/** A field of every pack as plain alternatives (the caller places it). */
const anyOf = (key: Exclude<keyof PhoneLabelWords, 'registeredIn'>) => LANGUAGE_PACKS.map((pack) => pack.phoneLabels[key]).join('|');
const FAX_WORDS = words('fax');
const PHONE_WORDS = words('phone');
/** One-letter labels need a colon or a dot after them ("T: ", "F. "), or the number right after a
 *  space ("T 0117 496 0123 F 0117 496 0124", a common footer style); elsewhere they are initials. */
const LETTER_PHONE = String.raw`[TPMOC]`;
const LETTER_FAX = String.raw`F`;

/** A letter after these words is a unit's name ("Suite F", "Building C"), not a label. */
const NOT_AFTER = String.raw`(?<!(?:${anyOf('unitWords')})\.?\s+)`;
const WORD_END = String.raw`(?![\p{L}])`;
/** Every label, tagged by which alternative matched; tested on at most the text before one number. */
const LABELS = new RegExp(
  String.raw`(?:(?<fax>${FAX_WORDS})${WORD_END}|(?<phone>${PHONE_WORDS})${WORD_END}|${WORD_START}${NOT_AFTER}(?<lfax>${LETTER_FAX})(?:\s*[:.]|(?=\s+$))|${WORD_START}${NOT_AFTER}(?<lphone>${LETTER_PHONE})(?:\s*[:.]|(?=\s+$)))`,
  'giu',
);
/** "Tel/Fax", "Phone & fax", "Tel. und Fax", "tél./fax": one label for both. */
const JOINER = new RegExp(`^\\s*\\.?\\s*(?:\\/|&|\\+|,|${anyOf('joiners')})\\s*$`, 'iu');

/** Identifier standards (codes, not words of a language): product, bank and company numbering schemes. */
const ID_STANDARDS = String.raw`sku|ean|gtin|upc|isbn|issn|asin|mpn|imei|meid|iban|bic|swift|duns|cage`;
/** Words that name an identifier on their own ("SKU: 4006381333931", "IBAN DE89...", "Ref 12345678"). */
const ID_WORDS = `${ID_STANDARDS}|${anyOf('idWords')}`;
/** Words that name an identifier only with "No."/"#" after them: "Order: 1-800-…" is an order line,
 *  "Order No. 2024-55512" is not a phone. */
const ID_WORDS_NUMBERED = anyOf('idNumbered');
const ID_SUFFIX = String.raw`[\s.-]*(?:${anyOf('numberWords')}|#)`;
const ID_BEFORE = new RegExp(String.raw`${WORD_START}(?:(?:${ID_WORDS})(?:${ID_SUFFIX})?|(?:${ID_WORDS_NUMBERED})${ID_SUFFIX})[\s.:#°º-]*$`, 'iu');
/** Company registrations are also introduced with their register ("Registered in England No.",
 *  "RCS Paris B 123 456 789"), the place standing between the label and the number. */
const REGISTERED_IN = LANGUAGE_PACKS.flatMap((pack) => (pack.phoneLabels.registeredIn ? [pack.phoneLabels.registeredIn] : [])).join('|');
const REGISTERED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${REGISTERED_IN})\s+[\p{L}\s&-]{2,30}(?:(?:${anyOf('numberWords')})\.?)?[\s.:#-]*$`, 'iu');
/** How far back an identifier's own label is looked for. */
const ID_WINDOW = 40;

/** A label written right after the number, ending the line or the item: "555-0100 (fax)",
 *  "202.555.0148 fax", "555 0100 – Fax |"; not "555-0100 Fax: 555-0199", the next number's label. */
const FAX_AFTER = new RegExp(String.raw`^\s*(?:\(\s*(?:${FAX_WORDS})\.?\s*\)|[-–—:,]?\s*(?:${FAX_WORDS})\.?\s*(?:$|[|•·,;]))`, 'iu');

interface FoundLabel {
  kind: 'phone' | 'fax';
  start: number;
  end: number;
}

function labelsIn(text: string): FoundLabel[] {
  const out: FoundLabel[] = [];
  // exec with lastIndex, not matchAll: matchAll clones this large pattern on every call (per line read).
  LABELS.lastIndex = 0;
  for (let m = LABELS.exec(text); m; m = LABELS.exec(text)) {
    const g = m.groups ?? {};
    const kind = g.fax || g.lfax ? 'fax' : 'phone';
    out.push({ kind, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) LABELS.lastIndex++; // (no label is empty; kept safe against an endless loop)
  }
  return out;
}

/** The label nearest before `text`'s end, joining "Tel/Fax" into 'both'. */
export function lastLabel(text: string): NumberLabel | undefined {
  const labels = labelsIn(text);
  const last = labels[labels.length - 1];
  if (!last) return undefined;
  const prev = labels[labels.length - 2];
  if (prev && prev.kind !== last.kind && JOINER.test(text.slice(prev.end, last.start))) return 'both';
  return last.kind;
}

/** An identifier's label right before the number: then it is not a phone whatever it looks like. */
export function idLabelBefore(before: string): boolean {
  const tail = before.slice(-ID_WINDOW);
  return ID_BEFORE.test(tail) || REGISTERED_BEFORE.test(tail);
}

export function faxLabelAfter(after: string): boolean {
  return FAX_AFTER.test(after.slice(0, 20));
}

/** Longest line read as a label line: "Main office telephone number:" fits, a sentence does not. */
const LABEL_LINE_CHARS = 40;
/** What may follow the label word in a label line: "Fax Number:", "Tel. No.", "Phone #". */
const LABEL_LINE_END = new RegExp(String.raw`^\s*(?:(?:${anyOf('numberWords')})\.?|#)?\s*[:.：]?\s*$`, 'iu');

/** A line that ends with a label and holds no number ("Fax:", "Factory fax number", "Tel / Fax"):
 *  it labels the next line. */
export function labelLine(line: string): NumberLabel | undefined {
  if (line.length > LABEL_LINE_CHARS || /\d/.test(line)) return undefined;
  const labels = labelsIn(line);
  const last = labels[labels.length - 1];
  return last && LABEL_LINE_END.test(line.slice(last.end)) ? lastLabel(line) : undefined;
}
