// Every fixture site (fixtures/<site>/expected.json) audited through the built extension in
// Chromium, compared exactly as test/cli/fixture-sites.test.ts compares the CLI's reports: the
// extension and the CLI run one engine, so they must agree on every site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/messages.js';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import type { StaticServer } from '../../scripts/lib/static-server.js';
import { compareFindings, forbiddenRequests, formatComparison, listFixtureSites, loadExpected } from '../support/fixture-sites.js';
import { launchChrome, openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { storedStates } from './helpers/popup-checks.js';
import type { Page } from 'puppeteer-core';

const SITES = listFixtureSites();
let h: ChromeHarness;
/** An extension page kept open to write the settings each fixture asks for. */
let control: Page;
const servers: StaticServer[] = [];

beforeAll(async () => {
  h = await launchChrome();
  control = await h.browser.newPage();
  await control.goto(`chrome-extension://${h.extensionId}/options.html`);
});
afterAll(async () => {
  await h?.browser.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe.each(SITES)('fixture %s through the extension', (site) => {
  it('reports the expected contacts, never requests state-changing links, scores in range', async () => {
    const expected = loadExpected(site);
    // The extension's settings cover depth, budget, robots and country; the rest are the defaults.
    const o = expected.options ?? {};
    const settings: Settings = {
      maxDepth: o.maxDepth ?? DEFAULT_SETTINGS.maxDepth,
      maxPages: o.maxPages ?? DEFAULT_SETTINGS.maxPages,
      respectRobots: o.respectRobots ?? DEFAULT_SETTINGS.respectRobots,
      ...(o.country ? { country: o.country.toUpperCase() } : {}),
    };
    await control.evaluate(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
    const server = await serveFixture(site);
    servers.push(server);
    const page = await h.browser.newPage();
    await page.goto(`${server.origin}${expected.start}`);
    const popup = await openPopup(h, page);
    await waitForStatus(popup, 'done');
    const state = Object.values(await storedStates(popup)).find((v) => (v as { site?: string }).site === server.origin) as { report: unknown };
    const report = ReportSchema.parse(state.report);
    await popup.close();
    await page.close();

    const comparison = compareFindings(report, expected);
    expect(comparison, formatComparison(site, comparison, report)).toEqual({ missing: [], extra: [] });
    expect(forbiddenRequests(server.requests, expected.neverRequested)).toEqual([]);
    for (const [category, range] of Object.entries(expected.scores ?? {})) {
      const score = report.scores![category as 'sales' | 'support' | 'overall'];
      expect(score, `${site}: ${category} score`).toBeGreaterThanOrEqual(range[0]);
      expect(score, `${site}: ${category} score`).toBeLessThanOrEqual(range[1]);
    }
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    for (const id of expected.failedChecks ?? []) expect(failed, `${site}: check ${id} should fail`).toContain(id);
  }, 60_000);
});
