/** Choices the matrix drawing makes: numbers or heatmap, the digit budget, and the colour scale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  colourScale,
  divergingColor,
  heatChoice,
  isLargeShape,
  GLYPH_BUDGET,
} from '../../../src/engine/render/matrix.js';

test('above 8×8 means more entries than 8×8 or a side past 12', () => {
  assert.equal(isLargeShape(8, 8), false);
  assert.equal(isLargeShape(9, 9), true);
  assert.equal(isLargeShape(1, 9), false, 'a row vector of 9 keeps its numbers');
  assert.equal(isLargeShape(12, 4), false);
  assert.equal(isLargeShape(1, 16), true);
  assert.equal(isLargeShape(12, 12), true);
});

test('the digit budget turns the biggest matrices into heatmaps first, keeping the result for last', () => {
  const small = [
    [1, 2],
    [3, 4],
  ];
  assert.deepEqual(heatChoice([small, small, small], 8), [false, false, false]);
  const long = Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => '-12345678/87654321'));
  const ints = Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => 7));
  const choice = heatChoice([long, ints, long], 8, [2]);
  assert.deepEqual(choice, [true, false, true], 'both long-fraction grids exceed the budget; ints stay numeric');
  assert.ok(GLYPH_BUDGET > 64 * 2, 'an 8×8 of small integers always fits');
  const twelve = Array.from({ length: 12 }, () => Array.from({ length: 12 }, () => 1));
  assert.deepEqual(heatChoice([twelve, small], 8), [true, false]);
});

test('colours: linear for a modest range, sign·log past three decades, zero is white', () => {
  const lin = colourScale([-2, 1, 4], 4);
  assert.equal(lin.log, false);
  assert.equal(lin.toUnit(-2), -0.5);
  const log = colourScale([0.5, 1, 705432], 705432);
  assert.equal(log.log, true);
  assert.equal(log.toUnit(705432), 1);
  assert.ok(log.toUnit(1) > 0.05 && log.toUnit(1) < 0.5, 'small entries still tinted');
  assert.equal(log.toUnit(0), 0);
  assert.equal(divergingColor(0), 'rgb(247,247,247)');
  assert.notEqual(divergingColor(1), divergingColor(-1));
});
