// How help centres and ticket portals are recognised. Sources: each platform's documented
// customer-facing URLs (Zendesk Guide /hc/<locale>/requests/new, Freshdesk /support/tickets/new,
// Jira Service Management /servicedesk/customer/portal/<id>, Help Scout Docs *.helpscoutdocs.com, ...).
import type { HelpdeskPlatform } from '../../flags.js';
import { packPattern } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';

/** Hosted help-desk platforms: a vendor's portal is a subdomain of these. [host suffix, vendor, path required]. */
export const PLATFORM_HOSTS: [suffix: string, vendor: HelpdeskPlatform, path?: RegExp][] = [
  ['zendesk.com', 'zendesk'],
  ['freshdesk.com', 'freshdesk'],
  ['freshservice.com', 'freshservice'],
  ['helpscoutdocs.com', 'helpscout'],
  // atlassian.net hosts all of Jira and Confluence; only the service-desk portal is a helpdesk.
  ['atlassian.net', 'jira-service-management', /\/servicedesk\b/i],
  ['service-now.com', 'servicenow'],
  ['zohodesk.com', 'zoho-desk'],
  ['zohodesk.eu', 'zoho-desk'],
  ['zohodesk.in', 'zoho-desk'],
  ['intercom.help', 'intercom'],
  ['kayako.com', 'kayako'],
  ['happyfox.com', 'happyfox'],
  ['gorgias.help', 'gorgias'],
  ['helpjuice.com', 'helpjuice'],
  // Salesforce Experience Cloud sites: support communities live here.
  ['my.site.com', 'salesforce'],
];

/** Platform subdomains that are the platform's own site, not a vendor's portal. */
export const PLATFORM_OWN_LABELS = new Set(['www', 'app', 'status', 'developer', 'developers', 'api']);

/**
 * The first platform suffix the host ends with: its vendor, path test and the vendor's account
 * label ("acme" of acme.zendesk.com); null when none or the platform's own site.
 */
export function platformHost(host: string): { vendor: HelpdeskPlatform; path?: RegExp; account: string } | null {
  for (const [suffix, vendor, path] of PLATFORM_HOSTS) {
    if (!host.endsWith(`.${suffix}`)) continue;
    const account =
      host
        .slice(0, -suffix.length - 1)
        .split('.')
        .pop() ?? '';
    if (!account || PLATFORM_OWN_LABELS.has(account)) return null;
    return { vendor, path, account };
  }
  return null;
}

/** First host labels that name a help centre on the vendor's own domain (support.acme.com, hilfe.acme.de), in every language pack. */
export const HELP_SUBDOMAINS = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.helpDesk.hostLabels));

/** Paths that open a new ticket or request, wherever they are hosted. */
export const TICKET_PATH =
  /\/hc\/[a-z-]+\/requests\/new\b|\/requests\/new\b|\/submit-a-request\b|\/open-a-ticket\b|\/(?:support\/)?tickets?\/new\b|\/new-ticket\b|\/submit-(?:a-)?ticket\b|\/create-(?:a-)?ticket\b|\/servicedesk\/customer\/portal\b/i;

/** Zendesk Guide's help-centre path (/hc/en-us), used on custom domains too. */
export const HELP_CENTRE_PATH = /\/hc\/[a-z]{2}(?:-[a-z]{2,4})?(?:\/|$)/i;

/** Link wording that offers a ticket or request, in every language pack (folded: lower case, no accents). */
export const TICKET_TEXT = packPattern(LANGUAGE_PACKS, (pack) => pack.helpDesk.ticketLinks, 'letters');
