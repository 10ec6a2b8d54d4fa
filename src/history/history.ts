// The history page (issue #17): every kept audit per site; each reopens its report, two audits of a
// site compare, 2–10 sites compare side by side (report.html shows either sandboxed), and clearing
// asks first, in the page: the button becomes "Really clear N audits?" with Confirm and Cancel.
import browser from 'webextension-polyfill';
import { auditCount, historyRows, MAX_REPORTS_PER_SITE, type History, type HistoryEntry } from '../background/history.js';
import { loadHistory } from '../background/history-store.js';
import { browserLanguage, localisePage, t } from '../browser/i18n.js';
import { MAX_REPORTS } from '../core/compare/errors.js';
import { formatDateTime, formatNumber } from '../core/i18n/intl.js';
import type { ToBackgroundFromPage } from '../messages.js';
import { button, h } from '../popup/dom.js';
import { compareLink, reportLink, type AuditRef } from './links.js';

const sites = document.getElementById('sites') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const selection = document.getElementById('selection') as HTMLElement;
const compare = document.getElementById('compare') as HTMLButtonElement;
const clearArea = document.getElementById('clear-area') as HTMLElement;
const lang = browserLanguage();
const num = (n: number) => formatNumber(lang, Math.round(n * 10) / 10);
/** The latest audit with a kept report of each selected site. */
const selected = new Map<string, AuditRef>();

function changeCell(entry: HistoryEntry, previous: HistoryEntry | undefined): HTMLTableCellElement {
  if (!previous) return h('td', {}, t('history_change_first'));
  const change = Math.round(entry.overall - previous.overall);
  if (change === 0) return h('td', {}, t('history_change_none'));
  return change > 0
    ? h('td', { class: 'worse' }, t('history_change_worse', { points: num(change) }))
    : h('td', { class: 'better' }, t('history_change_better', { points: num(-change) }));
}

function auditRow(site: string, entry: HistoryEntry, previous: HistoryEntry | undefined): HTMLTableRowElement {
  const score = t('history_score_grade', { score: num(entry.overall), grade: entry.grade });
  const kept = entry.reportBytes !== undefined;
  const actions = kept
    ? [
        h('a', { href: reportLink({ site, at: entry.at }), 'data-testid': 'open-report' }, t('history_open_report')),
        previous?.reportBytes !== undefined &&
          h(
            'a',
            {
              href: compareLink([
                { site, at: previous.at },
                { site, at: entry.at },
              ]),
              'data-testid': 'compare-previous',
            },
            t('history_compare_previous'),
          ),
      ]
    : [h('span', { class: 'note' }, t('history_scores_only'))];
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, formatDateTime(lang, entry.at)),
    h('td', { class: 'num' }, entry.partial ? t('history_partial', { score }) : score),
    h('td', { class: 'num' }, num(entry.sales)),
    h('td', { class: 'num' }, num(entry.support)),
    changeCell(entry, previous),
    h('td', { class: 'actions' }, ...actions),
  );
}

function siteSection(site: string, entries: HistoryEntry[]): HTMLElement {
  const latestKept = [...entries].reverse().find((e) => e.reportBytes !== undefined);
  const id = `select-${encodeURIComponent(site)}`;
  const pick = latestKept
    ? h('input', { type: 'checkbox', id, 'data-testid': 'select-site', 'data-site': site, ...(selected.has(site) ? { checked: '' } : {}) })
    : undefined;
  pick?.addEventListener('change', () => {
    if (pick.checked && latestKept) selected.set(site, { site, at: latestKept.at });
    else selected.delete(site);
    showSelection();
  });
  const cols = ['history_col_date', 'history_col_overall', 'history_col_sales', 'history_col_support', 'history_col_change', 'history_col_report'] as const;
  const rows = entries.map((e, i) => auditRow(site, e, entries[i - 1])).reverse();
  return h(
    'section',
    { 'aria-label': site, 'data-site': site },
    h('h2', {}, site, ' ', h('span', { class: 'count' }, t('history_audits', { count: entries.length }))),
    pick && h('p', {}, pick, ' ', h('label', { for: id }, t('history_select_site', { site }))),
    h(
      'div',
      { class: 'wide' },
      h(
        'table',
        { 'aria-label': t('history_table_label', { site }) },
        h('thead', {}, h('tr', {}, ...cols.map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

function showSelection(): void {
  const n = selected.size;
  compare.disabled = n < 2 || n > MAX_REPORTS;
  selection.textContent = n ? t('history_selected', { count: n, max: MAX_REPORTS }) : '';
}

compare.addEventListener('click', () => {
  if (selected.size >= 2 && selected.size <= MAX_REPORTS) location.href = compareLink([...selected.values()]);
});

/** "Clear history", or its confirmation step: "Really clear N audits?" Confirm / Cancel. */
function showClear(history: History, confirming = false): void {
  const n = auditCount(history);
  if (!confirming) {
    const clear = button(t('history_clear'), () => showClear(history, true), { 'data-testid': 'clear' });
    clear.disabled = n === 0;
    return void clearArea.replaceChildren(clear);
  }
  const question = h('span', { id: 'clear-question', 'data-testid': 'clear-question' }, t('history_clear_really', { count: n }));
  const confirm = button(t('history_clear_confirm'), () => void clearAll(), {
    class: 'danger',
    'data-testid': 'clear-confirm',
    'aria-describedby': 'clear-question',
  });
  const cancel = button(
    t('history_clear_cancel'),
    () => {
      showClear(history);
      (clearArea.querySelector('button') as HTMLButtonElement | null)?.focus();
    },
    { 'data-testid': 'clear-cancel' },
  );
  clearArea.replaceChildren(question, confirm, cancel);
  cancel.focus();
}

async function clearAll(): Promise<void> {
  // Cleared by the worker, which queues it with the history writes of audits finishing meanwhile.
  await browser.runtime.sendMessage({ type: 'options/clear-history' } satisfies ToBackgroundFromPage);
  selected.clear();
  await show();
  status.textContent = t('history_cleared');
  (clearArea.querySelector('button') as HTMLButtonElement | null)?.focus();
}

async function show(): Promise<void> {
  const history = await loadHistory();
  const rows = historyRows(history);
  for (const site of selected.keys()) if (!history[site]) selected.delete(site);
  sites.replaceChildren(...rows.map((r) => siteSection(r.site, history[r.site] ?? [])));
  status.textContent = rows.length ? '' : t('history_empty');
  showSelection();
  showClear(history);
}

localisePage();
(document.getElementById('intro') as HTMLElement).textContent = t('history_intro', { reports: MAX_REPORTS_PER_SITE });
void show();
