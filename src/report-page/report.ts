// "Open full report": the tab's audit as the HTML report, in a tab of its own. The page asks the
// worker for the same HTML the export writes and shows it in a sandboxed frame: page-derived text
// in it is escaped already, and the sandbox keeps even a mistake there from running anything.
import browser from 'webextension-polyfill';
import { browserLanguage, localisePage, t } from '../browser/i18n.js';
import { PopupResponseSchema, type ToBackgroundFromPage } from '../messages.js';
import { historyRequest } from '../history/links.js';

const status = document.getElementById('status') as HTMLElement;
const frame = document.getElementById('report') as HTMLIFrameElement;

async function load(): Promise<void> {
  // A kept audit or a comparison opened from the history page (src/history), else the tab's audit.
  const fromHistory = historyRequest(location.search, browserLanguage());
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  if (!fromHistory && !Number.isInteger(tabId)) return void (status.textContent = t('popup_report_no_audit'));
  const msg: ToBackgroundFromPage = fromHistory ?? { type: 'popup/export', tabId, format: 'html' };
  const res = PopupResponseSchema.safeParse(await browser.runtime.sendMessage(msg).catch(() => undefined));
  if (!res.success || res.data.kind !== 'export') {
    status.textContent = res.success && res.data.kind === 'unsupported' ? res.data.reason : t('popup_report_no_answer');
    return;
  }
  const html = res.data.text;
  // The report is written in the browser's language too (export.ts); the page says which it is in.
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (lang) document.documentElement.lang = lang;
  document.title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? document.title;
  // Links open in a tab of their own (the frame may open popups, nothing else).
  frame.srcdoc = html.replace('<head>', '<head><base target="_blank">');
  frame.hidden = false;
  status.textContent = '';
}

localisePage();
void load();
