// The engine's entry: the crawl, the analysis and the scoring inputs, kept out of the shopper's tab
// (issue #12: the tab gets a small agent, src/content). Chrome loads it in an offscreen document
// (engine.html; a service worker cannot hold it for long and has no DOM to spare), where the worker
// talks to it by runtime messages. Firefox loads it into its background page, whose worker code
// calls it directly: a page never receives its own runtime messages.
import browser from 'webextension-polyfill';
import { ENGINE_GLOBAL, ToEngineSchema, type EngineJob, type InPageEngine } from '../engine-messages.js';
import { createEngine } from './audits-running.js';

declare const __BROWSER__: 'chrome' | 'firefox';

if (__BROWSER__ === 'chrome') {
  const engine = createEngine((msg) => browser.runtime.sendMessage(msg));
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = ToEngineSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.type === 'engine/stop') return Promise.resolve({ running: engine.stop(msg.auditId) });
    if (msg.type === 'engine/running') return Promise.resolve({ running: engine.running() });
    const { type: _type, ...job } = msg;
    engine.start(job satisfies EngineJob);
    return Promise.resolve({ ok: true });
  });
} else {
  (globalThis as unknown as Record<symbol, InPageEngine>)[ENGINE_GLOBAL] = { connect: createEngine };
}
