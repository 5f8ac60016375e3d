/**
 * What an attached file is, from its first bytes (and its name only where the content allows several readings), and
 * an image's dimensions from its header, read before anything is decoded: a PNG's IHDR chunk, a JPEG's SOFn segment.
 * A decompression bomb (a small file declaring 50,000×50,000 pixels) is refused here, and since the decoder only ever
 * produces the pixels the header declares, the bytes it inflates are bounded by the same check. Pure: no canvas.
 */
import { crc32 } from '../crc32.js';
import { UserError, englishError } from '../errors.js';
import type { Attachment } from '../types.js';

export type FileFormat = 'png' | 'jpeg' | 'json' | 'csv' | 'tsv' | 'semicolon' | 'whitespace';

export interface ImageHeader {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Formats we recognise only to refuse them by name. */
const OTHER_FORMATS: { name: string; test: (b: Uint8Array) => boolean; advice?: string }[] = [
  { name: 'a GIF image', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { name: 'a WebP image', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  {
    name: 'a BMP image',
    test: (b) =>
      ascii(b, 0, 2) === 'BM' &&
      [12, 40, 52, 56, 108, 124].includes(b[14]) &&
      b[15] === 0 &&
      b[16] === 0 &&
      b[17] === 0,
  },
  { name: 'a TIFF image', test: (b) => ascii(b, 0, 4) === 'II*\u0000' || ascii(b, 0, 4) === 'MM\u0000*' },
  { name: 'a HEIC/AVIF image', test: (b) => ascii(b, 4, 4) === 'ftyp' },
  { name: 'a PDF document', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  {
    name: 'a zip archive (an .xlsx or .ods spreadsheet is one)',
    test: (b) => ascii(b, 0, 4) === 'PK\u0003\u0004',
    advice: 'save the sheet as CSV first',
  },
  { name: 'a gzip archive', test: (b) => b[0] === 0x1f && b[1] === 0x8b },
  {
    name: 'a NumPy .npy file',
    test: (b) => b[0] === 0x93 && ascii(b, 1, 5) === 'NUMPY',
    advice: 'np.savetxt(…, delimiter=",") writes a CSV',
  },
];

function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

/** "a.csv" for messages: the file's name, shortened and stripped of control characters. */
export function fileLabel(att: Attachment): string {
  const name = [...att.name.replace(/\p{Cc}/gu, '')].slice(0, 60).join('') || 'the file';
  return name;
}

/**
 * The format of an attachment: images by signature, other known binaries refused by name, then text (UTF-8, a
 * byte-order mark allowed): JSON when it starts with `[` (or the name ends in .json), else a table whose separator is
 * read from the first line (tab, comma, semicolon, or spaces). Throws UserError (`bad_file`).
 */
export function sniffFormat(att: Attachment): FileFormat {
  const b = att.bytes;
  const name = fileLabel(att);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(att.name)?.[1].toLowerCase();
  if (PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  for (const other of OTHER_FORMATS)
    if (other.test(b))
      throw englishError(
        'bad_file',
        `${name} is ${other.name}, which I cannot read${other.advice ? `: ${other.advice}` : ''}`,
      );
  if (ext === 'png' || ext === 'jpg' || ext === 'jpeg' || (att.contentType ?? '').startsWith('image/'))
    throw englishError(
      'bad_file',
      `${name} is named or sent as an image, but it is not a PNG or JPEG: its first bytes are ${firstBytes(b)}`,
      'Attach the image itself, exported as PNG or JPEG (a screenshot works), up to 1024×1024 pixels.',
    );
  if (b.length === 0) throw englishError('bad_file', `${name} is empty`);
  // Text from here on: binary junk (NUL bytes, invalid UTF-8) is refused before any parsing.
  const head = b.subarray(0, 4096);
  if (head.includes(0))
    throw englishError(
      'bad_file',
      `${name} is not a text file (it has NUL bytes; its first bytes are ${firstBytes(b)})`,
    );
  const start = firstTextByte(b);
  if (b[start] === 0x7b /* { */)
    throw englishError(
      'bad_file',
      `${name} holds a JSON object; a matrix is a JSON array of rows`,
      'Example: [[2,3],[4,1]] (in Python: json.dump(a.tolist(), f)).',
    );
  if (b[start] === 0x5b /* [ */ || ext === 'json') return 'json';
  const line = firstLine(b, start);
  if (line.includes('\t') || ext === 'tsv' || ext === 'tab') return 'tsv';
  if (line.includes(',')) return 'csv';
  if (line.includes(';')) return 'semicolon';
  return ext === 'csv' ? 'csv' : 'whitespace';
}

/** Index of the first byte after a UTF-8 byte-order mark and leading whitespace. */
function firstTextByte(b: Uint8Array): number {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return i;
}

/** The first non-empty line (at most 64 KB of it), for the separator. */
function firstLine(b: Uint8Array, start: number): string {
  let end = start;
  const limit = Math.min(b.length, start + 65536);
  while (end < limit && b[end] !== 0x0a && b[end] !== 0x0d) end++;
  return Buffer.from(b.subarray(start, end)).toString('latin1');
}

function firstBytes(b: Uint8Array): string {
  const shown = [...b.subarray(0, 8)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
  return b.length === 0 ? 'none (it is empty)' : `${shown}${b.length > 8 ? ' …' : ''}`;
}

/**
 * Width and height from an image's header, without decoding: PNG's IHDR (the first chunk, by the standard), or the
 * JPEG frame header (SOF0–SOF15 but for DHT, JPG and DAC), found by walking the segments before the first scan.
 * Throws UserError (`bad_file`) for a truncated or malformed header, or a JPEG without its frame size.
 */
export function readImageHeader(att: Attachment, format: 'png' | 'jpeg'): ImageHeader {
  const b = att.bytes;
  const name = fileLabel(att);
  const broken = (why: string): UserError =>
    englishError('bad_file', `${name} is not a readable ${format === 'png' ? 'PNG' : 'JPEG'} image: ${why}`);
  const u32 = (i: number): number => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  const u16 = (i: number): number => (b[i] << 8) | b[i + 1];
  if (format === 'png') {
    if (b.length < 33) throw broken('the file ends inside its header');
    if (u32(8) !== 13 || ascii(b, 12, 4) !== 'IHDR') throw broken('its first chunk is not the IHDR header');
    if (crc32(b.subarray(12, 29)) !== u32(29)) throw broken('the header is damaged (its checksum does not match)');
    const width = u32(16);
    const height = u32(20);
    if (width === 0 || height === 0) throw broken(`the header says ${width}×${height} pixels`);
    return { format, width, height };
  }
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw broken(`byte ${i + 1} should start a segment (0xFF) but is 0x${b[i].toString(16)}`);
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) throw broken('no frame header (image size) before the image data');
    const length = u16(i + 2);
    if (length < 2) throw broken(`a segment at byte ${i + 1} has length ${length}`);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length || length < 8) throw broken('the file ends inside its frame header');
      const height = u16(i + 5);
      const width = u16(i + 7);
      if (width === 0 || height === 0)
        throw broken(`the frame header says ${width}×${height} pixels (a height of 0 is not supported)`);
      return { format, width, height };
    }
    i += 2 + length;
  }
  throw broken('the file ends before its frame header (image size)');
}

/** Refuses an image beyond the limits before decoding: side and pixel count (a decompression bomb stops here). */
export function checkImageSize(att: Attachment, h: ImageHeader, maxSide: number): void {
  if (h.width > maxSide || h.height > maxSide)
    throw englishError(
      'too_large',
      `${fileLabel(att)} is ${h.width}×${h.height} pixels; images may be at most ${maxSide}×${maxSide} (checked from the header, nothing was decoded)`,
      `Scale the image down to at most ${maxSide}×${maxSide} pixels and attach it again.`,
    );
}
