// Imported first by the tab agent, before any library runs. The agent's world has its own globals
// but shares the page's DOM, and with it the page's named elements: `browser` is <div id="browser">
// when the page has one (DOM clobbering). Bundled code probes such names and then uses them:
// webextension-polyfill's `globalThis.browser?.runtime?.id`, zod's `globalThis.__zod_globalConfig`.
// When the agent still held the engine, cheerio's `typeof Buffer !== 'undefined' && Buffer.isBuffer(x)`
// failed every audit on a page with an element named Buffer; Node's names stay listed in case a
// library brings such a probe back. An own property of this world's global object hides the page's
// element of that name; test/e2e/chrome-page-isolation.test.ts clobbers every name the built bundle
// probes, so a library that starts probing a new one is caught.
const PROBED_GLOBALS = ['Buffer', 'setImmediate', 'process', 'global', '__zod_globalConfig', 'browser'] as const;

for (const name of PROBED_GLOBALS) {
  // Only where the name is not this world's own (Firefox defines `browser`): absent stays absent.
  if (!Object.prototype.hasOwnProperty.call(globalThis, name)) {
    Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true, enumerable: false });
  }
}

export {};
