// Encoders for legacy charsets, so a test page can be served in the bytes a legacy server sends.
// Node's TextEncoder only writes UTF-8; the tables here are the inverse of the WHATWG decoders.

/** windows-1252 at 0x80–0x9F (WHATWG index-single-byte); the rest of the byte range is ISO-8859-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function encodeWith(text: string, table: Map<string, number[]>, name: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${name} cannot encode ${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16)})`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

let sjis: Map<string, number[]> | undefined;
/** Shift_JIS: the inverse of TextDecoder('shift_jis') over every one- and two-byte sequence. */
export function encodeShiftJis(text: string): Buffer {
  if (!sjis) {
    sjis = new Map();
    const dec = new TextDecoder('shift_jis', { fatal: true });
    for (let b = 0; b < 0x80; b++) sjis.set(String.fromCharCode(b), [b]);
    for (let b = 0xa1; b <= 0xdf; b++) sjis.set(dec.decode(Uint8Array.of(b)), [b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = dec.decode(Uint8Array.of(lead, trail));
          if (!sjis.has(ch)) sjis.set(ch, [lead, trail]);
        } catch {
          // not a character in this encoding
        }
      }
    }
  }
  return encodeWith(text, sjis, 'shift_jis');
}

/** ISO-8859-1: one byte per character up to U+00FF. */
export function encodeLatin1(text: string): Buffer {
  for (const ch of text) if (ch.codePointAt(0)! > 0xff) throw new Error(`iso-8859-1 cannot encode ${JSON.stringify(ch)}`);
  return Buffer.from(text, 'latin1');
}

let cp1252: Map<string, number[]> | undefined;
export function encodeWindows1252(text: string): Buffer {
  if (!cp1252) {
    cp1252 = new Map();
    for (let b = 0; b < 0x100; b++) cp1252.set(String.fromCharCode(b), [b]);
    [...CP1252_HIGH].forEach((ch, i) => cp1252!.set(ch, [0x80 + i]));
  }
  return encodeWith(text, cp1252, 'windows-1252');
}
