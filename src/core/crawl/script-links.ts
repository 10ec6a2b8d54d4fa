import type { Element } from 'domhandler';
import type { ParsedPage } from '../page/parsed-page.js';
import { textOf } from '../page/dom.js';

/**
 * Links a script builds the navigation from, which the HTML holds only as data: `data-href`,
 * `data-url` and `data-link` attributes (a <button> or <li> a click handler turns into a
 * navigation), and href/url/link/path/to values in JSON blocks (<script type="application/json">,
 * a framework's page data such as Next.js's __NEXT_DATA__), each with its sibling label, title,
 * name or text as the words a visitor reads. Shoppers click those links like any other, so the
 * crawl follows them (issue #13: navigation built by scripts).
 */
export interface ScriptLink {
  href: string;
  text: string;
  el: Element;
}

const DATA_ATTRIBUTES = ['data-href', 'data-url', 'data-link'] as const;
const URL_KEY = /^(?:href|url|link|path|to)$/i;
const TEXT_KEYS = ['label', 'title', 'name', 'text', 'linkText'] as const;
/** A JSON block larger than this is an app's state, not its menu: read up to here only. */
const MAX_JSON_CHARS = 500_000;
const MAX_LINKS = 2_000;
/** A path or an http(s) URL; not "//cdn…" (another host), not "#" or a word. */
const LOOKS_LIKE_LINK = /^(?:\/(?!\/)|https?:\/\/)/i;

export function scriptLinks(page: ParsedPage): ScriptLink[] {
  const out: ScriptLink[] = [];
  if (DATA_ATTRIBUTES.some((a) => page.attributeNames.has(a))) {
    for (const el of page.elements) {
      if (out.length >= MAX_LINKS) return out;
      if (el.name === 'a' || el.name === 'area' || el.name === 'link') continue;
      const href = DATA_ATTRIBUTES.map((a) => el.attribs[a]).find((v) => v && LOOKS_LIKE_LINK.test(v.trim()));
      if (href) out.push({ href: href.trim(), text: textOf(el), el });
    }
  }
  for (const script of page.byTag('script')) {
    const type = (script.attribs.type ?? '').toLowerCase();
    if (type !== 'application/json') continue;
    const raw = textOf(script);
    if (!raw || raw.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    walk(data, (href, text) => out.length < MAX_LINKS && out.push({ href, text, el: script }));
  }
  return out;
}

/** Depth-first over the JSON, iteratively (a hostile block may nest thousands deep). */
function walk(data: unknown, add: (href: string, text: string) => unknown): void {
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length && visited++ < 100_000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    const text = TEXT_KEYS.map((k) => obj[k]).find((v): v is string => typeof v === 'string') ?? '';
    for (const [key, value] of Object.entries(obj)) {
      if (typeof value === 'string') {
        if (URL_KEY.test(key) && LOOKS_LIKE_LINK.test(value)) add(value, text);
      } else if (value && typeof value === 'object') stack.push(value);
    }
  }
}
