// A compare page (issue #17 item 4): two audits of one site (what changed, why the score moved) or
// 2–10 sites side by side. Self-contained like the HTML report: inline CSS, no script, a CSP that
// forbids everything else; every page-derived string escaped, only http(s) URLs become links.
import { translator, type MessageKey } from '../../i18n/catalogue.js';
import { checkExplanation } from '../../i18n/check-text.js';
import { formatDay } from '../../i18n/intl.js';
import { outcomeReason } from '../../i18n/outcome-text.js';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../i18n/languages.js';
import type { AuditChange, Comparison, VendorsView } from '../../compare/index.js';
import { escapeHtml as h, htmlLink as a } from '../escape.js';
import type { Finding, Report } from '../schema.js';
import { changeMeta, changeTitle, checkCell, deltaText, kindText, num, outcomeText, roleText, signed, wayText, wayWhere, type Words } from './compare-words.js';
import { htmlPage } from './html-page.js';

// Colours meet WCAG AA in both schemes; wide tables scroll inside their own focusable region so the
// page itself never scrolls sideways on a phone; print drops the scroll and the colours.
const CSS = `
:root{color-scheme:light dark}
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:1rem;color:#1f2328;background:#fff;overflow-wrap:break-word}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d0d7de}
.meta,.note{color:#57606a}
.wide{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem;min-width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}tbody th{font-weight:600;background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
.worse{color:#b91c1c;font-weight:600}.better{color:#1a7f37;font-weight:600}code{font-size:.85rem;overflow-wrap:anywhere}a{color:#0550ae;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}.meta,.note{color:#9da7b3}th,td{border-color:#3d444d}
thead th,tbody th{background:#161b22}.worse{color:#ff8e8e}.better{color:#6fdd8b}a{color:#79b8ff}h2{border-color:#3d444d}}
@media print{body{max-width:none;color:#000;background:#fff;font-size:11pt}.wide{overflow:visible}th,td{border-color:#888}thead th,tbody th{background:none}
.worse,.better{color:#000}a{color:#000}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** A table that scrolls on its own on a narrow screen; the region is focusable so a keyboard can scroll it. */
function wide(label: string, table: string): string {
  return `<div class="wide" role="region" aria-label="${h(label)}" tabindex="0">${table}</div>`;
}

const headRow = (w: Words, keys: readonly MessageKey[]) => `<thead><tr>${keys.map((k) => `<th scope="col">${h(w.t(k))}</th>`).join('')}</tr></thead>`;

const deltaClass = (d: number) => (d > 0 ? ' class="worse"' : d < 0 ? ' class="better"' : '');

function footer(w: Words, r: Report): string {
  return `<p class="note">${h(w.t('compare_made_by', { tool: r.tool.name, version: r.tool.version }))}</p>`;
}

// ── two audits of one site ──

function scoresTable(w: Words, c: AuditChange): string {
  const { t } = w;
  const head = headRow(w, ['compare_col_what', 'compare_col_before', 'compare_col_after', 'compare_col_change']);
  const row = (label: string, before: string, after: string, change: string, cls = '') =>
    `<tr><th scope="row">${h(label)}</th><td>${h(before)}</td><td>${h(after)}</td><td${cls}>${h(change)}</td></tr>`;
  const rows = [row(t('compare_row_outcome'), outcomeText(w, c.before), outcomeText(w, c.after), '')];
  const s = c.scores;
  if (s) {
    for (const [key, d] of [
      ['compare_row_overall', s.overall],
      ['compare_row_sales', s.sales],
      ['compare_row_support', s.support],
    ] as const) {
      rows.push(row(t(key), num(w, d.before), num(w, d.after), deltaText(w, d.delta), deltaClass(d.delta)));
    }
    const moved = s.grade.before !== s.grade.after;
    rows.push(
      row(
        t('compare_row_grade'),
        s.grade.before,
        s.grade.after,
        moved ? t('compare_grade_change', { before: s.grade.before, after: s.grade.after }) : t('compare_no_change'),
      ),
    );
  }
  rows.push(row(t('compare_row_pages'), num(w, c.pages.before), num(w, c.pages.after), signed(w, c.pages.delta)));
  const note = s ? '' : `<p class="note">${h(t('compare_no_scores'))}</p>`;
  return `${note}${wide(t('compare_heading_scores'), `<table>${head}<tbody>${rows.join('')}</tbody></table>`)}`;
}

function waysTable(w: Words, c: AuditChange): string {
  const { t } = w;
  const head = headRow(w, ['compare_col_what', 'compare_col_before', 'compare_col_after']);
  const rows = (['sales', 'support'] as const).map((role) => {
    const label = t(role === 'sales' ? 'compare_row_best_sales' : 'compare_row_best_support');
    const way = c.ways[role];
    return `<tr><th scope="row">${h(label)}</th><td>${h(wayText(w, way.before))}</td><td>${h(wayText(w, way.after))}</td></tr>`;
  });
  return wide(t('compare_heading_best_way'), `<table>${head}<tbody>${rows.join('')}</tbody></table>`);
}

function whyTable(w: Words, c: AuditChange): string {
  const { t } = w;
  if (!c.checks.length) return `<p>${h(t('compare_no_check_changed'))}</p>`;
  const cols = [
    'compare_col_check',
    'compare_col_before',
    'compare_col_after',
    'compare_col_change',
    'compare_col_why_before',
    'compare_col_why_after',
  ] as const;
  const head = `<thead><tr>${cols.map((k) => `<th scope="col">${h(t(k))}</th>`).join('')}</tr></thead>`;
  const rows = c.checks.map(
    (ch) =>
      `<tr><th scope="row">${h(changeTitle(w, ch))}</th><td>${h(checkCell(w, ch.before))}</td><td>${h(checkCell(w, ch.after))}</td>` +
      `<td class="num${ch.pointsDelta > 0 ? ' worse' : ch.pointsDelta < 0 ? ' better' : ''}">${h(deltaText(w, ch.pointsDelta))}</td>` +
      `<td>${h(ch.before ? checkExplanation(ch.before, t) : '')}</td><td>${h(ch.after ? checkExplanation(ch.after, t) : '')}</td></tr>`,
  );
  return wide(t('compare_heading_why'), `<table>${head}<tbody>${rows.join('')}</tbody></table>`);
}

function contactsTable(w: Words, label: string, findings: readonly Finding[]): string {
  const { t } = w;
  if (!findings.length) return `<p>${h(t('compare_no_contacts'))}</p>`;
  const cols = ['compare_col_kind', 'compare_col_value', 'compare_col_role', 'compare_col_page'] as const;
  const head = `<thead><tr>${cols.map((k) => `<th scope="col">${h(t(k))}</th>`).join('')}</tr></thead>`;
  const rows = findings.map(
    (f) => `<tr><td>${h(kindText(w, f))}</td><td><code>${h(f.display || f.value)}</code></td><td>${h(roleText(w, f))}</td><td>${a(f.url)}</td></tr>`,
  );
  return wide(label, `<table>${head}<tbody>${rows.join('')}</tbody></table>`);
}

function changePage(w: Words, c: AuditChange): string {
  const { t } = w;
  const title = t('compare_title_change', { site: c.site });
  const found = t('compare_heading_found', { count: c.found.length });
  const lost = t('compare_heading_lost', { count: c.lost.length });
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(t('compare_mode_change'))} ${h(changeMeta(w, c))}</p>`,
    `<p class="note">${h(t('compare_legend'))}</p>`,
    `<h2>${h(t('compare_heading_scores'))}</h2>${scoresTable(w, c)}`,
    `<h2>${h(t('compare_heading_best_way'))}</h2>${waysTable(w, c)}`,
    `<h2>${h(t('compare_heading_why'))}</h2>${whyTable(w, c)}`,
    `<h2>${h(found)}</h2>${contactsTable(w, found, c.found)}`,
    `<h2>${h(lost)}</h2>${contactsTable(w, lost, c.lost)}`,
    footer(w, c.after),
  ];
  return htmlPage(w.lang, title, CSS, body.join('\n'));
}

