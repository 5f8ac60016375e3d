/**
 * Operands from files (DESIGN §11). `@1`, `@2` in an operand's text name the command's first and second attachment;
 * with attachments and no matrix text, the attachments are the operands in order. A file operand becomes a Matrix
 * like a typed one: CSV, TSV and JSON through `file-table.ts` and `file-matrix.ts`, a PNG or JPEG as its gray levels
 * in [0, 1] (decoded before computing, since decoding is asynchronous: see `decodeImages` in `index.ts`; a PNG by
 * `png-decode.ts`, a JPEG checked by `jpeg-check.ts` then decoded by the canvas, both strict).
 */
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Limits } from '../limits.js';
import { Rational } from '../numbers/rational.js';
import { makeMatrix } from '../numbers/matrix.js';
import type { Attachment, Command, OperandText } from '../types.js';
import { checkImageSize, fileLabel, readImageHeader, sniffFormat } from './file-format.js';
import { tableMatrix, type FileMatrix } from './file-matrix.js';
import { readTable } from './file-table.js';
import { exactWithinBudget } from './matrix.js';

/** `@1` … `@99`: an operand that names an attachment. */
export const ATTACHMENT_REFERENCE = /^@(\d{1,2})$/;

/** Pixels of an attached image, as `render/image.ts` decodes them: row-major, interleaved, 0–255. */
export interface DecodedImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

