/**
 * The PSD verdict of a large matrix of doubles (a file past the exact budget, up to 256×256), proved with doubles and
 * rigorous bounds on their rounding (DESIGN §4): certified enclosures at high precision would be far too slow at
 * that size. psdFloat (./psd-float.ts) proposes a verdict and a witness; this module proves or withholds it.
 *
 * - Signs: a negative diagonal entry is negative whatever the rounding of the entries (relative error < 1).
 * - Positive definite: the matrix is balanced by powers of two (exact), B = SMS with a diagonal in [1, 4), and the
 *   Cholesky factorization of B − cI is attempted in doubles. If it runs to the end, B ≻ 0: by Demmel's bound the
 *   computed factor satisfies R̃ᵀR̃ = B − cI + ΔA with |ΔA|ᵢⱼ ≤ γₙ₊₁/(1 − γₙ₊₁)·√(aᵢᵢaⱼⱼ) ≤ 4γₙ₊₁/(1 − γₙ₊₁), so
 *   λmin(B) ≥ c − ‖ΔA‖₂ − (forming B − cI) − (the entries' own error, `rel`·‖B‖) > 0 for the c chosen here.
 * - Not PSD: the witness x is checked with a rigorous bound on the rounding of xᵀBx (γ₂ₙ₊₂·|x|ᵀ|B||x|, plus the entries'
 *   error): proved when the computed value plus the bound is still < 0.
 * - Otherwise (a singular PSD matrix, or an eigenvalue within the bounds of 0): exact arithmetic when the matrix is
 *   small and its doubles are the input's exact values, else `undecided`, saying how close to 0 it is.
 */
import { ldltExact } from './ldlt.js';
import { psdFloat, type PsdFloatResult } from './psd-float.js';
import { exactOfDouble } from '../numbers/scalar.js';

const U = 2 ** -53;
/** Up to this size, a matrix of exact doubles that doubles cannot decide is decided in exact rational arithmetic. */
const EXACT_ESCALATION = 24;

function gamma(k: number): number {
  return (k * U) / (1 - k * U);
}

export interface ProvedFloatResult extends Omit<PsdFloatResult, 'verdict' | 'rank'> {
  verdict: 'pd' | 'psd' | 'not_psd' | 'undecided';
  rank: number | null;
  /** pd: the shift c of the successful Cholesky of B − cI (λmin(B) > 0 is proved). */
  shift?: number;
  /** undecided: the smallest balanced eigenvalue is within ±bound of 0 (the rounding error bounds of doubles). */
  bound?: number;
  /** Decided exactly after doubles could not (a small matrix of exact doubles). */
  escalated?: boolean;
}

/** S = diag(2^-kᵢ) with mᵢᵢ·4^-kᵢ ∈ [1, 4), for the positive diagonal entries (1 elsewhere). */
function powerScales(m: number[][]): number[] {
  return m.map((r, i) => {
    const d = r[i];
    if (!(d > 0)) return 1;
    const k = Math.floor(Math.log2(d) / 2);
    let s = 2 ** -k;
    // log2 may be off by one near powers of two: bring d·s² into [1, 4).
    while (d * s * s >= 4) s /= 2;
    while (d * s * s < 1) s *= 2;
    return s;
  });
}

/** B = SMS, exactly (powers of two; the entries stay in range: |bᵢⱼ| ≤ 2 unless M is not PSD). */
function balanced(m: number[][], s: number[]): number[][] {
  return m.map((r, i) => r.map((v, j) => v * s[i] * s[j]));
}

/** Cholesky of B − cI in doubles: true when every pivot is positive (no NaN). */
function choleskySucceeds(b: number[][], c: number): boolean {
  const n = b.length;
  const a = b.map((r, i) => r.map((v, j) => (i === j ? v - c : v)));
  for (let k = 0; k < n; k++) {
    let d = a[k][k];
    for (let p = 0; p < k; p++) d -= a[k][p] * a[k][p];
    if (!(d > 0)) return false;
    const r = Math.sqrt(d);
    a[k][k] = r;
    for (let i = k + 1; i < n; i++) {
      let v = a[i][k];
      for (let p = 0; p < k; p++) v -= a[i][p] * a[k][p];
      a[i][k] = v / r;
    }
  }
  return true;
}

