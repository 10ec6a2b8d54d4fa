// The toolbar icon, drawn in code instead of committed as binaries: a magnifying glass over a
// speech bubble's blue, encoded as PNG with node:zlib. Supersampled 4×4 for smooth edges.
import { deflateSync } from 'node:zlib';

const BLUE = [9, 105, 218];
const WHITE = [255, 255, 255];

/** Coverage of one sample point (x, y in 0..1): 0 background, 1 square, 2 glass. */
function sample(x: number, y: number): 0 | 1 | 2 {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const d = Math.hypot(x - 0.43, y - 0.43);
  if (d > 0.17 && d < 0.27) return 2;
  // The handle: a thick segment from the ring towards the lower right.
  const t = (x - 0.6 + (y - 0.6)) / 2;
  const off = Math.abs(x - 0.6 - (y - 0.6)) / Math.SQRT2;
  if (t > 0 && t < 0.2 && off < 0.06) return 2;
  return 1;
}

export function drawIcon(size: number): Buffer {
  const n = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let square = 0;
      let glass = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const s = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (s === 1) square++;
          if (s === 2) glass++;
        }
      const covered = square + glass;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = covered ? Math.round(((BLUE[c] as number) * square + (WHITE[c] as number) * glass) / covered) : 0;
      raw[o + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
