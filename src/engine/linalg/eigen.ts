/**
 * Symmetric eigen-decomposition (Householder tridiagonalisation, then implicit QL with Wilkinson-style shifts, after
 * EISPACK tred2/tql2 as transcribed in JAMA), and the floating PSD verdict built on it.
 *
 * The working matrix is a flat Float64Array holding Vᵀ (row k = column k of EISPACK's V), so every inner loop runs
 * over contiguous memory and the eigenvectors come out as rows.
 *
 * Eigenvalues alone of a matrix from BLOCKED_FROM on are reduced by the blocked WebAssembly routine of
 * `tridiagonal.ts` instead (the files' 256×256 matrices); the QL step and everything around it is shared.
 */
import { tridiagonalizeBlocked } from './tridiagonal.js';

/**
 * Size from which eigenvalues alone go through the blocked reduction. Below it tred2 is as fast, and typed matrices
 * (≤ 12×12) keep exactly the values they always had.
 */
export const BLOCKED_FROM = 32;

/** Iterations allowed per eigenvalue before giving up (EISPACK allows 30; real inputs need 1–3). */
const MAX_ITERATIONS_PER_VALUE = 60;

/** rootFreeQL scales the tridiagonal to ‖T‖ ≈ 2^this: its squares (≤ ~20‖T‖²) stay below 2^1024 with room to spare. */
const SCALE_EXPONENT = 500;

/** The smallest normal double: a ratio below it has lost digits. */
const MIN_NORMAL = 2 ** -1022;

/** Factor on n·ε·‖M‖∞ in psdTolerance: absorbs the backward error of the QL sweeps and the rounding of the input. */
export const PSD_TOLERANCE_SAFETY = 8;

/** √(a² + b²) without overflow or underflow (Math.hypot is several times slower in V8). */
function hypot(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x > y) {
    const r = y / x;
    return x * Math.sqrt(1 + r * r);
  }
  if (y === 0) return 0;
  const r = x / y;
  return y * Math.sqrt(1 + r * r);
}

/** x · 2^k in two steps, so that neither factor over- or underflows (2^±1074 alone is not a double). */
function timesPowerOfTwo(x: number, k: number): number {
  const half = Math.trunc(k / 2);
  return x * 2 ** half * 2 ** (k - half);
}

/**
 * Householder reduction to tridiagonal form (tred2). On return d is the diagonal, e[1..n-1] the sub-diagonal
 * (e[0] = 0); with `accumulate`, w holds Qᵀ (rows are the columns of the orthogonal Q).
 */
