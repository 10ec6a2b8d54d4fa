// A compare page in Markdown, for a terminal or a GitHub comment: the same sections as the HTML.
import { translator } from '../../i18n/catalogue.js';
import { formatDay } from '../../i18n/intl.js';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../i18n/languages.js';
import type { AuditChange, Comparison, VendorsView } from '../../compare/index.js';
import { escapeMarkdown as e, markdownCode, markdownUrl } from '../escape.js';
import type { Finding } from '../schema.js';
import { changeMeta, changeTitle, checkCell, deltaText, kindText, num, outcomeText, roleText, signed, wayText, wayWhere, type Words } from './compare-words.js';

const cell = (text: string) => e(text, true).replace(/\|/g, '\\|');
// A site's origin is a link, not text to escape ("http\://" reads badly in a terminal): the message is
// rendered around a marker, escaped, and the marker becomes the URL's autolink.
const MARK = 'SITEURLMARK';
const withSite = (text: string, site: string, inTable: boolean) => e(text, inTable).replace(/\|/g, '\\|').replace(MARK, markdownUrl(site, inTable));
const tableOf = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function contacts(w: Words, findings: readonly Finding[]): string {
  if (!findings.length) return e(w.t('compare_no_contacts'));
  const head = [w.t('compare_col_kind'), w.t('compare_col_value'), w.t('compare_col_role'), w.t('compare_col_page')].map(cell);
  return tableOf(
    head,
    findings.map((f) => [cell(kindText(w, f)), markdownCode(f.display || f.value, true), cell(roleText(w, f)), markdownUrl(f.url, true)]),
  );
}

function change(w: Words, c: AuditChange): string {
  const { t } = w;
  const out = [`# ${withSite(t('compare_title_change', { site: MARK }), c.site, false)}`, ''];
  out.push(e(`${t('compare_mode_change')} ${changeMeta(w, c)}`), '');
  out.push(`## ${e(t('compare_heading_scores'))}`, '');
  const rows: string[][] = [[cell(t('compare_row_outcome')), cell(outcomeText(w, c.before)), cell(outcomeText(w, c.after)), '']];
  if (c.scores) {
    for (const [key, d] of [
      ['compare_row_overall', c.scores.overall],
      ['compare_row_sales', c.scores.sales],
      ['compare_row_support', c.scores.support],
    ] as const) {
      rows.push([cell(t(key)), num(w, d.before), num(w, d.after), cell(deltaText(w, d.delta))]);
    }
    rows.push([cell(t('compare_row_grade')), c.scores.grade.before, c.scores.grade.after, '']);
  } else out.push(e(t('compare_no_scores')), '');
  rows.push([cell(t('compare_row_pages')), num(w, c.pages.before), num(w, c.pages.after), signed(w, c.pages.delta)]);
  out.push(tableOf([t('compare_col_what'), t('compare_col_before'), t('compare_col_after'), t('compare_col_change')].map(cell), rows), '');
  out.push(`## ${e(t('compare_heading_best_way'))}`, '');
  const ways = (['sales', 'support'] as const).map((role) => [
    cell(t(role === 'sales' ? 'compare_row_best_sales' : 'compare_row_best_support')),
    cell(wayText(w, c.ways[role].before)),
    cell(wayText(w, c.ways[role].after)),
  ]);
  out.push(tableOf([t('compare_col_what'), t('compare_col_before'), t('compare_col_after')].map(cell), ways));
  out.push('', `## ${e(t('compare_heading_why'))}`, '');
  out.push(
    c.checks.length
      ? tableOf(
          [t('compare_col_check'), t('compare_col_before'), t('compare_col_after'), t('compare_col_change')].map(cell),
          c.checks.map((ch) => [cell(changeTitle(w, ch)), cell(checkCell(w, ch.before)), cell(checkCell(w, ch.after)), cell(deltaText(w, ch.pointsDelta))]),
        )
      : e(t('compare_no_check_changed')),
    '',
  );
  out.push(`## ${e(t('compare_heading_found', { count: c.found.length }))}`, '', contacts(w, c.found), '');
  out.push(`## ${e(t('compare_heading_lost', { count: c.lost.length }))}`, '', contacts(w, c.lost), '');
  return out.join('\n');
}

function vendors(w: Words, v: VendorsView): string {
  const { t } = w;
  const dash = t('compare_not_scored');
  const head = [
    cell(t('compare_col_what')),
    ...v.columns.map((c) => withSite(t('compare_col_site', { site: MARK, date: formatDay(w.lang, c.report.startedAt) }), c.report.site, true)),
  ];
  const row = (label: string, values: string[]) => [cell(label), ...values.map(cell)];
  const scored = (pick: (c: VendorsView['columns'][number]) => string) => v.columns.map((c) => (c.report.scores ? pick(c) : dash));
  const rows = [
    row(
      t('compare_row_outcome'),
      v.columns.map((c) => outcomeText(w, c.report)),
    ),
    row(
      t('compare_row_overall'),
      scored((c) => num(w, c.report.scores!.overall)),
    ),
    row(
      t('compare_row_grade'),
      scored((c) => c.report.scores!.grade),
    ),
    row(
      t('compare_row_sales'),
      scored((c) => num(w, c.report.scores!.sales)),
    ),
    row(
      t('compare_row_support'),
      scored((c) => num(w, c.report.scores!.support)),
    ),
    row(
      t('compare_row_best_sales'),
      scored((c) => wayText(w, c.sales)),
    ),
    row(
      t('compare_row_best_support'),
      scored((c) => wayText(w, c.support)),
    ),
    row(
      t('compare_row_depth_sales'),
      scored((c) => wayWhere(w, c.sales)),
    ),
    row(
      t('compare_row_depth_support'),
      scored((c) => wayWhere(w, c.support)),
    ),
    row(
      t('compare_row_pages'),
      v.columns.map((c) => num(w, c.report.crawl.pagesFetched)),
    ),
  ];
  const out = [`# ${e(t('compare_title_vendors', { count: v.columns.length }))}`, '', e(t('compare_mode_vendors')), '', tableOf(head, rows), ''];
  out.push(`## ${e(t('compare_heading_failed_checks'))}`, '');
  out.push(
    v.failed.length
      ? tableOf(
          [cell(t('compare_col_check')), ...head.slice(1)],
          v.failed.map((r) => [cell(changeTitle(w, { id: r.id, after: r.check, pointsDelta: 0 })), ...r.cells.map((c) => cell(checkCell(w, c)))]),
        )
      : e(t('compare_no_failed_checks')),
    '',
  );
  return out.join('\n');
}

export function formatCompareMarkdown(comparison: Comparison, lang: UiLanguage = DEFAULT_UI_LANGUAGE): string {
  const w: Words = { t: translator(lang), lang };
  return comparison.mode === 'change' ? change(w, comparison) : vendors(w, comparison);
}
