// Reports written by an earlier schema, read as the current one. 1.x reports (kept in the
// extension's history, or in a batch's output file) have no outcome: it is derived from `partial`,
// and one whose start page never answered (partial, no page fetched) is a failed audit, so its
// scores and checks, an F for a dead server, are dropped. Zod-free: the popup reads it too.

interface AnyReport {
  schemaVersion?: unknown;
  partial?: unknown;
  partialReason?: unknown;
  crawl?: { pagesFetched?: unknown };
  [key: string]: unknown;
}

/** A 1.x report made 2.0-shaped; any other value is returned as it is (the schema judges it). */
export function upgradeReport<T>(raw: T): T {
  if (!raw || typeof raw !== 'object' || 'outcome' in raw) return raw;
  const r = raw as AnyReport;
  if (typeof r.schemaVersion !== 'string' || !r.schemaVersion.startsWith('1.')) return raw;
  const reason = typeof r.partialReason === 'string' ? { reason: r.partialReason } : {};
  if (r.partial === true && r.crawl?.pagesFetched === 0) {
    const { scores: _scores, ...rest } = r;
    return { ...rest, schemaVersion: '2.0.0', outcome: { status: 'failed', failure: 'other', ...reason }, checks: [], findings: [] } as T;
  }
  return { ...r, schemaVersion: '2.0.0', outcome: r.partial === true ? { status: 'partial', ...reason } : { status: 'complete' } } as T;
}
