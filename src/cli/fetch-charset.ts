// Which text encoding a response body is in, the way a browser decides (WHATWG Encoding and
// HTML standards): a byte-order mark wins, then the Content-Type charset, then a <meta> (or XML
// declaration) in the first 2 KB, then UTF-8. Node's full ICU decodes legacy encodings
// (windows-1252, iso-8859-*, shift_jis, euc-kr, gb18030...).

/** How far into the body a <meta charset> is looked for: the HTML standard's prescan reads 1024 bytes; 2 KB leaves room for long heads. */
const PRESCAN_BYTES = 2048;

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The decoder's canonical name for a label, or undefined when it knows no such encoding. */
function known(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string): string | undefined {
  return contentType.match(/;\s*charset\s*=\s*["']?([^"';\s]+)/i)?.[1];
}

function declaredInBody(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const label =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1] ?? head.match(/^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i)?.[1];
  const enc = known(label);
  // A page cannot declare itself UTF-16 in ASCII-compatible bytes: the standard reads it as UTF-8.
  return enc?.startsWith('utf-16') ? 'utf-8' : enc;
}

/** The encoding to decode `bytes` with. */
export function detectCharset(bytes: Uint8Array, contentType: string): string {
  return bomCharset(bytes) ?? known(headerCharset(contentType)) ?? declaredInBody(bytes) ?? 'utf-8';
}

/**
 * windows-1252 at 0x80–0x9F (WHATWG index-single-byte). Node 20's TextDecoder decodes the
 * windows-1252 family (also what "iso-8859-1" and "us-ascii" mean on the web) as ISO-8859-1 there,
 * turning "€" into U+0080; this table puts the right characters back. Undefined bytes stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode a body; malformed bytes become U+FFFD (as in a browser), a BOM is dropped. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const charset = detectCharset(bytes, contentType);
  const text = new TextDecoder(charset).decode(bytes);
  return charset === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}
