import { findPhoneNumbersInText, type PhoneNumber } from 'libphonenumber-js/max';
import { elementContext, type ElementContext } from '../page/element-context.js';
import type { ParsedPage } from '../page/parsed-page.js';
import type { TextBlock } from '../page/text-blocks.js';
import { classifyRole, rolesIn } from '../role/classify-role.js';
import type { PageFinding } from '../types.js';
import { notPhone } from './phone-guards.js';
import { faxLabelAfter, idLabelBefore, labelLine, lastLabel, type NumberLabel } from './phone-labels.js';
import { clip, countryCode, phoneFinding } from './phone-number.js';
import { dialVanity, mayHaveVanity } from './phone-vanity.js';

/**
 * Phones and faxes written in the page's visible text, block by block and line by line: the
 * line is the unit a label ("Fax:", "Sales:") governs, and the finding's context.
 */

/** Fewer digits than this cannot be a phone number with its area code (E.164 numbers have 7+). */
const MIN_DIGITS = 7;
/** Lines above a number read for a role when its own line names none ("Sales team\n…\nTel …"). */
const ROLE_LINES_ABOVE = 3;
/** Extensions written in words libphonenumber does not know ("Durchwahl 12", "poste 204"). */
const EXTENSION_AFTER = /^\s*[,;(]?\s*(?:ext\.?|extn\.?|extension|x|durchwahl|dw\.?|poste|int\.?|interno)\s*[:.]?\s*(\d{1,6})\b/i;

export function textFindings(page: ParsedPage): PageFinding[] {
  const out: PageFinding[] = [];
  for (const block of page.blocks) {
    if (!worthReading(block.text)) continue;
    out.push(...blockFindings(page, block));
  }
  return out;
}

/** Quick pre-filter: enough digits for a number, or letters that may be a vanity number. */
export function worthReading(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length && digits < MIN_DIGITS; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= MIN_DIGITS || mayHaveVanity(text);
}

function blockFindings(page: ParsedPage, block: TextBlock): PageFinding[] {
  const out: PageFinding[] = [];
  const lines = block.text.split('\n');
  let ctx: ElementContext | undefined;
  let lineLabel: NumberLabel | undefined;
  lines.forEach((line, i) => {
    const carried = lineLabel;
    lineLabel = labelLine(line);
    if (!worthReading(line)) return;
    const dialled = dialVanity(line);
    let prevEnd = 0;
    for (const m of findPhoneNumbersInText(dialled.text, { defaultCountry: countryCode(page.country) })) {
      const before = line.slice(0, m.startsAt);
      const segment = line.slice(prevEnd, m.startsAt);
      prevEnd = m.endsAt;
      if (idLabelBefore(before)) continue;
      const label = lastLabel(before) ?? carried ?? (faxLabelAfter(line.slice(m.endsAt)) ? 'fax' : undefined);
      if (notPhone(line, m.startsAt, m.endsAt, label !== undefined)) continue;
      const number = withWordExtension(m.number, line.slice(m.endsAt));
      ctx ??= elementContext(page.$, block.el, block.text);
      const near = roleText(segment, lines, i);
      const role = classifyRole({ near, heading: ctx.heading, title: page.title, url: page.url });
      const flags = dialled.starts.some((s) => s >= m.startsAt && s < m.endsAt) ? ['vanity'] : [];
      const written = line.slice(m.startsAt, m.endsAt);
      const context = lineContext(line, m.startsAt, m.endsAt);
      for (const kind of label === 'both' ? (['phone', 'fax'] as const) : label === 'fax' ? (['fax'] as const) : (['phone'] as const)) {
        out.push(phoneFinding({ kind, number, written, role, flags, context, region: block.region }));
      }
    }
  });
  return out;
}

function withWordExtension(n: PhoneNumber, after: string): PhoneNumber {
  if (n.ext) return n;
  const ext = after.match(EXTENSION_AFTER)?.[1];
  if (ext) n.setExt(ext);
  return n;
}

/**
 * The text that says whose number it is: what stands between the previous number and this one
 * ("Sales: 555-0100 · Support: 555-0199" gives each its own label), else a short line above.
 */
function roleText(segment: string, lines: string[], i: number): string {
  const own = rolesIn(segment);
  if (own.sales || own.support) return segment;
  for (let j = i - 1; j >= 0 && j >= i - ROLE_LINES_ABOVE; j--) {
    const above = lines[j] ?? '';
    const r = rolesIn(above);
    if (r.sales || r.support) return above;
  }
  return segment;
}

/** The line, or a 160-character window of it centred on the number. */
function lineContext(line: string, start: number, end: number): string {
  if (line.length <= 160) return line;
  const from = Math.max(0, Math.min(start - 80, line.length - 160));
  return clip(line.slice(from, Math.max(end, from + 160)), 160);
}
