/**
 * The PSD verdict of one matrix, with its certificate (DESIGN §4): LDLᵀ with symmetric pivoting decides, in the
 * matrix's number kind (linalg/decide.ts): exactly for rationals (BigInt, fraction-free) and for surds and
 * polynomials in π or e (enclosures first, the exact polynomial domain for what they cannot settle), by enclosures
 * refined up to ≈1,000 digits for certified values, and by doubles with rigorous error bounds for large matrices
 * from files. What cannot be decided is `undecided`, in words. Eigenvalues are evidence, shown as certified
 * enclosures combined with what the verdict proves (exact zeros, positivity, a negative value), so they never
 * contradict it.
 */
import type { Eigenvalue, Entry, PsdData, PsdVerdict } from '../data.js';
import { checkDeadline } from '../deadline.js';
import { ldltExact } from '../linalg/ldlt.js';
import { psdTolerance, symmetricEigen } from '../linalg/eigen.js';
import { psdDoublesProved } from '../linalg/psd-doubles.js';
import { eigenEnclosures } from '../linalg/eigen-enclosure.js';
import { enclosureText } from '../numbers/eigen-text.js';
import { currentLocale, t } from '../i18n/index.js';
import {
  decide,
  encloseRows,
  matrixKind,
  SMALL_FLOAT,
  toPolyRows,
  type MatrixKind,
  type PolyRows,
} from '../linalg/decide.js';
import {
  genericLdlt,
  genericRank,
  isUndecided,
  witnessFromTrailing,
  type Domain,
  type GenericLdlt,
} from '../linalg/domain.js';
import {
  isDiagonal,
  isSquare,
  isSymmetricFloat,
  matrixJSON,
  symmetricPart,
  toFloatRowsLossy,
  toRationalRows,
  type Matrix,
} from '../numbers/matrix.js';
import {
  add,
  cleanFloat,
  isZeroScalar,
  mul,
  neg,
  scalarJSON,
  signOf,
  sub,
  toFloat,
  type Scalar,
} from '../numbers/scalar.js';
import { Rational } from '../numbers/rational.js';
import { Certified, CAP_DIGITS } from '../numbers/certified.js';
import { Interval, compareEnds } from '../numbers/interval.js';
import { ExactOverflow } from '../numbers/surd.js';
import { LPoly, Symbolic } from '../numbers/symbolic.js';
import { intervalJSON, intervalText } from '../numbers/decimal.js';

/** Why a verdict is `undecided`: which quantity, and to how many digits it equals 0. */
export interface UndecidedInfo {
  /** "pivot 2 of the LDLᵀ factorization", "entries (1,2) and (2,1)". */
  what: string;
  /** The quantity is 0 to this many digits (|x| < 10^-digits) at the precision cap. */
  digits: number;
  /** Pivots proved positive before it: the rank is at least this. */
  rankAtLeast: number;
  /** The undecided quantity is a symmetry test (then "PSD" is not even defined unless it is 0). */
  symmetry?: boolean;
}

