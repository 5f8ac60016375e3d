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
 * `relError` is a second, sharper bound where the matrix is well conditioned: |computed − det| ≤ relError·|det| to
 * first order. The LU factors are those of A + E with ‖E‖∞ ≤ 3n²ε·ρ·‖A‖∞ (ρ the growth of the entries), and
 * det(A + E) = det(A)(1 + tr(A⁻¹E) + …) with |tr(A⁻¹E)| ≤ n‖A⁻¹‖∞‖E‖∞, so relError = 3n³ε·ρ·κ∞ (+ nε for the
 * product of the pivots), κ∞ estimated from the factors (Hager's method, a few O(n²) solves). At n = 256 the
 * Hadamard scale alone is useless (a Gram matrix's determinant is 10⁻³⁰ of ∏‖rowᵢ‖₂ and would count as 0);
 * this one is about 10⁻⁵ of the determinant. Infinity when a pivot is 0.
 *
 * @example
 * floatDeterminantScaled([[1e200 * Math.PI, 0], [0, 1e200 * Math.PI]]).det.log10Abs(); // ≈ 400.99
 */
export function floatDeterminantScaled(m: number[][]): { det: Scaled; rowNorms: Scaled; relError: number } {
  const n = m.length;
  let shift = 0;
  let rowNorms = Scaled.ONE;
  const rows: number[][] = [];
  for (const row of m) {
    if (row.length !== n)
      throw new RangeError(`floatDeterminantScaled needs a square matrix, got a row of ${row.length}`);
    const max = Math.max(0, ...row.map(Math.abs));
    if (max === 0) return { det: Scaled.ZERO, rowNorms: Scaled.ZERO, relError: Infinity };
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
  let normA = 0;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += Math.abs(a[i * n + j]);
    normA = Math.max(normA, r);
  }
  let maxA = 0;
  for (let i = 0; i < n * n; i++) maxA = Math.max(maxA, Math.abs(a[i]));
  const perm = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if ((k & 31) === 0) checkDeadline();
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best === 0) return { det: Scaled.ZERO, rowNorms, relError: Infinity };
    perm[k] = p;
    if (p !== k) {
      // Whole rows, multipliers too: the factors are kept for the condition estimate's solves.
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      det = det.neg();
    }
    const pivot = a[k * n + k];
    det = det.mul(Scaled.of(pivot));
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k] /= pivot);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j];
    }
  }
  let maxU = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) maxU = Math.max(maxU, Math.abs(a[i * n + j]));
  const growth = Math.max(1, maxU / maxA);
  const kappa = normA * inverseNormEstimate(a, perm, n);
  const relError = Number.isFinite(kappa)
    ? 3 * n ** 3 * Number.EPSILON * growth * kappa + n * Number.EPSILON
    : Infinity;
  return { det, rowNorms, relError };
}

/**
 * ‖A⁻¹‖∞ estimated from PA = LU (L unit lower, U upper, in `lu` row-major; `perm` the row swaps in order), by
 * Hager's method as in LAPACK's dlacon on Aᵀ (‖A⁻¹‖∞ = ‖A⁻ᵀ‖₁): a lower bound that is almost always within a small
 * factor of the truth, from at most five pairs of solves.
 */
function inverseNormEstimate(lu: Float64Array, perm: Int32Array, n: number): number {
  // x ↦ A⁻ᵀx and x ↦ A⁻¹x through the factors.
  const solveT = (b: Float64Array): Float64Array => {
    // Aᵀ = UᵀLᵀP: solve Uᵀy = b, then Lᵀz = y, then x = Pᵀz.
    const y = Float64Array.from(b);
    for (let i = 0; i < n; i++) {
      let s = y[i];
      for (let j = 0; j < i; j++) s -= lu[j * n + i] * y[j];
      y[i] = s / lu[i * n + i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= lu[j * n + i] * y[j];
      y[i] = s;
    }
    for (let k = n - 1; k >= 0; k--) {
      const p = perm[k];
      if (p !== k) [y[k], y[p]] = [y[p], y[k]];
    }
    return y;
  };
  const solve = (b: Float64Array): Float64Array => {
    const y = Float64Array.from(b);
    for (let k = 0; k < n; k++) {
      const p = perm[k];
      if (p !== k) [y[k], y[p]] = [y[p], y[k]];
    }
    for (let i = 0; i < n; i++) {
      let s = y[i];
      for (let j = 0; j < i; j++) s -= lu[i * n + j] * y[j];
      y[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= lu[i * n + j] * y[j];
      y[i] = s / lu[i * n + i];
    }
    return y;
  };
  // Hager on B = A⁻ᵀ (‖B‖₁ = ‖A⁻¹‖∞): B's action is solveT, Bᵀ's is solve.
  let x = new Float64Array(n).fill(1 / n);
  let estimate = 0;
  for (let iter = 0; iter < 5; iter++) {
    const y = solveT(x);
    const norm = y.reduce((s, v) => s + Math.abs(v), 0);
    if (!Number.isFinite(norm)) return Infinity;
    if (iter > 0 && norm <= estimate) break;
    estimate = norm;
    const z = solve(y.map((v) => (v >= 0 ? 1 : -1)));
    let j = 0;
    for (let i = 1; i < n; i++) if (Math.abs(z[i]) > Math.abs(z[j])) j = i;
    let ztx = 0;
    for (let i = 0; i < n; i++) ztx += z[i] * x[i];
    if (Math.abs(z[j]) <= ztx) break;
    x = new Float64Array(n);
    x[j] = 1;
  }
  // Higham's extra test vector guards against the rare underestimates.
  const alt = solveT(Float64Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1) * (1 + i / Math.max(1, n - 1))));
  const altNorm = (2 * alt.reduce((s, v) => s + Math.abs(v), 0)) / (3 * n);
  return Math.max(estimate, Number.isFinite(altNorm) ? altNorm : Infinity);
}
