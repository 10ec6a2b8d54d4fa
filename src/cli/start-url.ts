// What the CLI accepts as a site to audit. A shopper types what is in the address bar
// ("shop.example/en/"), so a missing scheme means https; anything that cannot be a web site is
// refused before a single request, with the argument quoted as given (issue #17: `notaurl` used
// to be audited as https://notaurl/, and `http://exa mple.com` became two sites).
import type { Translate } from '../core/i18n/catalogue.js';
import { UsageError } from './usage-error.js';

// A host after the URL parser (lower-cased, IDNA to punycode): DNS labels, underscores tolerated
// (some real hosts have them), an optional final dot.
const HOST_NAME = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The audited URL for one argument, or a UsageError saying why it is not one. */
export function normaliseStartUrl(raw: string, t: Translate): string {
  const notAUrl = () => new UsageError(t('cli_error_not_a_url', { url: raw }));
  const onlyHttp = () => new UsageError(t('cli_error_only_http', { url: raw }));
  // Whitespace anywhere: the URL parser would strip it at the ends or refuse it inside; either
  // way the argument is not what the user meant, so it is refused whole.
  if (raw.trim() === '' || /[\s\u0000-\u001f\u007f]/.test(raw)) throw notAUrl();
  // "mailto:sales@host", "tel:…", "javascript:…": a scheme that is not followed by "//" and is not
  // a host with a port ("localhost:8080") is refused, not read as user:password@host.
  if (/^([a-z][a-z0-9+.-]*):(?!\/\/)(?!\d+(?:[/?#]|$))/i.test(raw)) throw onlyHttp();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw notAUrl();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw onlyHttp();
  if (!isWebHost(url.hostname)) throw notAUrl();
  return url.href;
}

/** localhost, an IP address, or a name with a dot made of DNS characters: "notaurl" is none of them. */
function isWebHost(host: string): boolean {
  if (host === 'localhost' || host.startsWith('[') || IPV4.test(host)) return true;
  return HOST_NAME.test(host) && host.replace(/\.$/, '').includes('.');
}

/** The URLs of a list file or of stdin: one per line, blank lines and # comments ignored. */
export function urlLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}
