// psdFloat: the floating PSD verdict that no scale can fool. Signs decide diagonal matrices and negative diagonal
// entries; the balanced matrix D⁻¹ᐟ²MD⁻¹ᐟ² decides the rest, so a symmetric positive diagonal scaling never changes
// the verdict; every witness is real (xᵀMx < 0, recomputed here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { psdFloat } from '../../../src/engine/linalg/psd-float.js';
import { ldltExact } from '../../../src/engine/linalg/ldlt.js';
import { gramArb, smallInt, symmetricOf } from './helpers.js';
import { Rational } from '../../../src/engine/numbers/rational.js';

const close = (a: number, b: number, tol: number, what = ''): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} ${a} vs ${b} (tol ${tol})`);

/** xᵀMx in plain doubles (for matrices of modest size only). */
const quad = (m: number[][], x: number[]): number =>
  m.reduce((s, row, i) => s + x[i] * row.reduce((t, v, j) => t + v * x[j], 0), 0);

test('psdFloat: verdicts, ranks and witnesses on small cases', () => {
  const a = psdFloat([
    [1, 2],
    [2, 1],
  ]);
  assert.equal(a.verdict, 'not_psd');
  assert.equal(a.rank, 2, 'rank counts the negative eigenvalue too, as the exact rank does');
  close(a.witnessValue!, -1, 1e-14);
  close(a.witness![0], Math.SQRT1_2, 1e-15);
  close(a.witness![1], -Math.SQRT1_2, 1e-15);
  assert.equal(a.decidedBy, 'eigenvalues');

  const s2 = Math.SQRT2;
  const b = psdFloat([
    [2, s2],
    [s2, 1],
  ]);
  assert.deepEqual([b.verdict, b.rank, b.witness], ['psd', 1, undefined]);
  close(b.balancedEigenvalues[0], 0, b.tolerance);

  assert.equal(
    psdFloat([
      [2, -1],
      [-1, 2],
    ]).verdict,
    'pd',
  );
  assert.deepEqual(
    [
      psdFloat([
        [0, 0],
        [0, 0],
      ]).verdict,
      psdFloat([
        [0, 0],
        [0, 0],
      ]).rank,
    ],
    ['psd', 0],
  );
  assert.equal(psdFloat([]).verdict, 'pd');
  const c = psdFloat([
    [0.1, 0.2],
    [0.2, 0.4],
  ]);
  assert.deepEqual([c.verdict, c.rank], ['psd', 1]);
});

test('psdFloat: diagonal matrices and 1×1 are decided by the signs of their entries, at any size', () => {
  const diag = (...d: number[]): number[][] => d.map((v, i) => d.map((_, j) => (i === j ? v : 0)));
  // The reproductions: a tolerance taken from the largest entry swallowed the small one.
  assert.deepEqual(
    [psdFloat(diag(Math.SQRT2 * 1e200, 1)).verdict, psdFloat(diag(Math.SQRT2 * 1e200, 1)).rank],
    ['pd', 2],
  );
  assert.equal(psdFloat(diag(Math.PI * 1e-30, Math.PI * 1e30)).verdict, 'pd');
  const neg = psdFloat(diag(-1e-200 * Math.SQRT2, 1));
  assert.equal(neg.verdict, 'not_psd');
  assert.deepEqual(neg.witness, [1, 0]);
  assert.equal(neg.witnessValue, -1e-200 * Math.SQRT2);
  assert.equal(neg.decidedBy, 'signs');
  // Subnormal entries keep their sign.
  assert.equal(psdFloat(diag(-1e-320 * Math.PI)).verdict, 'not_psd');
  assert.equal(psdFloat(diag(5e-324)).verdict, 'pd');
  assert.deepEqual([psdFloat(diag(1, 0, 3)).verdict, psdFloat(diag(1, 0, 3)).rank], ['psd', 2]);
  // Just below zero is below zero: no tolerance where the signs decide.
  assert.equal(psdFloat(diag(1, -1e-17)).verdict, 'not_psd');
  assert.equal(psdFloat(diag(1, -1e-10)).verdict, 'not_psd');
});

test('psdFloat: a zero diagonal entry beside a nonzero one is a negative 2×2 minor, whatever the sizes', () => {
  const r = psdFloat([
    [0, 1e-300],
    [1e-300, 1e300],
  ]);
  assert.equal(r.verdict, 'not_psd');
  // x₁ = −1e450 would not fit in a double: the certificate is the minor itself.
  assert.deepEqual(r.minor, [0, 1]);
  const s = psdFloat([
    [0, 3],
    [3, 5],
  ]);
  assert.equal(s.verdict, 'not_psd');
  assert.ok(
    quad(
      [
        [0, 3],
        [3, 5],
      ],
      s.witness!,
    ) < 0,
  );
  close(
    s.witnessValue!,
    quad(
      [
        [0, 3],
        [3, 5],
      ],
      s.witness!,
    ),
    1e-12,
  );
  const t = psdFloat([
    [0, 2],
    [2, 0],
  ]);
  assert.equal(t.verdict, 'not_psd');
  assert.ok(
    quad(
      [
        [0, 2],
        [2, 0],
      ],
      t.witness!,
    ) < 0,
  );
  // A zero row and column is only a zero eigenvalue.
  const z = psdFloat([
    [0, 0],
    [0, 2],
  ]);
  assert.deepEqual([z.verdict, z.rank], ['psd', 1]);
});

test('psdFloat: the verdict and rank are unchanged by a symmetric positive diagonal scaling D M D (10^±100)', () => {
  const sym = symmetricOf(smallInt.map((v) => Rational.int(v)));
  fc.assert(
    fc.property(
      fc.oneof(
        sym,
        gramArb.map(({ m }) => m),
      ),
      fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 6, maxLength: 6 }),
      (m, powers) => {
        const exact = ldltExact(m);
        const f = m.map((row) => row.map((v) => v.toNumber()));
        const d = f.map((_, i) => Math.SQRT2 ** (i + 1) * 10 ** powers[i]);
        const scaled = f.map((row, i) => row.map((v, j) => v * d[i] * d[j]));
        for (const x of [f, scaled]) {
          const res = psdFloat(x);
          assert.equal(res.verdict, exact.verdict, JSON.stringify(x));
          if (exact.verdict !== 'not_psd') assert.equal(res.rank, exact.rank);
          else if (res.witness) {
            // The witness is real: recomputed on the unscaled matrix (y = D·x), where plain doubles suffice.
            const y = res.witness.map((v, i) => (x === scaled ? v * d[i] : v));
            assert.ok(quad(f, y) < 0, `xᵀMx = ${quad(f, y)}`);
            assert.ok(res.witnessValue! < 0);
          }
        }
      },
    ),
    { numRuns: 200 },
  );
});
