// Where the engine (src/engine) runs, started and stopped by the worker. Chrome: an offscreen
// document (engine.html), created for the first audit and closed when the engine says it has been
// idle a while (engine/audits-running.ts), so its code and memory are held only around audits;
// reason DOM_PARSER, since parsing the site's HTML is its work
// (https://developer.chrome.com/docs/extensions/reference/api/offscreen).
// Firefox has no offscreen documents; its background is a page, which loads engine.js on the first
// audit and keeps it while the page lives.
import browser from 'webextension-polyfill';
import { ENGINE_GLOBAL, EngineCountReplySchema, type EngineJob, type InPageEngine, type ToEngine } from '../engine-messages.js';
import type { Engine } from '../engine/audits-running.js';
import type { SendToWorker } from '../engine/tab-link.js';
import { withLock } from './lock.js';

declare const __BROWSER__: 'chrome' | 'firefox';

const ENGINE_PAGE = 'engine.html';
const ENGINE_SCRIPT = 'engine.js';
/** One offscreen document per extension: creating and closing it must not interleave. */
const ENGINE_LOCK = 'engine';

/** The chrome.* APIs the polyfill does not wrap (Chrome 116+, the manifest's minimum). */
interface ChromeOffscreenApi {
  offscreen: {
    createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: { getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
}

/** Firefox: how the in-page engine reaches the worker's handlers (set by index.ts). */
let deliver: SendToWorker | undefined;
let inPage: Engine | undefined;

export function setEngineDelivery(send: SendToWorker): void {
  deliver = send;
}

/** Loads the engine (Chrome: opens its document), so the start that follows finds it ready. */
export async function prepareEngine(): Promise<void> {
  if (__BROWSER__ !== 'chrome') return void (await inPageEngine());
  await withLock(ENGINE_LOCK, ensureOffscreen);
}

export async function startEngine(job: EngineJob): Promise<void> {
  if (__BROWSER__ !== 'chrome') return (await inPageEngine()).start(job);
  // Under the lock: a last audit ending elsewhere may be closing the document this one needs.
  await withLock(ENGINE_LOCK, async () => {
    await ensureOffscreen();
    await browser.runtime.sendMessage({ type: 'engine/start', ...job } satisfies ToEngine);
  });
}

/** Stops an audit in the engine (a stopped or ended one is no error). The engine stays loaded a while for the next. */
export async function stopEngine(auditId: string): Promise<void> {
  if (__BROWSER__ !== 'chrome') return void inPage?.stop(auditId);
  await withLock(ENGINE_LOCK, async () => {
    if (await offscreenOpen()) await browser.runtime.sendMessage({ type: 'engine/stop', auditId } satisfies ToEngine).catch(() => undefined);
  });
}

/**
 * The engine has had no audit for a while: Chrome's document is closed, unless an audit started
 * since (asked under the lock every start takes). Firefox's engine goes with its background page.
 */
export async function closeEngineIfIdle(): Promise<void> {
  if (__BROWSER__ !== 'chrome') return;
  await withLock(ENGINE_LOCK, async () => {
    if (!(await offscreenOpen())) return;
    const reply = EngineCountReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'engine/running' } satisfies ToEngine).catch(() => undefined));
    if (reply.success && reply.data.running === 0)
      await chromeApi()
        .offscreen.closeDocument()
        .catch(() => undefined);
  });
}

function chromeApi(): ChromeOffscreenApi {
  return (globalThis as unknown as { chrome: ChromeOffscreenApi }).chrome;
}

async function offscreenOpen(): Promise<boolean> {
  const contexts = await chromeApi().runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(ENGINE_PAGE)] });
  return contexts.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  if (await offscreenOpen()) return;
  await chromeApi().offscreen.createDocument({
    url: ENGINE_PAGE,
    reasons: ['DOM_PARSER'],
    justification: 'Parses the HTML of the pages the audit reads, to find the ways to contact the site.',
  });
}

async function inPageEngine(): Promise<Engine> {
  if (inPage) return inPage;
  if (!deliver) throw new Error('the engine has no way to reach the worker');
  const scope = globalThis as unknown as Record<symbol, InPageEngine | undefined>;
  if (!scope[ENGINE_GLOBAL]) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = browser.runtime.getURL(ENGINE_SCRIPT);
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the engine could not be loaded'));
      document.head.append(script);
    });
  }
  const loaded = scope[ENGINE_GLOBAL];
  if (!loaded) throw new Error('the engine could not be loaded');
  inPage = loaded.connect(deliver);
  return inPage;
}
