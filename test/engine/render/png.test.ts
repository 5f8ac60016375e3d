/** The PNG encoder: lossless (decodes to the same pixels), marks 2× density, and is deterministic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodePng } from '../../../src/engine/render/png.js';

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    out.push({ type: png.toString('ascii', off + 4, off + 8), data: png.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
  }
  return out;
}

test('encodePng round-trips the pixels exactly and writes 144 ppi', async () => {
  const canvas = createCanvas(37, 23);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 37, 23);
  for (let i = 0; i < 37; i++) {
    ctx.fillStyle = `rgb(${(i * 7) % 256},${(i * 31) % 256},${255 - i})`;
    ctx.fillRect(i, i % 23, 1, 5);
  }
  const png = await encodePng(canvas, 144);
  assert.deepEqual(
    chunks(png).map((c) => c.type),
    ['IHDR', 'pHYs', 'IDAT', 'IEND'],
  );
  const phys = chunks(png)[1].data;
  assert.equal(phys.readUInt32BE(0), Math.round(144 * 39.3701));
  assert.equal(phys[8], 1);

  const img = await loadImage(png);
  assert.equal(img.width, 37);
  assert.equal(img.height, 23);
  const back = createCanvas(37, 23);
  back.getContext('2d').drawImage(img, 0, 0);
  assert.ok(back.data().equals(canvas.data()), 'decoded pixels equal the drawn ones');

  const again = await encodePng(canvas, 144);
  assert.ok(again.equals(png), 'deterministic');
});

test('split deflate: 2, 3 and 4 parts make one valid zlib stream (Adler-32 checked by inflate)', async () => {
  const { inflateSync, deflateSync } = await import('node:zlib');
  const { zlibDeflate, adler32Combine, SPLIT_PART_BYTES } = await import('../../../src/engine/render/png.js');
  for (const parts of [1, 2, 3, 4, 5]) {
    const raw = Buffer.alloc(parts * SPLIT_PART_BYTES + 12345);
    for (let i = 0; i < raw.length; i++) raw[i] = i % 4099 < 3000 ? 255 : (Math.imul(i, 2654435761) >>> 27) & 0xff;
    for (const level of [3, 6]) {
      const z = await zlibDeflate(raw, level);
      assert.equal(((z[0] << 8) | z[1]) % 31, 0, 'valid zlib header check bits');
      assert.ok(inflateSync(z).equals(raw), `${parts} parts at level ${level} inflate to the input`);
      assert.ok((await zlibDeflate(raw, level)).equals(z), 'deterministic');
    }
  }
  // adler32Combine agrees with zlib's own Adler-32 of the whole.
  const a = Buffer.from('entrywise product '.repeat(5000));
  const b = Buffer.from('Schur and Oppenheim '.repeat(7000));
  const adler = (buf: Buffer) => {
    const z = deflateSync(buf, { level: 1 });
    return z.readUInt32BE(z.length - 4);
  };
  assert.equal(adler32Combine(adler(a), adler(b), b.length), adler(Buffer.concat([a, b])));
});

test('a large canvas (split deflate) still round-trips its pixels exactly', async () => {
  const canvas = createCanvas(1500, 1500); // 9 MB of RGBA: two parts
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1500, 1500);
  ctx.fillStyle = '#0072b2';
  ctx.font = '20px sans-serif';
  for (let y = 30; y < 1500; y += 40) ctx.fillText(`row ${y}: 1/2 · 3/4 = 3/8`, (y * 7) % 900, y);
  const png = await encodePng(canvas, 144);
  const back = createCanvas(1500, 1500);
  back.getContext('2d').drawImage(await loadImage(png), 0, 0);
  assert.ok(back.data().equals(canvas.data()), 'decoded pixels equal the drawn ones');
});
