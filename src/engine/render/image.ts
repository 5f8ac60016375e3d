/**
 * Decoding attached JPEG images into pixels, with the canvas library the figures use (the engine's only canvas
 * import lives in render/; this module is imported lazily, on the first JPEG). The caller has already read the
 * header, refused an image beyond the size limits, and checked the whole file strictly (`parse/jpeg-check.ts`: the
 * canvas itself reads a cut file as gray), so nothing larger than the limit is ever decoded; the decoded size is
 * checked against the header again. PNGs no longer come here: `parse/png-decode.ts` reads them exactly (the canvas
 * premultiplies alpha and takes a 16-bit sample's high byte).
 */
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { channelsOf, type DecodedImage } from '../parse/attachments.js';

/**
 * Decodes a JPEG (a PNG works too) whose header said `width`×`height`. Gray images (every pixel r = g = b, opaque)
 * keep one channel, opaque colour images three, others four. Throws an Error the caller turns into `bad_file`.
 */
export async function decodeImage(bytes: Uint8Array, width: number, height: number): Promise<DecodedImage> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (image.width !== width || image.height !== height)
    throw new Error(`decoded as ${image.width}×${image.height}, but its header says ${width}×${height}`);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  return channelsOf(width, height, new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength));
}
