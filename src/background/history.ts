// The audit history per site, kept locally (issues #4, #17): every audit's scores, and the full
// report of the latest few per site so the history page can reopen and compare them. Pure (tested
// in Node); storage access is in history-store.ts.
import * as z from 'zod/mini';

export const HistoryEntrySchema = z.object({
  at: z.string(),
  overall: z.number(),
  sales: z.number(),
  support: z.number(),
  grade: z.string(),
  partial: z.boolean(),
  /** Size of the report kept under reportKey(site, at); absent: scores only (older entries, or its report was dropped). */
  reportBytes: z.optional(z.number()),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const HistorySchema = z.record(z.string(), z.array(HistoryEntrySchema));
export type History = z.infer<typeof HistorySchema>;

/** Enough to see a trend; older entries add nothing but storage. */
export const MAX_ENTRIES_PER_SITE = 20;
/** Full reports kept per site: enough to compare with the previous few audits. */
export const MAX_REPORTS_PER_SITE = 5;
/** Sites kept; the one audited longest ago goes first. */
export const MAX_SITES = 50;
/**
 * All kept reports together, in characters of JSON. Measured: the demo vendor's report is 14.7 KB
 * (plain-sight 12.5 KB, sales-three-deep 12.0 KB), so 50 sites × 5 reports ≈ 3.7 MB fits; a report
 * bloated by a directory site (up to 200 contacts per kind) can be far larger, so the budget, not
 * the counts, is the bound: the oldest reports make way first, their scores stay. Chrome gives an
 * extension 10 MB of storage.local without the unlimitedStorage permission; this leaves room.
 */
export const REPORT_BYTES_BUDGET = 4_000_000;

/** The storage key of one audit's kept report. */
export function reportKey(site: string, at: string): string {
  return `history-report:${site}|${at}`;
}

export interface HistoryUpdate {
  history: History;
  /** Report keys to remove: their audits fell out of the bounds. */
  drop: string[];
}

/** Scores only: an entry without its report (a plain add, as before reports were kept). */
export function addEntry(history: History, site: string, entry: HistoryEntry): History {
  return addAudit(history, site, entry).history;
}

/**
 * Add one audit (with `reportBytes` when its report is stored under reportKey) and apply the
 * bounds: entries per site, reports per site, sites, and the bytes of every kept report.
 */
export function addAudit(history: History, site: string, entry: HistoryEntry): HistoryUpdate {
  const drop: string[] = [];
  const stripReport = (s: string, e: HistoryEntry): HistoryEntry => {
    if (e.reportBytes === undefined) return e;
    drop.push(reportKey(s, e.at));
    const { reportBytes: _bytes, ...rest } = e;
    return rest;
  };
  const next: History = { ...history };
  const all = [...(next[site] ?? []).filter((e) => e.at !== entry.at), entry].sort((a, b) => a.at.localeCompare(b.at));
  const gone = all.slice(0, Math.max(0, all.length - MAX_ENTRIES_PER_SITE));
  for (const e of gone) stripReport(site, e);
  const kept = all.slice(gone.length);
  let withReport = 0;
  next[site] = kept
    .reverse()
    .map((e) => (e.reportBytes !== undefined && ++withReport > MAX_REPORTS_PER_SITE ? stripReport(site, e) : e))
    .reverse();
  const bySiteAge = Object.keys(next).sort((a, b) => (next[b]!.at(-1)?.at ?? '').localeCompare(next[a]!.at(-1)?.at ?? ''));
  for (const old of bySiteAge.slice(MAX_SITES)) {
    for (const e of next[old]!) stripReport(old, e);
    delete next[old];
  }
  trimToBudget(next, stripReport, reportKey(site, entry.at));
  return { history: next, drop };
}

/** Drop the oldest reports (not the one just added) until all kept reports fit REPORT_BYTES_BUDGET. */
function trimToBudget(history: History, strip: (site: string, e: HistoryEntry) => HistoryEntry, newest: string): void {
  const kept = Object.entries(history)
    .flatMap(([site, entries]) => entries.map((e) => ({ site, e })))
    .filter(({ e }) => e.reportBytes !== undefined)
    .sort((a, b) => a.e.at.localeCompare(b.e.at));
  let total = kept.reduce((sum, { e }) => sum + (e.reportBytes ?? 0), 0);
  for (const { site, e } of kept) {
    if (total <= REPORT_BYTES_BUDGET) break;
    if (reportKey(site, e.at) === newest) continue;
    total -= e.reportBytes ?? 0;
    history[site] = history[site]!.map((x) => (x === e ? strip(site, x) : x));
  }
}

/** Every audit the history holds: what "Really clear N audits?" counts. */
export function auditCount(history: History): number {
  return Object.values(history).reduce((sum, entries) => sum + entries.length, 0);
}

export interface HistoryRow {
  site: string;
  at: string;
  overall: number;
  grade: string;
  partial: boolean;
  /** Overall score now minus the previous audit's; undefined for a site's first audit. */
  change?: number;
  audits: number;
}

/** One row per site, its latest audit first among sites audited most recently. */
export function historyRows(history: History): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const [site, entries] of Object.entries(history)) {
    const last = entries.at(-1);
    if (!last) continue;
    const previous = entries.at(-2);
    rows.push({
      site,
      at: last.at,
      overall: last.overall,
      grade: last.grade,
      partial: last.partial,
      ...(previous ? { change: Math.round(last.overall - previous.overall) } : {}),
      audits: entries.length,
    });
  }
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

/** "+12 (more hidden)", "−5 (easier to find)", "no change", "first audit": 0 is best, so up is worse. */
export function describeChange(change: number | undefined): string {
  if (change === undefined) return 'first audit';
  if (change === 0) return 'no change';
  return change > 0 ? `+${change} (more hidden)` : `\u2212${-change} (easier to find)`;
}
