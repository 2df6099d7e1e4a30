// Draws the PWA icons of the headset app (client/public/icons/, listed in
// client/public/manifest.webmanifest): a light leaf on the product's green. Deterministic, so the
// committed PNGs can be re-made: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const GREEN = [0x1d, 0x5c, 0x3f];
const LEAF = [0xf4, 0xef, 0xe1];
const SAMPLES = 4;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA rows → PNG (8-bit, colour type 6, no filter). */
function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A leaf (two overlapping discs) tilted 45°, in unit coordinates centred on 0; `scale` < 1 shrinks it. */
function inLeaf(u: number, v: number, scale: number): boolean {
  const a = (u + v) / Math.SQRT2 / scale;
  const b = (v - u) / Math.SQRT2 / scale;
  const r = 1;
  const d = 0.6;
  return Math.hypot(a - d, b) < r && Math.hypot(a + d, b) < r;
}

/** `maskable`: full-bleed green, leaf inside the safe zone; otherwise a green disc. */
function icon(size: number, maskable: boolean): Buffer {
  return png(size, (x, y) => {
    let background = 0;
    let leaf = 0;
    for (let i = 0; i < SAMPLES; i++)
      for (let j = 0; j < SAMPLES; j++) {
        const u = ((x + (i + 0.5) / SAMPLES) / size) * 2 - 1;
        const v = ((y + (j + 0.5) / SAMPLES) / size) * 2 - 1;
        if (maskable || Math.hypot(u, v) < 0.96) background++;
        if (inLeaf(u, v, maskable ? 0.6 : 0.78)) leaf++;
      }
    const n = SAMPLES * SAMPLES;
    const t = leaf / n;
    const rgb = GREEN.map((g, k) => Math.round(g * (1 - t) + LEAF[k] * t));
    return [...rgb, Math.round((Math.max(background, leaf) / n) * 255)];
  });
}

const dir = new URL('../client/public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('eclore-192.png', dir), icon(192, false));
writeFileSync(new URL('eclore-512.png', dir), icon(512, false));
writeFileSync(new URL('eclore-maskable-512.png', dir), icon(512, true));
