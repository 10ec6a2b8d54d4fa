// Late chat widgets in Chromium (issue #12 item 2): the end of an audit waits for the shopper's
// page only while a known vendor's loader is still on its way to drawing its widget, never a fixed
// delay. Each site's page adds a loader of a known vendor on the load event (Salesforce's, which the
// vendor table knows by its path on any host, so this server can serve it; vendors' own hosts are
// HSTS-preloaded); the server answers the loader, or the page draws the widget, a moment after the
// crawl's last request. The URL is built in pieces, so only the rendered page shows the vendor.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/core/report/schema.js';
import { launchChrome, openPopup, waitForStatus, type ChromeHarness } from './helpers/chromium.js';
import { storedStates } from './helpers/popup-checks.js';

let h: ChromeHarness;
const servers: Server[] = [];

beforeAll(async () => {
  h = await launchChrome();
});
afterAll(async () => {
  await h?.browser.close();
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

/** The widget as the vendor's script draws it: an element of the vendor table's (#embeddedMessagingFrame). */
const DRAW_WIDGET = `const f = document.createElement('iframe'); f.id = 'embeddedMessagingFrame'; f.src = 'about:blank'; document.body.append(f);`;

/**
 * A two-page site whose page, once loaded, requests the vendor's loader `<loader>.js` and
 * shows a signed-in shopper's details (which must never reach the report). `quiet(ms)` resolves
 * once the crawl (its request for "/" is the second) has sent no request for `ms`: after its last page.
 */
async function site(loader: 'late' | 'gone', extraScript = ''): Promise<{ origin: string; quiet: (ms: number) => Promise<void> }> {
  let lastRequest = Date.now();
  let homeRequests = 0;
  let crawlStarted: () => void = () => undefined;
  const started = new Promise<void>((ok) => (crawlStarted = ok));
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><title>Shop</title></head><body>${body}<script>
      addEventListener('load', () => {
        const s = document.createElement('script');
        s.src = '/embedded' + 'service/${loader}.js';
        document.head.append(s);
        const me = document.createElement('p');
        me.textContent = 'Signed in as Jane Roe, jane.roe@example.org, +1 202 555 0148';
        document.body.append(me);
        ${extraScript}
      });
    </script></body></html>`;
  const quiet = async (ms: number): Promise<void> => {
    await started;
    for (let left = ms; left > 0; left = lastRequest + ms - Date.now()) await new Promise((r) => setTimeout(r, left));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const vendor = path.startsWith('/embeddedservice/');
    if (!vendor && path !== '/signal' && path !== '/favicon.ico') lastRequest = Date.now();
    if (!vendor && path === '/' && ++homeRequests === 2) crawlStarted();
    const send = (status: number, type: string, body: string) => void res.writeHead(status, { 'content-type': type }).end(body);
    if (path === '/embeddedservice/late.js') return void quiet(250).then(() => send(200, 'text/javascript', DRAW_WIDGET));
    if (vendor) return send(404, 'text/plain', 'no such widget');
    // The page's own wait for the crawl to end, then it draws the widget itself (no loader pending).
    if (path === '/signal') return void quiet(400).then(() => send(200, 'text/plain', 'now'));
    if (path === '/') return send(200, 'text/html; charset=utf-8', page('<main><h1>Shop</h1><a href="/about">About us</a></main>'));
    if (path === '/about') return send(200, 'text/html; charset=utf-8', page('<main><p>Family owned.</p></main>'));
    send(404, 'text/html', '<!doctype html><title>Not found</title>');
  });
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, quiet };
}

async function audit(origin: string, beforeClick?: () => Promise<void>): Promise<Report> {
  const tab = await h.browser.newPage();
  await tab.goto(`${origin}/`);
  await beforeClick?.();
  const popup = await openPopup(h, tab);
  await waitForStatus(popup, 'done');
  const state = Object.values(await storedStates(popup)).find((v) => (v as { site?: string }).site === origin) as { report: unknown };
  await popup.close();
  await tab.close();
  return ReportSchema.parse(state.report);
}

const chatOf = (report: Report) => report.findings.find((f) => f.kind === 'chat' && f.value === 'salesforce');

it('waits for a known loader still loading when the crawl ends, and reports the widget it draws', async () => {
  const { origin } = await site('late');
  const report = await audit(origin);
  // The iframe is the widget itself: seen only if the end of the audit waited for the loader.
  expect(chatOf(report)?.flags).toEqual(expect.arrayContaining(['iframe', 'rendered']));
  const text = JSON.stringify(report);
  for (const personal of ['Jane', 'jane.roe', '555 0148', '5550148']) expect(text).not.toContain(personal);
}, 60_000);

it('does not wait for a loader that ended long before the crawl did', async () => {
  // The loader failed at load; the page draws the widget itself 400 ms after the crawl's last request.
  const { origin } = await site('gone', `fetch('/signal').then(() => { ${DRAW_WIDGET} });`);
  // The shopper looks at the page a moment before clicking: the failed loader is long settled.
  const report = await audit(origin, () => new Promise((r) => setTimeout(r, 600)));
  // Its script is on the rendered page, so the chat is reported; the widget drawn after the end is not seen.
  expect(chatOf(report)?.flags).toContain('script');
  expect(chatOf(report)?.flags).not.toContain('iframe');
}, 60_000);
