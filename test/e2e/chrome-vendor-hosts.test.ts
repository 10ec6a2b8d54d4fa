// The vendor's help centre on a host of its own (issue #13), in Chromium: the tab may not read it, so
// the audit lists it as not read, with the path to it and a button that asks the browser for that
// one host, and requests nothing there. (Granting is a click in the browser's own prompt, which a
// test cannot give in Chromium; firefox-vendor-hosts.test.ts follows the audit after the grant.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HELP_HOST, serveHelpCentreSite, SHOP_HOST, type HelpCentreSite } from '../support/help-centre-site.js';
import { auditedPopup, launchChrome, textOf, type ChromeHarness } from './helpers/chromium.js';

let h: ChromeHarness;
let s: HelpCentreSite;
beforeAll(async () => {
  s = await serveHelpCentreSite();
  h = await launchChrome([`--host-resolver-rules=MAP ${SHOP_HOST} 127.0.0.1, MAP ${HELP_HOST} 127.0.0.1`]);
});
afterAll(async () => {
  await h?.browser.close();
  await s?.close();
});

it('lists the help centre on another host as not read, with its path and a way to allow it, and requests nothing there', async () => {
  const popup = await auditedPopup(h, s.startUrl);
  const hosts = await textOf(popup, 'other-hosts');
  expect(hosts).toContain(HELP_HOST);
  expect(hosts).toContain('not read');
  expect(hosts).toMatch(/Home.*Help centre/);
  expect(await popup.$(`[data-testid="read-host-${HELP_HOST}"]`)).not.toBeNull();
  expect(s.help.requests).toEqual([]);
  expect(s.shop.requests).toContain('/about');
}, 60_000);
