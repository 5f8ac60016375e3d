/**
 * Certified eigenvalue enclosures for symmetric matrices up to SMALL_FLOAT (16×16): evidence shown beside a verdict,
 * proved to contain the eigenvalues, so it can never contradict the verdict.
 *
 * 1. M's entries are enclosed at W + 64 bits and scaled by a power of two so that every |mᵢⱼ| ≤ 1; in fixed point with
 *    W fractional bits they are A_c ± A_r (integers).
 * 2. Eigenvectors X from doubles (symmetricEigen) are refined in fixed point by Ogita and Aishima's iteration
 *    (X ← X + X·E with E from R = I − XᵀX and S = XᵀAX): each step roughly doubles their correct bits. Nothing here
 *    needs to be rigorous; it only makes the bounds below tight.
 * 3. The bounds are exact integer arithmetic: B = XᵀA_cX exactly, its uncertainty |X|ᵀA_r|X| entrywise, and
 *    F = XᵀX exactly. By Weyl, the k-th eigenvalue of B lies within ρ = ‖offdiag(B)‖_F (plus the uncertainty) of the
 *    k-th smallest diagonal entry; by Ostrowski, λ_k(M) = λ_k(B)/θ_k with θ_k ∈ [1 − δ, 1 + δ], δ = ‖F − I‖_F.
 *
 * The result is scaled back: enclosures of any size (no double range), ascending.
 */
import { checkDeadline, msLeft } from '../deadline.js';
import { Interval, compareEnds, isqrtBig } from '../numbers/interval.js';
import { symmetricEigen } from './eigen.js';

/** Matrices up to this size get the refined pass when the first bounds are not sharp. */
const REFINE_UP_TO = 6;

/** Fractional bits of the refined pass. */
const W_REFINED = 220;

function absBig(a: bigint): bigint {
  return a < 0n ? -a : a;
}

/** ⌈√a⌉ for a ≥ 0. */
function sqrtCeil(a: bigint): bigint {
  const r = isqrtBig(a);
  return r * r === a ? r : r + 1n;
}

/** Interval entries → (A_c, A_r) at W fractional bits after dividing by 2^s. */
function fixedPoint(m: Interval[][], s: number, W: number): { c: bigint[][]; r: bigint[][] } {
  const c: bigint[][] = [];
  const r: bigint[][] = [];
  for (const row of m) {
    const cr: bigint[] = [];
    const rr: bigint[] = [];
    for (const x of row) {
      // [lo, hi]·2^(e − s + W): floor of lo, ceil of hi; centre and radius (rounded outward).
      const k = x.e - s + W;
      const lo = k >= 0 ? x.lo << BigInt(k) : x.lo >> BigInt(-k);
      const hi = k >= 0 ? x.hi << BigInt(k) : -(-x.hi >> BigInt(-k));
      const mid = (lo + hi) >> 1n;
      cr.push(mid);
      rr.push(hi - mid > mid - lo ? hi - mid : mid - lo);
    }
    c.push(cr);
    r.push(rr);
  }
  return { c, r };
}

/** C = AᵀB >> shift (fixed point), all n×n. */
function mulT(a: bigint[][], b: bigint[][], shift: bigint): bigint[][] {
  const n = a.length;
  const out: bigint[][] = [];
  for (let i = 0; i < n; i++) {
    const row: bigint[] = new Array(n);
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let k = 0; k < n; k++) s += a[k][i] * b[k][j];
      row[j] = s >> shift;
    }
    out.push(row);
  }
  return out;
}

/** C = AB >> shift. */
function mul(a: bigint[][], b: bigint[][], shift: bigint): bigint[][] {
  const n = a.length;
  const out: bigint[][] = [];
  for (let i = 0; i < n; i++) {
    const row: bigint[] = new Array(n);
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let k = 0; k < n; k++) s += a[i][k] * b[k][j];
      row[j] = s >> shift;
    }
    out.push(row);
  }
  return out;
}