export interface PsdVerdictResult {
  verdict: PsdVerdict;
  rank: number | null;
  /**
   * Ascending eigenvalues, midpoints of their enclosures (0 where known to be exactly 0); null where the enclosure
   * still contains 0 and the eigenvalue is not proved 0 (its midpoint's sign would be a guess). Empty when not square.
   */
  eigenvalues: Eigenvalue[];
  /** Ascending certified enclosures (typed sizes; absent for large floating matrices). */
  eigenEnclosures?: Interval[];
  /** How many of the smallest eigenvalues are exactly 0 (a PSD verdict with an exact rank). */
  exactZeroEigenvalues?: number;
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
  /** The pivots D of the factorization, for the text (exact values, or enclosures). */
  pivots?: Scalar[];
  /** Every decision was exact (rationals, surds, π or e polynomials). */
  exact: boolean;
  /** The number kind the verdict was computed in. */
  kind: MatrixKind;
  undecided?: UndecidedInfo;
  symmetricPart?: { matrix: Matrix; result: PsdVerdictResult };
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
function positiveFirst(x: Scalar[] | undefined): Scalar[] | undefined {
  if (!x) return x;
  const first = x.find((v) => !isZeroScalar(v));
  return first !== undefined && signOf(first) === -1 ? x.map(neg) : x;
}

/** xᵀMx in the matrix's own arithmetic (exact for exact kinds, a certified value otherwise). */
export function quadratic(m: Matrix, x: Scalar[]): Scalar {
  let s: Scalar = Rational.ZERO;
  for (let i = 0; i < m.rows; i++) {
    if (isZeroScalar(x[i])) continue;
    let row: Scalar = Rational.ZERO;
    for (let j = 0; j < m.cols; j++) if (!isZeroScalar(x[j])) row = add(row, mul(m.e[i][j], x[j]));
    s = add(s, mul(x[i], row));
  }
  return s;
}

/**
 * The simplest certificates of "not PSD", when one exists: a negative diagonal entry (x = eᵢ) or a 2×2 principal
 * block with mᵢᵢ + mⱼⱼ < 2|mᵢⱼ| (x = eᵢ ∓ eⱼ). A student checks these by eye, so they are preferred to LDLᵀ's
 * witness; the most negative xᵀMx among them is returned. Signs are exact, or refined (an undecided one is skipped).
 */
function simpleWitness(m: Matrix): { witness: Scalar[]; value: Scalar } | undefined {
  const n = m.rows;
  let best: { i: number; j: number; s: number; value: Scalar; size: number } | undefined;
  const consider = (i: number, j: number, s: number, value: Scalar): void => {
    if (signOf(value) !== -1) return;
    const size = toFloat(value);
    if (!best || size < best.size) best = { i, j, s, value, size };
  };
  for (let i = 0; i < n; i++) {
    consider(i, -1, 0, m.e[i][i]);
    for (let j = i + 1; j < n; j++) {
      const sij = signOf(m.e[i][j]);
      if (sij === null || sij === 0) continue;
      // x = eᵢ + s·eⱼ with s = −sign(mᵢⱼ): xᵀMx = mᵢᵢ + mⱼⱼ − 2|mᵢⱼ|
      const s = sij > 0 ? -1 : 1;
      const abs = s < 0 ? m.e[i][j] : neg(m.e[i][j]);
      consider(i, j, s, sub(sub(add(m.e[i][i], m.e[j][j]), abs), abs));
    }
  }
  if (!best) return undefined;
  const x: Scalar[] = Array.from({ length: n }, () => Rational.ZERO);
  x[best.i] = Rational.ONE;
  if (best.j >= 0) x[best.j] = Rational.int(best.s);
  return { witness: x, value: best.value };
}

/** Symmetry: decided exactly for exact kinds; certified pairs are equal when they are the same expression. */
function symmetry(m: Matrix): { symmetric: boolean } | { undecided: UndecidedInfo } {
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < i; j++) {
      const x = m.e[i][j];
      const y = m.e[j][i];
      if (x === y) continue;
      if (x instanceof Rational && y instanceof Rational) {
        if (!x.equals(y)) return { symmetric: false };
        continue;
      }
      if (typeof x === 'number' && typeof y === 'number') {
        if (x !== y) return { symmetric: false };
        continue;
      }
      if (x instanceof Certified && y instanceof Certified && x.sameAs(y)) continue;
      const d = sub(x, y);
      const s = signOf(d);
      if (s === 0) continue;
      if (s === null) {
        const digits = d instanceof Certified ? zeroDigitsOf(d) : 0;
        return {
          undecided: {
            what: `entries (${j + 1},${i + 1}) and (${i + 1},${j + 1})`,
            digits,
            rankAtLeast: 0,
            symmetry: true,
          },
        };
      }
      return { symmetric: false };
    }
  return { symmetric: true };
}

function zeroDigitsOf(c: Certified): number {
  try {
    const iv = c.refined(8);
    return Math.max(0, Math.floor(-iv.log2Mag() * Math.log10(2)));
  } catch {
    return 0;
  }
}

