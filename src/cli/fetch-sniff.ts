// Servers label files wrongly: a PDF or a zip as text/html, a page named .html that is an image.
// Magic bytes tell the truth; a binary body is never decoded as a page.

/** [magic bytes, offset, media type]. Source: WHATWG MIME Sniffing §6 and the formats' specifications. */
const MAGIC: [number[], number, string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 0, 'application/pdf'], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], 0, 'application/zip'], // PK.. (zip, docx, xlsx, jar)
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0, 'image/png'],
  [[0x47, 0x49, 0x46, 0x38], 0, 'image/gif'], // GIF8
  [[0xff, 0xd8, 0xff], 0, 'image/jpeg'],
  [[0x57, 0x45, 0x42, 0x50], 8, 'image/webp'], // RIFF....WEBP
  [[0x66, 0x74, 0x79, 0x70], 4, 'video/mp4'], // ....ftyp
  [[0x1f, 0x8b, 0x08], 0, 'application/gzip'],
  [[0x52, 0x61, 0x72, 0x21], 0, 'application/vnd.rar'], // Rar!
  [[0x37, 0x7a, 0xbc, 0xaf], 0, 'application/x-7z-compressed'],
  [[0xd0, 0xcf, 0x11, 0xe0], 0, 'application/x-ole-storage'], // old .doc/.xls
  [[0x4d, 0x5a], 0, 'application/x-msdownload'], // MZ (.exe)
  [[0x25, 0x21, 0x50, 0x53], 0, 'application/postscript'], // %!PS
];

/** How many leading bytes are checked for NUL: text never has one, binary almost always does early. */
const NUL_SCAN_BYTES = 1024;

/**
 * The media type of a binary body, or undefined when it looks like text. `utf16` skips the NUL
 * test (UTF-16 text is full of NUL bytes).
 */
export function sniffBinary(bytes: Uint8Array, utf16 = false): string | undefined {
  for (const [magic, offset, type] of MAGIC) {
    if (bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b)) return type;
  }
  if (!utf16 && bytes.subarray(0, NUL_SCAN_BYTES).includes(0)) return 'application/octet-stream';
  return undefined;
}
