// The fixture vendor sites (fixtures/<site>/), each audited through the engine with the Node
// fetcher and compared with its expected.json; plus one run of the built CLI on a fixture.
// Table-driven, after Lighthouse's smoke tests: a site states only the expectations that matter.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/audit.js';
import { nodeFetcher } from '../../src/cli/node-fetcher.js';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import type { StaticServer } from '../../scripts/lib/static-server.js';
import type { Expected } from '../support/expected-schema.js';
import { compareFindings, forbiddenRequests, formatComparison, listFixtureSites, loadExpected } from '../support/fixture-sites.js';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import { cloudflareHexes, decodeCloudflareEmail, linkedPaths, sitePages } from '../support/site-files.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITES = listFixtureSites();
const AUDIT_TIMEOUT_MS = 60_000;

describe('the fixture sites themselves', () => {
  it('has at least 13 sites, each with a valid expected.json', () => {
    expect(SITES.length).toBeGreaterThanOrEqual(13);
    for (const site of SITES) expect(() => loadExpected(site), site).not.toThrow();
  });

  it.each(SITES)('%s: 3 to 10 pages, each with a lang and a title', (site) => {
    const pages = sitePages(site);
    expect(pages.length, `${site} pages`).toBeGreaterThanOrEqual(3);
    expect(pages.length, `${site} pages`).toBeLessThanOrEqual(10);
    for (const page of pages) {
      expect(page.html, `${site}${page.path} has <html lang>`).toMatch(/<html[^>]*\slang="[a-z]{2}/i);
      expect(page.html, `${site}${page.path} has a <title>`).toMatch(/<title>[^<]+<\/title>/i);
    }
  });

  it.each(SITES)('%s: every never-requested path is really linked from a page', (site) => {
    const linked = sitePages(site).flatMap(linkedPaths);
    const unlinked = loadExpected(site).neverRequested.filter((p) => forbiddenRequests(linked, [p]).length === 0);
    expect(unlinked, `${site}: neverRequested paths no page links to (the check would prove nothing)`).toEqual([]);
  });

  it.each(SITES)('%s: listed phones are valid E.164 and emails are lower-case on a .example domain', (site) => {
    for (const f of loadExpected(site).findings) {
      if ((f.kind === 'phone' || f.kind === 'fax') && f.value) expect(isValidPhoneNumber(f.value), `${site}: ${f.value}`).toBe(true);
      if (f.kind === 'email' && f.value) expect(f.value, site).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.example$/);
    }
  });

  it.each(SITES)('%s: every Cloudflare-encoded email decodes to a listed email', (site) => {
    const expected = loadExpected(site);
    const emails = new Set(expected.findings.filter((f) => f.kind === 'email').map((f) => f.value));
    for (const page of sitePages(site)) {
      for (const hex of cloudflareHexes(page.html)) {
        expect(emails.has(decodeCloudflareEmail(hex)), `${site}${page.path}: ${hex} → ${decodeCloudflareEmail(hex)}`).toBe(true);
      }
    }
  });
});

describe.each(SITES)('fixture site %s, audited through the engine', (site) => {
  let expected: Expected;
  try {
    expected = loadExpected(site);
  } catch (err) {
    // One broken expected.json fails its own site, not the collection of every other site.
    it('has a valid expected.json', () => {
      throw err;
    });
    return;
  }
  let server: StaticServer;
  let report: Report;

  beforeAll(async () => {
    server = await serveFixture(site);
    report = await runAudit({ startUrl: `${server.origin}${expected.start}`, fetcher: nodeFetcher, options: expected.options });
  }, AUDIT_TIMEOUT_MS);
  afterAll(() => server?.close());

  it('produces a report that matches the schema and is not partial', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.partial, report.partialReason).toBe(false);
  });

  it(expected.description, () => {
    const comparison = compareFindings(report, expected);
    const message = formatComparison(site, comparison, report);
    expect(comparison.missing, message).toEqual([]);
    expect(comparison.extra, message).toEqual([]);
  });

  it('never requests a state-changing link', () => {
    const hits = forbiddenRequests(server.requests, expected.neverRequested);
    expect(hits, `${site}: requested ${hits.join(', ')}; all requests: ${server.requests.join(' ')}`).toEqual([]);
  });

  // Optional expectations register a test only where the site states them: nothing is skipped.
  const { sitemapOnly, scores, failedChecks } = expected;
  if (sitemapOnly) {
    it('names the contact pages found only in sitemap.xml', () => {
      const named = report.crawl.sitemapOnly.map((s) => new URL(s.url).pathname);
      for (const path of sitemapOnly) expect(named, `${site}: sitemapOnly should name ${path}`).toContain(path);
    });
  }

  if (scores) {
    it('scores within the expected ranges', () => {
      for (const [category, range] of Object.entries(scores)) {
        const score = report.scores![category as 'sales' | 'support' | 'overall'];
        expect(score, `${site}: ${category} score`).toBeGreaterThanOrEqual(range[0]);
        expect(score, `${site}: ${category} score`).toBeLessThanOrEqual(range[1]);
      }
    });
  }

  if (failedChecks) {
    it('fails the expected checks', () => {
      const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
      for (const id of failedChecks) expect(failed, `${site}: check ${id} should fail`).toContain(id);
    });
  }
});

describe('the built CLI on a fixture site', () => {
  const bin = fileURLToPath(new URL('../../bin/contact-audit.js', import.meta.url));
  const bundle = fileURLToPath(new URL('../../dist/cli/contact-audit.js', import.meta.url));

  it(
    'prints a JSON report that matches the schema',
    async () => {
      expect(existsSync(bundle), 'dist/cli/contact-audit.js is missing: run `npm run build` first').toBe(true);
      const server = await serveFixture('plain-sight');
      try {
        // Async on purpose: a sync child would block this process, which also serves the site.
        const { stdout } = await promisify(execFile)(process.execPath, [bin, `${server.origin}/`, '--format', 'json'], {
          cwd: ROOT,
          maxBuffer: 20_000_000,
          timeout: AUDIT_TIMEOUT_MS,
        });
        const parsed: unknown = JSON.parse(stdout);
        const report = ReportSchema.parse(Array.isArray(parsed) ? parsed[0] : parsed);
        expect(report.site).toBe(server.origin);
        expect(report.crawl.pagesFetched).toBeGreaterThan(0);
        // Only a smoke signal that the CLI runs the engine; the engine's findings are checked above.
        const salesPhone = report.findings.find((f) => f.kind === 'phone' && f.value === '+17205550148');
        expect(salesPhone?.depth, formatComparison('plain-sight (CLI)', { missing: [], extra: [] }, report)).toBe(0);
      } finally {
        await server.close();
      }
    },
    AUDIT_TIMEOUT_MS,
  );
});