/** The verdict pieces computed inside one domain run. */
interface Run {
  verdict: 'pd' | 'psd' | 'not_psd';
  rank: number;
  perm: number[];
  pivots: Scalar[];
  L: Scalar[][];
  /** not_psd: the LDLᵀ witness direction as doubles (for a short rational witness), as exact dyadic midpoints of
   * its enclosures, and as exact values (polynomial domain). */
  witnessDoubles?: number[];
  witnessDyadic?: Rational[];
  witnessExact?: Scalar[];
}

/** Pieces of an interval-domain LDLᵀ as scalars (enclosures). */
function fromIntervalRun(dom: Domain<Interval>, r: GenericLdlt<Interval>): Run {
  const n = r.a.length;
  const pivots: Scalar[] = [];
  for (let j = 0; j < n; j++)
    pivots.push(
      j < r.rank
        ? Certified.ofInterval(j === 0 ? r.a[0][0] : dom.divExact(r.a[j][j], r.a[j - 1][j - 1]))
        : Rational.ZERO,
    );
  const L = lowerOf(n, r.rank, (i, j) => Certified.ofInterval(dom.divExact(r.a[i][j], r.a[j][j])));
  const out: Run = { verdict: r.verdict, rank: r.rank, perm: r.perm, pivots, L };
  if (r.verdict === 'not_psd') {
    const x = witnessFromTrailing(dom, r);
    out.witnessDoubles = x.map((v) => v.toNumber());
    out.witnessDyadic = x.map((v) => {
      const { mid } = v.midRad();
      return mid.e >= 0 ? Rational.of(mid.lo << BigInt(mid.e)) : Rational.of(mid.lo, 1n << BigInt(-mid.e));
    });
  }
  return out;
}

function lowerOf(n: number, rank: number, f: (i: number, j: number) => Scalar): Scalar[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j): Scalar => (j < rank && i > j ? f(i, j) : i === j ? Rational.ONE : Rational.ZERO)),
  );
}

/** Pieces of an exact polynomial-domain LDLᵀ: pivots and L as exact values where they stay within bounds. */
function fromPolyRun(poly: PolyRows, r: GenericLdlt<LPoly>): Run {
  const { dom, scale } = poly;
  const n = r.a.length;
  const S = (p: LPoly): Rational | Symbolic => Symbolic.make(dom.sym, dom.d, p);
  const exactOr = (f: () => Scalar, fallback: () => Interval): Scalar => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof ExactOverflow)) throw e;
      return Certified.ofInterval(fallback());
    }
  };
  const enc = (p: LPoly): Interval => dom.enclose(p, 96);
  const pivots: Scalar[] = [];
  for (let j = 0; j < n; j++) {
    if (j >= r.rank) {
      pivots.push(Rational.ZERO);
      continue;
    }
    pivots.push(
      exactOr(
        () => Symbolic.div(j === 0 ? S(r.a[0][0]) : Symbolic.div(S(r.a[j][j]), S(r.a[j - 1][j - 1])), scale),
        () => {
          const v = j === 0 ? enc(r.a[0][0]) : enc(r.a[j][j]).div(enc(r.a[j - 1][j - 1]), 96);
          return v.div(
            scale instanceof Rational ? Interval.fromFraction(scale.num, scale.den, 96) : scale.enclose(96),
            96,
          );
        },
      ),
    );
  }
  const small = n <= 6;
  const L = lowerOf(n, r.rank, (i, j) =>
    small
      ? exactOr(
          () => Symbolic.div(S(r.a[i][j]), S(r.a[j][j])),
          () => enc(r.a[i][j]).div(enc(r.a[j][j]), 96),
        )
      : Certified.ofInterval(enc(r.a[i][j]).div(enc(r.a[j][j]), 96)),
  );
  const out: Run = { verdict: r.verdict, rank: r.rank, perm: r.perm, pivots, L };
  if (r.verdict === 'not_psd') {
    const x = witnessFromTrailing(dom, r);
    out.witnessExact = x.map(S);
    out.witnessDoubles = x.map((p) => enc(p).toNumber());
  }
  return out;
}

