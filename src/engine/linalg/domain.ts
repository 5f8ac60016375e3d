/**
 * One code path for the exact-or-certified algorithms (DESIGN §4): LDLᵀ with symmetric pivoting, determinants and
 * rank, written once over a Domain — a ring whose `sign` is exact for the exact kinds and may answer null
 * ("not decided at this precision") for enclosures. Two domains serve them:
 *
 * - PolyDomain: Laurent polynomials in T (π or e^(1/d)) with surd coefficients, an integral domain where the
 *   fraction-free (Bareiss) divisions are exact polynomial divisions; every zero test is exact, every sign refined.
 * - IntervalDomain(p): enclosures at p bits; a sign is null while 0 is inside, and the caller retries at 2p.
 *
 * Rationals keep their own BigInt code (ldlt.ts, bareiss.ts): the same algorithm, fraction-free on integers, fastest.
 */
import { checkDeadline } from '../deadline.js';
import { Interval, NeedPrecision, expInterval, piInterval } from '../numbers/interval.js';
import { LPoly, type SymbolName } from '../numbers/symbolic.js';

/** The ring an algorithm runs over. */
export interface Domain<T> {
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  neg(a: T): T;
  /** a / b where the algorithm knows b divides a (fraction-free steps); a plain quotient for enclosures. */
  divExact(a: T, b: T): T;
  /** −1, 0, 1, or null when this domain cannot decide it (an enclosure still containing 0). */
  sign(a: T): -1 | 0 | 1 | null;
}

/** Enclosures at a fixed precision. */
export class IntervalDomain implements Domain<Interval> {
  readonly zero = Interval.ZERO;
  readonly one = Interval.ONE;
  constructor(readonly p: number) {}
  add(a: Interval, b: Interval): Interval {
    return a.add(b, this.p);
  }
  sub(a: Interval, b: Interval): Interval {
    return a.sub(b, this.p);
  }
  mul(a: Interval, b: Interval): Interval {
    return a.mul(b, this.p);
  }
  neg(a: Interval): Interval {
    return a.neg();
  }
  divExact(a: Interval, b: Interval): Interval {
    return a.div(b, this.p);
  }
  sign(a: Interval): -1 | 0 | 1 | null {
    return a.sign();
  }
}

/** Laurent polynomials in one transcendental with surd coefficients: exact. */
export class PolyDomain implements Domain<LPoly> {
  readonly zero = LPoly.ZERO;
  readonly one = LPoly.ONE;
  constructor(
    readonly sym: SymbolName,
    readonly d: number,
  ) {}
  add(a: LPoly, b: LPoly): LPoly {
    return a.add(b);
  }
  sub(a: LPoly, b: LPoly): LPoly {
    return a.sub(b);
  }
  mul(a: LPoly, b: LPoly): LPoly {
    return a.mul(b);
  }
  neg(a: LPoly): LPoly {
    return a.neg();
  }
  divExact(a: LPoly, b: LPoly): LPoly {
    const q = a.divExact(b);
    if (!q) throw new Error('PolyDomain.divExact: not an exact division (a bug)');
    return q;
  }
  /** The exact sign: 0 for the zero polynomial, else P(T) enclosed at increasing precision until it excludes 0. */
  sign(a: LPoly): -1 | 0 | 1 {
    if (a.isZero()) return 0;
    const c = a.constantValue();
    if (c) return c.sign();
    for (let p = 64; ; p *= 2) {
      try {
        const s = this.enclose(a, p).sign();
        if (s === 1 || s === -1) return s;
      } catch (e) {
        if (!(e instanceof NeedPrecision)) throw e;
      }
      checkDeadline();
    }
  }
  /** P(T) enclosed at p bits. */
  enclose(a: LPoly, p: number): Interval {
    const t =
      this.sym === 'pi'
        ? piInterval(p + 16)
        : this.sym === 'e'
          ? expInterval(Interval.fromFraction(1n, BigInt(this.d), p + 24), p + 16)
          : Interval.ONE;
    let inv: Interval | null = null;
    return a.enclose(t, () => (inv ??= t.inv(p + 16)), p + 8);
  }
}

