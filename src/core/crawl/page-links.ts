import type { Element } from 'domhandler';
import { collapse, type ParsedPage } from '../page/parsed-page.js';
import { findFirst, textOf } from '../page/dom.js';
import { regionOf } from '../page/region.js';
import type { PageLink } from '../types.js';
import { normalizedHref } from './normalize-url.js';
import { ownString } from './own-string.js';
import { scriptLinks } from './script-links.js';
import { sameSiteAs } from './same-site.js';

/** Schemes other extractors read (mailto:, tel:...) and links that go nowhere: never crawled. */
const NOT_A_PAGE = /^(mailto|tel|callto|sms|fax|skype|whatsapp|javascript|data|blob|about|file|ftp):/i;
/** Link texts are evidence in the report, not content: bounded like other page text. */
const MAX_TEXT = 200;
/** A hostile page with more links than this is not read further; the crawl budget is far smaller. */
const MAX_LINKS = 5_000;

/**
 * The page's links within `scope` (its own site unless the crawl says more), normalised and deduplicated per region in document order: a
 * contact link in the footer must stay visible even when the body links to the same page first. Each keeps the
 * words a visitor reads on it (text, or aria-label/title/img alt for icon links) and its region.
 */
export function pageLinks(page: ParsedPage, scope?: (url: URL) => boolean): PageLink[] {
  const byUrl = new Map<string, PageLink>();
  // Scope is a matter of scheme, host and port, which normalising leaves as they are.
  const inScope = scope ?? sameSiteAs(page.url);
  // Each link parsed once for every reader (ParsedPage.resolveLink), against the page's <base href>.
  const target = (href: string) => {
    const u = page.resolveLink(href);
    return u && inScope(u) ? normalizedHref(u) : undefined;
  };
  // page.links is the one shared walk's list of <a href>/<area href>, in document order.
  for (const el of page.links) {
    if (byUrl.size >= MAX_LINKS) break;
    const href = (el.attribs.href ?? '').trim();
    if (href === '' || href.startsWith('#') || NOT_A_PAGE.test(href)) continue;
    const url = target(href);
    if (!url) continue;
    const text = linkText(el);
    const region = regionOf(el);
    const key = `${region} ${url}`;
    const seen = byUrl.get(key);
    if (seen) {
      // Same target twice in one region (icon and text): keep the first, but words beat none.
      if (!seen.text && text) byUrl.set(key, { ...seen, text });
      continue;
    }
    const rel = el.attribs.rel?.trim();
    byUrl.set(key, { url, text, region, ...(rel ? { rel: ownString(rel) } : {}) });
  }
  // Navigation a script builds from data: after the real links, so a real link's words win.
  for (const { href, text: raw, el } of scriptLinks(page)) {
    if (byUrl.size >= MAX_LINKS) break;
    const url = target(href);
    if (!url) continue;
    const region = regionOf(el);
    const key = `${region} ${url}`;
    if (byUrl.has(key)) continue;
    const text = collapse(raw);
    byUrl.set(key, { url, text: ownString(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text), region });
  }
  return [...byUrl.values()];
}

/** What a visitor (or a screen reader) reads on the link. */
function linkText(el: Element): string {
  const visible = collapse(textOf(el));
  // A symbol or emoji alone ("⏻", "🗑️") is no words: the label says what the link does.
  const text =
    (/[\p{L}\p{N}]/u.test(visible) ? visible : '') ||
    collapse(el.attribs['aria-label'] ?? '') ||
    collapse(el.attribs.title ?? '') ||
    collapse(findFirst(el, (e) => e.name === 'img' && e.attribs.alt !== undefined)?.attribs.alt ?? '') ||
    collapse(el.attribs.alt ?? '') ||
    visible;
  // Kept by the frontier and the pages long after the body is gone: a copy, not a slice of the body (own-string.ts).
  return ownString(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
}
