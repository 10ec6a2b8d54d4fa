// Where a reason is shown, it is shown in the reader's language: the report formats, the terminal
// summary and progress lines, the popup. The JSON keeps the English (outcome.reason) beside the message.
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/cli/progress.js';
import { compareReports } from '../../../src/core/compare/index.js';
import { translator } from '../../../src/core/i18n/catalogue.js';
import { failureOf } from '../../../src/core/outcome/failure.js';
import { outcomeOf } from '../../../src/core/outcome/outcome.js';
import { reasonOf } from '../../../src/core/outcome/reason.js';
import { formatCompareHtml } from '../../../src/core/report/formats/compare-html.js';
import { formatReport, formatReports } from '../../../src/core/report/formats/index.js';
import { ReportSchema, type Report } from '../../../src/core/report/schema.js';
import { viewModel } from '../../../src/popup/view-model.js';
import { capture } from '../../cli/support.js';
import { crawlingState, doneState } from '../../extension/fixtures.js';
import { sampleReport } from '../report/sample.js';

const down = failureOf({ url: 'https://vendor.example/', kind: 'http', status: 503, message: 'HTTP 503' });
const failedReport = (): Report => {
  const { scores: _s, bestWay: _b, ...rest } = sampleReport();
  return { ...rest, outcome: outcomeOf({ failure: down, pages: [] }, 'start page unreachable: HTTP 503'), partial: true, checks: [], findings: [] };
};
const cut = reasonOf('reason_tab_closed', { count: 4 });
const partialReport = (): Report => sampleReport({ outcome: outcomeOf({ pages: [{}] }, cut.reason, cut.message), partial: true, partialReason: cut.reason });

const GERMAN_DOWN = 'der Server antwortete mit 503';
const FRENCH_CUT = 'L’onglet a été fermé avant la fin de l’audit ; ce rapport couvre les 4 pages lues jusque-là.';

describe('reports: the reason in the report language, the English in the JSON', () => {
  it('the JSON keeps outcome.reason in English and the message beside it (schema 2.2.0)', () => {
    const parsed = ReportSchema.parse(JSON.parse(formatReport(failedReport(), 'json', 'de')) as unknown);
    expect(parsed.outcome).toEqual({
      status: 'failed',
      reason: 'the server answered 503',
      message: { key: 'reason_http_status', params: { status: '503' } },
      failure: 'http',
      httpStatus: 503,
    });
  });

  it('a failed audit: HTML, Markdown and the terminal summary say why in German', () => {
    for (const format of ['html', 'md', 'text'] as const) {
      const out = formatReport(failedReport(), format, 'de');
      expect(out, format).toContain(GERMAN_DOWN);
      expect(out, format).not.toContain('the server answered 503');
    }
  });

  it('a partial audit: the notice in French, Spanish', () => {
    for (const format of ['html', 'md', 'text'] as const) expect(formatReport(partialReport(), format, 'fr'), format).toContain(FRENCH_CUT);
    expect(formatReport(partialReport(), 'md', 'es')).toContain('La pestaña se cerró antes de que terminara la auditoría');
  });

  it('a batch table names the failure in the reader’s language', () => {
    expect(formatReports([failedReport(), sampleReport()], 'html', 'de')).toContain(GERMAN_DOWN);
    expect(formatReports([failedReport(), sampleReport()], 'md', 'es')).toContain('el servidor respondió 503');
  });

  it('a sitemap-only page says why in the report language', () => {
    const unlinked = reasonOf('reason_sitemap_unlinked', { depth: '3' });
    const report = sampleReport();
    report.crawl.sitemapOnly = [{ url: 'https://vendor.example/kontakt', ...unlinked }];
    expect(formatReport(report, 'html', 'de')).toContain('in sitemap.xml, aber nicht innerhalb von 3 Klicks verlinkt');
    expect(formatReport(report, 'md', 'fr')).toContain('dans sitemap.xml, sans lien à moins de 3 clics');
  });

  it('a report without a message (older, or words the catalogue lacks) shows its English reason', () => {
    const report = failedReport();
    delete report.outcome.message;
    expect(formatReport(report, 'text', 'de')).toContain('the server answered 503');
  });
});

describe('the compare page', () => {
  it('a vendor that could not be read: the reason in German', () => {
    const other = sampleReport({ site: 'https://other.example', startUrl: 'https://other.example/' });
    const page = formatCompareHtml(compareReports([failedReport(), other], 'vendors'), 'de');
    expect(page).toContain(GERMAN_DOWN);
    expect(page).not.toContain('the server answered 503');
  });
});

describe('the CLI progress lines', () => {
  it('a failed and a partial site, in Spanish', () => {
    const err = capture(false);
    const progress = progressReporter(err, { quiet: false, total: 2, t: translator('es') });
    progress.siteDone('https://a.example/', failedReport());
    progress.siteDone('https://b.example/', partialReport());
    progress.finish();
    expect(err.text).toContain('el servidor respondió 503');
    expect(err.text).toContain('La pestaña se cerró antes de que terminara la auditoría; este informe cubre las 4 páginas leídas hasta entonces.');
  });
});

describe('the popup view model', () => {
  it('the failed and the partial notice in German', () => {
    const de = translator('de');
    const { scores: _scores, ...done } = doneState([]).report!;
    const failed = crawlingState({
      status: 'done',
      finishedAt: '2026-11-25T10:01:00.000Z',
      report: { ...done, outcome: failedReport().outcome, partial: true },
    });
    expect(viewModel(failed, de).notice).toContain(GERMAN_DOWN);
    const stopped = reasonOf('reason_user_stopped', { count: 1 });
    const partial = doneState([]);
    partial.report = { ...partial.report!, outcome: { status: 'partial', ...stopped }, partial: true };
    expect(viewModel(partial, de).notice).toContain('Sie haben die Prüfung angehalten; dieser Bericht umfasst die 1 bis dahin gelesene Seite.');
  });
});
