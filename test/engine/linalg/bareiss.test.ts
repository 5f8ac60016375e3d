import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { bareissDeterminant, floatDeterminant, floatDeterminantScaled } from '../../../src/engine/linalg/bareiss.js';
import { Scaled } from '../../../src/engine/numbers/scaled.js';
import { exactDouble } from '../oracles.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { cofactorDet, gauss, hilbert, matMul, pascal, q, rationalArb, smallInt, squareOf } from './helpers.js';

const HILBERT_10_DET = Rational.of(1n, 46206893947914691316295628839036278726983680000000000n);

test('bareissDeterminant: small known values', () => {
  assert.equal(bareissDeterminant([]).toString(), '1');
  assert.equal(bareissDeterminant(q([[5]])).toString(), '5');
  assert.equal(
    bareissDeterminant(
      q([
        [2, 3],
        [4, 1],
      ]),
    ).toString(),
    '-10',
  );
  assert.equal(
    bareissDeterminant(
      q([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]),
    ).toString(),
    '0',
  );
  assert.equal(
    bareissDeterminant(
      q([
        [2, 0, 0],
        [0, 3, 0],
        [0, 0, -4],
      ]),
    ).toString(),
    '-24',
  );
  // Zero leading pivot: needs a row swap (sign flip).
  assert.equal(
    bareissDeterminant(
      q([
        [0, 1, 2],
        [1, 0, 3],
        [4, -3, 8],
      ]),
    ).toString(),
    '-2',
  );
  assert.equal(
    bareissDeterminant(
      q([
        [0, 1],
        [1, 0],
      ]),
    ).toString(),
    '-1',
  );
  // A zero column below a zero pivot: singular.
  assert.equal(
    bareissDeterminant(
      q([
        [0, 1, 2],
        [0, 3, 4],
        [0, 5, 6],
      ]),
    ).toString(),
    '0',
  );
  const half = Rational.of(1, 2);
  const third = Rational.of(1, 3);
  const quarter = Rational.of(1, 4);
  const fifth = Rational.of(1, 5);
  assert.equal(
    bareissDeterminant([
      [half, third],
      [quarter, fifth],
    ]).toString(),
    '1/60',
  );
  assert.equal(
    bareissDeterminant([
      [Rational.parseDecimal('0.1')!, Rational.parseDecimal('-2.5e-3')!],
      [Rational.int(4), Rational.int(1)],
    ]).toString(),
    '11/100', // 0.1·1 − (−0.0025)·4
  );
});

test('bareissDeterminant: the 10×10 Hilbert matrix, exactly, cross-checked by plain Gaussian elimination', () => {
  const h = hilbert(10);
  assert.equal(bareissDeterminant(h).toString(), HILBERT_10_DET.toString());
  assert.equal(gauss(h).det.toString(), HILBERT_10_DET.toString());
  assert.equal(bareissDeterminant(hilbert(4)).toString(), '1/6048000');
});

test('bareissDeterminant: Pascal matrices have determinant 1', () => {
  for (let n = 1; n <= 12; n++) assert.equal(bareissDeterminant(pascal(n)).toString(), '1', `pascal(${n})`);
});

test('bareissDeterminant rejects non-square input', () => {
  assert.throws(() => bareissDeterminant([[Rational.ONE, Rational.ONE]]), RangeError);
});

test('bareissDeterminant equals the cofactor expansion on random integer matrices', () => {
  fc.assert(
    fc.property(squareOf(smallInt), (a) => {
      assert.equal(bareissDeterminant(q(a)).toString(), cofactorDet(q(a)).toString());
    }),
    { numRuns: 200 },
  );
});

test('bareissDeterminant equals Gaussian elimination on random rational matrices (with many zeros)', () => {
  const entry = fc.oneof(rationalArb, fc.constant(Rational.ZERO));
  fc.assert(
    fc.property(squareOf(entry), (a) => {
      assert.equal(bareissDeterminant(a).toString(), gauss(a).det.toString());
    }),
    { numRuns: 200 },
  );
});

