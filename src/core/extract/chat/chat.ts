import type { Element } from 'domhandler';
import { textOf } from '../../page/dom.js';
import { collapse, type ParsedPage } from '../../page/parsed-page.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { elementRules, handlerCalls, urlKey, vendorsForHost, vendorsForUrl } from './match.js';
import { vendorByName } from './vendor-by-name.js';
import { namedChatLoader, preloadsScript } from './named-loader.js';
import { personTakesOver } from './handover.js';
import { scriptEvidence } from './script-evidence.js';
import type { ChatVendor } from './vendors.js';
import type { Extractor } from '../extractor.js';
import type { Flag } from '../../flags.js';
import { holdsNoCode } from '../../page/script-type.js';

/**
 * Live chat widgets, recognised from the vendor's embed (vendors are data: chat/vendors.ts).
 * Evidence is the markup a widget leaves, never words: a page that says "integrates with Intercom"
 * or links to drift.com has no widget. Strong evidence: the vendor's script, its inline snippet, its
 * iframe, or an element the running widget renders (the extension serialises the live DOM, so
 * late-injected launchers count). A preconnect hint or a generic id (#launcher) alone is not enough.
 * The 'global' flag of types.ts is left to a runtime look at window names, which serialised HTML cannot show.
 */
export const chatExtractor: Extractor = {
  id: 'chat',
  kinds: ['chat'],
  extract(page) {
    const seen = new Map<string, Evidence>();
    const note: Note = (vendor, flag, detail, label, weak) => {
      const e = seen.get(vendor.id) ?? { vendor, flags: new Set<Shown>(), detail: '', label: '', weak: new Map() };
      if (weak) {
        if (!e.weak.has(weak)) e.weak.set(weak, { flag, detail });
      } else if (flag !== 'hint') {
        e.flags.add(flag);
        e.detail ||= detail;
      }
      if (!e.label && label && classifyRole({ near: label }) !== 'general') e.label = label.slice(0, 160);
      seen.set(vendor.id, e);
    };
    scanScripts(page, note);
    scanElements(page, note);
    scanLinkHints(page, note);
    const found: PageFinding[] = [];
    for (const e of seen.values()) {
      // Weak signals count only together: a preconnect to the vendor and its generic launcher id.
      if (!e.flags.size && e.weak.size >= 2) {
        for (const w of e.weak.values()) if (w.flag !== 'hint') e.flags.add(w.flag);
        e.detail = [...e.weak.values()].map((w) => w.detail).join('; ');
      }
      if (e.flags.size) found.push(finding(page, e));
    }
    // The long tail: a loader named for a chat that no row knows (named-loader.ts).
    const unknown = found.length ? undefined : namedChatLoader(page);
    return unknown ? [unknown] : found;
  },
};

/** The evidence a widget leaves, as the finding's flags say it. */
type Shown = Extract<Flag, 'script' | 'inline-snippet' | 'iframe' | 'rendered'>;
const FLAG_ORDER: Shown[] = ['script', 'inline-snippet', 'iframe', 'rendered'];
interface Evidence {
  vendor: ChatVendor;
  flags: Set<Shown>;
  /** The first strong evidence, for the report ("script static.zdassets.com/ekr/snippet.js"). */
  detail: string;
  /** Words on a launcher that name a team ("Chat with sales"): they decide the role. */
  label: string;
  /** Weak signals by kind: a resource hint, a generic element id. */
  weak: Map<WeakKind, { flag: Shown | 'hint'; detail: string }>;
}
type WeakKind = 'hint' | 'element';
type Note = (vendor: ChatVendor, flag: Shown | 'hint', detail: string, label?: string, weak?: WeakKind) => void;

/** Bounds work on a hostile page. */
const MAX_ELEMENTS = 50_000;

function scanScripts(page: ParsedPage, note: Note): void {
  for (const el of page.byTag('script')) {
    // A consent manager's placeholder that names the vendor it holds back (Usercentrics
    // data-usercentrics="Intercom", Klaro data-name="intercom", CookieConsent data-service="Intercom":
    // cookieconsent.orestbida.com/advanced/manage-scripts.html): the widget loads once the shopper agrees.
    const held = el.attribs.type === 'text/plain' ? (el.attribs['data-name'] ?? el.attribs['data-service']) : undefined;
    const consentName = el.attribs['data-usercentrics'] ?? held;
    const byName = consentName ? vendorByName(consentName) : undefined;
    if (byName) note(byName, 'script', `consent placeholder names ${byName.name}`);
    // Lazy loaders and consent managers park the real URL in an attribute of their own until allowed to run.
    const src = page.loadsFrom(el);
    if (src) {
      const key = urlKey(src, page.url);
      if (key) for (const v of vendorsForUrl(key)) note(v, 'script', `script ${key}`);
      continue;
    }
    const type = el.attribs.type ?? '';
    if (CONFIG_BLOCK.test(type)) {
      scanConfigBlock(el, note);
      continue;
    }
    if (holdsNoCode(type)) continue;
    const text = textOf(el);
    if (!text.trim()) continue;
    for (const e of scriptEvidence(text)) note(e.vendor, 'inline-snippet', `inline snippet ${e.kind === 'loads' ? 'loads ' : ''}${e.detail}`);
  }
}

