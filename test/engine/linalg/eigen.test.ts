import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { PSD_TOLERANCE_SAFETY, psdTolerance, symmetricEigen } from '../../../src/engine/linalg/eigen.js';
import { floatDeterminant } from '../../../src/engine/linalg/bareiss.js';
import { hilbert } from './helpers.js';

const close = (a: number, b: number, tol: number, what = ''): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} ${a} vs ${b} (tol ${tol})`);

const normInf = (m: number[][]): number => Math.max(0, ...m.map((r) => r.reduce((s, v) => s + Math.abs(v), 0)));

/** Deterministic random symmetric matrix (LCG), for sizes beyond fast-check's. */
function randomSymmetric(n: number, seed: number): number[][] {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i][j] = a[j][i] = next();
  return a;
}

/** Checks ascending order, trace, A·v = λ·v, ‖v‖ = 1 and orthogonality, all relative to ‖A‖∞. */
function assertDecomposition(a: number[][]): void {
  const n = a.length;
  const { values, vectors } = symmetricEigen(a, true);
  assert.ok(vectors);
  const scale = Math.max(normInf(a), Number.MIN_VALUE);
  const tol = Math.max(1e-12 * scale * Math.max(1, n), 1e-300); // a floor for subnormal inputs
  for (let k = 1; k < n; k++) assert.ok(values[k - 1] <= values[k], 'ascending');
  close(
    values.reduce((s, v) => s + v, 0),
    a.reduce((s, row, i) => s + row[i], 0),
    tol,
    'trace',
  );
  for (let k = 0; k < n; k++) {
    const v = vectors[k];
    close(Math.hypot(...v), 1, 1e-12, 'unit');
    for (let i = 0; i < n; i++) {
      const av = a[i].reduce((s, x, j) => s + x * v[j], 0);
      close(av, values[k] * v[i], tol, `(Av)_${i} for λ_${k}`);
    }
    for (let l = 0; l < k; l++)
      close(
        v.reduce((s, x, i) => s + x * vectors[l][i], 0),
        0,
        1e-12,
        'orthogonal',
      );
  }
  const only = symmetricEigen(a, false).values;
  for (let k = 0; k < n; k++) close(only[k], values[k], tol, 'values-only agrees');
}

test('symmetricEigen: known spectra', () => {
  assert.deepEqual(Array.from(symmetricEigen([], false).values), []);
  assert.deepEqual(symmetricEigen([], true).vectors, []);
  assert.deepEqual(Array.from(symmetricEigen([[7]], true).values), [7]);
  assert.deepEqual(symmetricEigen([[7]], true).vectors, [[1]]);
  const two = symmetricEigen(
    [
      [2, 1],
      [1, 2],
    ],
    true,
  );
  close(two.values[0], 1, 1e-15);
  close(two.values[1], 3, 1e-15);
  close(Math.abs(two.vectors![1][0]), Math.SQRT1_2, 1e-15);
  close(two.vectors![1][0], two.vectors![1][1], 1e-15, 'eigenvector of 3 is (1,1)/√2');
  const swap = symmetricEigen(
    [
      [0, 1],
      [1, 0],
    ],
    false,
  ).values;
  close(swap[0], -1, 1e-15);
  close(swap[1], 1, 1e-15);
  assert.deepEqual(
    Array.from(
      symmetricEigen(
        [
          [3, 0, 0],
          [0, -1, 0],
          [0, 0, 2],
        ],
        false,
      ).values,
    ),
    [-1, 2, 3],
  );
  // The all-ones matrix J₄: eigenvalues 0, 0, 0, 4.
  const j4 = symmetricEigen(
    Array.from({ length: 4 }, () => [1, 1, 1, 1]),
    false,
  ).values;
  [0, 0, 0, 4].forEach((v, k) => close(j4[k], v, 1e-14));
  // Second-difference matrix: eigenvalues 2 − 2cos(kπ/(n+1)).
  const n = 12;
  const t = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0)),
  );
  const tv = symmetricEigen(t, false).values;
  for (let k = 1; k <= n; k++) close(tv[k - 1], 2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 1e-14, `λ_${k}`);
});

test('symmetricEigen: decompositions of special and larger matrices', () => {
  assertDecomposition(Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => (i === j ? 1 : 0))));
  assertDecomposition(Array.from({ length: 6 }, () => new Array<number>(6).fill(0)));
  assertDecomposition(hilbert(8).map((r) => r.map((v) => v.toNumber())));
  // Graded: entries from 1e-10 to 1e10.
  assertDecomposition(
    Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => (i === j ? 10 ** (4 * i - 10) : 10 ** (2 * (i + j) - 10) * 1e-3)),
    ),
  );
  for (const n of [20, 50, 90]) assertDecomposition(randomSymmetric(n, n));
  // Already tridiagonal and already diagonal inputs take the short paths.
  assertDecomposition([
    [1, 2, 0],
    [2, 1, 3],
    [0, 3, 1],
  ]);
});

test('symmetricEigen scales: eig(cA) = c·eig(A), without overflow or underflow', () => {
  const a = randomSymmetric(7, 3);
  const base = symmetricEigen(a, false).values;
  for (const c of [1e300, 1e-300, 1e150, -3]) {
    const scaled = symmetricEigen(
      a.map((r) => r.map((v) => v * c)),
      false,
    ).values;
    const expected = Array.from(base, (v) => v * c).sort((x, y) => x - y);
    for (let k = 0; k < 7; k++) close(scaled[k], expected[k], 1e-13 * Math.abs(c), `c = ${c}`);
  }
});

test('symmetricEigen rejects non-finite and non-square input', () => {
  assert.throws(() => symmetricEigen([[NaN]], false), RangeError);
  assert.throws(
    () =>
      symmetricEigen(
        [
          [1, Infinity],
          [Infinity, 1],
        ],
        true,
      ),
    RangeError,
  );
  assert.throws(() => symmetricEigen([[1, 2]], false), RangeError);
});

test('symmetricEigen on random symmetric matrices: trace, determinant, Av = λv, orthonormal vectors', () => {
  const entry = fc.oneof(
    fc.integer({ min: -9, max: 9 }),
    fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
  );
  const sym = fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }))
    .map((a) => a.map((row, i) => row.map((v, j) => (j <= i ? v : a[j][i]))));
  fc.assert(
    fc.property(sym, (a) => {
      assertDecomposition(a);
      const n = a.length;
      const product = symmetricEigen(a, false).values.reduce((p, v) => p * v, 1);
      const scale = normInf(a) ** n;
      close(product, floatDeterminant(a), 1e-11 * Math.max(scale, Number.MIN_VALUE), 'product = det');
    }),
    { numRuns: 150 },
  );
});

test('psdTolerance: n·ε·‖M‖∞ times the safety factor, with a positive floor', () => {
  assert.equal(PSD_TOLERANCE_SAFETY, 8);
  const m = [
    [1, -2],
    [-2, 5],
  ];
  assert.equal(psdTolerance(m), 8 * 2 * Number.EPSILON * 7);
  const z = psdTolerance([
    [0, 0],
    [0, 0],
  ]);
  assert.ok(z > 0 && z < 1e-300);
  assert.ok(psdTolerance([]) > 0);
});
