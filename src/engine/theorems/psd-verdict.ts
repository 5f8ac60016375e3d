/**
 * The PSD verdict of one matrix, with its certificate: exact LDLᵀ with symmetric pivoting for
 * rational input (the judge), floating eigenvalues with a scale-aware tolerance otherwise.
 * Eigenvalues are always computed, as evidence to show, never as the judge of exact input.
 */
import type { Entry, PsdData, PsdVerdict } from '../data.js';
import { checkDeadline } from '../deadline.js';
import { ldltExact } from '../linalg/ldlt.js';
import { psdTolerance, symmetricEigen } from '../linalg/eigen.js';
import { psdFloat } from '../linalg/psd-float.js';
import {
  isDiagonal,
  isSquare,
  isSymmetric,
  isSymmetricFloat,
  matrixJSON,
  symmetricPart,
  toFloatRows,
  toFloatRowsLossy,
  toRationalRows,
  type Matrix,
} from '../numbers/matrix.js';
import { cleanFloat, scalarJSON, type Scalar } from '../numbers/scalar.js';
import { Rational } from '../numbers/rational.js';

export interface PsdVerdictResult {
  verdict: PsdVerdict;
  rank: number | null;
  eigenvalues: number[];
  witness?: Scalar[];
  witnessValue?: Scalar;
  tolerance?: number;
  /** Diagonal input: the eigenvalues are the diagonal entries, as accurate as the entries (no ≈0). */
  eigenvaluesAreEntries?: boolean;
  /** Floating input: what decided the verdict (see psdFloat). */
  decidedBy?: 'signs' | 'minor' | 'eigenvalues';
  /** Floating input: ascending eigenvalues of the balanced D⁻¹ᐟ²MD⁻¹ᐟ² (unit diagonal), the judge. */
  balancedEigenvalues?: number[];
  /** Floating not_psd without a representable witness: a 2×2 principal minor (0-based rows) that is negative. */
  minor?: [number, number];
  factorization?: PsdData['factorization'];
  symmetricPart?: { matrix: Matrix; result: PsdVerdictResult };
}

/**
 * Ascending eigenvalues of M, shown as evidence (never the judge). Floating input: those within the scale-aware
 * tolerance of zero are shown as 0 (≈0 in text), except for a diagonal matrix, whose eigenvalues are its entries.
 * Exact input: exactly n − rank of them are 0 (`exactZeros`, the rank being exact). Empty when the evidence cannot
 * be computed faithfully in doubles (an entry or an eigenvalue beyond the range, or a nonzero entry below it).
 */
export function ascendingEigenvalues(m: Matrix, exactZeros?: number): number[] {
  const rows = toFloatRowsLossy(m);
  const lost = m.e.some((r, i) => r.some((x, j) => !Number.isFinite(rows[i][j]) || (rows[i][j] === 0 && !isZero(x))));
  if (lost) return [];
  if (isDiagonal(m)) {
    const d = rows.map((r, i) => r[i]).sort((a, b) => a - b);
    return d.map(cleanFloat);
  }
  const values = Array.from(symmetricEigen(rows, false).values);
  if (!values.every(Number.isFinite)) return [];
  if (exactZeros === undefined) {
    const tol = psdTolerance(rows);
    return values.map((x) => (Math.abs(x) <= tol ? 0 : cleanFloat(x)));
  }
  // Exact input: the rank is exact, so exactly n − rank eigenvalues are 0 (those nearest 0). The
  // others stay as computed, however tiny: a positive definite matrix has no zero eigenvalue.
  const nearest = values
    .map((x, i) => [Math.abs(x), i])
    .sort((a, b) => a[0] - b[0])
    .slice(0, exactZeros)
    .map(([, i]) => i);
  const zeros = new Set(nearest);
  return values.map((x, i) => (zeros.has(i) ? 0 : cleanFloat(x)));
}

function isZero(x: Scalar): boolean {
  return typeof x === 'number' ? x === 0 : x.isZero();
}

/** Rank of a rational matrix by exact Gaussian elimination. */
export function exactRank(rows: Rational[][]): number {
  const a = rows.map((r) => r.slice());
  let rank = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && rank < a.length; c++) {
    checkDeadline();
    const p = a.findIndex((r, i) => i >= rank && !r[c].isZero());
    if (p < 0) continue;
    [a[rank], a[p]] = [a[p], a[rank]];
    for (let i = rank + 1; i < a.length; i++) {
      if (a[i][c].isZero()) continue;
      const f = a[i][c].div(a[rank][c]);
      for (let j = c; j < cols; j++) a[i][j] = a[i][j].sub(f.mul(a[rank][j]));
    }
    rank++;
  }
  return rank;
}

/** A witness reads better with its first non-zero entry positive (x and −x give the same xᵀMx). */
function positiveFirst<T extends Scalar>(x: T[] | undefined): T[] | undefined {
  if (!x) return x;
  const first = x.find((v) => (typeof v === 'number' ? v !== 0 : !v.isZero()));
  const negative = first !== undefined && (typeof first === 'number' ? first < 0 : first.sign() < 0);
  return negative ? (x.map((v) => (typeof v === 'number' ? -v : v.neg())) as T[]) : x;
}

/**
 * The simplest certificates of "not PSD", when one exists: a negative diagonal entry (x = eᵢ) or a
 * 2×2 principal block with mᵢᵢ + mⱼⱼ < 2|mᵢⱼ| (x = eᵢ ∓ eⱼ). A student checks these by eye, so they
 * are preferred to LDLᵀ's witness; the most negative xᵀMx among them is returned. O(n²).
 */
