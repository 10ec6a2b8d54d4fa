// The store screenshots (Chrome Web Store and addons.mozilla.org take 1280×800), taken from the real
// extension in Chromium on the demo site (fixtures/demo-vendor, the site `npm run demo` serves):
// the popup after an audit, over the page it audited, and the full HTML report. Written to
// store/screenshots/ when UPDATE_STORE_SCREENSHOTS=1, else into a temporary directory, so ordinary
// runs do not churn the committed images (the port in the report differs from run to run).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChrome, openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { Sites } from './helpers/sites.js';

const WIDTH = 1280;
const HEIGHT = 800;

const updating = process.env.UPDATE_STORE_SCREENSHOTS === '1';
const outDir = updating ? 'store/screenshots' : mkdtempSync(join(tmpdir(), 'contact-audit-store-'));
mkdirSync(outDir, { recursive: true });

let h: ChromeHarness;
const sites = new Sites();
beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  await sites.closeAll();
  if (!updating) rmSync(outDir, { recursive: true, force: true });
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number; png: boolean } {
  const bytes = readFileSync(file);
  return { png: bytes.subarray(1, 4).toString() === 'PNG', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function shoot(page: Page, name: string): Promise<string> {
  const file = join(outDir, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  return file;
}

/**
 * A headless popup has no browser window around it, so the store image is drawn: the audited page
 * as the background and the popup where the browser opens it, under the toolbar's right end.
 */
async function composed(pageShot: string, popupShot: string, popupWidth: number): Promise<Page> {
  const canvas = await h.browser.newPage();
  await canvas.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
  await canvas.setContent(
    `<!doctype html><html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;position:relative">
      <img alt="" src="data:image/png;base64,${pageShot}" style="position:absolute;inset:0;width:${WIDTH}px;height:${HEIGHT}px;filter:brightness(.82)">
      <img alt="" src="data:image/png;base64,${popupShot}"
        style="position:absolute;top:12px;right:24px;width:${popupWidth}px;border:1px solid #8a8a8a;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
    </body></html>`,
    { waitUntil: 'load' },
  );
  return canvas;
}

describe('store screenshots (1280×800)', () => {
  it('the popup after an audit of the demo site, and the full report', async () => {
    const site = await sites.serve('demo-vendor');
    const tab = await h.browser.newPage();
    await tab.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
    await tab.goto(`${site.origin}/`);
    const pageShot = await tab.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });

    const popup = await openPopup(h, tab);
    await waitForStatus(popup, 'done');
    // Shot as its window is (headless Chromium keeps a popup 510 px tall, and tiles a capture past
    // its window): the first screen, then scrolled to the contacts.
    const popupShot = await popup.screenshot({ encoding: 'base64' });
    const width = Buffer.from(popupShot, 'base64').readUInt32BE(16);
    await popup.$eval('[data-testid="contacts"]', (el) => el.scrollIntoView({ block: 'start' }));
    const contactsShot = await popup.screenshot({ encoding: 'base64' });
    await popup.evaluate('window.scrollTo(0, 0)');

    // "Open full report": the HTML report in a tab of its own.
    const opened = h.browser.waitForTarget((t) => t.url().includes('/report.html?tab='), { timeout: 10_000 });
    await popup.click('[data-testid="open-report"]');
    const report = await (await opened).asPage();
    await report.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
    await report.waitForSelector('#report:not([hidden])');
    const srcdoc = await report.$eval('#report', (f) => (f as HTMLIFrameElement).srcdoc);
    expect(srcdoc).toContain(new URL(site.origin).host);
    // The report is drawn in a sandboxed frame: shoot it once its body has been laid out.
    const frame = report.frames().find((f) => f !== report.mainFrame());
    await frame?.waitForFunction(() => document.readyState === 'complete' && document.body.getBoundingClientRect().height > 0, { timeout: 10_000 });
    const reportFile = await shoot(report, '2-full-report');
    await report.close();
    await popup.close().catch(() => undefined);

    // Drawn last: a new page takes the focus, and a popup that loses it closes.
    const files = [reportFile];
    for (const [name, shot] of [
      ['1-popup-after-audit', popupShot],
      ['3-popup-contacts', contactsShot],
    ] as const) {
      const canvas = await composed(pageShot, shot, width);
      files.push(await shoot(canvas, name));
      await canvas.close();
    }

    for (const file of files) expect({ file, ...pngSize(file) }).toEqual({ file, png: true, width: WIDTH, height: HEIGHT });
  }, 90_000);
});
