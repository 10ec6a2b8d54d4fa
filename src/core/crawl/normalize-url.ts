// One spelling per page, so the crawler requests each page once and reports stable URLs.
// Only changes a server is expected to ignore: tracking and session parameters, fragments,
// default ports, a trailing slash, parameter order, the case of scheme and host.

/**
 * Query parameters that only track the click, never select content.
 * Sources: each vendor's documentation (Google Analytics/Ads, Meta, Microsoft Ads, Mailchimp,
 * HubSpot, Marketo, Yandex, TikTok, LinkedIn) and the lists of the ClearURLs project.
 */
const TRACKING_PARAMS = new Set([
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  '_ga',
  '_gl', // Google
  'fbclid',
  'igshid', // Meta
  'msclkid', // Microsoft Ads
  'mc_cid',
  'mc_eid', // Mailchimp
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking', // HubSpot
  'mkt_tok', // Marketo
  'yclid',
  'ttclid',
  'twclid',
  'li_fat_id', // Yandex, TikTok, X, LinkedIn
]);
/** Campaign parameters come as a family: utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id... */
const TRACKING_PREFIXES = ['utm_'];

/** Session ids put in the URL by servers that could not set a cookie (PHP, Java EE, ColdFusion, generic). */
const SESSION_PARAMS = new Set(['phpsessid', 'jsessionid', 'sid', 'sessionid', 'session_id', 'sessid', 'cfid', 'cftoken']);
/** Session ids in the path: Java's ";jsessionid=...", PHP's ";phpsessid=...". */
const PATH_SESSION = /;(jsessionid|phpsessid|sessionid|sid)=[^/]*/gi;
/** ASP.NET cookieless sessions put "(S(...))" as a path segment. */
const ASPNET_SESSION = /\/\((?:[A-Z]\([^)]*\))+\)(?=\/|$)/gi;

/** True for a query parameter that never changes what the page shows. */
export function isNoiseParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || SESSION_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * Resolve `href` against `base` and normalise it. Undefined for anything that is not an
 * http(s) URL (mailto:, tel:, javascript:, data:, unparsable).
 */
export function normalizeUrl(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  return normalizedHref(url);
}

/**
 * normalizeUrl for a URL already parsed (a page's links are parsed once, ParsedPage.resolveLink),
 * built from its parts without changing it: each URL setter re-serialises the whole URL.
 */
export function normalizedHref(url: Readonly<URL>): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // URL already lower-cases scheme and host, drops default ports and resolves dot segments;
  // leaving out the credentials and the fragment is leaving out their parts.
  let path = url.pathname;
  // Session ids out first; the setter (on a copy) then resolves the dot segments their removal can
  // leave ("/x/.;jsessionid=1" → "/x/."), and only then are trailing slashes dropped, so the result is stable.
  if (path.includes(';') || path.includes('(')) {
    const stripped = path.replace(PATH_SESSION, '').replace(ASPNET_SESSION, '');
    if (stripped !== path) {
      const copy = new URL(url.href);
      copy.pathname = stripped;
      path = copy.pathname;
    }
  }
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  return `${url.protocol}//${url.host}${path}${cleanQuery(url.search)}`;
}

/**
 * The URL as given, minus any "user:password@": a start URL may carry them, a report (which is
 * shared) must not. Anything unparsable is returned unchanged.
 */
export function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Drop noise parameters and sort the rest; raw pairs are kept as written (no re-encoding). */
function cleanQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isNoiseParam(decodeSafe(pair.split('=')[0] ?? '')));
  pairs.sort();
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
