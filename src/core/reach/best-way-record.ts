// The best ways as a report records them (report.bestWay), in English: the report's JSON words.
// Apart from describe.ts, so the popup, which words them through browser.i18n, bundles no catalogue.
import { translator } from '../i18n/catalogue.js';
import type { Finding } from '../report/schema.js';
import { bestWayLine, describeBestWay } from './describe.js';
import { bestWay, type BestWay } from './reach.js';

/** The best ways for a report (report.bestWay): each role's, where one was found. */
export function bestWaysOf(findings: readonly Finding[]): { sales?: BestWayRecord; support?: BestWayRecord } {
  const out: { sales?: BestWayRecord; support?: BestWayRecord } = {};
  const english = translator('en');
  for (const role of ['sales', 'support'] as const) {
    const way = bestWay(findings, role);
    if (!way) continue;
    const w = describeBestWay(way, english);
    const f = way.finding;
    out[role] = {
      channel: way.channel,
      reachesPerson: way.reachesPerson,
      summary: bestWayLine(way, english),
      ...(w.value !== undefined ? { value: w.value } : {}),
      pageUrl: way.pageUrl,
      depth: f.depth,
      path: f.path,
      pathText: f.pathText,
      ...(way.cost ? { cost: way.cost } : {}),
      demands: way.demands,
      ...(w.hours ? { hours: w.hours } : {}),
    };
  }
  return out;
}

export interface BestWayRecord {
  channel: BestWay['channel'];
  reachesPerson: boolean;
  summary: string;
  value?: string;
  pageUrl: string;
  depth: number;
  path: string[];
  pathText: string[];
  cost?: NonNullable<BestWay['cost']>;
  demands: BestWay['demands'];
  /** Opening hours stated next to it, as written. */
  hours?: string;
}
