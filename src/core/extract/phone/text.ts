import type { PhoneNumber } from 'libphonenumber-js/max';
import { elementContext, type ElementContext } from '../../page/element-context.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import type { TextBlock } from '../../page/text-blocks.js';
import { classifyRole, rolesIn } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { ADDRESS_LINES_ABOVE, addressCountryAbove, numbersAbroad, withCallingCode } from './address-country.js';
import { missingTrunkPrefix, notPhone } from './guards.js';
import { faxLabelAfter, idLabelBefore, labelLine, lastLabel, type NumberLabel } from './labels.js';
import { clip, mayHoldNumber, numbersInText, phoneFinding } from './number.js';
import { countAfterComma, extensionOnly, mayNameExtension, withExtension, withoutExtension } from './extension-lines.js';
import { EXTENSION_AFTER_NUMBER } from './extension-words.js';
import { splitLists } from './lists.js';
import { unsureNationalNumbers } from './unsure-country.js';
import { dialVanity, mayHaveVanity } from './vanity.js';
import type { Flag } from '../../flags.js';

/**
 * Phones and faxes written in the page's visible text, block by block and line by line: the
 * line is the unit a label ("Fax:", "Sales:") governs, and the finding's context.
 */

/** Fewer digits than this cannot be a phone number with its area code (E.164 numbers have 7+). */
const MIN_DIGITS = 7;
/** Digits every vanity number shows before its letters (both of mayHaveVanity's shapes start with three). */
const VANITY_DIGITS = 3;
/** How far before a number its label is looked for: labels sit next to their number, and it
 *  bounds the work on a long line full of numbers. */
const LABEL_WINDOW = 120;
/** Lines above a number read for a role when its own line names none ("Sales team\n…\nTel …"). */
const ROLE_LINES_ABOVE = 3;
/** Extensions written in words libphonenumber does not know ("Durchwahl 12", "poste 204"). */
const EXTENSION_AFTER = new RegExp(`^\\s*[,;(]?\\s*(?:${EXTENSION_AFTER_NUMBER})\\.?\\s*[:.]?\\s*(\\d{1,6})\\b`, 'i');
/** A word glued to the digits after it that is an extension's ("ext123"): left glued, the extension is read from it. */
const EXTENSION_GLUED = new RegExp(`^(?:${EXTENSION_AFTER_NUMBER})$`, 'i');

/** Labels known from elsewhere: a picture before the number ("<img alt=fax>"), by E.164 value. */
export type OuterLabels = ReadonlyMap<string, 'phone' | 'fax'>;

/** The last phone read, in page order: a staff line that gives only an extension dials through it. */
interface MainLine {
  number?: PhoneNumber;
  written?: string;
  /** The hidden tab it was read in: a tab's extensions are not dialled through another tab's number. */
  part?: number;
}

export function textFindings(page: ParsedPage, outer: OuterLabels = new Map()): PageFinding[] {
  const out: PageFinding[] = [];
  for (const blocks of [page.blocks, page.hiddenBlocks]) {
    const main: MainLine = {};
    for (const block of blocks) {
      if (block.hiddenPart !== main.part) Object.assign(main, { number: undefined, written: undefined, part: block.hiddenPart });
      if (!worthReading(block.text) && !(main.number && mayNameExtension(block.text))) continue;
      const found = blockFindings(page, blocks, block, outer, main);
      // In a hidden tab or accordion: reachable, but a click away.
      if (block.hidden) for (const f of found) f.flags.push('collapsed');
      out.push(...found);
    }
  }
  return out;
}

