// A chat widget no vendor table knows, in Chromium (issue #15): its script puts a launcher fixed in
// the bottom-right corner after the page has loaded. The anonymous crawl cannot see it; the rendered
// page can, so the popup reports a chat of unknown vendor instead of "no chat".
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';
import { auditedPopup, launchChrome, textOf, type ChromeHarness } from './helpers/chromium.js';

let h: ChromeHarness;
let site: StaticServer;
const LAUNCHER = `<script>
  addEventListener('DOMContentLoaded', () => setTimeout(() => {
    const b = document.createElement('button');
    b.textContent = 'Chat with us';
    b.style.cssText = 'position:fixed;right:20px;bottom:20px;width:120px;height:48px';
    document.body.append(b);
  }, 50));
</script>`;
const html =
  (body: string) =>
  (_req: IncomingMessage, res: ServerResponse): void =>
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><head><title>Shop</title>${LAUNCHER}</head><body>${body}</body></html>`);

beforeAll(async () => {
  site = await serveDirectory('test/support', {
    routes: { '/': html('<main><h1>Shop</h1><a href="/about">About us</a></main>'), '/about': html('<main><p>Family owned.</p></main>') },
  });
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  await site?.close();
});

it('reports a launcher fixed in a corner, of a vendor no table knows, as a chat widget', async () => {
  const popup = await auditedPopup(h, `${site.origin}/`);
  const contacts = await textOf(popup, 'contacts');
  expect(contacts).toContain('Chat widget (vendor not known)');
  expect(contacts).toContain('a chat whose vendor is not known');
}, 60_000);
