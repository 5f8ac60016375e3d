/**
 * Dense matrices of scalars (exact or floating) and the elementwise and ordinary operations
 * the theorems need. Small by construction (≤ 12×12 typed), so plain arrays are enough here;
 * the floating kernels in `linalg/` use typed arrays.
 */
import { checkDeadline } from '../deadline.js';
import { Rational } from './rational.js';
import { Certified } from './certified.js';
import { Symbolic } from './symbolic.js';
import {
  OutOfRange,
  add,
  checkedFloat,
  isExact,
  isZeroScalar,
  mul,
  scalarJSON,
  sub,
  toFloat,
  type Scalar,
} from './scalar.js';
import type { MatrixData } from '../data.js';

export interface Matrix {
  rows: number;
  cols: number;
  e: Scalar[][];
  /** Every entry is a Rational. */
  exact: boolean;
  /**
   * Doubles computed from doubles (a product of two file matrices): each entry is within relError·|entry| of the true
   * value. Absent for entries that are exact values (input doubles, rationals, symbolic and certified values).
   */
  relError?: number;
}

export function makeMatrix(e: Scalar[][]): Matrix {
  return { rows: e.length, cols: e[0]?.length ?? 0, e, exact: e.every((r) => r.every(isExact)) };
}

/** Builds a matrix entry by entry; a floating entry out of range is reported with its place (OutOfRange.entry). */
export function generate(rows: number, cols: number, f: (i: number, j: number) => Scalar): Matrix {
  return makeMatrix(
    Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        try {
          return f(i, j);
        } catch (e) {
          if (e instanceof OutOfRange && e.entry === undefined) e.entry = { row: i + 1, col: j + 1 };
          throw e;
        }
      }),
    ),
  );
}

export function sameShape(a: Matrix, b: Matrix): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}

export function isSquare(a: Matrix): boolean {
  return a.rows === a.cols;
}

/** (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ. Caller checks shapes. A product of two doubles is rounded: the result says by how much. */
export function hadamard(a: Matrix, b: Matrix): Matrix {
  let rounded = false;
  // The same two symbolic or certified values (a symmetric pair of positions, parsed once) give one product value,
  // whose enclosures are then computed once.
  const products = new Map<Scalar, Map<Scalar, Scalar>>();
  const out = generate(a.rows, a.cols, (i, j) => {
    const x = a.e[i][j];
    const y = b.e[i][j];
    if (typeof x === 'number' && typeof y === 'number') rounded = true;
    if (!(x instanceof Symbolic || x instanceof Certified || y instanceof Symbolic || y instanceof Certified))
      return mul(x, y);
    let row = products.get(x);
    if (!row) products.set(x, (row = new Map()));
    let p = row.get(y);
    if (p === undefined) row.set(y, (p = mul(x, y)));
    return p;
  });
  const inherited = (a.relError ?? 0) + (b.relError ?? 0);
  if (rounded || inherited > 0) out.relError = inherited * (1 + 2 ** -50) + 2 ** -52;
  return out;
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
  return (
    floatMatMul(a, b) ??
    generate(a.rows, b.cols, (i, j) => {
      let s: Scalar = Rational.ZERO;
      for (let k = 0; k < a.cols; k++) s = add(s, mul(a.e[i][k], b.e[k][j]));
      return s;
    })
  );
}

/**
 * AB with every entry a certified sum of products (the exact factors as leaves): cheap to build, enclosed only when a
 * verdict asks. For the ordinary product beside `schur`'s Hadamard one, where exact symbolic arithmetic on 12×12
 * surd or π matrices would cost more than the contrast is worth.
 */
export function matMulCertified(a: Matrix, b: Matrix): Matrix {
  return generate(a.rows, b.cols, (i, j) => {
    let s: Scalar = Rational.ZERO;
    for (let k = 0; k < a.cols; k++) {
      const x = a.e[i][k];
      const y = b.e[k][j];
      if (isZeroScalar(x) || isZeroScalar(y)) continue;
      const p = x instanceof Rational && y instanceof Rational ? x.mul(y) : Certified.apply('mul', x, y);
      s = isZeroScalar(s) ? p : Certified.apply('add', s, p);
    }
    return s;
  });
}

/** Entries of this size (or 0) multiply and sum, n ≤ 2²⁰ at a time, without leaving the range of normal doubles. */
const SAFE_LOW = 2 ** -500;
const SAFE_HIGH = 2 ** 500;

/**
 * AB in plain doubles on typed arrays, when every entry is 0 or within 2^±500: then no product underflows or
 * overflows and no sum overflows, so the guarded generic loop would give the very same values (same order of
 * summation, from k = 0), only 100 times slower on the 256×256 matrices files bring. Null otherwise: the caller
 * takes the guarded path, which reports an entry that leaves the range.
 */
