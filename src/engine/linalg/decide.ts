/**
 * Which number kind a matrix computes in, and the driver that runs one algorithm (./domain.ts) until it decides:
 *
 * - `rational`: every entry a Rational: the BigInt fast paths (ldlt.ts, bareiss.ts), not this module.
 * - `symbolic`: rationals, surds and polynomials in one of π or e: enclosures first (64 to 256 bits decide most signs
 *   in microseconds), then the exact polynomial domain for what enclosures cannot settle (a zero). Both are proofs,
 *   so the answer is exact. Past the exact bounds (degree, radicands), on to the certified ladder.
 * - `certified`: anything with a certified entry (or π with e, or a double beside them): enclosures at 64, 128, …
 *   bits up to the cap (≈1,000 digits) and the time budget; what is still open there is `undecided`.
 * - `float`: a large matrix of doubles from a file (see psd-float.ts): doubles with rigorous error bounds.
 */
import type { Matrix } from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import { Certified, precisionLadder, zeroDigits } from '../numbers/certified.js';
import { Interval, NeedPrecision } from '../numbers/interval.js';
import { ExactOverflow, MAX_PRIMES, Surd } from '../numbers/surd.js';
import { LPoly, MixedSymbols, Symbolic, type SymbolName } from '../numbers/symbolic.js';
import type { Scalar } from '../numbers/scalar.js';
import { msLeft } from '../deadline.js';
import { IntervalDomain, PolyDomain, isUndecided, type Undecided } from './domain.js';

export type MatrixKind = 'rational' | 'symbolic' | 'certified' | 'float';

/** Matrices of doubles up to this size are judged with enclosures (cheap); larger ones by doubles with error bounds. */
export const SMALL_FLOAT = 16;

/** The kind of one matrix, or of several judged together (their entries pooled). */
export function matrixKind(...ms: Matrix[]): MatrixKind {
  let hasNumber = false;
  let hasCertified = false;
  let hasSymbolic = false;
  let big = false;
  const syms = new Set<SymbolName>();
  const primes = new Set<bigint>();
  for (const m of ms) {
    if (m.rows > SMALL_FLOAT || m.cols > SMALL_FLOAT) big = true;
    for (const r of m.e)
      for (const x of r) {
        if (typeof x === 'number') hasNumber = true;
        else if (x instanceof Certified) hasCertified = true;
        else if (x instanceof Symbolic) {
          hasSymbolic = true;
          if (x.sym !== 'none') syms.add(x.sym);
          for (const p of x.primes()) primes.add(p);
        }
      }
  }
  if (hasNumber && big && !hasCertified && !hasSymbolic) return 'float';
  if (hasNumber || hasCertified) return 'certified';
  if (!hasSymbolic) return 'rational';
  if (syms.size > 1 || primes.size > MAX_PRIMES) return 'certified';
  return 'symbolic';
}

/** Enclosure of one scalar at p bits. */
export function encloseScalar(x: Scalar, p: number): Interval {
  if (typeof x === 'number') return Interval.fromNumber(x);
  if (x instanceof Rational) return Interval.fromFraction(x.num, x.den, p);
  return x.enclose(p);
}

export function encloseRows(rows: Scalar[][], p: number): Interval[][] {
  return rows.map((r) => r.map((x) => encloseScalar(x, p)));
}

/** Exact rows over one polynomial domain: M·scale with every entry a Laurent polynomial, scale > 0. */
export interface PolyRows {
  dom: PolyDomain;
  a: LPoly[][];
  /** The positive multiplier (an exact value): a = scale·M. */
  scale: Rational | Symbolic;
}

/**
 * The rows as polynomials in one symbol: every e^(1/d) brought to the common d, denominators cleared by their product
 * L (taken with L's sign, so the multiplier is positive and inertia is kept). Throws MixedSymbols for π with e.
 */
export function toPolyRows(rows: (Rational | Symbolic)[][]): PolyRows {
  let sym: SymbolName = 'none';
  let d = 1;
  for (const r of rows)
    for (const x of r)
      if (x instanceof Symbolic && x.sym !== 'none') {
        if (sym !== 'none' && sym !== x.sym) throw new MixedSymbols();
        sym = x.sym;
        if (x.sym === 'e') d = lcm(d, x.d);
      }
  const dom = new PolyDomain(sym, d);
  const parts = rows.map((r) =>
    r.map((x): [LPoly, LPoly] => {
      if (x instanceof Rational) return [x.isZero() ? LPoly.ZERO : LPoly.constant(surdOf(x)), LPoly.ONE];
      const f = x.sym === 'e' ? d / x.d : 1;
      return [x.num.stretch(f), x.den === LPoly.ONE ? LPoly.ONE : x.den.stretch(f)];
    }),
  );
  // The product of the distinct denominators.
  const dens: LPoly[] = [];
  for (const r of parts)
    for (const [, den] of r) if (den !== LPoly.ONE && !dens.some((q) => q.sub(den).isZero())) dens.push(den);
  let L = LPoly.ONE;
  for (const q of dens) L = L.mul(q);
  if (dens.length > 0 && dom.sign(L) < 0) L = L.neg();
  const a = parts.map((r) => r.map(([num, den]) => (den === LPoly.ONE ? num.mul(L) : num.mul(dom.divExact(L, den)))));
  const scale = Symbolic.make(sym, d, L);
  return { dom, a, scale };
}

