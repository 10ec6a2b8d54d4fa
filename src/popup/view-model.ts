// What the popup shows, as plain data: a pure function of the audit state, tested in Node.
// The DOM layer (main.ts) only turns this into elements.
import type { AuditState, LiveFinding } from '../messages.js';
import { hostOf, pathSteps } from '../core/report/formats/click-paths.js';
import { bestWayLine } from '../core/reach/describe.js';
import { bestWay, channelName } from '../core/reach/reach.js';
import type { Finding } from '../core/report/schema.js';
import { GRADE_COLOURS, GRADE_WORDS, categoryGrade, type Grade } from './grade.js';
import type { Flag } from '../core/flags.js';

type Report = NonNullable<AuditState['report']>;
type ReportFinding = Report['findings'][number];

export type Status = 'crawling' | 'done' | 'failed' | 'error';
export interface ScoreView {
  id: 'overall' | 'sales' | 'support';
  label: string;
  value: number;
  grade: Grade;
  colour: string;
  words: string;
  /** The biggest reasons behind the score, in plain words (failed checks, most points first; three at most). */
  reasons: string[];
}
export interface PathStep {
  text: string;
  url: string;
}
/** The best way to reach a person for a role: what to use, where it is, its cost and demands, and how to act on it. */
export interface PathView {
  role: 'sales' | 'support';
  steps: PathStep[];
  summary: string;
  /** Call, write, copy, open the page that shows it. */
  actions?: ContactAction[];
}
export interface ContactAction {
  label: string;
  kind: 'link' | 'copy';
  value: string;
}
export interface ContactView {
  kind: string;
  /** The channel in plain words: "Phone", "Email", "WhatsApp"... (contacts are grouped by it). */
  channel: string;
  text: string;
  role: string;
  where: string;
  /** Plain words for what the flags say ("premium rate", "no one reads it"). */
  flags: string[];
  actions: ContactAction[];
}
export interface CheckView {
  title: string;
  category: string;
  explanation: string;
  evidence: string[];
}

/** Another host of the vendor's the links led to: read, or not (the tab may not read it) with a button to allow it. */
export interface OtherHostView {
  host: string;
  /** "Help centre" or "Another site of the vendor's". */
  what: string;
  read: boolean;
  steps: PathStep[];
}

export interface ViewModel {
  status: Status;
  site: string;
  headline: string;
  progress?: { value: number; max: number; label: string };
  notice?: string;
  /** What the scores mean, shown beside them. */
  legend?: string;
  scores: ScoreView[];
  paths: PathView[];
  contacts: ContactView[];
  failedChecks: CheckView[];
  otherHosts: OtherHostView[];
  canRerun: boolean;
  canExport: boolean;
}

/** Kinds a shopper can use to reach a person; gates and help-centre links are evidence, not contacts. */
const CONTACT_KINDS = new Set(['phone', 'email', 'chat', 'messaging', 'form', 'address', 'fax', 'helpdesk']);

export function viewModel(state: AuditState, now: Date = new Date()): ViewModel {
  const base = {
    site: state.site,
    scores: [],
    paths: [],
    contacts: [],
    failedChecks: [],
    otherHosts: [],
    canRerun: state.status !== 'crawling',
    canExport: false,
  };
  if (state.status === 'error') return { ...base, status: 'error', headline: 'The audit could not finish', notice: state.error ?? 'Unknown error' };
  if (state.status === 'crawling' || !state.report) {
    const { pagesFetched, maxPages, depth } = state.progress;
    // Pages planned: read plus known and waiting, within the budget; it grows as pages reveal links.
    const planned = Math.max(1, Math.min(maxPages, pagesFetched + (state.progress.queued ?? 0)));
    return {
      ...base,
      status: 'crawling',
      headline: `Auditing ${hostOf(state.site)}…`,
      progress: {
        value: Math.min(pagesFetched, planned),
        max: planned,
        label: `${pagesFetched} of ${planned} pages planned, ${depth} ${depth === 1 ? 'click' : 'clicks'} deep`,
      },
      contacts: dedupe(state.live.map(liveContact)),
    };
  }
  const report = state.report;
  // A site that could not be read: the reason, a retry, and no scores (a dead server is not a
  // vendor hiding its contacts).
  if (!report.scores) {
    const why = report.outcome.reason ?? 'the start page could not be read';
    return {
      ...base,
      status: 'failed',
      headline: `Could not audit ${hostOf(state.site)}`,
      notice: `Could not audit ${hostOf(state.site)}: ${why}`,
      canExport: true,
    };
  }
  const scores = report.scores;
  const ageMinutes = Math.max(0, Math.round((now.getTime() - Date.parse(report.finishedAt)) / 60_000));
  return {
    ...base,
    status: 'done',
    headline: `${hostOf(state.site)}: audited ${ageMinutes < 1 ? 'just now' : ageMinutes < 60 ? `${ageMinutes} min ago` : `${Math.round(ageMinutes / 60)} h ago`}`,
    ...(report.outcome.status === 'partial' ? { notice: `Partial report: ${report.outcome.reason ?? 'the audit ended early'}` } : {}),
    legend: 'How hidden the contacts are: 0 = in plain sight, 100 = not findable.',
    scores: [
      score('overall', 'Overall', scores.overall, reasonsFor(report, undefined), scores.grade),
      score('sales', 'Sales', scores.sales, reasonsFor(report, 'sales')),
      score('support', 'Support', scores.support, reasonsFor(report, 'support')),
    ],
    paths: [pathFor('sales', report), pathFor('support', report)],
    contacts: dedupe(report.findings.filter((f) => CONTACT_KINDS.has(f.kind)).map(reportContact)),
    failedChecks: report.checks
      .filter((c) => c.status === 'fail')
      .sort((a, b) => b.points - a.points)
      .map((c) => ({
        title: c.title,
        category: c.category,
        explanation: c.explanation,
        evidence: c.evidence.map((e) => [e.note, e.value, e.url].filter(Boolean).join(' — ')).filter(Boolean),
      })),
    otherHosts: (report.crawl?.vendorHosts ?? []).map((h) => ({
      host: h.host,
      what: h.why === 'help-desk' ? 'Help desk' : "Another site of the vendor's",
      read: h.read,
      steps: pathSteps(h),
    })),
    canExport: true,
  };
}

