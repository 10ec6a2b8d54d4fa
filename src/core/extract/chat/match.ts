import { CHAT_VENDORS, type ChatVendor } from './vendors.js';

/**
 * Lookups over the vendor table, compiled once: which vendor a URL, an inline script or a DOM
 * element belongs to. Kept apart from chat.ts so the extractor reads as "collect, then decide".
 */

/** "host/path", lower case, without scheme, port, query or hash; undefined for non-http(s) URLs. */
export function urlKey(raw: string, base: string): string | undefined {
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  try {
    const u = new URL(trimmed, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.hostname}${u.pathname}`.toLowerCase();
  } catch {
    return undefined;
  }
}

export function vendorsForUrl(key: string): ChatVendor[] {
  // One test against every vendor's URL patterns at once: nearly every script URL is no vendor's.
  if (!ANY_VENDOR_URL.test(key)) return [];
  return CHAT_VENDORS.filter((v) => v.urls.some((re) => re.test(key)));
}

/** The union of all vendors' URL patterns (all written without flags, so one alternation is the same test). */
const ANY_VENDOR_URL = new RegExp(CHAT_VENDORS.flatMap((v) => v.urls.map((re) => `(?:${re.source})`)).join('|') || '(?!)');

/**
 * The host part of each URL pattern (the source before its first "\/"), for resource hints:
 * <link rel=preconnect> names an origin only ("https://static.zdassets.com"), never the path.
 */
const HOST_RES = new Map<string, RegExp[]>(
  CHAT_VENDORS.map((v) => [
    v.id,
    v.urls.flatMap((re) => {
      const host = re.source.slice(0, Math.max(0, re.source.indexOf('\\/')));
      return host ? [new RegExp(`${host}$`)] : [];
    }),
  ]),
);

export function vendorsForHost(host: string): ChatVendor[] {
  const h = host.toLowerCase();
  return CHAT_VENDORS.filter((v) => HOST_RES.get(v.id)?.some((re) => re.test(h)));
}

/**
 * URLs written inside a script, including scheme-less ones snippets build by concatenation
 * ("static.olark.com/jsclient/loader.js", 'https://js.driftt.com/include/' + t + '.js').
 */
// A host starts after a non-host character and has at most 10 labels: both keep the scan linear
// on minified code full of dotted member chains (a.b.c.d...).
const URL_IN_SCRIPT = /(?<![a-z0-9.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,24})(?![a-z0-9-])(\/[^\s'"`\\)<>]{0,2000})?/gi;
/** Bounds the scan of one inline script: snippets are short, app bundles are not worth reading whole. */
const MAX_SCRIPT_CHARS = 200_000;

export function urlKeysInScript(text: string): string[] {
  const keys = new Set<string>();
  for (const m of text.slice(0, MAX_SCRIPT_CHARS).matchAll(URL_IN_SCRIPT)) {
    const host = m[1]?.toLowerCase() ?? '';
    // A path is needed unless the host alone is a vendor's (beacon-v2.helpscout.net): skip "a.b" member access.
    keys.add(`${host}${(m[2] ?? '/').toLowerCase()}`);
  }
  return [...keys];
}

/** Snippet substrings and `window.NAME` / `window['NAME']` references, per vendor. */
const GLOBAL_RES = new Map<string, RegExp | undefined>(
  CHAT_VENDORS.map((v) => {
    if (!v.globals.length) return [v.id, undefined];
    const names = v.globals.map((g) => g.replace(/[$]/g, '\\$')).join('|');
    return [v.id, new RegExp(`\\bwindow(?:\\.(?:${names})(?![\\w$])|\\[\\s*['"](?:${names})['"]\\s*\\])`)];
  }),
);

/**
 * Every literal snippetMarker and apiCall look for, and "window" for the globals: code holding none
 * of them names no vendor, which one pass over it tells instead of a substring search per vendor and marker.
 */
