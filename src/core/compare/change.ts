// Two audits of one site: what changed and why the score moved. Pure data; each format words it.
import { contactKey } from '../finding-key.js';
import { bestWay, type BestWay } from '../reach/reach.js';
import type { Check, Finding, Report } from '../report/schema.js';
import type { Grade } from '../score/grade.js';

export interface Delta {
  before: number;
  after: number;
  /** after − before: 0 is best, so a positive delta means the contacts got more hidden. */
  delta: number;
}

export interface CheckChange {
  id: string;
  before?: Check;
  after?: Check;
  /** Points after − points before (a check missing on one side counts 0 there). */
  pointsDelta: number;
}

export interface WayChange {
  before?: BestWay;
  after?: BestWay;
}

export interface AuditChange {
  mode: 'change';
  site: string;
  before: Report;
  after: Report;
  /** Absent when either audit failed: there is no score to compare. */
  scores?: { overall: Delta; sales: Delta; support: Delta; grade: { before: Grade; after: Grade } };
  /** Checks whose status or points changed, the biggest move first: why the score moved. */
  checks: CheckChange[];
  /** Contacts in the later audit only, and in the earlier only (by contactKey). */
  found: Finding[];
  lost: Finding[];
  ways: { sales: WayChange; support: WayChange };
  pages: Delta;
}

function delta(before: number, after: number): Delta {
  return { before, after, delta: Math.round((after - before) * 10) / 10 };
}

function changedChecks(before: readonly Check[], after: readonly Check[]): CheckChange[] {
  const old = new Map(before.map((c) => [c.id, c]));
  const now = new Map(after.map((c) => [c.id, c]));
  const ids = [...new Set([...old.keys(), ...now.keys()])];
  const changes: CheckChange[] = [];
  for (const id of ids) {
    const b = old.get(id);
    const a = now.get(id);
    if (b && a && b.status === a.status && b.points === a.points) continue;
    changes.push({ id, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}), pointsDelta: Math.round(((a?.points ?? 0) - (b?.points ?? 0)) * 10) / 10 });
  }
  // Stable for equal moves: the order the checks have in the later report.
  return changes.sort((x, y) => Math.abs(y.pointsDelta) - Math.abs(x.pointsDelta));
}

/** Findings of `a` whose contact is not among `b`'s, one per contact. */
function missingFrom(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const known = new Set(b.map(contactKey));
  const seen = new Set<string>();
  return a.filter((f) => {
    const key = contactKey(f);
    if (known.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function wayChange(before: Report, after: Report, role: 'sales' | 'support'): WayChange {
  const b = bestWay(before.findings, role);
  const a = bestWay(after.findings, role);
  return { ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) };
}

/** Two audits of the same site, in time order whatever order they were given in. */
export function compareAudits(x: Report, y: Report): AuditChange {
  const [before, after] = x.startedAt <= y.startedAt ? [x, y] : [y, x];
  const sb = before.scores;
  const sa = after.scores;
  return {
    mode: 'change',
    site: after.site,
    before,
    after,
    ...(sb && sa
      ? {
          scores: {
            overall: delta(sb.overall, sa.overall),
            sales: delta(sb.sales, sa.sales),
            support: delta(sb.support, sa.support),
            grade: { before: sb.grade, after: sa.grade },
          },
        }
      : {}),
    checks: changedChecks(before.checks, after.checks),
    found: missingFrom(after.findings, before.findings),
    lost: missingFrom(before.findings, after.findings),
    ways: { sales: wayChange(before, after, 'sales'), support: wayChange(before, after, 'support') },
    pages: delta(before.crawl.pagesFetched, after.crawl.pagesFetched),
  };
}
