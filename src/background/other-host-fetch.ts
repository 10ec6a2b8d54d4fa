// Pages on the vendor's other hosts (help.vendor.com, vendor.zendesk.com) that the shopper let the
// extension read: the tab may read its own origin only, so the worker fetches them for the crawl,
// as anonymously as the tab would (browser/page-fetcher.ts: no cookies, redirects not followed).
// Only for the tab's running audit, only origins the audit started with as readable, and only
// while the permission still holds: the worker is never a proxy for a page's own script.
import browser from 'webextension-polyfill';
import { FetchFailure } from '../core/crawl/crawl-types.js';
import { pageFetcher } from '../browser/page-fetcher.js';
import { hostPermission, type FetchReply } from '../other-host-messages.js';
import { stateOfTab } from './store.js';

const fetchPage = pageFetcher();

export async function fetchForEngine(tabId: number, msg: { auditId: string; url: string; timeoutMs: number; maxBytes: number }): Promise<FetchReply> {
  const state = (await stateOfTab(tabId))?.state;
  if (!state || state.id !== msg.auditId || state.status !== 'crawling') return refused('no audit is running in this tab');
  let url: URL;
  try {
    url = new URL(msg.url);
  } catch {
    return refused('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refused('not a web page');
  if (!(state.options.readableHosts ?? []).includes(url.hostname)) return refused(`${url.hostname} is not one the audit may read`);
  if (!(await browser.permissions.contains({ origins: [hostPermission(url.hostname)] })))
    return refused(`the permission to read ${url.hostname} was withdrawn`);
  try {
    const result = await fetchPage(msg.url, { timeoutMs: msg.timeoutMs, maxBytes: msg.maxBytes, allowedOrigins: [url.origin] });
    return { ok: true, result };
  } catch (err) {
    return err instanceof FetchFailure ? { ok: false, kind: err.kind, message: err.message } : { ok: false, kind: 'other', message: String(err) };
  }
}

/** The hosts the shopper has let the extension read, from the permissions granted ("*://help.vendor.com/*"). */
export async function readableHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return [...new Set(origins.map((o) => /^(?:\*|https?):\/\/([^/*]+)\/\*$/.exec(o)?.[1]).filter((h): h is string => !!h))];
}

function refused(message: string): FetchReply {
  return { ok: false, kind: 'other', message: `not fetched: ${message}` };
}
