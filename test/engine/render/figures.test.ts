/**
 * Every figure type and awkward case: a valid PNG of the pinned size, not blank, under 200 KB,
 * byte-identical across renders and equal to its pinned SHA-256, with alt text in words.
 * After an intended visual change: `npm run pins:update` (UPDATE_PINS=1) rewrites pins.json.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { CASES } from './fixtures.js';
import { renderCase } from './render-case.js';
import { SANS, MONO } from '../../../src/engine/render/fonts.js';
import { CARD_WIDTH } from '../../../src/engine/render/theme.js';

const PINS_FILE = new URL('./pins.json', import.meta.url);
const UPDATE = process.env.UPDATE_PINS === '1';

interface Pin {
  sha256: string;
  width: number;
  height: number;
}
const pins: Record<string, Pin> = existsSync(PINS_FILE) ? JSON.parse(readFileSync(PINS_FILE, 'utf8')) : {};
const updated: Record<string, Pin> = {};

after(() => {
  if (UPDATE) writeFileSync(PINS_FILE, JSON.stringify(updated, null, 2) + '\n');
});

function ihdr(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.toString('ascii', 12, 16), 'IHDR', 'first chunk is IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes the PNG with the canvas library and measures how much the pixels vary (0 for a blank image). */
async function pixelStats(png: Buffer): Promise<{ variance: number; opaque: boolean; inkShare: number }> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  let sum = 0;
  let sumSq = 0;
  let opaque = true;
  let ink = 0;
  const n = data.length / 4;
  for (let p = 0; p < data.length; p += 4) {
    const lum = (data[p] + data[p + 1] + data[p + 2]) / 3;
    sum += lum;
    sumSq += lum * lum;
    if (data[p + 3] !== 255) opaque = false;
    if (lum < 128) ink++;
  }
  const mean = sum / n;
  return { variance: sumSq / n - mean * mean, opaque, inkShare: ink / n };
}

test('the bundled fonts are registered under their aliases', async () => {
  await renderCase(CASES[0]);
  assert.ok(GlobalFonts.has(SANS), SANS);
  assert.ok(GlobalFonts.has(MONO), MONO);
});

for (const c of CASES) {
  test(`figure ${c.name} (${c.kind})`, async () => {
    const fig = await renderCase(c);
    assert.equal(fig.name, `${c.kind}.png`);
    const { width, height } = ihdr(fig.png);
    assert.ok(width % 2 === 0 && height % 2 === 0, 'drawn at 2× density: even pixel sizes');
    assert.ok(width >= 400 && width <= 2 * CARD_WIDTH, `width ${width} (the card is at most ${CARD_WIDTH} logical px)`);
    assert.ok(height >= 200 && height <= 4000, `height ${height}`);
    assert.ok(fig.png.length < 200 * 1024, `PNG is ${(fig.png.length / 1024).toFixed(1)} KB`);

    const stats = await pixelStats(fig.png);
    assert.ok(stats.opaque, 'opaque card, no transparent pixels');
    assert.ok(stats.variance > 100, `not blank (variance ${stats.variance.toFixed(1)})`);
    assert.ok(stats.inkShare > 0.003, 'has text or marks');

    assert.ok(fig.alt.trim().length > 40, 'alt text in words');
    assert.ok(fig.alt.length <= 1000, `alt is ${fig.alt.length} chars`);

    const again = await renderCase(c);
    assert.ok(again.png.equals(fig.png), 'same input, same bytes');

    const sha256 = createHash('sha256').update(fig.png).digest('hex');
    updated[c.name] = { sha256, width, height };
    if (UPDATE) return;
    const pin = pins[c.name];
    assert.ok(pin, `no pin for ${c.name}: run npm run pins:update after checking the gallery`);
    assert.deepEqual({ width, height }, { width: pin.width, height: pin.height }, 'pinned size');
    assert.equal(
      sha256,
      pin.sha256,
      `pinned hash of ${c.name} changed: look at npm run gallery, then npm run pins:update`,
    );
  });
}

