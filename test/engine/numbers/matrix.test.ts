// isSymmetricFloat: symmetry up to rounding, on each pair's own scale, so that a positive diagonal scaling never
// changes the answer. The expectations come from how the matrices are built: the same exact number rounded two
// ways is symmetric; a difference of 10⁻⁹ of the pair's scale is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { isSymmetricFloat } from '../../../src/engine/numbers/matrix.js';

/** A symmetric integer pattern, scaled by dᵢ = √cᵢ·10^kᵢ, entry (i,j) rounded as (m·dᵢ)·dⱼ: (j,i) is (m·dⱼ)·dᵢ. */
const scaledPair = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n * n, maxLength: n * n }),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -150, max: 150 })), {
        minLength: n,
        maxLength: n,
      }),
      fc.boolean(),
    )
    .map(([v, d, zeroDiagonal]) => {
      const f = d.map(([c, k]) => Math.sqrt(c) * 10 ** k);
      return Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => {
          const m = v[Math.min(i, j) * n + Math.max(i, j)];
          return i === j && zeroDiagonal ? 0 : m * f[i] * f[j];
        }),
      );
    }),
);

test('isSymmetricFloat: the same number rounded two ways is symmetric, at every scale', () => {
  fc.assert(
    fc.property(scaledPair, (m) => assert.equal(isSymmetricFloat(m), true, JSON.stringify(m))),
    { numRuns: 500 },
  );
  assert.equal(isSymmetricFloat([]), true);
  assert.equal(isSymmetricFloat([[-3]]), true);
  // 0.1·3 and 0.3 differ in the last bit.
  const a = 0.1 * 3;
  const b = 0.3;
  assert.notEqual(a, b);
  assert.equal(
    isSymmetricFloat([
      [1, a],
      [b, 1],
    ]),
    true,
  );
});

test('isSymmetricFloat: a difference of 10⁻⁹ of the pair’s scale is not symmetric, whatever the other entries', () => {
  fc.assert(
    fc.property(scaledPair, fc.nat(), fc.nat(), fc.boolean(), (m, p, q, up) => {
      const n = m.length;
      const i = p % n;
      const j = (i + 1 + (q % (n - 1))) % n;
      // The pair's scale: the larger of |mᵢⱼ|, |mⱼᵢ| and √|mᵢᵢmⱼⱼ|; nothing to perturb when all are 0.
      const scale = Math.max(Math.abs(m[i][j]), Math.sqrt(Math.abs(m[i][i])) * Math.sqrt(Math.abs(m[j][j])));
      if (scale === 0) return;
      const x = m.map((r) => r.slice());
      x[i][j] += (up ? 1 : -1) * 1e-9 * scale;
      assert.equal(isSymmetricFloat(x), false, JSON.stringify(x));
      // A few ulps of the scale are rounding, not asymmetry.
      const y = m.map((r) => r.slice());
      y[i][j] += (up ? 1 : -1) * 8 * Number.EPSILON * scale;
      assert.equal(isSymmetricFloat(y), true, JSON.stringify(y));
    }),
    { numRuns: 500 },
  );
  // The scale is the pair's own: a huge entry elsewhere does not hide a difference between 1 and 2…
  assert.equal(
    isSymmetricFloat([
      [1e30, 0, 0],
      [0, 1, 1],
      [0, 2, 1],
    ]),
    false,
  );
  // …but a huge diagonal in the pair's own rows does: balanced by it, 1 and 2 are 10⁻¹⁵ apart beside a unit
  // diagonal, within the rounding of the diagonal itself (the matrix is a rounding away from a symmetric one).
  assert.equal(
    isSymmetricFloat([
      [1e30, 1],
      [2, 1],
    ]),
    true,
  );
  assert.equal(
    isSymmetricFloat([
      [1e20, 1],
      [2, 1],
    ]),
    false,
  );
  // Sizes near the top of the range do not overflow on the way.
  assert.equal(
    isSymmetricFloat([
      [1.7e308, 1.7e308],
      [-1.7e308, 1.7e308],
    ]),
    false,
  );
  assert.equal(
    isSymmetricFloat([
      [1.7e308, 1.7e308],
      [1.7e308, 1.7e308],
    ]),
    true,
  );
  // A negative or zero diagonal counts by its size.
  assert.equal(
    isSymmetricFloat([
      [-4, 1],
      [1 + 1e-15, -1],
    ]),
    true,
  );
  assert.equal(
    isSymmetricFloat([
      [0, 1e-300],
      [2e-300, 0],
    ]),
    false,
  );
  // Not square.
  assert.equal(isSymmetricFloat([[1, 2]]), false);
  assert.equal(isSymmetricFloat([[1, 2], [3]]), false);
});
