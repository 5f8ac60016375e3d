/** Independent exact oracles and fast-check arbitraries shared by the linalg tests (deliberately naive code). */
import fc from 'fast-check';
import { Rational } from '../../../src/engine/numbers/rational.js';

export const q = (rows: number[][]): Rational[][] => rows.map((r) => r.map((v) => Rational.int(v)));
export const str = (rows: Rational[][]): string[][] => rows.map((r) => r.map((v) => v.toString()));

export function hilbert(n: number): Rational[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Rational.of(1, i + j + 1)));
}

/** Symmetric Pascal matrix: P[i][j] = C(i+j, i); det = 1. */
export function pascal(n: number): Rational[][] {
  const p: Rational[][] = Array.from({ length: n }, () => new Array<Rational>(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      p[i][j] = i === 0 || j === 0 ? Rational.ONE : p[i - 1][j].add(p[i][j - 1]);
    }
  }
  return p;
}

export function matMul(a: Rational[][], b: Rational[][]): Rational[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s.add(v.mul(b[k][j])), Rational.ZERO)));
}

export function transpose<T>(a: T[][], cols = a[0]?.length ?? 0): T[][] {
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]));
}

/** Laplace expansion along the first row. */
export function cofactorDet(m: Rational[][]): Rational {
  const n = m.length;
  if (n === 0) return Rational.ONE;
  let sum = Rational.ZERO;
  for (let j = 0; j < n; j++) {
    if (m[0][j].isZero()) continue;
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
    const term = m[0][j].mul(cofactorDet(minor));
    sum = j % 2 === 0 ? sum.add(term) : sum.sub(term);
  }
  return sum;
}

/** Plain rational Gaussian elimination: determinant and rank. */
export function gauss(m: Rational[][]): { det: Rational; rank: number } {
  const a = m.map((r) => r.slice());
  const rows = a.length;
  const cols = rows ? a[0].length : 0;
  let det = Rational.ONE;
  let rank = 0;
  for (let c = 0; c < cols && rank < rows; c++) {
    const p = a.findIndex((row, i) => i >= rank && !row[c].isZero());
    if (p < 0) {
      det = Rational.ZERO;
      continue;
    }
    if (p !== rank) {
      [a[p], a[rank]] = [a[rank], a[p]];
      det = det.neg();
    }
    det = det.mul(a[rank][c]);
    for (let i = rank + 1; i < rows; i++) {
      const f = a[i][c].div(a[rank][c]);
      if (!f.isZero()) for (let j = c; j < cols; j++) a[i][j] = a[i][j].sub(f.mul(a[rank][j]));
    }
    rank++;
  }
  return { det: rank === rows && rows === cols ? det : Rational.ZERO, rank };
}

/** xᵀMx by the definition. */
export function quad(m: Rational[][], x: Rational[]): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) s = s.add(x[i].mul(m[i][j]).mul(x[j]));
  return s;
}

/** PSD by the definition's classical equivalent: every principal minor ≥ 0 (n ≤ 6: at most 63 minors). */
export function allPrincipalMinorsNonNegative(m: Rational[][]): boolean {
  const n = m.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const idx = [...Array(n).keys()].filter((i) => mask & (1 << i));
    if (cofactorDet(idx.map((i) => idx.map((j) => m[i][j]))).sign() < 0) return false;
  }
  return true;
}

/** Sylvester: PD iff every leading principal minor is > 0. */
export function leadingMinorsPositive(m: Rational[][]): boolean {
  for (let k = 1; k <= m.length; k++) {
    if (cofactorDet(m.slice(0, k).map((r) => r.slice(0, k))).sign() <= 0) return false;
  }
  return true;
}

export const smallInt = fc.integer({ min: -5, max: 5 });
export const rationalArb = fc
  .tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 7 }))
  .map(([p, d]) => Rational.of(p, d));

export function squareOf<T>(entry: fc.Arbitrary<T>, minSize = 0, maxSize = 6): fc.Arbitrary<T[][]> {
  return fc
    .integer({ min: minSize, max: maxSize })
    .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
}

export function symmetricOf(entry: fc.Arbitrary<Rational>, minSize = 1, maxSize = 6): fc.Arbitrary<Rational[][]> {
  return squareOf(entry, minSize, maxSize).map((a) => a.map((row, i) => row.map((v, j) => (j <= i ? v : a[j][i]))));
}

/** GᵀG for a random k×n G (k may be below n, so singular Gram matrices are common). */
export const gramArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([k, n]) =>
    fc.array(
      fc.array(
        fc.oneof(
          smallInt.map((v) => Rational.int(v)),
          rationalArb,
        ),
        { minLength: n, maxLength: n },
      ),
      {
        minLength: k,
        maxLength: k,
      },
    ),
  )
  .map((g) => ({ g, m: matMul(transpose(g), g) }));