/** The top-left pixel inside the border: the card's colour. */
async function cardPixel(png: Buffer): Promise<number[]> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return [...ctx.getImageData(6, 6, 1, 1).data];
}

// Every case in the dark theme too: a dark card, not the light picture (the theme reaches the renderer), pinned.
for (const c of CASES) {
  test(`figure ${c.name} (${c.kind}), dark theme`, async () => {
    const light = await renderCase(c);
    const fig = await renderCase(c, { theme: 'dark' });
    assert.ok(!fig.png.equals(light.png), 'the dark figure differs from the light one');
    assert.deepEqual(ihdr(fig.png), ihdr(light.png), 'same layout, same size');
    assert.ok(fig.png.length < 200 * 1024, `PNG is ${(fig.png.length / 1024).toFixed(1)} KB`);
    const [r, g, b, a] = await cardPixel(fig.png);
    assert.ok(r < 40 && g < 40 && b < 40 && a === 255, `dark opaque card, pixel ${[r, g, b, a]}`);
    const stats = await pixelStats(fig.png);
    assert.ok(stats.variance > 100, `not blank (variance ${stats.variance.toFixed(1)})`);

    const name = `${c.name}-dark`;
    const { width, height } = ihdr(fig.png);
    const sha256 = createHash('sha256').update(fig.png).digest('hex');
    updated[name] = { sha256, width, height };
    if (UPDATE) return;
    const pin = pins[name];
    assert.ok(pin, `no pin for ${name}: run npm run pins:update after checking the gallery`);
    assert.deepEqual({ width, height }, { width: pin.width, height: pin.height }, 'pinned size');
    assert.equal(
      sha256,
      pin.sha256,
      `pinned hash of ${name} changed: look at npm run gallery, then npm run pins:update`,
    );
  });
}

test('different verdicts give different pictures', async () => {
  const pd = await renderCase(CASES.find((c) => c.name === 'psd')!);
  const notPsd = await renderCase(CASES.find((c) => c.name === 'psd-not_psd')!);
  assert.ok(!pd.png.equals(notPsd.png));
  assert.match(pd.alt, /positive definite/);
  assert.match(notPsd.alt, /not positive semidefinite/);
  assert.match(notPsd.alt, /Witness x = \(1, −1\)/);
});

test('alt text carries the numbers of small cases', async () => {
  const product = await renderCase(CASES.find((c) => c.name === 'product')!);
  assert.match(product.alt, /\[\[10, 18\], \[28, 8\]\]/);
  assert.match(product.alt, /3 · 6 = 18/);
  const schur = await renderCase(CASES.find((c) => c.name === 'schur-hypothesis-fails')!);
  assert.match(schur.alt, /hypothesis fails/);
});

test('schur: from 7×7 all four matrices are heatmaps; below, the digit budget decides and spares A∘B', async () => {
  const { schurHeatChoice, SCHUR_HEAT_FROM } = await import('../../../src/engine/render/schur.js');
  const square = (n: number, v: number | string) => Array.from({ length: n }, () => Array<number | string>(n).fill(v));
  assert.equal(SCHUR_HEAT_FROM, 7);
  assert.deepEqual(
    schurHeatChoice(
      [7, 7, 7, 7].map((n) => square(n, 1)),
      7,
    ),
    [true, true, true, true],
  );
  assert.deepEqual(
    schurHeatChoice(
      [6, 6, 6, 6].map((n) => square(n, 1)),
      7,
    ),
    [false, false, false, false],
  );
  // 4×4 of fractions passes the 320-digit budget: the others become heatmaps first, A∘B stays numbers.
  assert.deepEqual(
    schurHeatChoice(
      [4, 4, 4, 4].map((n) => square(n, '-123/567')),
      7,
    ),
    [true, true, false, true],
  );
  // The 8×8 pinned case really is drawn as heatmaps: it is much smaller than four 8×8 grids of numbers.
  const fig = await renderCase(CASES.find((c) => c.name === 'schur-8x8')!);
  assert.ok(ihdr(fig.png).height < 2000, `height ${ihdr(fig.png).height}`);
});