// ── sites side by side ──

function vendorsTable(w: Words, v: VendorsView): string {
  const { t } = w;
  const dash = t('compare_not_scored');
  const heads = v.columns.map((c) => `<th scope="col">${h(t('compare_col_site', { site: c.report.site, date: formatDay(w.lang, c.report.startedAt) }))}</th>`);
  const row = (label: string, cells: string[]) => `<tr><th scope="row">${h(label)}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const score = (pick: (s: NonNullable<Report['scores']>) => string) => v.columns.map((c) => h(c.report.scores ? pick(c.report.scores) : dash));
  /** A cell per site from its best way for a role; a site that was not scored shows the dash. */
  const way = (say: typeof wayText, role: 'sales' | 'support') => v.columns.map((c) => h(c.report.scores ? say(w, c[role]) : dash));
  const rows = [
    row(
      t('compare_row_outcome'),
      v.columns.map((c) =>
        h(
          c.report.outcome.status === 'failed' && c.report.outcome.reason
            ? t('compare_failed_reason', { reason: outcomeReason(c.report.outcome, t) ?? c.report.outcome.reason })
            : outcomeText(w, c.report),
        ),
      ),
    ),
    row(
      t('compare_row_overall'),
      score((s) => num(w, s.overall)),
    ),
    row(
      t('compare_row_grade'),
      score((s) => s.grade),
    ),
    row(
      t('compare_row_sales'),
      score((s) => num(w, s.sales)),
    ),
    row(
      t('compare_row_support'),
      score((s) => num(w, s.support)),
    ),
    row(t('compare_row_best_sales'), way(wayText, 'sales')),
    row(t('compare_row_best_support'), way(wayText, 'support')),
    row(t('compare_row_depth_sales'), way(wayWhere, 'sales')),
    row(t('compare_row_depth_support'), way(wayWhere, 'support')),
    row(
      t('compare_row_pages'),
      v.columns.map((c) => h(num(w, c.report.crawl.pagesFetched))),
    ),
  ];
  const head = `<thead><tr><th scope="col">${h(t('compare_col_what'))}</th>${heads.join('')}</tr></thead>`;
  return wide(t('compare_heading_sites'), `<table data-view="vendors">${head}<tbody>${rows.join('')}</tbody></table>`);
}

function failedTable(w: Words, v: VendorsView): string {
  const { t } = w;
  if (!v.failed.length) return `<p>${h(t('compare_no_failed_checks'))}</p>`;
  const heads = v.columns.map((c) => `<th scope="col">${h(t('compare_col_site', { site: c.report.site, date: formatDay(w.lang, c.report.startedAt) }))}</th>`);
  const head = `<thead><tr><th scope="col">${h(t('compare_col_check'))}</th>${heads.join('')}</tr></thead>`;
  const rows = v.failed.map(
    (r) =>
      `<tr><th scope="row">${h(changeTitle(w, { id: r.id, after: r.check, pointsDelta: 0 }))}</th>` +
      `${r.cells.map((c) => `<td${c?.status === 'fail' ? ' class="worse"' : ''}>${h(checkCell(w, c))}</td>`).join('')}</tr>`,
  );
  return wide(t('compare_heading_failed_checks'), `<table>${head}<tbody>${rows.join('')}</tbody></table>`);
}

function vendorsPage(w: Words, v: VendorsView): string {
  const { t } = w;
  const title = t('compare_title_vendors', { count: v.columns.length });
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(t('compare_mode_vendors'))}</p>`,
    `<p class="note">${h(t('compare_legend'))}</p>`,
    `<h2>${h(t('compare_heading_sites'))}</h2>${vendorsTable(w, v)}`,
    `<h2>${h(t('compare_heading_failed_checks'))}</h2>${failedTable(w, v)}`,
    footer(w, v.columns[0]!.report),
  ];
  return htmlPage(w.lang, title, CSS, body.join('\n'));
}

/** The comparison as one self-contained HTML page in `lang`. */
export function formatCompareHtml(comparison: Comparison, lang: UiLanguage = DEFAULT_UI_LANGUAGE): string {
  const w: Words = { t: translator(lang), lang };
  return comparison.mode === 'change' ? changePage(w, comparison) : vendorsPage(w, comparison);
}