/** Full-width digits and phone punctuation ("０３－１２３４－５６７８"), one for one, as ASCII. */
const FULL_WIDTH_PHONE = /[\uff10-\uff19\uff0b\uff0d\uff08\uff09]/g;
/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (Persian, Urdu: U+06F0–06F9) digits. */
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** "(+44) 0203…": the calling code in brackets, then the national number with its trunk 0, written as "+44 (0)203…". */
const BRACKETED_CODE_TRUNK = /\(\+(\d{1,3})\) 0(?=\d)/g;
/** Brazil's "0xx11 3456-7890": trunk 0, a carrier code left as xx, the area code. The xx is blanked. */
const BRAZIL_CARRIER = /(?<![\p{L}\d])(\(?0)[xX]{2}(?=\s?\d{2})/gu;

/**
 * The notations libphonenumber does not read, rewritten one character for one (the finding shows
 * the page's text by the same offsets): other digit scripts as ASCII, the bracketed calling code
 * before a trunk 0, Brazil's carrier placeholder.
 */
function asciiDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_PHONE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ARABIC_INDIC, (c) => String.fromCharCode(48 + ((c.charCodeAt(0) - 0x0660) % 0x90)))
    .replace(BRACKETED_CODE_TRUNK, '+$1 (0)')
    .replace(BRAZIL_CARRIER, '$1  ');
}

/** Quick pre-filter: enough digits for a number, or letters that may be a vanity number. */
export function worthReading(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length && digits < MIN_DIGITS; i++) {
    const c = text.charCodeAt(i);
    // ASCII digits, and the full-width ones CJK pages write ("０３－１２３４－５６７８"; libphonenumber reads them).
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
  }
  // A vanity number shows at least three digits ("800-FLOWERS"): most text has fewer, and skips the regex.
  return digits >= MIN_DIGITS || (digits >= VANITY_DIGITS && mayHaveVanity(text));
}

function blockFindings(page: ParsedPage, blocks: TextBlock[], block: TextBlock, outer: OuterLabels, main: MainLine): PageFinding[] {
  const out: PageFinding[] = [];
  const lines = block.text.split('\n');
  let ctx: ElementContext | undefined;
  // A label in a block of its own ("<th>Fax:</th><td>555…</td>", "<div>Phone:</div>555…") labels
  // the first line of the block after it.
  const previous = blocks[block.index - 1];
  lines.forEach((raw, i) => {
    if (!worthReading(raw)) {
      const found = main.number && extensionLineFinding(page, blocks, block, lines, i, main);
      if (found) out.push(found);
      return;
    }
    // The guards read the line with lists split; libphonenumber also gets glued words and vanity letters fixed.
    const line = splitLists(asciiDigits(raw));
    const dialled = dialVanity(unglue(line));
    // No digit group libphonenumber could read, with any country (an office's abroad included), and, on a page
    // with no country, none long enough for an unsure national number (8+ digits): skip the label, address
    // and country work below, which would find nothing (most lines worth reading are dates, prices, hours).
    if (!mayHoldNumber(dialled.text, 'any') && (Boolean(page.country) || !mayHoldNumber(line, 'any'))) return;
    // Read only above a line worth reading: most lines carry no number, and labelLine is regex work.
    const above = i > 0 ? lines[i - 1] : previous?.text;
    const carried: NumberLabel | undefined = above === undefined ? undefined : labelLine(above);
    // A number under an office address abroad is read with that office's country first.
    const abroad = addressCountryAbove(linesAbove(blocks, block, lines, i, ADDRESS_LINES_ABOVE));
    const local = abroad && abroad !== page.country ? abroad : undefined;
    const matches = local ? numbersAbroad(dialled.text, local, page.country) : numbersInText(dialled.text, page.country);
    if (!page.country && !local && !matches.length) {
      for (const u of unsureNationalNumbers(line, (at) => lastLabel(line.slice(0, at).slice(-LABEL_WINDOW)) ?? carried)) {
        ctx ??= elementContext(page.$, block.el, block.text);
        const role = classifyRole({ near: roleText(line.slice(0, u.start), lines, i), heading: ctx.heading, title: page.title, url: page.url });
        const written = raw.slice(u.start, u.end);
        for (const kind of u.label === 'both' ? (['phone', 'fax'] as const) : u.label === 'fax' ? (['fax'] as const) : (['phone'] as const)) {
          out.push({
            kind,
            value: u.digits,
            display: written,
            role,
            flags: ['unsure-country'],
            context: lineContext(raw, u.start, u.end),
            region: block.region,
          });
        }
      }
    }
    let prevEnd = 0;
    for (const m of matches) {
      const before = line.slice(0, m.startsAt);
      const segment = line.slice(prevEnd, m.startsAt);
      prevEnd = m.endsAt;
      if (idLabelBefore(before)) continue;
      const label =
        lastLabel(before.slice(-LABEL_WINDOW)) ?? carried ?? outer.get(m.number.number) ?? (faxLabelAfter(line.slice(m.endsAt)) ? 'fax' : undefined);
      if (notPhone(line, m.startsAt, m.endsAt, label !== undefined)) continue;
      // The guards read the number with ASCII digits; the finding shows it as the page wrote it.
      const counted = countAfterComma(line.slice(m.startsAt, m.endsAt), line.slice(m.endsAt));
      const read = counted ?? line.slice(m.startsAt, m.endsAt);
      const written = raw.slice(m.startsAt, m.startsAt + read.length);
      const readAbroad = local !== undefined && m.number.country === local;
      const base = counted ? withoutExtension(m.number) : m.number;
      const parsed = readAbroad ? withCallingCode(read, base, local) : base;
      // Under an office address abroad with a "Tel:" label, a national number without its trunk
      // prefix ("Germany / Tel: 89 5455 8132") is how offices write for callers abroad, not an article number.
      if (!(readAbroad && label) && missingTrunkPrefix(read, parsed)) continue;
      const number = withWordExtension(parsed, line.slice(m.endsAt));
      ctx ??= elementContext(page.$, block.el, block.text);
      const near = roleText(segment, lines, i);
      const role = classifyRole({ near, heading: ctx.heading, title: page.title, url: page.url });
      const flags: Flag[] = dialled.starts.some((s) => s >= m.startsAt && s < m.endsAt) ? ['vanity'] : [];
      const context = lineContext(raw, m.startsAt, m.endsAt);
      if (label !== 'fax' && !number.ext) Object.assign(main, { number, written });
      for (const kind of label === 'both' ? (['phone', 'fax'] as const) : label === 'fax' ? (['fax'] as const) : (['phone'] as const)) {
        out.push(phoneFinding({ kind, number, written, role, flags, context, region: block.region }));
      }
    }
  });
  return out;
}