function score(id: ScoreView['id'], label: string, value: number, reasons: string[], grade: Grade = categoryGrade(value)): ScoreView {
  return { id, label, value: Math.round(value), grade, colour: GRADE_COLOURS[grade], words: GRADE_WORDS[grade], reasons };
}

/** The three failed checks that cost a score most, as the findings they are ("The sales number is 3 clicks deep"). */
function reasonsFor(report: Report, category: 'sales' | 'support' | undefined): string[] {
  return report.checks
    .filter((c) => c.status === 'fail' && c.points > 0 && (category === undefined || c.category === category))
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.explanation);
}

/** One row per channel and value: a number listed for sales and for support is one contact. */
function dedupe(contacts: ContactView[]): ContactView[] {
  const byKey = new Map<string, ContactView>();
  for (const c of contacts) {
    const key = `${c.kind}\u0000${c.text}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...c });
    else if (seen.role !== c.role) seen.role = seen.role === 'general' ? c.role : c.role === 'general' ? seen.role : 'sales and support';
  }
  return [...byKey.values()].sort((a, b) => CHANNEL_ORDER.indexOf(a.kind) - CHANNEL_ORDER.indexOf(b.kind));
}
const CHANNEL_ORDER = ['phone', 'chat', 'messaging', 'email', 'form', 'helpdesk', 'address', 'fax'];

/**
 * The fewest clicks to a way of reaching a person for this role, chosen exactly as the Markdown and
 * HTML exports choose it (bestWay, core/reach/reach.ts), so the popup and the exported report agree.
 */
export function pathFor(role: 'sales' | 'support', report: Pick<Report, 'findings'>): PathView {
  const way = bestWay(report.findings as Finding[], role);
  if (!way) return { role, steps: [], summary: `no ${role} contact found within the crawl` };
  const actions = liveContact({ ...way.finding, url: way.pageUrl }).actions;
  return { role, steps: pathSteps(way.finding), summary: bestWayLine(way), actions };
}

/** Flags a shopper should see next to a contact, in plain words (the rest are evidence for the checks). */
const FLAG_WORDS: Partial<Record<Flag, string>> = {
  noreply: 'a mailbox no one reads',
  'premium-rate': 'premium rate: costs more than a normal call',
  'shared-cost': 'shared cost: may cost more than a normal call',
  'toll-free': 'free to call',
  'image-only': 'shown only as an image',
  obfuscated: 'written to hide it from robots',
  captcha: 'asks for a CAPTCHA',
  'login-required': 'sign in first',
  'unsure-country': 'country not known: dial as written',
  'asks-email': 'asks for your email',
  'asks-phone': 'asks for your phone number',
  'order-number': 'asks for an order number',
  'serial-number': 'asks for a serial number',
  'sitemap-only': 'no link leads there',
  collapsed: 'inside a closed tab',
  bot: 'a bot answers, not a person',
  rendered: 'loaded by script',
  'unknown-widget': 'a chat button whose vendor is not known',
};

function reportContact(f: ReportFinding): ContactView {
  return { ...liveContact(f), flags: f.flags.map((x) => FLAG_WORDS[x]).filter((x): x is string => x !== undefined) };
}

function liveContact(f: LiveFinding): ContactView {
  // A form is known by the page that shows it; its value is only where it posts.
  const text = f.kind === 'form' ? `on ${pagePath(f.url)}` : (f.display ?? f.value);
  const actions: ContactAction[] = [];
  if (f.kind === 'phone') actions.push({ label: 'Call', kind: 'link', value: `tel:${f.value}` });
  if (f.kind === 'email') actions.push({ label: 'Write', kind: 'link', value: `mailto:${f.value}` });
  if (COPYABLE.has(f.kind)) actions.push({ label: 'Copy', kind: 'copy', value: text });
  // A help desk's value is its portal; every other contact opens the page that shows it (a form's value is where it posts: opening that gives a 404).
  const target = f.kind === 'helpdesk' && /^https?:\/\//i.test(f.value) ? f.value : f.url;
  actions.push({ label: 'Open', kind: 'link', value: safeHref(target) });
  return { kind: f.kind, channel: channelWord(f), text, role: f.role, where: whereText(f.depth), flags: [], actions: actions.filter((a) => a.value !== '') };
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

const CHANNEL_WORDS: Record<string, string> = {
  phone: 'Phone',
  chat: 'Chat',
  email: 'Email',
  form: 'Contact form',
  helpdesk: 'Help desk',
  address: 'Address',
  fax: 'Fax',
};

/** "Phone", "Email", and a messaging app by its own name ("WhatsApp"), never "messaging". */
function channelWord(f: Pick<LiveFinding, 'kind' | 'value'>): string {
  return f.kind === 'messaging' ? channelName(f) : (CHANNEL_WORDS[f.kind] ?? f.kind);
}

/** Only web, phone and mail links leave the popup; a page's javascript: or data: URL never does. */
export function safeHref(url: string): string {
  return /^(https?:|tel:|mailto:)/i.test(url) ? url : '';
}

function whereText(depth: number): string {
  return depth === 0 ? 'start page' : `${depth} ${depth === 1 ? 'click' : 'clicks'} away`;
}
