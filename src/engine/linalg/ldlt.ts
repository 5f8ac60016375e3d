/**
 * LDLᵀ with symmetric (diagonal) pivoting, the judge of positive (semi)definiteness.
 *
 * After k steps, P M Pᵀ = L_k · diag(D_k, S) · L_kᵀ with L_k unit lower triangular and S the Schur complement.
 * M is PSD iff S is; so at each step a negative diagonal entry of S, or (when all of S's diagonal is zero) a non-zero
 * off-diagonal entry, proves "not PSD", and a vector y with yᵀSy < 0 maps back to x = Pᵀ L_k⁻ᵀ (0; y) with
 * xᵀMx = yᵀSy. Over the rationals every decision is exact; the float variant uses a caller-given tolerance.
 */
import { checkDeadline } from '../deadline.js';
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
  /** For not_psd: an integer vector x (original coordinates, gcd 1, first non-zero entry positive) with xᵀMx < 0. */
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

function checkSquare(m: { length: number }[], who: string): number {
  const n = m.length;
  for (const row of m) if (row.length !== n) throw new RangeError(`${who} needs a square matrix`);
  return n;
}

/** Swaps positions k and r: rows and columns of A, entries of perm, and (if given) rows of L's first k columns. */
function symmetricSwap<T>(a: T[][], perm: number[], l: T[][] | null, k: number, r: number): void {
  if (k === r) return;
  [a[k], a[r]] = [a[r], a[k]];
  for (const row of a) [row[k], row[r]] = [row[r], row[k]];
  [perm[k], perm[r]] = [perm[r], perm[k]];
  if (l) for (let j = 0; j < k; j++) [l[k][j], l[r][j]] = [l[r][j], l[k][j]];
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * Exact LDLᵀ of a symmetric rational matrix with a PSD verdict and, when not PSD, an integer witness.
 *
 * Computed fraction-free: A = c·M (c = LCM of the denominators, c > 0 keeps the inertia) is eliminated Bareiss-style
 * over BigInt, so every stored number is a minor of c·PMPᵀ and no gcd is taken inside the O(n³) loop (rational
 * arithmetic there spends nearly all its time in gcds once entries have hundreds of digits). After k steps, entry
 * (i,j) of the trailing block is det(leading k×k)·S_ij with det > 0, so it has the sign of S_ij; the pivot of step j
 * is the leading minor of order j+1, hence D_j = a_jj / a_{j-1,j-1} / c and L_ij = a_ij / a_jj. The first positive
 * diagonal entry is the pivot, so P = I whenever no zero pivot forces a swap (the easiest factorization to read).
 *
 * @example
 * const q = (rows: number[][]) => rows.map((r) => r.map((v) => Rational.int(v)));
 * ldltExact(q([[1, 2], [2, 1]])).verdict; // 'not_psd', witness (2, -1) with xᵀMx = -3
 * ldltExact(q([[1, 1], [1, 1]])).rank; // 1 ('psd')
 */
export function ldltExact(m: Rational[][]): LdltExactResult {
  const n = checkSquare(m, 'ldltExact');
  let c = 1n;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) if (m[i][j].den !== 1n) c = lcm(c, m[i][j].den);
  const a0: bigint[][] = m.map((row) => row.map((v) => v.num * (c / v.den)));
  const a = a0.map((row) => row.slice());
  const perm = Array.from({ length: n }, (_, i) => i);

  let verdict: PsdVerdict = 'pd';
  let y: Map<number, bigint> | undefined; // yᵀSy < 0, positions in the permuted order
  let prev = 1n; // leading principal minor of the factorized block
  let k = 0;
  for (; k < n; k++) {
    // A negative diagonal entry s_ii: y = e_i gives yᵀSy = s_ii < 0.
    let r = -1;
    for (let i = k; i < n && !y; i++) {
      if (a[i][i] < 0n) y = new Map([[i, 1n]]);
      else if (r < 0 && a[i][i] > 0n) r = i;
    }
    if (y) {
      verdict = 'not_psd';
      break;
    }
    if (r < 0) {
      // Zero diagonal: any s_ij ≠ 0 gives y = e_i − sign(s_ij)·e_j with yᵀSy = −2|s_ij| < 0.
      for (let i = k; i < n && !y; i++) {
        for (let j = i + 1; j < n && !y; j++) {
          if (a[i][j] !== 0n) {
            y = new Map([
              [i, 1n],
              [j, a[i][j] > 0n ? -1n : 1n],
            ]);
          }
        }
      }
      verdict = y ? 'not_psd' : 'psd'; // else the Schur complement is zero: rank k
      break;
    }
    symmetricSwap(a, perm, null, k, r);
    const p = a[k][k];
    const rowK = a[k];
    for (let i = k + 1; i < n; i++) {
      checkDeadline(); // per row: one row of huge integers can take a while
      const rowI = a[i];
      const aik = rowI[k];
      for (let j = k + 1; j <= i; j++) {
        // Sylvester's identity makes the division exact.
        const v = aik === 0n ? (p * rowI[j]) / prev : (p * rowI[j] - aik * rowK[j]) / prev;
        rowI[j] = v;
        a[j][i] = v;
      }
    }
    prev = p;
  }

  const rank = k;
  const L = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      j < rank && i > j ? Rational.of(a[i][j], a[j][j]) : i === j ? Rational.ONE : Rational.ZERO,
    ),
  );
  const D = Array.from({ length: n }, (_, j) =>
    j < rank ? Rational.of(a[j][j], (j > 0 ? a[j - 1][j - 1] : 1n) * c) : Rational.ZERO,
  );
  const result: LdltExactResult = { verdict, rank, perm, L, D };
  if (y) {
    const x = witnessFromTrailing(a, perm, rank, prev, y);
    let value = 0n;
    for (let i = 0; i < n; i++) {
      if (x[i] === 0n) continue;
      let row = 0n;
      for (let j = 0; j < n; j++) if (x[j] !== 0n) row += a0[i][j] * x[j];
      value += x[i] * row;
    }
    result.witness = x.map((v) => Rational.int(v));
    result.witnessValue = Rational.of(value, c);
  }
  return result;
}

/**
 * x = Pᵀ L⁻ᵀ (0; y) scaled to a primitive integer vector. With X = det(B)·L⁻ᵀ(0; y), B the factorized leading block,
 * X_t = det(B)·y_t on the trailing block and X_i = −(Σ_{j>i} a_ij X_j) / a_ii above it; X is an integer vector
 * (its leading part is −adj(B)·C·y by Cramer's rule), so each division is exact.
 */
function witnessFromTrailing(a: bigint[][], perm: number[], k: number, det: bigint, y: Map<number, bigint>): bigint[] {
  const n = a.length;
  const X = new Array<bigint>(n).fill(0n);
  for (const [t, v] of y) X[t] = det * v;
  for (let i = k - 1; i >= 0; i--) {
    let s = 0n;
    for (let j = i + 1; j < n; j++) if (X[j] !== 0n) s += a[i][j] * X[j];
    if (s % a[i][i] !== 0n) throw new Error('ldltExact: inexact back-substitution (a bug)');
    X[i] = -s / a[i][i];
  }
  let g = 0n;
  for (const v of X) if (g !== 1n) g = gcd(g, v);
  // x and −x give the same xᵀMx: make the first non-zero entry (in original order) positive, as psdFloat does.
  const x = new Array<bigint>(n);
  for (let i = 0; i < n; i++) x[perm[i]] = X[i] / g;
  if (x.find((v) => v !== 0n)! < 0n) for (let i = 0; i < n; i++) x[i] = -x[i];
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