function tridiagonalize(w: Float64Array, n: number, d: Float64Array, e: Float64Array, accumulate: boolean): void {
  // Notation: V[r][c] lives at w[c*n + r].
  for (let j = 0; j < n; j++) d[j] = w[j * n + n - 1];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = w[j * n + i - 1];
        w[j * n + i] = 0;
        w[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        w[i * n + j] = f;
        const col = j * n;
        // Four accumulators break the add-latency chain (this loop is most of the O(n³) work).
        let g0 = e[j] + w[col + j] * f;
        let g1 = 0;
        let g2 = 0;
        let g3 = 0;
        let k = j + 1;
        for (; k + 3 < i; k += 4) {
          const v0 = w[col + k];
          const v1 = w[col + k + 1];
          const v2 = w[col + k + 2];
          const v3 = w[col + k + 3];
          g0 += v0 * d[k];
          g1 += v1 * d[k + 1];
          g2 += v2 * d[k + 2];
          g3 += v3 * d[k + 3];
          e[k] += v0 * f;
          e[k + 1] += v1 * f;
          e[k + 2] += v2 * f;
          e[k + 3] += v3 * f;
        }
        for (; k < i; k++) {
          const v = w[col + k];
          g0 += v * d[k];
          e[k] += v * f;
        }
        e[j] = g0 + g1 + (g2 + g3);
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        const col = j * n;
        let k = j;
        for (; k + 1 < i; k += 2) {
          w[col + k] -= f * e[k] + g * d[k];
          w[col + k + 1] -= f * e[k + 1] + g * d[k + 1];
        }
        if (k < i) w[col + k] -= f * e[k] + g * d[k];
        d[j] = w[col + i - 1];
        w[col + i] = 0;
      }
    }
    d[i] = h;
  }

  if (!accumulate) {
    // The tridiagonal's diagonal is left on the working matrix's diagonal.
    for (let j = 0; j < n; j++) d[j] = w[j * n + j];
    e[0] = 0;
    return;
  }
  for (let i = 0; i < n - 1; i++) {
    w[i * n + n - 1] = w[i * n + i];
    w[i * n + i] = 1;
    const h = d[i + 1];
    const next = (i + 1) * n;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = w[next + k] / h;
      for (let j = 0; j <= i; j++) {
        const col = j * n;
        let g = 0;
        for (let k = 0; k <= i; k++) g += w[next + k] * w[col + k];
        for (let k = 0; k <= i; k++) w[col + k] -= g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) w[next + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = w[j * n + n - 1];
    w[j * n + n - 1] = 0;
  }
  w[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/** Implicit QL on the tridiagonal (tql2); with `w`, the rotations are applied to its rows. */
function tridiagonalQL(d: Float64Array, e: Float64Array, n: number, w: Float64Array | null): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0;
  // Deflate against the norm of the whole tridiagonal, not EISPACK's running maximum: with a running maximum a tiny
  // leading block (e.g. d = 0, e = 5e-324) never deflates and the shift overflows to NaN. Absolute deflation keeps the
  // backward error at ε‖T‖, which is all the PSD tolerance assumes; it also bounds |p| below 1/ε.
  let tst1 = 0;
  for (let l = 0; l < n; l++) tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > MAX_ITERATIONS_PER_VALUE) {
          throw new Error(
            `symmetricEigen: QL did not converge for eigenvalue ${l} after ${MAX_ITERATIONS_PER_VALUE} iterations`,
          );
        }
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (w) {
            const ri = i * n;
            const rn = ri + n;
            for (let k = 0; k < n; k++) {
              const t = w[rn + k];
              const u = w[ri + k];
              w[rn + k] = s * u + c * t;
              w[ri + k] = c * u - s * t;
            }
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
}

/**
 * Ascending eigenvalues of the symmetric tridiagonal with diagonal d and sub-diagonal e (e[i] couples i and i+1), by
 * the root-free QL iteration of Pal, Walker and Kahan (as LAPACK's dsterf does for eigenvalues alone): it works on
 * the squares eᵢ², so a step needs no square root, and it is 1.6× faster than tql1 at n = 256 and 512, as accurate.
 * Deflation is absolute, against ‖T‖ (as tridiagonalQL's: see there), and 2×2 blocks are solved in closed form.
 *
 * Two guards keep the digits that dsterf loses (issue 18: a 32×32 matrix whose only block is [[0,1,0],[1,−1.09e−160,1],
 * [0,1,1]] came out as −1.24726, 0.44506, 1.80220 instead of −1.24698, 0.44504, 1.80194):
 * - The tridiagonal is scaled by a power of two (exact) so that ‖T‖ ≈ 2^SCALE_EXPONENT, near the top of the double
 *   range rather than at 1: every square the sweep forms (γ², eᵢ², p, all ≤ ~20‖T‖²) stays below 2^1024, and a
 *   quantity down to 2^−1000·‖T‖ still squares to a normal double, so no subnormal or huge coupling loses digits.
 * - The rotation's c = p/(p + eᵢ²) is a ratio, which no scaling helps: when p ≪ eᵢ² it is subnormal (γ = 1.09e−160
 *   above gives c ≈ 6e−321, three digits), and the next p = γ²/c inherits its error (2.0008 for 2). There p is taken
 *   from the same identity written without c: p_new = γ²·(p_old + eᵢ²)/p_old with p_old = γ_old²/c_old, that is
 *   c_old·(p_old + eᵢ²)·(γ/γ_old)²; with γ_old = 0 it is c_old·eᵢ² (dsterf's own c = 0 case).
 * Returns null (the caller falls back to tql1) if an iteration ever stalled or produced a non-finite value. d is
 * overwritten.
 */
export function rootFreeQL(d: Float64Array, e: Float64Array): Float64Array | null {
  const n = d.length;
  const e2 = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(d[i]) + Math.abs(i < n - 1 ? e[i] : 0));
  if (norm === 0) return d.sort();
  // ‖T‖ to 2^SCALE_EXPONENT (see above), exactly, and the eigenvalues scaled back at the end. An entry below
  // 2^−2000·‖T‖ may round on the way down from a huge ‖T‖: far below anything the eigenvalues can show.
  const shift = SCALE_EXPONENT - Math.floor(Math.log2(norm));
  for (let i = 0; i < n; i++) {
    d[i] = timesPowerOfTwo(d[i], shift);
    const ei = i < n - 1 ? timesPowerOfTwo(e[i], shift) : 0;
    e2[i] = ei * ei;
  }
  norm = timesPowerOfTwo(norm, shift);
  const small = (Number.EPSILON * norm) ** 2;
  let iterations = 0;
  for (let l = 0; l < n;) {
    let m = l;
    while (m < n - 1 && e2[m] > small) m++;
    if (m === l) {
      l++;
      iterations = 0;
      continue;
    }
    if (m === l + 1) {
      [d[l], d[l + 1]] = eigenvalues2x2(d[l], Math.sqrt(e2[l]), d[l + 1]);
      e2[l] = 0;
      l += 2;
      iterations = 0;
      continue;
    }
    if (++iterations > MAX_ITERATIONS_PER_VALUE) return null;
    // Shift from the leading 2×2 block (Wilkinson's), then one sweep from m up to l.
    const root = Math.sqrt(e2[l]);
    const t = (d[l + 1] - d[l]) / (2 * root);
    const r = hypot(t, 1);
    const sigma = d[l] - root / (t + (t >= 0 ? r : -r));
    let c = 1;
    let s = 0;
    let gamma = d[m] - sigma;
    let p = gamma * gamma;
    for (let i = m - 1; i >= l; i--) {
      const bb = e2[i];
      const sum = p + bb;
      if (i !== m - 1) e2[i + 1] = s * sum;
      const oldC = c;
      c = p / sum;
      s = bb / sum;
      const oldGamma = gamma;
      const alpha = d[i];
      gamma = c * (alpha - sigma) - s * oldGamma;
      d[i + 1] = oldGamma + (alpha - gamma);
      if (c >= MIN_NORMAL) p = (gamma * gamma) / c;
      else if (oldGamma !== 0) {
        const ratio = gamma / oldGamma;
        p = oldC * sum * (ratio * ratio);
      } else p = oldC * bb;
    }
    e2[l] = s * p;
    d[l] = sigma + gamma;
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(d[i])) return null;
    d[i] = timesPowerOfTwo(d[i], -shift);
  }
  return d.sort();
}

