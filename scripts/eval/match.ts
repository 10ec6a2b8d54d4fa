import type { Counts, EvalError, EvalKind, Findings, Labels, PageScore } from './types.js';

/**
 * Page-by-page matching of findings against labels, over distinct values (webstruct README):
 * phone: same last 10 digits; fax: the same for 'fax' findings; address: the reported address
 * contains the labelled STREET text, whitespace-collapsed and case-folded.
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

/** The comparison key of a labelled number: letters of a vanity number ("1-800-7FANNIE") dialled,
 *  a trailing extension dropped when a whole number remains before it. */
export function labelKey(text: string): string {
  const dialled = text.replace(/(\d[\d\s().-]{0,20})([A-Z][A-Z-]{1,12})/g, (whole, lead: string, word: string) =>
    NOT_VANITY.test(word.replace(/-/g, '')) ? whole : lead + word.replace(/[A-Z]/g, (c) => KEYPAD[c] ?? ''),
  );
  const base = dialled.replace(TRAILING_EXTENSION, '');
  const digits = base.replace(/\D/g, '').length >= MIN_SUFFIX_DIGITS ? base : dialled;
  return tail(digits.replace(/\D/g, ''));
}

/** The comparison key of a reported number (E.164 value). */
export function valueKey(value: string): string {
  return tail(value.replace(/\D/g, ''));
}

function tail(digits: string): string {
  return digits.length > KEY_DIGITS ? digits.slice(-KEY_DIGITS) : digits;
}

/** Same number: equal keys, or a short label (a local 7-digit number) that ends the found one. */
export function sameNumber(found: string, label: string): boolean {
  if (!found || !label) return false;
  if (found === label) return true;
  return label.length >= MIN_SUFFIX_DIGITS && label.length < found.length && found.endsWith(label);
}

export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
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
    const found = distinct(
      findings.filter((f) => f.kind === kind).map((f) => f.value),
      valueKey,
    );
    const context = new Map(findings.filter((f) => f.kind === kind).map((f) => [valueKey(f.value), f.context ?? f.display]));
    const hit = new Set<string>();
    for (const [key, value] of found) {
      const label = [...wanted.keys()].find((l) => sameNumber(key, l));
      if (label !== undefined) {
        counts[kind].tp += hit.has(label) ? 0 : 1;
        hit.add(label);
        continue;
      }
      counts[kind].fp++;
      const crossed = [...other.keys()].some((l) => sameNumber(key, l));
      const note = crossed ? `labelled ${kind === 'phone' ? 'FAX' : 'TEL'}` : undefined;
      errors.push({ kind, type: 'false-hit', page, value, context: context.get(key), note });
    }
    for (const [key, text] of wanted) {
      if (hit.has(key)) continue;
      counts[kind].fn++;
      errors.push({ kind, type: 'miss', page, value: text, note: key.length < MIN_SUFFIX_DIGITS ? 'too few digits for a number' : undefined });
    }
  }
  scoreAddresses(page, labels.street, findings, counts.address, errors);
  return { counts, errors };
}

function scoreAddresses(page: string, streets: string[], findings: Findings, counts: Counts, errors: EvalError[]): void {
  const wanted = distinct(streets, foldText);
  const reported = findings.filter((f) => f.kind === 'address');
  const hit = new Set<string>();
  const seen = new Set<string>();
  for (const f of reported) {
    const text = `${foldText(f.value)} | ${foldText(f.display ?? '')}`;
    if (seen.has(text)) continue;
    seen.add(text);
    const matched = [...wanted.keys()].filter((s) => s && text.includes(s));
    if (matched.length) {
      for (const s of matched) hit.add(s);
      continue;
    }
    counts.fp++;
    errors.push({ kind: 'address', type: 'false-hit', page, value: f.display ?? f.value, context: f.context });
  }
  counts.tp += hit.size;
  for (const [key, text] of wanted) {
    if (hit.has(key)) continue;
    counts.fn++;
    errors.push({ kind: 'address', type: 'miss', page, value: text });
  }
}

/** Distinct non-empty keys, each with the first text that produced it. */
function distinct(texts: string[], key: (t: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of texts) {
    const k = key(t);
    if (k && !out.has(k)) out.set(k, t);
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
