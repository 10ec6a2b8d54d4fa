// Firefox quirk: a content script sees the page's URL and URLSearchParams through Xray wrappers,
// and the iterators they return "are not safely Xrayable": `[...url.searchParams.entries()]` throws
// (seen in Firefox ESR 153; the engine's crawl-trap guard spreads them). forEach crosses the Xray
// fine, so the iteration methods are rebuilt on it. The override is an expando visible only to this
// content script, never to the page.
declare const __BROWSER__: string;

type Pair = [string, string];

export function patchSearchParamsIteration(): void {
  if (typeof __BROWSER__ !== 'undefined' && __BROWSER__ !== 'firefox') return;
  const proto = URLSearchParams.prototype;
  const forEach = proto.forEach;
  const pairs = (params: URLSearchParams): Pair[] => {
    const out: Pair[] = [];
    forEach.call(params, (value: string, key: string) => out.push([key, value]));
    return out;
  };
  const entries = function (this: URLSearchParams): ArrayIterator<Pair> {
    return pairs(this)[Symbol.iterator]();
  };
  Object.defineProperties(proto, {
    entries: { value: entries, configurable: true, writable: true },
    [Symbol.iterator]: { value: entries, configurable: true, writable: true },
    keys: { value: function (this: URLSearchParams) { return pairs(this).map(([k]) => k)[Symbol.iterator](); }, configurable: true, writable: true },
    values: { value: function (this: URLSearchParams) { return pairs(this).map(([, v]) => v)[Symbol.iterator](); }, configurable: true, writable: true },
  });
}
