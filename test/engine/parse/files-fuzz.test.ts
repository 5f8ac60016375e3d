// Fuzz (issue 17): valid PNG, JPEG, CSV and JSON files, made here deterministically, are cut at many points and have
// single bits flipped at many places; each result goes through the engine's face (parseCommand with the file
// attached, then run: `product @1 @1`, whose data holds the operand as read) and must be a refusal naming the file, or
// exactly the matrix a reference reads: pngjs for PNG (a test-only oracle), jpeg-js for JPEG (within a tolerance, see
// JPEG_TOLERANCE), and for CSV and JSON a small reader written here (JSON.parse for the structure). The untouched
// files must be read, and a share of the damaged text files must be read too (a bit flipped in a digit is another
// number, as written), so a decoder that refused everything would fail.
//
// Seed: a constant in CI; FUZZ_SEED=<n> replays a run; `npm run test:fuzz` (FUZZ_RANDOM=1) draws a seed, prints it,
// and tries four times as many positions.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { imageFromBytes, parseCommand, run, type Attachment } from '../../../src/engine/index.js';
import { crc32 } from '../../../src/engine/crc32.js';
import { createCanvas } from '@napi-rs/canvas';

const CI_SEED = 170_006;
const RANDOM = process.env.FUZZ_RANDOM === '1';
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : RANDOM ? (Math.random() * 2 ** 31) >>> 0 : CI_SEED;
const SCALE = RANDOM ? 4 : 1;
console.log(`files-fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

/** mulberry32: a small seeded generator, so every run with one seed makes the same files and the same damage. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = generator(SEED);
const int = (n: number): number => Math.floor(rand() * n);

// ---------- exact rationals, for comparing what the engine read with what the reference read ----------

type Q = [bigint, bigint]; // numerator, positive denominator
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function q(n: bigint, d: bigint): Q {
  if (d === 0n) throw new Error('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
}

/** Whether the engine's value (an exact "p/q" string, an integer, or a float) is exactly the rational r. */
function sameValue(v: unknown, [n, d]: Q): boolean {
  if (typeof v === 'string') {
    const m = /^(-?\d+)(?:\/(\d+))?$/.exec(v);
    return !!m && BigInt(m[1]) * d === n * BigInt(m[2] ?? '1');
  }
  if (typeof v !== 'number') return false;
  if (Number.isInteger(v) && d === 1n && Number.isSafeInteger(v)) return BigInt(v) === n;
  // A float: the correctly rounded value of n/d (both below 2^53 in these files, so one IEEE division is exact).
  return v === Number(n) / Number(d);
}

// ---------- the engine ----------

type Outcome = { ok: true; matrix: unknown[][] } | { ok: false; code: string; message: string };

async function engineRead(file: Attachment): Promise<Outcome> {
  const c = parseCommand('product @1 @1', { attachments: [file] });
  if (!c.ok) return { ok: false, code: c.code, message: c.message };
  const r = await run(c.value, { figures: false });
  if (!r.ok) return { ok: false, code: r.code, message: r.message };
  return { ok: true, matrix: (r.data as { operands: unknown[][][] }).operands[0] };
}

/** Damaged copies of a file: cut at `cuts` points (always at 0, 1, 8, the middle and one byte short), bits flipped at `flips`. */
function damaged(bytes: Uint8Array, cuts: number, flips: number): { how: string; bytes: Uint8Array }[] {
  const out: { how: string; bytes: Uint8Array }[] = [];
  const at = new Set([0, 1, 8, bytes.length >> 1, bytes.length - 1]);
  while (at.size < Math.min(bytes.length, cuts)) at.add(int(bytes.length));
  for (const k of [...at].sort((a, b) => a - b)) out.push({ how: `cut at ${k}`, bytes: bytes.slice(0, k) });
  for (let f = 0; f < flips; f++) {
    const i = int(bytes.length);
    const bit = int(8);
    const b = Uint8Array.from(bytes); // a copy (Buffer.prototype.slice would be a view)
    b[i] ^= 1 << bit;
    out.push({ how: `bit ${bit} of byte ${i} flipped`, bytes: b });
  }
  return out;
}

interface Tally {
  read: number;
  refused: number;
}

/**
 * Runs every damaged copy of `file` through the engine and checks it against `reference` (which returns the rationals
 * the reference reads, or null when it refuses the file too). Returns how many were read and how many refused.
 */
async function fuzzFile(
  t: TestContext,
  file: Attachment,
  reference: (bytes: Uint8Array) => Q[][] | null,
  compare: (engine: unknown[][], want: Q[][], bytes: Uint8Array) => string | null | Promise<string | null>,
  cuts: number,
  flips: number,
  refusalCodes: string[],
): Promise<Tally> {
  const tally = { read: 0, refused: 0 };
  const whole = await engineRead(file);
  assert.ok(whole.ok, `${file.name} itself must be read: ${whole.ok ? '' : whole.message}`);
  const wholeWant = reference(file.bytes);
  assert.ok(wholeWant, `the reference must read ${file.name}`);
  assert.equal(await compare(whole.matrix, wholeWant, file.bytes), null, `${file.name} itself`);
  for (const { how, bytes } of damaged(file.bytes, cuts * SCALE, flips * SCALE)) {
    const got = await engineRead({ ...file, bytes });
    const label = `${file.name}, ${how} (seed ${SEED})`;
    if (!got.ok) {
      tally.refused++;
      if (process.env.FUZZ_DEBUG) t.diagnostic(`${label}: ${got.message}`);
      assert.ok(refusalCodes.includes(got.code), `${label}: refused with code ${got.code}: ${got.message}`);
      assert.ok(got.message.includes(file.name), `${label}: the refusal names the file: ${got.message}`);
      continue;
    }
    tally.read++;
    let want: Q[][] | null;
    try {
      want = reference(bytes);
    } catch (e) {
      want = null;
      t.diagnostic(`${label}: reference threw ${(e as Error).message}`);
    }
    assert.ok(want, `${label}: the engine read a file the reference refuses`);
    const problem = await compare(got.matrix, want, bytes);
    assert.equal(problem, null, `${label}: ${problem}`);
  }
  return tally;
}

/** Exact comparison, entry by entry, with the first difference in words. */
function exactly(engine: unknown[][], want: Q[][]): string | null {
  if (engine.length !== want.length || engine.some((r, i) => r.length !== want[i].length))
    return `shape ${engine.length}×${engine[0]?.length} read, ${want.length}×${want[0]?.length} by the reference`;
  for (let i = 0; i < want.length; i++)
    for (let j = 0; j < want[i].length; j++)
      if (!sameValue(engine[i][j], want[i][j]))
        return `entry (${i + 1}, ${j + 1}) is ${JSON.stringify(engine[i][j])}, the reference reads ${want[i][j][0]}/${want[i][j][1]}`;
  return null;
}

// ---------- PNG: files from pngjs and from a small writer here (palette, 1/2/4-bit, Adam7), pngjs as the oracle ----------

/** The gray level the engine gives a pixel: BT.709 luma (2126r + 7152g + 722b)/2,550,000, which is v/255 for gray. */
const luma = (r: number, g: number, b: number): Q => q(BigInt(2126 * r + 7152 * g + 722 * b), 2550000n);

function pngReference(bytes: Uint8Array): Q[][] | null {
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    return null;
  }
  const { width, height, data } = png;
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) =>
      luma(data[4 * (y * width + x)], data[4 * (y * width + x) + 1], data[4 * (y * width + x) + 2]),
    ),
  );
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG written here: any colour type and depth, optionally Adam7-interlaced, each row with a different filter. */
function writePng(
  width: number,
  height: number,
  colourType: 0 | 2 | 3 | 4 | 6,
  depth: number,
  interlaced: boolean,
  sample: (x: number, y: number, c: number) => number,
  extra: Buffer[] = [],
): Buffer {
  const samples = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType];
  const bpp = Math.max(1, (samples * depth) >> 3);
  const passes = interlaced
    ? [
        [0, 0, 8, 8],
        [4, 0, 8, 8],
        [0, 4, 4, 8],
        [2, 0, 4, 4],
        [0, 2, 2, 4],
        [1, 0, 2, 2],
        [0, 1, 1, 2],
      ]
    : [[0, 0, 1, 1]];
  const parts: Buffer[] = [];
  let rowCount = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const pw = Math.ceil((width - x0) / dx);
    const ph = Math.ceil((height - y0) / dy);
    if (pw <= 0 || ph <= 0) continue;
    const stride = Math.ceil((pw * samples * depth) / 8);
    let prev = Buffer.alloc(stride);
    for (let r = 0; r < ph; r++) {
      const raw = Buffer.alloc(stride);
      for (let i = 0, bit = 0; i < pw; i++)
        for (let c = 0; c < samples; c++, bit += depth) {
          const v = sample(x0 + i * dx, y0 + r * dy, c);
          if (depth === 16) raw.writeUInt16BE(v, bit >> 3);
          else if (depth === 8) raw[bit >> 3] = v;
          else raw[bit >> 3] |= v << (8 - depth - (bit & 7));
        }
      const filter = rowCount++ % 5;
      const line = Buffer.alloc(1 + stride);
      line[0] = filter;
      for (let k = 0; k < stride; k++) {
        const a = k >= bpp ? raw[k - bpp] : 0;
        const b = prev[k];
        const c = k >= bpp ? prev[k - bpp] : 0;
        const p = a + b - c;
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
            ? a
            : Math.abs(p - b) <= Math.abs(p - c)
              ? b
              : c;
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
        line[1 + k] = (raw[k] - predictor) & 0xff;
      }
      parts.push(line);
      prev = raw;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = colourType;
  ihdr[12] = interlaced ? 1 : 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra,
    chunk('IDAT', deflateSync(Buffer.concat(parts))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG written by pngjs (its own filter choice and zlib framing): 8 or 16 bits, gray, gray+alpha, RGB or RGBA. */
function pngjsFile(width: number, height: number, colorType: 0 | 2 | 4 | 6, bitDepth: 8 | 16): Buffer {
  const png = new PNG({ width, height });
  // pngjs takes 16-bit input as native 16-bit samples: the full range, so the 16→8-bit rounding is exercised.
  const max = bitDepth === 16 ? 65535 : 255;
  const data = bitDepth === 16 ? new Uint16Array(width * height * 4) : new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 4; c++) data[4 * p + c] = int(max + 1);
    if (colorType === 0 || colorType === 4) data[4 * p + 1] = data[4 * p + 2] = data[4 * p];
    if (colorType === 0 || colorType === 2) data[4 * p + 3] = max;
  }
  png.data = Buffer.from(data.buffer);
  return PNG.sync.write(png, { colorType, bitDepth, inputHasAlpha: true });
}

function pngCases(): { name: string; bytes: Buffer }[] {
  const level = (max: number) => () => int(max + 1);
  const palette = Buffer.from(Array.from({ length: 3 * 12 }, () => int(256)));
  const alpha = Buffer.from(Array.from({ length: 5 }, () => int(256)));
  return [
    { name: 'gray8.png', bytes: pngjsFile(13, 11, 0, 8) },
    { name: 'rgb8.png', bytes: pngjsFile(9, 7, 2, 8) },
    { name: 'rgba8.png', bytes: pngjsFile(8, 6, 6, 8) },
    { name: 'gray-alpha16.png', bytes: pngjsFile(6, 5, 4, 16) },
    { name: 'rgb16.png', bytes: pngjsFile(5, 4, 2, 16) },
    { name: 'gray16-any.png', bytes: writePng(7, 6, 0, 16, false, level(65535)) },
    { name: 'gray1.png', bytes: writePng(19, 5, 0, 1, false, level(1)) },
    { name: 'gray2-interlaced.png', bytes: writePng(11, 9, 0, 2, true, level(3)) },
    {
      name: 'palette4.png',
      bytes: writePng(10, 7, 3, 4, false, level(11), [chunk('PLTE', palette), chunk('tRNS', alpha)]),
    },
    { name: 'palette8-interlaced.png', bytes: writePng(9, 10, 3, 8, true, level(11), [chunk('PLTE', palette)]) },
    { name: 'rgba8-interlaced.png', bytes: writePng(10, 9, 6, 8, true, level(255)) },
  ];
}

// ---------- JPEG: jpeg-js encodes; jpeg-js decodes as the reference, within a tolerance ----------

/**
 * Two JPEG decoders agree on the coefficients of a well-formed file but not on every pixel: the engine's (Skia's
 * libjpeg-turbo) uses an integer inverse DCT (islow), fixed-point YCbCr→RGB and, for subsampled chroma, "fancy"
 * (triangular) upsampling; jpeg-js a floating-point IDCT, its own colour rounding and plain replication of chroma.
 * So the criterion has two parts, each measured over the CI seed and 12 random seeds at 4× the positions (about 6,500
 * damaged copies read), and over every single-bit flip of one 4:2:0 file (5,570 copies read):
 * - Y′ = 0.299R + 0.587G + 0.114B, the JPEG's own luma, recomputed from each decoder's RGB where no channel is clipped
 *   at 0 or 255: it does not depend on chroma, so it checks the decoding itself (codes, coefficients, IDCT). Largest
 *   difference 2.05 levels (of 0–255), on 4:4:4 and 4:2:0 files alike; tolerance 3.
 * - the engine's matrix (BT.709 luma of RGB) against jpeg-js's: largest difference 2.0 on 4:4:4 files (tolerance 4);
 *   on the 4:2:0 file 3.5 whole and 33 on damaged copies, where a changed quantiser or code makes sharp chroma edges
 *   that the two upsamplings draw differently (Y′ above still agrees there); tolerance 40, a check of shape and place.
 * A misread file differs by far more: a cut file read as mid-gray rows, blocks shifted by a lost code.
 */
const Y_TOLERANCE = 3;
/** The largest differences seen, per file, for the test's report. */
const jpegWorst = new Map<string, { luma: number; y: number }>();

function jpegReference(bytes: Uint8Array): Q[][] | null {
  let img: { width: number; height: number; data: Uint8Array };
  try {
    img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, tolerantDecoding: false });
  } catch {
    return null;
  }
  const { width, height, data } = img;
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => {
      const k = 4 * (y * width + x);
      return luma(data[k], data[k + 1], data[k + 2]);
    }),
  );
}

const withinTolerance =
  (tolerance: number, name: string) =>
  async (engine: unknown[][], want: Q[][], bytes: Uint8Array): Promise<string | null> => {
    if (engine.length !== want.length || engine.some((r, i) => r.length !== want[i].length))
      return `shape ${engine.length}×${engine[0]?.length} read, ${want.length}×${want[0]?.length} by the reference`;
    const worst = jpegWorst.get(name) ?? { luma: 0, y: 0 };
    jpegWorst.set(name, worst);
    const value = (v: unknown): number => {
      if (typeof v === 'number') return v;
      const [n, d = '1'] = String(v).split('/');
      return Number(n) / Number(d);
    };
    for (let i = 0; i < want.length; i++)
      for (let j = 0; j < want[i].length; j++) {
        const mine = value(engine[i][j]) * 255;
        const theirs = (Number(want[i][j][0]) / Number(want[i][j][1])) * 255;
        worst.luma = Math.max(worst.luma, Math.abs(mine - theirs));
        if (Math.abs(mine - theirs) > tolerance)
          return `pixel (${i + 1}, ${j + 1}) has gray level ${mine.toFixed(2)}, the reference ${theirs.toFixed(2)}`;
      }
    // Y′ from the same decoding's RGB (imageFromBytes is the engine's decoder behind `run`).
    const img = await imageFromBytes(bytes);
    if (!img.ok) return `imageFromBytes refused what run read: ${img.message}`;
    const ref = jpeg.decode(bytes, { useTArray: true, tolerantDecoding: false });
    const { width, height, channels, data } = img.value;
    for (let p = 0; p < width * height; p++) {
      const [r, g, b] = channels === 1 ? [data[p], data[p], data[p]] : [0, 1, 2].map((c) => data[p * channels + c]);
      const [r2, g2, b2] = [ref.data[4 * p], ref.data[4 * p + 1], ref.data[4 * p + 2]];
      if ([r, g, b, r2, g2, b2].some((v) => v === 0 || v === 255)) continue;
      const d = Math.abs(0.299 * (r - r2) + 0.587 * (g - g2) + 0.114 * (b - b2));
      worst.y = Math.max(worst.y, d);
      if (d > Y_TOLERANCE)
        return `pixel (${Math.floor(p / width) + 1}, ${(p % width) + 1}) has Y′ ${d.toFixed(2)} levels from the reference's`;
    }
    return null;
  };

