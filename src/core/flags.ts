// The flags a finding can carry: one closed list, used by the extractors, the scores, the popup,
// the report schema and every export. A flag the list does not have is a type error, so two
// spellings of one idea ('bot' and 'bot-only' once made the popup offer a bot as a person) cannot
// drift apart again. Each flag's meaning is beside it.

/** Flags with a fixed spelling. */
export const FLAGS = [
  // phone: libphonenumber's number types (extract/phone/number.ts), then how the number was shown
  'toll-free',
  'premium-rate',
  'mobile',
  'fixed-line',
  'fixed-line-or-mobile',
  'voip',
  'shared-cost',
  'personal-number',
  'uan',
  'pager',
  'voicemail',
  'tel-link', // a tel: link
  'image-only', // shown only as an image: a shopper cannot copy or tap it
  'extension', // the value carries an extension (;ext=)
  'extension-only', // written as an extension alone, dialled through the main number above it
  'vanity', // written with letters (1-800-FLOWERS)
  'unsure-country', // a national number on a page that names no country: its value is the digits as written
  // email
  'noreply', // a mailbox that says it is not read
  'obfuscated', // written out to defeat scrapers ("info [at] acme [dot] com")
  'cloudflare', // hidden by Cloudflare's email protection, decoded
  'mailto', // a mailto: link
  'role-address', // info@, sales@: a team's mailbox, not a person's
  // any kind
  'schema-org', // only in structured data (JSON-LD, microdata): not shown to a shopper as such
  'collapsed', // inside a closed tab or accordion: a shopper must open it first
  'sitemap-only', // on a page reached only through sitemap.xml
  'rendered', // only in the rendered page (a widget loaded by script), not in the anonymous crawl
  // address
  'po-box',
  'partial', // street or town missing
  // chat: the evidence, and whether a person answers
  'script',
  'inline-snippet',
  'iframe',
  'global',
  'bot', // a bot, and no page says a person takes over from it: not a human channel
  'unknown-widget', // a chat no vendor row knows: a launcher in a corner of the rendered page, or a loader named for a chat
  // form
  'captcha',
  'login-required', // the page asks to sign in before the form can be used
  'lead-form', // a quote, demo or sales-lead form
  'asks-email', // a form that asks for the shopper's email address
  'asks-phone', // a form that asks for a phone number
  'order-number', // a form that asks for an order number first
  // helpdesk
  'ticket',
  'help-centre',
  // gate
  'serial-number',
  'sign-in',
  'paid-plan',
  'image-only-phone',
] as const;

/** What a channel asks of the shopper before it can be used (reach/reach.ts reads them from the flags). */
export const DEMANDS = ['sign-in', 'captcha', 'order-number', 'serial-number'] as const;
export type Demand = (typeof DEMANDS)[number];

/** Hosted help-desk platforms, the flag a helpdesk finding carries for its platform (extract/helpdesk/hosts.ts). */
export const HELPDESK_PLATFORMS = [
  'zendesk',
  'freshdesk',
  'freshservice',
  'helpscout',
  'jira-service-management',
  'servicenow',
  'zoho-desk',
  'intercom',
  'kayako',
  'happyfox',
  'gorgias',
  'helpjuice',
  'salesforce',
] as const;
export type HelpdeskPlatform = (typeof HELPDESK_PLATFORMS)[number];

/** A form sent through a third-party service (extract/form/services.ts): `embed:<service>`. */
export type EmbedFlag = `embed:${string}`;
export const EMBED_FLAG = /^embed:[a-z0-9.-]{1,32}$/;

export type Flag = (typeof FLAGS)[number] | HelpdeskPlatform | EmbedFlag;

const KNOWN = new Set<string>([...FLAGS, ...HELPDESK_PLATFORMS]);

/** True for a flag of the list: what the report schema and the messages accept. */
export function isFlag(value: string): value is Flag {
  return KNOWN.has(value) || EMBED_FLAG.test(value);
}
