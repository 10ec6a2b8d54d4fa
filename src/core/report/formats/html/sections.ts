import { escapeHtml as h, htmlLink as a } from '../../escape.js';
import type { Check, Report } from '../../schema.js';
import type { Translate } from '../../../i18n/catalogue.js';
import type { UiLanguage } from '../../../i18n/languages.js';
import { checkExplanation, checkTitle, evidenceText } from '../../../i18n/check-text.js';
import { reasonText } from '../../../i18n/outcome-text.js';
import { bestWay } from '../../../reach/reach.js';
import { describeBestWay } from '../../../reach/describe.js';
import { GRADE_COLOURS, type Grade } from '../../../score/grade.js';
import { budgetLine, contactPages, pathSteps, pathWords, pts, reasons, vendorHostLine } from '../click-paths.js';
import { folded, msg, table } from './markup.js';
import { ERROR_KIND_KEYS, KIND_KEYS, ROLE_KEYS } from '../finding-words.js';

// The parts of one report's section, in the order a reader wants them: how to reach a person,
// the scores, the reasons; then, folded, every check, every contact and how the site was read.

/** What every part needs: the words, the language of numbers, and the level of its headings. */
export interface Ctx {
  t: Translate;
  language: UiLanguage;
  /** 'h2' for a single report, 'h3' inside a batch. */
  sub: 'h2' | 'h3';
}

const MAX_FINDINGS = 500;

function heading(ctx: Ctx, key: Parameters<Translate>[0]): string {
  return `<${ctx.sub}>${msg(ctx.t, key)}</${ctx.sub}>`;
}

function gradeBadge(ctx: Ctx, grade: Grade): string {
  return `<span class="grade" style="background:${GRADE_COLOURS[grade]}">${msg(ctx.t, 'report_grade', { grade })}</span>`;
}

function barColour(points: number): string {
  return points < 10 ? GRADE_COLOURS.A : points < 30 ? GRADE_COLOURS.C : GRADE_COLOURS.F;
}

/** One role's card: the best way, then the click path with each step a link to its page. */
function wayCard(ctx: Ctx, report: Report, role: 'sales' | 'support'): string {
  const label = `<p class="role">${msg(ctx.t, role === 'sales' ? 'report_role_sales' : 'report_role_support')}</p>`;
  const way = bestWay(report.findings, role);
  if (!way) return `<div class="card">${label}<p class="way">${msg(ctx.t, 'report_no_contact')}</p></div>`;
  const w = describeBestWay(way, ctx.t);
  const steps = pathSteps(way.finding, pathWords(ctx.t))
    .map((s) => `<li>${a(s.url, s.text)}</li>`)
    .join('');
  const line = `<p class="way"><b>${h(w.action)}</b>${w.value ? ` <code>${h(w.value)}</code>` : ''} — ${h(w.where)}</p>`;
  const notes = w.notes.length ? `<p class="note">${h(w.notes.join('; '))}</p>` : '';
  return `<div class="card">${label}${line}${notes}<div>${msg(ctx.t, 'report_path')} <ol class="path">${steps}</ol></div></div>`;
}

export function bestWays(ctx: Ctx, report: Report): string {
  return `${heading(ctx, 'report_best_way')}<div class="cards">${wayCard(ctx, report, 'sales')}${wayCard(ctx, report, 'support')}</div>`;
}

function scoreBox(ctx: Ctx, label: string, value: number, grade?: Grade): string {
  const width = Math.min(100, Math.max(0, value));
  return (
    `<div class="score">${label}<b>${pts(value, ctx.language)}${grade ? ` ${gradeBadge(ctx, grade)}` : ''}</b>` +
    `<div class="bar"><i style="width:${width}%;background:${barColour(value)}"></i></div></div>`
  );
}

export function scores(ctx: Ctx, s: NonNullable<Report['scores']>): string {
  return (
    `${heading(ctx, 'report_scores')}<div class="scores">${scoreBox(ctx, msg(ctx.t, 'report_score_overall'), s.overall, s.grade)}` +
    `${scoreBox(ctx, msg(ctx.t, 'report_role_sales'), s.sales)}${scoreBox(ctx, msg(ctx.t, 'report_role_support'), s.support)}</div>` +
    `<p class="note">${msg(ctx.t, 'report_scale')}</p>`
  );
}

const CATEGORY = { sales: 'report_category_sales', support: 'report_category_support', overall: 'report_category_overall' } as const;
const STATUS = { pass: 'report_status_pass', fail: 'report_status_fail', 'not-applicable': 'report_status_not_applicable' } as const;

/** What was seen and where the rule comes from: folded, it is for the reader who wants to verify. */
function evidence(ctx: Ctx, c: Check): string {
  const items = c.evidence.map((e) => {
    const note = evidenceText(e, ctx.t);
    return `<li>${[e.url ? a(e.url) : '', e.value ? `<code>${h(e.value)}</code>` : '', note ? h(note) : ''].filter(Boolean).join(' ')}</li>`;
  });
  if (c.source) items.push(`<li>${msg(ctx.t, 'report_source', { source: c.source })}</li>`);
  return items.length ? folded(msg(ctx.t, 'report_evidence'), `<ul>${items.join('')}</ul>`, 'evidence') : '';
}

