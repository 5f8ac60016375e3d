/**
 * Decoding attached PNG and JPEG images into pixels, with the canvas library the figures use (the engine's only
 * canvas import lives in render/; this module is imported lazily, on the first image). The caller has already read
 * the header and refused an image beyond the size limits, so nothing larger than the limit is ever decoded; the
 * decoded size is checked against the header again.
 */
import { loadImage, createCanvas } from '@napi-rs/canvas';
import type { DecodedImage } from '../parse/attachments.js';

/**
 * Decodes a PNG or JPEG whose header said `width`×`height`. Gray images (every pixel r = g = b, opaque) keep one
 * channel, opaque colour images three, others four. Throws an Error the caller turns into the user's `bad_file`.
 */
export async function decodeImage(bytes: Uint8Array, width: number, height: number): Promise<DecodedImage> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (image.width !== width || image.height !== height)
    throw new Error(`decoded as ${image.width}×${image.height}, but its header says ${width}×${height}`);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const pixels = width * height;
  let opaque = true;
  let gray = true;
  for (let p = 0; p < pixels; p++) {
    const k = 4 * p;
    if (rgba[k + 3] !== 255) opaque = false;
    if (rgba[k] !== rgba[k + 1] || rgba[k] !== rgba[k + 2]) gray = false;
  }
  const channels: 1 | 3 | 4 = !opaque ? 4 : gray ? 1 : 3;
  const data = new Uint8Array(pixels * channels);
  for (let p = 0; p < pixels; p++) for (let c = 0; c < channels; c++) data[p * channels + c] = rgba[4 * p + c];
  return { width, height, channels, data };
}
