/**
 * Draws Svarstid's icons (a clock) as PNG files: the manifest's 192 px colour icon and 32 px
 * outline icon, and the Outlook ribbon's 16/32/80 px icons. Run once when the design changes:
 *   npx tsx scripts/make-icons.ts
 * No image library: a few shapes, 4×4 supersampling and zlib.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the clock at a point in unit coordinates (0..1). */
function clock(x: number, y: number, stroke: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (r <= 0.36 && r >= 0.36 - stroke) return true;
  if (segmentDistance(x, y, 0.5, 0.5, 0.5, 0.27) <= stroke / 2) return true; // minute hand to 12
  if (segmentDistance(x, y, 0.5, 0.5, 0.66, 0.58) <= stroke / 2) return true; // hour hand towards 4
  return false;
}
function roundedSquare(x: number, y: number): boolean {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

function draw(size: number, paint: (x: number, y: number) => Rgba | null): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
          }
        }
      }
      const i = (py * size + px) * 4;
      pixels[i + 3] = Math.round(a / (S * S));
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
    }
  }
  return png(size, pixels);
}

// Colour icon: white clock on the blue rounded square. Outline icon: white clock on transparent.
writeFileSync('manifest/color.png', draw(192, (x, y) => (clock(x, y, 0.07) ? WHITE : roundedSquare(x, y) ? BLUE : null)));
writeFileSync('manifest/outline.png', draw(32, (x, y) => (clock(x, y, 0.1) ? WHITE : null)));
for (const n of [16, 32, 80]) {
  writeFileSync(`web/assets/icon-${n}.png`, draw(n, (x, y) => (clock(x, y, n <= 16 ? 0.14 : 0.09) ? BLUE : null)));
}
