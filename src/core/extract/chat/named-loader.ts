import { siteDomainOf } from '../../crawl/site-domain.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';
import { escapeRegExp } from '../../role/fold.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import { classifyRole } from '../../role/classify-role.js';
import type { PageFinding } from '../../types.js';
import { urlKey } from './match.js';

/**
 * A chat loader no vendor row knows, named for what it is: a script whose host or path names a chat
 * in the words of the locale packs ("widget.bespokechat.com", "/js/livechat3.js", "egainchat.js",
 * "/plugins/wp-live-chat-support/"), or another site's script whose domain begins with one
 * ("cdn.chatify.example": vendors' brands, unless a lookalike of the packs such as "chateau"). The long tail of chat products, and shops that wrap their
 * vendor's widget in a script of their own: real pages of the dev corpora load a retailer's own
 * /javascript/chat.js that starts Olark, and eGain's chat from the shop's CDN. Read only in what runs
 * (script src, a preloaded script), never in links, images, iframes (a video's live chat) or text,
 * so a page about chat software has none. Asked only when no known vendor was found (chat.ts).
 */
const WORDS = [...new Set(LANGUAGE_PACKS.flatMap((p) => p.chatLoaderNames))].sort((a, b) => b.length - a.length);
/** The word ends its label or segment, or a digit or separator follows: "livechat3", "chat-widget", not "chateau". */
const NAMED = new RegExp(`(?:${WORDS.map(escapeRegExp).join('|') || '(?!)'})(?![a-z])`);
const LOOKALIKES = [...new Set(LANGUAGE_PACKS.flatMap((p) => p.chatLoaderLookalikes))];
/** A domain whose name begins with a chat word and goes on ("chatify"), not with a lookalike ("chateau-margaux"). */
const BRAND = new RegExp(`^(?!${LOOKALIKES.map(escapeRegExp).join('|') || '(?!)'})(?:${WORDS.map(escapeRegExp).join('|') || '(?!)'})[a-z]`);

export function namedChatLoader(page: ParsedPage): PageFinding | undefined {
  for (const url of loadedScripts(page)) {
    const key = urlKey(url, page.url);
    if (!key || !(namesChat(key) || chatBrandElsewhere(key, page.url))) continue;
    const role = classifyRole({ title: page.title, url: page.url });
    return {
      kind: 'chat',
      value: 'unknown',
      display: 'Chat widget (vendor not known)',
      role: role === 'general' ? 'support' : role,
      flags: ['script', 'unknown-widget'],
      context: `script ${key}`.slice(0, 160),
    };
  }
  return undefined;
}

/** The host's labels but its last, and every path segment: where a loader says what it is. */
function namesChat(key: string): boolean {
  const slash = key.indexOf('/');
  const labels = key.slice(0, slash).split('.').slice(0, -1);
  const segments = key.slice(slash + 1).split('/');
  return [...labels, ...segments].some((part) => NAMED.test(part));
}

/** Another site's script, from a domain named for a chat ("cdn.chatbullet.example"): a site's own domain may be a château's. */
function chatBrandElsewhere(key: string, pageUrl: string): boolean {
  const domain = siteDomainOf(`https://${key.slice(0, key.indexOf('/'))}/`);
  return domain !== undefined && domain !== siteDomainOf(pageUrl) && BRAND.test(domain);
}

function* loadedScripts(page: ParsedPage): Generator<string> {
  for (const el of page.byTag('script')) {
    const src = el.attribs.src ?? el.attribs['data-src'];
    if (src) yield src;
  }
  for (const el of page.byTag('link')) if (el.attribs.href && preloadsScript(el.attribs)) yield el.attribs.href;
}

/** <link rel=preload as=script> or rel=modulepreload: the script itself, fetched early. */
export function preloadsScript(attribs: Record<string, string>): boolean {
  const rel = (attribs.rel ?? '').toLowerCase();
  return /\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && (attribs.as ?? '').toLowerCase() === 'script');
}