/** A decision this domain could not make: which quantity, for the caller's message and retry. */
export interface Undecided {
  undecided: true;
  /** What was undecided, e.g. "the pivot at row 2" or "entry (1,2) of the Schur complement". */
  what: string;
  /** The enclosure that still contained 0 (null for exact domains, which never stop here). */
  enclosure: unknown;
}

export function isUndecided<R>(r: R | Undecided): r is Undecided {
  return typeof r === 'object' && r !== null && (r as Undecided).undecided === true;
}

export interface GenericLdlt<T> {
  verdict: 'pd' | 'psd' | 'not_psd';
  /** Positive pivots found (for not_psd: before the proof). */
  rank: number;
  /** Row i of PMPᵀ is row perm[i] of M. */
  perm: number[];
  /** The fraction-free array: a[j][j] is the leading principal minor of order j+1 of PMPᵀ (times the scale). */
  a: T[][];
  /** For not_psd: y on the trailing block (permuted positions) with yᵀSy < 0. */
  y?: Map<number, number>;
}

/**
 * Fraction-free LDLᵀ with symmetric pivoting over a domain (the algorithm of ldltExact, generic): after k steps the
 * trailing entries are det(leading k×k)·S_ij with det > 0, so their signs are S's. A negative diagonal entry, or a
 * nonzero off-diagonal entry over an all-zero diagonal, proves "not PSD"; a zero Schur complement ends with rank k.
 * Pivot choice: `largest` takes the largest positive diagonal entry (stable for enclosures), else the first positive
 * one (the easiest factorization to read, as ldltExact).
 */
