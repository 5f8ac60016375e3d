// Images as attachments (issues 13 and 17): PNG and JPEG sized from their headers before decoding, decoded strictly
// (PNG by the engine, JPEG by the canvas library after a structural check; see files-fuzz.test.ts), viewed as numbers
// in [0, 1] (imageFromBytes, imageMatrix) or used as matrix operands (gray levels, exact k/255 within the budget).
// Hostile images: a decompression bomb (50,000² declared) refused from the header alone; a zip bomb inside IDAT under
// a small header (refused, inflating no more than the declared pixels); a damaged header; a JPEG without its frame
// size; undecodable image data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { imageFromBytes, imageMatrix, parseCommand, run, type Attachment } from '../../../src/engine/index.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** A hand-made gray 8-bit PNG declaring width×height, with this IDAT payload (zlib data). */
function pngWith(width: number, height: number, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // gray
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG or JPEG drawn with the canvas: gray levels (one per pixel, row-major) or a colour for every pixel. */
function drawn(
  width: number,
  height: number,
  fill: (x: number, y: number) => [number, number, number],
  format: 'png' | 'jpeg' = 'png',
): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(width, height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = fill(x, y);
      img.data.set([r, g, b, 255], 4 * (y * width + x));
    }
  ctx.putImageData(img, 0, 0);
  return canvas.encodeSync(format as 'png');
}

async function reply(text: string, files: Attachment[]) {
  const c = parseCommand(text, { attachments: files });
  assert.ok(c.ok, !c.ok ? c.message : '');
  return run(c.value, { figures: false });
}

test('imageFromBytes: a gray PNG keeps one channel, a colour one three; imageMatrix reads them in [0, 1]', async () => {
  const gray = await imageFromBytes(
    drawn(3, 2, (x, y) => [x * 100 + y, x * 100 + y, x * 100 + y]),
    { name: 'g.png' },
  );
  assert.ok(gray.ok);
  assert.deepEqual([gray.value.width, gray.value.height, gray.value.channels], [3, 2, 1]);
  assert.deepEqual(imageMatrix(gray.value), [
    [0, 100 / 255, 200 / 255],
    [1 / 255, 101 / 255, 201 / 255],
  ]);
  const colour = await imageFromBytes(drawn(2, 2, (x) => (x ? [255, 0, 0] : [0, 0, 255])));
  assert.ok(colour.ok);
  assert.equal(colour.value.channels, 3);
  assert.deepEqual(imageMatrix(colour.value, 'r'), [
    [0, 1],
    [0, 1],
  ]);
  assert.deepEqual(imageMatrix(colour.value, 'a'), [
    [1, 1],
    [1, 1],
  ]);
  // BT.709 luma of pure red is 0.2126, of pure blue 0.0722.
  const luma = imageMatrix(colour.value, 'gray');
  assert.ok(Math.abs(luma[0][1] - 0.2126) < 1e-12 && Math.abs(luma[0][0] - 0.0722) < 1e-12);
  const jpeg = await imageFromBytes(
    drawn(40, 30, () => [128, 128, 128], 'jpeg'),
    { name: 'p.jpg' },
  );
  assert.ok(jpeg.ok, !jpeg.ok ? jpeg.message : '');
  assert.deepEqual([jpeg.value.width, jpeg.value.height], [40, 30]);
  const csv = await imageFromBytes(new TextEncoder().encode('1,2\n3,4'), { name: 'a.csv' });
  assert.ok(!csv.ok && csv.code === 'bad_file');
});

test('an image as a matrix operand: its gray levels, exact k/255 when small; above 256×256 refused as a matrix', async () => {
  const a = { name: 'a.png', bytes: drawn(2, 2, (x, y) => [51 * (x + 2 * y), 51 * (x + 2 * y), 51 * (x + 2 * y)]) };
  const r = await reply('product @1 [[1,1],[1,1]]', [a]);
  assert.ok(r.ok, !r.ok ? r.message : '');
  assert.deepEqual(r.data.product, [
    [0, '1/5'],
    ['2/5', '3/5'],
  ]);
  assert.equal(r.data.exact, true);
  const big = { name: 'big.png', bytes: drawn(300, 260, () => [10, 10, 10]) };
  const refused = await reply('psd @1', [big]);
  assert.ok(!refused.ok && refused.code === 'too_large');
  assert.match(refused.message, /big\.png is 300×260 pixels; as a matrix an image may be at most 256×256/);
  assert.ok((await imageFromBytes(big.bytes)).ok, 'the same image is fine for pixelwise work (up to 1024×1024)');
});

test('a decompression bomb is refused from its header, nothing decoded', async () => {
  // 50,000 × 50,000 gray pixels (2.5 GB decoded) in a few hundred bytes.
  const bomb = pngWith(50000, 50000, deflateSync(Buffer.alloc(100_000)));
  assert.ok(bomb.length < 2000);
  const started = performance.now();
  const r = await imageFromBytes(bomb, { name: 'bomb.png' });
  assert.ok(!r.ok);
  assert.equal(r.code, 'too_large');
  assert.match(
    r.message,
    /bomb\.png is 50000×50000 pixels; images may be at most 1024×1024 \(checked from the header, nothing was decoded\)/,
  );
  assert.ok(performance.now() - started < 500);
  const asOperand = await reply('psd @1', [{ name: 'bomb.png', bytes: bomb }]);
  assert.ok(!asOperand.ok && asOperand.code === 'too_large');
  // A JPEG frame header declaring 30,000 × 20,000.
  const sof = Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x4e, 0x20, 0x75, 0x30, 0x01, 0x01,
    0x11, 0x00,
  ]);
  const j = await imageFromBytes(sof, { name: 'big.jpg' });
  assert.ok(!j.ok && j.code === 'too_large' && /30000×20000/.test(j.message));
});

