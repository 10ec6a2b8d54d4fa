// The Firefox build on the redirecting site of chrome-redirects.test.ts, from a signed-in tab:
// nothing refused or off-site is requested, the contact behind /contact -> /en/contact/ is found,
// and neither the popup nor the exported report holds the shopper's own data.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ReportSchema } from '../../src/core/report/schema.js';
import { SALES_PHONE, serveRedirectSite, SHOPPER, STATE_CHANGING, type RedirectSite } from '../support/redirect-site.js';
import { clickToolbarButton, inPopup, launchFirefox, openExtensionPage, type FirefoxHarness } from './helpers/firefox.js';

let h: FirefoxHarness;
let s: RedirectSite;
const downloads = mkdtempSync(join(tmpdir(), 'contact-audit-ff-redirects-'));
beforeAll(async () => {
  h = await launchFirefox(downloads);
  s = await serveRedirectSite();
});
afterAll(async () => {
  await h?.browser.close();
  await s?.close();
});

const PERSONAL = new RegExp(
  [SHOPPER.name, SHOPPER.email, SHOPPER.street, SHOPPER.e164.slice(1), '555.?0100'].map((x) => x.replace(/[.+]/g, '\\$&')).join('|'),
  'i',
);

it('a signed-in tab on a redirecting site: no refused or off-site request, the contact found, nothing personal reported', async () => {
  const page = await h.browser.newPage();
  await page.goto(`${s.site.origin}/login`);
  await page.evaluate(() => (document.cookie = 'session=jane; path=/'));
  await page.goto(s.startUrl);
  expect(await page.content()).toContain(SHOPPER.email);
  const observer = await openExtensionPage(h, 'options.html', true);
  await clickToolbarButton(h, page);
  await expect
    .poll(async () => inPopup<string>(observer, `return popup.document.querySelector('[data-testid="status"]')?.textContent;`), { timeout: 30_000 })
    .toBe('done');

  expect(s.stateChangingHits()).toEqual([]);
  for (const path of STATE_CHANGING) expect(s.site.requests).not.toContain(path);
  expect(s.other.requests).toEqual([]);
  expect(await inPopup<string>(observer, 'return popup.document.body.textContent;')).not.toMatch(PERSONAL);

  await inPopup(observer, `popup.document.querySelector('[data-testid="export-json"]').click(); return true;`);
  const downloaded = (): string | undefined => {
    const name = readdirSync(downloads).find((f) => f.endsWith('.json'));
    if (!name || readdirSync(downloads).some((f) => f.endsWith('.part'))) return undefined;
    try {
      return JSON.parse(readFileSync(join(downloads, name), 'utf8')) ? name : undefined;
    } catch {
      return undefined;
    }
  };
  await expect.poll(downloaded, { timeout: 10_000 }).toBeTruthy();
  const text = readFileSync(join(downloads, downloaded() as string), 'utf8');
  expect(text).not.toMatch(PERSONAL);
  const report = ReportSchema.parse(JSON.parse(text));
  expect(report.findings.find((f) => f.value === SALES_PHONE.e164)?.pathText).toEqual(['Contact']);
  expect(report.crawl.redirects).toContainEqual(
    expect.objectContaining({ from: `${s.site.origin}/contact`, outcome: 'hidden', foundAt: `${s.site.origin}/en/contact/` }),
  );
}, 120_000);
