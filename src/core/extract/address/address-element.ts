import type { Element } from 'domhandler';
import type { ParsedPage } from '../../page/parsed-page.js';
import type { TextBlock } from '../../page/text-blocks.js';
import type { AddressParts } from './parts.js';
import { classifyLine, hasStreetWord, trimLead } from './street.js';
import { anyOf } from './street-words.js';

export interface ElementAddress {
  parts: AddressParts;
  display: string;
  block: TextBlock;
}

/** Lines inside <address> that are contact details of another kind, not part of the postal address. */
const NOT_POSTAL = new RegExp(`@|https?:|www\\.|(?:${anyOf('otherContacts')})\\b|^\\+?[\\d\\s().-]{7,}$`, 'i');
/** An <address> holds contact information of any kind; at most this many lines follow the street. */
const MAX_LINES_AFTER_STREET = 3;

/**
 * <address> elements whose lines hold a street but no postcode the country patterns know
 * ("Via Roma 5, Milano"; an office in a country without a pattern). The element says it is an
 * address, so a street line is enough; the finding is flagged 'partial'.
 */
export function addressElementAddresses(page: ParsedPage, taken: ReadonlySet<TextBlock>): ElementAddress[] {
  const out: ElementAddress[] = [];
  const byEl = new Map<Element, TextBlock[]>();
  const addressEls = new Set(page.byTag('address'));
  if (!addressEls.size) return out;
  for (const block of page.blocks) {
    for (let node: Element | null = block.el; node && node.type === 'tag'; node = node.parent as Element | null) {
      if (!addressEls.has(node)) continue;
      byEl.set(node, [...(byEl.get(node) ?? []), block]);
      break;
    }
  }
  for (const blocks of byEl.values()) {
    if (blocks.some((b) => taken.has(b))) continue;
    const lines = blocks.flatMap((b) => b.text.split('\n')).filter((l) => !NOT_POSTAL.test(l));
    // No postcode to lean on, so the street must name itself ("Via dei Mille 41"): "3 Comments" will not do.
    const at = lines.findIndex((l) => [l, trimLead(l)].some((x) => classifyLine(x) === 'po-box' || (classifyLine(x) === 'street' && hasStreetWord(x))));
    if (at < 0) continue;
    const kept = [trimLead(lines[at]!), ...lines.slice(at + 1, at + 1 + MAX_LINES_AFTER_STREET)];
    out.push({
      parts: { street: kept, poBox: classifyLine(kept[0]!) === 'po-box' },
      display: kept.join(', '),
      block: blocks[0]!,
    });
  }
  return out;
}
