// Open an exported HTML report in headless Chromium and observe what it does: dialogs, requests,
// globals a payload would set, and the shape of the DOM (so broken layout shows too).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { HTML_REPORT_TAGS } from '../../support/html-report-tags.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface Observed {
  dialogs: string[];
  /** Every request other than the report file itself. */
  requests: string[];
  pwned: unknown;
  /** Elements a report never emits itself (script, img, iframe, svg...). */
  foreignElements: string[];
  /** Attributes named on* (event handlers). */
  handlers: string[];
  /** hrefs/srcs that are not http(s). */
  badUrls: string[];
  sections: number;
  h1: number;
  /** Cells per row of the findings table (header excluded). */
  findingRowCells: number[];
  text: string;
  /** Document width against the 1280 px viewport: wider means the layout broke (horizontal scrolling). */
  scrollWidth: number;
  viewportWidth: number;
}

/** The tags html.ts emits; anything else in the DOM came from page text. */
const OWN_TAGS = new Set([...HTML_REPORT_TAGS].map((t) => t.toUpperCase()));

export async function observeHtml(browser: Browser, html: string, settleMs = 300): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const dialogs: string[] = [];
  const requests: string[] = [];
  try {
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, settleMs));
    const dom = await page.evaluate(
      (own: string[]) => {
        // Folded parts (evidence, findings, crawl) are opened: their text and layout count too.
        for (const d of document.querySelectorAll('details')) d.open = true;
        const ownTags = new Set(own);
        const all = [...document.querySelectorAll('*')];
        const findingsTable = [...document.querySelectorAll('table')].find((t) => t.querySelector('th')?.textContent === 'Kind');
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          foreignElements: all.filter((e) => !ownTags.has(e.tagName)).map((e) => e.outerHTML.slice(0, 120)),
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
          badUrls: all.flatMap((e) =>
            ['href', 'src', 'action', 'formaction', 'srcset', 'data']
              .map((n) => e.getAttribute(n))
              .filter((v): v is string => v !== null && !/^https?:/i.test(v)),
          ),
          sections: document.querySelectorAll('section').length,
          h1: document.querySelectorAll('h1').length,
          findingRowCells: findingsTable ? [...findingsTable.querySelectorAll('tbody tr')].map((tr) => tr.children.length) : [],
          text: document.body.innerText,
          scrollWidth: document.documentElement.scrollWidth,
          viewportWidth: window.innerWidth,
        };
      },
      [...OWN_TAGS],
    );
    return { dialogs, requests, ...dom };
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
