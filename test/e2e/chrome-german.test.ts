// A German browser (issue #17): Chromium started in German (--lang=de, LANGUAGE/LANG for its process)
// shows the popup in German through browser.i18n, and the full report page is the German HTML report.
// The popup's words are compared with the view-model run in Node on the very audit it shows, so the
// browser's catalogue (_locales, written by the build) and the core's (src/core/i18n) are one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/catalogue.js';
import type { AuditState } from '../../src/messages.js';
import { viewModel } from '../../src/popup/view-model.js';
import { openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { axeViolations, storedStates, tabIdOf } from './helpers/popup-checks.js';
import { Sites } from './helpers/sites.js';
import { launchGermanChrome } from './helpers/german-chrome.js';

let h: ChromeHarness;
let closeBrowser: () => Promise<void>;
const sites = new Sites();
const de = translator('de');

beforeAll(async () => {
  ({ h, close: closeBrowser } = await launchGermanChrome());
});
afterAll(async () => {
  await closeBrowser?.();
  await sites.closeAll();
});

describe('a German browser', () => {
  it('shows the popup and the full report in German', async () => {
    const site = await sites.serve('demo-vendor');
    const tab = await h.browser.newPage();
    await tab.goto(`${site.origin}/`);
    const popup = await openPopup(h, tab);
    expect(await popup.evaluate('chrome.i18n.getUILanguage()')).toMatch(/^de\b/);
    await waitForStatus(popup, de('popup_status_done'));
    expect(await popup.evaluate('document.documentElement.lang')).toBe('de');

    // What the popup shows is the German view-model of the stored audit, word for word.
    const state = Object.values(await storedStates(popup)).find((v) => (v as AuditState).site === site.origin) as AuditState;
    const vm = viewModel(state, de, new Date(state.report!.finishedAt));
    const way = (role: string) => popup.$eval(`section[data-role="${role}"] .way`, (el) => el.textContent ?? '');
    expect(await way('sales')).toBe(vm.paths[0]?.summary);
    expect(await way('support')).toBe(vm.paths[1]?.summary);
    expect(vm.paths[0]?.summary).toMatch(/^(Anrufen|E-Mail|Chat|Kontaktformular|Helpdesk)\b.* — (auf der Startseite|\d+ Klicks?)/);
    const headings = await popup.$$eval('h1, h2', (els) => els.map((e) => e.textContent ?? ''));
    expect(headings).toEqual(expect.arrayContaining([de('popup_contacts_heading'), expect.stringMatching(/^Vertrieb: /), expect.stringMatching(/^Support: /)]));
    // The demo vendor hides some contacts: the checks that fail explain why, in German, from their catalogue messages.
    expect(vm.failedChecks.length).toBeGreaterThan(0);
    expect(headings).toContain('Was die Kontakte schwer auffindbar macht');
    const explained = await popup.$$eval('[data-testid="failed-checks"] li > p > strong', (els) => els.map((e) => e.textContent ?? ''));
    expect(explained).toEqual(vm.failedChecks.map((c) => c.explanation));
    expect(explained.join(' ')).not.toMatch(/\b(clicks?|found|the start page)\b/);
    // Their evidence notes too, from each note's catalogue message (the values and link texts stay as the site wrote them).
    const evidence = await popup.$$eval('[data-testid="failed-checks"] ul.evidence li', (els) => els.map((e) => e.textContent ?? ''));
    expect(evidence).toEqual(vm.failedChecks.flatMap((c) => c.evidence));
    expect(evidence.join(' ')).toMatch(/Klicks?\b/);
    expect(evidence.join(' ')).not.toMatch(/\b(clicks?|the start page)\b/);
    if (process.env.SHOW_GERMAN) console.log(await popup.$eval('body', (el) => el.innerText));
    expect(await popup.$eval('.legend', (el) => el.textContent)).toBe('Wie versteckt die Kontakte sind: 0 = gut sichtbar, 100 = nicht auffindbar.');
    expect(await popup.$eval('[data-testid="rerun"]', (el) => el.textContent)).toBe('Erneut prüfen');
    expect(await popup.$eval('[data-testid="open-report"]', (el) => el.textContent)).toBe('Vollständigen Bericht öffnen');
    // Longer German words still fit: no accessibility violation either.
    expect((await axeViolations(popup)).map((v) => v.id)).toEqual([]);

    // The full report page: the HTML report in the browser's language, its lang said on the page and in the report.
    const tabId = await tabIdOf(popup);
    await popup.close();
    const report = await h.browser.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html?tab=${tabId}`);
    await report.waitForSelector('#report:not([hidden])', { timeout: 20_000 });
    expect(await report.evaluate('document.documentElement.lang')).toBe('de');
    const frame = (await (await report.$('#report'))?.contentFrame())!;
    await frame.waitForSelector('h2');
    expect(await frame.evaluate('document.documentElement.lang')).toBe('de');
    const reportHeadings = await frame.$$eval('h2', (els) => els.map((e) => e.textContent ?? ''));
    expect(reportHeadings).toContain(de('report_best_way'));
    await report.close();
  }, 90_000);

  it('the options page is German, with the way to the history', async () => {
    const options = await h.browser.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForFunction(() => document.documentElement.lang === 'de');
    expect(await options.$eval('h1', (el) => el.textContent)).toBe('Contact Audit: Einstellungen');
    expect(await options.$eval('[data-testid="open-history"]', (el) => el.textContent)).toBe('Prüfverlauf öffnen');
    const opened = h.browser.waitForTarget((t) => t.url().endsWith('/history.html'), { timeout: 10_000 });
    await options.click('[data-testid="open-history"]');
    await opened;
    await options.close();
  }, 30_000);
});