function jpegCases(): { name: string; bytes: Buffer; tolerance: number }[] {
  const make = (width: number, height: number, quality: number, smooth: boolean): Buffer => {
    const data = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const k = 4 * (y * width + x);
        const noise = smooth ? 0 : int(60);
        data[k] = Math.min(255, 20 + 9 * x + noise);
        data[k + 1] = Math.min(255, 30 + 11 * y + noise);
        data[k + 2] = Math.min(255, 200 - 5 * (x + y) + noise);
        data[k + 3] = 255;
      }
    return jpeg.encode({ width, height, data }, quality).data;
  };
  // Skia writes 4:2:0 (luma sampled 2×2): MCUs of four luma blocks and one of each chroma, 21×19 not a multiple of 16.
  // It also embeds an sRGB ICC profile, which the engine drops before decoding (jpeg-check.ts), as jpeg-js ignores it.
  const canvas = createCanvas(21, 19);
  const g = canvas.getContext('2d');
  const ramp = g.createLinearGradient(0, 0, 21, 19);
  ramp.addColorStop(0, '#3060c0');
  ramp.addColorStop(1, '#e0a040');
  g.fillStyle = ramp;
  g.fillRect(0, 0, 21, 19);
  g.fillStyle = `rgb(${int(256)},${int(256)},${int(256)})`;
  g.fillRect(1 + int(10), 1 + int(10), 6, 5);
  return [
    { name: 'ramp.jpg', bytes: make(16, 16, 90, true), tolerance: 4 },
    { name: 'noisy.jpg', bytes: make(19, 13, 75, false), tolerance: 4 },
    { name: 'canvas420.jpg', bytes: canvas.encodeSync('jpeg', 85), tolerance: 40 },
  ];
}