/**
 * One Ogita–Aishima step on X (columns = eigenvectors), in fixed point with W bits: R = I − XᵀX, S = XᵀAX,
 * λ̃ᵢ = sᵢᵢ/(1 − rᵢᵢ), Eᵢⱼ = (sᵢⱼ + λ̃ⱼrᵢⱼ)/(λ̃ⱼ − λ̃ᵢ) off a cluster and rᵢⱼ/2 within one (|λ̃ᵢ − λ̃ⱼ| ≤ ω, ω twice
 * the size of what is left off the diagonal), X ← X + XE.
 */
function refine(a: bigint[][], x: bigint[][], W: number): bigint[][] {
  const n = a.length;
  const w = BigInt(W);
  const one = 1n << w;
  const f = mulT(x, x, w);
  const s = mulT(x, mul(a, x, w), w);
  const lambda = f.map((row, i) => (s[i][i] << w) / (row[i] === 0n ? 1n : row[i]));
  let off = 0n;
  let rmax = 0n;
  let amax = 0n;
  for (let i = 0; i < n; i++) {
    amax = absBig(lambda[i]) > amax ? absBig(lambda[i]) : amax;
    for (let j = 0; j < n; j++) {
      const r = absBig((i === j ? one : 0n) - f[i][j]);
      if (r > rmax) rmax = r;
      if (i !== j && absBig(s[i][j]) > off) off = absBig(s[i][j]);
    }
  }
  const omega = 2n * BigInt(n) * (off + ((amax * rmax) >> w)) + 1n;
  const e: bigint[][] = [];
  for (let i = 0; i < n; i++) {
    const row: bigint[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const r = (i === j ? one : 0n) - f[i][j];
      if (i === j) {
        row[j] = r / 2n;
        continue;
      }
      const d = lambda[j] - lambda[i];
      row[j] = absBig(d) > omega ? ((s[i][j] + ((lambda[j] * r) >> w)) << w) / d : r / 2n;
    }
    e.push(row);
  }
  const xe = mul(x, e, w);
  return x.map((row, i) => row.map((v, j) => v + xe[i][j]));
}

/**
 * The bounds of step 3 for eigenvectors X (fixed point with W bits) of A_c ± A_r: ascending enclosures of the
 * eigenvalues of the scaled matrix, or null when X is too far from orthogonal (δ ≥ 1).
 */
function bounds(c: bigint[][], r: bigint[][], x: bigint[][], W: number): Interval[] | null {
  const n = c.length;
  const b = mulT(x, mul(c, x, 0n), 0n);
  const absX = x.map((row) => row.map(absBig));
  const bu = mulT(absX, mul(r, absX, 0n), 0n);
  const f = mulT(x, x, 0n);
  let rho2 = 0n;
  let delta2 = 0n;
  const one2 = 1n << BigInt(2 * W);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i !== j) {
        const v = absBig(b[i][j]) + bu[i][j];
        rho2 += v * v;
      }
      const g = f[i][j] - (i === j ? one2 : 0n);
      delta2 += g * g;
    }
  const rho = sqrtCeil(rho2); // scale 2^-3W
  const delta = sqrtCeil(delta2); // scale 2^-2W
  if (delta >= one2) return null;
  const lows = b.map((row, i) => row[i] - bu[i][i] - rho).sort(cmpBig);
  const highs = b.map((row, i) => row[i] + bu[i][i] + rho).sort(cmpBig);
  const p = W + 8;
  const theta = Interval.make(one2 - delta, one2 + delta, -2 * W, p);
  return lows.map((lo, k) => Interval.make(lo, highs[k], -3 * W, p).div(theta, p));
}

/** Unit roundoff of doubles, and a factor that covers the rounding of a short computation on nonnegative terms. */
const U = 2 ** -53;
const UP = 1 + 2 ** -40;

/** γ_k = k·u/(1 − k·u): the relative error bound of a k-term sum of products in doubles (Higham). */
function gamma(k: number): number {
  return (k * U) / (1 - k * U);
}

