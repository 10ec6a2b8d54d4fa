// Compare audits (issue #17 item 4): two audits of one site show what changed and why the score
// moved; 2–10 sites show side by side. Pure: the CLI, the extension's history page and the formats
// share it.
import type { Report } from '../report/schema.js';
import { compareAudits, type AuditChange } from './change.js';
import { changeNeedsTwo, differentSites, MAX_REPORTS, MIN_REPORTS, tooFew, tooMany } from './errors.js';
import { compareVendors, type VendorsView } from './vendors.js';

export type Comparison = AuditChange | VendorsView;
/** auto: the same site twice is a change view, anything else a vendors view. */
export type CompareMode = 'auto' | 'change' | 'vendors';

export function compareReports(reports: readonly Report[], mode: CompareMode = 'auto'): Comparison {
  if (reports.length < MIN_REPORTS) throw tooFew(reports.length);
  if (reports.length > MAX_REPORTS) throw tooMany(reports.length);
  const [a, b] = reports as [Report, Report];
  const sameSiteTwice = reports.length === 2 && a.site === b.site;
  if (mode === 'change') {
    if (reports.length !== 2) throw changeNeedsTwo(reports.length);
    if (!sameSiteTwice) throw differentSites(a.site, b.site);
  }
  return mode === 'vendors' || !sameSiteTwice ? compareVendors(reports) : compareAudits(a, b);
}

export { CompareError, MAX_REPORTS, MIN_REPORTS } from './errors.js';
export type { AuditChange, CheckChange, Delta, WayChange } from './change.js';
export type { FailedCheckRow, VendorColumn, VendorsView } from './vendors.js';
