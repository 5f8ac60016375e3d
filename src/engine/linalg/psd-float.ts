/**
 * The PSD verdict of a floating symmetric matrix, decided so that no scale can fool it (DESIGN §4).
 *
 * Signs first: a negative diagonal entry is a witness by itself (x = eᵢ), and a zero diagonal entry beside a nonzero
 * off-diagonal one is a negative 2×2 principal minor. Then the matrix is balanced, B = D⁻¹ᐟ²MD⁻¹ᐟ² with D its
 * positive diagonal: B has unit diagonal, the same inertia as M (Sylvester), and is the same matrix whatever symmetric
 * positive diagonal scaling M was given (EMEᵀ balances to B too). The eigenvalue tolerance is applied to B, where it
 * means what it says (‖B‖ ≤ n), instead of to M, where a tolerance taken from the largest entry swallows the small ones
 * (`diag(√2·10²⁰⁰, 1)` is positive definite, and says so here). A witness y for B gives x = D⁻¹ᐟ²y for M with
 * xᵀMx = yᵀBy, computed on B, so it neither overflows nor underflows.
 */
import { BLOCKED_FROM, psdTolerance, symmetricEigen } from './eigen.js';
import { eigenvectorFor } from './inverse-iteration.js';

export interface PsdFloatResult {
  verdict: 'pd' | 'psd' | 'not_psd';
  rank: number;
  /** Ascending eigenvalues of the balanced matrix over the rows with a positive diagonal (the judge). */
  balancedEigenvalues: number[];
  /** |λ| ≤ tolerance counts as zero, for the balanced eigenvalues (8·n·ε·‖B‖∞). */
  tolerance: number;
  /** not_psd: x with xᵀMx < 0, when such an x is representable in doubles. */
  witness?: number[];
  /** not_psd: xᵀMx (< 0), computed in balanced coordinates. */
  witnessValue?: number;
  /** not_psd without a representable x: rows (0-based) of a 2×2 principal minor mᵢᵢmⱼⱼ − mᵢⱼ² < 0. */
  minor?: [number, number];
  /** The matrix is diagonal: its eigenvalues are its diagonal entries, exactly. */
  diagonal: boolean;
  /**
   * What decided: `signs` (a diagonal matrix, or a negative diagonal entry), `minor` (a negative 2×2 principal minor,
   * far from any rounding), or `eigenvalues` (of the balanced matrix, with `tolerance`).
   */
  decidedBy: 'signs' | 'minor' | 'eigenvalues';
}

/** A witness vector is usable when every entry is finite and it is not the zero vector. */
function usable(x: number[], value: number): boolean {
  return x.every(Number.isFinite) && x.some((v) => v !== 0) && Number.isFinite(value) && value < 0;
}

/**
 * Floating PSD verdict of a square matrix, symmetric up to rounding (the average of mᵢⱼ and mⱼᵢ is used).
 *
 * @example
 * psdFloat([[Math.SQRT2 * 1e200, 0], [0, 1]]).verdict; // 'pd'
 * psdFloat([[1, 2], [2, 1]]).witness; // [0.707…, -0.707…], xᵀMx = −1
 */
