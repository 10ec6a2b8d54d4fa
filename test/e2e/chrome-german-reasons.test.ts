// The engine's reasons in a German browser (issue #17 item 5): why an audit failed, why it is partial
// and why the popup cannot audit a tab travel from the content script and the worker as catalogue
// messages, and the popup words them in German through browser.i18n; the stored report keeps the
// English reason beside its message (schema 2.2.0).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type Route } from '../../scripts/lib/static-server.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import type { AuditState } from '../../src/messages.js';
import { openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { launchGermanChrome } from './helpers/german-chrome.js';
import { storedStates } from './helpers/popup-checks.js';

let h: ChromeHarness;
let closeBrowser: () => Promise<void>;
const de = translator('de');

beforeAll(async () => {
  ({ h, close: closeBrowser } = await launchGermanChrome());
});
afterAll(async () => {
  await closeBrowser?.();
});

const unavailable: Route = (_req, res) =>
  void res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Error 503</title><h1>Error 503</h1>');

describe('reasons in a German browser', () => {
  it('a start page answering 503: the popup says why in German, the report keeps the English beside the message', async () => {
    const server = await serveDirectory('test/support', { routes: { '/': unavailable } });
    try {
      const page = await h.browser.newPage();
      await page.goto(`${server.origin}/`);
      const popup = await openPopup(h, page);
      await waitForStatus(popup, de('popup_status_failed'));
      const host = `127.0.0.1:${server.port}`;
      expect(await popup.$eval('[data-testid="notice"]', (el) => el.textContent)).toBe(`${host} konnte nicht geprüft werden: der Server antwortete mit 503`);
      const state = Object.values(await storedStates(popup)).find((v) => (v as AuditState).site === server.origin) as AuditState;
      expect(state.report?.outcome).toMatchObject({
        status: 'failed',
        reason: 'the server answered 503',
        message: { key: 'reason_http_status', params: { status: '503' } },
      });
      await popup.close();
      await page.close();
    } finally {
      await server.close();
    }
  }, 60_000);

  it('a tab that is not a web page: the worker answers in German', async () => {
    const page = await h.browser.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(h, page);
    await waitForStatus(popup, de('popup_status_error'), 10_000);
    expect(await popup.$eval('.notice', (el) => el.textContent)).toBe('Öffnen Sie eine Webseite (http oder https), um ihre Website zu prüfen.');
    await popup.close();
    await page.close();
  }, 30_000);
});
