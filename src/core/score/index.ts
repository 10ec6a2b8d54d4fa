import type { Check, Finding, Report } from '../report/schema.js';
import type { CrawlResult } from '../crawl/crawl-types.js';

// Placeholder until the scoring lands.
export function scoreAudit(_crawl: CrawlResult, _findings: Finding[]): { checks: Check[]; scores: Report['scores'] } {
  return { checks: [], scores: { overall: 100, sales: 100, support: 100, grade: 'F' } };
}
