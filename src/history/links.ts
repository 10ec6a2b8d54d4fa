// How the history page opens a kept audit or a comparison: a link to the report page
// (src/report-page), which asks the worker for the HTML and shows it sandboxed. The link names the
// audits (site and time); the worker reads them from storage, so a link cannot smuggle a report in.
import type { UiLanguage } from '../core/i18n/languages.js';
import type { ToBackgroundFromPage } from '../messages.js';

export interface AuditRef {
  site: string;
  at: string;
}

/** report.html?history=<site>&at=<iso>: one kept audit's report. */
export function reportLink(audit: AuditRef): string {
  return `report.html?${new URLSearchParams({ history: audit.site, at: audit.at }).toString()}`;
}

/** report.html?compare&site=…&at=…&site=…&at=…: kept audits side by side (or two of one site: what changed). */
export function compareLink(audits: readonly AuditRef[]): string {
  const params = new URLSearchParams({ compare: '' });
  for (const a of audits) {
    params.append('site', a.site);
    params.append('at', a.at);
  }
  return `report.html?${params.toString()}`;
}

/** The message a report page's query asks for, when it came from the history page; undefined otherwise. */
export function historyRequest(search: string, lang: UiLanguage): ToBackgroundFromPage | undefined {
  const params = new URLSearchParams(search);
  const site = params.get('history');
  const at = params.get('at');
  if (site !== null && at !== null) return { type: 'history/report', site, at, lang };
  if (!params.has('compare')) return undefined;
  const sites = params.getAll('site');
  const ats = params.getAll('at');
  return { type: 'history/compare', audits: sites.map((s, i) => ({ site: s, at: ats[i] ?? '' })), lang };
}
