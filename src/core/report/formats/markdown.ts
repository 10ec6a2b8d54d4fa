import { escapeMarkdown as md, markdownCode as code, markdownUrl as link } from '../escape.js';
import type { Check, Report } from '../schema.js';
import { translator, type Translate } from '../../i18n/catalogue.js';
import { checkExplanation, checkTitle, evidenceText } from '../../i18n/check-text.js';
import { outcomeReason, reasonText } from '../../i18n/outcome-text.js';
import { formatDateTime } from '../../i18n/intl.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { bestWay } from '../../reach/reach.js';
import { describeBestWay } from '../../reach/describe.js';
import { budgetLine, hostOf, pathSteps, pathWords, pts, reasons, vendorHostLine, vendorName } from './click-paths.js';
import { ERROR_KIND_KEYS, KIND_KEYS, ROLE_KEYS } from './finding-words.js';

// Markdown that reads cleanly in a terminal and renders on a forge. Our own URLs are <http(s)>
// autolinks, never escaped text (no "http\://"); page-derived text goes through escape.ts (prose
// escaped, values in code spans). Catalogue text is ours and written without Markdown syntax.
// Tables keep to a few short columns so they stay readable unrendered.

/** Page text with other text before it on its line (or in a table cell): block starts cannot happen there. */
const inline = (text: string) => md(text, true);

const MAX_FINDINGS = 200;

interface Ctx {
  t: Translate;
  language: UiLanguage;
}

const CATEGORY = { sales: 'report_category_sales', support: 'report_category_support', overall: 'report_category_overall' } as const;
const STATUS = { pass: 'report_status_pass', fail: 'report_status_fail', 'not-applicable': 'report_status_not_applicable' } as const;

/** The best way to reach a person for a role, its click path and the page that shows it. */
function wayLines({ t }: Ctx, report: Report, role: 'sales' | 'support'): string[] {
  const label = t(role === 'sales' ? 'report_role_sales' : 'report_role_support');
  const way = bestWay(report.findings, role);
  if (!way) return [`- **${label}:** ${t('report_no_contact')}`];
  const w = describeBestWay(way, t);
  const steps = pathSteps(way.finding, pathWords(t))
    .map((s) => inline(s.text))
    .join(' → ');
  const notes = w.notes.length ? ` (${inline(w.notes.join('; '))})` : '';
  return [
    `- **${label}:** ${inline(w.action)}${w.value ? ` ${code(w.value)}` : ''} — ${inline(w.where)}${notes}`,
    `  ${t('report_path')} ${steps}`,
    `  ${link(way.pageUrl)}`,
  ];
}

function reasonLines({ t, language }: Ctx, checks: Check[]): string[] {
  const failed = reasons(checks);
  if (!failed.length) return [t('report_no_failed')];
  return failed.flatMap((c) => [
    `- **${inline(checkTitle(c, t))}** (${t('reason_points', { points: pts(c.points, language), weight: pts(c.weight, language), category: t(CATEGORY[c.category]) })}): ${inline(checkExplanation(c, t))}`,
    ...c.evidence.map((e) => {
      const note = evidenceText(e, t);
      return `  - ${[e.url ? link(e.url) : '', e.value ? code(e.value) : '', note ? md(note, Boolean(e.url || e.value)) : ''].filter(Boolean).join(' ')}`;
    }),
    ...(c.source ? [`  - ${t('report_source', { source: inline(c.source) })}`] : []),
  ]);
}

/** Three short columns: the explanations of failed checks are in the reasons above. */
function checksTable({ t, language }: Ctx, checks: Check[]): string[] {
  const rows = checks.map((c) => `| ${t(STATUS[c.status])} | ${inline(checkTitle(c, t))} | ${pts(c.points, language)} / ${pts(c.weight, language)} |`);
  return [`| ${t('report_col_status')} | ${t('report_col_check')} | ${t('report_col_points')} |`, '| --- | --- | ---: |', ...rows];
}

function findingsTable({ t }: Ctx, report: Report): string[] {
  if (!report.findings.length) return [t('report_no_findings')];
  const shown = report.findings.slice(0, MAX_FINDINGS);
  const rows = shown.map(
    (f) => `| ${t(KIND_KEYS[f.kind])} | ${code(f.display || f.value, true)} | ${t(ROLE_KEYS[f.role])} | ${f.depth} | ${link(f.url, true)} |`,
  );
  const more = report.findings.length > shown.length ? ['', t('report_more_findings', { count: report.findings.length - shown.length })] : [];
  const head = `| ${t('report_col_kind')} | ${t('report_col_value')} | ${t('report_col_role')} | ${t('report_col_clicks')} | ${t('report_col_page')} |`;
  return [head, '| --- | --- | --- | ---: | --- |', ...rows, ...more];
}

