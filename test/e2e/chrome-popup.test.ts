// What the popup tells a shopper (issue #16), in Chromium: the best way to reach a person (a bot is
// none, a premium line's cost is said, a form opens the page that holds it), Stop ends an audit as
// partial, and the popup passes axe in light and dark mode with the toolbar in the first 600 px
// (the HTML report: none at all; the options page: no serious or critical violation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';
import { auditedPopup, launchChrome, openPopup, textOf, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { axeViolations, screenshot } from './helpers/popup-checks.js';
import { Sites, waitForFirstPage } from './helpers/sites.js';

let h: ChromeHarness;
const sites = new Sites();
const extra: StaticServer[] = [];
beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
  await Promise.all(extra.map((s) => s.close()));
});

const way = (popup: Awaited<ReturnType<typeof openPopup>>, role: string) =>
  popup.$eval(`section[aria-label="Best way to reach ${role}"] .way`, (el) => el.textContent ?? '');

describe('the popup answers "how do I reach a person here?"', () => {
  it('a bot chat and an email: the email is the way to support, the bot is said to be one', async () => {
    const page = (main: string) =>
      `<!doctype html><html lang="en"><title>Bots only</title><body><nav><a href="/contact">Contact</a></nav><main>${main}</main></body></html>`;
    const server = await serveDirectory('test/support', {
      routes: {
        '/': (_q, res) => void res.end(page('<h1>Ask our assistant</h1><script>window.adaSettings = { handle: "acme" };</script>')),
        '/contact': (_q, res) =>
          void res.end(page('<h1>Customer support</h1><p>Write to <a href="mailto:help@bots-only.example">help@bots-only.example</a></p>')),
      },
    });
    extra.push(server);
    const popup = await auditedPopup(h, `${server.origin}/`);
    expect(await way(popup, 'support')).toBe('Email help@bots-only.example — 1 click');
    expect(await textOf(popup, 'contacts')).toContain('a bot answers, not a person');
    await popup.close();
  }, 60_000);

  it('a premium-rate support line shows its cost; a number only in JSON-LD says so', async () => {
    const site = await sites.serve('premium-hotline');
    const popup = await auditedPopup(h, `${site.origin}/`);
    expect(await textOf(popup, 'contacts')).toContain('premium rate: costs more than a normal call');
    expect(await way(popup, 'sales')).toContain('only in the page’s structured data');
    await popup.close();
  }, 60_000);

  it('a form opens the page that holds it, not the URL it posts to', async () => {
    const site = await sites.serve('form-only');
    const popup = await auditedPopup(h, `${site.origin}/`);
    expect(await way(popup, 'support')).toMatch(/^Contact form — 1 click/);
    const href = await popup.$eval('section[aria-label="Best way to reach support"] a.action', (a) => a.getAttribute('href'));
    expect(href).toBe(`${site.origin}/contact`);
    await popup.close();
  }, 60_000);
});

describe('control and accessibility', () => {
  it('Stop ends the audit at once as partial, saying so', async () => {
    const site = await sites.serve('demo-vendor', 400);
    const tab = await h.browser.newPage();
    await tab.goto(`${site.origin}/`);
    const popup = await openPopup(h, tab);
    await waitForFirstPage(popup);
    await popup.click('[data-testid="stop"]');
    await waitForStatus(popup, 'done', 10_000);
    expect(await textOf(popup, 'notice')).toMatch(/^Partial report: You stopped the audit; this report covers the \d+ pages? read by then\.$/);
    await popup.close();
  }, 60_000);

  it('the finished popup: toolbar within the first 600 px, axe-clean in light and dark mode', async () => {
    const site = await sites.serve('demo-vendor');
    const popup = await auditedPopup(h, `${site.origin}/`);
    const bottom = await popup.$eval('[data-testid="export-csv"]', (el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThan(600);
    await popup.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-dark');

    // "Open full report": the HTML report in a tab of its own, sandboxed.
    const opened = h.browser.waitForTarget((t) => t.url().includes('/report.html?tab='), { timeout: 10_000 });
    await popup.click('[data-testid="open-report"]');
    const report = await (await opened).asPage();
    await report.waitForSelector('#report:not([hidden])');
    const srcdoc = await report.$eval('#report', (f) => (f as HTMLIFrameElement).srcdoc);
    expect(srcdoc).toContain('Best way to reach a person');
    expect(await report.$eval('#report', (f) => f.getAttribute('sandbox'))).not.toContain('allow-scripts');
    expect(await report.title()).toMatch(/^127\.0\.0\.1:\d+ — contact audit, \w+ \d{1,2}, \d{4}$/);
    // The report itself and the options page: no serious or critical axe violation.
    const plain = await h.browser.newPage();
    await plain.setContent(srcdoc);
    expect(await axeViolations(plain)).toEqual([]);
    await plain.goto(`chrome-extension://${h.extensionId}/options.html`);
    await plain.waitForSelector('#settings');
    expect((await axeViolations(plain)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await plain.close();
    await report.close();
    await popup.close().catch(() => undefined);
  }, 60_000);
});