function simpleWitness(q: Rational[][]): { witness: Rational[]; value: Rational } | undefined {
  const n = q.length;
  let best: { i: number; j: number; s: number; value: Rational } | undefined;
  const consider = (i: number, j: number, s: number, value: Rational) => {
    if (value.sign() < 0 && (!best || value.cmp(best.value) < 0)) best = { i, j, s, value };
  };
  for (let i = 0; i < n; i++) {
    consider(i, -1, 0, q[i][i]);
    for (let j = i + 1; j < n; j++) {
      // x = eᵢ + s·eⱼ with s = −sign(mᵢⱼ): xᵀMx = mᵢᵢ + mⱼⱼ − 2|mᵢⱼ|
      const s = q[i][j].sign() > 0 ? -1 : 1;
      const abs = s < 0 ? q[i][j] : q[i][j].neg();
      consider(i, j, s, q[i][i].add(q[j][j]).sub(abs).sub(abs));
    }
  }
  if (!best) return undefined;
  const x = Array.from({ length: n }, () => Rational.ZERO);
  x[best.i] = Rational.ONE;
  if (best.j >= 0) x[best.j] = Rational.int(best.s);
  return { witness: x, value: best.value };
}

/**
 * Decides whether `m` is positive (semi)definite.
 * @example psdVerdict(parse('[[1,2],[2,1]]')) // { verdict: 'not_psd', witness: [1,-1], witnessValue: -2, … }
 */
export function psdVerdict(m: Matrix, options: { symmetricPart?: boolean } = {}): PsdVerdictResult {
  if (!isSquare(m)) return { verdict: 'not_square', rank: null, eigenvalues: [] };
  // Floating input needs every entry as a double (an exact one out of range is refused with its place).
  const rows = m.exact ? [] : toFloatRows(m);
  if (m.exact ? !isSymmetric(m) : !isSymmetricFloat(rows)) {
    if (options.symmetricPart === false) return { verdict: 'not_symmetric', rank: null, eigenvalues: [] };
    const sym = symmetricPart(m);
    return {
      verdict: 'not_symmetric',
      rank: null,
      eigenvalues: [],
      symmetricPart: { matrix: sym, result: psdVerdict(sym) },
    };
  }
  if (m.exact) {
    const q = toRationalRows(m);
    const r = ldltExact(q);
    // LDLᵀ stops at the first proof of "not PSD"; the rank then comes from elimination.
    const rank = r.verdict === 'not_psd' ? exactRank(q) : r.rank;
    const eigenvalues = ascendingEigenvalues(m, q.length - rank);
    const eigenvaluesAreEntries = isDiagonal(m);
    const simple = r.verdict === 'not_psd' ? simpleWitness(q) : undefined;
    return {
      verdict: r.verdict,
      rank,
      eigenvalues,
      eigenvaluesAreEntries,
      witness: simple ? simple.witness : positiveFirst(r.witness),
      witnessValue: simple ? simple.value : r.witnessValue,
      factorization:
        r.verdict === 'not_psd'
          ? undefined
          : { perm: r.perm, L: r.L.map((row) => row.map((x) => x.toJSON())), D: r.D.map((x) => x.toJSON()) },
    };
  }
  const f = psdFloat(rows);
  return {
    verdict: f.verdict,
    rank: f.rank,
    eigenvalues: ascendingEigenvalues(m),
    eigenvaluesAreEntries: f.diagonal,
    decidedBy: f.decidedBy,
    balancedEigenvalues: f.balancedEigenvalues.map((v) => (Math.abs(v) <= f.tolerance ? 0 : cleanFloat(v))),
    witness: f.witness,
    witnessValue: f.witnessValue,
    minor: f.minor,
    // A tolerance is part of the answer only where one decided.
    tolerance: f.decidedBy === 'eigenvalues' ? f.tolerance : undefined,
  };
}

export function isPsd(v: PsdVerdict | null): boolean {
  return v === 'pd' || v === 'psd';
}

/** The `data` form of a verdict. */
export function psdData(m: Matrix, label: string, r: PsdVerdictResult): PsdData {
  const d: PsdData = {
    verdict: r.verdict,
    matrix: matrixJSON(m),
    label,
    eigenvalues: r.eigenvalues,
    rank: r.rank,
    exact: m.exact,
  };
  if (r.witness) d.witness = r.witness.map(scalarJSON) as Entry[];
  if (r.witnessValue !== undefined) d.witnessValue = scalarJSON(r.witnessValue);
  if (r.factorization) d.factorization = r.factorization;
  if (r.tolerance !== undefined) d.tolerance = r.tolerance;
  if (r.balancedEigenvalues) d.balancedEigenvalues = r.balancedEigenvalues;
  if (r.minor) d.minor = [r.minor[0] + 1, r.minor[1] + 1];
  if (r.decidedBy) d.decidedBy = r.decidedBy;
  if (r.eigenvaluesAreEntries) d.eigenvaluesAreEntries = true;
  if (r.symmetricPart) {
    const s = r.symmetricPart.result;
    d.symmetricPart = {
      matrix: matrixJSON(r.symmetricPart.matrix),
      verdict: s.verdict as 'pd' | 'psd' | 'not_psd',
      eigenvalues: s.eigenvalues,
    };
  }
  return d;
}

/** Human words for a verdict. */
export function verdictWords(v: PsdVerdict | null, rank?: number | null): string {
  switch (v) {
    case 'pd':
      return 'positive definite';
    case 'psd':
      return `positive semidefinite (singular, rank ${rank})`;
    case 'not_psd':
      return 'not positive semidefinite';
    case 'not_symmetric':
      return 'not symmetric';
    case 'not_square':
      return 'not square';
    default:
      return 'not computed';
  }
}

export function verdictSymbol(v: PsdVerdict | null): string {
  return v === 'pd' ? '≻ 0' : v === 'psd' ? '⪰ 0' : v === 'not_psd' ? '⋡ 0' : '—';
}
