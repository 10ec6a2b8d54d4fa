// "Same site" as a visitor sees it: the host and its www twin, over http or https.
// A link elsewhere leaves the vendor's site, so the crawler never requests it.

/** Hosts without a www twin: IP addresses and single-label names such as localhost. */
function hasWwwTwin(hostname: string): boolean {
  return hostname.includes('.') && !/^[\d.]+$/.test(hostname) && !hostname.startsWith('[');
}

/** The host without its "www." (a site and its www twin are one). */
export function bareHost(hostname: string): string {
  return hostname.startsWith('www.') ? hostname.slice(4) : hostname;
}

function parse(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** The same-site key of a URL's host: host without "www.", plus the port when not default. */
function siteOf(u: URL): string {
  return `${bareHost(u.hostname)}:${u.port}`;
}

/** True when `url` is on the same site as `siteUrl` (www twin and http↔https included). */
export function isSameSite(url: string, siteUrl: string): boolean {
  const a = parse(url);
  const b = parse(siteUrl);
  return !!a && !!b && siteOf(a) === siteOf(b);
}

/** isSameSite against a fixed site, parsed once: the crawler asks it for every link. */
export function sameSiteAs(siteUrl: string): (url: string | URL) => boolean {
  const site = parse(siteUrl);
  const key = site && siteOf(site);
  return (url) => {
    const u = typeof url === 'string' ? parse(url) : url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    return !!key && !!u && siteOf(u) === key;
  };
}

/** Every origin a page of the site may be served from: for FetchOptions.allowedOrigins. */
export function siteOrigins(siteUrl: string): string[] {
  const u = parse(siteUrl);
  if (!u) return [];
  const port = u.port ? `:${u.port}` : '';
  const bare = bareHost(u.hostname);
  const hosts = hasWwwTwin(bare) ? [bare, `www.${bare}`] : [u.hostname];
  return hosts.flatMap((h) => [`https://${h}${port}`, `http://${h}${port}`]);
}

/**
 * A key that is equal for the same page reached over http or https, with or without www or a trailing slash:
 * the crawler uses it to visit such twins once.
 */
export function pageKey(url: string): string {
  const u = parse(url);
  if (!u) return url;
  // /a and /a/ are one page (normalize-url.ts); final URLs after redirects are not normalised.
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${siteOf(u)}${path}${u.search}`;
}

/** The same path and query on another origin (robots.txt rules are per origin). */
export function onOrigin(url: string, origin: string): string {
  const u = parse(url);
  return u ? `${origin}${u.pathname}${u.search}` : url;
}