function surdOf(q: Rational): Surd {
  return Surd.of(q);
}

function gcdInt(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function lcm(a: number, b: number): number {
  return (a / gcdInt(a, b)) * b;
}

/** The exact values of a matrix whose certified entries are all exact leaves (past the digit budget), or null. */
export function unwrapExact(rows: Scalar[][]): (Rational | Symbolic)[][] | null {
  const out: (Rational | Symbolic)[][] = [];
  for (const r of rows) {
    const row: (Rational | Symbolic)[] = [];
    for (const x of r) {
      const v = x instanceof Certified ? x.exactLeaf() : x;
      if (!(v instanceof Rational || v instanceof Symbolic)) return null;
      row.push(v);
    }
    out.push(row);
  }
  return out;
}

/** The outcome of `decide`. */
export type Decision<R> =
  | { decided: true; result: R; exact: boolean; bits: number | null }
  | { decided: false; undecided: Undecided; digits: number; exact: boolean };

/**
 * Runs an algorithm until it decides. `interval(dom, rows)` runs on enclosures at the domain's precision;
 * `exact(rows)` (for symbolic matrices) runs on the exact polynomial rows. A symbolic matrix tries enclosures up to
 * 256 bits, then the exact domain (falling back to the full ladder when the exact bounds are passed); a certified one
 * climbs the ladder to the cap. `rows` are the matrix's entries (of any kinds), pooled by the caller when several
 * matrices take part.
 */
export function decide<R>(
  rows: Scalar[][],
  kind: MatrixKind,
  interval: (dom: IntervalDomain, a: Interval[][]) => R | Undecided,
  exact?: (p: PolyRows) => R,
  options: { exactFirst?: boolean } = {},
): Decision<R> {
  let last: Undecided | null = null;
  let lastBits = 0;
  const tryAt = (p: number): R | null => {
    try {
      const r = interval(new IntervalDomain(p), encloseRows(rows, p));
      if (!isUndecided(r)) return r;
      last = r;
      lastBits = p;
    } catch (e) {
      if (!(e instanceof NeedPrecision)) throw e;
    }
    return null;
  };
  const ladder = precisionLadder();
  let i = 0;
  if (kind === 'symbolic' && exact) {
    for (; !options.exactFirst && i < ladder.length && ladder[i] <= 256; i++) {
      const r = tryAt(ladder[i]);
      if (r !== null) return { decided: true, result: r, exact: true, bits: ladder[i] };
    }
    try {
      const poly = toPolyRows(rows as (Rational | Symbolic)[][]);
      return { decided: true, result: exact(poly), exact: true, bits: null };
    } catch (e) {
      if (!(e instanceof ExactOverflow) && !(e instanceof MixedSymbols)) throw e;
    }
  }
  for (; i < ladder.length; i++) {
    const started = performance.now();
    const r = tryAt(ladder[i]);
    if (r !== null) return { decided: true, result: r, exact: kind === 'symbolic', bits: ladder[i] };
    if (msLeft() < 4 * (performance.now() - started) + 20) break;
  }
  // Past the digit budget the entries are certified leaves holding exact values: when enclosures cannot decide (a
  // zero), the exact domain still can, at the price the budget was avoiding (the command's deadline bounds it).
  if (exact && kind === 'certified') {
    const unwrapped = unwrapExact(rows);
    if (unwrapped)
      try {
        return { decided: true, result: exact(toPolyRows(unwrapped)), exact: true, bits: null };
      } catch (e) {
        if (!(e instanceof ExactOverflow) && !(e instanceof MixedSymbols)) throw e;
      }
  }
  const u: Undecided = last ?? { undecided: true, what: 'a sign', enclosure: null };
  const enc = u.enclosure instanceof Interval ? u.enclosure : null;
  void lastBits;
  return { decided: false, undecided: u, digits: enc ? zeroDigits(enc) : 0, exact: false };
}