export function genericLdlt<T>(
  dom: Domain<T>,
  m: T[][],
  options: { largest?: boolean; magnitude?: (x: T) => number } = {},
): GenericLdlt<T> | Undecided {
  const n = m.length;
  const a = m.map((r) => r.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  let prev = dom.one;
  for (let k = 0; k < n; k++) {
    checkDeadline();
    let pivot = -1;
    let pivotSize = -Infinity;
    let open: number | null = null;
    for (let i = k; i < n; i++) {
      const s = dom.sign(a[i][i]);
      if (s === -1) return { verdict: 'not_psd', rank: k, perm, a, y: new Map([[i, 1]]) };
      if (s === null) open ??= i;
      else if (s === 1) {
        const size = options.largest && options.magnitude ? options.magnitude(a[i][i]) : 0;
        if (pivot < 0 || (options.largest && size > pivotSize)) {
          pivot = i;
          pivotSize = size;
        }
      }
    }
    if (open !== null && pivot < 0)
      return { undecided: true, what: `pivot ${k + 1} of the LDLᵀ factorization`, enclosure: a[open][open] };
    if (pivot < 0) {
      // Every diagonal entry is exactly 0: any nonzero off-diagonal entry proves "not PSD".
      let openOff: [number, number] | null = null;
      for (let i = k; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const s = dom.sign(a[i][j]);
          if (s === null) openOff ??= [i, j];
          else if (s !== 0)
            return {
              verdict: 'not_psd',
              rank: k,
              perm,
              a,
              y: new Map([
                [i, 1],
                [j, -s],
              ]),
            };
        }
      if (openOff)
        return {
          undecided: true,
          what: `an off-diagonal entry of the Schur complement after ${k} pivots`,
          enclosure: a[openOff[0]][openOff[1]],
        };
      return { verdict: 'psd', rank: k, perm, a };
    }
    // A positive pivot while another diagonal entry is still open: the open one is decided at a later step (or the
    // run ends undecided there), since pivoting only moves it.
    swap(a, perm, k, pivot);
    const p = a[k][k];
    const rowK = a[k];
    for (let i = k + 1; i < n; i++) {
      const rowI = a[i];
      const aik = rowI[k];
      const zero = dom.sign(aik) === 0;
      for (let j = k + 1; j <= i; j++) {
        const v = zero
          ? dom.divExact(dom.mul(p, rowI[j]), prev)
          : dom.divExact(dom.sub(dom.mul(p, rowI[j]), dom.mul(aik, rowK[j])), prev);
        rowI[j] = v;
        a[j][i] = v;
      }
    }
    prev = p;
  }
  return { verdict: 'pd', rank: n, perm, a };
}

function swap<T>(a: T[][], perm: number[], k: number, r: number): void {
  if (k === r) return;
  [a[k], a[r]] = [a[r], a[k]];
  for (const row of a) [row[k], row[r]] = [row[r], row[k]];
  [perm[k], perm[r]] = [perm[r], perm[k]];
}

/**
 * x = Pᵀ L⁻ᵀ (0; y) scaled by det of the leading block (fraction-free back substitution, as ldltExact's): X_t =
 * det·y_t on the trailing block, X_i = −(Σ_{j>i} a_ij X_j)/a_ii above it. Returned in original coordinates.
 */
export function witnessFromTrailing<T>(dom: Domain<T>, r: GenericLdlt<T>): T[] {
  const n = r.a.length;
  const k = r.rank;
  const det = k === 0 ? dom.one : r.a[k - 1][k - 1];
  const X: T[] = new Array<T>(n).fill(dom.zero);
  for (const [t, v] of r.y!) X[t] = v > 0 ? det : dom.neg(det);
  for (let i = k - 1; i >= 0; i--) {
    let s = dom.zero;
    for (let j = i + 1; j < n; j++) if (dom.sign(X[j]) !== 0) s = dom.add(s, dom.mul(r.a[i][j], X[j]));
    X[i] = dom.neg(dom.divExact(s, r.a[i][i]));
  }
  const x = new Array<T>(n);
  for (let i = 0; i < n; i++) x[r.perm[i]] = X[i];
  return x;
}

/** Determinant by fraction-free elimination with row pivoting on a proved-nonzero entry. */
export function genericDeterminant<T>(dom: Domain<T>, m: T[][]): T | Undecided {
  const n = m.length;
  if (n === 0) return dom.one;
  const a = m.map((r) => r.slice());
  let negate = false;
  let prev = dom.one;
  for (let k = 0; k < n; k++) {
    checkDeadline();
    let r = -1;
    let open = -1;
    for (let i = k; i < n && r < 0; i++) {
      const s = dom.sign(a[i][k]);
      if (s === null) open = open < 0 ? i : open;
      else if (s !== 0) r = i;
    }
    if (r < 0) {
      if (open >= 0) return { undecided: true, what: `a pivot of the determinant`, enclosure: a[open][k] };
      return dom.zero;
    }
    if (r !== k) {
      [a[k], a[r]] = [a[r], a[k]];
      negate = !negate;
    }
    const p = a[k][k];
    for (let i = k + 1; i < n; i++) {
      const aik = a[i][k];
      const zero = dom.sign(aik) === 0;
      for (let j = k + 1; j < n; j++)
        a[i][j] = zero
          ? dom.divExact(dom.mul(a[i][j], p), prev)
          : dom.divExact(dom.sub(dom.mul(a[i][j], p), dom.mul(aik, a[k][j])), prev);
      a[i][k] = dom.zero;
    }
    prev = p;
  }
  const d = a[n - 1][n - 1];
  return negate ? dom.neg(d) : d;
}

/** Rank by fraction-free elimination with full pivoting on proved-nonzero entries; undecided when none is proved. */
export function genericRank<T>(dom: Domain<T>, m: T[][]): number | Undecided {
  const a = m.map((r) => r.slice());
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  let prev = dom.one;
  let rank = 0;
  for (; rank < Math.min(rows, cols); rank++) {
    checkDeadline();
    let pr = -1;
    let pc = -1;
    let open = false;
    for (let i = rank; i < rows && pr < 0; i++)
      for (let j = rank; j < cols; j++) {
        const s = dom.sign(a[i][j]);
        if (s === null) open = true;
        else if (s !== 0) {
          pr = i;
          pc = j;
          break;
        }
      }
    if (pr < 0) {
      if (open) return { undecided: true, what: 'the rank', enclosure: null };
      return rank;
    }
    [a[rank], a[pr]] = [a[pr], a[rank]];
    for (const row of a) [row[rank], row[pc]] = [row[pc], row[rank]];
    const p = a[rank][rank];
    for (let i = rank + 1; i < rows; i++) {
      const aik = a[i][rank];
      for (let j = rank + 1; j < cols; j++)
        a[i][j] = dom.divExact(dom.sub(dom.mul(a[i][j], p), dom.mul(aik, a[rank][j])), prev);
      a[i][rank] = dom.zero;
    }
    prev = p;
  }
  return rank;
}