test('det(AB) = det(A)·det(B), and swapping two rows negates the determinant', () => {
  const pair = fc
    .integer({ min: 1, max: 5 })
    .chain((n) => fc.tuple(squareOf(rationalArb, n, n), squareOf(rationalArb, n, n), fc.nat(n - 1), fc.nat(n - 1)));
  fc.assert(
    fc.property(pair, ([a, b, i, j]) => {
      const da = bareissDeterminant(a);
      assert.ok(bareissDeterminant(matMul(a, b)).equals(da.mul(bareissDeterminant(b))));
      if (i !== j) {
        const s = a.slice();
        [s[i], s[j]] = [s[j], s[i]];
        assert.ok(bareissDeterminant(s).equals(da.neg()));
      }
    }),
    { numRuns: 100 },
  );
});

test('floatDeterminant: known values', () => {
  assert.equal(floatDeterminant([]), 1);
  assert.equal(
    floatDeterminant([
      [2, 3],
      [4, 1],
    ]),
    -10,
  );
  assert.ok(
    Math.abs(
      floatDeterminant([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 10],
      ]) + 3,
    ) < 1e-13,
  );
  assert.equal(
    floatDeterminant([
      [0, 1],
      [1, 0],
    ]),
    -1,
  );
  assert.equal(
    floatDeterminant([
      [1, 2],
      [2, 4],
    ]),
    0,
  );
  const h4 = hilbert(4).map((r) => r.map((v) => v.toNumber()));
  assert.ok(Math.abs(floatDeterminant(h4) * 6048000 - 1) < 1e-9);
  assert.throws(() => floatDeterminant([[1, 2]]), RangeError);
});

test('floatDeterminant agrees with the exact determinant on random integer matrices', () => {
  fc.assert(
    fc.property(squareOf(smallInt), (a) => {
      const exact = bareissDeterminant(q(a)).toNumber();
      // Hadamard's bound on |det| sets the scale of the rounding error.
      const scale = a.reduce((p, row) => p * Math.max(1, Math.hypot(...row)), 1);
      assert.ok(Math.abs(floatDeterminant(a) - exact) <= 1e-12 * scale, `${floatDeterminant(a)} vs ${exact}`);
    }),
    { numRuns: 200 },
  );
});

test('floatDeterminantScaled: the condition-based error bound holds against the exact determinant, and is sharp', () => {
  let s = 11;
  const next = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % 19) - 9;
  for (const n of [5, 20, 40, 80]) {
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => next() + (i === j ? 3 * n : 0)));
    const exact = bareissDeterminant(m.map((r) => r.map((v) => Rational.int(v))));
    const { det, relError } = floatDeterminantScaled(m);
    const diff = det.sub(Scaled.from(exact)).abs();
    assert.ok(relError < 1e-6, `n = ${n}: relError ${relError}`);
    assert.ok(diff.sub(Scaled.from(exact).abs().mul(Scaled.of(relError))).sign() <= 0, `n = ${n}`);
  }
  // Far sharper than Hadamard's scale when the determinant is far below ∏‖rowᵢ‖₂: I₄₀ ⊗ [[2,1],[1,2]] has det 3⁴⁰,
  // a 10⁻⁹ of 5⁴⁰.
  const blocks = Array.from({ length: 80 }, (_, i) =>
    Array.from({ length: 80 }, (_, j) => (Math.floor(i / 2) === Math.floor(j / 2) ? (i === j ? 2 : 1) : 0)),
  );
  const b = floatDeterminantScaled(blocks);
  assert.ok(Math.abs(b.det.toNumber()! / 3 ** 40 - 1) <= b.relError);
  assert.ok(
    b.det
      .abs()
      .mul(Scaled.of(b.relError))
      .sub(b.rowNorms.mul(Scaled.of(80 * Number.EPSILON)))
      .sign() < 0,
  );
  // Singular: no relative bound.
  assert.equal(
    floatDeterminantScaled([
      [1, 2],
      [2, 4],
    ]).relError,
    Infinity,
  );
});

// ---- floatDeterminantScaled: any size of entry, against the exact determinant of the given doubles ----

/** An integer matrix with rows scaled by √cᵢ·10^pᵢ (|pᵢ| ≤ 300) in doubles; sometimes a row repeated (singular). */
const scaledRows = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
      fc.array(fc.tuple(fc.constantFrom(1, 2, 3, 5), fc.integer({ min: -300, max: 300 })), {
        minLength: n,
        maxLength: n,
      }),
      fc.option(fc.tuple(fc.nat(n - 1), fc.nat(n - 1))),
    )
    .map(([g, d, copy]) => {
      const rows = g.map((r) => r.slice());
      if (copy && copy[0] !== copy[1]) rows[copy[0]] = rows[copy[1]].slice();
      return rows.map((r, i) => r.map((v) => v * Math.sqrt(d[i][0]) * 10 ** d[i][1]));
    }),
);

