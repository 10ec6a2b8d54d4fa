// Chat launchers as the shopper sees them: elements fixed in a bottom corner of the rendered page.
// Measured here, on the live page (position, size, corner), and handed to the core, which decides by
// their words (core/extract/chat/corner-widget.ts). Read-only: nothing on the page is changed.
import type { CornerWidget } from '../core/extract/chat/corner-widget.js';

/** How near a corner, in CSS pixels: launchers sit 10–40 px from the edges, frames open a few hundred above. */
const CORNER_PX = 160;
/** A launcher or its frame is small; a fixed header or a full-screen overlay is not one. */
const MAX_SIDE_PX = 480;
/** Bounds the work on a page with very many elements. */
const MAX_CANDIDATES = 3_000;
const MAX_LABEL = 120;

export function cornerWidgets(doc: Document): CornerWidget[] {
  const view = doc.defaultView;
  if (!view) return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const out: CornerWidget[] = [];
  const candidates = doc.querySelectorAll('iframe, button, a, [role="button"], div[aria-label], div[title]');
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i++) {
    const el = candidates[i] as HTMLElement;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.width > MAX_SIDE_PX || rect.height > MAX_SIDE_PX) continue;
    const nearBottom = height - rect.bottom < CORNER_PX;
    const nearSide = rect.left < CORNER_PX || width - rect.right < CORNER_PX;
    if (!nearBottom || !nearSide || !fixed(el, view)) continue;
    const label = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
    out.push({
      tag: el.tagName.toLowerCase(),
      label,
      ...(el instanceof HTMLIFrameElement && el.src ? { src: el.src } : {}),
      ...(el.id ? { id: el.id } : {}),
    });
  }
  return out;
}

/** Fixed (or sticky) itself or through an ancestor a few levels up: launchers sit in a fixed wrapper. */
function fixed(el: Element, view: Window): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}