/** A short rational vector along `v` (k significant digits of v/max|v|). */
function rationalDirection(v: number[], k: number): Rational[] | null {
  const max = Math.max(...v.map((x) => Math.abs(x)));
  if (!Number.isFinite(max) || max === 0) return null;
  const scale = 10 ** k;
  return v.map((x) => Rational.of(BigInt(Math.round((x / max) * scale)), BigInt(scale)));
}

/** A certified LDLᵀ witness as a short rational vector whose xᵀMx < 0 is proved; else the exact one. */
function ldltWitness(m: Matrix, run: Run): { witness: Scalar[]; value: Scalar } | undefined {
  for (const k of [2, 4, 8, 15]) {
    const x = run.witnessDoubles && rationalDirection(run.witnessDoubles, k);
    if (!x) break;
    const g = x.reduce((acc, r) => gcdBig(acc, r.num), 0n);
    const scaled = x.map((r) => Rational.of(r.num / (g === 0n ? 1n : g), 1n));
    const value = quadratic(m, scaled);
    if (signOf(value) === -1) return { witness: scaled, value };
  }
  for (const x of [run.witnessDyadic, run.witnessExact]) {
    if (!x) continue;
    const value = quadratic(m, x);
    if (signOf(value) === -1) return { witness: x, value };
  }
  return undefined;
}