/**
 * Step 3 in doubles, with the rounding of every double operation bounded (Higham's γ): the same Weyl and Ostrowski
 * bounds, valid for the exact XᵀAX although computed in doubles. |X| ≤ 1 and |A| ≤ 1 (scaled), so nothing overflows;
 * the absolute term `tiny` covers underflow. Ascending enclosures of the scaled eigenvalues, or null (δ ≥ 1/2).
 */
function boundsDouble(mid: number[][], rad: number[][], xr: number[][]): Interval[] | null {
  const n = mid.length;
  // xr: eigenvectors as rows; X = xrᵀ (columns).
  const at = (i: number, k: number): number => xr[k][i];
  const ax: number[][] = [];
  const absAx: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    const absRow: number[] = [];
    for (let j = 0; j < n; j++) {
      let sum = 0;
      let abs = 0;
      for (let k = 0; k < n; k++) {
        sum += mid[i][k] * at(k, j);
        abs += (Math.abs(mid[i][k]) + rad[i][k]) * Math.abs(at(k, j));
      }
      row.push(sum);
      absRow.push(abs);
    }
    ax.push(row);
    absAx.push(absRow);
  }
  const tiny = 4 * n * n * 2 ** -1000;
  const g = gamma(2 * n + 2);
  // A_r·|X| once (O(n³)), for the entries' own uncertainty |X|ᵀ·A_r·|X|.
  const rx: number[][] = [];
  for (let k = 0; k < n; k++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      let t = 0;
      for (let l = 0; l < n; l++) t += rad[k][l] * Math.abs(at(l, j));
      row.push(t);
    }
    rx.push(row);
  }
  const b: number[][] = [];
  const err: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    const erow: number[] = [];
    for (let j = 0; j < n; j++) {
      let sum = 0;
      let abs = 0;
      let radTerm = 0;
      for (let k = 0; k < n; k++) {
        const xi = at(k, i);
        sum += xi * ax[k][j];
        abs += Math.abs(xi) * absAx[k][j];
        radTerm += Math.abs(xi) * rx[k][j];
      }
      row.push(sum);
      erow.push((radTerm + g * abs) * UP * UP + tiny);
    }
    b.push(row);
    err.push(erow);
  }
  let rho2 = 0;
  let delta2 = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i !== j) {
        const v = (Math.abs(b[i][j]) + err[i][j]) * UP;
        rho2 += v * v;
      }
      let f = 0;
      let fa = 0;
      for (let k = 0; k < n; k++) {
        f += at(k, i) * at(k, j);
        fa += Math.abs(at(k, i) * at(k, j));
      }
      const dev = Math.abs(f - (i === j ? 1 : 0)) * UP + gamma(n + 2) * fa * UP + tiny;
      delta2 += dev * dev;
    }
  const rho = Math.sqrt(rho2 * UP) * UP + tiny;
  const delta = Math.sqrt(delta2 * UP) * UP + tiny;
  if (!(delta < 0.5) || !Number.isFinite(rho)) return null;
  const lows = b.map((row, i) => (row[i] - err[i][i] - rho) * (1 + (row[i] - err[i][i] - rho < 0 ? 4 * U : -4 * U)));
  const highs = b.map((row, i) => (row[i] + err[i][i] + rho) * (1 + (row[i] + err[i][i] + rho > 0 ? 4 * U : -4 * U)));
  lows.sort((x, y) => x - y);
  highs.sort((x, y) => x - y);
  const p = 64;
  const theta = Interval.fromNumber(1 - delta).hull(Interval.fromNumber(1 + delta), p);
  return lows.map((lo, k) => {
    const l = Interval.fromNumber(lo);
    const h = Interval.fromNumber(highs[k]);
    return l.hull(h, p).div(theta, p);
  });
}

