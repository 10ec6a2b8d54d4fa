// Imported first by the content script, before any library runs. The content script's world has its
// own globals but shares the page's DOM, and with it the page's named elements: here too, `Buffer`
// is <div id="Buffer"> when the page has one (DOM clobbering). Bundled code probes such names to
// detect Node and then calls them: cheerio's `typeof Buffer !== 'undefined' && Buffer.isBuffer(x)`,
// the crawl's `globalThis.setImmediate`. A page (hostile, or only unlucky in its ids) would fail
// every audit with "Buffer.isBuffer is not a function". An own property of this world's global
// object hides the page's element of that name; test/e2e/chrome-page-isolation.test.ts clobbers
// every name the built bundle probes, so a library that starts probing a new one is caught.
const PROBED_GLOBALS = ['Buffer', 'setImmediate', 'process', 'global', '__zod_globalConfig', 'browser'] as const;

for (const name of PROBED_GLOBALS) {
  // Only where the name is not this world's own (Firefox defines `browser`): absent stays absent.
  if (!Object.prototype.hasOwnProperty.call(globalThis, name)) {
    Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true, enumerable: false });
  }
}

export {};
