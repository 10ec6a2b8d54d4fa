import { LANGUAGE_PACKS } from '../../locale/packs.js';
import { escapeRegExp } from '../../role/fold.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import { classifyRole } from '../../role/classify-role.js';
import type { Flag } from '../../flags.js';
import type { PageFinding } from '../../types.js';
import { urlKey } from './match.js';
import { siteOfHost } from './site-of-host.js';
import { personTakesOver } from './handover.js';

/**
 * A chat loader no vendor row knows, named for what it is, in the words of the locale packs: a host
 * label or path segment that ends in a chat word ("widget.bespokechat.com", "/js/livechat3.js",
 * "egainchat.js", "/plugins/wp-live-chat-support/"); another site's host whose first label names a
 * chat service ("bot.vendor.example"); another site's domain that begins with a chat word
 * ("cdn.chatify.example": vendors' brands), unless with a lookalike such as "chateau". The long tail
 * of chat products, and shops that wrap their vendor's widget in a script of their own: real pages of
 * the dev corpora load a retailer's own /javascript/chat.js that starts Olark, and eGain's chat from
 * the shop's CDN. Read only in what runs: a script (src, a preloaded one) by its host and path, a frame
 * by its host alone (a video site's frame has "live_chat" in its path); never in links, images or
 * text, so a page about chat software has none. Asked only when no known vendor was found (chat.ts).
 */
const WORDS = [...new Set(LANGUAGE_PACKS.flatMap((p) => p.chatLoaderNames))].sort((a, b) => b.length - a.length);
/** The word ends its label or segment, or a digit or separator follows: "livechat3", "chat-widget", not "chateau". */
const NAMED = new RegExp(`(?:${WORDS.map(escapeRegExp).join('|') || '(?!)'})(?![a-z])`);
const HOST_LABELS = new Set(LANGUAGE_PACKS.flatMap((p) => p.chatLoaderHostLabels));
const LOOKALIKES = [...new Set(LANGUAGE_PACKS.flatMap((p) => p.chatLoaderLookalikes))];
/** A domain whose name begins with a chat word and goes on ("chatify"), not with a lookalike ("chateau-margaux"). */
const BRAND = new RegExp(`^(?!${LOOKALIKES.map(escapeRegExp).join('|') || '(?!)'})(${WORDS.map(escapeRegExp).join('|') || '(?!)'})[a-z]`);

/** Any chat word anywhere in a URL: most of a page's scripts have none, and skip the parse and domain lookups. */
const ANY_WORD = new RegExp([...WORDS, ...HOST_LABELS].map(escapeRegExp).join('|') || '(?!)', 'i');

export function namedChatLoader(page: ParsedPage): PageFinding | undefined {
  for (const { url, tag } of loaded(page)) {
    if (!ANY_WORD.test(url)) continue;
    const key = urlKey(url, page.url);
    if (!key) continue;
    const host = key.slice(0, key.indexOf('/'));
    const word = chatWordIn(tag === 'script' ? key : `${host}/`) ?? chatServiceHost(host, page.url) ?? chatBrandElsewhere(host, page.url);
    if (!word) continue;
    const role = classifyRole({ title: page.title, url: page.url });
    const flags: Flag[] = [tag, 'unknown-widget'];
    // A chatbot's loader: not a direct human channel, as a bot-first vendor's widget is not, unless the page says a person takes over (chat.ts).
    if ([...HOST_LABELS].some((label) => word.includes(label)) && !personTakesOver(page)) flags.push('bot');
    return {
      kind: 'chat',
      value: 'unknown',
      display: 'Chat widget (vendor not known)',
      role: role === 'general' ? 'support' : role,
      flags,
      context: `${tag} ${key}`.slice(0, 160),
    };
  }
  return undefined;
}

/** The chat word in the host's labels but its last, or in a path segment ("host/" for none): where a loader says what it is. */
function chatWordIn(key: string): string | undefined {
  const slash = key.indexOf('/');
  const labels = key.slice(0, slash).split('.').slice(0, -1);
  const segments = key.slice(slash + 1).split('/');
  for (const part of [...labels, ...segments]) {
    const m = NAMED.exec(part);
    if (m) return m[0];
  }
  return undefined;
}

/** Another site's host whose first label names a chat service ("bot.vendor.example"): that label. */
function chatServiceHost(host: string, pageUrl: string): string | undefined {
  const first = host.slice(0, host.indexOf('.'));
  return HOST_LABELS.has(first) && siteOfHost(host) !== siteOfHost(hostOf(pageUrl)) ? first : undefined;
}

/** Another site's host, on a domain named for a chat ("cdn.chatbullet.example"): its chat word. A site's own domain may be a château's. */
function chatBrandElsewhere(host: string, pageUrl: string): string | undefined {
  const domain = siteOfHost(host);
  if (domain === siteOfHost(hostOf(pageUrl))) return undefined;
  return BRAND.exec(domain)?.[1];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function* loaded(page: ParsedPage): Generator<{ url: string; tag: 'script' | 'iframe' }> {
  for (const el of page.byTag('script')) {
    const src = page.loadsFrom(el);
    if (src) yield { url: src, tag: 'script' };
  }
  for (const el of page.byTag('link')) if (el.attribs.href && preloadsScript(el.attribs)) yield { url: el.attribs.href, tag: 'script' };
  for (const el of page.byTag('iframe')) {
    const src = page.loadsFrom(el);
    if (src) yield { url: src, tag: 'iframe' };
  }
}

/** <link rel=preload as=script> or rel=modulepreload: the script itself, fetched early. */
export function preloadsScript(attribs: Record<string, string>): boolean {
  const rel = (attribs.rel ?? '').toLowerCase();
  return /\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && (attribs.as ?? '').toLowerCase() === 'script');
}
