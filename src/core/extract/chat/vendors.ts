import TABLE from './vendor-table.json';
import { isBareDomain } from './site-of-host.js';

/**
 * Live-chat, chatbot and messaging-widget vendors, as data (vendor-table.json): one row a vendor,
 * each with its source, the vendor's install documentation or, where the vendor publishes none,
 * its SDK repository or a real site's embed. The chat extractor reads these; adding a vendor is
 * adding a row. Facts were read from those sources, never copied from a fingerprint list.
 *
 * What a row says (matching: match.ts):
 *  - `scripts`: where the vendor's loader or widget is served from, as "host" or "host/path-prefix"
 *    (lower case, no scheme). A host matches itself and its subdomains; `*` stands for any run of
 *    host characters ("js*.usemessages.com"); "*\/path" is a path on any host (self-hosted installs).
 *    Tested on <script src>, <iframe src>, URLs written in inline scripts and, weakly, resource hints.
 *  - `snippets`: case-sensitive substrings only the vendor's inline snippet writes.
 *  - `globals`: window names the snippet defines; `window.NAME` in an inline script counts.
 *  - `calls`: the documented API calls that open the widget, matched in inline scripts and in
 *    onclick/javascript: handlers after a non-name character.
 *  - `elements`: what the snippet or the running widget puts in the DOM: '#id' (a trailing '*'
 *    matches an id prefix), '.class' or a bare custom tag name; `weakElements` are generic names
 *    that count only beside another signal.
 *    A bare registrable domain ("onlim.com", hostFrom 'vendor-domain') is its vendor's whole site: URLs
 *    written in inline scripts count for it only as a .js loader (match.ts), so a page whose scripts
 *    merely link to the vendor's homepage, blog or help pages has no finding. Ordinary rows list it too
 *    when the vendor sells only its chat or messaging widget ("olark.com" beside "static.olark.com/jsclient/"):
 *    vendors move their loaders to new hosts and version paths (Olark's own widget calls api.olark.com
 *    and <n>-events.olark.com), and any script or iframe of theirs on a shop's page is the widget. Vendors
 *    whose domain also serves help centres, forms, analytics or telephony (Zendesk, HubSpot,
 *    Zoho, Genesys, Podium...) and shared CDNs list their hosts and paths only.
 *  - `opensWith`: who answers first. 'bot' widgets are reported with the 'bot' flag and are not a
 *    direct human channel, unless their launcher or the page says a person takes over (handover.ts);
 *    'either' (a bot that hands over, or a person) is treated as human.
 */
export interface ChatVendor {
  /** Lower-case id, the finding's value. */
  id: string;
  name: string;
  region: ChatRegion;
  category: ChatCategory;
  opensWith: 'person' | 'bot' | 'either';
  /** A product sold for sales conversations (Drift, Qualified): its chat is for sales by default. */
  role?: 'sales';
  scripts: string[];
  snippets?: string[];
  globals?: string[];
  calls?: string[];
  elements?: string[];
  weakElements?: string[];
  source: string;
  /**
   * 'vendor-domain': `scripts` is the vendor's own registrable domain ("onlim.com"), not a host read in
   * its install docs: no install page, SDK or official plugin could be cited, but the vendor's own page
   * (`source`, on that domain) says it sells a chat widget, and a chat-only vendor's script or iframe on
   * a shop's page is its widget. Documentation only: the extension build drops it (scripts/build-extension.ts).
   */
  hostFrom?: 'vendor-domain';
}

export const CHAT_REGIONS = ['global', 'north-america', 'europe', 'russia', 'japan', 'korea', 'china', 'india', 'brazil', 'latam', 'southeast-asia'] as const;
export type ChatRegion = (typeof CHAT_REGIONS)[number];
export const CHAT_CATEGORIES = ['live-chat', 'chatbot', 'messaging', 'helpdesk', 'sales-chat'] as const;
export type ChatCategory = (typeof CHAT_CATEGORIES)[number];

// The JSON's strings are checked against these unions by test/core/extract/chat/vendor-table.test.ts.
export const CHAT_VENDORS: readonly ChatVendor[] = TABLE as ChatVendor[];

/**
 * Whether the vendor sells nothing but its chat or messaging widget: a vendor-domain row, or a row
 * that lists the vendor's own registrable domain whole ("drift.com" for Drift, "tawk.to" for tawk).
 * A chat-only domain of a larger vendor ("usemessages.com" for HubSpot, "zopim.com" for Zendesk)
 * does not make it one: "HubSpot" or "Salesforce" alone names its tracking or forms as often as its chat.
 */
export function sellsOnlyChat(vendor: ChatVendor): boolean {
  if (vendor.hostFrom === 'vendor-domain') return true;
  const names = [vendor.id, vendor.name].map(letters);
  // The domain's name is the vendor's, or the vendor's after a prefix ("getzowie.com", "goquiq.com").
  const own = (label: string) => names.some((name) => name.startsWith(label) || label.endsWith(name));
  return vendor.scripts.some((entry) => isBareDomain(entry) && own(letters(entry.split('.')[0] ?? '-')));
}

const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
