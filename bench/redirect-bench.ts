// Redirect recall (issue #11): what each way of handling a redirect in the browser costs in
// contacts, per redirect shape sites use, and what it costs in requests it should never make.
//  follow:           fetch({ redirect: 'follow' }), the old content script: every hop is sent
//  manual:           fetch({ redirect: 'manual' }): the target is hidden (opaque), never followed
//  manual + guesses: the same, and the page asked for at its likely same-origin addresses (chosen)
//  CLI:              Node sees the Location: each hop checked like a link, then followed
// Each shape is one link on a site whose start page is /en/; "found" means the page behind the
// redirect was read. Trap shapes redirect into a sign-out URL or another host: "unsafe" counts the
// requests that reached them.
import { fetchFollowing, type RedirectPolicy } from '../src/core/crawl/redirects.js';
import { hiddenRedirectGuesses } from '../src/core/crawl/hidden-redirect-guesses.js';
import { stateChangingReason } from '../src/core/crawl/state-changing-link.js';
import type { FetchResult, Fetcher } from '../src/core/crawl/crawl-types.js';

const O = 'https://vendor.example';
const START = `${O}/en/`;

/** [shape, link path, redirect target, is the target a page to find (true) or a trap (false)] */
const SHAPES: [string, string, string, boolean][] = [
  ['trailing slash added', '/contact', '/contact/', true],
  ['trailing slash dropped', '/kontakt/', '/kontakt', true],
  ['locale folder (/contact -> /en/contact/)', '/support', '/en/support/', true],
  ['locale folder, no slash', '/about', '/en/about', true],
  ['page renamed (/contact -> /contact-us)', '/contact-page', '/contact-us', true],
  ['section moved (/help -> /support/help/)', '/help', '/support/help/', true],
  ['into a sign-out URL', '/contact-sales', '/account/logout', false],
  ['to another host', '/partner', 'https://partner.example/', false],
];

type Mode = 'follow' | 'manual' | 'manual + guesses' | 'CLI';
const MODES: Mode[] = ['follow', 'manual', 'manual + guesses', 'CLI'];

export interface RedirectBench {
  shapes: { shape: string; found: Record<Mode, boolean>; unsafe: Record<Mode, number> }[];
  recall: Record<Mode, string>;
  unsafeRequests: Record<Mode, number>;
}

function siteFetcher(mode: Mode, requested: string[]): Fetcher {
  const redirects = new Map(SHAPES.map(([, from, to]) => [`${O}${from}`, new URL(to, O).href]));
  const pages = new Set(SHAPES.filter(([, , , page]) => page).map(([, , to]) => new URL(to, O).href));
  const once = (url: string): FetchResult => {
    requested.push(url);
    const base = { requestedUrl: url, url, contentType: 'text/html', truncated: false };
    const to = redirects.get(url);
    if (to) return { ...base, status: 302, body: '', redirect: mode === 'CLI' ? { location: to } : {} };
    return pages.has(url) ? { ...base, status: 200, body: '<p>page</p>' } : { ...base, status: 404, body: '' };
  };
  if (mode !== 'follow') return async (url) => once(url);
  // The browser following by itself: every hop is requested before anyone sees it.
  return async (url) => {
    let current = url;
    for (;;) {
      const to = redirects.get(current);
      if (!to) return { ...once(current), requestedUrl: url };
      requested.push(current);
      current = to;
    }
  };
}

export async function redirectBench(): Promise<RedirectBench> {
  const shapes: RedirectBench['shapes'] = [];
  for (const [shape, from, to, isPage] of SHAPES) {
    const found = {} as Record<Mode, boolean>;
    const unsafe = {} as Record<Mode, number>;
    for (const mode of MODES) {
      const requested: string[] = [];
      const policy: RedirectPolicy = {
        refuse: (url) => stateChangingReason(url),
        guesses: (url) => (mode === 'manual + guesses' ? hiddenRedirectGuesses(url, START) : []),
        record: () => undefined,
      };
      const res = await fetchFollowing(siteFetcher(mode, requested), `${O}${from}`, { timeoutMs: 1000, maxBytes: 1e6, allowedOrigins: [O] }, policy).catch(
        () => undefined,
      );
      found[mode] = isPage && res?.status === 200;
      const target = new URL(to, O).href;
      unsafe[mode] = isPage ? 0 : requested.filter((u) => u === target).length;
    }
    shapes.push({ shape, found, unsafe });
  }
  const pagesShapes = shapes.filter((_, i) => SHAPES[i]![3]);
  const recall = Object.fromEntries(MODES.map((m) => [m, `${pagesShapes.filter((s) => s.found[m]).length}/${pagesShapes.length}`])) as Record<Mode, string>;
  const unsafeRequests = Object.fromEntries(MODES.map((m) => [m, shapes.reduce((n, s) => n + s.unsafe[m], 0)])) as Record<Mode, number>;
  return { shapes, recall, unsafeRequests };
}

/** The table for the README and `npm run bench`. */
export function redirectTable(r: RedirectBench): string {
  const rows = r.shapes.map(
    (s) =>
      `| ${s.shape} | ${MODES.map((m) => (SHAPES.find(([n]) => n === s.shape)![3] ? (s.found[m] ? 'found' : 'missed') : s.unsafe[m] ? 'REQUESTED' : 'not requested')).join(' | ')} |`,
  );
  return `| redirect shape | ${MODES.join(' | ')} |\n|---|${MODES.map(() => '---').join('|')}|\n${rows.join('\n')}\n| pages found | ${MODES.map((m) => r.recall[m]).join(' | ')} |\n| unsafe requests | ${MODES.map((m) => r.unsafeRequests[m]).join(' | ')} |\n`;
}
