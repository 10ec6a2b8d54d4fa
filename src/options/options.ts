// The options page: crawl settings, and the way to the audit history (its own page, history.html).
import browser from 'webextension-polyfill';
import { localisePage, t } from '../browser/i18n.js';
import { getSettings, putSettings } from '../background/store.js';

const form = document.getElementById('settings') as HTMLFormElement;
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const saved = document.getElementById('saved') as HTMLElement;

async function showSettings(): Promise<void> {
  const s = await getSettings();
  input('maxDepth').value = String(s.maxDepth);
  input('maxPages').value = String(s.maxPages);
  input('country').value = s.country ?? '';
  input('respectRobots').checked = s.respectRobots;
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
    () => (saved.textContent = t('options_saved')),
    (err: unknown) => (saved.textContent = t('options_not_saved', { error: String(err) })),
  );
});

// The history has a page of its own (reopen reports, compare audits, clear with a confirmation).
document.getElementById('open-history')?.addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('history.html') }));

localisePage();
void showSettings();
