import { escapeMarkdown as md, markdownCode as code, markdownUrl as link } from '../escape.js';
import type { Check, Report } from '../schema.js';
import { bestWay } from '../../reach/reach.js';
import { describeBestWay } from '../../reach/describe.js';
import { clicksText, formatDate, hostOf, pathSteps, pts, vendorHostLine } from './click-paths.js';

// Markdown readable in a terminal and on a forge. Page-derived text goes through escape.ts:
// prose escaped, values in code spans, URLs as <http(s)> autolinks (never built from link text).

/** Page text with other text before it on its line (or in a table cell): block starts cannot happen there. */
const inline = (text: string) => md(text, true);

const STATUS_MARK: Record<Check['status'], string> = { pass: 'pass', fail: 'FAIL', 'not-applicable': 'n/a' };
const MAX_FINDINGS = 200;

/** The best way to reach a person for a role (reach/reach.ts), its click path and the page that shows it. */
function clickPath(report: Report, role: 'sales' | 'support'): string[] {
  const label = role === 'sales' ? 'Sales' : 'Support';
  const way = bestWay(report.findings, role);
  if (!way) return [`- **${label}:** no contact found.`];
  const w = describeBestWay(way);
  const steps = pathSteps(way.finding)
    .map((s) => inline(s.text))
    .join(' → ');
  const notes = w.notes.length ? ` (${inline(w.notes.join('; '))})` : '';
  return [`- **${label}:** ${inline(w.action)}${w.value ? ` ${code(w.value)}` : ''}, ${inline(w.where)}: ${steps}${notes}`, `  ${link(way.pageUrl)}`];
}

function cell(text: string): string {
  return inline(text);
}

function checksTable(checks: Check[]): string[] {
  const rows = checks.map(
    (c) => `| ${STATUS_MARK[c.status]} | ${c.category} | ${cell(c.title)} | ${pts(c.points)} / ${pts(c.weight)} | ${cell(c.explanation)} |`,
  );
  return ['| Status | Category | Check | Points | Explanation |', '| --- | --- | --- | ---: | --- |', ...rows];
}

function failedChecks(checks: Check[]): string[] {
  const failed = checks.filter((c) => c.status === 'fail');
  if (!failed.length) return ['No check failed.'];
  return failed.flatMap((c) => [
    `- **${cell(c.title)}** (${pts(c.points)} of ${pts(c.weight)} ${c.category} points): ${inline(c.explanation)}`,
    ...(c.source ? [`  - Source: ${inline(c.source)}`] : []),
    ...c.evidence.map(
      (e) => `  - ${[e.url ? link(e.url) : '', e.value ? code(e.value) : '', e.note ? md(e.note, Boolean(e.url || e.value)) : ''].filter(Boolean).join(' ')}`,
    ),
  ]);
}

function findingsTable(report: Report): string[] {
  if (!report.findings.length) return ['No contacts were found.'];
  const shown = report.findings.slice(0, MAX_FINDINGS);
  const rows = shown.map(
    (f) => `| ${f.kind} | ${code(f.display || f.value, true)} | ${f.role} | ${f.depth} | ${link(f.url, true)} | ${code(f.flags.join(', '), true)} |`,
  );
  const more = report.findings.length > shown.length ? [``, `…and ${report.findings.length - shown.length} more (see the JSON report).`] : [];
  return ['| Kind | Value | Role | Clicks | Page | Flags |', '| --- | --- | --- | ---: | --- | --- |', ...rows, ...more];
}

