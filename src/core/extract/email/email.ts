import type { Element } from 'domhandler';
import { closestElement, textOf } from '../../page/dom.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { collapsedText } from '../../page/element-context.js';
import { regionOf } from '../../page/region.js';
import { EMAIL_IN_TEXT, normalizeEmail } from './address.js';
import { cfProtectedHex, decodeCfEmail } from './cloudflare.js';
import { AT_WORD, deobfuscatedEmails } from './deobfuscate.js';
import { FoundEmails, type EmailSighting } from './found.js';
import { isHidden } from '../../page/hidden.js';
import { jsonLdEmails } from './json-ld.js';
import type { Extractor } from '../extractor.js';
import type { Flag } from '../../flags.js';

/**
 * Email addresses a visitor can write to: mailto: links, addresses in visible text (plain or
 * written out as "name [at] domain [dot] com"), Cloudflare-protected ones, and the page's own
 * schema.org JSON-LD (flagged 'schema-org'). Other addresses inside scripts, styles and form
 * placeholders are not read: a visitor never sees them, and they are mostly not contacts.
 */
export const emailExtractor: Extractor = {
  id: 'email',
  kinds: ['email'],
  extract(page) {
    const found = new FoundEmails(page);
    fromLinks(page, found);
    fromCloudflareSpans(page, found);
    fromText(page, found);
    fromJsonLd(page, found);
    return found.list();
  },
};

/** A hostile page with more links than this is not read further. */
const MAX_LINKS = 5_000;
/** Block elements a link's label can sit in ("Sales: <a>...</a>"). */
const LINE_BLOCK = new Set('p,li,td,th,dd,dt,address,h1,h2,h3,h4,h5,h6,div,section,footer,header,aside,nav,main,body'.split(','));
const isLineBlock = (el: Element) => LINE_BLOCK.has(el.name);

/** The text of the block an element sits in (its "line"), collapsed: `$(el).closest(LINE_BLOCK).text()`. */
function lineOf(el: Element): string {
  const block = closestElement(el, isLineBlock);
  return block ? collapsedText(block) : '';
}

function fromLinks(page: ParsedPage, found: FoundEmails): void {
  const $ = page.$;
  const links = page.links;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const el = links[i]!;
    const href = (el.attribs.href ?? '').trim();
    const cfHex = cfProtectedHex(href);
    const parts = cfHex ? [] : mailtoAddresses(href);
    const cf = cfHex ? decodeCfEmail(cfHex) : undefined;
    if (!parts.length && !cf) continue;
    const text = collapse(textOf(el));
    const line = lineOf(el) || text;
    const index = text ? line.indexOf(text) : -1;
    // The link's own words ("Email sales", an icon's aria-label) are its label before any text around it.
    const label = collapse(`${text} ${el.attribs['aria-label'] ?? ''} ${el.attribs.title ?? ''}`);
    const base = { el, line, index, label, region: regionOf(el) };
    const hidden: Flag[] = isHidden($, el) ? ['collapsed'] : [];
    if (cf) {
      const address = normalizeEmail(cf);
      if (address) found.add({ ...base, address, display: address, flags: ['cloudflare', 'mailto', ...hidden] });
    }
    for (const part of parts) {
      const plain = normalizeEmail(part);
      const obfuscated = plain ? undefined : deobfuscatedEmails(part)[0]?.address;
      const address = plain ?? obfuscated;
      const flags: Flag[] = [...(obfuscated ? (['mailto', 'obfuscated'] as const) : (['mailto'] as const)), ...hidden];
      if (address) found.add({ ...base, address, display: part, flags });
    }
  }
}

/** The addresses of a mailto: link: query dropped, %-escapes decoded, comma/semicolon lists split. */
export function mailtoAddresses(href: string): string[] {
  if (!/^mailto:/i.test(href)) return [];
  const target = href.slice('mailto:'.length).split('?')[0] ?? '';
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray '%' (e.g. "100%"): keep the text as written.
  }
  return decoded
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function fromCloudflareSpans(page: ParsedPage, found: FoundEmails): void {
  if (!page.attributeNames.has('data-cfemail')) return;
  for (const el of page.elements) {
    if (el.attribs['data-cfemail'] === undefined) continue;
    const address = normalizeEmail(decodeCfEmail(el.attribs['data-cfemail'] ?? '') ?? '');
    if (!address) continue;
    const line = lineOf(el);
    // The page shows "[email protected]" where the address was: that is where its label ends.
    const index = line.indexOf(collapse(textOf(el)));
    found.add({ address, display: address, flags: ['cloudflare'], el, line, index, region: regionOf(el) });
  }
}

/** Cheap test before the regexes: no '@' and no "at" word means no address. */
const MAY_HOLD_EMAIL = /@|[[({<]\s*(?:at|ät)|\sat\s/i;

function fromText(page: ParsedPage, found: FoundEmails): void {
  // Hidden tabs and accordions are a click away for a visitor: read, and flagged 'collapsed'.
  for (const block of [...page.blocks, ...page.hiddenBlocks]) {
    if (!MAY_HOLD_EMAIL.test(block.text)) continue;
    const flags: Flag[] = block.hidden ? ['collapsed'] : [];
    for (const line of block.text.split('\n')) {
      scanLine(found, line, { el: block.el, region: block.region, blockText: block.text }, flags);
    }
  }
}

/** Every written-out "at" (see deobfuscate.ts AT_WORD) has one of these in it. */
const MAY_HOLD_AT = new RegExp(AT_WORD, 'i');

/**
 * Invisible format characters (soft hyphen, zero-width (non-)joiner, word joiner, BOM): a visitor
 * reads "kunden\u00ADservice@..." as kundenservice@..., so the scan must too; left in, the
 * address would start after them ("service@...": another mailbox).
 */
// Each joiner is removed on its own (with /g), so a ZWJ in the class is what is meant.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_IN_WORDS = /[\u00AD\u200C\u200D\u2060\uFEFF]/g;

function scanLine(found: FoundEmails, raw: string, where: Pick<EmailSighting, 'el' | 'region' | 'blockText'>, flags: Flag[]): void {
  const line = raw.replace(INVISIBLE_IN_WORDS, '');
  // Most lines of a block that passed MAY_HOLD_EMAIL have no '@' at all: the address regex needs one.
  if (line.includes('@')) {
    // exec with lastIndex, not matchAll: matchAll clones this large pattern on every call.
    EMAIL_IN_TEXT.lastIndex = 0;
    for (let m = EMAIL_IN_TEXT.exec(line); m; m = EMAIL_IN_TEXT.exec(line)) {
      const address = normalizeEmail(m[0]);
      if (address) found.add({ ...where, address, display: m[0], flags, line, index: m.index });
    }
  }
  if (!MAY_HOLD_AT.test(line)) return;
  for (const d of deobfuscatedEmails(line)) {
    found.add({ ...where, address: d.address, display: d.raw, flags: [...flags, 'obfuscated'], line, index: d.index });
  }
}

function fromJsonLd(page: ParsedPage, found: FoundEmails): void {
  for (const { raw, contactType, el } of jsonLdEmails(page.jsonLd)) {
    const address = normalizeEmail(raw);
    if (!address) continue;
    const line = contactType ? `schema.org contactType: ${contactType}` : '';
    found.add({ address, display: raw, flags: ['schema-org'], el, line, index: -1, contactType });
  }
}