/** One channel for an opaque gray image, three for an opaque colour one, else four (PNG and JPEG alike). */
export function channelsOf(width: number, height: number, rgba: Uint8Array): DecodedImage {
  const pixels = width * height;
  let opaque = true;
  let gray = true;
  for (let p = 0; p < pixels; p++) {
    const k = 4 * p;
    if (rgba[k + 3] !== 255) opaque = false;
    if (rgba[k] !== rgba[k + 1] || rgba[k] !== rgba[k + 2]) gray = false;
  }
  const channels: 1 | 3 | 4 = !opaque ? 4 : gray ? 1 : 3;
  if (channels === 4) return { width, height, channels, data: rgba };
  const data = new Uint8Array(pixels * channels);
  for (let p = 0; p < pixels; p++) for (let c = 0; c < channels; c++) data[p * channels + c] = rgba[4 * p + c];
  return { width, height, channels, data };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file over the byte limit (adapters check before downloading; this is the engine's own check). */
export function checkFileBytes(att: Attachment, limits: Limits): void {
  if (att.bytes.byteLength > limits.maxFileBytes)
    throw new UserError(
      'too_large',
      () =>
        t('err.file.tooLarge', {
          file: fileLabel(att),
          size: sizeText(att.bytes.byteLength),
          limit: sizeText(limits.maxFileBytes),
        }),
      () =>
        t('err.file.tooLargeHint', {
          side: String(limits.maxFileDimension),
          image: String(limits.maxImageSide),
        }),
    );
}

/**
 * The command with every `@k` operand bound to its attachment, and the attachments as operands when the text gave
 * none (matrix verbs only). Operands an adapter already bound (`attachment` set) are kept. Throws UserError
 * (`missing_attachment`, `too_large` for a file over the byte limit).
 */
export function resolveAttachments(command: Command, limits: Limits, takesMatrices: boolean): Command {
  const files = command.attachments ?? [];
  let operands: OperandText[] = command.operands;
  if (operands.length === 0 && files.length > 0 && takesMatrices)
    operands = files.map((attachment, k) => ({ text: `@${k + 1}`, attachment }));
  operands = operands.map((o, i) => {
    if (o.attachment) return o;
    const ref = ATTACHMENT_REFERENCE.exec(o.text.trim());
    if (!ref) return o;
    const k = Number(ref[1]);
    const attachment = files[k - 1];
    if (!attachment)
      throw new UserError('missing_attachment', () => t('err.file.missing', { n: i + 1, k, files: files.length }));
    return { ...o, attachment };
  });
  for (const o of operands) if (o.attachment) checkFileBytes(o.attachment, limits);
  return operands === command.operands ? command : { ...command, operands };
}

/** An attached image whose header was read and checked against the size limits, not yet decoded. */
export interface ImageFile {
  attachment: Attachment;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** The attachments among the operands that are images, with their headers checked (size limits) but not decoded. */
export function attachedImages(command: Command, limits: Limits): ImageFile[] {
  const files = [...new Set(command.operands.map((o) => o.attachment).filter((a): a is Attachment => !!a))];
  return imageHeaders(files, limits);
}

/**
 * Which of these files are images (PNG or JPEG, by their bytes), with the width and height from their headers; an
 * image beyond the size limits is refused here, before anything is decoded. Throws UserError. Decoding is strict
 * (`png-decode.ts`, `jpeg-check.ts`): a cut or damaged image is refused then, never read as zeros.
 */
export function imageHeaders(files: Attachment[], limits: Limits): ImageFile[] {
  const out: ImageFile[] = [];
  for (const att of files) {
    checkFileBytes(att, limits);
    const format = sniffFormat(att);
    if (format !== 'png' && format !== 'jpeg') continue;
    const header = readImageHeader(att, format);
    checkImageSize(att, header, limits.maxImageSide);
    out.push({ attachment: att, format, width: header.width, height: header.height });
  }
  return out;
}

/**
 * One file operand as a matrix. Tables are read here; images must be in `images` (decoded by `run()` before
 * computing). Throws UserError with the file's name, and the row and column where it matters.
 */
export function fileOperandMatrix(
  att: Attachment,
  limits: Limits,
  images: ReadonlyMap<Attachment, DecodedImage> | undefined,
): FileMatrix {
  checkFileBytes(att, limits);
  const format = sniffFormat(att);
  if (format === 'png' || format === 'jpeg') {
    const image = images?.get(att);
    if (!image) throw new Error(`image ${fileLabel(att)} was not decoded before computing`);
    return imageOperandMatrix(att, image, limits);
  }
  return tableMatrix(att, readTable(att, format, limits.maxFileDimension), limits);
}

/**
 * An image as a matrix operand: its gray levels in [0, 1], exact (k/255, or BT.709 luma (2126r + 7152g + 722b)/2,550,000
 * of a colour image) within the digit budget, like any file. Transparency is ignored (the colour under it is used).
 */
export function imageOperandMatrix(att: Attachment, image: DecodedImage, limits: Limits): FileMatrix {
  const max = limits.maxFileDimension;
  if (image.width > max || image.height > max)
    throw new UserError(
      'too_large',
      () =>
        t('err.image.tooLargeMatrix', {
          file: fileLabel(att),
          width: String(image.width),
          height: String(image.height),
          max: String(max),
        }),
      () => t('err.image.tooLargeMatrixHint', { max: String(max) }),
    );
  const levels = grayLevels(image);
  const den = image.channels === 1 ? 255 : 2550000;
  const mayStayExact = image.width * image.height * 2 <= limits.maxTotalDigits;
  const rows = Array.from({ length: image.height }, (_, i) =>
    Array.from({ length: image.width }, (_, j) => {
      const v = levels[i * image.width + j];
      return mayStayExact ? Rational.of(BigInt(v), BigInt(den)) : v / den;
    }),
  );
  const matrix = makeMatrix(rows);
  if (!mayStayExact) return { matrix, switched: true };
  return exactWithinBudget(matrix, limits, (i, j) => `pixel (row ${i + 1}, column ${j + 1}) of ${fileLabel(att)}`);
}

/** Gray level numerators: the value itself (out of 255) for one channel, else 2126r + 7152g + 722b (out of 2,550,000). */
function grayLevels(image: DecodedImage): Int32Array {
  const n = image.width * image.height;
  const out = new Int32Array(n);
  const c = image.channels;
  for (let p = 0; p < n; p++) {
    const k = p * c;
    out[p] = c === 1 ? image.data[k] : 2126 * image.data[k] + 7152 * image.data[k + 1] + 722 * image.data[k + 2];
  }
  return out;
}

/**
 * An image as numbers in [0, 1], for pixelwise work: `gray` (BT.709 luma for colour images), or one channel
 * (`r`, `g`, `b`, `a`; a gray image's r, g and b are its gray, an opaque image's a is 1).
 *
 * @example
 * imageMatrix(image, 'gray')[0][0]; // 0.5019… for a mid-gray first pixel (128/255)
 */
export function imageMatrix(image: DecodedImage, channel: 'gray' | 'r' | 'g' | 'b' | 'a' = 'gray'): number[][] {
  const { width, height, channels, data } = image;
  const levels = channel === 'gray' ? grayLevels(image) : null;
  const den = channel === 'gray' && channels !== 1 ? 2550000 : 255;
  const index = { r: 0, g: 1, b: 2, a: 3, gray: 0 }[channel];
  return Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => {
      const p = i * width + j;
      if (levels) return levels[p] / den;
      if (channel === 'a') return channels === 4 ? data[p * 4 + 3] / 255 : 1;
      return data[p * channels + (channels === 1 ? 0 : index)] / 255;
    }),
  );
}
