// The options page: crawl settings, and the audit history per site with the change since the last audit.
import browser from 'webextension-polyfill';
import type { ToBackgroundFromPage } from '../messages.js';
import { describeChange, historyRows } from '../background/history.js';
import { loadHistory } from '../background/history-store.js';
import { getSettings, putSettings } from '../background/store.js';
import { h } from '../popup/dom.js';

const form = document.getElementById('settings') as HTMLFormElement;
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

async function showSettings(): Promise<void> {
  const s = await getSettings();
  input('maxDepth').value = String(s.maxDepth);
  input('maxPages').value = String(s.maxPages);
  input('country').value = s.country ?? '';
  input('respectRobots').checked = s.respectRobots;
}

async function showHistory(): Promise<void> {
  const rows = historyRows(await loadHistory());
  const target = document.getElementById('history') as HTMLElement;
  if (rows.length === 0) return void target.replaceChildren(h('p', {}, 'No audits yet.'));
  target.replaceChildren(
    h(
      'table',
      { 'data-testid': 'history' },
      h('thead', {}, h('tr', {}, ...['Site', 'Last audit', 'Overall', 'Change since previous', 'Audits'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, r.site),
            h('td', {}, new Date(r.at).toLocaleString()),
            h('td', {}, `${Math.round(r.overall)} (${r.grade})${r.partial ? ', partial' : ''}`),
            h('td', { class: r.change === undefined || r.change === 0 ? undefined : r.change > 0 ? 'worse' : 'better' }, describeChange(r.change)),
            h('td', {}, String(r.audits)),
          ),
        ),
      ),
    ),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const country = input('country').value.trim().toUpperCase();
  void putSettings({
    maxDepth: Number(input('maxDepth').value),
    maxPages: Number(input('maxPages').value),
    respectRobots: input('respectRobots').checked,
    ...(country ? { country } : {}),
  }).then(
    () => ((document.getElementById('saved') as HTMLElement).textContent = 'Saved.'),
    (err: unknown) => ((document.getElementById('saved') as HTMLElement).textContent = `Not saved: ${String(err)}`),
  );
});

// Cleared by the worker, which queues it with the history writes of audits finishing meanwhile.
const clear = (): Promise<unknown> => browser.runtime.sendMessage({ type: 'options/clear-history' } satisfies ToBackgroundFromPage);
(document.getElementById('clear') as HTMLButtonElement).addEventListener('click', () => void clear().then(showHistory));

void showSettings();
void showHistory();