/** Eigenvalues of [[a, b], [b, c]], the larger in magnitude first, the other from the determinant (as dlae2). */
function eigenvalues2x2(a: number, b: number, c: number): [number, number] {
  const sum = a + c;
  const diff = Math.abs(a - c);
  const twoB = Math.abs(2 * b);
  const [big, other] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  const rt = hypot(diff, twoB);
  if (sum === 0) return [0.5 * rt, -0.5 * rt];
  const first = 0.5 * (sum + (sum > 0 ? rt : -rt));
  return [first, (big / first) * other - (b / first) * b];
}

/** Ascending eigenvalues of the tridiagonal (d, e in EISPACK's convention) of a matrix scaled by 2^exponent. */
function eigenvaluesOfTridiagonal(d: Float64Array, e: Float64Array, exponent: number): Float64Array {
  const n = d.length;
  tridiagonalQL(d, e, n, null);
  if (exponent !== 0) for (let i = 0; i < n; i++) d[i] = timesPowerOfTwo(d[i], -exponent);
  return d.sort();
}

/**
 * Eigenvalues (ascending) and, if asked, unit eigenvectors of a symmetric matrix; `vectors[k]` belongs to `values[k]`.
 * The caller guarantees symmetry. Throws on non-finite input or
 * non-convergence (both are bugs of the caller or of this code, not user errors).
 *
 * @example
 * symmetricEigen([[2, 1], [1, 2]], false).values; // Float64Array [1, 3]
 */