export function psdFloat(m: number[][]): PsdFloatResult {
  const n = m.length;
  const s = (i: number, j: number): number => (m[i][j] === m[j][i] ? m[i][j] : m[i][j] / 2 + m[j][i] / 2);
  let diagonal = true;
  for (let i = 0; i < n && diagonal; i++) for (let j = 0; j < n; j++) if (i !== j && m[i][j] !== 0) diagonal = false;
  const base = { balancedEigenvalues: [] as number[], tolerance: psdTolerance([]), diagonal };
  type By = PsdFloatResult['decidedBy'];
  const notPsd = (
    decidedBy: By,
    rank: number,
    x: number[] | undefined,
    value: number | undefined,
    minor?: [number, number],
  ): PsdFloatResult =>
    x && value !== undefined && usable(x, value)
      ? { ...base, decidedBy, verdict: 'not_psd', rank, witness: x, witnessValue: value }
      : { ...base, decidedBy, verdict: 'not_psd', rank, minor };
  const unit = (i: number, v = 1): number[] => Array.from({ length: n }, (_, k) => (k === i ? v : 0));

  // 1. Signs on the diagonal: the most negative entry is the witness eᵢ.
  let worst = -1;
  for (let i = 0; i < n; i++) if (m[i][i] < 0 && (worst < 0 || m[i][i] < m[worst][worst])) worst = i;
  if (worst >= 0) return notPsd('signs', floatRank(m), unit(worst), m[worst][worst]);

  // 2. A zero diagonal entry needs a zero row: mᵢᵢ = 0 ≠ mᵢⱼ makes the minor mᵢᵢmⱼⱼ − mᵢⱼ² negative.
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    if (m[i][i] > 0) {
      kept.push(i);
      continue;
    }
    const j = m[i].findIndex((_, k) => k !== i && s(i, k) !== 0);
    if (j < 0) continue; // a zero row and column: one zero eigenvalue, nothing else
    const sij = s(i, j);
    const sign = sij > 0 ? 1 : -1;
    const x = unit(i);
    let value: number;
    if (m[j][j] === 0) {
      // x = (eᵢ − sign·eⱼ)/2: xᵀMx = −|mᵢⱼ|/2.
      x[i] = 0.5;
      x[j] = -sign * 0.5;
      value = -Math.abs(sij) / 2;
    } else {
      // x = −sign·t·eᵢ + eⱼ/√mⱼⱼ with t = √mⱼⱼ/|mᵢⱼ|: xᵀMx = 1 − 2 = −1.
      const root = Math.sqrt(m[j][j]);
      x[i] = -sign * (root / Math.abs(sij));
      x[j] = 1 / root;
      value = x[i] === 0 ? NaN : -1;
    }
    return notPsd('minor', floatRank(m), x, value, [Math.min(i, j), Math.max(i, j)]);
  }

  // 3. Balance the rows with a positive diagonal.
  const p = kept.length;
  const root = kept.map((i) => Math.sqrt(m[i][i]));
  const b: number[][] = kept.map((i, a) => kept.map((j, c) => (a === c ? 1 : s(i, j) / root[a] / root[c])));
  // |bᵢⱼ| > 1 is a negative 2×2 minor; far beyond 1 (or beyond the double range) it is the certificate itself.
  for (let a = 0; a < p; a++)
    for (let c = a + 1; c < p; c++) {
      const v = b[a][c];
      if (Number.isFinite(v) && Math.abs(v) <= 2) continue;
      const x = new Array<number>(n).fill(0);
      x[kept[a]] = 1 / root[a];
      x[kept[c]] = -Math.sign(v) / root[c];
      return notPsd('minor', floatRank(m), x, 2 - 2 * Math.abs(v), [kept[a], kept[c]]);
    }

  // 4. Eigenvalues of B decide, with the tolerance of B.
  const tolerance = psdTolerance(b);
  // Small matrices get every eigenvector at once (cheap, and the witness they always had); from BLOCKED_FROM on only
  // the eigenvalues are computed, and the witness, when one is needed, by inverse iteration.
  const small = p < BLOCKED_FROM;
  const { values, vectors } = symmetricEigen(b, small);
  const balancedEigenvalues = Array.from(values);
  const rank = balancedEigenvalues.filter((v) => Math.abs(v) > tolerance).length;
  if (p > 0 && balancedEigenvalues[0] < -tolerance) {
    const lowest = (vectors ?? [lowestVector(b, balancedEigenvalues[0])])[0];
    const y = lowest.slice();
    const first = y.find((v) => v !== 0) ?? 1;
    if (first < 0) for (let k = 0; k < p; k++) y[k] = -y[k];
    let value = 0;
    for (let a = 0; a < p; a++) {
      let t = 0;
      for (let c = 0; c < p; c++) t += b[a][c] * y[c];
      value += y[a] * t;
    }
    if (!(value < 0)) value = balancedEigenvalues[0];
    const x = new Array<number>(n).fill(0);
    kept.forEach((i, a) => (x[i] = y[a] / root[a]));
    return { ...notPsd('eigenvalues', rank, x, value), balancedEigenvalues, tolerance };
  }
  if (diagonal) {
    // Every diagonal entry is ≥ 0 here: the signs decide, and the rank counts the positive ones.
    const positive = kept.length;
    return { ...base, decidedBy: 'signs', verdict: positive === n ? 'pd' : 'psd', rank: positive, balancedEigenvalues };
  }
  return {
    ...base,
    decidedBy: 'eigenvalues',
    verdict: rank === n ? 'pd' : 'psd',
    rank,
    balancedEigenvalues,
    tolerance,
  };
}

/**
 * The unit eigenvector of b's lowest eigenvalue λ, by inverse iteration; when that does not give yᵀby < 0 (it always
 * has so far), from the full eigendecomposition.
 */
function lowestVector(b: number[][], lambda: number): number[] {
  const y = eigenvectorFor(b, lambda);
  if (y) {
    let value = 0;
    for (let a = 0; a < b.length; a++) {
      let t = 0;
      for (let c = 0; c < b.length; c++) t += b[a][c] * y[c];
      value += y[a] * t;
    }
    if (value < 0) return y;
  }
  return symmetricEigen(b, true).vectors![0];
}

