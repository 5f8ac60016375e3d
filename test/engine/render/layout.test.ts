/**
 * The phone-first layout's pieces: wrapped text and badges stay within the card, charts within (or across) their width,
 * the product's tall equations turn operands into heatmaps, and the relate figure's large A⊗B draws its
 * picked entries as coloured squares in A∘B's own colours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { eigenChart, numberLine } from '../../../src/engine/render/charts.js';
import { paragraph, textWidth } from '../../../src/engine/render/layout.js';
import { heatColours, inkOn } from '../../../src/engine/render/matrix.js';
import { RECOMPRESS_ABOVE } from '../../../src/engine/render/png.js';
import { EQUATION_MAX_HEIGHT } from '../../../src/engine/render/product.js';
import { kronPicked } from '../../../src/engine/render/relate.js';
import { CARD_WIDTH, COLORS, FONTS, MAX_WIDTH } from '../../../src/engine/render/theme.js';
import { badge } from '../../../src/engine/render/words.js';
import { runText, type Answer } from '../../../src/engine/index.js';
import { relate12 } from './fixtures.js';

const LONG =
  'Products of PSD matrices need not be PSD, nor even symmetric, and Schur’s theorem is about the entrywise product.';

test('paragraph wraps at the width it is given, words whole', () => {
  const p = paragraph(LONG, FONTS.body, COLORS.ink, 200);
  assert.ok(p.w <= 200, `width ${p.w}`);
  assert.ok(p.h > 3 * FONTS.body.size, 'several lines');
  assert.ok(paragraph(LONG, FONTS.body).w <= MAX_WIDTH);
  assert.equal(paragraph('one line', FONTS.small).w, Math.ceil(textWidth('one line', FONTS.small)));
});

test('a badge wraps its words within its width', () => {
  const style = { symbol: '✗', words: 'not positive semidefinite', fill: '#fff', stroke: '#000', ink: '#000' };
  assert.ok(badge(style, FONTS.badge, 180).w <= 180);
  assert.ok(badge(style).h < badge(style, FONTS.badge, 180).h, 'one line when there is room');
});

test('the eigenvalue chart fits its width, even with twelve long labels', () => {
  const eigs = [-14.21, -9.87, -6.5, -3.25, -1.125, -0.5, 0.25, 1.5, 3.75, 6.125, 11.5, 24.063];
  assert.ok(eigenChart(eigs, { exact: true, maxWidth: MAX_WIDTH }).w <= MAX_WIDTH);
  assert.ok(eigenChart(eigs, { exact: true }).w > MAX_WIDTH, 'without a width it takes what its labels want');
});

test('a filled eigenvalue chart spans its width: two eigenvalues no longer leave most of it empty', () => {
  const natural = eigenChart([0, 2], { exact: true, maxWidth: MAX_WIDTH });
  const filled = eigenChart([0, 2], { exact: true, maxWidth: MAX_WIDTH, fill: true });
  assert.ok(natural.w < MAX_WIDTH / 3, `natural width ${natural.w}`);
  assert.ok(filled.w <= MAX_WIDTH && filled.w >= MAX_WIDTH - 8, `filled width ${filled.w}`);
  assert.equal(filled.h, natural.h);
});

test('psd [[1,1],[1,1]]: the figure uses its width (ink in the right third of the chart, the certificate beside)', async () => {
  const r = (await runText('psd [[1,1],[1,1]]')) as Answer;
  const img = await loadImage(r.figures[0].png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  assert.equal(img.width / 2, CARD_WIDTH, 'a full-width card');
  // The lower half holds the chart: its bars reach the right third of the card (before, it ended at a fifth).
  const { data } = ctx.getImageData(
    Math.floor((img.width * 2) / 3),
    Math.floor(img.height / 2),
    Math.floor(img.width / 3) - 8,
    Math.floor(img.height / 2) - 8,
  );
  let blue = 0;
  for (let k = 0; k < data.length; k += 4) if (data[k + 2] > 150 && data[k] < 60) blue++;
  assert.ok(blue > 1000, `${blue} blue pixels of a bar in the lower right`);
  // The figure is no taller than it is wide: the certificate sits beside the matrix, not under it.
  assert.ok(img.height < img.width, `${img.width}×${img.height}`);
});

test('the number line leaves room above the axis for markers stacked at one place', () => {
  const m = (value: number) => ({ value, label: String(value), color: COLORS.ink, shape: 'circle' as const });
  const apart = numberLine([m(1), m(5), m(9)], 400);
  const together = numberLine([m(1), m(1), m(9)], 400);
  assert.equal(together.h - apart.h, 15);
});

test('inkOn: white on the dark ends of the heat map, ink on the pale middle', () => {
  assert.equal(inkOn('rgb(45,0,75)'), '#ffffff');
  assert.equal(inkOn('rgb(247,247,247)'), COLORS.ink);
  assert.equal(inkOn('not a colour'), COLORS.ink);
});

test('hilbert(8) pascal(8): the operands become heatmaps so the figure stays about a phone screen tall', async () => {
  const r = (await runText('hilbert(8) pascal(8)')) as Answer;
  const png = r.figures[0].png;
  const [w, h] = [png.readUInt32BE(16) / 2, png.readUInt32BE(20) / 2];
  assert.ok(w <= CARD_WIDTH, `width ${w}`);
  assert.ok(h < EQUATION_MAX_HEIGHT + 400, `height ${h}`);
  assert.match(r.figures[0].alt, /heatmaps/);
  assert.ok(png.length < RECOMPRESS_ABOVE, 'small enough for the fast deflate alone');
  // An 8×8 of small integers keeps its numbers.
  const ints = (await runText(
    '[1 2 3 4 5 6 7 8; 8 7 6 5 4 3 2 1; 1 2 3 4 5 6 7 8; 8 7 6 5 4 3 2 1; 1 2 3 4 5 6 7 8; 8 7 6 5 4 3 2 1; 1 2 3 4 5 6 7 8; 8 7 6 5 4 3 2 1] ones(8,8)',
  )) as Answer;
  assert.match(ints.figures[0].alt, /as grids of numbers/);
});

test('relate 12×12: each picked entry of A⊗B is a square of A∘B’s own heat colour, the rest pale', () => {
  const { colour } = heatColours(relate12.product);
  const rows = new Map(relate12.kronecker.rows.map((r, i) => [r, i]));
  const cols = new Map(relate12.kronecker.cols.map((c, j) => [c, j]));
  const box = kronPicked(
    relate12,
    (r, c) => (rows.has(r) && cols.has(c) ? [rows.get(r)!, cols.get(c)!] : null),
    colour,
  );
  const canvas = createCanvas(Math.ceil(box.w), Math.ceil(box.h));
  const ctx = canvas.getContext('2d');
  box.draw(ctx, 0, 0);
  const cell = 3; // 144 cells in the 452 px the card allows
  const margin = (box.w - 144 * cell) / 2;
  assert.ok(margin >= 3, 'squares three cells wide stick out of their cell');
  const rgb = (x: number, y: number): string => {
    const [r, g, b] = ctx.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
    return `rgb(${r},${g},${b})`;
  };
  for (const [i, j] of [
    [0, 0],
    [3, 7],
    [11, 11],
  ]) {
    const cx = margin + (j * 12 + j) * cell + cell / 2;
    const cy = margin + (i * 12 + i) * cell + cell / 2;
    // The centre and points outside the cell itself are all the entry's colour: a square, not a dot.
    for (const [dx, dy] of [
      [0, 0],
      [2.5, -2.5],
      [-2.5, 2.5],
    ])
      assert.equal(rgb(cx + dx, cy + dy), colour(i, j), `entry (${i + 1}, ${j + 1}) at (${dx}, ${dy}) from its centre`);
  }
  // A cell no entry of A∘B comes from stays pale.
  assert.equal(rgb(margin + 5 * cell + 1, margin + 40 * cell + 1), 'rgb(246,248,250)');
});
