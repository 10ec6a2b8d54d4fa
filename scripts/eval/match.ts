import type { Counts, EvalError, EvalKind, Findings, Label, Labels, PageScore } from './types.js';

/**
 * Page-by-page matching of findings against labels, over distinct values (webstruct README):
 * phone: same last 10 digits; fax: the same for 'fax' findings; address: the reported address
 * contains the labelled STREET text, whitespace-collapsed and case-folded (and punctuation-blind,
 * see foldAddress), as whole words.
 * A label written nationally keeps its trunk prefix ("(02) 9411 8032", "+46 (0) 771…") where the
 * E.164 value has none, so the label's trunk 0 is dropped before the tails are compared.
 */

/** Digits compared: ten is a North American number without its "1", and the tail of most others. */
const KEY_DIGITS = 10;
/** A label with fewer digits than this is an extension or a fragment ("Ext. 2229"): it can only
 *  match a finding with exactly those digits, never the tail of a longer number. */
const MIN_SUFFIX_DIGITS = 7;

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const l of letters) KEYPAD[l] = digit;
}
/** Words written after a number that are not part of a vanity number. */
const NOT_VANITY = /^(?:EXT|EXTN|EXTENSION|FAX|TEL|PHONE|OR|AND|TOLL|FREE)$/;
/** A trailing extension ("x201", "ext. 42"): not part of the number the finding's value holds. */
const TRAILING_EXTENSION = /\s*(?:x|ext|extn|extension|ex)\.?\s*:?\s*\d{1,6}\s*$/i;