// ---------- CSV and JSON: an independent small reader ----------

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** A decimal literal (with an exponent) as an exact rational. */
function decimal(text: string): Q {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const digits = (m[1] || '') + (m[2] || '');
  const exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  const n = BigInt(digits || '0');
  return exp >= 0 ? q(n * 10n ** BigInt(exp), 1n) : q(n, 10n ** BigInt(-exp));
}

/** A cell: numbers with + - * / and parentheses, evaluated exactly; null for anything else. */
function cellValue(raw: string): Q | null {
  const s = raw.trim();
  let i = 0;
  const add = (a: Q, b: Q, sign: bigint): Q => q(a[0] * b[1] + sign * b[0] * a[1], a[1] * b[1]);
  const expr = (): Q | null => {
    let a = term();
    while (a && (s[i] === '+' || s[i] === '-')) {
      const op = s[i++];
      const b = term();
      a = b ? add(a, b, op === '+' ? 1n : -1n) : null;
    }
    return a;
  };
  const term = (): Q | null => {
    let a = unary();
    while (a && (s[i] === '*' || s[i] === '/')) {
      const op = s[i++];
      const b = unary();
      if (!b || (op === '/' && b[0] === 0n)) return null;
      a = op === '*' ? q(a[0] * b[0], a[1] * b[1]) : q(a[0] * b[1], a[1] * b[0]);
    }
    return a;
  };
  const unary = (): Q | null => {
    while (s[i] === ' ') i++;
    if (s[i] === '-' || s[i] === '+') {
      const neg = s[i++] === '-';
      const v = unary();
      return v && neg ? [-v[0], v[1]] : v;
    }
    let v: Q | null;
    if (s[i] === '(') {
      i++;
      v = expr();
      while (s[i] === ' ') i++;
      if (s[i++] !== ')') return null;
    } else {
      const m = NUMBER.exec(s.slice(i));
      if (!m) return null;
      i += m[0].length;
      v = decimal(m[0]);
    }
    while (s[i] === ' ') i++;
    return v;
  };
  const v = expr();
  return v && i === s.length ? v : null;
}

