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
