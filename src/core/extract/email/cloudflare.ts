/**
 * Cloudflare Email Address Obfuscation rewrites addresses on the edge: the text becomes
 * "[email protected]" with the address XOR-encoded in hex, either as
 * `<span class="__cf_email__" data-cfemail="HEX">` or as a link to `/cdn-cgi/l/email-protection#HEX`.
 * The first byte is the key; every following byte XOR the key is one byte of the UTF-8 address.
 * Source: https://developers.cloudflare.com/waf/tools/scrape-shield/email-address-obfuscation/
 */

/** Longest hex payload read: an address is at most 254 bytes, plus the key byte. */
const MAX_HEX = 2 * 255;

export function decodeCfEmail(hex: string): string | undefined {
  const h = hex.trim();
  if (h.length < 4 || h.length > MAX_HEX || h.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(h)) return undefined;
  const key = parseInt(h.slice(0, 2), 16);
  let escaped = '';
  for (let i = 2; i < h.length; i += 2) {
    const byte = parseInt(h.slice(i, i + 2), 16) ^ key;
    escaped += `%${byte.toString(16).padStart(2, '0')}`;
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined; // not valid UTF-8: not an address Cloudflare encoded
  }
}

/** The hex after `/cdn-cgi/l/email-protection#`, or undefined for any other href. */
export function cfProtectedHex(href: string): string | undefined {
  return /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)\s*$/i.exec(href)?.[1];
}