function csvReference(bytes: Uint8Array): Q[][] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (/["\0]/.test(text)) return null; // no quoting in these files: a quote made by a flipped bit is never closed
  const start = text.search(/[^ \t\r\n]/);
  if (start < 0 || text[start] === '[' || text[start] === '{') return null;
  const first = text.slice(start).split(/[\r\n]/)[0];
  const sep = first.includes('\t') ? '\t' : first.includes(',') ? ',' : first.includes(';') ? ';' : ',';
  const rows = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.split(sep))
    .filter((cells) => !cells.every((c) => c.trim() === ''));
  if (rows.length === 0) return null;
  if (rows.every((r) => r.length > 1 && r[r.length - 1].trim() === '')) for (const r of rows) r.pop();
  if (rows.some((r) => r.length !== rows[0].length)) return null;
  const values = rows.map((r) => r.map(cellValue));
  return values.every((r) => r.every((v) => v !== null)) ? (values as Q[][]) : null;
}

function jsonReference(bytes: Uint8Array): Q[][] | null {
  let text: string;
  let parsed: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  const rows: unknown[][] = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
  if (!rows.every((r) => Array.isArray(r) && r.length === rows[0].length && r.length > 0)) return null;
  if (!rows.every((r) => r.every((v) => typeof v === 'number'))) return null;
  // Only brackets, commas, white space and numbers are left: the numbers' texts, in order, give the exact values.
  const tokens = text.match(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/g)!;
  let k = 0;
  return rows.map((r) =>
    r.map(() => {
      const t = tokens[k++];
      const v = decimal(t.replace(/^-/, ''));
      return t.startsWith('-') ? [-v[0], v[1]] : v;
    }),
  );
}

