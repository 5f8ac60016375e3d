/** How entries are shortened for drawing: exact values stay exact when they fit, else a marked approximation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryParts, entryToNumber, formatEntryShort } from '../../../src/engine/render/entries.js';
import { formatEntryShort as exported } from '../../../src/engine/render/index.js';

test('formatEntryShort: a table of entries', () => {
  const cases: [number | string, number, string][] = [
    [18, 8, '18'],
    [-7, 8, '−7'],
    ['-7/3', 8, '−7/3'],
    ['1/3', 8, '1/3'],
    [0.1 + 0.2, 8, '0.3'],
    [Math.SQRT2, 8, '1.41421'],
    [-1.1102230246251565e-16, 8, '−1.1×10⁻¹⁶'],
    [-1.1102230246251565e-16, 12, '−1.11×10⁻¹⁶'],
    [123456789, 6, '≈1.2×10⁸'],
    ['1' + '0'.repeat(300), 8, '1×10³⁰⁰'],
    ['-25' + '0'.repeat(40), 8, '−2.5×10⁴¹'],
    ['123456789012345678901234567890', 8, '≈1.23×10²⁹'],
    ['1234567890', 3, '≈1×10⁹'],
    ['-123456789012345678901234567890/7', 12, '≈−1.76×10²⁸'],
    ['1/3333333333333333333333', 8, '≈3×10⁻²²'],
    [0, 4, '0'],
    ['0', 4, '0'],
  ];
  for (const [e, max, want] of cases) assert.equal(formatEntryShort(e, max), want, `${e} in ${max}`);
  assert.equal(exported, formatEntryShort);
});

test('fractions are stacked when each part fits', () => {
  assert.deepEqual(entryParts('-22/7', 8), { kind: 'fraction', negative: true, numerator: '22', denominator: '7' });
  assert.deepEqual(entryParts('1/' + '9'.repeat(20), 8), { kind: 'text', text: '≈1×10⁻²⁰' });
});

test('entryToNumber places huge exact values on a scale without overflow', () => {
  assert.equal(entryToNumber('3/4'), 0.75);
  assert.equal(entryToNumber('-5'), -5);
  assert.ok(Math.abs(entryToNumber('1/3') - 1 / 3) < 1e-15);
  assert.equal(entryToNumber('9'.repeat(400)), 1e300);
  assert.equal(entryToNumber('1/' + '9'.repeat(400)), 0);
});
