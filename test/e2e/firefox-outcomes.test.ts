// The Firefox build on a start page that answers 503: the popup says "Could not audit <host>: the
// server answered 503" with a Retry and no score, the badge shows "!", the history keeps nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';
import { badgeOf, clickToolbarButton, extensionStorage, inPopup, launchFirefox, openExtensionPage, type FirefoxHarness } from './helpers/firefox.js';
import { historyIn } from './helpers/extension-state.js';

let h: FirefoxHarness;
let server: StaticServer;
beforeAll(async () => {
  h = await launchFirefox(mkdtempSync(join(tmpdir(), 'contact-audit-ff-outcomes-')));
  server = await serveDirectory('test/support', {
    routes: { '/': (_q, res) => void res.writeHead(503, { 'content-type': 'text/html' }).end('<!doctype html><title>Error 503</title><h1>Error 503</h1>') },
  });
});
afterAll(async () => {
  await h?.browser.close();
  await server?.close();
});

interface View {
  status: string;
  notice: string;
  score: boolean;
  retry: string;
}
const READ = `const q = (s) => popup.document.querySelector(s);
  return { status: q('[data-testid="status"]')?.textContent, notice: q('[data-testid="notice"]')?.textContent ?? '', score: !!q('[data-testid="score-overall"]'), retry: q('[data-testid="rerun"]')?.textContent ?? '' };`;

it('a start page answering 503: "Could not audit", no score, Retry, badge "!", nothing in the history', async () => {
  const page = await h.browser.newPage();
  await page.goto(`${server.origin}/`);
  const observer = await openExtensionPage(h, 'options.html', true);
  await clickToolbarButton(h, page);
  await expect.poll(async () => (await inPopup<View>(observer, READ))?.status, { timeout: 30_000 }).toBe('failed');
  const view = (await inPopup<View>(observer, READ)) as View;
  expect(view).toEqual({ status: 'failed', notice: `Could not audit 127.0.0.1:${server.port}: the server answered 503`, score: false, retry: 'Retry' });
  const stored = (await extensionStorage(observer)) as Record<string, { site?: string; tabId?: number }>;
  const tabId = Object.values(stored).find((v) => v?.site === server.origin)?.tabId;
  expect(await badgeOf(observer, Number(tabId))).toBe('!');
  expect(historyIn(stored, server.origin)).toEqual([]);
}, 90_000);
