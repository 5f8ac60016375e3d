/**
 * PNG encoding of a finished canvas. Figures are flat colours and text on an opaque card, which
 * zlib compresses best unfiltered; measured against the canvas's own encoder this is smaller and
 * several times faster. The deflate runs on libuv's thread pool (async), so the event loop is
 * never blocked by compression, and for one zlib build the same pixels always give the same bytes.
 */
import { promisify } from 'node:util';
import { constants, createDeflate, deflate as deflateCb } from 'node:zlib';
import type { Canvas } from '@napi-rs/canvas';
import { crc32 } from '../crc32.js';

const deflate = promisify(deflateCb);

/** Raw image bytes per part of a split deflate (below twice this: one part). */
export const SPLIT_PART_BYTES = 4 * 1024 * 1024;
const MAX_PARTS = 4;
const ADLER_BASE = 65521;

/** zlib's adler32_combine: the Adler-32 of A then B from those of A and B and B's length. */
export function adler32Combine(adler1: number, adler2: number, len2: number): number {
  const rem = len2 % ADLER_BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * One part as a zlib stream written, sync-flushed, then finished: header (2 bytes), the data ending
 * byte-aligned in 00 00 FF FF, an empty final block (03 00), the part's Adler-32 (4 bytes).
 * Returns the data blocks and the Adler-32, or null if zlib ever finished differently.
 */
function deflatePart(part: Buffer, level: number): Promise<{ body: Buffer; adler: number } | null> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level, chunkSize: 128 * 1024 });
    const chunks: Buffer[] = [];
    z.on('data', (c: Buffer) => chunks.push(c));
    z.on('error', reject);
    z.on('end', () => {
      const all = Buffer.concat(chunks);
      const n = all.length;
      const shaped = n >= 12 && all[n - 6] === 0x03 && all[n - 5] === 0x00 && all.readUInt32BE(n - 10) === 0xffff;
      resolve(shaped ? { body: all.subarray(2, n - 6), adler: all.readUInt32BE(n - 4) } : null);
    });
    z.write(part);
    z.flush(constants.Z_SYNC_FLUSH, () => z.end());
  });
}

/**
 * A zlib stream of `raw` at `level`. Large images are cut into up to four parts deflated at the same
 * time on libuv's thread pool (pigz's method): each part ends with a sync flush, so the parts' deflate
 * data simply concatenate, and their Adler-32s combine arithmetically. On two cores this halves the
 * wall time of the big figures' level-6 pass (55 → 28 ms). The number of parts depends only on the
 * size, so the bytes stay deterministic.
 */
export async function zlibDeflate(raw: Buffer, level: number): Promise<Buffer> {
  const parts = Math.min(MAX_PARTS, Math.floor(raw.length / SPLIT_PART_BYTES));
  if (parts < 2) return deflate(raw, { level });
  const size = Math.ceil(raw.length / parts);
  const slices = Array.from({ length: parts }, (_, k) => raw.subarray(k * size, Math.min(raw.length, (k + 1) * size)));
  const done = await Promise.all(slices.map((p) => deflatePart(p, level)));
  if (done.some((d) => d === null)) return deflate(raw, { level });
  let adler = 1;
  done.forEach((d, k) => (adler = adler32Combine(adler, d!.adler, slices[k].length)));
  const trailer = Buffer.alloc(6);
  trailer[0] = 0x03; // an empty final block (fixed Huffman, end of block)
  trailer.writeUInt32BE(adler, 2);
  const header = Buffer.from([0x78, level >= 6 ? 0x9c : level >= 2 ? 0x5e : 0x01]); // CMF, FLG with a valid FCHECK
  return Buffer.concat([header, ...done.map((d) => d!.body), trailer]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const FAST_LEVEL = 3;
/**
 * Compressed bytes past which the image is deflated again at level 6: just under the 200 KB limit, since
 * the retry costs 40–100 ms on the largest figures (an 8×8 relate of fractions: 186 KB at level 3 in
 * 13 ms, 137 KB at level 6 in 42 ms more). The PNG chunks around IDAT add under 100 bytes, so 199 KB of
 * IDAT still makes a PNG under 200 KB (was 195 KB; a tall schur of 4×4 fractions is 197 KB at level 3).
 */
export const RECOMPRESS_ABOVE = 199 * 1024;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes an opaque canvas as an 8-bit RGBA PNG with a pHYs chunk saying `ppi` pixels per inch
 * (144 for 2× figures, so viewers that honour it show them at their logical size).
 */
export async function encodePng(canvas: Canvas, ppi: number): Promise<Buffer> {
  const width = canvas.width;
  const height = canvas.height;
  // Premultiplied RGBA; the card is opaque, so premultiplied and straight alpha are the same bytes.
  const pixels = canvas.data();
  const rowBytes = width * 4;
  const raw = Buffer.allocUnsafe((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter type: none
    pixels.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  // Level 3 (no lazy matching) is about five times faster than level 6 on figures and 30–40 % larger;
  // when that gets big, spend the time on level 6 to stay well under the 200 KB limit.
  let idat = await zlibDeflate(raw, FAST_LEVEL);
  if (idat.length > RECOMPRESS_ABOVE) idat = await zlibDeflate(raw, 6);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const phys = Buffer.alloc(9);
  const ppm = Math.round(ppi * 39.3701);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1; // unit: metre
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
