// The extension in Chromium on sites that cannot be audited: the start page answers 503 or 404,
// or the server is gone by the time of the click. The popup says "Could not audit <host>: <why>"
// with a Retry and shows no score; the badge shows "!"; the history keeps no audit of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type Route, type StaticServer } from '../../scripts/lib/static-server.js';
import { launchChrome, openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { historyIn, storage } from './helpers/extension-state.js';
import { badgeOf, screenshot, tabIdOf } from './helpers/popup-checks.js';

let h: ChromeHarness;
beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
});

const errorPage =
  (status: number): Route =>
  (_req, res) =>
    void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Error ${status}</title><h1>Error ${status}</h1>`);

async function expectCouldNotAudit(server: StaticServer, why: string): Promise<void> {
  const page = await h.browser.newPage();
  await page.goto(`${server.origin}/`);
  if (why === 'the site could not be reached') await server.close();
  const popup = await openPopup(h, page);
  await waitForStatus(popup, 'failed');
  expect(await popup.$eval('[data-testid="notice"]', (el) => el.textContent)).toBe(`Could not audit 127.0.0.1:${server.port}: ${why}`);
  expect(await popup.$('[data-testid="score-overall"]')).toBeNull();
  expect(await popup.$eval('[data-testid="rerun"]', (el) => el.textContent)).toBe('Retry');
  expect((await badgeOf(popup, await tabIdOf(popup))).text).toBe('!');
  expect(historyIn(await storage(h), server.origin)).toEqual([]);
  if (why === 'the server answered 503') await screenshot(popup, 'popup-failed');
  await popup.close();
  await page.close();
}

describe('a site that could not be read', () => {
  it.each([
    [503, 'the server answered 503'],
    [404, 'the server answered 404'],
  ])(
    'start page %i: "Could not audit", no score, badge "!", nothing in the history',
    async (status, why) => {
      const server = await serveDirectory('test/support', { routes: { '/': errorPage(status) } });
      try {
        await expectCouldNotAudit(server, why);
      } finally {
        await server.close();
      }
    },
    60_000,
  );

  it('the server gone by the click: "the site could not be reached"', async () => {
    const server = await serveDirectory('test/support', { routes: { '/': (_q, res) => void res.end('<!doctype html><title>Acme</title><h1>Acme</h1>') } });
    await expectCouldNotAudit(server, 'the site could not be reached');
  }, 60_000);
});
