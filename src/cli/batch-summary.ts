// The end of a batch, on stderr: how many sites were audited completely, partly or not at all,
// and the ten that hide their contacts best (highest overall score first), so a batch of a
// hundred vendors ends with the ones worth a look.
import type { Translate } from '../core/i18n/catalogue.js';
import { siteLabel } from '../core/report/formats/text.js';
import type { Report, ScoredReport } from '../core/report/schema.js';

const MOST_HIDDEN = 10;

/** `internalErrors`: sites that ended in a bug, not a report; they count as failed. */
export function batchSummary(reports: readonly Report[], internalErrors: number, t: Translate): string {
  const count = (status: Report['outcome']['status']) => reports.filter((r) => r.outcome.status === status).length;
  const lines = [
    t('cli_batch_counts', {
      total: reports.length + internalErrors,
      audited: count('complete'),
      partial: count('partial'),
      failed: count('failed') + internalErrors,
    }),
  ];
  const scored = reports
    .filter((r): r is ScoredReport => r.scores !== undefined)
    .sort((a, b) => b.scores.overall - a.scores.overall)
    .slice(0, MOST_HIDDEN);
  if (scored.length) {
    lines.push(t('cli_batch_most_hidden', { count: scored.length }));
    scored.forEach((r, i) => {
      const rank = String(i + 1).padStart(String(scored.length).length);
      lines.push(`  ${t('cli_batch_row', { rank, site: siteLabel(r), overall: r.scores.overall, grade: r.scores.grade })}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
