// 2–10 sites side by side: a column per audit, and the checks any of them failed as rows.
import { bestWay, type BestWay } from '../reach/reach.js';
import type { Check, Report } from '../report/schema.js';

export interface VendorColumn {
  report: Report;
  sales?: BestWay;
  support?: BestWay;
}

export interface FailedCheckRow {
  id: string;
  /** The check as the first column that has it reports it (for its title). */
  check: Check;
  /** Per column: the check there, or undefined when that audit has no such check (a failed audit). */
  cells: (Check | undefined)[];
}

export interface VendorsView {
  mode: 'vendors';
  columns: VendorColumn[];
  /** Checks failed by at least one site, the most points summed over the sites first. */
  failed: FailedCheckRow[];
}

export function compareVendors(reports: readonly Report[]): VendorsView {
  const columns = reports.map((report): VendorColumn => {
    const sales = bestWay(report.findings, 'sales');
    const support = bestWay(report.findings, 'support');
    return { report, ...(sales ? { sales } : {}), ...(support ? { support } : {}) };
  });
  const ids = new Map<string, Check>();
  for (const r of reports) for (const c of r.checks) if (c.status === 'fail' && !ids.has(c.id)) ids.set(c.id, c);
  const failed = [...ids].map(([id, check]) => ({ id, check, cells: reports.map((r) => r.checks.find((c) => c.id === id)) }));
  const total = (row: FailedCheckRow) => row.cells.reduce((sum, c) => sum + (c?.status === 'fail' ? c.points : 0), 0);
  failed.sort((a, b) => total(b) - total(a));
  return { mode: 'vendors', columns, failed };
}