/**
 * Rank of a floating symmetric matrix (used when the verdict is already not_psd), invariant under positive diagonal
 * scaling: a diagonal matrix counts its nonzero entries; otherwise the matrix is congruence-scaled first so that every
 * row's largest entry is about 1, then eigenvalues beyond 8·n·ε·‖·‖∞ count.
 */
export function floatRank(m: number[][]): number {
  const n = m.length;
  if (n === 0) return 0;
  let diagonal = true;
  for (let i = 0; i < n && diagonal; i++) for (let j = 0; j < n; j++) if (i !== j && m[i][j] !== 0) diagonal = false;
  if (diagonal) return m.filter((r, i) => r[i] !== 0).length;
  // The matrix is congruence-scaled by powers of two, S = diag(2^Kᵢ): exact, so a singular matrix stays singular.
  // Scaling by the |diagonal| alone (as psdFloat balances) left rows out of balance, and the tolerance, taken from the
  // largest entry, swallowed an eigenvalue: [[0, 10⁻¹⁸], [10⁻¹⁸, 1]], diag(1, [[10⁻²⁰⁰, 10¹⁰⁰], [10¹⁰⁰, 10⁻²⁰⁰]]) and
  // the zero-diagonal [[0, 1, 10⁸], [1, 0, −10⁸], [10⁸, −10⁸, 0]] are invertible, yet got rank 1, 2 and 2.
  // 1. Least squares on the logarithms: Kᵢ + Kⱼ ≈ −log₂|mᵢⱼ| over the nonzero entries, so that every entry is as close
  //    to 1 as the pattern allows ((AᵀA + λI)K = −Aᵀℓ, a tiny λ for rows without entries or a bipartite pattern).
  const logs = m.map((r) => r.map((v) => (v === 0 ? NaN : Math.log2(Math.abs(v)))));
  const N = m.map((_, i) => m.map((__, j) => (i === j ? 1e-9 : 0)));
  const rhs = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const l = logs[i][j];
      if (Number.isNaN(l)) continue;
      if (i === j) {
        N[i][i] += 4;
        rhs[i] -= 2 * l;
      } else {
        N[i][i] += 1;
        N[j][j] += 1;
        N[i][j] += 1;
        N[j][i] += 1;
        rhs[i] -= l;
        rhs[j] -= l;
      }
    }
  const K = solveSmall(N, rhs).map(Math.round);
  // 2. Then the largest entry of each row is brought near 1 (Ruiz equilibration): least squares can leave a large
  //    entry beside tiny ones, as in diag(1, [[10⁻²⁰⁰, 10¹⁰⁰], [10¹⁰⁰, 10⁻²⁰⁰]]) (10¹⁵⁰ beside 1).
  const rowMax = (i: number): number =>
    Math.max(...logs[i].map((l, j) => (Number.isNaN(l) ? -Infinity : l + K[i] + K[j])));
  for (let step = 0; step < 64; step++) {
    const b = K.map((_, i) => rowMax(i));
    if (b.every((x) => x === -Infinity || Math.abs(x) <= 1)) break;
    b.forEach((x, i) => {
      if (x !== -Infinity && Math.abs(x) > 1) K[i] -= Math.round(x / 2);
    });
  }
  // v·2^(Kᵢ+Kⱼ) in two halves: the result is near 1, so v·2^((Kᵢ+Kⱼ)/2) is near √v, inside the range.
  const scaled = m.map((r, i) =>
    r.map((v, j) => {
      const k = K[i] + K[j];
      return v * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2));
    }),
  );
  if (!scaled.every((r) => r.every(Number.isFinite))) return m.filter((r) => r.some((v) => v !== 0)).length;
  const tol = psdTolerance(scaled);
  return Array.from(symmetricEigen(scaled, false).values).filter((v) => Math.abs(v) > tol).length;
}

/** Solves a small dense system Nx = b (Gaussian elimination with partial pivoting; N is positive definite here). */
function solveSmall(N: number[][], b: number[]): number[] {
  const n = b.length;
  const a = N.map((r, i) => [...r, b[i]]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
    [a[k], a[p]] = [a[p], a[k]];
    for (let i = k + 1; i < n; i++) {
      const f = a[i][k] / a[k][k];
      for (let j = k; j <= n; j++) a[i][j] -= f * a[k][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = a[i][n];
    for (let j = i + 1; j < n; j++) s -= a[i][j] * x[j];
    x[i] = s / a[i][i];
  }
  return x;
}
