/**
 * PNG encoding of a finished canvas. Figures are flat colours and text on an opaque card, which
 * zlib compresses best unfiltered; measured against the canvas's own encoder this is smaller and
 * several times faster. The deflate runs on libuv's thread pool (async), so the event loop is
 * never blocked by compression, and for one zlib build the same pixels always give the same bytes.
 */
import { constants, createDeflate } from 'node:zlib';
import type { Canvas } from '@napi-rs/canvas';
import { crc32 } from '../crc32.js';

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
 * The bytes PNG compresses, read on demand: each row is a filter byte (0, none) and the row's RGBA pixels. A range
 * is built from the pixels when zlib asks for it, into a band the caller reuses, so the filtered image (8.6 MB for a
 * 900×600 figure drawn at 2×) is never held whole beside the pixels.
 */
export interface RawImage {
  readonly length: number;
  /** Bytes [start, end) of the filtered image data, written into `band` (at least end − start bytes) or fresh. */
  read(start: number, end: number, band?: Buffer): Buffer;
}

/**
 * Bytes per write into zlib. One band per zlib stream is reused from write to write, so this costs 256 KB per
 * stream whatever the image; a band this size is its own mapping (over glibc's 128 KB mmap threshold).
 */
export const BAND_BYTES = 256 * 1024;

/** The filtered rows of premultiplied RGBA pixels `width` wide (an opaque card: the same bytes as straight alpha). */
export function pixelRows(pixels: Buffer, width: number, height: number): RawImage {
  const rowBytes = width * 4;
  const stride = rowBytes + 1;
  return {
    length: stride * height,
    read(start, end, band) {
      const out = band ? band.subarray(0, end - start) : Buffer.allocUnsafe(end - start);
      for (let at = start; at < end;) {
        const y = Math.floor(at / stride);
        const x = at - y * stride; // 0 is the row's filter byte
        const rowEnd = Math.min(end, (y + 1) * stride);
        if (x === 0) out[at - start] = 0; // filter type: none
        const from = y * rowBytes + Math.max(0, x - 1);
        const to = y * rowBytes + (rowEnd - y * stride - 1);
        if (to > from) pixels.copy(out, at - start + (x === 0 ? 1 : 0), from, to);
        at = rowEnd;
      }
      return out;
    },
  };
}

/** A raw image already in memory (tests, and callers that have the bytes). */
export function bufferRows(raw: Buffer): RawImage {
  return { length: raw.length, read: (start, end) => raw.subarray(start, end) };
}

/**
 * Bytes [start, end) of `raw` through one zlib stream, band by band, waiting for zlib to take each (so at most a
 * band or two is held). With `sync`, the stream is sync-flushed before it ends: header (2 bytes), the data ending
 * byte-aligned in 00 00 FF FF, an empty final block (03 00), the part's Adler-32 (4 bytes); the data blocks and the
 * Adler-32 are returned, or null if zlib ever finished differently. Without, the whole zlib stream is the body.
 */
function deflateRange(
  raw: RawImage,
  start: number,
  end: number,
  level: number,
  sync: boolean,
): Promise<{ body: Buffer; adler: number } | null> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level, chunkSize: 128 * 1024 });
    const chunks: Buffer[] = [];
    z.on('data', (c: Buffer) => chunks.push(c));
    z.on('error', reject);
    z.on('end', () => {
      const all = Buffer.concat(chunks);
      const n = all.length;
      if (!sync) return resolve({ body: all, adler: 0 });
      const shaped = n >= 12 && all[n - 6] === 0x03 && all[n - 5] === 0x00 && all.readUInt32BE(n - 10) === 0xffff;
      resolve(shaped ? { body: all.subarray(2, n - 6), adler: all.readUInt32BE(n - 4) } : null);
    });
    let at = start;
    // One band, reused: zlib has consumed a write when it calls back, and the next is only built then.
    const band = Buffer.allocUnsafe(Math.min(BAND_BYTES, end - start));
    const pump = (): void => {
      if (at >= end) {
        if (sync) z.flush(constants.Z_SYNC_FLUSH, () => z.end());
        else z.end();
        return;
      }
      const next = Math.min(end, at + BAND_BYTES);
      const chunk = raw.read(at, next, band);
      at = next;
      z.write(chunk, () => pump());
    };
    pump();
  });
}

/**
 * A zlib stream of `raw` at `level`. Large images are cut into up to four parts deflated at the same
 * time on libuv's thread pool (pigz's method): each part ends with a sync flush, so the parts' deflate
 * data simply concatenate, and their Adler-32s combine arithmetically. On two cores this halves the
 * wall time of the big figures' level-6 pass (55 → 28 ms). The number of parts depends only on the
 * size, so the bytes stay deterministic. Each part is fed band by band (`deflateRange`), so the image is
 * never copied whole.
 */
export async function zlibDeflate(input: Buffer | RawImage, level: number): Promise<Buffer> {
  const raw = Buffer.isBuffer(input) ? bufferRows(input) : input;
  const whole = async () => (await deflateRange(raw, 0, raw.length, level, false))!.body;
  const parts = Math.min(MAX_PARTS, Math.floor(raw.length / SPLIT_PART_BYTES));
  if (parts < 2) return whole();
  const size = Math.ceil(raw.length / parts);
  const bounds = Array.from({ length: parts }, (_, k) => [k * size, Math.min(raw.length, (k + 1) * size)] as const);
  const done = await Promise.all(bounds.map(([a, b]) => deflateRange(raw, a, b, level, true)));
  if (done.some((d) => d === null)) return whole();
  let adler = 1;
  done.forEach((d, k) => (adler = adler32Combine(adler, d!.adler, bounds[k][1] - bounds[k][0])));
  const trailer = Buffer.alloc(6);
  trailer[0] = 0x03; // an empty final block (fixed Huffman, end of block)
  trailer.writeUInt32BE(adler, 2);
  const header = Buffer.from([0x78, level >= 6 ? 0x9c : level >= 2 ? 0x5e : 0x01]); // CMF, FLG with a valid FCHECK
  return Buffer.concat([header, ...done.map((d) => d!.body), trailer]);
}

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
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
  // One copy of the pixels; zlib reads the filtered rows from it band by band (never a second whole copy).
  const raw = pixelRows(canvas.data(), width, height);
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
    pngChunk('IHDR', ihdr),
    pngChunk('pHYs', phys),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