function tableCases(): { csv: { name: string; bytes: Uint8Array }[]; json: { name: string; bytes: Uint8Array }[] } {
  const entry = (): string => {
    const kind = int(5);
    const n = int(2000) - 1000;
    if (kind === 0) return String(n);
    if (kind === 1) return `${n}.${int(100)}`;
    if (kind === 2) return `${int(10)}.${int(10)}e${int(2) ? '-' : ''}${int(4)}`;
    if (kind === 3) return `-0.${int(1000)}`;
    return String(int(10));
  };
  const matrix = (rows: number, cols: number): string[][] =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, entry));
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const a = matrix(4, 3);
  const b = matrix(3, 5);
  const c = matrix(5, 4);
  return {
    csv: [
      { name: 'a.csv', bytes: enc(a.map((r) => r.join(',')).join('\n') + '\n') },
      { name: 'b.csv', bytes: enc(b.map((r) => r.join(', ')).join('\r\n')) }, // no final newline (Google Sheets)
      { name: 'c.tsv', bytes: enc(c.map((r) => r.join('\t')).join('\n') + '\n') },
    ],
    json: [
      { name: 'a.json', bytes: enc(JSON.stringify(a.map((r) => r.map(Number)))) },
      { name: 'c.json', bytes: enc('[\n' + c.map((r) => `  [${r.join(', ')}]`).join(',\n') + '\n]\n') },
      { name: 'v.json', bytes: enc(`[${b[0].join(', ')}]`) },
    ],
  };
}

