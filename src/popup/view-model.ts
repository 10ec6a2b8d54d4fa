// What the popup shows, as plain data: a pure function of the audit state, tested in Node.
// The DOM layer (main.ts) only turns this into elements.
import type { AuditState, LiveFinding } from '../messages.js';
import { pathSteps } from '../core/report/formats/click-paths.js';
import { bestWayLine } from '../core/reach/describe.js';
import { bestWay } from '../core/reach/reach.js';
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
}
export interface PathStep {
  text: string;
  url: string;
}
export interface PathView {
  role: 'sales' | 'support';
  steps: PathStep[];
  summary: string;
}
export interface ContactAction {
  label: string;
  kind: 'link' | 'copy';
  value: string;
}
export interface ContactView {
  kind: string;
  text: string;
  role: string;
  where: string;
  flags: string[];
  actions: ContactAction[];
}
export interface CheckView {
  title: string;
  category: string;
  explanation: string;
  evidence: string[];
}

export interface ViewModel {
  status: Status;
  site: string;
  headline: string;
  progress?: { value: number; max: number; label: string };
  notice?: string;
  scores: ScoreView[];
  paths: PathView[];
  contacts: ContactView[];
  failedChecks: CheckView[];
  canRerun: boolean;
  canExport: boolean;
}

/** Kinds a shopper can use to reach a person; gates and help-centre links are evidence, not contacts. */
const CONTACT_KINDS = new Set(['phone', 'email', 'chat', 'messaging', 'form', 'address', 'fax', 'helpdesk']);

export function viewModel(state: AuditState, now: Date = new Date()): ViewModel {
  const base = { site: state.site, scores: [], paths: [], contacts: [], failedChecks: [], canRerun: state.status !== 'crawling', canExport: false };
  if (state.status === 'error') return { ...base, status: 'error', headline: 'The audit could not finish', notice: state.error ?? 'Unknown error' };
  if (state.status === 'crawling' || !state.report) {
    const { pagesFetched, maxPages, depth } = state.progress;
    return {
      ...base,
      status: 'crawling',
      headline: `Auditing ${hostOf(state.site)}…`,
      progress: {
        value: Math.min(pagesFetched, maxPages),
        max: maxPages,
        label: `${pagesFetched} of ${maxPages} pages, ${depth} ${depth === 1 ? 'click' : 'clicks'} deep`,
      },
      contacts: state.live.map(liveContact),
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
    scores: [score('overall', 'Overall', scores.overall, scores.grade), score('sales', 'Sales', scores.sales), score('support', 'Support', scores.support)],
    paths: [pathFor('sales', report), pathFor('support', report)],
    contacts: report.findings.filter((f) => CONTACT_KINDS.has(f.kind)).map(reportContact),
    failedChecks: report.checks
      .filter((c) => c.status === 'fail')
      .sort((a, b) => b.points - a.points)
      .map((c) => ({
        title: c.title,
        category: c.category,
        explanation: c.explanation,
        evidence: c.evidence.map((e) => [e.note, e.value, e.url].filter(Boolean).join(' — ')).filter(Boolean),
      })),
    canExport: true,
  };
}

function score(id: ScoreView['id'], label: string, value: number, grade: Grade = categoryGrade(value)): ScoreView {
  return { id, label, value: Math.round(value), grade, colour: GRADE_COLOURS[grade], words: GRADE_WORDS[grade] };
}

/**
 * The fewest clicks to a way of reaching a person for this role, chosen exactly as the Markdown and
 * HTML exports choose it (bestWay, core/reach/reach.ts), so the popup and the exported report agree.
 */
export function pathFor(role: 'sales' | 'support', report: Pick<Report, 'findings'>): PathView {
  const way = bestWay(report.findings as Finding[], role);
  if (!way) return { role, steps: [], summary: `no ${role} contact found within the crawl` };
  return { role, steps: pathSteps(way.finding), summary: bestWayLine(way) };
}

/** Flags a shopper should see next to a contact (the rest are evidence for the checks). */
const SHOWN_FLAGS = new Set<Flag>([
  'noreply',
  'premium-rate',
  'toll-free',
  'image-only',
  'obfuscated',
  'captcha',
  'login-required',
  'sitemap-only',
  'rendered',
]);

function reportContact(f: ReportFinding): ContactView {
  return { ...liveContact(f), flags: f.flags.filter((x) => SHOWN_FLAGS.has(x)) };
}

function liveContact(f: LiveFinding): ContactView {
  const text = f.display ?? f.value;
  const actions: ContactAction[] = [];
  if (f.kind === 'phone') actions.push({ label: 'Call', kind: 'link', value: `tel:${f.value}` });
  if (f.kind === 'email') actions.push({ label: 'Write', kind: 'link', value: `mailto:${f.value}` });
  if (f.kind !== 'chat' && f.kind !== 'messaging') actions.push({ label: 'Copy', kind: 'copy', value: text });
  const target = /^https?:\/\//i.test(f.value) ? f.value : f.url;
  actions.push({ label: 'Open', kind: 'link', value: safeHref(target) });
  return { kind: f.kind, text, role: f.role, where: whereText(f.depth), flags: [], actions: actions.filter((a) => a.value !== '') };
}

/** Only web, phone and mail links leave the popup; a page's javascript: or data: URL never does. */
export function safeHref(url: string): string {
  return /^(https?:|tel:|mailto:)/i.test(url) ? url : '';
}

function hostOf(site: string): string {
  try {
    return new URL(site).host;
  } catch {
    return site;
  }
}

function whereText(depth: number): string {
  return depth === 0 ? 'start page' : `${depth} ${depth === 1 ? 'click' : 'clicks'} away`;
}
