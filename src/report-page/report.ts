// "Open full report": the tab's audit as the HTML report, in a tab of its own. The page asks the
// worker for the same HTML the export writes and shows it in a sandboxed frame: page-derived text
// in it is escaped already, and the sandbox keeps even a mistake there from running anything.
import browser from 'webextension-polyfill';
import { PopupResponseSchema, type ToBackgroundFromPage } from '../messages.js';

const status = document.getElementById('status') as HTMLElement;
const frame = document.getElementById('report') as HTMLIFrameElement;

async function load(): Promise<void> {
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  if (!Number.isInteger(tabId)) return void (status.textContent = 'No audit to show: open the report from the popup.');
  const msg: ToBackgroundFromPage = { type: 'popup/export', tabId, format: 'html' };
  const res = PopupResponseSchema.safeParse(await browser.runtime.sendMessage(msg).catch(() => undefined));
  if (!res.success || res.data.kind !== 'export') {
    status.textContent = res.success && res.data.kind === 'unsupported' ? res.data.reason : 'The extension did not answer. Reopen the report from the popup.';
    return;
  }
  const html = res.data.text;
  document.title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? document.title;
  // Links open in a tab of their own (the frame may open popups, nothing else).
  frame.srcdoc = html.replace('<head>', '<head><base target="_blank">');
  frame.hidden = false;
  status.textContent = '';
}

void load();
