/**
 * Broken PNG and JPEG files, one or more per reason of the strict decoders (parse/png-decode.ts, parse/jpeg-check.ts),
 * for the language tests: each is decoded directly (the header check of file-format.ts, which refuses some of them
 * first in a command, is skipped) and must be refused with `bad_file`.
 */
import { deflateSync } from 'node:zlib';
import { pngChunk } from '../../../src/engine/render/png.js';
import type { Attachment } from '../../../src/engine/index.js';

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer | number[] = []): Buffer {
  return pngChunk(type, Buffer.from(data));
}

function ihdr(width: number, height: number, depth = 8, colourType = 0, interlace = 0, extra: number[] = []): Buffer {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h[8] = depth;
  h[9] = colourType;
  h[12] = interlace;
  for (const [i, v] of extra.entries()) h[10 + i] = v;
  return chunk('IHDR', h);
}

/** Filtered rows of an 8×8 gray 8-bit image (filter 0), or of its 7 Adam7 passes (15 rows) when interlaced. */
const RAW = Buffer.alloc(8 * 9);
const RAW_INTERLACED = Buffer.alloc(
  [1, 1, 1, 2, 2, 4, 4].reduce((n, r, i) => n + r * (1 + [1, 1, 2, 2, 4, 4, 8][i]), 0),
);
const IDAT = chunk('IDAT', deflateSync(RAW));
const IEND = chunk('IEND');
/** The bytes with their last one changed. */
const flipLast = (b: Buffer): Buffer => Buffer.concat([b.subarray(0, -1), Buffer.from([b[b.length - 1] ^ 1])]);
const png = (...parts: Buffer[]): Buffer => Buffer.concat([SIG, ...parts]);

const pngCases: [string, Buffer][] = [
  ['signature', Buffer.from('abcdefghijkl')],
  ['chunk header', Buffer.concat([SIG, Buffer.from([0, 0, 0])])],
  ['chunk type', png(chunk('12ab', [1]))],
  ['chunk length', png(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(8))],
  ['inside chunk', png(ihdr(8, 8).subarray(0, 15))],
  ['crc', png(Buffer.from(ihdr(8, 8)).fill(9, 21))],
  ['first chunk', png(chunk('tEXt', [65]), ihdr(8, 8), IDAT, IEND)],
  ['second IHDR', png(ihdr(8, 8), ihdr(8, 8), IDAT, IEND)],
  ['two PLTE', png(ihdr(8, 8, 8, 3), chunk('PLTE', [0, 0, 0]), chunk('PLTE', [0, 0, 0]), IDAT, IEND)],
  ['PLTE after IDAT', png(ihdr(8, 8, 8, 2), IDAT, chunk('PLTE', [0, 0, 0]), IEND)],
  ['PLTE length', png(ihdr(8, 8, 8, 3), chunk('PLTE', [0, 0, 0, 0]), IDAT, IEND)],
  ['gray PLTE', png(ihdr(8, 8), chunk('PLTE', [0, 0, 0]), IDAT, IEND)],
  ['two tRNS', png(ihdr(8, 8), chunk('tRNS', [0, 0]), chunk('tRNS', [0, 0]), IDAT, IEND)],
  ['tRNS after IDAT', png(ihdr(8, 8), IDAT, chunk('tRNS', [0, 0]), IEND)],
  ['IDAT split', png(ihdr(8, 8), IDAT, chunk('tEXt', [65]), IDAT, IEND)],
  ['no PLTE', png(ihdr(8, 8, 8, 3), IDAT, IEND)],
  ['IEND bytes', png(ihdr(8, 8), IDAT, chunk('IEND', [1, 2]))],
  ['critical chunk', png(ihdr(8, 8), chunk('ABCD', [1]), IDAT, IEND)],
  ['only signature', SIG],
  ['no IDAT', png(ihdr(8, 8), IEND)],
  ['before IDAT', png(ihdr(8, 8))],
  ['after IEND', png(ihdr(8, 8), IDAT, IEND, Buffer.from([1, 2, 3]))],
  ['after stream', png(ihdr(8, 8), chunk('IDAT', Buffer.concat([deflateSync(RAW), Buffer.from([1, 2, 3])])), IEND)],
  ['longer', png(ihdr(8, 8), chunk('IDAT', deflateSync(Buffer.alloc(200))), IEND)],
  ['stops early (cut stream)', png(ihdr(8, 8), chunk('IDAT', deflateSync(RAW, { level: 0 }).subarray(0, 40)), IEND)],
  [
    'stops early interlaced (cut stream)',
    png(ihdr(8, 8, 8, 0, 1), chunk('IDAT', deflateSync(RAW_INTERLACED, { level: 0 }).subarray(0, 40)), IEND),
  ],
  ['stops early', png(ihdr(8, 8), chunk('IDAT', deflateSync(RAW.subarray(0, 45))), IEND)],
  ['stops early interlaced', png(ihdr(8, 8, 8, 0, 1), chunk('IDAT', deflateSync(RAW.subarray(0, 20))), IEND)],
  ['cut rows', png(ihdr(8, 8), chunk('IDAT', deflateSync(RAW, { level: 0 }).subarray(0, 40)))],
  ['cut rows interlaced', png(ihdr(8, 8, 8, 0, 1), chunk('IDAT', deflateSync(RAW.subarray(0, 20))))],
  ['cut stream end', png(ihdr(8, 8), chunk('IDAT', deflateSync(RAW).subarray(0, -4)))],
  ['cut inside IDAT', png(ihdr(8, 8), IDAT.subarray(0, 12))],
  ['adler', png(ihdr(8, 8), chunk('IDAT', flipLast(deflateSync(RAW))), IEND)],
  ['not zlib', png(ihdr(8, 8), chunk('IDAT', Buffer.from('not zlib at all')), IEND)],
  ['no IEND', png(ihdr(8, 8), IDAT)],
  ['IHDR length', png(chunk('IHDR', Buffer.alloc(12)), IDAT, IEND)],
  ['IHDR size', png(ihdr(0, 8), IDAT, IEND)],
  ['colour type', png(ihdr(8, 8, 8, 5), IDAT, IEND)],
  ['bit depth', png(ihdr(8, 8, 3, 2), IDAT, IEND)],
  ['bit depth gray alpha', png(ihdr(8, 8, 4, 4), IDAT, IEND)],
  ['compression', png(ihdr(8, 8, 8, 0, 0, [1]), IDAT, IEND)],
  ['filter method', png(ihdr(8, 8, 8, 0, 0, [0, 1]), IDAT, IEND)],
  ['interlace method', png(ihdr(8, 8, 8, 0, 2), IDAT, IEND)],
  ['tRNS before PLTE', png(ihdr(8, 8, 8, 3), chunk('tRNS', [0]), chunk('PLTE', [0, 0, 0]), IDAT, IEND)],
  ['tRNS size', png(ihdr(8, 8), chunk('tRNS', [0, 0, 0]), IDAT, IEND)],
  ['tRNS RGBA', png(ihdr(8, 8, 8, 6), chunk('tRNS', [0, 0]), IDAT, IEND)],
  ['filter type', png(ihdr(8, 8), chunk('IDAT', deflateSync(Buffer.from(RAW).fill(7, 27, 28))), IEND)],
  [
    'filter type interlaced',
    png(ihdr(8, 8, 8, 0, 1), chunk('IDAT', deflateSync(Buffer.from(RAW_INTERLACED).fill(9, 4, 5))), IEND),
  ],
  [
    'palette index',
    png(ihdr(8, 8, 8, 3), chunk('PLTE', [0, 0, 0]), chunk('IDAT', deflateSync(Buffer.from(RAW).fill(3, 12, 13))), IEND),
  ],
];