/** A label that is an extension alone ("Ex: 2229", "Ext. 2211"): the person's line on the main number. */
const EXTENSION_LABEL = /^\s*(?:x|ext|extn|extension|ex)\.?\s*[:#]?\s*(\d{1,6})\s*$/i;

/** The comparison key of a labelled number: letters of a vanity number ("1-800-7FANNIE") dialled,
 *  a trailing extension dropped when a whole number remains before it, the trunk 0 dropped; an
 *  extension alone is keyed "x2229". */
export function labelKey(text: string): string {
  const ext = EXTENSION_LABEL.exec(text)?.[1];
  if (ext) return `x${ext}`;
  const dialled = text
    .replace(/(\d[\d\s().-]{0,20})([A-Z][A-Z-]{1,12})/g, (whole, lead: string, word: string) =>
      NOT_VANITY.test(word.replace(/-/g, '')) ? whole : lead + word.replace(/[A-Z]/g, (c) => KEYPAD[c] ?? ''),
    )
    .replace(/\(\s*0\s*\)/g, '');
  const base = dialled.replace(TRAILING_EXTENSION, '');
  let digits = (base.replace(/\D/g, '').length >= MIN_SUFFIX_DIGITS ? base : dialled).replace(/\D/g, '');
  if (!/^\s*(?:\+|00)/.test(text)) digits = digits.replace(/^0+/, '');
  return tail(digits);
}

/** The comparison key of a reported number (E.164 value, an extension after ";ext="): "3175550100 x2229". */
export function valueKey(value: string): string {
  const [number = '', ext] = value.split(';ext=');
  const key = tail(number.replace(/\D/g, ''));
  return ext ? `${key} x${ext}` : key;
}

function tail(digits: string): string {
  return digits.length > KEY_DIGITS ? digits.slice(-KEY_DIGITS) : digits;
}

/**
 * Same number: equal keys, or a shorter label (local or trunk-less) that ends the found one. A
 * label that is an extension alone matches a finding on that extension; a finding with an
 * extension also matches a label of its main number written with or without it.
 */
export function sameNumber(found: string, label: string): boolean {
  if (!found || !label) return false;
  if (found === label) return true;
  const [number = '', ext] = found.split(' ');
  if (label.startsWith('x')) return ext === label;
  if (number === label) return true;
  return label.length >= MIN_SUFFIX_DIGITS && label.length < number.length && number.endsWith(label);
}

export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Address comparison text: folded, and punctuation read as a space. A STREET label spans the page's
 * line breaks ("Parkway<br>Suite 213") where a one-line address puts ", ": the same words either way.
 */
export function foldAddress(text: string): string {
  return foldText(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function scorePage(page: string, labels: Labels, findings: Findings): PageScore {
  const errors: EvalError[] = [];
  const counts: Record<EvalKind, Counts> = { phone: zero(), fax: zero(), address: zero() };
  const tel = distinct(labels.tel, labelKey);
  const fax = distinct(labels.fax, labelKey);
  for (const kind of ['phone', 'fax'] as const) {
    const wanted = kind === 'phone' ? tel : fax;
    const other = kind === 'phone' ? fax : tel;
    const mine = findings.filter((f) => f.kind === kind);
    const found = distinct(
      mine.map((f) => ({ text: f.value })),
      valueKey,
    );
    const context = new Map(mine.map((f) => [valueKey(f.value), f.context ?? f.display]));
    const hit = new Set<string>();
    for (const [key, { text }] of found) {
      // A finding on an extension is first the label of that extension, then of its main number.
      const keys = [...wanted.keys()];
      const label = keys.find((l) => l.startsWith('x') && sameNumber(key, l)) ?? keys.find((l) => sameNumber(key, l));
      if (label !== undefined) {
        counts[kind].tp += hit.has(label) ? 0 : 1;
        hit.add(label);
        continue;
      }
      counts[kind].fp++;
      const crossed = [...other.keys()].some((l) => sameNumber(key, l));
      const note = crossed ? `labelled ${kind === 'phone' ? 'FAX' : 'TEL'}` : undefined;
      errors.push({ kind, type: 'false-hit', page, value: text, context: context.get(key), note });
    }
    for (const [key, label] of wanted) {
      if (hit.has(key)) continue;
      counts[kind].fn++;
      errors.push({ kind, type: 'miss', page, value: label.text, note: missNote(key, label) });
    }
  }
  scoreAddresses(page, labels.street, findings, counts.address, errors);
  return { counts, errors };
}

function missNote(key: string, label: Label): string | undefined {
  if (!key.startsWith('x') && key.length < MIN_SUFFIX_DIGITS) return 'too few digits for a number';
  return label.hidden ? 'hidden on the page' : undefined;
}

function scoreAddresses(page: string, streets: Label[], findings: Findings, counts: Counts, errors: EvalError[]): void {
  const wanted = distinct(streets, foldAddress);
  const hit = new Set<string>();
  const seen = new Set<string>();
  for (const f of findings.filter((x) => x.kind === 'address')) {
    const text = ` ${foldAddress(f.value)} | ${foldAddress(f.display ?? '')} `;
    if (seen.has(text)) continue;
    seen.add(text);
    const words = new Set(text.split(' '));
    const matched = [...wanted]
      .filter(([s, label]) => (label.match === 'all-words' ? s.split(' ').every((w) => words.has(w)) : text.includes(` ${s} `)))
      .map(([s]) => s);
    if (matched.length) {
      for (const s of matched) hit.add(s);
      continue;
    }
    counts.fp++;
    errors.push({ kind: 'address', type: 'false-hit', page, value: f.display ?? f.value, context: f.context });
  }
  counts.tp += hit.size;
  for (const [key, label] of wanted) {
    if (hit.has(key)) continue;
    counts.fn++;
    errors.push({ kind: 'address', type: 'miss', page, value: label.text, note: label.hidden ? 'hidden on the page' : undefined });
  }
}

/** Distinct non-empty keys, each with its first label; hidden only if every occurrence is. */
function distinct(labels: Label[], key: (t: string) => string): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const l of labels) {
    const k = key(l.text);
    if (!k) continue;
    const seen = out.get(k);
    if (!seen) out.set(k, { ...l });
    else if (!l.hidden) seen.hidden = undefined;
  }
  return out;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function figures(c: Counts): { recall: number; precision: number; f1: number } {
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1 };
}