/**
 * Inline elements are joined without a space ("<b>Sales</b>01625 856 505" reads "Sales01625…"), and
 * libphonenumber skips a number glued to a letter. The word's last letter is blanked (keeping
 * offsets) so the number is read; guards still see the original line and reject codes ("ATU1234…").
 */
export function unglue(line: string): string {
  return line.replace(/(\p{L}{3,})(?=\d)/gu, (word: string) => (EXTENSION_GLUED.test(word) ? word : `${word.slice(0, -1)} `));
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

/**
 * "Phone Ex: 2229" under a main number: that number dialled with the extension. The line itself
 * says little; the name and job title above it, often blocks of their own, say whose line it is.
 */
function extensionLineFinding(page: ParsedPage, blocks: TextBlock[], block: TextBlock, lines: string[], i: number, main: MainLine): PageFinding | undefined {
  const raw = lines[i] ?? '';
  const ext = extensionOnly(raw);
  const number = ext && main.number ? withExtension(main.number, ext) : undefined;
  if (!number) return undefined;
  const ctx = elementContext(page.$, block.el, block.text);
  const above = linesAbove(blocks, block, lines, i, ROLE_LINES_ABOVE);
  const role = classifyRole({ near: roleText(raw, [...above, raw], above.length), heading: ctx.heading, title: page.title, url: page.url });
  const context = [...above.slice(-2), raw].join(' · ');
  return phoneFinding({ kind: 'phone', number, written: main.written ?? number.number, role, flags: ['extension-only'], context, region: block.region });
}

/** The `n` lines before line i of the block (its `lines`), continuing into the blocks above. */
function linesAbove(blocks: TextBlock[], block: TextBlock, lines: string[], i: number, n: number): string[] {
  const out = lines.slice(Math.max(0, i - n), i);
  for (let b = block.index - 1; b >= 0 && out.length < n; b--) {
    const text = blocks[b]?.text;
    if (text) out.unshift(...text.split('\n').slice(-(n - out.length)));
  }
  return out;
}

/** The line, or a 160-character window of it centred on the number. */
function lineContext(line: string, start: number, end: number): string {
  if (line.length <= 160) return line;
  const from = Math.max(0, Math.min(start - 80, line.length - 160));
  return clip(line.slice(from, Math.max(end, from + 160)), 160);
}
