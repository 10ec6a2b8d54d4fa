import { escapeHtml as h, htmlLink as a } from '../escape.js';
import type { Report } from '../schema.js';
import { translator, type Translate } from '../../i18n/catalogue.js';
import { formatDateTime, formatDay } from '../../i18n/intl.js';
import { outcomeReason } from '../../i18n/outcome-text.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { GRADE_COLOURS } from '../../score/grade.js';
import { hostOf, pts, vendorName } from './click-paths.js';
import { msg, raw, table } from './html/markup.js';
import { bestWays, checksTable, crawl, findings, reasonList, scores, type Ctx } from './html/sections.js';
import { CSS } from './html/style.js';
import { htmlPage } from './html-page.js';

// A self-contained page: inline CSS only, no script of any kind, a CSP that forbids everything
// else. Every page-derived string goes through escapeHtml; only http(s) URLs become hrefs.
// All content is inside <main> (axe: landmark-one-main, region); <html lang> is the report's language.

/** One report's section: its heading is h1 on its own page, h2 in a batch. */
function reportSection(report: Report, ctx: Ctx): string {
  const { t, language } = ctx;
  const top = ctx.sub === 'h2' ? 'h1' : 'h2';
  const head = [
    `<section><${top}>${msg(t, 'report_title', { vendor: vendorName(report) })}</${top}>`,
    `<p class="meta">${msg(t, 'report_meta', { date: formatDateTime(language, report.startedAt), url: raw(a(report.startUrl)) })}</p>`,
  ];
  const tool = `<p class="meta">${msg(t, 'report_tool', { tool: report.tool.name, version: report.tool.version, schema: report.schemaVersion })}</p></section>`;
  // A site that could not be read has no scores, checks or findings: the reason is the report.
  const s = report.scores;
  if (!s) {
    const why = outcomeReason(report.outcome, t) ?? t('report_failed_default');
    return [...head, `<p class="notice"><b>${msg(t, 'report_failed', { host: hostOf(report.site) })}</b> ${h(why)}</p>`, crawl(ctx, report), tool].join('\n');
  }
  const partial =
    report.outcome.status === 'partial'
      ? `<p class="notice"><b>${msg(t, 'report_partial')}</b> ${h(outcomeReason(report.outcome, t) ?? t('report_partial_default'))}</p>`
      : '';
  return [
    ...head,
    partial,
    bestWays(ctx, report),
    scores(ctx, s),
    reasonList(ctx, report.checks),
    checksTable(ctx, report.checks),
    findings(ctx, report),
    crawl(ctx, report),
    tool,
  ].join('\n');
}

/** "acme.example — contact audit, 25 November 2026": the vendor and the day, as a tab or a file is named. */
function pageTitle(t: Translate, language: UiLanguage, report: Report): string {
  return t('report_page_title', { vendor: vendorName(report), date: formatDay(language, report.startedAt) });
}

/** One report as a self-contained HTML page, in the reader's language. */
export function formatHtml(report: Report, language: UiLanguage = 'en'): string {
  const t = translator(language);
  return htmlPage(language, pageTitle(t, language, report), CSS, reportSection(report, { t, language, sub: 'h2' }));
}

const OUTCOME = { complete: 'report_outcome_complete', partial: 'report_outcome_partial', failed: 'report_outcome_failed' } as const;

/** A batch on one page: a summary table first, then a section per site. */
export function formatHtmlBatch(reports: Report[], language: UiLanguage = 'en'): string {
  if (reports.length === 1) return formatHtml(reports[0]!, language);
  const t = translator(language);
  const n = (v: number) => pts(v, language);
  const columns = [
    { label: msg(t, 'report_col_site') },
    { label: msg(t, 'report_col_outcome'), width: 'w-s' as const },
    { label: msg(t, 'report_score_overall'), width: 'w-xs' as const, num: true },
    { label: msg(t, 'report_col_grade'), width: 'w-xs' as const },
    { label: msg(t, 'report_role_sales'), width: 'w-xs' as const, num: true },
    { label: msg(t, 'report_role_support'), width: 'w-xs' as const, num: true },
  ];
  const none = msg(t, 'report_not_scored');
  const rows = reports.map((r) => {
    const s = r.scores;
    const outcome = msg(t, OUTCOME[r.outcome.status]) + (r.outcome.status === 'failed' && r.outcome.reason ? `: ${h(outcomeReason(r.outcome, t) ?? '')}` : '');
    const grade = s ? `<span class="grade" style="background:${GRADE_COLOURS[s.grade]}">${s.grade}</span>` : none;
    return { cells: [a(r.site, vendorName(r)), outcome, s ? n(s.overall) : none, grade, s ? n(s.sales) : none, s ? n(s.support) : none] };
  });
  const title = t('report_batch_title', { count: reports.length });
  const summary = `<h1>${h(title)}</h1><h2>${msg(t, 'report_summary')}</h2>${table(columns, rows)}`;
  return htmlPage(language, title, CSS, [summary, ...reports.map((r) => reportSection(r, { t, language, sub: 'h3' }))].join('\n'));
}