test('a zip bomb inside IDAT under a small header decodes no more than the header says', async () => {
  // 16×16 declared, but the IDAT inflates to 32 MB: the decoder stops one byte past 16 rows and refuses the image.
  const idat = deflateSync(Buffer.alloc(32 * 1024 * 1024));
  const png = pngWith(16, 16, idat);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const r = await imageFromBytes(png, { name: 'zip.png' });
  assert.ok(!r.ok && r.code === 'bad_file');
  assert.equal(r.message, 'zip.png is damaged: its image data is longer than its 16 rows');
  assert.ok(performance.now() - started < 2000);
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
});

test('damaged and fake images: clear errors naming the file', async () => {
  const good = drawn(4, 4, () => [1, 2, 3]);
  const damaged = Buffer.from(good);
  damaged[18] ^= 0xff; // inside IHDR: the checksum no longer matches
  let r = await imageFromBytes(damaged, { name: 'd.png' });
  assert.ok(
    !r.ok && r.code === 'bad_file' && /d\.png is not a readable PNG image: the header is damaged/.test(r.message),
  );
  r = await imageFromBytes(good.subarray(0, 20), { name: 't.png' });
  assert.ok(!r.ok && /ends inside its header/.test(r.message));
  r = await imageFromBytes(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]), { name: 'n.jpg' });
  assert.ok(!r.ok && r.code === 'bad_file' && /no frame header/.test(r.message));
  r = await imageFromBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]), { name: 'c.jpg' });
  assert.ok(!r.ok && r.code === 'bad_file' && /ends before its frame header/.test(r.message));
  // A valid header over data that is not image data: refused (issue 17: never blank pixels of the declared size).
  r = await imageFromBytes(pngWith(8, 8, Buffer.from('not zlib at all')), { name: 'g.png' });
  assert.ok(!r.ok && r.code === 'bad_file', 'refused');
  assert.equal(r.message, 'g.png is damaged: its image data is not a valid compressed (zlib) stream');
  // Text named .png, or sent as image/png.
  const fake = await reply('psd @1', [{ name: 'fake.png', bytes: new TextEncoder().encode('hello') }]);
  assert.ok(
    !fake.ok &&
      fake.code === 'bad_file' &&
      /fake\.png is named or sent as an image, but it is not a PNG or JPEG/.test(fake.message),
  );
});

test('strict PNG: each damage named in words (issue 17)', async () => {
  const raw = Buffer.alloc(8 * (1 + 8), 0);
  for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) raw[y * 9 + 1 + x] = 30 * x + y;
  const good = pngWith(8, 8, deflateSync(raw));
  const message = async (bytes: Uint8Array): Promise<string> => {
    const r = await imageFromBytes(bytes, { name: 'p.png' });
    assert.ok(!r.ok && r.code === 'bad_file', 'refused');
    return r.message;
  };
  assert.ok((await imageFromBytes(good)).ok);
  const idatAt = good.indexOf('IDAT') - 4;
  const flipped = Buffer.from(good);
  flipped[idatAt + 10] ^= 1;
  assert.equal(
    await message(flipped),
    'p.png is damaged: chunk IDAT has a bad checksum (its CRC does not match its bytes)',
  );
  assert.equal(
    await message(good.subarray(0, good.length - 12)),
    'p.png is cut short: it ends after its image data, without the IEND chunk that closes a PNG',
  );
  assert.equal(
    await message(pngWith(8, 8, deflateSync(raw.subarray(0, 9 * 5)))),
    'p.png is damaged: its image data stops early: 5 of 8 rows',
  );
  assert.equal(
    await message(pngWith(8, 8, Buffer.concat([deflateSync(raw), Buffer.from([1, 2, 3])]))),
    'p.png is damaged: its image data has 3 bytes after the end of its compressed stream',
  );
  const badFilter = Buffer.from(raw);
  badFilter[9 * 3] = 7;
  assert.equal(
    await message(pngWith(8, 8, deflateSync(badFilter))),
    'p.png is damaged: row 4 has filter type 7 (PNG has 0 to 4)',
  );
  const adler = deflateSync(raw);
  adler[adler.length - 1] ^= 1;
  assert.equal(await message(pngWith(8, 8, adler)), 'p.png is damaged: its image data has a bad checksum (Adler-32)');
});

test('strict JPEG: cut, unended and damaged scans refused; an ICC profile does not change the numbers', async () => {
  const jpg = drawn(40, 24, (x, y) => [6 * x, 10 * y, 128], 'jpeg');
  const message = async (bytes: Uint8Array): Promise<string> => {
    const r = await imageFromBytes(bytes, { name: 'p.jpg' });
    assert.ok(!r.ok && r.code === 'bad_file', 'refused');
    return r.message;
  };
  assert.match(
    await message(jpg.subarray(0, jpg.length - 60)),
    /^p\.jpg is cut short: its image data stops at row \d+ of 24$/,
  );
  assert.equal(
    await message(jpg.subarray(0, jpg.length - 2)),
    'p.jpg is cut short: it ends right after its image data, without the end marker (EOI)',
  );
  // The canvas embeds an sRGB profile (APP2 ICC_PROFILE). With one byte of its colour matrix changed it still parses,
  // and Skia would convert every colour through it (tens of gray levels off); the engine drops it: the same pixels.
  const icc = jpg.indexOf('ICC_PROFILE');
  assert.ok(icc > 0, 'the canvas writes an ICC profile');
  const scrambled = Buffer.from(jpg);
  scrambled[icc + 298] ^= 0x80;
  const a = await imageFromBytes(jpg);
  const b = await imageFromBytes(scrambled);
  assert.ok(a.ok && b.ok);
  assert.deepEqual(b.value.data, a.value.data);
});
