// The best way to reach a person, in the words the popup and every report use. English here;
// the message catalogue (issue #17) will take these strings.
import type { Finding } from '../report/schema.js';
import { hoursIn } from './hours.js';
import { bestWay, channelName, type BestWay } from './reach.js';

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

const ACTION: Record<BestWay['channel'], string> = { phone: 'Call', chat: 'Chat', messaging: '', email: 'Email', form: 'Contact form', helpdesk: 'Help desk' };

export function describeBestWay(way: BestWay): BestWayWords {
  const f = way.finding;
  const action = way.channel === 'messaging' ? channelName(f) : ACTION[way.channel];
  const value = way.channel === 'chat' || way.channel === 'form' || way.channel === 'helpdesk' ? undefined : f.display || f.value;
  const notes: string[] = [];
  const hours = hoursIn(f.context);
  if (hours) notes.push(hours);
  if (way.cost === 'premium-rate') notes.push('premium rate: costs more than a normal call');
  if (way.cost === 'shared-cost') notes.push('shared cost: may cost more than a normal call');
  if (way.cost === 'free') notes.push('free to call');
  if (way.demands.includes('sign-in')) notes.push('sign in first');
  if (way.demands.includes('captcha')) notes.push('asks for a CAPTCHA');
  if (way.demands.includes('order-number')) notes.push('asks for an order number');
  if (way.demands.includes('serial-number')) notes.push('asks for a serial number');
  if (!way.reachesPerson) notes.push(f.kind === 'chat' ? 'a bot answers, not a person' : 'not a direct line to a person');
  if (f.role === 'general') notes.push(`a general contact, not ${way.role === 'sales' ? 'sales' : 'support'}'s own`);
  return { action, ...(value !== undefined ? { value } : {}), ...(hours ? { hours } : {}), where: whereOf(way), notes };
}

function whereOf(way: BestWay): string {
  const f = way.finding;
  if (f.flags.includes('sitemap-only')) return 'only via sitemap.xml, no link leads there';
  if (way.structuredDataOnly) return 'only in the page’s structured data, not shown on it';
  return f.depth === 0 ? 'on the start page' : `${f.depth} ${f.depth === 1 ? 'click' : 'clicks'}`;
}

/** One line: "Call +1 (202) 555-0143 — 2 clicks (free to call)". */
export function bestWayLine(way: BestWay): string {
  const w = describeBestWay(way);
  const notes = w.notes.length ? ` (${w.notes.join('; ')})` : '';
  return `${w.action}${w.value ? ` ${w.value}` : ''} — ${w.where}${notes}`;
}

/** The best ways for a report (report.bestWay): each role's, where one was found. */
export function bestWaysOf(findings: readonly Finding[]): { sales?: BestWayRecord; support?: BestWayRecord } {
  const out: { sales?: BestWayRecord; support?: BestWayRecord } = {};
  for (const role of ['sales', 'support'] as const) {
    const way = bestWay(findings, role);
    if (!way) continue;
    const w = describeBestWay(way);
    const f = way.finding;
    out[role] = {
      channel: way.channel,
      reachesPerson: way.reachesPerson,
      summary: bestWayLine(way),
      ...(w.value !== undefined ? { value: w.value } : {}),
      pageUrl: way.pageUrl,
      depth: f.depth,
      path: f.path,
      pathText: f.pathText,
      ...(way.cost ? { cost: way.cost } : {}),
      demands: way.demands,
      ...(w.hours ? { hours: w.hours } : {}),
    };
  }
  return out;
}

export interface BestWayRecord {
  channel: BestWay['channel'];
  reachesPerson: boolean;
  summary: string;
  value?: string;
  pageUrl: string;
  depth: number;
  path: string[];
  pathText: string[];
  cost?: NonNullable<BestWay['cost']>;
  demands: BestWay['demands'];
  /** Opening hours stated next to it, as written. */
  hours?: string;
}
