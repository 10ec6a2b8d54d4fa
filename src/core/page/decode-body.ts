// The one body decoder, for the CLI and the extension alike: which encoding a response is in, the
// way a browser decides (WHATWG Encoding §4, HTML §13.2.3.2 "determining the character encoding"):
// a byte-order mark wins, then the Content-Type charset, then what the document declares near its
// start (the HTML prescan of <meta>, skipping comments; an XML declaration for sitemaps), then
// UTF-8. TextDecoder (browsers; Node with full ICU) decodes every legacy encoding the web uses.
// encoding-sniffer (installed with cheerio) does the same sniffing, but needs iconv-lite and
// Node's Buffer: it cannot go into the content script's bundle.

/** How far into the body the prescan looks (HTML §13.2.3.2: the first 1024 bytes). */
const PRESCAN_BYTES = 1024;

function bomEncoding(bytes: Uint8Array): string | undefined {
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

/** Bytes as latin-1 text: one character per byte, so positions match. */
function asLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

// The prescan's tokens: a comment (skipped whole), a <meta> tag with its attributes, any other tag.
const PRESCAN_TOKEN = /<!--[\s\S]*?(?:-->|$)|<meta[\s/][^>]*>?|<[!/?]?[a-z][^>]*>?/gi;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i;
const HTTP_EQUIV_CONTENT_TYPE = /\bhttp-equiv\s*=\s*["']?\s*content-type/i;
const CONTENT_ATTR = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** What the document says its encoding is, by the HTML prescan (or an XML declaration at its start). */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = asLatin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  let label = xml;
  if (!label) {
    for (const [token] of head.matchAll(PRESCAN_TOKEN)) {
      if (!/^<meta[\s/]/i.test(token)) continue;
      label = META_CHARSET.exec(token.replace(CONTENT_ATTR, ''))?.[1];
      if (!label && HTTP_EQUIV_CONTENT_TYPE.test(token)) {
        const content = CONTENT_ATTR.exec(token);
        label = META_CHARSET.exec(content?.[1] ?? content?.[2] ?? content?.[3] ?? '')?.[1];
      }
      if (label) break;
    }
  }
  const encoding = known(label);
  // A document cannot declare itself UTF-16 in ASCII-compatible bytes: the standard reads UTF-8.
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** The encoding to decode `bytes` with, given the response's Content-Type header. */
export function detectEncoding(bytes: Uint8Array, contentType: string): string {
  return bomEncoding(bytes) ?? known(headerCharset(contentType)) ?? declaredEncoding(bytes) ?? 'utf-8';
}

/**
 * windows-1252 at 0x80–0x9F (WHATWG index-single-byte). Node 20's TextDecoder decodes the
 * windows-1252 family (also what "iso-8859-1" and "us-ascii" mean on the web) as ISO-8859-1 there,
 * turning "€" into U+0080; this table puts the right characters back (browsers need no help:
 * there it changes nothing). Undefined bytes stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode a body; malformed bytes become U+FFFD (as in a browser), a BOM is dropped. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const encoding = detectEncoding(bytes, contentType);
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}
