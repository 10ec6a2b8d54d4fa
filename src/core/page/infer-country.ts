import type { ParsedPage } from './parsed-page.js';

// Placeholder until the phone work lands: the country from a country-code top-level domain only.
export function inferCountry(page: ParsedPage): string | undefined {
  const tld = new URL(page.url).hostname.split('.').pop()?.toUpperCase();
  return tld && tld.length === 2 ? (tld === 'UK' ? 'GB' : tld) : undefined;
}
