// What the popup shows, as plain data: a pure function of the audit state, tested in Node.
// The DOM layer (main.ts) only turns this into elements. Every word comes from the catalogue
// through `t` (browser.i18n in the popup, translator(lang) in tests), so this file stays browser-free.
import type { AuditState } from '../messages.js';
import { hostOf, pathSteps, type PathWords } from '../core/report/formats/click-paths.js';
import { bestWayLine } from '../core/reach/describe.js';
import { bestWay } from '../core/reach/reach.js';
import type { Finding } from '../core/report/schema.js';
import { GRADE_COLOURS, GRADE_WORD_KEYS, categoryGrade, type Grade } from './grade.js';
import type { Translate } from '../core/i18n/catalogue.js';
import { dedupe, liveContact, reportContact, type ContactAction, type ContactView } from './contacts.js';
import { checkExplanation, checkTitle, evidenceText } from '../core/i18n/check-text.js';
import { outcomeReason } from '../core/i18n/outcome-text.js';

type Report = NonNullable<AuditState['report']>;

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
export { safeHref, type ContactAction, type ContactRole, type ContactView } from './contacts.js';

export interface CheckView {
  title: string;
  /** The category in words: "sales", "support", "site-wide". */
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

export function viewModel(state: AuditState, t: Translate, now: Date = new Date()): ViewModel {
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
  if (state.status === 'error') return { ...base, status: 'error', headline: t('popup_error_headline'), notice: state.error ?? t('popup_error_unknown') };
  if (state.status === 'crawling' || !state.report) {
    const { pagesFetched, maxPages, depth } = state.progress;
    // Pages planned: read plus known and waiting, within the budget; it grows as pages reveal links.
    const planned = Math.max(1, Math.min(maxPages, pagesFetched + (state.progress.queued ?? 0)));
    return {
      ...base,
      status: 'crawling',
      headline: t('popup_auditing', { host: hostOf(state.site) }),
      progress: {
        value: Math.min(pagesFetched, planned),
        max: planned,
        label: t('popup_progress', { pages: pagesFetched, planned, clicks: { key: 'reach_clicks', params: { count: depth } } }),
      },
      contacts: dedupe(
        state.live.map((f) => liveContact(f, t)),
        t,
      ),
    };
  }
  const report = state.report;
  // A site that could not be read: the reason, a retry, and no scores (a dead server is not a
  // vendor hiding its contacts).
  if (!report.scores) {
    const why = outcomeReason(report.outcome, t) ?? t('popup_failed_default_reason');
    return {
      ...base,
      status: 'failed',
      headline: t('popup_failed_headline', { host: hostOf(state.site) }),
      notice: t('popup_failed_notice', { host: hostOf(state.site), why }),
      canExport: true,
    };
  }
  const scores = report.scores;
  const ageMinutes = Math.max(0, Math.round((now.getTime() - Date.parse(report.finishedAt)) / 60_000));
  return {
    ...base,
    status: 'done',
    headline: t('popup_audited', { host: hostOf(state.site), when: auditedWhen(ageMinutes) }),
    ...(report.outcome.status === 'partial'
      ? { notice: t('popup_partial_notice', { why: outcomeReason(report.outcome, t) ?? t('popup_partial_default_reason') }) }
      : {}),
    legend: t('popup_legend'),
    scores: [
      score('overall', t('popup_score_overall'), scores.overall, reasonsFor(report, undefined, t), t, scores.grade),
      score('sales', t('popup_score_sales'), scores.sales, reasonsFor(report, 'sales', t), t),
      score('support', t('popup_score_support'), scores.support, reasonsFor(report, 'support', t), t),
    ],
    paths: [pathFor('sales', report, t), pathFor('support', report, t)],
    contacts: dedupe(
      report.findings.filter((f) => CONTACT_KINDS.has(f.kind)).map((f) => reportContact(f, t)),
      t,
    ),
    failedChecks: report.checks
      .filter((c) => c.status === 'fail')
      .sort((a, b) => b.points - a.points)
      .map((c) => ({
        title: checkTitle(c, t),
        category: t(CATEGORY_KEYS[c.category]),
        explanation: checkExplanation(c, t),
        evidence: c.evidence.map((e) => [evidenceText(e, t), e.value, e.url].filter(Boolean).join(' — ')).filter(Boolean),
      })),
    otherHosts: (report.crawl?.vendorHosts ?? []).map((h) => ({
      host: h.host,
      what: t(h.why === 'help-desk' ? 'popup_host_help_desk' : 'popup_host_vendor_site'),
      read: h.read,
      steps: pathSteps(h, pathWords(t)),
    })),
    canExport: true,
  };
}

/** "just now", "4 min ago", "2 h ago", as a message for the headline. */
function auditedWhen(minutes: number): { key: string; params?: { count: number } } {
  if (minutes < 1) return { key: 'popup_audited_just_now' };
  if (minutes < 60) return { key: 'popup_audited_minutes_ago', params: { count: minutes } };
  return { key: 'popup_audited_hours_ago', params: { count: Math.round(minutes / 60) } };
}

const CATEGORY_KEYS = { sales: 'popup_category_sales', support: 'popup_category_support', overall: 'popup_category_overall' } as const;

function score(id: ScoreView['id'], label: string, value: number, reasons: string[], t: Translate, grade: Grade = categoryGrade(value)): ScoreView {
  return { id, label, value: Math.round(value), grade, colour: GRADE_COLOURS[grade], words: t(GRADE_WORD_KEYS[grade]), reasons };
}

/** The three failed checks that cost a score most, as the findings they are ("The sales number is 3 clicks deep"). */
function reasonsFor(report: Report, category: 'sales' | 'support' | undefined, t: Translate): string[] {
  return report.checks
    .filter((c) => c.status === 'fail' && c.points > 0 && (category === undefined || c.category === category))
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => checkExplanation(c, t));
}

/**
 * The fewest clicks to a way of reaching a person for this role, chosen exactly as the Markdown and
 * HTML exports choose it (bestWay, core/reach/reach.ts), so the popup and the exported report agree.
 */
export function pathFor(role: 'sales' | 'support', report: Pick<Report, 'findings'>, t: Translate): PathView {
  const way = bestWay(report.findings as Finding[], role);
  if (!way) return { role, steps: [], summary: t(role === 'sales' ? 'popup_no_sales_contact' : 'popup_no_support_contact') };
  const actions = liveContact({ ...way.finding, url: way.pageUrl }, t).actions;
  return { role, steps: pathSteps(way.finding, pathWords(t)), summary: bestWayLine(way, t), actions };
}

/** "Home" and an empty link's name, for the click paths. */
function pathWords(t: Translate): PathWords {
  return { home: t('popup_path_home'), noText: t('popup_path_no_text') };
}
