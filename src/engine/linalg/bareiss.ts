/**
 * Determinants: exact (fraction-free Bareiss elimination over BigInt) and floating (LU with partial pivoting).
 * Bareiss keeps every intermediate an integer minor of the input, so sizes stay polynomial and no gcds are needed
 * inside the loop; rational input is first scaled row by row to integers.
 */
import { checkDeadline } from '../deadline.js';
import { Rational, gcd } from '../numbers/rational.js';
import { Scaled } from '../numbers/scaled.js';

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * Exact determinant of a square rational matrix (n = 0 gives 1).
 *
 * @example
 * bareissDeterminant([[Rational.int(2), Rational.int(3)], [Rational.int(4), Rational.int(1)]]).toString(); // '-10'
 */
export function bareissDeterminant(m: Rational[][]): Rational {
  const n = m.length;
  if (n === 0) return Rational.ONE;
  for (const row of m) {
    if (row.length !== n) throw new RangeError(`bareissDeterminant needs a square matrix, got a row of ${row.length}`);
  }
  // Scale row i by the LCM of its denominators: det(M) = det(A) / ∏ scaleᵢ.
  let scaleProduct = 1n;
  const a: bigint[][] = m.map((row) => {
    let s = 1n;
    for (const x of row) if (x.den !== 1n) s = lcm(s, x.den);
    scaleProduct *= s;
    return row.map((x) => x.num * (s / x.den));
  });

  let sign = 1n;
  let prev = 1n;
  for (let k = 0; k < n - 1; k++) {
    if (a[k][k] === 0n) {
      let r = k + 1;
      while (r < n && a[r][k] === 0n) r++;
      if (r === n) return Rational.ZERO;
      const t = a[k];
      a[k] = a[r];
      a[r] = t;
      sign = -sign;
    }
    const pivot = a[k][k];
    const rowK = a[k];
    for (let i = k + 1; i < n; i++) {
      checkDeadline(); // per row: one row of huge integers can take a while
      const rowI = a[i];
      const aik = rowI[k];
      for (let j = k + 1; j < n; j++) {
        // Sylvester's identity makes this division exact.
        rowI[j] = (rowI[j] * pivot - aik * rowK[j]) / prev;
      }
      rowI[k] = 0n;
    }
    prev = pivot;
  }
  return Rational.of(sign * a[n - 1][n - 1], scaleProduct);
}

/**
 * Floating determinant by LU decomposition with partial pivoting (n = 0 gives 1).
 *
 * @example
 * floatDeterminant([[2, 3], [4, 1]]); // -10
 */
export function floatDeterminant(m: number[][]): number {
  const n = m.length;
  if (n === 0) return 1;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = m[i];
    if (row.length !== n) throw new RangeError(`floatDeterminant needs a square matrix, got a row of ${row.length}`);
    for (let j = 0; j < n; j++) a[i * n + j] = row[j];
  }
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best === 0) return 0;
    if (p !== k) {
      for (let j = k; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      det = -det;
    }
    const pivot = a[k * n + k];
    det *= pivot;
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k] / pivot;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j];
    }
  }
  return det;
}

/**
 * Floating determinant that cannot overflow or underflow, with the scale of its rounding error: each row is first
 * scaled by a power of two (exact) to a largest entry in [0.5, 1), then LU with partial pivoting runs in that safe
 * range and the pivots are multiplied in scaled form. `rowNorms` is ∏‖rowᵢ‖₂ (Hadamard's bound on |det|): the
 * computed determinant is within a few n·ε·rowNorms of the determinant of the given doubles.
 *
 * @example
 * floatDeterminantScaled([[1e200 * Math.PI, 0], [0, 1e200 * Math.PI]]).det.log10Abs(); // ≈ 400.99
 */
export function floatDeterminantScaled(m: number[][]): { det: Scaled; rowNorms: Scaled } {
  const n = m.length;
  let shift = 0;
  let rowNorms = Scaled.ONE;
  const rows: number[][] = [];
  for (const row of m) {
    if (row.length !== n)
      throw new RangeError(`floatDeterminantScaled needs a square matrix, got a row of ${row.length}`);
    const max = Math.max(0, ...row.map(Math.abs));
    if (max === 0) return { det: Scaled.ZERO, rowNorms: Scaled.ZERO };
    const k = Math.floor(Math.log2(max)) + 1;
    const scaled = row.map((v) => v * 2 ** -Math.trunc(k / 2) * 2 ** -(k - Math.trunc(k / 2)));
    shift += k;
    let sq = 0;
    for (const v of scaled) sq += v * v;
    rowNorms = rowNorms.mul(Scaled.times2(Math.sqrt(sq), k));
    rows.push(scaled);
  }
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = rows[i][j];
  let det = Scaled.times2(1, shift);
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best === 0) return { det: Scaled.ZERO, rowNorms };
    if (p !== k) {
      for (let j = k; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      det = det.neg();
    }
    const pivot = a[k * n + k];
    det = det.mul(Scaled.of(pivot));
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k] / pivot;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j];
    }
  }
  return { det, rowNorms };
}