function gcdBig(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The certificate data (perm, L, D) of a run. */
function factorizationOf(run: Run): PsdData['factorization'] {
  return {
    perm: run.perm,
    L: run.L.map((row) => row.map((x) => scalarJSON(x) as Entry)),
    D: run.pivots.map((x) => scalarJSON(x) as Entry),
  };
}

/** Verdicts of symbolic and certified matrices (and small ones of doubles): the generic path. */
function genericVerdict(m: Matrix, kind: MatrixKind): PsdVerdictResult {
  const n = m.rows;
  const mag = (x: Interval): number => x.log2Mag();
  const exactRun = (poly: PolyRows): Run => fromPolyRun(poly, genericLdlt(poly.dom, poly.a) as GenericLdlt<LPoly>);
  // Small exact matrices go to the exact domain first: their pivots and witness are then exact values too.
  const d = decide<Run>(
    m.e,
    kind,
    (dom, a) => {
      const r = genericLdlt(dom, a, { largest: true, magnitude: mag });
      return isUndecided(r) ? r : fromIntervalRun(dom, r);
    },
    exactRun,
    { exactFirst: kind === 'symbolic' && n <= 6 },
  );
  if (!d.decided) {
    const rankAtLeast = /pivot (\d+)/.exec(d.undecided.what);
    const result: PsdVerdictResult = {
      verdict: 'undecided',
      rank: null,
      eigenvalues: [],
      exact: false,
      kind,
      undecided: {
        what: d.undecided.what,
        digits: d.digits,
        rankAtLeast: rankAtLeast ? Number(rankAtLeast[1]) - 1 : 0,
      },
    };
    return withEvidence(m, result);
  }
  const run = d.result;
  const result: PsdVerdictResult = { verdict: run.verdict, rank: run.rank, eigenvalues: [], exact: d.exact, kind };
  if (run.verdict === 'not_psd') {
    let w = simpleWitness(m) ?? ldltWitness(m, run);
    if (!w && kind === 'symbolic' && !run.witnessExact) {
      // Decided by enclosures, but no short witness proves it: the exact factorization's own.
      try {
        w = ldltWitness(m, exactRun(toPolyRows(m.e as (Rational | Symbolic)[][])));
      } catch (e) {
        if (!(e instanceof ExactOverflow)) throw e;
      }
    }
    if (w) {
      result.witness = positiveFirst(w.witness);
      result.witnessValue = w.value;
    }
    const rank = decide<number>(
      m.e,
      kind,
      (dom, a) => genericRank(dom, a),
      (poly) => genericRank(poly.dom, poly.a) as number,
    );
    result.rank = rank.decided ? rank.result : null;
  } else {
    result.pivots = run.pivots;
    result.factorization = factorizationOf(run);
  }
  void n;
  return withEvidence(m, result);
}

/**
 * The eigenvalue evidence: certified enclosures (typed sizes) combined with what the verdict proves: for psd with an
 * exact rank the n − rank smallest are exactly 0; for pd and psd the others are > 0; for not_psd the smallest is at
 * most xᵀMx/xᵀx < 0. Midpoints go to `eigenvalues`.
 */
function withEvidence(m: Matrix, r: PsdVerdictResult): PsdVerdictResult {
  const n = m.rows;
  r.eigenvaluesAreEntries = isDiagonal(m);
  if (n > SMALL_FLOAT) return r;
  let enclosures: Interval[] | null = null;
  try {
    if (r.eigenvaluesAreEntries) {
      // A diagonal matrix's eigenvalues are its entries: their own enclosures, to 64 relative bits.
      enclosures = m.e.map((row, i) => relativeEnclosure(row[i])).sort((x, y) => compareMid(x, y));
      return finishEvidence(m, r, enclosures);
    }
    // Enough bits for the first (double) pass; small matrices, which may get the refined pass, get more.
    const rows = encloseRows(m.e, n <= 6 ? 256 : 96);
    const proves = (iv: Interval): boolean => {
      if (iv.isZero()) return true;
      const t = intervalText(iv, 3);
      return t !== null && t.replace(/^-?0?\.?0*/, '').replace(/[.e].*$/, '').length >= 2;
    };
    enclosures = eigenEnclosures(rows, proves);
  } catch (e) {
    if (!(e instanceof Error && (e.name === 'NeedPrecision' || e.name === 'RangeError'))) throw e;
  }
  if (!enclosures) return r;
  return finishEvidence(m, r, enclosures);
}

/** An enclosure of a scalar good to about 64 relative bits (any size). */
function relativeEnclosure(x: Scalar): Interval {
  if (x instanceof Certified) return x.refined(64);
  for (let p = 96; ; p *= 2) {
    const iv = encloseRows([[x]], p)[0][0];
    if (iv.isZero() || iv.log2Mag() - iv.log2Width() >= 64 || p >= 4096) return iv;
  }
}

function compareMid(a: Interval, b: Interval): number {
  const s = a.sub(b, 64).sign();
  return s === null ? a.toNumber() - b.toNumber() : s;
}

/** The enclosures combined with what the verdict proves, into `r`. */
function finishEvidence(m: Matrix, r: PsdVerdictResult, enclosures: Interval[]): PsdVerdictResult {
  const n = m.rows;
  // An exact rank says exactly how many eigenvalues are 0 (whatever the verdict): those whose enclosures contain 0,
  // nearest 0 first.
  const zeros = r.exact && r.rank !== null ? n - r.rank : 0;
  const upper = r.verdict === 'not_psd' && r.witness && r.witnessValue !== undefined ? rayleighUpper(r) : null;
  // Not PSD: the smallest eigenvalue is at most xᵀMx/xᵀx < 0, so it is not one of the zeros.
  const base = enclosures.map((iv, k) => (k === 0 && upper ? clampAbove(iv, upper) : iv));
  const zeroSet = new Set(
    base
      .map((iv, k) => ({ k, mag: iv.containsZero() ? iv.log2Mag() : Infinity }))
      .sort((x, y) => x.mag - y.mag)
      .slice(0, zeros)
      .map((z) => z.k),
  );
  const fixed = base
    .map((iv, k) => (zeroSet.has(k) ? Interval.ZERO : r.verdict === 'pd' || r.verdict === 'psd' ? clampBelow(iv) : iv))
    .sort(compareMid);
  r.eigenEnclosures = fixed;
  r.exactZeroEigenvalues = zeros;
  // data.eigenvalues are doubles: when a midpoint is beyond their range (or a nonzero one below it) they are left out,
  // and the enclosures (any size) stay.
  // An enclosure around 0 (not proved 0) has no midpoint worth showing: its sign would be a guess (the oracle found
  // −9.7e111 for a positive eigenvalue of a matrix scaled to 1e216); it is null, the text's ≈0 (|λ| < 10⁻ᵏ).
  const mids = fixed.map((iv) => (iv.isZero() ? 0 : iv.containsZero() ? null : iv.toNumber()));
  const representable = mids.every((v, k) => v === null || (Number.isFinite(v) && (v !== 0 || fixed[k].isZero())));
  r.eigenvalues = representable ? mids.map((v) => (v === null ? null : cleanFloat(v))) : [];
  return r;
}

/** [max(lo, 0), hi] (an eigenvalue proved ≥ 0). */
function clampBelow(iv: Interval): Interval {
  if (iv.lo >= 0n) return iv;
  if (iv.hi <= 0n) return Interval.ZERO;
  return Interval.make(0n, iv.hi, iv.e, 4096);
}

/** [lo, min(hi, u.hi)]: the smallest eigenvalue is at most the Rayleigh quotient u of the witness. */
function clampAbove(iv: Interval, u: Interval): Interval {
  if (compareEnds(u.hi, u.e, iv.hi, iv.e) >= 0) return iv;
  const e = Math.min(iv.e, u.e);
  return Interval.make(iv.lo << BigInt(iv.e - e), u.hi << BigInt(u.e - e), e, 4096);
}

/** An enclosure of xᵀMx/xᵀx for the witness (an upper bound of the smallest eigenvalue). */
function rayleighUpper(r: PsdVerdictResult): Interval | null {
  try {
    const value = r.witnessValue!;
    const x = r.witness!;
    const norm = x.reduce<Scalar>((s, v) => add(s, mul(v, v)), Rational.ZERO);
    const q = value instanceof Certified ? value.refined(40) : encloseRows([[value]], 96)[0][0];
    const nrm = encloseRows([[norm]], 96)[0][0];
    return q.div(nrm, 96);
  } catch {
    return null;
  }
}

/**
 * Decides whether `m` is positive (semi)definite.
 * @example psdVerdict(parse('[[1,2],[2,1]]')) // { verdict: 'not_psd', witness: [1,-1], witnessValue: -2, … }
 */
export function psdVerdict(m: Matrix, options: { symmetricPart?: boolean } = {}): PsdVerdictResult {
  const kind = matrixKind(m);
  if (!isSquare(m)) return { verdict: 'not_square', rank: null, eigenvalues: [], exact: kind !== 'certified', kind };
  const sym = kind === 'float' ? { symmetric: isSymmetricFloat(toFloatRowsLossy(m)) } : symmetry(m);
  if ('undecided' in sym)
    return { verdict: 'undecided', rank: null, eigenvalues: [], exact: false, kind, undecided: sym.undecided };
  if (!sym.symmetric) {
    if (options.symmetricPart === false)
      return { verdict: 'not_symmetric', rank: null, eigenvalues: [], exact: kind !== 'certified', kind };
    const part = symmetricPart(m);
    return {
      verdict: 'not_symmetric',
      rank: null,
      eigenvalues: [],
      exact: kind !== 'certified',
      kind,
      symmetricPart: { matrix: part, result: psdVerdict(part) },
    };
  }
  if (kind === 'rational') return rationalVerdict(m);
  if (kind === 'float') return floatVerdict(m);
  return genericVerdict(m, kind);
}

/** Rational input: the BigInt fraction-free LDLᵀ, exact rank, simplest witness. */
function rationalVerdict(m: Matrix): PsdVerdictResult {
  const q = toRationalRows(m);
  const r = ldltExact(q);
  // LDLᵀ stops at the first proof of "not PSD"; the rank then comes from elimination.
  const rank = r.verdict === 'not_psd' ? exactRank(q) : r.rank;
  const simple = r.verdict === 'not_psd' ? simpleWitness(m) : undefined;
  const result: PsdVerdictResult = {
    verdict: r.verdict,
    rank,
    eigenvalues: [],
    exact: true,
    kind: 'rational',
    witness: simple ? simple.witness : positiveFirst(r.witness),
    witnessValue: simple ? simple.value : r.witnessValue,
    pivots: r.verdict === 'not_psd' ? undefined : r.D,
    factorization:
      r.verdict === 'not_psd'
        ? undefined
        : { perm: r.perm, L: r.L.map((row) => row.map((x) => x.toJSON())), D: r.D.map((x) => x.toJSON()) },
  };
  return withEvidence(m, result);
}

/**
 * Large matrices of doubles (files): verdicts proved with doubles and rigorous rounding bounds (psd-doubles.ts), or
 * undecided; eigenvalues in doubles as evidence, never contradicting the verdict (a positive definite matrix shows no
 * negative eigenvalue, a proved singular one exactly n − rank zeros).
 */
function floatVerdict(m: Matrix): PsdVerdictResult {
  const rows = toFloatRowsLossy(m);
  const f = psdDoublesProved(rows, m.relError ?? 0);
  const values = Array.from(symmetricEigen(rows, false).values);
  const tol = psdTolerance(rows);
  const zeros = f.verdict === 'psd' && f.rank !== null ? rows.length - f.rank : 0;
  const eigenvalues = values.map((x, k) =>
    k < zeros
      ? 0
      : (f.verdict === 'pd' || f.verdict === 'psd') && x <= tol
        ? 0
        : Math.abs(x) <= tol
          ? 0
          : cleanFloat(x),
  );
  const result: PsdVerdictResult = {
    verdict: f.verdict,
    rank: f.rank,
    eigenvalues,
    exact: f.escalated === true,
    kind: 'float',
    eigenvaluesAreEntries: f.diagonal,
    decidedBy: f.decidedBy,
    balancedEigenvalues: f.balancedEigenvalues.map((v) => (Math.abs(v) <= f.tolerance ? 0 : cleanFloat(v))),
    witness: f.verdict === 'not_psd' ? f.witness : undefined,
    witnessValue: f.verdict === 'not_psd' ? f.witnessValue : undefined,
    minor: f.verdict === 'not_psd' ? f.minor : undefined,
    tolerance: f.decidedBy === 'eigenvalues' ? f.tolerance : undefined,
  };
  if (f.verdict === 'undecided')
    result.undecided = {
      what: 'the smallest eigenvalue of the balanced matrix',
      digits: Math.max(0, Math.floor(-Math.log10(f.bound ?? 1))),
      rankAtLeast: 0,
    };
  return result;
}

export function isPsd(v: PsdVerdict | null): boolean {
  return v === 'pd' || v === 'psd';
}

/** The eigenvalue enclosures in words, as the text shows them (`[]` without enclosures). */
export function eigenvalueLabels(r: PsdVerdictResult): string[] {
  const zeros = r.exactZeroEigenvalues ?? 0;
  return (r.eigenEnclosures ?? []).map((iv) => enclosureText(iv, zeros > 0 && iv.isZero(), 4, isPsd(r.verdict)));
}

/** JSON of an enclosure's ends. */
function enclosureJSON(iv: Interval): [Entry, Entry] {
  const lo = Interval.point(iv.lo, iv.e);
  const hi = Interval.point(iv.hi, iv.e);
  return [intervalJSON(lo), intervalJSON(hi)];
}

/** The `data` form of a verdict. */
export function psdData(m: Matrix, label: string, r: PsdVerdictResult): PsdData {
  const d: PsdData = {
    verdict: r.verdict,
    matrix: matrixJSON(m),
    label,
    eigenvalues: r.eigenvalues,
    rank: r.rank,
    exact: r.exact,
  };
  if (r.eigenEnclosures) {
    d.eigenvalueEnclosures = r.eigenEnclosures.map(enclosureJSON);
    d.eigenvalueLabels = eigenvalueLabels(r);
  }
  if (r.witness) d.witness = r.witness.map(scalarJSON) as Entry[];
  if (r.witnessValue !== undefined) d.witnessValue = scalarJSON(r.witnessValue);
  if (r.factorization) d.factorization = r.factorization;
  if (r.tolerance !== undefined) d.tolerance = r.tolerance;
  if (r.balancedEigenvalues) d.balancedEigenvalues = r.balancedEigenvalues;
  if (r.minor) d.minor = [r.minor[0] + 1, r.minor[1] + 1];
  if (r.decidedBy) d.decidedBy = r.decidedBy;
  if (r.eigenvaluesAreEntries) d.eigenvaluesAreEntries = true;
  if (r.kind === 'certified' && !r.exact) d.certified = true;
  if (r.undecided) d.undecided = { ...r.undecided };
  if (r.symmetricPart) {
    const s = r.symmetricPart.result;
    d.symmetricPart = {
      matrix: matrixJSON(r.symmetricPart.matrix),
      verdict: s.verdict as 'pd' | 'psd' | 'not_psd' | 'undecided',
      eigenvalues: s.eigenvalues,
    };
  }
  return d;
}

/** Human words for a verdict. */
export function verdictWords(v: PsdVerdict | null, rank?: number | null): string {
  switch (v) {
    case 'pd':
      return t('verdict.pd');
    case 'psd':
      return t('verdict.psd', { rank: String(rank) });
    case 'not_psd':
      return t('verdict.not_psd');
    case 'not_symmetric':
      return t('verdict.not_symmetric');
    case 'not_square':
      return t('verdict.not_square');
    case 'undecided':
      return t('verdict.undecided');
    default:
      return t('verdict.none');
  }
}

/** A count of digits in a sentence: `1,000` in English (as it always read), plain `1000` in the other languages. */
export function digitsText(n: number): string {
  return currentLocale() === 'en' || currentLocale() === 'qps' ? n.toLocaleString('en-US') : String(n);
}

/**
 * The undecided quantity (`UndecidedInfo.what`, English in `data`) in the answer's language: each form the engine
 * writes has its message; an unknown one stays as it is in English and is "a quantity" elsewhere.
 */
export function undecidedWhat(what: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^pivot (\d+) of the LDLᵀ factorization$/.exec(what))) return t('psd.what.pivot', { k: m[1] });
  if ((m = /^an off-diagonal entry of the Schur complement after (\d+) pivots$/.exec(what)))
    return t('psd.what.schurComplement', { k: m[1] });
  if ((m = /^entries \((\d+),(\d+)\) and \((\d+),(\d+)\)$/.exec(what)) && m[1] === m[4] && m[2] === m[3])
    return t('psd.what.entries', { i: m[1], j: m[2] });
  if (what === 'a pivot of the determinant') return t('psd.what.detPivot');
  if (what === 'the rank') return t('psd.what.rank');
  if (what === 'a sign') return t('psd.what.sign');
  if (what === 'the smallest eigenvalue of the balanced matrix') return t('psd.what.balanced');
  return currentLocale() === 'en' ? what : t('psd.what.quantity');
}

/** The words of an undecided verdict: what is equal to 0 to how many digits, and what would follow either way. */
export function undecidedWords(label: string, u: UndecidedInfo): string {
  const digits = digitsText(Math.min(u.digits, CAP_DIGITS));
  const what = undecidedWhat(u.what);
  if (u.symmetry) return t('psd.undecidedWordsSymmetry', { what, label, digits });
  return t('psd.undecidedWords', { what, label, digits, rank: String(u.rankAtLeast) });
}

export function verdictSymbol(v: PsdVerdict | null): string {
  return v === 'pd' ? '≻ 0' : v === 'psd' ? '⪰ 0' : v === 'not_psd' ? '⋡ 0' : v === 'undecided' ? '?' : '—';
}
