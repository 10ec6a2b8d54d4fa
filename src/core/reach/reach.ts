// One model of "reaches a person", used by the scores, the popup and every export. A direct
// channel reaches a person: a phone (a premium-rate one too, with its cost said), a messaging app,
// an email that is not a noreply mailbox, a chat that is not a bot. A form, a help-desk portal, a
// bot or a noreply mailbox is a way in, not a person.
import { MESSAGING_APPS } from '../extract/messaging/apps.js';
import { NO_REPLY_MAILBOXES } from '../locale/mailbox-packs.js';
import type { Finding } from '../report/schema.js';

export type Channel = 'phone' | 'chat' | 'messaging' | 'email' | 'form' | 'helpdesk';
const CHANNELS = new Set<string>(['phone', 'chat', 'messaging', 'email', 'form', 'helpdesk']);

/** The parts of a finding that say what kind of channel it is. */
export type ChannelLike = Pick<Finding, 'kind' | 'value' | 'flags'>;

/** The packs' noreply mailbox names (locale/packs/mailboxes/*), for findings whose flags predate the email reader's own check. */
const NOREPLY_LOCAL_PART = new RegExp(`^(?:${NO_REPLY_MAILBOXES})\\b`, 'i');

export function isNoreply(f: ChannelLike): boolean {
  return f.kind === 'email' && (f.flags.includes('noreply') || NOREPLY_LOCAL_PART.test(f.value));
}

/** Phone, messaging, email (not noreply), chat (not a bot). */
export function reachesPerson(f: ChannelLike): boolean {
  switch (f.kind) {
    case 'phone':
    case 'messaging':
      return true;
    case 'email':
      return !isNoreply(f);
    case 'chat':
      return !f.flags.includes('bot');
    default:
      return false;
  }
}

/** What a call costs, where the number's type says: the shopper's question before dialling. */
export type Cost = 'free' | 'premium-rate' | 'shared-cost';
export function costOf(f: ChannelLike): Cost | undefined {
  if (f.kind !== 'phone') return undefined;
  if (f.flags.includes('premium-rate')) return 'premium-rate';
  if (f.flags.includes('shared-cost')) return 'shared-cost';
  return f.flags.includes('toll-free') ? 'free' : undefined;
}

/** What a channel asks of the shopper first. */
export type { Demand } from '../flags.js';
import type { Demand } from '../flags.js';
export function demandsOf(f: ChannelLike): Demand[] {
  const out: Demand[] = [];
  if (f.flags.includes('login-required')) out.push('sign-in');
  if (f.flags.includes('captcha')) out.push('captcha');
  if (f.flags.includes('order-number')) out.push('order-number');
  if (f.flags.includes('serial-number')) out.push('serial-number');
  return out;
}

/** How to name the channel to a shopper: a messaging app by its own name ("WhatsApp"). */
export function channelName(f: Pick<Finding, 'kind' | 'value'>): string {
  if (f.kind === 'messaging') return MESSAGING_APPS.find((a) => a.id === f.value)?.name ?? f.value;
  return f.kind;
}

export interface BestWay {
  role: 'sales' | 'support';
  finding: Finding;
  channel: Channel;
  reachesPerson: boolean;
  /** What to use: the number or address as written; for a chat or a form, the page that shows it. */
  use: string;
  /** The page that shows it (a form's page, never the URL it posts to). */
  pageUrl: string;
  cost?: Cost;
  demands: Demand[];
  /** Only in the page's structured data (JSON-LD, microdata), not shown on it as such. */
  structuredDataOnly: boolean;
}

/**
 * Channel order when both reach a person: a phone first (the shopper's first ask), then a human
 * chat, a messaging app, an email; then the ways in that are not a person: a form, a help desk.
 * A premium-rate or shared-cost line comes after the other phones.
 */
const CHANNEL_RANK: Record<Channel, number> = { phone: 0, chat: 1, messaging: 2, email: 3, form: 4, helpdesk: 5 };

function rank(f: Finding): number[] {
  const cost = costOf(f);
  return [
    Number(!reachesPerson(f)),
    Number(f.flags.includes('sitemap-only')),
    CHANNEL_RANK[f.kind as Channel] * 2 + Number(cost === 'premium-rate' || cost === 'shared-cost'),
    Number(isStructuredOnly(f)),
    f.depth,
    Number(f.role === 'general'),
  ];
}

/** Seen only in JSON-LD: structured data with no place on the page (microdata and text sightings have a region). */
function isStructuredOnly(f: Finding): boolean {
  return f.flags.includes('schema-org') && f.region === undefined && !f.flags.some((x) => x === 'tel-link' || x === 'mailto');
}

/** The best way for a shopper to reach sales or support: see CHANNEL_RANK; undefined when there is none. */
export function bestWay(findings: readonly Finding[], role: 'sales' | 'support'): BestWay | undefined {
  const mine = findings.filter((f) => (f.role === role || f.role === 'general') && CHANNELS.has(f.kind));
  const best = [...mine].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  })[0];
  if (!best) return undefined;
  const channel = best.kind as Channel;
  const onPage = channel === 'chat' || channel === 'form';
  const cost = costOf(best);
  return {
    role,
    finding: best,
    channel,
    reachesPerson: reachesPerson(best),
    use: onPage ? best.url : best.display || best.value,
    pageUrl: best.url,
    ...(cost ? { cost } : {}),
    demands: demandsOf(best),
    structuredDataOnly: isStructuredOnly(best),
  };
}
