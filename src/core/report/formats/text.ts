// The terminal summary (`--format text`, the CLI's default on a terminal): per site the scores,
// the best way to reach a person for sales and for support, and the three reasons that cost the
// most points. Short on purpose: the other formats carry every finding and check. Pure: colour
// is a parameter (the CLI decides it from the flags, NO_COLOR and the terminal).
// Text from the site reaches a terminal here, where a control character is a command: every
// such string goes through oneLine (controls and invisibles shown as [U+XXXX]).
import { checkExplanation, checkTitle } from '../../i18n/check-text.js';
import { translator, type Translate } from '../../i18n/catalogue.js';
import { outcomeReason } from '../../i18n/outcome-text.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { bestWayLine } from '../../reach/describe.js';
import { bestWay } from '../../reach/reach.js';
import type { Grade } from '../../score/grade.js';
import { oneLine } from '../escape.js';
import type { Report } from '../schema.js';

/** Reasons shown per site. */
const TOP_REASONS = 3;

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33' } as const;
const GRADE_SGR: Record<Grade, keyof typeof SGR> = { A: 'green', B: 'green', C: 'yellow', D: 'red', F: 'red' };

type Paint = (style: keyof typeof SGR, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_style, text) => text;
}

/** "Call +1 202 555 0143 — 2 clicks", in the reader's language; the report's English words when the findings name none. */
function bestWayText(report: Report, role: 'sales' | 'support', t: Translate): string {
  const way = bestWay(report.findings, role);
  if (way) return oneLine(bestWayLine(way, t));
  const recorded = report.bestWay?.[role]?.summary;
  return recorded ? oneLine(recorded) : t('cli_summary_no_way');
}

/** The site, or the start URL when it was a page deeper in the site (two audits of one site stay apart). */
export function siteLabel(report: Pick<Report, 'site' | 'startUrl'>): string {
  let deeper = false;
  try {
    const start = new URL(report.startUrl);
    deeper = start.pathname !== '/' || start.search !== '';
  } catch {
    // Not a URL: the site it is.
  }
  return oneLine(deeper ? report.startUrl : report.site);
}

function siteBlock(report: Report, t: Translate, paint: Paint): string[] {
  const pages = t('cli_summary_pages', { count: report.crawl.pagesFetched });
  const lines = [`${paint('bold', siteLabel(report))} · ${pages}`];
  const s = report.scores;
  if (!s) {
    lines.push(`  ${paint('red', t('cli_summary_failed', { reason: oneLine(outcomeReason(report.outcome, t) ?? report.partialReason ?? '') }))}`);
    return lines;
  }
  const grade = paint(GRADE_SGR[s.grade], paint('bold', s.grade));
  lines.push(`  ${t('cli_summary_scores', { overall: s.overall, grade, sales: s.sales, support: s.support })}`);
  if (report.outcome.status === 'partial')
    lines.push(`  ${paint('yellow', t('cli_summary_partial', { reason: oneLine(outcomeReason(report.outcome, t) ?? '') }))}`);
  lines.push(`  ${t('cli_summary_sales', { way: bestWayText(report, 'sales', t) })}`);
  lines.push(`  ${t('cli_summary_support', { way: bestWayText(report, 'support', t) })}`);
  const failed = report.checks
    .filter((c) => c.status === 'fail' && c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, TOP_REASONS);
  if (!failed.length) {
    lines.push(`  ${t('cli_summary_no_reasons')}`);
    return lines;
  }
  lines.push(`  ${t('cli_summary_reasons')}`);
  failed.forEach((c, i) => {
    const title = paint('bold', oneLine(checkTitle(c, t)));
    lines.push(`    ${t('cli_summary_reason', { rank: i + 1, title, points: c.points, explanation: paint('dim', oneLine(checkExplanation(c, t))) })}`);
  });
  return lines;
}

/** Every site's block, a blank line between them, then the scale and where the full report is. */
export function formatText(reports: readonly Report[], language: UiLanguage, color = false): string {
  const t = translator(language);
  const paint = painter(color);
  const blocks = reports.map((r) => siteBlock(r, t, paint).join('\n'));
  const footer = [t('cli_summary_scale'), t('cli_summary_more')].map((l) => paint('dim', l));
  return `${[...blocks, footer.join('\n')].join('\n\n')}\n`;
}
