// Where a redirect most likely leads when the browser will not say (redirects.ts): the same path
// with the trailing slash added or removed, and the same path under the locale folder the start
// page lives in (/contact -> /en/contact/ on a site whose start page is /en/). Measured in
// `npm run bench` (redirect recall): these two shapes are what sites redirect a page to when the
// page itself has not moved; a page renamed behind a redirect is reported as not followed.

/** A first path segment naming a language or locale: "en", "de-at", "pt_BR", "zh-hans". */
const LOCALE_SEGMENT = /^[a-z]{2}([-_]([a-z]{2}|[a-z]{4}))?$/i;

/** At most this many extra requests per hidden redirect. */
export const MAX_GUESSES = 3;

export function hiddenRedirectGuesses(url: string, startPageUrl: string): string[] {
  let u: URL;
  let start: URL;
  try {
    u = new URL(url);
    start = new URL(startPageUrl);
  } catch {
    return [];
  }
  const paths: string[] = [];
  const toggled = toggleSlash(u.pathname);
  if (toggled) paths.push(toggled);
  const locale = start.pathname.split('/')[1] ?? '';
  const first = u.pathname.split('/')[1] ?? '';
  if (LOCALE_SEGMENT.test(locale) && !LOCALE_SEGMENT.test(first) && u.pathname !== '/') {
    const under = `/${locale}${u.pathname}`;
    paths.push(under.endsWith('/') ? under : `${under}/`, under.endsWith('/') ? under.slice(0, -1) : under);
  }
  const seen = new Set([u.pathname]);
  return paths
    .filter((p) => !seen.has(p) && (seen.add(p), true))
    .slice(0, MAX_GUESSES)
    .map((p) => `${u.origin}${p}${u.search}`);
}

/** "/a" <-> "/a/"; undefined for "/" and for file names ("/a.html"), which are not folders. */
function toggleSlash(path: string): string | undefined {
  if (path === '/') return undefined;
  if (path.endsWith('/')) return path.slice(0, -1);
  return /\.[a-z0-9]{1,5}$/i.test(path) ? undefined : `${path}/`;
}
