// The extension in Chromium on a site whose links redirect (into sign-out, delete, unsubscribe and
// add-to-cart URLs, to another host directly and through a chain, and plainly to /en/contact/),
// audited from a signed-in tab. Checked on the servers' request logs and in the popup and every export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { SALES_PHONE, serveRedirectSite, SHOPPER, STATE_CHANGING, type RedirectSite } from '../support/redirect-site.js';
import { launchChrome, openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { waitForDownload } from './helpers/popup-checks.js';

let h: ChromeHarness;
let s: RedirectSite;
beforeAll(async () => {
  h = await launchChrome();
  s = await serveRedirectSite();
});
afterAll(async () => {
  await h?.browser.close();
  await s?.close();
});

/** The shopper's data as it could appear in any text: name, email, phone digits, street. */
const PERSONAL = new RegExp(
  [SHOPPER.name, SHOPPER.email, SHOPPER.street, SHOPPER.e164.slice(1), '555.?0100', '555\\)?.?0100'].map((x) => x.replace(/[.+]/g, '\\$&')).join('|'),
  'i',
);

describe('redirects and a signed-in tab', () => {
  it('requests nothing refused or off-site, finds the contact behind the plain redirect, and reports nothing of the shopper', async () => {
    const page = await h.browser.newPage();
    await page.setCookie({ name: 'session', value: 'jane', domain: '127.0.0.1', path: '/' });
    await page.goto(s.startUrl);
    expect(await page.content()).toContain(SHOPPER.email);
    const popup = await openPopup(h, page);
    await waitForStatus(popup, 'done');

    expect(s.stateChangingHits()).toEqual([]);
    for (const path of STATE_CHANGING) expect(s.site.requests).not.toContain(path);
    expect(s.other.requests).toEqual([]);

    const shown = await popup.evaluate(() => document.body.innerText);
    expect(shown).not.toMatch(PERSONAL);
    const stem = `127.0.0.1_${s.site.port}-${new Date().toISOString().slice(0, 10)}`;
    const files: Record<string, string> = {};
    for (const format of ['json', 'md', 'html', 'csv']) {
      await popup.click(`[data-testid="export-${format}"]`);
      files[format] = readFileSync(await waitForDownload(h.downloads, new RegExp(`^${stem.replace(/\./g, '\\.')}\\.${format}$`)), 'utf8');
      expect(files[format], format).not.toMatch(PERSONAL);
    }
    const report = ReportSchema.parse(JSON.parse(files.json as string));
    expect(report.findings.find((f) => f.value === SALES_PHONE.e164)?.pathText).toEqual(['Contact']);
    const o = s.site.origin;
    expect(report.crawl.redirects).toContainEqual(expect.objectContaining({ from: `${o}/contact`, outcome: 'hidden', foundAt: `${o}/en/contact/` }));
    for (const from of ['/contact-sales', '/contact-support', '/customer-service', '/offers', '/partner', '/partner-chain']) {
      expect(report.crawl.redirects, from).toContainEqual(expect.objectContaining({ from: `${o}${from}`, outcome: 'hidden' }));
      expect(report.crawl.errors.find((e) => e.url === `${o}${from}`)?.message, from).toMatch(/hides where it leads, so it was not followed/);
    }
    expect(JSON.stringify(report)).not.toMatch(/another site: not followed/);
    await popup.close();
  }, 90_000);
});
