import { textOf } from '../../page/dom.js';
import { collapse } from '../../page/parsed-page.js';
import { regionOf } from '../../page/region.js';
import { fold } from '../../role/fold.js';
import type { PageFinding, Region } from '../../types.js';
import type { Extractor } from '../extractor.js';
import { HELP_CENTRE_PATH, HELP_SUBDOMAINS, platformHost, TICKET_PATH, TICKET_TEXT } from './hosts.js';
import type { Flag, HelpdeskPlatform } from '../../flags.js';

/**
 * Help centres and ticket portals, linked from the page or being the page itself. Always role
 * 'support', and never a direct human channel: scoring treats a ticket queue as a hurdle.
 * Decision: a plain /help or /faq page on the vendor's main site is not a helpdesk; it counts
 * only when it offers a request or ticket ("Submit a request"), which is found as its own link.
 * One finding per portal origin: the ticket URL when there is one, else the first link seen.
 * Flags: 'ticket' (opens a request) or 'help-centre' (read-only as far as the link shows), and
 * the platform ('zendesk', 'freshdesk', ...) when known.
 */
export const helpdeskExtractor: Extractor = {
  id: 'helpdesk',
  kinds: ['helpdesk'],
  extract(page) {
    // Per origin: the finding, and whether its value is already a ticket URL.
    const portals = new Map<string, { finding: PageFinding; ticketValue: boolean }>();
    const add = (url: Readonly<URL>, kind: Portal, text: string, region: Region) => {
      // Without its fragment: one value per page. The URL is the page's shared parse, not changed.
      const cut = url.href.indexOf('#');
      const href = cut < 0 ? url.href : url.href.slice(0, cut);
      const flags: Flag[] = [kind.ticket ? 'ticket' : 'help-centre', ...(kind.vendor ? [kind.vendor] : [])];
      const context = text || undefined;
      const seen = portals.get(url.origin);
      if (!seen) {
        const finding: PageFinding = { kind: 'helpdesk', value: href, display: context, role: 'support', flags, context, region };
        portals.set(url.origin, { finding, ticketValue: kind.ticket });
        return;
      }
      const f = seen.finding;
      f.flags = [...new Set([...f.flags, ...flags])];
      if (f.flags.includes('ticket')) f.flags = f.flags.filter((flag) => flag !== 'help-centre');
      if (kind.ticket && !seen.ticketValue) {
        Object.assign(f, { value: href, display: context ?? f.display, context: context ?? f.context, region });
        seen.ticketValue = true;
      }
    };

    const self = parseUrl(page.url);
    if (self) {
      const kind = portalKind(self, page.title, undefined);
      if (kind) add(self, kind, page.title, 'main');
    }
    for (const el of page.links) {
      // mailto:, tel:, javascript: links resolve to no http(s) URL: spare them the URL parser.
      if (NOT_WEB.test(el.attribs.href ?? '')) continue;
      const url = page.resolveLink(el.attribs.href ?? '');
      if (!url) continue;
      const text = collapse(textOf(el) || el.attribs['aria-label'] || el.attribs.title || '').slice(0, 160);
      const kind = portalKind(url, text, self?.hostname);
      if (kind) add(url, kind, text, regionOf(el));
    }
    return [...portals.values()].map((p) => p.finding);
  },
};

/** Leading C0 controls and spaces are what the URL parser strips; anything else makes a relative path. */
const NOT_WEB = /^[\x00-\x20]*(?:mailto|tel|callto|sms|javascript|data|skype|whatsapp):/i;

interface Portal {
  ticket: boolean;
  vendor?: HelpdeskPlatform;
}

/** What the URL and its wording say: a ticket portal, a help centre, or (undefined) neither. */
function portalKind(url: Readonly<URL>, text: string, pageHost: string | undefined): Portal | undefined {
  const vendor = platformOf(url);
  const helpCentrePath = HELP_CENTRE_PATH.test(url.pathname);
  const ticket = TICKET_PATH.test(url.pathname) || TICKET_TEXT.test(fold(text));
  // A support./help. subdomain counts only as a link from the vendor's own site (see helpSubdomain).
  const helpHost = pageHost !== undefined && helpSubdomain(url.hostname, pageHost);
  if (!vendor && !helpCentrePath && !ticket && !helpHost) return undefined;
  return { ticket, vendor: vendor ?? (helpCentrePath ? 'zendesk' : undefined) };
}

function platformOf(url: Readonly<URL>): HelpdeskPlatform | undefined {
  const host = url.hostname.toLowerCase();
  // The host decides all but the path test, and a page's links share a handful of hosts.
  let byHost = PLATFORM_BY_HOST.get(host);
  if (byHost === undefined) {
    byHost = platformHost(host);
    if (PLATFORM_BY_HOST.size >= 1000) PLATFORM_BY_HOST.clear();
    PLATFORM_BY_HOST.set(host, byHost);
  }
  if (!byHost) return undefined;
  if (byHost.path && !byHost.path.test(url.pathname)) return undefined;
  return byHost.vendor;
}

const PLATFORM_BY_HOST = new Map<string, { vendor: HelpdeskPlatform; path?: RegExp } | null>();

/** support.acme.example linked from www.acme.example: same registrable part after the first label. */
function helpSubdomain(host: string, pageHost: string): boolean {
  // Asked for every link of every page: the first label is cut out, not the host split.
  const dot = host.indexOf('.');
  if (dot <= 0 || !HELP_SUBDOMAINS.has(host.slice(0, dot).toLowerCase())) return false;
  const base = host.slice(dot + 1).toLowerCase();
  if (!base.includes('.')) return false;
  const page = pageHost.toLowerCase();
  return page !== host && (page === base || page.endsWith(`.${base}`));
}

function parseUrl(href: string, base?: string): URL | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
