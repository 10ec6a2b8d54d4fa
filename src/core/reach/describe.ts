// The best way to reach a person, in the words the popup and every report use: the catalogue's
// "reach" messages, in the reader's language (English in the report's JSON summary).
import type { Translate } from '../i18n/catalogue.js';
import { hoursIn } from './hours.js';
import { channelName, type BestWay } from './reach.js';

export interface BestWayWords {
  /** "Call", "Chat", "WhatsApp", "Email", "Contact form", "Help desk". */
  action: string;
  /** The number, address or app handle; absent for a chat or form (the page is the way). */
  value?: string;
  /** "on the start page", "2 clicks", "only in the page's structured data", "only via sitemap.xml". */
  where: string;
  /** Opening hours stated next to it, as written. */
  hours?: string;
  /** Opening hours, cost, what it asks first, who answers. */
  notes: string[];
}

const ACTION = {
  phone: 'reach_action_phone',
  chat: 'reach_action_chat',
  email: 'reach_action_email',
  form: 'reach_action_form',
  helpdesk: 'reach_action_helpdesk',
} as const;
const DEMAND_NOTES = [
  ['sign-in', 'reach_note_sign_in'],
  ['captcha', 'reach_note_captcha'],
  ['order-number', 'reach_note_order_number'],
  ['serial-number', 'reach_note_serial_number'],
] as const;
const COST_NOTES = { 'premium-rate': 'reach_note_premium_rate', 'shared-cost': 'reach_note_shared_cost', free: 'reach_note_free' } as const;

export function describeBestWay(way: BestWay, t: Translate): BestWayWords {
  const f = way.finding;
  const action = way.channel === 'messaging' ? channelName(f) : t(ACTION[way.channel]);
  const value = way.channel === 'chat' || way.channel === 'form' || way.channel === 'helpdesk' ? undefined : f.display || f.value;
  const notes: string[] = [];
  const hours = hoursIn(f.context);
  if (hours) notes.push(hours);
  if (way.cost) notes.push(t(COST_NOTES[way.cost]));
  for (const [demand, key] of DEMAND_NOTES) if (way.demands.includes(demand)) notes.push(t(key));
  if (!way.reachesPerson) notes.push(t(f.kind === 'chat' ? 'reach_note_bot' : 'reach_note_not_person'));
  if (f.role === 'general') notes.push(t(way.role === 'sales' ? 'reach_note_general_sales' : 'reach_note_general_support'));
  return { action, ...(value !== undefined ? { value } : {}), ...(hours ? { hours } : {}), where: whereOf(way, t), notes };
}

function whereOf(way: BestWay, t: Translate): string {
  const f = way.finding;
  if (f.flags.includes('sitemap-only')) return t('reach_where_sitemap_only');
  if (way.structuredDataOnly) return t('reach_where_structured_data');
  return f.depth === 0 ? t('reach_where_start_page') : t('reach_clicks', { count: f.depth });
}

/** One line: "Call +1 (202) 555-0143 — 2 clicks (free to call)". */
// `t` has no English default: a reference to the catalogue here would put all of it into the popup's
// bundle, which reads its words through browser.i18n. English callers pass translator('en').
export function bestWayLine(way: BestWay, t: Translate): string {
  const w = describeBestWay(way, t);
  const notes = w.notes.length ? t('reach_line_notes', { notes: w.notes.join('; ') }) : '';
  return t('reach_line', { action: w.action, value: w.value ? ` ${w.value}` : '', where: w.where, notes });
}
