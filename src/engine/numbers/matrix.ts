/**
 * Dense matrices of scalars (exact or floating) and the elementwise and ordinary operations
 * the theorems need. Small by construction (≤ 12×12 typed), so plain arrays are enough here;
 * the floating kernels in `linalg/` use typed arrays.
 */
import { checkDeadline } from '../deadline.js';
import { Rational } from './rational.js';
import { add, isExact, mul, scalarJSON, sub, toFloat, type Scalar } from './scalar.js';
import type { MatrixData } from '../data.js';

export interface Matrix {
  rows: number;
  cols: number;
  e: Scalar[][];
  /** Every entry is a Rational. */
  exact: boolean;
}

export function makeMatrix(e: Scalar[][]): Matrix {
  return { rows: e.length, cols: e[0]?.length ?? 0, e, exact: e.every((r) => r.every(isExact)) };
}

export function generate(rows: number, cols: number, f: (i: number, j: number) => Scalar): Matrix {
  return makeMatrix(Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j))));
}

export function sameShape(a: Matrix, b: Matrix): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}

export function isSquare(a: Matrix): boolean {
  return a.rows === a.cols;
}

/** (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ. Caller checks shapes. */
export function hadamard(a: Matrix, b: Matrix): Matrix {
  return generate(a.rows, a.cols, (i, j) => mul(a.e[i][j], b.e[i][j]));
}

export function matAdd(a: Matrix, b: Matrix): Matrix {
  return generate(a.rows, a.cols, (i, j) => add(a.e[i][j], b.e[i][j]));
}

export function transpose(a: Matrix): Matrix {
  return generate(a.cols, a.rows, (i, j) => a.e[j][i]);
}

/** Ordinary product AB. Exact sums are accumulated unreduced and reduced once per entry. */
export function matMul(a: Matrix, b: Matrix): Matrix {
  if (a.exact && b.exact)
    return generate(a.rows, b.cols, (i, j) => {
      if (j === 0) checkDeadline();
      let n = 0n;
      let d = 1n;
      for (let k = 0; k < a.cols; k++) {
        const x = a.e[i][k] as Rational;
        const y = b.e[k][j] as Rational;
        if (x.num === 0n || y.num === 0n) continue;
        const pn = x.num * y.num;
        const pd = x.den * y.den;
        if (pd === d) n += pn;
        else {
          n = n * pd + pn * d;
          d *= pd;
        }
      }
      return Rational.of(n, d);
    });
  return generate(a.rows, b.cols, (i, j) => {
    let s: Scalar = Rational.ZERO;
    for (let k = 0; k < a.cols; k++) s = add(s, mul(a.e[i][k], b.e[k][j]));
    return s;
  });
}

/** Kronecker product A⊗B. */
export function kron(a: Matrix, b: Matrix): Matrix {
  return generate(a.rows * b.rows, a.cols * b.cols, (r, c) =>
    mul(a.e[Math.floor(r / b.rows)][Math.floor(c / b.cols)], b.e[r % b.rows][c % b.cols]),
  );
}

export function allOnes(rows: number, cols: number): Matrix {
  return generate(rows, cols, () => Rational.ONE);
}

export function isDiagonal(a: Matrix): boolean {
  return a.e.every((r, i) => r.every((x, j) => i === j || (typeof x === 'number' ? x === 0 : x.isZero())));
}

export function isSymmetric(a: Matrix, tol = 0): boolean {
  if (!isSquare(a)) return false;
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < i; j++) {
      const x = a.e[i][j];
      const y = a.e[j][i];
      if (isExact(x) && isExact(y)) {
        if (!x.equals(y)) return false;
      } else if (Math.abs(toFloat(x) - toFloat(y)) > tol) return false;
    }
  return true;
}

/** (M+Mᵀ)/2 */
export function symmetricPart(a: Matrix): Matrix {
  const half = Rational.of(1, 2);
  return generate(a.rows, a.cols, (i, j) => mul(add(a.e[i][j], a.e[j][i]), half));
}

/** Exact equality (rationals) or within tol (floats). */
export function matEqual(a: Matrix, b: Matrix, tol = 0): boolean {
  if (!sameShape(a, b)) return false;
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) {
      const x = a.e[i][j];
      const y = b.e[i][j];
      if (isExact(x) && isExact(y)) {
        if (!x.equals(y)) return false;
      } else if (Math.abs(toFloat(x) - toFloat(y)) > tol) return false;
    }
  return true;
}

export function trace(a: Matrix): Scalar {
  let s: Scalar = Rational.ZERO;
  for (let i = 0; i < Math.min(a.rows, a.cols); i++) s = add(s, a.e[i][i]);
  return s;
}

export function sumEntries(a: Matrix): Scalar {
  let s: Scalar = Rational.ZERO;
  for (const r of a.e) for (const x of r) s = add(s, x);
  return s;
}

export function diagonalProduct(a: Matrix): Scalar {
  let p: Scalar = Rational.ONE;
  for (let i = 0; i < a.rows; i++) p = mul(p, a.e[i][i]);
  return p;
}

/** xᵀMx */
export function quadraticForm(m: Matrix, x: Scalar[]): Scalar {
  let s: Scalar = Rational.ZERO;
  for (let i = 0; i < m.rows; i++) {
    let row: Scalar = Rational.ZERO;
    for (let j = 0; j < m.cols; j++) row = add(row, mul(m.e[i][j], x[j]));
    s = add(s, mul(x[i], row));
  }
  return s;
}

export function toFloatRows(a: Matrix): number[][] {
  return a.e.map((r) => r.map(toFloat));
}

/** Rational rows; caller guarantees `a.exact`. */
export function toRationalRows(a: Matrix): Rational[][] {
  return a.e.map((r) => r.map((x) => x as Rational));
}

export function toFloatMatrix(a: Matrix): Matrix {
  return a.exact ? makeMatrix(toFloatRows(a)) : a;
}

export function matrixJSON(a: Matrix): MatrixData {
  return a.e.map((r) => r.map(scalarJSON));
}

/** Largest absolute entry (as a float), for scale-aware tolerances. */
export function maxAbs(a: Matrix): number {
  let m = 0;
  for (const r of a.e) for (const x of r) m = Math.max(m, Math.abs(toFloat(x)));
  return m;
}

export { sub };