/** The midpoint and a radius (as doubles, the radius rounded up) of x·2^-s. */
function midRadDouble(x: Interval, s: number): [number, number] {
  const { mid, rad } = x.midRad();
  const m = mid.scale2(-s).toNumber();
  const r = rad.isZero() ? 0 : rad.scale2(-s).toNumber();
  return [m, (r * UP + 2 * U * Math.abs(m)) * UP + (m === 0 && mid.isZero() ? 0 : 2 ** -1070)];
}

/**
 * Ascending enclosures of the eigenvalues of the symmetric matrix whose entries are enclosed by `m` (n ≤ 16), or null
 * when they cannot be formed. First from double eigenvectors with bounds computed in doubles (microseconds); where
 * `sharp(iv, k)` says an enclosure is not good enough, the eigenvectors are refined in fixed point and the bounds
 * recomputed exactly (a few milliseconds at 12×12, only with time to spare).
 */
export function eigenEnclosures(
  m: Interval[][],
  sharp: (iv: Interval, k: number) => boolean = () => true,
): Interval[] | null {
  const n = m.length;
  if (n === 0) return [];
  let s = -Infinity;
  for (const row of m) for (const x of row) if (!x.isZero()) s = Math.max(s, Math.ceil(x.log2Mag()));
  if (s === -Infinity) return new Array<Interval>(n).fill(Interval.ZERO);
  const md = m.map((row) => row.map((x) => midRadDouble(x, s)));
  const mid = md.map((row) => row.map(([c]) => c));
  const rad = md.map((row) => row.map(([, r]) => r));
  const { vectors } = symmetricEigen(mid, true);
  if (!vectors) return null;
  let result = boundsDouble(mid, rad, vectors);
  if (result && result.every((iv, k) => sharp(iv.scale2(s), k))) return result.map((iv) => iv.scale2(s));
  // The refinement costs a few milliseconds at 12×12 (BigInt matrix products): for small matrices only, where a
  // tiny eigenvalue beside large ones (10⁻³⁰ beside 1) is worth its digits.
  if (n > REFINE_UP_TO || msLeft() < 300) return result ? result.map((iv) => iv.scale2(s)) : null;
  checkDeadline();
  const fine = fixedPoint(m, s, W_REFINED);
  let x: bigint[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, k) => BigInt(Math.round(vectors[k][i] * 2 ** 52)) << BigInt(W_REFINED - 52)),
  );
  let best = result ? widthScore(result) : Infinity;
  for (let it = 0; it < 3; it++) {
    x = refine(fine.c, x, W_REFINED);
    const next = bounds(fine.c, fine.r, x, W_REFINED);
    if (!next) break;
    const score = widthScore(next);
    // Ogita–Aishima needs a good enough start: when it stops improving (ill-conditioned clusters), stop.
    if (score >= best) break;
    best = score;
    // Both are enclosures of the k-th eigenvalue: keep their intersection (the refined pass loses what lies below
    // its fixed point, 2⁻²²⁰ of the largest entry; the double pass keeps tiny diagonal values).
    result = result ? next.map((iv, k) => intersect(iv, result![k])) : next;
    if (next.every((iv, k) => sharp(iv.scale2(s), k))) break;
    checkDeadline();
  }
  return result ? result.map((iv) => iv.scale2(s)) : null;
}

/** The intersection of two enclosures of one value (they overlap, both containing it). */
function intersect(a: Interval, b: Interval): Interval {
  const lo = compareEnds(a.lo, a.e, b.lo, b.e) >= 0 ? a.lower() : b.lower();
  const hi = compareEnds(a.hi, a.e, b.hi, b.e) <= 0 ? a.upper() : b.upper();
  if (compareEnds(lo.m, lo.e, hi.m, hi.e) > 0) return a;
  const e = Math.min(lo.e, hi.e);
  return Interval.make(lo.m << BigInt(lo.e - e), hi.m << BigInt(hi.e - e), e, 4096);
}

/** The largest log2 width of a list of enclosures. */
function widthScore(ivs: Interval[]): number {
  return Math.max(...ivs.map((iv) => iv.log2Width()));
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
