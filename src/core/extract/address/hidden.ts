import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { ParsedPage } from '../../page/parsed-page.js';
import { regionOf } from '../../page/region.js';
import { textBlocks, type TextBlock } from '../../page/text-blocks.js';
import type { Region } from '../../types.js';

/**
 * Office lists often sit in tabs and accordions that the saved HTML hides with an inline
 * display:none until a visitor clicks ("Europe", "Asia", "Branch offices"). The visitor can reach
 * them, so the audit reads them too: each hidden subtree is parsed on its own, made visible, and
 * split into blocks as the page's own text is. Findings from it are flagged 'collapsed'.
 */
export interface HiddenPart {
  $: CheerioAPI;
  blocks: TextBlock[];
  /** Region of the hidden element in the page (the re-parsed copy has lost its ancestors). */
  region: Region;
}

const HIDDEN = '[hidden], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
/** Work bounds: how many hidden subtrees, and how much of their HTML, one page may cost. */
const MAX_PARTS = 50;
const MAX_HTML_CHARS = 600_000;
/** Tiny hidden bits are icons and menus; an address needs more than this much HTML. */
const MIN_HTML_CHARS = 40;

export function hiddenParts(page: ParsedPage): HiddenPart[] {
  const $ = page.$;
  const out: HiddenPart[] = [];
  let budget = MAX_HTML_CHARS;
  const outermost = $('body ' + HIDDEN.split(', ').join(', body ')).filter((_, el) => $(el).parent().closest(HIDDEN).length === 0);
  for (const el of outermost.toArray() as Element[]) {
    if (out.length >= MAX_PARTS) break;
    if (/^(?:script|style|template|noscript|select|option|svg|iframe)$/i.test(el.name)) continue;
    // Menus and icons are hidden too; only text with a digit can hold a postcode.
    if (!/\d/.test($(el).text())) continue;
    const html = $.html(el);
    if (html.length < MIN_HTML_CHARS || html.length > budget) continue;
    budget -= html.length;
    const sub = cheerio.load(html, null, false);
    sub('[hidden]').removeAttr('hidden');
    sub('[style]').each((_, node) => {
      const style = sub(node).attr('style') ?? '';
      sub(node).attr('style', style.replace(/display\s*:\s*none|visibility\s*:\s*hidden/gi, ''));
    });
    const blocks = textBlocks(sub);
    if (blocks.length) out.push({ $: sub, blocks, region: regionOf(el as Element) });
  }
  return out;
}
