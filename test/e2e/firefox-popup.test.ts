// What the popup tells a shopper (issue #16), in Firefox ESR: a bot chat is no person (the email is
// the way to support), a premium-rate line's cost is said, a form opens the page that holds it, and
// Stop ends an audit as partial. The popup's DOM is read through browser.extension.getViews.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFixture } from '../../scripts/lib/serve-fixture.js';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.js';
import { clickToolbarButton, inPopup, launchFirefox, openExtensionPage, type FirefoxHarness } from './helpers/firefox.js';

let h: FirefoxHarness;
let observer: Page;
const servers: StaticServer[] = [];
beforeAll(async () => {
  h = await launchFirefox(mkdtempSync(join(tmpdir(), 'contact-audit-ff-popup-')));
  observer = await openExtensionPage(h, 'options.html', true);
});
afterAll(async () => {
  await h?.browser.close();
  await Promise.all(servers.map((s) => s.close()));
});

interface View {
  status: string;
  sales: string;
  support: string;
  contacts: string;
  supportOpen: string | null;
  notice: string;
  progress: string;
}
const READ = `const q = (s) => popup.document.querySelector(s);
  const way = (role) => q('section[aria-label="Best way to reach ' + role + '"] .way')?.textContent ?? '';
  return { status: q('[data-testid="status"]')?.textContent, sales: way('sales'), support: way('support'), contacts: q('[data-testid="contacts"]')?.textContent ?? '',
    supportOpen: q('section[aria-label="Best way to reach support"] a.action')?.getAttribute('href') ?? null, notice: q('[data-testid="notice"]')?.textContent ?? '',
    progress: q('label[for="progress"]')?.textContent ?? '' };`;

async function audit(server: StaticServer, until: (v: View) => boolean = (v) => v.status === 'done'): Promise<View> {
  const page = await h.browser.newPage();
  await page.goto(`${server.origin}/`);
  await clickToolbarButton(h, page);
  let view: View | undefined;
  await expect.poll(async () => (view = await inPopup<View>(observer, READ)) !== undefined && until(view), { timeout: 30_000 }).toBe(true);
  return view as View;
}

it('a bot chat and an email: the email is the way to support, and the bot is said to be one', async () => {
  const page = (main: string) =>
    `<!doctype html><html lang="en"><title>Bots only</title><body><nav><a href="/contact">Contact</a></nav><main>${main}</main></body></html>`;
  const server = await serveDirectory('test/support', {
    routes: {
      '/': (_q, res) => void res.end(page('<h1>Ask our assistant</h1><script>window.adaSettings = { handle: "acme" };</script>')),
      '/contact': (_q, res) => void res.end(page('<p>Write to <a href="mailto:help@bots-only.example">help@bots-only.example</a></p>')),
    },
  });
  servers.push(server);
  const view = await audit(server);
  expect(view.support).toBe('Email help@bots-only.example — 1 click');
  expect(view.contacts).toContain('a bot answers, not a person');
}, 90_000);

it('a premium-rate line shows its cost; a form opens the page that holds it', async () => {
  const premium = await serveFixture('premium-hotline');
  const form = await serveFixture('form-only');
  servers.push(premium, form);
  expect((await audit(premium)).contacts).toContain('premium rate: costs more than a normal call');
  const view = await audit(form);
  expect(view.support).toMatch(/^Contact form — 1 click/);
  expect(view.supportOpen).toBe(`${form.origin}/contact`);
}, 90_000);

it('Stop ends the audit at once as partial, saying so', async () => {
  const slow = await serveFixture('demo-vendor', { latencyMs: 400 });
  servers.push(slow);
  // Well under way: at least one page read.
  await audit(slow, (v) => v.status === 'crawling' && /^[1-9]/.test(v.progress));
  await inPopup(observer, `popup.document.querySelector('[data-testid="stop"]').click(); return true;`);
  await expect.poll(async () => (await inPopup<View>(observer, READ))?.status, { timeout: 10_000 }).toBe('done');
  expect((await inPopup<View>(observer, READ))?.notice).toMatch(/^Partial report: You stopped the audit; this report covers the \d+ pages? read by then\.$/);
}, 90_000);
