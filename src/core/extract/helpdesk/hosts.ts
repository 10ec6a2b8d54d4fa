// How help centres and ticket portals are recognised. Sources: each platform's documented
// customer-facing URLs (Zendesk Guide /hc/<locale>/requests/new, Freshdesk /support/tickets/new,
// Jira Service Management /servicedesk/customer/portal/<id>, Help Scout Docs *.helpscoutdocs.com, ...).
import type { HelpdeskPlatform } from '../../flags.js';

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

/**
 * First host labels that name a help centre on the vendor's own domain (support.acme.com).
 * The spec'd support./help. plus their equivalents in de, fr, es, it, pt.
 */
export const HELP_SUBDOMAINS = new Set([
  'support',
  'help',
  'helpdesk',
  'helpcenter',
  'servicedesk',
  'tickets',
  'hilfe',
  'aide',
  'ayuda',
  'ajuda',
  'aiuto',
  'assistenza',
  'suporte',
  'soporte',
]);

/** Paths that open a new ticket or request, wherever they are hosted. */
export const TICKET_PATH =
  /\/hc\/[a-z-]+\/requests\/new\b|\/requests\/new\b|\/submit-a-request\b|\/open-a-ticket\b|\/(?:support\/)?tickets?\/new\b|\/new-ticket\b|\/submit-(?:a-)?ticket\b|\/create-(?:a-)?ticket\b|\/servicedesk\/customer\/portal\b/i;

/** Zendesk Guide's help-centre path (/hc/en-us), used on custom domains too. */
export const HELP_CENTRE_PATH = /\/hc\/[a-z]{2}(?:-[a-z]{2,4})?(?:\/|$)/i;

/**
 * Link wording that offers a ticket or request (folded: lower case, no accents).
 * "Help" or "FAQ" alone is not enough: an FAQ page offers reading, not a way to ask.
 */
export const TICKET_TEXT = new RegExp(
  `(?<![\\p{L}])(?:${[
    'submit a (?:support )?request|(?:open|create|raise|log|submit|file) a (?:new |support )?(?:ticket|case)|new (?:support )?ticket|support portal|my (?:support )?tickets',
    'ticket (?:erstellen|eroffnen|anlegen|aufgeben|einreichen)|neues ticket|support-?portal|service-?portal',
    'ouvrir un ticket|(?:creer|soumettre|deposer) un ticket|soumettre une demande|nouveau ticket|portail (?:de )?support',
    '(?:abrir|crear|enviar) un (?:ticket|caso)|enviar una solicitud|nuevo ticket|portal de soporte',
    '(?:apri|aprire|crea|creare|invia|inviare) un ticket|invia(?:re)? una richiesta|nuovo ticket|portale (?:di )?(?:supporto|assistenza)',
    'ticket (?:aanmaken|indienen|openen|aanvragen)|(?:een )?verzoek indienen|dien een verzoek in|nieuw ticket|supportportaal|serviceportaal',
    'abrir (?:um )?(?:chamado|ticket)|(?:criar|enviar) (?:um )?(?:ticket|chamado)|enviar (?:uma )?solicitacao|novo (?:chamado|ticket)|portal de suporte',
  ].join('|')})`,
  'u',
);
