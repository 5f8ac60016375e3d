/**
 * LDLᵀ with symmetric (diagonal) pivoting, the judge of positive (semi)definiteness.
 *
 * After k steps, P M Pᵀ = L_k · diag(D_k, S) · L_kᵀ with L_k unit lower triangular and S the Schur complement.
 * M is PSD iff S is; so at each step a negative diagonal entry of S, or (when all of S's diagonal is zero) a non-zero
 * off-diagonal entry, proves "not PSD", and a vector y with yᵀSy < 0 maps back to x = Pᵀ L_k⁻ᵀ (0; y) with
 * xᵀMx = yᵀSy. Over the rationals every decision is exact; the float variant uses a caller-given tolerance.
 */
import { Rational, gcd } from '../numbers/rational.js';

export type PsdVerdict = 'pd' | 'psd' | 'not_psd';

export interface LdltExactResult {
  verdict: PsdVerdict;
  /** Number of positive pivots (for not_psd: those found before the proof). */
  rank: number;
  /** P as a list: row i of P M Pᵀ is row perm[i] of M. */
  perm: number[];
  /** n×n unit lower triangular, in permuted order, as far as factorized. */
  L: Rational[][];
  /** Length n; zero where not factorized (the trailing part). */
  D: Rational[];
  /** For not_psd: an integer vector x (original coordinates, gcd 1) with xᵀMx < 0. */
  witness?: Rational[];
  /** xᵀMx, computed from M itself. */
  witnessValue?: Rational;
}

export interface LdltFloatResult {
  verdict: PsdVerdict;
  rank: number;
  perm: number[];
  L: number[][];
  D: number[];
  tolerance: number;
}

/** xᵀMx, exactly. */
export function quadraticForm(m: Rational[][], x: Rational[]): Rational {
  let sum = Rational.ZERO;
  for (let i = 0; i < x.length; i++) {
    if (x[i].isZero()) continue;
    let row = Rational.ZERO;
    for (let j = 0; j < x.length; j++) if (!x[j].isZero()) row = row.add(m[i][j].mul(x[j]));
    sum = sum.add(x[i].mul(row));
  }
  return sum;
}

function checkSquare(m: { length: number }[], who: string): number {
  const n = m.length;
  for (const row of m) if (row.length !== n) throw new RangeError(`${who} needs a square matrix`);
  return n;
}

/** Swaps positions k and r of the working state: rows/columns of A, entries of perm, rows of L's first k columns. */
function symmetricSwap<T>(a: T[][], perm: number[], l: T[][], k: number, r: number): void {
  if (k === r) return;
  [a[k], a[r]] = [a[r], a[k]];
  for (const row of a) [row[k], row[r]] = [row[r], row[k]];
  [perm[k], perm[r]] = [perm[r], perm[k]];
  for (let j = 0; j < k; j++) [l[k][j], l[r][j]] = [l[r][j], l[k][j]];
}

/**
 * Exact LDLᵀ of a symmetric rational matrix with a PSD verdict and, when not PSD, an integer witness.
 *
 * @example
 * const q = (rows: number[][]) => rows.map((r) => r.map((v) => Rational.int(v)));
 * ldltExact(q([[1, 2], [2, 1]])).verdict; // 'not_psd', witness e.g. (-2, 1) with xᵀMx = -3
 * ldltExact(q([[1, 1], [1, 1]])).rank; // 1 ('psd')
 */
