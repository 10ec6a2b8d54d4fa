import { escapeRegExp } from '../../role/fold.js';
import { isBareDomain, isServiceHost } from './site-of-host.js';
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

/** A `scripts` entry compiled: the whole "host/path" key test, and the host part alone (for resource hints). */
interface ScriptRule {
  vendor: ChatVendor;
  key: RegExp;
  host: RegExp;
}

/**
 * Script rules by the last two labels of their host ("intercom.io", "com.au"): a URL is tested only
 * against the rules of its own last two labels, one map lookup and a few tests, however large the
 * table. Entries whose host is "*" (a path on any host) are few and tested on every URL.
 */
const BY_SITE = new Map<string, ScriptRule[]>();
const ANY_HOST: ScriptRule[] = [];
/**
 * Rules of bare-domain entries, the vendor's whole site: page content that frameworks serialise into
 * inline scripts links to its homepage, blog and help pages, so only its loader counts there.
 */
const BARE_DOMAIN_RULES = new Set<ScriptRule>();

/** `*` in a host is any run of host characters (labels included): "userlike-cdn-widgets.s3*.amazonaws.com". */
const hostPattern = (host: string): string => host.split('*').map(escapeRegExp).join('[a-z0-9.-]*');

function lastTwoLabels(host: string): string {
  const dot = host.lastIndexOf('.', host.lastIndexOf('.') - 1);
  return dot < 0 ? host : host.slice(dot + 1);
}

for (const vendor of CHAT_VENDORS) {
  for (const entry of vendor.scripts) {
    const slash = entry.indexOf('/');
    const host = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase();
    const path = (slash < 0 ? '/' : entry.slice(slash)).toLowerCase();
    if (host === '*') {
      ANY_HOST.push({ vendor, key: new RegExp(`^[^/]*${escapeRegExp(path)}`), host: /(?!)/ });
      continue;
    }
    const rule = { vendor, key: new RegExp(`^(?:[^/]*\\.)?${hostPattern(host)}${escapeRegExp(path)}`), host: new RegExp(`^(?:.*\\.)?${hostPattern(host)}$`) };
    if (isBareDomain(entry)) BARE_DOMAIN_RULES.add(rule);
    const site = lastTwoLabels(host);
    const list = BY_SITE.get(site) ?? [];
    list.push(rule);
    BY_SITE.set(site, list);
  }
}

/** The vendors a "host/path" key (urlKey) belongs to. */
export function vendorsForUrl(key: string): ChatVendor[] {
  const slash = key.indexOf('/');
  const host = slash < 0 ? key : key.slice(0, slash);
  const rules = BY_SITE.get(lastTwoLabels(host));
  let out: ChatVendor[] | undefined;
  if (rules) for (const r of rules) if (r.key.test(key) && !out?.includes(r.vendor)) (out ??= []).push(r.vendor);
  for (const r of ANY_HOST) if (r.key.test(key) && !out?.includes(r.vendor)) (out ??= []).push(r.vendor);
  return out ?? [];
}

/** The vendors whose loader host this is: <link rel=preconnect> names an origin only ("https://static.zdassets.com"). */
export function vendorsForHost(host: string): ChatVendor[] {
  const h = host.toLowerCase();
  const rules = BY_SITE.get(lastTwoLabels(h)) ?? [];
  return [...new Set(rules.filter((r) => r.host.test(h)).map((r) => r.vendor))];
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
    // A whole-domain vendor's host counts alone only as a service host ("service.giosg.com"): see isServiceHost.
    const key = `${host}${(m[2] ?? '/').toLowerCase()}`;
    if (LOADER_PATH.test(key) || !onlyBareDomainRules(key) || (key.length === host.length + 1 && isServiceHost(host))) keys.add(key);
  }
  return [...keys];
}