// ── JPEG: a tiny synthetic gray JPEG (one 8×8 block per 8×8 pixels, every block "DC 0, end of block": two 0 bits).

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const seg = (marker: number, payload: number[]): number[] => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];
const DQT = seg(0xdb, [0x00, ...Array<number>(64).fill(1)]);
/** DC table 0 and AC table 0: one code each, "0", for `dc` (a DC size) and 0 (end of block). */
const dht = (dc = 0): number[] =>
  seg(0xc4, [0x00, 1, ...Array<number>(15).fill(0), dc, 0x10, 1, ...Array<number>(15).fill(0), 0]);
const sof = (width = 16, height = 8, marker = 0xc0, components: number[][] = [[1, 0x11, 0]]): number[] =>
  seg(marker, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components.length, ...components.flat()]);
const sos = (ids: number[] = [1], spectral: number[] = [0, 63, 0]): number[] =>
  seg(0xda, [ids.length, ...ids.flatMap((id) => [id, 0x00]), ...spectral]);
const head = [...SOI, ...DQT, ...dht(), ...sof()];
const jpg = (...parts: number[][]): Buffer => Buffer.from(parts.flat());

const jpegCases: [string, Buffer][] = [
  ['SOI', Buffer.from([0, 1, 2, 3])],
  ['ends before data', jpg(SOI, seg(0xe0, [1, 2]))],
  ['ends after data', jpg(head, sos(), [0x00], seg(0xfe, [65]))],
  ['marker byte', jpg(SOI, [0x12, 0x34])],
  ['inside marker', jpg(SOI, [0xff, 0xff])],
  ['EOI before frame', jpg(SOI, EOI)],
  ['EOI before scan', jpg(head, EOI)],
  [
    'component without scan',
    jpg(
      SOI,
      DQT,
      dht(),
      sof(16, 8, 0xc0, [
        [1, 0x11, 0],
        [2, 0x11, 0],
        [3, 0x11, 0],
      ]),
      sos([1, 2]),
      [0x00],
      EOI,
    ),
  ],
  ['second SOI', jpg(SOI, SOI)],
  ['restart outside', jpg(SOI, [0xff, 0xd0])],
  ['marker 0x00', jpg(SOI, [0xff, 0x00])],
  ['inside segment header', jpg(SOI, [0xff, 0xe0, 0])],
  ['segment length', jpg(SOI, [0xff, 0xe0, 0, 1, 0, 0])],
  ['inside segment', jpg(SOI, [0xff, 0xe0, 0, 16, 1])],
  ['DRI length', jpg(SOI, seg(0xdd, [0, 0, 0]))],
  ['second frame', jpg(head, sof())],
  ['lossless', jpg(SOI, sof(16, 8, 0xc3))],
  ['arithmetic', jpg(SOI, sof(16, 8, 0xc9))],
  ['hierarchical', jpg(SOI, sof(16, 8, 0xc5))],
  ['DAC', jpg(SOI, seg(0xcc, [0, 0]))],
  ['DNL', jpg(SOI, seg(0xdc, [0, 8]))],
  ['SOS before frame', jpg(SOI, sos())],
  ['reserved', jpg(SOI, seg(0xf0, [1]))],
  ['DQT precision', jpg(SOI, seg(0xdb, [0x20, 1]))],
  ['DQT short', jpg(SOI, seg(0xdb, [0x00, 1, 2, 3]))],
  ['DQT zero', jpg(SOI, seg(0xdb, [0x01, ...Array<number>(64).fill(0)]))],
  ['DHT class', jpg(SOI, seg(0xc4, [0x20, 1]))],
  ['DHT short', jpg(SOI, seg(0xc4, [0x00, 1, 2]))],
  ['DHT codes', jpg(SOI, seg(0xc4, [0x00, ...Array<number>(16).fill(0)]))],
  ['DHT overfull', jpg(SOI, seg(0xc4, [0x00, 3, ...Array<number>(15).fill(0), 1, 2, 3]))],
  ['SOF short', jpg(SOI, seg(0xc0, [8, 0, 8]))],
  ['SOF precision', jpg(SOI, seg(0xc0, [12, 0, 8, 0, 8, 1, 1, 0x11, 0]))],
  ['SOF size', jpg(SOI, sof(0, 8))],
  [
    'SOF components',
    jpg(
      SOI,
      sof(16, 8, 0xc0, [
        [1, 0x11, 0],
        [2, 0x11, 0],
      ]),
    ),
  ],
  ['SOF length', jpg(SOI, seg(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0, 7]))],
  ['SOF sampling', jpg(SOI, sof(16, 8, 0xc0, [[1, 0x51, 0]]))],
  [
    'SOF ids',
    jpg(
      SOI,
      sof(16, 8, 0xc0, [
        [1, 0x11, 0],
        [1, 0x11, 0],
        [2, 0x11, 0],
      ]),
    ),
  ],
  ['SOS length', jpg(head, seg(0xda, [1, 1, 0]))],
  ['SOS progressive parameters', jpg(head, sos([1], [1, 63, 0]))],
  ['SOS spectral', jpg(SOI, DQT, dht(), sof(16, 8, 0xc2), sos([1], [0, 5, 0]))],
  ['SOS component', jpg(head, sos([7]))],
  ['SOS component twice', jpg(SOI, DQT, dht(), sof(16, 8, 0xc0, [[1, 0x11, 0]]), sos([1, 1]))],
  ['DQT missing', jpg(SOI, dht(), sof(), sos())],
  ['DHT missing', jpg(SOI, DQT, sof(), sos())],
  ['progressive restart order', jpg(SOI, DQT, dht(), sof(16, 8, 0xc2), sos([1], [0, 0, 0]), [0x00, 0xff, 0xd3])],
  ['progressive cut', jpg(SOI, DQT, dht(), sof(16, 8, 0xc2), sos([1], [0, 0, 0]), [0x00])],
  ['scan cut', jpg(SOI, DQT, dht(), sof(16, 64), sos(), [0x00, 0x00])],
  ['scan interrupted', jpg(SOI, DQT, dht(), sof(16, 64), sos(), [0x00, 0x00], EOI)],
  ['invalid code', jpg(head, sos(), [0xff, 0x00, 0xff, 0x00, 0xff, 0x00], EOI)],
  ['coefficient', jpg(SOI, DQT, dht(12), sof(), sos(), [0x00, 0x00, 0x00], EOI)],
  ['restart missing', jpg(head, seg(0xdd, [0, 1]), sos(), [0x00, 0x00], EOI)],
  ['no EOI', jpg(head, sos(), [0x00])],
  ['after last block', jpg(head, sos(), [0x00, 0x12], EOI)],
];

export const DECODER_CASES: { label: string; format: 'png' | 'jpeg'; att: Attachment }[] = [
  ...pngCases.map(([label, bytes]) => ({ label, format: 'png' as const, att: { name: 'p.png', bytes } })),
  ...jpegCases.map(([label, bytes]) => ({ label, format: 'jpeg' as const, att: { name: 'p.jpg', bytes } })),
];