// ---------- the tests ----------

// A flipped bit in a JPEG's frame header can declare a size past the limits: refused as too_large, from the header.
const IMAGE_REFUSALS = ['bad_file', 'too_large'];
// A damaged table is refused with the code that says why, each naming the file, the row and the column.
const TABLE_REFUSALS = ['bad_file', 'ragged_rows', 'not_a_number', 'empty_matrix', 'division_by_zero', 'too_deep'];

test('PNG cut and bit-flipped: refused (bad_file), or exactly the pixels pngjs reads', async (t) => {
  const total: Tally = { read: 0, refused: 0 };
  for (const file of pngCases()) {
    const r = await fuzzFile(t, file, pngReference, exactly, 40, 50, IMAGE_REFUSALS);
    total.read += r.read;
    total.refused += r.refused;
  }
  t.diagnostic(`PNG: ${total.read} damaged copies read exactly, ${total.refused} refused`);
  // Every cut PNG lacks its IEND and every flipped bit breaks a CRC (or a byte no decoder reads): all refused.
  assert.equal(total.read, 0);
});

test('JPEG cut and bit-flipped: refused (bad_file), or within a few gray levels of what jpeg-js reads', async (t) => {
  const total: Tally = { read: 0, refused: 0 };
  for (const file of jpegCases()) {
    const r = await fuzzFile(
      t,
      file,
      jpegReference,
      withinTolerance(file.tolerance, file.name),
      40,
      60,
      IMAGE_REFUSALS,
    );
    total.read += r.read;
    total.refused += r.refused;
  }
  t.diagnostic(
    `JPEG: ${total.read} damaged copies read (largest differences from jpeg-js, gray level and Y′: ${[...jpegWorst].map(([f, d]) => `${f} ${d.luma.toFixed(2)}, ${d.y.toFixed(2)}`).join('; ')}), ${total.refused} refused`,
  );
  // A bit flipped in a coefficient's value bits leaves a well-formed file: some copies must be read.
  assert.ok(total.read > 0, 'no damaged JPEG was read: is the check refusing well-formed files?');
});

test('CSV, TSV and JSON cut and bit-flipped: refused naming the place, or exactly the numbers as written', async (t) => {
  const cases = tableCases();
  const total: Tally = { read: 0, refused: 0 };
  for (const file of cases.csv) {
    const r = await fuzzFile(t, file, csvReference, exactly, 30, 60, TABLE_REFUSALS);
    total.read += r.read;
    total.refused += r.refused;
  }
  for (const file of cases.json) {
    const r = await fuzzFile(t, file, jsonReference, exactly, 30, 60, TABLE_REFUSALS);
    total.read += r.read;
    total.refused += r.refused;
  }
  t.diagnostic(`tables: ${total.read} damaged copies read as written, ${total.refused} refused`);
  assert.ok(total.read > 0 && total.refused > 0);
});