const valueOf = (s: { m: number; e: number }): Rational =>
  exactDouble(s.m).mul(s.e >= 0 ? Rational.of(2n ** BigInt(s.e)) : Rational.of(1n, 2n ** BigInt(-s.e)));

test('floatDeterminantScaled: within a few n·ε·∏‖rowᵢ‖ of the exact determinant of the doubles, at any size', () => {
  fc.assert(
    fc.property(scaledRows, (m) => {
      const n = m.length;
      const exactRows = m.map((r) => r.map(exactDouble));
      const exact = cofactorDet(exactRows);
      const { det, rowNorms } = floatDeterminantScaled(m);
      // rowNorms is ∏‖rowᵢ‖₂: its square against the exact ∏Σⱼ mᵢⱼ², to a few roundings per row.
      const normSq = exactRows.reduce(
        (p, r) => p.mul(r.reduce((s, v) => s.add(v.mul(v)), Rational.ZERO)),
        Rational.ONE,
      );
      const rn = valueOf(rowNorms);
      if (normSq.isZero()) {
        assert.ok(det.isZero() && rowNorms.isZero(), 'a zero row: det 0 and rowNorms 0');
        return;
      }
      const ratio = rn.mul(rn).div(normSq).toNumber();
      assert.ok(Math.abs(ratio - 1) < 8 * n * Number.EPSILON, `rowNorms² / ∏‖rowᵢ‖² = ${ratio}`);
      // |det − exact| ≤ 4n²·ε·∏‖rowᵢ‖ (LU with partial pivoting in the scaled rows).
      const err = valueOf(det).sub(exact);
      const bound = rn.mul(Rational.of(4 * n * n)).mul(exactDouble(Number.EPSILON));
      assert.ok((err.sign() < 0 ? err.neg() : err).cmp(bound) <= 0, `det ${det.log10Abs()} vs ${exact.log10Abs()}`);
      // Far from zero, the sign is right.
      if ((exact.sign() < 0 ? exact.neg() : exact).cmp(bound.mul(Rational.int(2))) > 0)
        assert.equal(det.sign(), exact.sign());
    }),
    { numRuns: 400 },
  );
});

test('floatDeterminantScaled: swaps, zeros and sizes beyond the double range', () => {
  const d = (m: number[][]) => floatDeterminantScaled(m).det;
  // A pivot swap flips the sign; each row's own power of two is exact.
  assert.equal(
    d([
      [0, 1],
      [1, 0],
    ]).toNumber(),
    -1,
  );
  assert.equal(
    d([
      [1, 2],
      [3, 4],
    ]).toNumber(),
    -2,
  );
  assert.equal(
    d([
      [0, 0, 2],
      [0, 3, 0],
      [5, 0, 0],
    ]).toNumber(),
    -30,
  );
  // det(diag(10²⁰⁰π, 10²⁰⁰π)) ≈ 9.8696×10⁴⁰⁰ and its reciprocal: carried, not ±∞ or 0.
  const big = d([
    [1e200 * Math.PI, 0],
    [0, 1e200 * Math.PI],
  ]);
  assert.ok(Math.abs(big.log10Abs() - (400 + Math.log10(Math.PI ** 2))) < 1e-12);
  const small = d([
    [1e-200 * Math.PI, 0],
    [0, -1e-200 * Math.PI],
  ]);
  assert.equal(small.sign(), -1);
  assert.ok(Math.abs(small.log10Abs() - (-400 + Math.log10(Math.PI ** 2))) < 1e-12);
  // Subnormal and largest entries together.
  const mixed = d([
    [5e-324, 0],
    [0, Number.MAX_VALUE],
  ]);
  assert.ok(
    mixed.sign() === 1 && Math.abs(mixed.log10Abs() - (Math.log10(5e-324) + Math.log10(Number.MAX_VALUE))) < 1e-9,
  );
  // A zero column (no pivot) and a zero row.
  assert.ok(
    d([
      [0, 1],
      [0, 2],
    ]).isZero(),
  );
  assert.ok(
    d([
      [1, 2],
      [0, 0],
    ]).isZero(),
  );
  assert.ok(floatDeterminantScaled([]).det.toNumber() === 1);
  assert.throws(() => floatDeterminantScaled([[1, 2]]), RangeError);
});
