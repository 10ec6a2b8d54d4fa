/**
 * Decode saved HTML bytes the way a browser would for these files: a BOM wins, then the charset
 * named in a <meta> near the top, else UTF-8. The webstruct pages mix UTF-8 and windows-1252.
 */

/** Browsers look for the meta charset in the first 1024 bytes; saved pages often push it later. */
const SNIFF_BYTES = 8192;

export function sniffCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // latin1 maps every byte to one char, so the ASCII markup reads the same whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return m?.[1]?.toLowerCase();
}

export function decodeHtml(bytes: Uint8Array): string {
  const charset = sniffCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label ("utf8x", typos): fall back rather than lose the page.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
