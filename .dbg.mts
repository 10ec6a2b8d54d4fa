import { launchChrome } from './test/e2e/helpers/chromium.ts';
const h = await launchChrome();
const t = await h.browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 5000 }).catch(() => undefined);
console.log('sw target', t?.url());
const targets = h.browser.targets().map((t) => [t.type(), t.url()]);
console.log(targets);
if (t) {
  const s = await t.createCDPSession();
  s.on('Runtime.exceptionThrown', (e) => console.log('EXC', JSON.stringify(e).slice(0, 800)));
  s.on('Runtime.consoleAPICalled', (e) => console.log('CONSOLE', JSON.stringify(e).slice(0, 500)));
  await s.send('Runtime.enable');
  const r = await s.send('Runtime.evaluate', { expression: 'typeof chrome.runtime.onMessage.hasListeners === "function" ? chrome.runtime.onMessage.hasListeners() : "?"', awaitPromise: true });
  console.log(JSON.stringify(r));
}
await h.browser.close();