function floatMatMul(a: Matrix, b: Matrix): Matrix | null {
  const [m, l, n] = [a.rows, a.cols, b.cols];
  const toArray = (x: Matrix): Float64Array | null => {
    const out = new Float64Array(x.rows * x.cols);
    for (let i = 0; i < x.rows; i++)
      for (let j = 0; j < x.cols; j++) {
        const entry = x.e[i][j];
        // Only doubles: an exact or certified entry would lose its exactness here.
        if (typeof entry !== 'number' && !(entry instanceof Rational && entry.isZero())) return null;
        const v = toFloat(entry);
        const abs = Math.abs(v);
        if (v !== 0 && !(abs >= SAFE_LOW && abs <= SAFE_HIGH)) return null;
        if (v === 0 && !isZeroScalar(x.e[i][j])) return null;
        out[i * x.cols + j] = v;
      }
    return out;
  };
  const A = toArray(a);
  const B = A && toArray(b);
  if (!A || !B) return null;
  const rows: Scalar[][] = new Array(m);
  const acc = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    if ((i & 15) === 0) checkDeadline();
    acc.fill(0);
    let k = 0;
    // Four terms per pass over the row, added one after the other: the same roundings as one term per pass.
    for (; k + 3 < l; k += 4) {
      const [f0, f1, f2, f3] = [A[i * l + k], A[i * l + k + 1], A[i * l + k + 2], A[i * l + k + 3]];
      const [b0, b1, b2, b3] = [k * n, (k + 1) * n, (k + 2) * n, (k + 3) * n];
      for (let j = 0; j < n; j++) {
        let t = acc[j];
        t += f0 * B[b0 + j];
        t += f1 * B[b1 + j];
        t += f2 * B[b2 + j];
        t += f3 * B[b3 + j];
        acc[j] = t;
      }
    }
    for (; k < l; k++) {
      const f = A[i * l + k];
      const bk = k * n;
      for (let j = 0; j < n; j++) acc[j] += f * B[bk + j];
    }
    rows[i] = Array.from(acc, (v) => (v === 0 ? 0 : v));
  }
  return makeMatrix(rows);
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
  return a.e.every((r, i) => r.every((x, j) => i === j || isZeroScalar(x)));
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

/**
 * Symmetry of a floating matrix up to rounding, judged pair by pair on the pair's own scale: |mᵢⱼ − mⱼᵢ| within 64ε of
 * the larger of |mᵢⱼ|, |mⱼᵢ| and √|mᵢᵢmⱼⱼ|. Unchanged by a positive diagonal scaling, unlike a tolerance taken from the
 * largest entry (which would call [[10³⁰, 1],[2, 1]] symmetric).
 */
export function isSymmetricFloat(rows: number[][]): boolean {
  const n = rows.length;
  if (rows.some((r) => r.length !== n)) return false;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const x = rows[i][j];
      const y = rows[j][i];
      if (x === y) continue;
      const scale = Math.max(
        Math.abs(x),
        Math.abs(y),
        Math.sqrt(Math.abs(rows[i][i])) * Math.sqrt(Math.abs(rows[j][j])),
      );
      if (!(Math.abs(x / 2 - y / 2) <= 32 * Number.EPSILON * scale)) return false;
    }
  return true;
}

/** (M+Mᵀ)/2 */
export function symmetricPart(a: Matrix): Matrix {
  const half = Rational.of(1, 2);
  return generate(a.rows, a.cols, (i, j) => {
    const x = a.e[i][j];
    const y = a.e[j][i];
    // Floats halve first, so two entries near the top of the range do not overflow on the way.
    return isExact(x) && isExact(y) ? x.add(y).mul(half) : add(mul(x, 0.5), mul(y, 0.5));
  });
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

/**
 * The entries as doubles, for a floating computation: an exact entry beyond the double range (or a nonzero one below
 * it) is refused with its place (OutOfRange), never turned into ±∞ or 0.
 */
export function toFloatRows(a: Matrix): number[][] {
  return a.e.map((r, i) =>
    r.map((x, j) => {
      try {
        return checkedFloat(x);
      } catch (e) {
        if (e instanceof OutOfRange && e.entry === undefined) e.entry = { row: i + 1, col: j + 1 };
        throw e;
      }
    }),
  );
}

/** The entries as doubles for display or evidence only: out-of-range entries become ±∞ or 0 (callers check). */
export function toFloatRowsLossy(a: Matrix): number[][] {
  return a.e.map((r) => r.map(toFloat));
}

/** Rational rows; caller guarantees `a.exact`. */
export function toRationalRows(a: Matrix): Rational[][] {
  return a.e.map((r) => r.map((x) => x as Rational));
}

export function matrixJSON(a: Matrix): MatrixData {
  if (a.rows * a.cols <= MAX_CLEANED_ENTRIES) return a.e.map((r) => r.map(scalarJSON));
  // A matrix from a file: its floats go out as they are (finite, checked). Rounding away binary noise costs a
  // toPrecision per entry, more than the rest of a 256×256 answer's data, for digits nobody reads there.
  return a.e.map((r) =>
    r.map((x) => {
      if (typeof x !== 'number') return scalarJSON(x);
      if (!Number.isFinite(x)) throw new OutOfRange(NaN, 'over');
      return x === 0 ? 0 : x;
    }),
  );
}

/** Entries of the largest typed matrix (12×12): up to it, `data` floats are rounded to 15 digits (cleanFloat). */
const MAX_CLEANED_ENTRIES = 144;

/** Largest absolute entry (as a float), for scale-aware tolerances. */
export function maxAbs(a: Matrix): number {
  let m = 0;
  for (const r of a.e) for (const x of r) m = Math.max(m, Math.abs(toFloat(x)));
  return m;
}

export { sub };