/** The failed checks, most points first, in plain words. */
export function reasonList(ctx: Ctx, checks: Check[]): string {
  const failed = reasons(checks);
  if (!failed.length) return `${heading(ctx, 'report_reasons')}<p>${msg(ctx.t, 'report_no_failed')}</p>`;
  const items = failed.map((c) => {
    const points = msg(ctx.t, 'reason_points', { points: c.points, weight: c.weight, category: ctx.t(CATEGORY[c.category]) });
    return `<li><b>${h(checkTitle(c, ctx.t))}</b> <span class="note">(${points})</span><br>${h(checkExplanation(c, ctx.t))}${evidence(ctx, c)}</li>`;
  });
  return `${heading(ctx, 'report_reasons')}<ul class="reasons">${items.join('')}</ul>`;
}

export function checksTable(ctx: Ctx, checks: Check[]): string {
  const t = ctx.t;
  const columns = [
    { label: msg(t, 'report_col_status'), width: 'w-s' as const },
    { label: msg(t, 'report_col_category'), width: 'w-s' as const },
    { label: msg(t, 'report_col_check') },
    { label: msg(t, 'report_col_points'), width: 'w-xs' as const, num: true },
    { label: msg(t, 'report_col_explanation') },
  ];
  const rows = checks.map((c) => ({
    cells: [
      msg(t, STATUS[c.status]),
      msg(t, CATEGORY[c.category]),
      h(checkTitle(c, t)),
      `${pts(c.points, ctx.language)} / ${pts(c.weight, ctx.language)}`,
      h(checkExplanation(c, t)),
    ],
    classes: [c.status === 'fail' ? 'fail' : c.status === 'pass' ? 'pass' : undefined],
  }));
  return `${heading(ctx, 'report_all_checks')}${folded(msg(t, 'report_show_checks', { count: checks.length }), table(columns, rows))}`;
}

/** Every contact (capped), then a link to each page they are on. */
export function findings(ctx: Ctx, report: Report): string {
  const t = ctx.t;
  if (!report.findings.length) return `${heading(ctx, 'report_findings')}<p>${msg(t, 'report_no_findings')}</p>`;
  const shown = report.findings.slice(0, MAX_FINDINGS);
  const columns = [
    { label: msg(t, 'report_col_kind'), width: 'w-s' as const },
    { label: msg(t, 'report_col_value') },
    { label: msg(t, 'report_col_role'), width: 'w-s' as const },
    { label: msg(t, 'report_col_clicks'), width: 'w-xs' as const, num: true },
    { label: msg(t, 'report_col_page') },
    { label: msg(t, 'report_col_flags'), width: 'w-s' as const },
    { label: msg(t, 'report_col_context') },
  ];
  const rows = shown.map((f) => ({
    cells: [
      msg(t, KIND_KEYS[f.kind]),
      `<code>${h(f.display || f.value)}</code>`,
      msg(t, ROLE_KEYS[f.role]),
      pts(f.depth, ctx.language),
      a(f.url),
      f.flags.length ? `<code>${h(f.flags.join(', '))}</code>` : '',
      h(f.context ?? ''),
    ],
  }));
  const more =
    report.findings.length > shown.length ? `<p class="note">${msg(t, 'report_more_findings', { count: report.findings.length - shown.length })}</p>` : '';
  const pages = `<p>${msg(t, 'report_pages')}</p><ul>${contactPages(report)
    .slice(0, MAX_FINDINGS)
    .map((u) => `<li>${a(u)}</li>`)
    .join('')}</ul>`;
  return `${heading(ctx, 'report_findings')}${folded(msg(t, 'report_show_findings', { count: report.findings.length }), table(columns, rows) + more + pages)}`;
}

/** How the site was read: pages, limits, errors, sitemap-only pages, the vendor's other hosts. */
export function crawl(ctx: Ctx, report: Report): string {
  const t = ctx.t;
  const c = report.crawl;
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '');
  const errors = c.errors.map(
    (e) => `<li>${a(e.url)} ${msg(t, ERROR_KIND_KEYS[e.kind])}${e.status !== undefined ? ` ${e.status}` : ''}: <code>${h(e.message)}</code></li>`,
  );
  const sitemap = c.sitemapOnly.map((s) => `<li>${a(s.url)} ${h(reasonText(s, t) ?? '')}</li>`);
  const hosts = (c.vendorHosts ?? []).map((v) => `<li>${h(v.host)}: ${h(vendorHostLine(v, t))}</li>`);
  const items = [
    `<li>${msg(t, 'report_crawl_pages', { count: c.pagesFetched })}</li>`,
    `<li>${msg(t, 'report_crawl_depth', { clicks: t('report_clicks', { count: c.maxDepth }) })}</li>`,
    `<li>${h(budgetLine(report, t))}</li>`,
    c.country ? `<li>${msg(t, 'report_crawl_country', { country: c.country })}</li>` : '',
    `<li>${msg(t, 'report_crawl_skipped', { count: c.skipped.length })}</li>`,
    `<li>${msg(t, 'report_crawl_errors', { count: c.errors.length })}${list(errors)}</li>`,
    sitemap.length ? `<li>${msg(t, 'report_crawl_sitemap', { count: sitemap.length })}${list(sitemap)}</li>` : '',
    hosts.length ? `<li>${msg(t, 'report_crawl_vendor_hosts', { count: hosts.length })}${list(hosts)}</li>` : '',
    c.depthsExactTo !== undefined ? `<li>${msg(t, 'report_crawl_depths_exact', { clicks: t('report_clicks', { count: c.depthsExactTo }) })}</li>` : '',
  ];
  return `${heading(ctx, 'report_crawl')}${folded(msg(t, 'report_show_crawl'), `<ul>${items.join('')}</ul>`)}`;
}
