import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { collapse } from './parsed-page.js';

/**
 * The words around an element that say what it is for: its own block's text, the nearest heading
 * above it (walking back through earlier siblings and up through ancestors), and an aria/title label.
 * The role classifier reads these; extractors attach `near` to findings as evidence.
 */
export interface ElementContext {
  /** Text of the element's block, trimmed to ~160 chars. */
  near: string;
  /** Nearest heading (h1–h6, or a <dt>/<th>/<strong> used as one) before the element. */
  heading: string;
  /** aria-label, title or <legend> of the element or its form/section. */
  label: string;
}

const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const WEAK_HEADING = 'dt,th,strong,b,legend,caption';
/** How many earlier siblings to look back through per ancestor: a bound on work per finding. */
const MAX_SIBLINGS = 12;
const MAX_ANCESTORS = 8;

export function elementContext($: CheerioAPI, el: Element, blockText?: string): ElementContext {
  const $el = $(el);
  const near = clip(blockText ?? collapse($el.text()), 160);
  const label = collapse(
    $el.attr('aria-label') || $el.attr('title') || $el.closest('form,section,fieldset').find('legend').first().text() || '',
  );
  return { near, heading: nearestHeading($, el), label: clip(label, 120) };
}

function nearestHeading($: CheerioAPI, el: Element): string {
  let node: Element | null = el;
  let weak = '';
  for (let up = 0; node && up < MAX_ANCESTORS; up++, node = node.parent as Element | null) {
    if (node.type !== 'tag') break;
    let sib = node.prev;
    for (let i = 0; sib && i < MAX_SIBLINGS; i++, sib = sib.prev) {
      if (sib.type !== 'tag') continue;
      const $sib = $(sib as Element);
      if ($sib.is(HEADING)) return clip(collapse($sib.text()), 120);
      const inner = $sib.find(HEADING).last();
      if (inner.length) return clip(collapse(inner.text()), 120);
      if (!weak && $sib.is(WEAK_HEADING)) weak = clip(collapse($sib.text()), 120);
    }
  }
  return weak;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
