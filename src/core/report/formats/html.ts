import { escapeHtml as h, htmlLink as a } from '../escape.js';
import type { Check, Report } from '../schema.js';
import { bestWay } from '../../reach/reach.js';
import { describeBestWay } from '../../reach/describe.js';
import { clicksText, formatDate, hostOf, pathSteps, pts, vendorHostLine } from './click-paths.js';
import { GRADE_COLOURS, type Grade } from '../../score/grade.js';

// A self-contained page: inline CSS only, no script of any kind, a CSP that forbids everything
// else. Every page-derived string goes through escapeHtml; only http(s) URLs become hrefs.

const CSP = "default-src 'none'; style-src 'unsafe-inline'";
const MAX_FINDINGS = 500;

// overflow-wrap:anywhere on body: page text can hold words with no break (tokens, base64, long
// URLs); they wrap inside their cell instead of widening tables and the page.
const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1f2328;background:#fff;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.meta,.note{color:#57606a}.partial{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem 1rem}
.scores{display:flex;gap:1rem;flex-wrap:wrap}.score{border:1px solid #d0d7de;border-radius:8px;padding:.6rem 1rem;min-width:9rem}
.score b{display:block;font-size:1.8rem}.grade{color:#fff;border-radius:6px;padding:0 .5rem;font-weight:700}
.bar{height:6px;background:#eaeef2;border-radius:3px}.bar i{display:block;height:6px;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right}code{font-size:.85rem;word-break:break-all}a{word-break:break-all}
.pass{color:#1e7b34}.fail{color:#b91c1c;font-weight:600}.not-applicable{color:#57606a}
ol.path{display:inline;padding:0;margin:0}ol.path li{display:inline}ol.path li+li::before{content:" → "}
`;

function colour(points: number): string {
  return points < 10 ? GRADE_COLOURS.A : points < 30 ? GRADE_COLOURS.C : GRADE_COLOURS.F;
}

function scoreBox(label: string, value: number, grade?: Grade): string {
  const badge = grade ? ` <span class="grade" style="background:${GRADE_COLOURS[grade]}">${grade}</span>` : '';
  return `<div class="score">${label}<b>${pts(value)}${badge}</b><div class="bar"><i style="width:${Math.min(100, Math.max(0, value))}%;background:${colour(value)}"></i></div></div>`;
}

/** The best way to reach a person for a role (reach/reach.ts), with its click path; each step links its page. */
function clickPath(report: Report, role: 'sales' | 'support'): string {
  const label = role === 'sales' ? 'Sales' : 'Support';
  const way = bestWay(report.findings, role);
  if (!way) return `<li><b>${label}:</b> no contact found.</li>`;
  const w = describeBestWay(way);
  const steps = pathSteps(way.finding)
    .map((s) => `<li>${a(s.url, s.text)}</li>`)
    .join('');
  const notes = w.notes.length ? ` <span class="note">(${h(w.notes.join('; '))})</span>` : '';
  return `<li><b>${label}:</b> ${h(w.action)}${w.value ? ` <code>${h(w.value)}</code>` : ''}, ${h(w.where)}: <ol class="path">${steps}</ol>${notes}</li>`;
}

function evidenceList(c: Check): string {
  if (!c.evidence.length) return '';
  const items = c.evidence.map(
    (e) => `<li>${[e.url ? a(e.url) : '', e.value ? `<code>${h(e.value)}</code>` : '', e.note ? h(e.note) : ''].filter(Boolean).join(' ')}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function failedChecks(checks: Check[]): string {
  const failed = checks.filter((c) => c.status === 'fail');
  if (!failed.length) return '<p>No check failed.</p>';
  const items = failed.map(
    (c) =>
      `<li><b>${h(c.title)}</b> <span class="note">(${pts(c.points)} of ${pts(c.weight)} ${h(c.category)} points)</span><br>${h(c.explanation)}` +
      `${c.source ? `<br><span class="note">Source: ${h(c.source)}</span>` : ''}${evidenceList(c)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function checksTable(checks: Check[]): string {
  const rows = checks.map(
    (c) =>
      `<tr><td class="${h(c.status)}">${h(c.status)}</td><td>${h(c.category)}</td><td>${h(c.title)}</td><td class="num">${pts(c.points)} / ${pts(c.weight)}</td><td>${h(c.explanation)}</td></tr>`,
  );
  return `<table><thead><tr><th>Status</th><th>Category</th><th>Check</th><th>Points</th><th>Explanation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function findingsTable(report: Report): string {
  if (!report.findings.length) return '<p>No contacts were found.</p>';
  const shown = report.findings.slice(0, MAX_FINDINGS);
  const rows = shown.map(
    (f) =>
      `<tr><td>${h(f.kind)}</td><td><code>${h(f.display || f.value)}</code></td><td>${h(f.role)}</td><td class="num">${f.depth}</td>` +
      `<td>${a(f.url)}</td><td>${h(f.flags.join(', '))}</td><td>${h(f.context ?? '')}</td></tr>`,
  );
  const more = report.findings.length > shown.length ? `<p class="note">…and ${report.findings.length - shown.length} more (see the JSON report).</p>` : '';
  return `<table><thead><tr><th>Kind</th><th>Value</th><th>Role</th><th>Clicks</th><th>Page</th><th>Flags</th><th>Context</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

function crawlSummary(report: Report): string {
  const c = report.crawl;
  const b = c.budget;
  const errors = c.errors.map((e) => `<li>${a(e.url)} ${h(e.kind)}${e.status !== undefined ? ` ${e.status}` : ''}: ${h(e.message)}</li>`);
  const sitemap = c.sitemapOnly.map((s) => `<li>${a(s.url)} ${h(s.reason)}</li>`);
  const hosts = (c.vendorHosts ?? []).map((v) => `<li>${h(v.host)}: ${h(vendorHostLine(v))}</li>`);
  return (
    `<ul><li>Pages fetched: ${c.pagesFetched}, deepest layer reached: ${clicksText(c.maxDepth)} (budget: ${clicksText(b.maxDepth)}, ${b.maxPages} pages${b.maxTimeMs ? `, ${b.maxTimeMs / 1000} s` : ''}, robots.txt ${b.respectRobots ? 'honoured' : 'ignored'})</li>` +
    `${c.country ? `<li>Country for phone numbers: ${h(c.country)}</li>` : ''}<li>Links not requested: ${c.skipped.length}</li>` +
    `<li>Errors: ${c.errors.length}${errors.length ? `<ul>${errors.join('')}</ul>` : ''}</li>` +
    `${sitemap.length ? `<li>Contact-like pages only in sitemap.xml: ${sitemap.length}<ul>${sitemap.join('')}</ul></li>` : ''}` +
    `${hosts.length ? `<li>The vendor's other sites: ${hosts.length}<ul>${hosts.join('')}</ul></li>` : ''}` +
    `${c.depthsExactTo !== undefined ? `<li>Clicks are the fewest up to ${clicksText(c.depthsExactTo)}; deeper ones are the shortest path found</li>` : ''}</ul>`
  );
}

/** One report's body (a section of the page). */
function reportSection(report: Report, heading: 'h1' | 'h2'): string {
  const sub = heading === 'h1' ? 'h2' : 'h3';
  const head = [
    `<section><${heading}>Contact audit: ${h(report.site)}</${heading}>`,
    `<p class="meta">Audited ${a(report.startUrl)} on ${h(formatDate(report.startedAt))} with ${h(report.tool.name)} ${h(report.tool.version)} (report schema ${h(report.schemaVersion)}).</p>`,
  ];
  // A site that could not be read has no scores, checks or findings: the reason is the report.
  const s = report.scores;
  if (!s) {
    const why = h(report.outcome.reason ?? 'the start page could not be read');
    return [
      ...head,
      `<p class="partial"><b>Could not audit ${h(hostOf(report.site))}:</b> ${why}</p>`,
      `<${sub}>Crawl</${sub}>${crawlSummary(report)}</section>`,
    ].join('\n');
  }
  return [
    ...head,
    report.outcome.status === 'partial' ? `<p class="partial"><b>Partial audit:</b> ${h(report.outcome.reason ?? 'the audit ended early')}</p>` : '',
    `<${sub}>Best way to reach a person</${sub}><ul>${clickPath(report, 'sales')}${clickPath(report, 'support')}</ul>`,
    `<p class="note">How hidden the contacts are: 0 = in plain sight, 100 = not findable.</p>`,
    `<div class="scores">${scoreBox('Overall', s.overall, s.grade)}${scoreBox('Sales', s.sales)}${scoreBox('Support', s.support)}</div>`,
    `<${sub}>Failed checks</${sub}>${failedChecks(report.checks)}`,
    `<${sub}>All checks</${sub}>${checksTable(report.checks)}`,
    `<${sub}>Findings</${sub}>${findingsTable(report)}`,
    `<${sub}>Crawl</${sub}>${crawlSummary(report)}</section>`,
  ].join('\n');
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title><style>${CSS}</style></head>`,
    `<body><main>${body}</main></body></html>`,
    '',
  ].join('\n');
}

/** One report as a self-contained HTML page. */
export function formatHtml(report: Report): string {
  return page(`Contact audit: ${report.site}`, reportSection(report, 'h1'));
}

/** A batch on one page: a summary table, then a section per site. */
export function formatHtmlBatch(reports: Report[]): string {
  if (reports.length === 1) return formatHtml(reports[0]!);
  const rows = reports.map((r) => {
    const s = r.scores;
    if (!s) return `<tr><td>${h(r.site)}</td><td>failed: ${h(r.outcome.reason ?? '')}</td><td></td><td></td><td></td><td></td></tr>`;
    const grade = `<span class="grade" style="background:${GRADE_COLOURS[s.grade]}">${s.grade}</span>`;
    return `<tr><td>${h(r.site)}</td><td>${r.outcome.status}</td><td class="num">${pts(s.overall)}</td><td>${grade}</td><td class="num">${pts(s.sales)}</td><td class="num">${pts(s.support)}</td></tr>`;
  });
  const head = '<tr><th>Site</th><th>Outcome</th><th>Overall</th><th>Grade</th><th>Sales</th><th>Support</th></tr>';
  const summary = `<h1>Contact audit: ${reports.length} sites</h1><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  return page(`Contact audit: ${reports.length} sites`, [summary, ...reports.map((r) => reportSection(r, 'h2'))].join('\n<hr>\n'));
}
