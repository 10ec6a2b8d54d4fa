/**
 * Where a country puts its domains one level down ("co.uk", "com.au"). No public-suffix list ships
 * with the engine (it would add 140 KB to its bundle): these stand in for it where a site is told apart.
 */
const COUNTRY_SECOND_LEVEL = 'co|com|net|org|ac|gov';
const BARE_DOMAIN = new RegExp(`^(?:[a-z0-9-]+\\.[a-z]{2,}|[a-z0-9-]+\\.(?:${COUNTRY_SECOND_LEVEL})\\.[a-z]{2})$`);
const UNDER_COUNTRY = new RegExp(`^(?:${COUNTRY_SECOND_LEVEL})$`);

/** A registrable domain alone ("onlim.com", "easichat.co.uk"): no subdomain, no path. */
export function isBareDomain(entry: string): boolean {
  return BARE_DOMAIN.test(entry);
}

/** The site a host belongs to: its last two labels, or three under a country's second level ("shop.co.uk"). */
export function siteOfHost(host: string): string {
  const labels = host.split('.');
  const n = labels.length;
  const underCountry = n >= 3 && labels[n - 1]!.length === 2 && UNDER_COUNTRY.test(labels[n - 2]!);
  return labels.slice(underCountry ? -3 : -2).join('.');
}

/**
 * A vendor's service host ("service.giosg.com", "api.anychat.one"): a subdomain other than www.
 * Snippets keep such a host in a variable and add the loader's path later, while a link to the
 * vendor's site names its homepage (www or the bare domain) or a page with a path.
 */
export function isServiceHost(host: string): boolean {
  return !host.startsWith('www.') && !isBareDomain(host);
}
