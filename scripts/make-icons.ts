// Draws the add-in icons (a white check on a green rounded square) and writes them as PNG.
// Pure Node: zlib for deflate, our own CRC-32, no native image library, so the icons can be
// regenerated on any machine with `npx tsx scripts/make-icons.ts`.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** Sizes the manifest refers to (16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl). */
export const ICON_SIZES = [16, 32, 64, 80] as const;
/** The 300 px store/logo image; not referenced by the manifest. */
export const LOGO_SIZE = 300;

type Rgb = readonly [number, number, number];
const GREEN: Rgb = [0x10, 0x7c, 0x41]; // Excel brand green, so the button sits well on the ribbon
const WHITE: Rgb = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as PNG chunks use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function insideRoundedSquare(x: number, y: number, inset: number, radius: number, size: number): boolean {
  const lo = inset + radius;
  const hi = size - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}

/** Renders the icon at `size` px with 8×8 supersampling; returns RGBA bytes. */
export function renderIcon(size: number): Uint8Array {
  const inset = Math.max(0.5, size * 0.03);
  const radius = size * 0.2;
  // Check mark in unit coordinates; the stroke stays ≥ 2 px so it reads at 16 px.
  const check = [
    [0.27, 0.53],
    [0.44, 0.7],
    [0.75, 0.34],
  ].map(([x, y]) => [x * size, y * size] as const);
  const halfStroke = Math.max(1.05, size * 0.068);
  const samples = 8;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (!insideRoundedSquare(x, y, inset, radius, size)) continue;
          const onCheck =
            distanceToSegment(x, y, ...check[0], ...check[1]) <= halfStroke ||
            distanceToSegment(x, y, ...check[1], ...check[2]) <= halfStroke;
          const colour = onCheck ? WHITE : GREEN;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(sum[c] / covered);
      rgba[o + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return rgba;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, size, renderIcon(size)));
  }
  writeFileSync(join(dir, "logo-filled.png"), encodePng(LOGO_SIZE, LOGO_SIZE, renderIcon(LOGO_SIZE)));
  console.log(`wrote icon-{${ICON_SIZES.join(",")}}.png and logo-filled.png to ${dir}`);
}

if (require.main === module) main();
