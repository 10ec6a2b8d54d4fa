import type { CrawlResult } from '../crawl/crawl-types.js';
import type { Check, Finding, Report } from '../report/schema.js';
import { buildAuditContext } from './audit-context.js';
import type { CheckDefinition } from './check.js';
import type { MessageRef } from '../i18n/message-format.js';
import { CHECKS } from './checks/index.js';
import { gradeFor } from './grade.js';

/**
 * The scoring model (0 = in plain sight, 100 = not findable), every point explained by a check:
 *
 *   sales   = Σ points of the sales checks    (their weights add up to 100)
 *   support = Σ points of the support checks  (their weights add up to 100)
 *   overall = 0.4 × sales + 0.4 × support + Σ points of the site-wide checks (weights add up to 20)
 *
 * Sales and support count alike: a vendor owes both (our judgement); the site-wide checks (contact
 * link on every page, contact page, address, Impressum, gates, noreply, costly lines, phone images)
 * make up the remaining fifth. A not-applicable check adds 0.
 */
export { CATEGORY_SHARE } from './category-share.js';
import { CATEGORY_SHARE } from './category-share.js';
export const OVERALL_CHECKS_WEIGHT = 20;

/** Limits of the report schema: page-derived text is bounded there, so it is bounded here. */
const MAX_TEXT = 2000;
const MAX_URL = 4096;
const MAX_EVIDENCE = 25;

/** Points rounded to tenths, so the sum a reader adds up is the score shown. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A message with its page-derived values bounded like the text they render into (the schema's Text). */
function boundedMessage(ref: MessageRef): MessageRef {
  if (!ref.params) return ref;
  const params = Object.entries(ref.params).map(([name, v]) => [
    name,
    typeof v === 'string' ? bounded(v, MAX_TEXT) : typeof v === 'number' ? v : boundedMessage(v),
  ]);
  return { key: ref.key, params: Object.fromEntries(params) };
}

/** Run one check and make its result fit the contract: points within 0..weight, pass ⇔ 0 points, text bounded. */
export function runCheck(def: CheckDefinition, ctx: ReturnType<typeof buildAuditContext>): Check {
  const out = def.evaluate(ctx);
  const points = out.status === 'fail' ? round1(Math.min(def.weight, Math.max(0, out.points))) : 0;
  return {
    id: def.id,
    title: def.title,
    category: def.category,
    status: out.status,
    weight: def.weight,
    points,
    explanation: bounded(out.explanation, MAX_TEXT),
    ...(out.message ? { message: boundedMessage(out.message) } : {}),
    evidence: out.evidence.slice(0, MAX_EVIDENCE).map((e) => ({
      ...(e.url !== undefined ? { url: bounded(e.url, MAX_URL) } : {}),
      ...(e.value !== undefined ? { value: bounded(e.value, MAX_TEXT) } : {}),
      ...(e.note !== undefined ? { note: bounded(e.note, MAX_TEXT) } : {}),
      ...(e.message !== undefined ? { message: boundedMessage(e.message) } : {}),
    })),
    source: def.source,
  };
}

function sum(checks: Check[], category: Check['category']): number {
  return round1(checks.filter((c) => c.category === category).reduce((total, c) => total + c.points, 0));
}

export function scoreAudit(crawl: CrawlResult, findings: Finding[]): { checks: Check[]; scores: NonNullable<Report['scores']> } {
  const ctx = buildAuditContext(crawl, findings);
  const checks = CHECKS.map((def) => runCheck(def, ctx));
  const sales = Math.min(100, sum(checks, 'sales'));
  const support = Math.min(100, sum(checks, 'support'));
  const overall = Math.min(100, round1(CATEGORY_SHARE.sales * sales + CATEGORY_SHARE.support * support + sum(checks, 'overall')));
  return { checks, scores: { overall, sales, support, grade: gradeFor(overall) } };
}