function crawlSummary(report: Report): string[] {
  const c = report.crawl;
  const b = c.budget;
  const lines = [
    `- Pages fetched: ${c.pagesFetched}, deepest layer reached: ${clicksText(c.maxDepth)} (budget: ${clicksText(b.maxDepth)}, ${b.maxPages} pages${b.maxTimeMs ? `, ${b.maxTimeMs / 1000} s` : ''}, robots.txt ${b.respectRobots ? 'honoured' : 'ignored'})`,
    ...(c.country ? [`- Country for phone numbers: ${inline(c.country)}`] : []),
    `- Errors: ${c.errors.length}`,
    ...c.errors.slice(0, 50).map((e) => `  - ${link(e.url)} ${e.kind}${e.status !== undefined ? ` ${e.status}` : ''}: ${inline(e.message)}`),
  ];
  if (c.sitemapOnly.length)
    lines.push(
      `- Contact-like pages only in sitemap.xml: ${c.sitemapOnly.length}`,
      ...c.sitemapOnly.slice(0, 50).map((s) => `  - ${link(s.url)} ${inline(s.reason)}`),
    );
  if (c.vendorHosts?.length)
    lines.push(`- The vendor's other sites: ${c.vendorHosts.length}`, ...c.vendorHosts.map((v) => `  - ${inline(v.host)}: ${inline(vendorHostLine(v))}`));
  if (c.depthsExactTo !== undefined) lines.push(`- Clicks are the fewest up to ${clicksText(c.depthsExactTo)}; deeper ones are the shortest path found`);
  if (c.skipped.length) lines.push(`- Links not requested: ${c.skipped.length}`);
  return lines;
}

/** One report as Markdown. */
export function formatMarkdown(report: Report): string {
  const head = [
    `# Contact audit: ${inline(report.site)}`,
    '',
    `Audited ${link(report.startUrl)} on ${inline(formatDate(report.startedAt))} with ${report.tool.name} ${inline(report.tool.version)} (report schema ${report.schemaVersion}).`,
  ];
  // A site that could not be read has no scores, checks or findings: the reason is the report.
  if (!report.scores)
    return `${[...head, '', `> **Could not audit ${inline(hostOf(report.site))}:** ${inline(report.outcome.reason ?? 'the start page could not be read')}`, '', '## Crawl', '', ...crawlSummary(report)].join('\n')}\n`;
  const s = report.scores;
  const lines = [
    ...head,
    ...(report.outcome.status === 'partial' ? ['', `> **Partial audit:** ${inline(report.outcome.reason ?? 'the audit ended early')}`] : []),
    '',
    '## Best way to reach a person',
    '',
    ...clickPath(report, 'sales'),
    ...clickPath(report, 'support'),
    '',
    '## Scores',
    '',
    'How hidden the contacts are: 0 = in plain sight, 100 = not findable.',
    '',
    '| | Score |',
    '| --- | ---: |',
    `| **Overall** | **${pts(s.overall)}** (grade **${s.grade}**) |`,
    `| Sales | ${pts(s.sales)} |`,
    `| Support | ${pts(s.support)} |`,
    '',
    '## Failed checks',
    '',
    ...failedChecks(report.checks),
    '',
    '## All checks',
    '',
    ...checksTable(report.checks),
    '',
    '## Findings',
    '',
    ...findingsTable(report),
    '',
    '## Crawl',
    '',
    ...crawlSummary(report),
  ];
  return `${lines.join('\n')}\n`;
}

/** A batch: a summary table, then each report. */
export function formatMarkdownBatch(reports: Report[]): string {
  if (reports.length === 1) return formatMarkdown(reports[0]!);
  const summary = [
    `# Contact audit: ${reports.length} sites`,
    '',
    '| Site | Outcome | Overall | Grade | Sales | Support |',
    '| --- | --- | ---: | --- | ---: | ---: |',
    ...reports.map((r) =>
      r.scores
        ? `| ${inline(r.site)} | ${r.outcome.status} | ${pts(r.scores.overall)} | ${r.scores.grade} | ${pts(r.scores.sales)} | ${pts(r.scores.support)} |`
        : `| ${inline(r.site)} | failed: ${inline(r.outcome.reason ?? '')} | – | – | – | – |`,
    ),
    '',
  ].join('\n');
  return [
    summary,
    ...reports.map((r) =>
      formatMarkdown(r)
        .replace(/^# /, '## ')
        .replace(/\n(#{2,5}) /g, '\n#$1 '),
    ),
  ].join('\n---\n\n');
}
