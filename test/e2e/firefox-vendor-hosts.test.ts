// The vendor's help centre on a host of its own (issue #13), in Firefox: the tab may not read it,
// so the first audit lists it as not read with the path to it and requests nothing there; once the
// shopper allows that one host, the next audit reads it through the worker, without cookies.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HELP_HOST, HELP_PHONE, serveHelpCentreSite, SHOP_HOST, type HelpCentreSite } from '../support/help-centre-site.js';
import { clickToolbarButton, grantHostPermission, inPopup, launchFirefox, openExtensionPage, type FirefoxHarness } from './helpers/firefox.js';

let h: FirefoxHarness;
let s: HelpCentreSite;
beforeAll(async () => {
  s = await serveHelpCentreSite();
  h = await launchFirefox(mkdtempSync(join(tmpdir(), 'contact-audit-ff-hosts-')), { 'network.dns.localDomains': `${SHOP_HOST},${HELP_HOST}` });
});
afterAll(async () => {
  await h?.browser.close();
  await s?.close();
});

const status = (observer: Parameters<typeof inPopup>[0]) =>
  inPopup<string>(observer, `return popup.document.querySelector('[data-testid="status"]')?.textContent;`);
const text = (observer: Parameters<typeof inPopup>[0], id: string) =>
  inPopup<string>(observer, `return popup.document.querySelector('[data-testid="${id}"]')?.textContent ?? '';`);

it('lists the help centre as not read, then reads it once the shopper allows that host', async () => {
  // The shopper has been on the help centre before: its cookie must not go with the audit's requests.
  const helpTab = await h.browser.newPage();
  await helpTab.goto(`http://${HELP_HOST}:${s.help.port}/`);
  await helpTab.evaluate(() => (document.cookie = 'session=jane; path=/'));
  s.help.requests.length = 0;

  const page = await h.browser.newPage();
  await page.goto(s.startUrl);
  const observer = await openExtensionPage(h, 'options.html', true);
  await clickToolbarButton(h, page);
  await expect.poll(() => status(observer), { timeout: 30_000 }).toBe('done');
  const hosts = await text(observer, 'other-hosts');
  expect(hosts).toContain(HELP_HOST);
  expect(hosts).toContain('not read');
  expect(hosts).toContain('Help centre');
  expect(await text(observer, 'contacts')).not.toContain('555-0177');
  expect(await inPopup<boolean>(observer, `return !!popup.document.querySelector('[data-testid="read-host-${HELP_HOST}"]');`)).toBe(true);
  expect(s.help.requests).toEqual([]);

  await grantHostPermission(h, `*://${HELP_HOST}/*`);
  await inPopup(observer, `popup.document.querySelector('[data-testid="rerun"]').click(); return true;`);
  await expect.poll(() => status(observer), { timeout: 30_000 }).toBe('crawling');
  await expect.poll(() => status(observer), { timeout: 30_000 }).toBe('done');
  expect(await text(observer, 'contacts')).toContain(HELP_PHONE.display.slice(-8));
  expect(await text(observer, 'other-hosts')).not.toContain('not read');
  expect(s.help.requests).toEqual(expect.arrayContaining(['/robots.txt', '/', '/contact']));
  for (const path of s.help.requests) expect(s.help.headers.get(path)?.cookie, path).toBeUndefined();
}, 90_000);
