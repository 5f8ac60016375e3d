/**
 * What an attached file is, from its first bytes (and its name only where the content allows several readings), and
 * an image's dimensions from its header, read before anything is decoded: a PNG's IHDR chunk, a JPEG's SOFn segment.
 * A decompression bomb (a small file declaring 50,000×50,000 pixels) is refused here, and since the decoder only ever
 * produces the pixels the header declares, the bytes it inflates are bounded by the same check. Pure: no canvas.
 */
import { crc32 } from '../crc32.js';
import { UserError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { Attachment } from '../types.js';

export type FileFormat = 'png' | 'jpeg' | 'json' | 'csv' | 'tsv' | 'semicolon' | 'whitespace';

export interface ImageHeader {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Formats we recognise only to refuse them by name (the names and advice are in `err.file.otherFormat`). */
const OTHER_FORMATS: { id: string; test: (b: Uint8Array) => boolean }[] = [
  { id: 'gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { id: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  {
    id: 'bmp',
    test: (b) =>
      ascii(b, 0, 2) === 'BM' &&
      [12, 40, 52, 56, 108, 124].includes(b[14]) &&
      b[15] === 0 &&
      b[16] === 0 &&
      b[17] === 0,
  },
  { id: 'tiff', test: (b) => ascii(b, 0, 4) === 'II*\u0000' || ascii(b, 0, 4) === 'MM\u0000*' },
  { id: 'heic', test: (b) => ascii(b, 4, 4) === 'ftyp' },
  { id: 'pdf', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  { id: 'zip', test: (b) => ascii(b, 0, 4) === 'PK\u0003\u0004' },
  { id: 'gzip', test: (b) => b[0] === 0x1f && b[1] === 0x8b },
  { id: 'npy', test: (b) => b[0] === 0x93 && ascii(b, 1, 5) === 'NUMPY' },
];

function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

/** "a.csv" for messages: the file's name, shortened and stripped of control characters. */
export function fileLabel(att: Attachment): string {
  return [...att.name.replace(/\p{Cc}/gu, '')].slice(0, 60).join('') || t('err.file.unnamed');
}

/** A decoder's reason's values: numbers as written (no thousands separator), names as they are. */
export type ReasonValues = Record<string, string | number>;

/**
 * The `bad_file` error of a decoder (png-decode.ts, jpeg-check.ts) about `att`: the reason `key` and the decoder's
 * hint, written from the catalogue (`run()` writes them again in the asker's language), numbers as strings.
 */
export function decoderError(att: Attachment, hint: MessageKey): (key: MessageKey, values?: ReasonValues) => UserError {
  return (key, values = {}) =>
    new UserError(
      'bad_file',
      () =>
        t(key, {
          file: fileLabel(att),
          ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
        }),
      () => t(hint),
    );
}

/**
 * The format of an attachment: images by signature, other known binaries refused by name, then text (UTF-8, a
 * byte-order mark allowed): JSON when it starts with `[` (or the name ends in .json), else a table whose separator is
 * read from the first line (tab, comma, semicolon, or spaces). Throws UserError (`bad_file`).
 */
export function sniffFormat(att: Attachment): FileFormat {
  const b = att.bytes;
  const file = (): string => fileLabel(att);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(att.name)?.[1].toLowerCase();
  if (PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  for (const other of OTHER_FORMATS)
    if (other.test(b))
      throw new UserError('bad_file', () => t('err.file.otherFormat', { file: file(), format: other.id }));
  if (ext === 'png' || ext === 'jpg' || ext === 'jpeg' || (att.contentType ?? '').startsWith('image/'))
    throw new UserError(
      'bad_file',
      () => t('err.file.namedImage', { file: file(), bytes: firstBytes(b) }),
      () => t('err.hint.image'),
    );
  if (b.length === 0) throw new UserError('bad_file', () => t('err.file.empty', { file: file() }));
  // Text from here on: binary junk (NUL bytes, invalid UTF-8) is refused before any parsing.
  const head = b.subarray(0, 4096);
  if (head.includes(0))
    throw new UserError('bad_file', () => t('err.file.binary', { file: file(), bytes: firstBytes(b) }));
  const start = firstTextByte(b);
  if (b[start] === 0x7b /* { */)
    throw new UserError(
      'bad_file',
      () => t('err.file.jsonObject', { file: file() }),
      () => t('err.file.jsonObjectHint'),
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
  return b.length === 0 ? t('err.file.noBytes') : `${shown}${b.length > 8 ? ' …' : ''}`;
}

/**
 * Width and height from an image's header, without decoding: PNG's IHDR (the first chunk, by the standard), or the
 * JPEG frame header (SOF0–SOF15 but for DHT, JPG and DAC), found by walking the segments before the first scan.
 * Throws UserError (`bad_file`) for a truncated or malformed header, or a JPEG without its frame size.
 */
export function readImageHeader(att: Attachment, format: 'png' | 'jpeg'): ImageHeader {
  const b = att.bytes;
  const broken = (why: MessageKey, values: Record<string, string> = {}): UserError =>
    new UserError('bad_file', () =>
      t('err.image.unreadable', {
        file: fileLabel(att),
        format: format === 'png' ? 'PNG' : 'JPEG',
        why: t(why, values),
      }),
    );
  const u32 = (i: number): number => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  const u16 = (i: number): number => (b[i] << 8) | b[i + 1];
  if (format === 'png') {
    if (b.length < 33) throw broken('err.image.header.endsInHeader');
    if (u32(8) !== 13 || ascii(b, 12, 4) !== 'IHDR') throw broken('err.image.header.firstChunk');
    if (crc32(b.subarray(12, 29)) !== u32(29)) throw broken('err.image.header.checksum');
    const width = u32(16);
    const height = u32(20);
    if (width === 0 || height === 0)
      throw broken('err.image.header.size', { width: String(width), height: String(height) });
    return { format, width, height };
  }
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw broken('err.image.header.segmentStart', { byte: String(i + 1), hex: b[i].toString(16) });
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) throw broken('err.image.header.noFrame');
    const length = u16(i + 2);
    if (length < 2) throw broken('err.image.header.segmentLength', { byte: String(i + 1), length: String(length) });
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length || length < 8) throw broken('err.image.header.endsInFrame');
      const height = u16(i + 5);
      const width = u16(i + 7);
      if (width === 0 || height === 0)
        throw broken('err.image.header.frameSize', { width: String(width), height: String(height) });
      return { format, width, height };
    }
    i += 2 + length;
  }
  throw broken('err.image.header.endsBeforeFrame');
}

/** Refuses an image beyond the limits before decoding: side and pixel count (a decompression bomb stops here). */
export function checkImageSize(att: Attachment, h: ImageHeader, maxSide: number): void {
  if (h.width > maxSide || h.height > maxSide)
    throw new UserError(
      'too_large',
      () =>
        t('err.image.tooLarge', {
          file: fileLabel(att),
          width: String(h.width),
          height: String(h.height),
          max: String(maxSide),
        }),
      () => t('err.image.tooLargeHint', { max: String(maxSide) }),
    );
}