function crawlLines({ t }: Ctx, report: Report): string[] {
  const c = report.crawl;
  const clicks = (count: number) => t('report_clicks', { count });
  const lines = [
    `- ${t('report_crawl_pages', { count: c.pagesFetched })}`,
    `- ${t('report_crawl_depth', { clicks: clicks(c.maxDepth) })}`,
    `- ${budgetLine(report, t)}`,
    ...(c.country ? [`- ${t('report_crawl_country', { country: inline(c.country) })}`] : []),
    `- ${t('report_crawl_skipped', { count: c.skipped.length })}`,
    `- ${t('report_crawl_errors', { count: c.errors.length })}`,
    ...c.errors.slice(0, 50).map((e) => `  - ${link(e.url)} ${t(ERROR_KIND_KEYS[e.kind])}${e.status !== undefined ? ` ${e.status}` : ''}: ${code(e.message)}`),
  ];
  if (c.sitemapOnly.length)
    lines.push(
      `- ${t('report_crawl_sitemap', { count: c.sitemapOnly.length })}`,
      ...c.sitemapOnly.slice(0, 50).map((s) => `  - ${link(s.url)} ${inline(reasonText(s, t) ?? '')}`),
    );
  if (c.vendorHosts?.length)
    lines.push(
      `- ${t('report_crawl_vendor_hosts', { count: c.vendorHosts.length })}`,
      ...c.vendorHosts.map((v) => `  - ${inline(v.host)}: ${inline(vendorHostLine(v, t))}`),
    );
  if (c.depthsExactTo !== undefined) lines.push(`- ${t('report_crawl_depths_exact', { clicks: clicks(c.depthsExactTo) })}`);
  return lines;
}

function reportLines(report: Report, ctx: Ctx): string[] {
  const { t, language } = ctx;
  const head = [
    `# ${t('report_title', { vendor: inline(vendorName(report)) })}`,
    '',
    t('report_meta', { date: formatDateTime(language, report.startedAt), url: link(report.startUrl) }),
  ];
  const tool = ['', t('report_tool', { tool: report.tool.name, version: inline(report.tool.version), schema: inline(report.schemaVersion) })];
  // A site that could not be read has no scores, checks or findings: the reason is the report.
  const s = report.scores;
  if (!s) {
    const why = inline(outcomeReason(report.outcome, t) ?? t('report_failed_default'));
    return [
      ...head,
      '',
      `> **${t('report_failed', { host: inline(hostOf(report.site)) })}** ${why}`,
      '',
      `## ${t('report_crawl')}`,
      '',
      ...crawlLines(ctx, report),
      ...tool,
    ];
  }
  const partial =
    report.outcome.status === 'partial' ? ['', `> **${t('report_partial')}** ${inline(outcomeReason(report.outcome, t) ?? t('report_partial_default'))}`] : [];
  const n = (v: number) => pts(v, language);
  return [
    ...head,
    ...partial,
    '',
    `## ${t('report_best_way')}`,
    '',
    ...wayLines(ctx, report, 'sales'),
    ...wayLines(ctx, report, 'support'),
    '',
    `## ${t('report_scores')}`,
    '',
    `| | |`,
    '| --- | ---: |',
    `| **${t('report_score_overall')}** | **${n(s.overall)}** (${t('report_grade', { grade: `**${s.grade}**` })}) |`,
    `| ${t('report_role_sales')} | ${n(s.sales)} |`,
    `| ${t('report_role_support')} | ${n(s.support)} |`,
    '',
    t('report_scale'),
    '',
    `## ${t('report_reasons')}`,
    '',
    ...reasonLines(ctx, report.checks),
    '',
    `## ${t('report_all_checks')}`,
    '',
    ...checksTable(ctx, report.checks),
    '',
    `## ${t('report_findings')}`,
    '',
    ...findingsTable(ctx, report),
    '',
    `## ${t('report_crawl')}`,
    '',
    ...crawlLines(ctx, report),
    ...tool,
  ];
}

/** One report as Markdown, in the reader's language. */
export function formatMarkdown(report: Report, language: UiLanguage = 'en'): string {
  return `${reportLines(report, { t: translator(language), language }).join('\n')}\n`;
}

const OUTCOME = { complete: 'report_outcome_complete', partial: 'report_outcome_partial', failed: 'report_outcome_failed' } as const;

/** A batch: a summary table, then each report with its headings one level down. */
export function formatMarkdownBatch(reports: Report[], language: UiLanguage = 'en'): string {
  if (reports.length === 1) return formatMarkdown(reports[0]!, language);
  const t = translator(language);
  const n = (v: number) => pts(v, language);
  const none = t('report_not_scored');
  const summary = [
    `# ${t('report_batch_title', { count: reports.length })}`,
    '',
    `| ${t('report_col_site')} | ${t('report_col_outcome')} | ${t('report_score_overall')} | ${t('report_col_grade')} | ${t('report_role_sales')} | ${t('report_role_support')} |`,
    '| --- | --- | ---: | --- | ---: | ---: |',
    ...reports.map((r) => {
      const s = r.scores;
      const outcome =
        t(OUTCOME[r.outcome.status]) + (r.outcome.status === 'failed' && r.outcome.reason ? `: ${inline(outcomeReason(r.outcome, t) ?? '')}` : '');
      return `| ${link(r.site, true)} | ${outcome} | ${s ? n(s.overall) : none} | ${s ? s.grade : none} | ${s ? n(s.sales) : none} | ${s ? n(s.support) : none} |`;
    }),
    '',
  ];
  const ctx = { t, language };
  const sections = reports.map((r) =>
    reportLines(r, ctx)
      .map((line) => (/^#{1,5} /.test(line) ? `#${line}` : line))
      .join('\n'),
  );
  return `${[summary.join('\n'), ...sections].join('\n\n---\n\n')}\n`;
}