const ANY_MARKER = new RegExp(
  [...new Set(['window', ...CHAT_VENDORS.flatMap((v) => [...v.snippets, ...(v.calls ?? [])])])].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/** Whether snippetMarker (on a script) or apiCall (on a handler) can find anything in this text, for any vendor. */
export function mayHoldMarker(text: string, script = false): boolean {
  return ANY_MARKER.test(script ? text.slice(0, MAX_SCRIPT_CHARS) : text);
}

export function snippetMarker(vendor: ChatVendor, text: string): string | undefined {
  const scanned = text.slice(0, MAX_SCRIPT_CHARS);
  const snippet = vendor.snippets.find((s) => scanned.includes(s));
  if (snippet) return snippet;
  // The window.NAME pattern needs the word "window": a plain substring test spares most scripts the regex.
  const global = scanned.includes('window') ? GLOBAL_RES.get(vendor.id)?.exec(scanned)?.[0] : undefined;
  return global ?? apiCall(vendor, scanned);
}

/** The first of the vendor's API calls in the text, not as the tail of a longer name (sendBeacon( is not Beacon(). */
export function apiCall(vendor: ChatVendor, text: string): string | undefined {
  for (const call of vendor.calls ?? []) {
    for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
      if (at === 0 || !/[\w$.]/.test(text[at - 1] ?? '')) return call;
    }
  }
  return undefined;
}

export interface ElementRule {
  vendor: ChatVendor;
  selector: string;
  weak: boolean;
}

/** Element rules indexed by kind: exact ids, id prefixes, classes, custom tag names. */
export interface ElementIndex {
  ids: Map<string, ElementRule>;
  idPrefixes: [string, ElementRule][];
  classes: Map<string, ElementRule>;
  tags: Map<string, ElementRule>;
}

function buildIndex(): ElementIndex {
  const index: ElementIndex = { ids: new Map(), idPrefixes: [], classes: new Map(), tags: new Map() };
  for (const vendor of CHAT_VENDORS) {
    const rules = [...vendor.elements.map((s) => [s, false] as const), ...(vendor.weakElements ?? []).map((s) => [s, true] as const)];
    for (const [selector, weak] of rules) {
      const rule = { vendor, selector, weak };
      const name = selector.slice(1).toLowerCase();
      if (selector.startsWith('#') && selector.endsWith('*')) index.idPrefixes.push([name.slice(0, -1), rule]);
      else if (selector.startsWith('#')) index.ids.set(name, rule);
      else if (selector.startsWith('.')) index.classes.set(name, rule);
      else index.tags.set(selector.toLowerCase(), rule);
    }
  }
  return index;
}

export const ELEMENT_INDEX = buildIndex();

/** Any indexed class as a whole token of a class attribute (ASCII case-insensitive): most elements have a class, few a vendor's. */
const ANY_CLASS = new RegExp(
  `(?:^|\\s)(?:${[...ELEMENT_INDEX.classes.keys()].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})(?:\\s|$)`,
  'i',
);
/** Non-ASCII class text can lower-case into a vendor class ("\u212a" is a K) where an ASCII-only /i test would not. */
const NON_ASCII = /[^\x00-\x7f]/;

/** The vendor rules an element matches by its tag name, id (or iframe name) and classes. */
export function elementRules(tag: string, attribs: Record<string, string | undefined>): ElementRule[] {
  // Called for every element of every page: no allocation unless something matches.
  let out: ElementRule[] | undefined;
  const byTag = ELEMENT_INDEX.tags.get(tag);
  if (byTag) (out ??= []).push(byTag);
  // An iframe's name is its id for the widget's own scripts; a form field's name is not.
  if (attribs.id) out = idRules(attribs.id, out);
  if (tag === 'iframe' && attribs.name) out = idRules(attribs.name, out);
  const classes = attribs.class;
  if (classes && (ANY_CLASS.test(classes) || NON_ASCII.test(classes))) {
    for (const cls of classes.toLowerCase().split(/\s+/)) {
      const rule = cls ? ELEMENT_INDEX.classes.get(cls) : undefined;
      if (rule) (out ??= []).push(rule);
    }
  }
  return out ?? (NO_RULES as ElementRule[]);
}

const NO_RULES: readonly ElementRule[] = Object.freeze([]) as readonly ElementRule[];

function idRules(raw: string, out: ElementRule[] | undefined): ElementRule[] | undefined {
  const id = raw.trim().toLowerCase();
  if (!id) return out;
  const exact = ELEMENT_INDEX.ids.get(id);
  if (exact) (out ??= []).push(exact);
  for (const [prefix, rule] of ELEMENT_INDEX.idPrefixes) if (id.startsWith(prefix)) (out ??= []).push(rule);
  return out;
}
