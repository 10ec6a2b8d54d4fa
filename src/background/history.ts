// The audit history per site, kept locally (issue #4): the options page lists it with the change
// in score since the previous audit. Pure (tested in Node); storage access is in history-store.ts.
import * as z from 'zod/mini';

export const HistoryEntrySchema = z.object({
  at: z.string(),
  overall: z.number(),
  sales: z.number(),
  support: z.number(),
  grade: z.string(),
  partial: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const HistorySchema = z.record(z.string(), z.array(HistoryEntrySchema));
export type History = z.infer<typeof HistorySchema>;

/** Enough to see a trend; older entries add nothing but storage. */
export const MAX_ENTRIES_PER_SITE = 20;

export function addEntry(history: History, site: string, entry: HistoryEntry): History {
  const entries = [...(history[site] ?? []), entry].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_ENTRIES_PER_SITE);
  return { ...history, [site]: entries };
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
