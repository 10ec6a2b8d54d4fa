// Load the fixture sites' expected.json files and compare an audit report with them, producing
// messages a person can act on: which contact is missing, which was found at another depth or
// role, which phone or email was reported that the site does not have.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Report } from '../../src/core/report/schema.js';
import { ExpectedSchema, type Expected, type ExpectedFinding } from './expected-schema.js';
import { FIXTURES_DIR } from '../../scripts/lib/serve-fixture.js';

/** Every folder under fixtures/ that has an expected.json, sorted. */
export function listFixtureSites(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function loadExpected(site: string): Expected {
  const file = join(FIXTURES_DIR, site, 'expected.json');
  const parsed = ExpectedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match test/support/expected-schema.ts:\n${parsed.error.message}`);
  return parsed.data;
}

/** Lower-case, accents off, punctuation to spaces: how address values are compared. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Does a reported finding satisfy the value of an expected one (ignoring depth, role, flags)? */
export function valueMatches(exp: ExpectedFinding, f: Finding): boolean {
  if (f.kind !== exp.kind) return false;
  if (exp.value === undefined) return true;
  switch (exp.kind) {
    case 'address': {
      const words = new Set(foldWords(f.value));
      return foldWords(exp.value).every((w) => words.has(w));
    }
    case 'form': {
      // A form's value is its action URL, or the page URL when it has none: accept either path.
      const want = exp.value.replace(/\/$/, '') || '/';
      return [f.value, f.url].some((u) => (pathOf(u).replace(/\/$/, '') || '/') === want);
    }
    case 'email':
      return f.value.toLowerCase() === exp.value.toLowerCase();
    default:
      return f.value === exp.value;
  }
}

function fullyMatches(exp: ExpectedFinding, f: Finding): boolean {
  return (
    valueMatches(exp, f) &&
    (exp.depth === undefined || f.depth === exp.depth) &&
    (exp.role === undefined || f.role === exp.role) &&
    (exp.flags ?? []).every((flag) => (f.flags as readonly string[]).includes(flag))
  );
}

export function describeExpected(e: ExpectedFinding): string {
  const parts = [`${e.kind} ${e.value ?? '(any value)'}`];
  if (e.role) parts.push(`role ${e.role}`);
  if (e.depth !== undefined) parts.push(`depth ${e.depth}`);
  if (e.flags?.length) parts.push(`flags [${e.flags.join(', ')}]`);
  return parts.join(', ');
}

export function describeFinding(f: Finding): string {
  const flags = f.flags.length ? ` [${f.flags.join(', ')}]` : '';
  return `${f.kind} ${f.value} (${f.role}, depth ${f.depth}${flags}) on ${pathOf(f.url)}${f.display ? ` as "${f.display}"` : ''}`;
}

export interface Comparison {
  /** Expected findings with no full match, each with the near misses that explain why. */
  missing: string[];
  /** Reported phones/emails/forms the site does not have (when noOther* is set). */
  extra: string[];
}

export function compareFindings(report: Report, expected: Expected): Comparison {
  const missing: string[] = [];
  for (const exp of expected.findings) {
    if (report.findings.some((f) => fullyMatches(exp, f))) continue;
    const near = report.findings.filter((f) => valueMatches(exp, f));
    const why = near.length ? `; reported instead: ${near.map(describeFinding).join('; ')}` : '; not reported at all';
    missing.push(`${describeExpected(exp)}${why}`);
  }
  const extra: string[] = [];
  const guard = (kind: Finding['kind'], on: boolean | undefined) => {
    if (!on) return;
    const listed = expected.findings.filter((e) => e.kind === kind);
    for (const f of report.findings.filter((x) => x.kind === kind)) {
      if (!listed.some((e) => valueMatches(e, f))) extra.push(describeFinding(f));
    }
  };
  guard('phone', expected.noOtherPhones);
  guard('email', expected.noOtherEmails);
  guard('form', expected.noOtherForms);
  return { missing, extra };
}

/** The requests (path + query, as the server saw them) that hit a never-request path. */
export function forbiddenRequests(requests: string[], neverRequested: string[]): string[] {
  return requests.filter((req) => {
    const pathname = req.split('?')[0] ?? req;
    return neverRequested.some((p) => (p.includes('?') ? req === p : pathname === p));
  });
}

export function formatComparison(site: string, c: Comparison, report: Report): string {
  const lines = [`fixture "${site}":`];
  if (c.missing.length) lines.push('  missing or wrong:', ...c.missing.map((m) => `    - ${m}`));
  if (c.extra.length) lines.push('  reported but not on the site (false hits):', ...c.extra.map((m) => `    - ${m}`));
  lines.push(`  all findings (${report.findings.length}):`, ...report.findings.map((f) => `    · ${describeFinding(f)}`));
  if (report.partial) lines.push(`  the audit was partial: ${report.partialReason ?? '(no reason given)'}`);
  lines.push(`  pages fetched: ${report.crawl.pagesFetched}, errors: ${report.crawl.errors.length}`);
  return lines.join('\n');
}