export function symmetricEigen(a: number[][], wantVectors: boolean): { values: Float64Array; vectors?: number[][] } {
  const n = a.length;
  let amax = 0;
  for (let i = 0; i < n; i++) {
    const row = a[i];
    if (row.length !== n) throw new RangeError(`symmetricEigen needs a square matrix, got a row of ${row.length}`);
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (!Number.isFinite(v)) throw new RangeError(`symmetricEigen: entry (${i + 1},${j + 1}) is not finite`);
      amax = Math.max(amax, Math.abs(v));
    }
  }
  if (n === 0) return wantVectors ? { values: new Float64Array(0), vectors: [] } : { values: new Float64Array(0) };
  // Scale by a power of two (exact) so the largest entry is about 1: no overflow in ‖·‖ or the shifts for huge entries,
  // and no loss of the rotations' precision in the subnormal range for tiny ones.
  const exponent = amax === 0 ? 0 : -Math.floor(Math.log2(amax));
  if (!wantVectors && n >= BLOCKED_FROM) {
    const blocked = tridiagonalizeBlocked(a, exponent);
    if (blocked) {
      const values = rootFreeQL(blocked.d.slice(), blocked.e);
      if (values) {
        if (exponent !== 0) for (let i = 0; i < n; i++) values[i] = timesPowerOfTwo(values[i], -exponent);
        return { values };
      }
      // Never seen: the tql1 iteration below, on the same tridiagonal (EISPACK's convention: e[i] couples i−1, i).
      const e = new Float64Array(n);
      e.set(blocked.e.subarray(0, n - 1), 1);
      return { values: eigenvaluesOfTridiagonal(blocked.d, e, exponent) };
    }
  }
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = a[i];
    for (let j = 0; j < n; j++) w[j * n + i] = row[j];
  }
  if (exponent !== 0) for (let i = 0; i < w.length; i++) w[i] = timesPowerOfTwo(w[i], exponent);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalize(w, n, d, e, wantVectors);
  if (!wantVectors) return { values: eigenvaluesOfTridiagonal(d, e, exponent) };
  tridiagonalQL(d, e, n, w);
  if (exponent !== 0) for (let i = 0; i < n; i++) d[i] = timesPowerOfTwo(d[i], -exponent);
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[x] - d[y]);
  const values = new Float64Array(n);
  const vectors: number[][] = new Array(n);
  for (let k = 0; k < n; k++) {
    const src = order[k];
    values[k] = d[src];
    vectors[k] = Array.from(w.subarray(src * n, src * n + n));
  }
  return { values, vectors };
}

/**
 * Scale-aware zero for eigenvalues and pivots of a floating symmetric matrix:
 * PSD_TOLERANCE_SAFETY · n · ε · ‖M‖∞ (‖M‖∞ = max absolute row sum ≥ spectral norm), floored at the smallest normal
 * double so that an exact 0 counts as zero even for the zero matrix.
 *
 * @example
 * psdTolerance([[1, 0], [0, 1]]); // 8 · 2 · 2⁻⁵² ≈ 3.6e-15
 */
export function psdTolerance(m: number[][]): number {
  const n = m.length;
  // The factor goes in first, so a norm near the top of the double range cannot overflow.
  const k = PSD_TOLERANCE_SAFETY * n * Number.EPSILON;
  let tol = 0;
  for (const row of m) {
    let s = 0;
    for (const v of row) s += Math.abs(v) * k;
    if (s > tol) tol = s;
  }
  return Math.max(tol, 2 ** -1022);
}