/** An upper bound on xᵀBx (computed value plus rounding and entry-error bounds). */
function quadraticUpper(b: number[][], x: number[], rel: number): number {
  const n = b.length;
  let value = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    let rowAbs = 0;
    for (let j = 0; j < n; j++) {
      row += b[i][j] * x[j];
      rowAbs += Math.abs(b[i][j] * x[j]);
    }
    value += x[i] * row;
    abs += Math.abs(x[i]) * rowAbs;
  }
  const bound = (gamma(2 * n + 2) + rel * (1 + 4 * U)) * abs * (1 + 8 * U) + n * n * 2 ** -1000;
  return value + bound;
}

/** The largest |bᵢⱼ| (for the entries' error term). */
function maxAbs(b: number[][]): number {
  let m = 0;
  for (const r of b) for (const v of r) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Proves (or withholds) the PSD verdict of a symmetric matrix of doubles whose entries are within `rel` (relative)
 * of the true values: 0 for doubles read from a file, a few ulps for a product of such matrices.
 */
export function psdDoublesProved(m: number[][], rel = 0): ProvedFloatResult {
  const n = m.length;
  const f = psdFloat(m);
  // Ranks of doubles are proved only for diagonal matrices (their nonzero entries); elsewhere they stay null.
  const provedRank = (r: number): number | null => (f.diagonal ? r : null);
  if (f.verdict === 'not_psd' && f.decidedBy === 'signs') return { ...f, verdict: 'not_psd', rank: provedRank(f.rank) };
  const s = powerScales(m);
  const b = balanced(m, s);
  if (f.verdict === 'not_psd') {
    // The witness in balanced coordinates: x_M = S·y, so yᵀBy = x_Mᵀ M x_M.
    if (f.witness) {
      const y = f.witness.map((v, i) => v / s[i]);
      if (y.every(Number.isFinite) && quadraticUpper(b, y, rel) < 0) return { ...f, verdict: 'not_psd', rank: null };
      // Outside the balanced range (a huge entry beside a zero diagonal): checked in M's own coordinates.
      if (quadraticUpper(m, f.witness, rel) < 0) return { ...f, verdict: 'not_psd', rank: null };
    } else if (f.minor) {
      const [i, j] = f.minor;
      // A negative 2×2 minor: bᵢⱼ² > bᵢᵢbⱼⱼ beyond every rounding.
      const lhs = b[i][j] * b[i][j] * (1 - 4 * U - 2 * rel);
      const rhs = b[i][i] * b[j][j] * (1 + 4 * U + 2 * rel);
      if (lhs > rhs) return { ...f, verdict: 'not_psd', rank: null };
    }
  }
  if (f.diagonal) return { ...f, verdict: f.verdict, rank: f.rank };
  // Positive definite by a shifted Cholesky of the balanced matrix.
  const g = gamma(n + 1);
  const c = 1.01 * ((4 * n * g) / (1 - g) + 4 * U + rel * n * maxAbs(b) * (1 + 4 * U)) + n * (n + 1) * 2 ** -1000;
  if (b.every((r) => r.every(Number.isFinite)) && choleskySucceeds(b, c))
    return { ...f, verdict: 'pd', rank: n, shift: c, tolerance: c, decidedBy: 'eigenvalues' };
  // Doubles cannot decide. Small and exact: the rational LDLᵀ of the doubles' exact values.
  if (rel === 0 && n <= EXACT_ESCALATION) {
    const q = m.map((r) => r.map(exactOfDouble));
    const r = ldltExact(q);
    return { ...f, verdict: r.verdict, rank: r.verdict === 'not_psd' ? null : r.rank, escalated: true };
  }
  return { ...f, verdict: 'undecided', rank: null, bound: c, tolerance: c };
}