export function ldltExact(m: Rational[][]): LdltExactResult {
  const n = checkSquare(m, 'ldltExact');
  const a = m.map((row) => row.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  const L = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO)),
  );
  const D = Array.from({ length: n }, () => Rational.ZERO);

  const finish = (verdict: PsdVerdict, rank: number, y?: Map<number, Rational>): LdltExactResult => {
    const result: LdltExactResult = { verdict, rank, perm, L, D };
    if (y) {
      const x = witnessFromTrailing(L, perm, y);
      result.witness = x;
      result.witnessValue = quadraticForm(m, x);
    }
    return result;
  };

  for (let k = 0; k < n; k++) {
    // A negative diagonal entry s_ii: y = e_i gives yᵀSy = s_ii < 0.
    for (let i = k; i < n; i++) {
      if (a[i][i].sign() < 0) return finish('not_psd', k, new Map([[i, Rational.ONE]]));
    }
    // Pivot on the positive diagonal entry with the smallest bit size (keeps L and D readable).
    let r = -1;
    for (let i = k; i < n; i++) {
      if (a[i][i].sign() > 0 && (r < 0 || a[i][i].bits() < a[r][r].bits())) r = i;
    }
    if (r < 0) {
      // Zero diagonal: any s_ij ≠ 0 gives y = e_i − sign(s_ij)·e_j with yᵀSy = −2|s_ij| < 0.
      for (let i = k; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const s = a[i][j].sign();
          if (s !== 0) {
            return finish(
              'not_psd',
              k,
              new Map([
                [i, Rational.ONE],
                [j, Rational.int(-s)],
              ]),
            );
          }
        }
      }
      return finish('psd', k); // the Schur complement is zero: rank k
    }
    symmetricSwap(a, perm, L, k, r);
    const d = a[k][k];
    D[k] = d;
    for (let i = k + 1; i < n; i++) L[i][k] = a[i][k].div(d);
    for (let i = k + 1; i < n; i++) {
      const lik = L[i][k];
      if (lik.isZero()) continue;
      for (let j = k + 1; j <= i; j++) {
        const v = a[i][j].sub(lik.mul(a[k][j]));
        a[i][j] = v;
        a[j][i] = v;
      }
    }
  }
  return finish('pd', n);
}

/**
 * Maps y (sparse, positions in the permuted order) back to x = Pᵀ L⁻ᵀ y, scaled to a primitive integer vector.
 * L's columns past the factorized part are those of the identity, so w = L⁻ᵀ y is a back substitution.
 */
function witnessFromTrailing(L: Rational[][], perm: number[], y: Map<number, Rational>): Rational[] {
  const n = L.length;
  const w: Rational[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let v = y.get(i) ?? Rational.ZERO;
    for (let j = i + 1; j < n; j++) if (!L[j][i].isZero() && !w[j].isZero()) v = v.sub(L[j][i].mul(w[j]));
    w[i] = v;
  }
  let den = 1n;
  for (const v of w) den = (den / gcd(den, v.den)) * v.den;
  let g = 0n;
  const ints = w.map((v) => v.num * (den / v.den));
  for (const v of ints) g = gcd(g, v);
  if (g === 0n) g = 1n;
  const x: Rational[] = new Array(n);
  for (let i = 0; i < n; i++) x[perm[i]] = Rational.int(ints[i] / g);
  return x;
}

/**
 * The same factorization in floating point. Entries with |s| ≤ tolerance count as zero; the largest diagonal entry
 * is the pivot (diagonal pivoting is stable for PSD matrices, the only ones factorized to the end).
 *
 * @example
 * ldltFloat([[2, 1], [1, 2]], 1e-12).verdict; // 'pd'
 */
export function ldltFloat(m: number[][], tolerance: number): LdltFloatResult {
  const n = checkSquare(m, 'ldltFloat');
  const a = m.map((row) => row.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  const L = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  const D = new Array<number>(n).fill(0);
  const finish = (verdict: PsdVerdict, rank: number): LdltFloatResult => ({ verdict, rank, perm, L, D, tolerance });

  for (let k = 0; k < n; k++) {
    let r = k;
    for (let i = k + 1; i < n; i++) if (a[i][i] > a[r][r]) r = i;
    for (let i = k; i < n; i++) if (!(a[i][i] >= -tolerance)) return finish('not_psd', k); // NaN is not PSD either
    if (a[r][r] <= tolerance) {
      for (let i = k; i < n; i++) {
        for (let j = i + 1; j < n; j++) if (Math.abs(a[i][j]) > tolerance) return finish('not_psd', k);
      }
      return finish('psd', k);
    }
    symmetricSwap(a, perm, L, k, r);
    const d = a[k][k];
    D[k] = d;
    for (let i = k + 1; i < n; i++) L[i][k] = a[i][k] / d;
    for (let i = k + 1; i < n; i++) {
      const lik = L[i][k];
      if (lik === 0) continue;
      for (let j = k + 1; j <= i; j++) {
        const v = a[i][j] - lik * a[k][j];
        a[i][j] = v;
        a[j][i] = v;
      }
    }
  }
  return finish('pd', n);
}