/** JSON a widget's loader reads its settings from (`<script type="application/json" id="chat-config">`); not JSON-LD. */
const CONFIG_BLOCK = /^application\/json$/i;
/**
 * A configuration block is small; a framework's page state (Next.js's __NEXT_DATA__) is large and
 * holds the page's content, where an article may quote a vendor's embed: not read.
 */
const MAX_CONFIG_CHARS = 4_000;

/** The vendor loaders a configuration block names (URLs only: a vendor's name in settings is no widget). */
function scanConfigBlock(el: Element, note: Note): void {
  const text = textOf(el);
  if (!text.trim() || text.length > MAX_CONFIG_CHARS) return;
  for (const e of scriptEvidence(text)) if (e.kind === 'loads') note(e.vendor, 'inline-snippet', `configuration block loads ${e.detail}`);
}

function scanElements(page: ParsedPage, note: Note): void {
  const elements = page.elements;
  // Elements with an on* handler or a javascript: href, found in the page's one walk: the rest have no handler code.
  const withHandlers = new Set(page.withHandlers);
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const el = elements[i]!;
    const tag = el.name.toLowerCase();
    if (tag === 'iframe') {
      const key = urlKey(page.loadsFrom(el) ?? '', page.url);
      if (key) for (const v of vendorsForUrl(key)) note(v, 'iframe', `iframe ${key}`);
    }
    const handler = withHandlers.has(el) ? handlerCode(el) : '';
    if (handler) for (const [v, call] of handlerCalls(handler)) note(v, 'inline-snippet', `${tag} handler calls ${call}`, collapse(textOf(el)));
    for (const rule of elementRules(tag, el.attribs)) {
      const flag: Shown = tag === 'script' ? 'script' : tag === 'iframe' ? 'iframe' : 'rendered';
      note(rule.vendor, flag, `${tag} ${rule.selector}`, undefined, rule.weak ? 'element' : undefined);
    }
  }
}

/** Inline event handlers and javascript: links: where a "Chat with us" button calls the widget's API. */
function handlerCode(el: Element): string {
  let code = '';
  const attribs = el.attribs;
  for (const name in attribs) {
    const first = name.charCodeAt(0);
    // Cheap look at the first letter before the regexes: most attributes are neither on* nor href.
    if (first !== 111 && first !== 79 && first !== 104) continue; // 'o', 'O', 'h'
    const value = attribs[name]!;
    if (/^on[a-z]+$/i.test(name) || (name === 'href' && /^\s*javascript:/i.test(value))) code += `${value}\n`;
  }
  return code;
}

/**
 * Resource hints name what a page is about to load. A preload of a vendor's script (rel=preload
 * as=script, or modulepreload) is the script itself, fetched early: strong evidence. Preconnect and
 * dns-prefetch name only a host: a hint, never proof on its own.
 */
function scanLinkHints(page: ParsedPage, note: Note): void {
  for (const node of page.byTag('link')) {
    if (node.attribs.href === undefined) continue;
    const key = urlKey(node.attribs.href, page.url);
    if (!key) continue;
    if (preloadsScript(node.attribs)) {
      const vendors = vendorsForUrl(key);
      for (const v of vendors) note(v, 'script', `preload ${key}`);
      if (vendors.length) continue;
    }
    const host = key.slice(0, key.indexOf('/'));
    for (const v of vendorsForHost(host)) note(v, 'hint', `link ${host}`, undefined, 'hint');
  }
}

function finding(page: ParsedPage, e: Evidence): PageFinding {
  // The vendor's default (Drift sells sales chat; most sell support), unless a launcher or the page
  // itself says which team the chat is for ("Chat with sales", "Talk to sales", /support/...).
  const byPage = classifyRole({ near: e.label, title: page.title, url: page.url });
  const flags: Flag[] = FLAG_ORDER.filter((f) => e.flags.has(f));
  // A bot-first widget reaches a person only where its launcher or the page says one takes over.
  const bot = e.vendor.opensWith === 'bot';
  const handover = bot && personTakesOver(page, e.label);
  if (bot && !handover) flags.push('bot');
  const context = e.label || e.detail;
  return {
    kind: 'chat',
    value: e.vendor.id,
    display: e.vendor.name,
    role: byPage !== 'general' ? byPage : (e.vendor.role ?? 'support'),
    flags,
    context: (handover ? `${context}; a person takes over, the page says` : context).slice(0, 160),
  };
}
