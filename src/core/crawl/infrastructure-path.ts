// Paths that belong to the site's infrastructure, not to its content: a visitor never reads a
// page there, so a request would only spend the budget (and often return 404 or a challenge).

const INFRASTRUCTURE: [RegExp, string][] = [
  // Cloudflare's own endpoints (email protection, challenges, beacons): https://developers.cloudflare.com/fundamentals/reference/cdn-cgi-endpoint/
  [/^\/cdn-cgi\//i, 'Cloudflare endpoint (/cdn-cgi/)'],
  // WordPress back end and JSON API: the admin asks for a login, the API returns JSON.
  [/^\/(wp-admin|wp-json)(\/|$)/i, 'WordPress admin or API'],
  [/^\/xmlrpc\.php$/i, 'WordPress admin or API'],
];

/** Why `url` is an infrastructure path rather than a page, or undefined. */
export function infrastructureReason(url: string | URL): string | undefined {
  let path: string;
  try {
    path = typeof url === 'string' ? new URL(url).pathname : url.pathname;
  } catch {
    return undefined;
  }
  return INFRASTRUCTURE.find(([re]) => re.test(path))?.[1];
}
