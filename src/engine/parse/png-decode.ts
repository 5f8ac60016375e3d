/**
 * A strict PNG decoder (issue 17): an attached PNG is either read exactly as written or refused with a `bad_file`
 * saying what is wrong. Every chunk's length and CRC are checked, IHDR must come first and be valid, the IDAT chunks
 * must hold one complete zlib stream (its Adler-32 checked, nothing after its end) that inflates to exactly `height`
 * rows of the right length with known filter types, and IEND must close the file. The canvas library (Skia) reads a
 * PNG cut at half as its first half plus black rows, and premultiplies alpha (losing the colour under a transparent
 * pixel); this decoder does neither, so it replaced the canvas for PNG (JPEG still goes through `render/image.ts`,
 * after `jpeg-check.ts`). What is refused and why: notes/files.md.
 *
 * Samples become 8-bit as the PNG specification's scaling says: v·255/(2ᵈ−1) rounded to nearest (16-bit samples
 * too, not their high byte). gAMA, iCCP, sRGB and other ancillary chunks are ignored: the numbers are the file's.
 * node:zlib is the engine's inflater as it is the PNG encoder's deflater (render/png.ts).
 */
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { crc32 } from '../crc32.js';
import { UserError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import type { Attachment } from '../types.js';
import { channelsOf, type DecodedImage } from './attachments.js';
import { decoderError, type ReasonValues } from './file-format.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
type Values = ReasonValues;
type Bad = (key: MessageKey, values?: Values) => UserError;

/** Samples per pixel of each colour type, and the bit depths PNG allows for it. */
const COLOUR_TYPES: Record<number, { samples: number; depths: number[]; name: string }> = {
  0: { samples: 1, depths: [1, 2, 4, 8, 16], name: 'gray' },
  2: { samples: 3, depths: [8, 16], name: 'rgb' },
  3: { samples: 1, depths: [1, 2, 4, 8], name: 'palette' },
  4: { samples: 2, depths: [8, 16], name: 'grayAlpha' },
  6: { samples: 4, depths: [8, 16], name: 'rgba' },
};

/** Adam7's seven passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

interface Header {
  width: number;
  height: number;
  depth: number;
  colourType: number;
  interlaced: boolean;
}

/** One reduced image (the whole image, or one Adam7 pass): where its pixels go, its rows and their byte length. */
interface Pass {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  width: number;
  rows: number;
  stride: number;
}

function passes(h: Header): Pass[] {
  const bits = COLOUR_TYPES[h.colourType].samples * h.depth;
  const layout = h.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const out: Pass[] = [];
  for (const [x0, y0, dx, dy] of layout) {
    const width = Math.ceil((h.width - x0) / dx);
    const rows = Math.ceil((h.height - y0) / dy);
    if (width > 0 && rows > 0) out.push({ x0, y0, dx, dy, width, rows, stride: Math.ceil((width * bits) / 8) });
  }
  return out;
}

/** Rows (over all passes) whose filtered bytes are complete in the first `bytes` bytes of inflated data. */
function completeRows(ps: Pass[], bytes: number): number {
  let rows = 0;
  for (const p of ps) {
    const whole = Math.min(p.rows, Math.floor(bytes / (1 + p.stride)));
    rows += whole;
    bytes -= whole * (1 + p.stride);
    if (whole < p.rows) break;
  }
  return rows;
}

/**
 * Decodes a PNG into 8-bit pixels (one channel when every pixel is an opaque gray, three when opaque, else four,
 * as `render/image.ts` does for JPEG), or throws UserError `bad_file` naming the file and what is wrong. The caller
 * has checked the header's size against the limits (`file-format.ts`), so nothing beyond it is ever inflated.
 */
export function decodePng(att: Attachment): DecodedImage {
  const b = att.bytes;
  const bad: Bad = decoderError(att, 'err.png.hint');
  const u32 = (i: number): number => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  if (b.length < 8 || !SIGNATURE.every((v, i) => b[i] === v)) throw bad('err.png.signature');

  let header: Header | undefined;
  let palette: Uint8Array | undefined;
  let trns: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  let idatEnded = false;
  let ended = false;
  let at = 8;
  let index = 0;
  while (at < b.length) {
    index++;
    if (at + 8 > b.length) throw cutShort('err.png.cut.chunkHeader', { index });
    const length = u32(at);
    const type = String.fromCharCode(b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
    if (!/^[A-Za-z]{4}$/.test(type)) throw bad('err.png.chunkType', { index, byte: at + 1 });
    if (length > 0x7fffffff) throw bad('err.png.chunkLength', { type, length });
    if (at + 12 + length > b.length) {
      if (type === 'IDAT' && header && !idatEnded) idat.push(b.subarray(at + 8, Math.min(b.length, at + 8 + length)));
      throw cutShort('err.png.cut.inChunk', { type, there: Math.max(0, b.length - at - 8), length: length + 4 });
    }
    const data = b.subarray(at + 8, at + 8 + length);
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== u32(at + 8 + length)) throw bad('err.png.crc', { type });
    at += 12 + length;
    if (index === 1 && type !== 'IHDR') throw bad('err.png.firstChunk', { type });
    if (type !== 'IDAT' && idat.length > 0) idatEnded = true;
    switch (type) {
      case 'IHDR':
        if (index !== 1) throw bad('err.png.secondHeader');
        header = readHeader(data, bad);
        break;
      case 'PLTE':
        if (palette) throw bad('err.png.twoPalettes');
        if (idat.length) throw bad('err.png.paletteAfterData');
        if (length === 0 || length % 3 !== 0 || length > 768) throw bad('err.png.paletteLength', { length });
        if (header!.colourType === 0 || header!.colourType === 4) throw bad('err.png.grayPalette');
        palette = data;
        break;
      case 'tRNS':
        if (trns) throw bad('err.png.twoTransparencies');
        if (idat.length) throw bad('err.png.transparencyAfterData');
        trns = checkTransparency(header!, palette, data, bad);
        break;
      case 'IDAT':
        if (idatEnded) throw bad('err.png.dataSplit');
        if (header!.colourType === 3 && !palette) throw bad('err.png.noPalette');
        idat.push(data);
        break;
      case 'IEND':
        if (length !== 0) throw bad('err.png.endNotEmpty', { length });
        ended = true;
        break;
      default:
        // A critical chunk (uppercase first letter) we do not know changes how the image reads: refuse it.
        if (type.charCodeAt(0) < 0x61) throw bad('err.png.criticalChunk', { type });
    }
    if (ended) break;
  }
  const h = header;
  if (!h) throw cutShort('err.png.cut.afterSignature');
  if (idat.length === 0) throw ended ? bad('err.png.noData') : cutShort('err.png.cut.beforeData');
  if (ended && at < b.length) throw bad('err.png.afterEnd', { bytes: b.length - at });

  const ps = passes(h);
  const expected = ps.reduce((n, p) => n + p.rows * (1 + p.stride), 0);
  const totalRows = ps.reduce((n, p) => n + p.rows, 0);
  const stopsEarly = (rows: number): UserError =>
    h.interlaced
      ? bad('err.png.stopsEarlyInterlaced', { rows, total: totalRows })
      : bad('err.png.stopsEarly', { rows, total: h.height });
  const stream = Buffer.concat(idat);
  let raw: Buffer;
  try {
    const inflated = inflateSync(stream, { info: true, maxOutputLength: expected + 1 }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    raw = inflated.buffer;
    if (inflated.engine.bytesWritten !== stream.length)
      throw bad('err.png.afterStream', { bytes: stream.length - inflated.engine.bytesWritten });
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw bad('err.png.tooLong', { rows: h.height });
    if (code === 'Z_BUF_ERROR')
      throw ended ? stopsEarly(completeRows(ps, partialInflate(stream, ps))) : cutShort('err.png.cut.stream');
    if (code === 'Z_DATA_ERROR' && /incorrect data check/.test(String((e as Error).message)))
      throw bad('err.png.adler');
    throw bad('err.png.zlib');
  }
  if (raw.length !== expected)
    throw raw.length < expected
      ? ended
        ? stopsEarly(completeRows(ps, raw.length))
        : cutShort('err.png.cut.data')
      : bad('err.png.tooLong', { rows: h.height });
  if (!ended) throw cutShort('err.png.cut.noEnd');
  return toPixels(h, ps, raw, palette, trns, bad);

  /** "photo.png is cut short: 64 of 128 rows", or where the file ends when every row is there (or none can be told). */
  function cutShort(where: MessageKey, values?: Values): UserError {
    if (header && idat.length) {
      const ps = passes(header);
      const total = ps.reduce((n, p) => n + p.rows, 0);
      const rows = completeRows(ps, partialInflate(Buffer.concat(idat), ps));
      if (rows < total)
        return header.interlaced
          ? bad('err.png.cut.rowsInterlaced', { rows, total })
          : bad('err.png.cut.rows', { rows, total: header.height });
    }
    return bad(where, values);
  }
}

/** How many bytes the start of a zlib stream inflates to (0 when even its start is not zlib), for the message. */
function partialInflate(stream: Buffer, ps: Pass[]): number {
  try {
    const expected = ps.reduce((n, p) => n + p.rows * (1 + p.stride), 0);
    return inflateSync(stream, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: expected + 1 }).length;
  } catch {
    return 0;
  }
}

function readHeader(data: Uint8Array, bad: Bad): Header {
  if (data.length !== 13) throw bad('err.png.headerLength', { length: data.length });
  const u32 = (i: number): number => ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
  const [width, height, depth, colourType, compression, filter, interlace] = [
    u32(0),
    u32(4),
    data[8],
    data[9],
    data[10],
    data[11],
    data[12],
  ];
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw bad('err.png.headerSize', { width, height });
  const ct = COLOUR_TYPES[colourType];
  if (!ct) throw bad('err.png.colourType', { type: colourType });
  if (!ct.depths.includes(depth)) throw bad('err.png.depth', { colour: ct.name, depth, depths: ct.depths.join(', ') });
  if (compression !== 0) throw bad('err.png.compression', { method: compression });
  if (filter !== 0) throw bad('err.png.filterMethod', { method: filter });
  if (interlace > 1) throw bad('err.png.interlaceMethod', { method: interlace });
  return { width, height, depth, colourType, interlaced: interlace === 1 };
}

function checkTransparency(h: Header, palette: Uint8Array | undefined, data: Uint8Array, bad: Bad): Uint8Array {
  const ok =
    h.colourType === 0
      ? data.length === 2
      : h.colourType === 2
        ? data.length === 6
        : h.colourType === 3
          ? !!palette && data.length <= palette.length / 3
          : false;
  if (!ok)
    throw h.colourType === 3 && !palette
      ? bad('err.png.transparencyBeforePalette')
      : bad('err.png.transparencySize', { colour: COLOUR_TYPES[h.colourType].name, length: data.length });
  return data;
}

/** Undoes the filters of every row of every pass and scatters the samples into 8-bit RGBA, then picks the channels. */
function toPixels(
  h: Header,
  ps: Pass[],
  raw: Buffer,
  palette: Uint8Array | undefined,
  trns: Uint8Array | undefined,
  bad: Bad,
): DecodedImage {
  const { width, height, depth, colourType } = h;
  const samples = COLOUR_TYPES[colourType].samples;
  const bpp = Math.max(1, (samples * depth) >> 3); // bytes to the corresponding byte of the pixel to the left
  const rgba = new Uint8Array(width * height * 4);
  const maxSample = 2 ** depth - 1;
  // 8-bit levels of every sample value: v·255/(2ᵈ−1) to nearest (identity at 8 bits).
  const scale = new Uint8Array(maxSample + 1);
  for (let v = 0; v <= maxSample; v++) scale[v] = Math.round((v * 255) / maxSample);
  const vals = new Uint16Array(Math.max(...ps.map((p) => p.width)) * samples);
  const key = trns && (colourType === 0 || colourType === 2) ? trns : undefined;
  const keyAt = (i: number): number => (key![2 * i] << 8) | key![2 * i + 1];
  const colours = palette ? palette.length / 3 : 0;
  let at = 0;
  let rowNumber = 0;
  for (const p of ps) {
    let prev = new Uint8Array(p.stride);
    let line = new Uint8Array(p.stride);
    for (let r = 0; r < p.rows; r++) {
      rowNumber++;
      const filter = raw[at];
      const src = raw.subarray(at + 1, at + 1 + p.stride);
      at += 1 + p.stride;
      if (filter > 4)
        throw bad(h.interlaced ? 'err.png.filterTypeInterlaced' : 'err.png.filterType', { row: rowNumber, filter });
      unfilter(filter, src, prev, line, bpp);
      unpack(line, vals, p.width * samples, depth);
      const y = p.y0 + r * p.dy;
      for (let i = 0; i < p.width; i++) {
        const x = p.x0 + i * p.dx;
        const o = 4 * (y * width + x);
        const v = i * samples;
        if (colourType === 3) {
          const k = vals[v];
          if (k >= colours) throw bad('err.png.paletteIndex', { row: y + 1, column: x + 1, colour: k + 1, colours });
          rgba[o] = palette![3 * k];
          rgba[o + 1] = palette![3 * k + 1];
          rgba[o + 2] = palette![3 * k + 2];
          rgba[o + 3] = trns && k < trns.length ? trns[k] : 255;
        } else if (samples <= 2) {
          rgba[o] = rgba[o + 1] = rgba[o + 2] = scale[vals[v]];
          rgba[o + 3] = samples === 2 ? scale[vals[v + 1]] : key && vals[v] === keyAt(0) ? 0 : 255;
        } else {
          rgba[o] = scale[vals[v]];
          rgba[o + 1] = scale[vals[v + 1]];
          rgba[o + 2] = scale[vals[v + 2]];
          rgba[o + 3] =
            samples === 4
              ? scale[vals[v + 3]]
              : key && vals[v] === keyAt(0) && vals[v + 1] === keyAt(1) && vals[v + 2] === keyAt(2)
                ? 0
                : 255;
        }
      }
      [prev, line] = [line, prev];
    }
  }
  return channelsOf(width, height, rgba);
}

/** The first `n` samples of an unfiltered row, each `depth` bits (packed big-endian within bytes, as PNG does). */
function unpack(line: Uint8Array, out: Uint16Array, n: number, depth: number): void {
  if (depth === 8) for (let k = 0; k < n; k++) out[k] = line[k];
  else if (depth === 16) for (let k = 0; k < n; k++) out[k] = (line[2 * k] << 8) | line[2 * k + 1];
  else {
    const mask = (1 << depth) - 1;
    for (let k = 0, bit = 0; k < n; k++, bit += depth) out[k] = (line[bit >> 3] >> (8 - depth - (bit & 7))) & mask;
  }
}

/** PNG's five filters, undone into `out` from the filtered `src` and the previous row (zeros before the first). */
function unfilter(filter: number, src: Uint8Array, prev: Uint8Array, out: Uint8Array, bpp: number): void {
  const n = src.length;
  switch (filter) {
    case 0:
      out.set(src);
      break;
    case 1:
      for (let i = 0; i < n; i++) out[i] = (src[i] + (i >= bpp ? out[i - bpp] : 0)) & 0xff;
      break;
    case 2:
      for (let i = 0; i < n; i++) out[i] = (src[i] + prev[i]) & 0xff;
      break;
    case 3:
      for (let i = 0; i < n; i++) out[i] = (src[i] + (((i >= bpp ? out[i - bpp] : 0) + prev[i]) >> 1)) & 0xff;
      break;
    default:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? out[i - bpp] : 0;
        const c = i >= bpp ? prev[i - bpp] : 0;
        const b = prev[i];
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out[i] = (src[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
  }
}