/** A script file: what a snippet loads ("widget.onlim.com/loader.js"), unlike a page it links to. */
const LOADER_PATH = /\/[^/?#]*\.m?js(?:[?#]|$)/;

/** The key matches some vendor's entry, and only bare registrable-domain ones (a link to the vendor's site). */
function onlyBareDomainRules(key: string): boolean {
  const slash = key.indexOf('/');
  const rules = BY_SITE.get(lastTwoLabels(slash < 0 ? key : key.slice(0, slash)));
  if (!rules) return false;
  let bare = false;
  for (const r of rules) {
    if (!r.key.test(key)) continue;
    if (!BARE_DOMAIN_RULES.has(r)) return false;
    bare = true;
  }
  return bare && !ANY_HOST.some((r) => r.key.test(key));
}

/**
 * Every snippet and API-call literal of the table in one alternation, longest first, each mapped to
 * its vendors: one pass over a script finds them all, instead of a substring search per vendor
 * and literal (the table has hundreds). A literal inside a longer one that matched at the same
 * place (another vendor's) is credited too, by `contained`.
 */
const LITERALS = new Map<string, { snippet: ChatVendor[]; call: ChatVendor[] }>();
for (const v of CHAT_VENDORS) {
  for (const [kind, list] of [
    ['snippet', v.snippets ?? []],
    ['call', v.calls ?? []],
  ] as const) {
    for (const literal of list) {
      const entry = LITERALS.get(literal) ?? { snippet: [], call: [] };
      if (!entry[kind].includes(v)) entry[kind].push(v);
      LITERALS.set(literal, entry);
    }
  }
}
/**
 * Literals by their first word (a run of [A-Za-z0-9_$]) and where it starts in them. A script is read
 * word by word, and only the literals whose first word this is are compared at that place: one
 * regex over the script's words, not an alternation of hundreds of literals, which the regex engine
 * would try one by one at every character.
 */
const BY_WORD = new Map<string, { literal: string; offset: number }[]>();
for (const literal of LITERALS.keys()) {
  const m = /[A-Za-z0-9_$]+/.exec(literal);
  if (!m) continue;
  const list = BY_WORD.get(m[0]) ?? [];
  list.push({ literal, offset: m.index });
  BY_WORD.set(m[0], list);
}
const WORD = /[A-Za-z0-9_$]+/g;

/** Each place a literal of the table starts in the text. */
function literalsIn(text: string): { literal: string; at: number }[] {
  const out: { literal: string; at: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const candidates = BY_WORD.get(m[0]);
    if (!candidates) continue;
    for (const { literal, offset } of candidates) {
      const at = m.index - offset;
      if (at >= 0 && text.startsWith(literal, at)) out.push({ literal, at });
    }
  }
  return out;
}

/** `window.NAME` and `window['NAME']` for every global of the table, mapped to its vendors. */
const GLOBALS = new Map<string, ChatVendor[]>();
for (const v of CHAT_VENDORS) for (const g of v.globals ?? []) GLOBALS.set(g, [...(GLOBALS.get(g) ?? []), v]);
const GLOBAL_NAMES = [...GLOBALS.keys()]
  .sort((x, y) => y.length - x.length)
  .map((g) => g.replace(/[$]/g, '\\$'))
  .join('|');
const ANY_GLOBAL = new RegExp(`\\bwindow(?:\\.(${GLOBAL_NAMES || '(?!)'})(?![\\w$])|\\[\\s*['"](${GLOBAL_NAMES || '(?!)'})['"]\\s*\\])`, 'g');

/**
 * What an inline script shows of each vendor: its first snippet, global or API call, by vendor.
 * A call counts only after a non-name character (sendBeacon( is not Beacon().
 */
export function scriptMarkers(text: string): Map<ChatVendor, string> {
  const scanned = text.length > MAX_SCRIPT_CHARS ? text.slice(0, MAX_SCRIPT_CHARS) : text;
  const found = new Map<ChatVendor, string>();
  for (const { literal, at } of literalsIn(scanned)) {
    const entry = LITERALS.get(literal);
    if (!entry) continue;
    for (const v of entry.snippet) if (!found.has(v)) found.set(v, literal);
    if (afterName(scanned, at)) for (const v of entry.call) if (!found.has(v)) found.set(v, literal);
  }
  if (scanned.includes('window')) {
    for (const m of scanned.matchAll(ANY_GLOBAL)) {
      for (const v of GLOBALS.get(m[1] ?? m[2] ?? '') ?? []) if (!found.has(v)) found.set(v, m[0]);
    }
  }
  return found;
}

/** The vendors' API calls in handler code, not as the tail of a longer name (sendBeacon( is not Beacon(). */
export function handlerCalls(text: string): Map<ChatVendor, string> {
  const found = new Map<ChatVendor, string>();
  for (const { literal, at } of literalsIn(text)) {
    if (!afterName(text, at)) continue;
    for (const v of LITERALS.get(literal)?.call ?? []) if (!found.has(v)) found.set(v, literal);
  }
  return found;
}

/** A call starts a name: the character before it is not part of one (sendBeacon( is not Beacon(). */
function afterName(text: string, at: number): boolean {
  return at === 0 || !/[\w$.]/.test(text[at - 1] ?? '');
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
    const rules = [...(vendor.elements ?? []).map((s) => [s, false] as const), ...(vendor.weakElements ?? []).map((s) => [s, true] as const)];
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
const ANY_CLASS = new RegExp(`(?:^|\\s)(?:${[...ELEMENT_INDEX.classes.keys()].map(escapeRegExp).join('|') || '(?!)'})(?:\\s|$)`, 'i');
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
