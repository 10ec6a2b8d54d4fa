// Hand-made audit states for the extension's unit tests.
import type { AuditState } from '../../src/messages.js';

export const SITE = 'https://vendor.example';

export function crawlingState(over: Partial<AuditState> = {}): AuditState {
  return {
    id: 'run-1',
    tabId: 7,
    site: SITE,
    startUrl: `${SITE}/`,
    status: 'crawling',
    startedAt: '2026-11-25T10:00:00.000Z',
    options: { maxDepth: 3, maxPages: 60, concurrency: 4, timeoutMs: 10_000, maxBytes: 3_000_000, respectRobots: true, useSitemap: true },
    progress: { pagesFetched: 5, maxPages: 60, depth: 1, url: `${SITE}/contact` },
    pageUrls: [`${SITE}/`],
    live: [{ kind: 'phone', value: '+18005550199', display: '1-800-555-0199', role: 'sales', url: `${SITE}/contact`, depth: 1 }],
    ...over,
  };
}

type Finding = NonNullable<AuditState['report']>['findings'][number];

export function finding(over: Partial<Finding>): Finding {
  return {
    kind: 'phone',
    value: '+18005550199',
    role: 'sales',
    flags: [],
    depth: 1,
    path: [`${SITE}/`, `${SITE}/contact`],
    pathText: ['Contact'],
    url: `${SITE}/contact`,
    ...over,
  };
}

export function doneState(findings: Finding[], over: Partial<AuditState> = {}): AuditState {
  return crawlingState({
    status: 'done',
    finishedAt: '2026-11-25T10:01:00.000Z',
    report: {
      site: SITE,
      outcome: { status: 'complete' },
      partial: false,
      finishedAt: '2026-11-25T10:01:00.000Z',
      scores: { overall: 24.4, sales: 11, support: 40, grade: 'C' },
      findings,
      checks: [
        {
          id: 'a',
          title: 'Support contact within two clicks',
          category: 'support',
          status: 'fail',
          points: 20,
          explanation: 'Support is 3 clicks deep.',
          evidence: [{ url: `${SITE}/x`, note: 'deepest' }],
        },
        { id: 'b', title: 'Sales phone', category: 'sales', status: 'pass', points: 0, explanation: 'ok', evidence: [] },
      ],
    },
    ...over,
  });
}
