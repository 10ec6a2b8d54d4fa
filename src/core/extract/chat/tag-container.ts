// Chat widgets a site loads through its own tag manager container. The served HTML then holds only
// the container's <script>; the vendor's snippet sits inside the container, as a string of its
// "custom HTML" tag. Containers served from the site itself (Google Tag Manager's server-side
// tagging on a first-party path, a self-hosted Matomo Tag Manager, Tealium's utag.js, Adobe Launch
// libraries copied to the site) may be read: same host, one GET, like a page. Those on the tag
// manager's own host are not (no request to any other host), as the README says.
import type { PageFinding } from '../../types.js';
import { urlKey } from './match.js';
import { scriptEvidence } from './script-evidence.js';
import type { ChatVendor } from './vendors.js';

/**
 * Container script URLs, by product. Sources: Google Tag Manager "gtm.js?id=GTM-…" and gtag "gtag/js?id="
 * (https://developers.google.com/tag-platform/tag-manager/server-side/dependency-serving);
 * Tealium "utag.js" (https://docs.tealium.com/platforms/javascript/install/); Matomo Tag Manager
 * "container_<id>.js" (https://developer.matomo.org/guides/tagmanager/embedding); Adobe Launch
 * "launch-<id>.min.js" (https://experienceleague.adobe.com/docs/experience-platform/tags/publish/environments/self-hosting-libraries.html).
 */
const CONTAINER = /(?:\/gtm\.js|\/gtag\/js|\/utag(?:\.sync)?\.js|\/container_[\w-]+\.js|\/launch-[\w-]+(?:\.min)?\.js)$|[?&]id=GTM-[A-Z0-9]+/i;
/** A cheap first look at a script's URL as written: the names CONTAINER needs. */
const MAYBE_CONTAINER = /gtm|gtag|utag|container_|launch-/i;
/** Containers read per site: a page names one or two. */
const MAX_CONTAINERS = 2;
/** A container is a few hundred KB; the scan reads it in pieces the script readers bound their work to. */
const CHUNK = 150_000;
const OVERLAP = 2_000;
/** Bounds the work on a hostile file. */
const MAX_CHARS = 3_000_000;

/** The page's own tag manager containers: script URLs on the page's host, in document order. */
export function tagContainerUrls(scriptSrcs: readonly string[], pageUrl: string): string[] {
  const host = new URL(pageUrl).host;
  const out: string[] = [];
  for (const src of scriptSrcs) {
    // Every page's every script passes here: most are no container by their name, without a URL parse.
    if (!MAYBE_CONTAINER.test(src)) continue;
    let url: URL;
    try {
      url = new URL(src, pageUrl);
    } catch {
      continue;
    }
    if (url.host !== host || !/^https?:$/.test(url.protocol) || !CONTAINER.test(`${url.pathname}${url.search}`)) continue;
    url.hash = '';
    if (!out.includes(url.href)) out.push(url.href);
    if (out.length === MAX_CONTAINERS) break;
  }
  return out;
}

/** Strings as a container writes them ("\u003Cscript src=\"https:\/\/…\"") read as the snippet they hold. */
function unescapeJs(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\([/"'])/g, '$1');
}

/** The chat vendors a container loads: their script URLs, snippets, globals or calls inside its tags. */
export function chatInContainer(body: string, containerUrl: string): PageFinding[] {
  const text = unescapeJs(body.slice(0, MAX_CHARS));
  const found = new Map<ChatVendor, string>();
  for (let at = 0; at < text.length; at += CHUNK) {
    const piece = text.slice(Math.max(0, at - OVERLAP), at + CHUNK);
    // The script URL a tag loads says most about it: it comes first where a vendor shows both.
    const evidence = scriptEvidence(piece).sort((a, b) => Number(a.kind === 'marker') - Number(b.kind === 'marker'));
    for (const e of evidence) if (!found.has(e.vendor)) found.set(e.vendor, e.detail);
  }
  const where = urlKey(containerUrl, containerUrl) ?? containerUrl;
  return [...found].map(([vendor, evidence]) => ({
    kind: 'chat',
    value: vendor.id,
    display: vendor.name,
    role: vendor.role ?? 'support',
    // A container has no page text to say a person takes over; a page that does drops 'bot' (finding-key.ts).
    flags: vendor.opensWith === 'bot' ? ['script', 'bot'] : ['script'],
    context: `tag manager container ${where} loads ${evidence}`.slice(0, 160),
  }));
}
