// The popup's contacts: one row per channel and value, in the reader's words (channel names, flags,
// roles, where), with the actions a shopper can take (call, write, copy, open). Pure, like view-model.ts.
import type { LiveFinding } from '../messages.js';
import { channelName } from '../core/reach/reach.js';
import type { Flag } from '../core/flags.js';
import type { MessageKey, Translate } from '../core/i18n/catalogue.js';

export interface ContactAction {
  label: string;
  kind: 'link' | 'copy';
  value: string;
}
export type ContactRole = 'sales' | 'support' | 'general' | 'both';
export interface ContactView {
  kind: string;
  /** The channel in plain words: "Phone", "Email", "WhatsApp"... (contacts are grouped by it). */
  channel: string;
  text: string;
  /** Whose contact it is; 'both' when one number is listed for sales and for support. */
  role: ContactRole;
  /** The role in words: "sales", "general", "sales and support". */
  roleText: string;
  where: string;
  /** Plain words for what the flags say ("premium rate", "no one reads it"). */
  flags: string[];
  actions: ContactAction[];
}
/** One row per channel and value: a number listed for sales and for support is one contact. */
export function dedupe(contacts: ContactView[], t: Translate): ContactView[] {
  const byKey = new Map<string, ContactView>();
  for (const c of contacts) {
    const key = `${c.kind}\u0000${c.text}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...c });
    else if (seen.role !== c.role) seen.role = seen.role === 'general' ? c.role : c.role === 'general' ? seen.role : 'both';
  }
  return [...byKey.values()]
    .map((c) => ({ ...c, roleText: t(ROLE_KEYS[c.role]) }))
    .sort((a, b) => CHANNEL_ORDER.indexOf(a.kind) - CHANNEL_ORDER.indexOf(b.kind));
}
const ROLE_KEYS = { sales: 'popup_role_sales', support: 'popup_role_support', general: 'popup_role_general', both: 'popup_role_both' } as const;
const CHANNEL_ORDER = ['phone', 'chat', 'messaging', 'email', 'form', 'helpdesk', 'address', 'fax'];

/** Flags a shopper should see next to a contact, in plain words (the rest are evidence for the checks). */
const FLAG_KEYS: Partial<Record<Flag, MessageKey>> = {
  noreply: 'popup_flag_noreply',
  'premium-rate': 'reach_note_premium_rate',
  'shared-cost': 'reach_note_shared_cost',
  'toll-free': 'reach_note_free',
  'image-only': 'popup_flag_image_only',
  obfuscated: 'popup_flag_obfuscated',
  captcha: 'reach_note_captcha',
  'login-required': 'reach_note_sign_in',
  'unsure-country': 'popup_flag_unsure_country',
  'asks-email': 'popup_flag_asks_email',
  'asks-phone': 'popup_flag_asks_phone',
  'order-number': 'reach_note_order_number',
  'serial-number': 'reach_note_serial_number',
  'sitemap-only': 'popup_flag_sitemap_only',
  collapsed: 'popup_flag_collapsed',
  bot: 'reach_note_bot',
  rendered: 'popup_flag_rendered',
  'unknown-widget': 'popup_flag_unknown_widget',
};

export function reportContact(f: LiveFinding & { flags: readonly Flag[] }, t: Translate): ContactView {
  const flags = f.flags.map((x) => FLAG_KEYS[x]).filter((k): k is MessageKey => k !== undefined);
  return { ...liveContact(f, t), flags: flags.map((k) => t(k)) };
}

export function liveContact(f: LiveFinding, t: Translate): ContactView {
  // A form is known by the page that shows it; its value is only where it posts.
  const text = f.kind === 'form' ? t('popup_form_on_page', { path: pagePath(f.url) }) : (f.display ?? f.value);
  const actions: ContactAction[] = [];
  if (f.kind === 'phone') actions.push({ label: t('popup_action_call'), kind: 'link', value: `tel:${f.value}` });
  if (f.kind === 'email') actions.push({ label: t('popup_action_write'), kind: 'link', value: `mailto:${f.value}` });
  if (COPYABLE.has(f.kind)) actions.push({ label: t('popup_action_copy'), kind: 'copy', value: text });
  // A help desk's value is its portal; every other contact opens the page that shows it (a form's value is where it posts: opening that gives a 404).
  const target = f.kind === 'helpdesk' && /^https?:\/\//i.test(f.value) ? f.value : f.url;
  actions.push({ label: t('popup_action_open'), kind: 'link', value: safeHref(target) });
  const role = f.role as ContactRole;
  return {
    kind: f.kind,
    channel: channelWord(f, t),
    text,
    role,
    roleText: t(ROLE_KEYS[role]),
    where: whereText(f.depth, t),
    flags: [],
    actions: actions.filter((a) => a.value !== ''),
  };
}

/** What a shopper would paste somewhere: a number, an address. */
const COPYABLE = new Set(['phone', 'fax', 'email', 'address', 'messaging']);

/** "/contact" for a page of the site: the part a shopper recognises. */
function pagePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

const CHANNEL_KEYS: Record<string, MessageKey> = {
  phone: 'popup_channel_phone',
  chat: 'popup_channel_chat',
  email: 'popup_channel_email',
  form: 'popup_channel_form',
  helpdesk: 'popup_channel_helpdesk',
  address: 'popup_channel_address',
  fax: 'popup_channel_fax',
};

/** "Phone", "Email", and a messaging app by its own name ("WhatsApp"), never "messaging". */
function channelWord(f: Pick<LiveFinding, 'kind' | 'value'>, t: Translate): string {
  if (f.kind === 'messaging') return channelName(f);
  const key = CHANNEL_KEYS[f.kind];
  return key ? t(key) : f.kind;
}

/** Only web, phone and mail links leave the popup; a page's javascript: or data: URL never does. */
export function safeHref(url: string): string {
  return /^(https?:|tel:|mailto:)/i.test(url) ? url : '';
}

function whereText(depth: number, t: Translate): string {
  return depth === 0 ? t('popup_where_start_page') : t('popup_where_clicks_away', { clicks: { key: 'reach_clicks', params: { count: depth } } });
}
