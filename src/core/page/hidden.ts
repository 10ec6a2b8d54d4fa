import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { closestElement, matchesHidden } from './dom.js';

/**
 * Tabs and accordions that the saved HTML hides until a visitor clicks: an inline display:none,
 * visibility:hidden or the hidden attribute. What sits there is reachable, a click away, so
 * extractors read it and flag it 'collapsed' (see text-blocks.ts hiddenTextBlocks).
 */
export const HIDDEN_SELECTOR =
  '[hidden], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';

/** Whether the element sits in a hidden subtree. */
export function isHidden(_$: CheerioAPI, el: Element): boolean {
  // closest(HIDDEN_SELECTOR) without compiling the selector: one attribute look per ancestor.
  return closestElement(el, matchesHidden) !== undefined;
}
