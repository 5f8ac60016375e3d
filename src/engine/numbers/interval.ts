/**
 * Rigorous interval arithmetic at any precision, on BigInt mantissas: an Interval is [lo·2^e, hi·2^e] with BigInt lo ≤ hi
 * and one integer exponent e, so there is no exponent range (10⁴⁰⁰ and 10⁻⁴⁰⁰ are ordinary values). Every operation
 * rounds its lower end down and its upper end up to `p` significant bits (directed rounding), so the exact result of
 * the operation on any points of the operands lies inside. The elementary functions (π, ln 2, exp, log, sin, cos, tan,
 * sqrt) are computed in fixed point with error bounds counted term by term (see each function), never trusting a
 * library to be "almost" correctly rounded. This is the ground every certified verdict stands on (notes/numbers.md).
 *
 * A precondition that only more precision can settle (dividing by an interval that still contains 0, the log of one
 * that reaches 0) throws NeedPrecision; callers retry at a higher precision. A value whose exponent itself would not
 * fit in a safe integer (exp(10²⁰)) throws ExponentOverflow: the one size this engine cannot carry.
 */

const LOG10_2 = Math.log10(2);

/** An operation needs a tighter operand: retry at a higher precision. */
export class NeedPrecision extends Error {
  constructor(what: string) {
    super(`more precision needed: ${what}`);
    this.name = 'NeedPrecision';
  }
}

/** A value beyond any representable size (its binary exponent would pass 2^50): exp(10²⁰), say. */
export class ExponentOverflow extends Error {
  constructor(readonly log10: number) {
    super(`a value of about 10^${log10.toExponential(2)} is beyond any representable size`);
    this.name = 'ExponentOverflow';
  }
}

/** Largest binary exponent carried (about 10^(3·10¹⁴)); far past anything a 2 s command can produce honestly. */
const MAX_EXPONENT = 2 ** 50;

/** Bit length of |a| (0 for 0). */
export function bitLen(a: bigint): number {
  if (a < 0n) a = -a;
  if (a < 0x100000000n) return 32 - Math.clz32(Number(a));
  if (a < 0x20000000000000n) {
    // Below 2^53 the double is exact; log2 may round across a power of two, which the two checks correct.
    const n = Number(a);
    let b = Math.floor(Math.log2(n)) + 1;
    if (2 ** (b - 1) > n) b--;
    else if (2 ** b <= n) b++;
    return b;
  }
  if (a < TWO_1023) {
    // The double nearest |a| has the right exponent, or one more when rounding carried into the next power of two:
    // a shift by the guess tells which (no string of the number's digits, which was most of the interval cost).
    // (A comparison with a tabled power of two: no BigInt is allocated.)
    const b = Math.floor(Math.log2(Number(a))) + 1;
    return a < POW2[b - 1] ? b - 1 : b;
  }
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}
const TWO_1023 = 1n << 1023n;
/** 2^k for k = 0 … 1024. */
const POW2: readonly bigint[] = Array.from({ length: 1025 }, (_, k) => 1n << BigInt(k));

/** ⌊a / 2^s⌋ for s ≥ 0 (BigInt's >> rounds toward −∞ already). */
function shrFloor(a: bigint, s: number): bigint {
  return s <= 0 ? a << BigInt(-s) : a >> BigInt(s);
}

/** ⌈a / 2^s⌉ for s ≥ 0. */
function shrCeil(a: bigint, s: number): bigint {
  return s <= 0 ? a << BigInt(-s) : -(-a >> BigInt(s));
}

/** ⌊a / b⌋ for b > 0 (BigInt division truncates toward 0). */
function divFloor(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** ⌈a / b⌉ for b > 0. */
function divCeil(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a > 0n && q * b !== a ? q + 1n : q;
}

/** ⌊√a⌋ for a ≥ 0 (Newton from a power of two above the root, which decreases monotonically to it). */
export function isqrtBig(a: bigint): bigint {
  if (a < 2n) return a;
  let x = 1n << BigInt((bitLen(a) >> 1) + 1);
  for (;;) {
    const y = (x + a / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function checkExponent(e: number): void {
  if (!(Math.abs(e) <= MAX_EXPONENT)) throw new ExponentOverflow(e * LOG10_2 || Infinity);
}

/** [lo·2^e, hi·2^e]. Immutable. */
export class Interval {
  private constructor(
    readonly lo: bigint,
    readonly hi: bigint,
    readonly e: number,
  ) {}

  /** Bit length of the larger end's magnitude, once asked for (-1: not yet). */
  private mb = -1;

  static readonly ZERO = new Interval(0n, 0n, 0);
  static readonly ONE = new Interval(1n, 1n, 0);

  /** Bit length of max(|lo|, |hi|) (0 for [0, 0]), computed once: sums ask it of the same operands repeatedly. */
  private magBits(): number {
    if (this.mb < 0) this.mb = Math.max(bitLen(this.lo), bitLen(this.hi));
    return this.mb;
  }

  /** [lo, hi]·2^e rounded outward to p bits (the larger end's bit length decides the shift). */
  static make(lo: bigint, hi: bigint, e: number, p: number): Interval {
    if (lo === 0n && hi === 0n) return Interval.ZERO;
    const alo = lo < 0n ? -lo : lo;
    const ahi = hi < 0n ? -hi : hi;
    const bits = bitLen(alo > ahi ? alo : ahi);
    const s = bits - p;
    if (s > 0) {
      lo = shrFloor(lo, s);
      hi = shrCeil(hi, s);
      e += s;
    }
    checkExponent(e);
    return new Interval(lo, hi, e);
  }

  /** The exact point m·2^e (no rounding). */
  static point(m: bigint, e = 0): Interval {
    if (m === 0n) return Interval.ZERO;
    return new Interval(m, m, e);
  }

  /** An exact double, as a point. */
  static fromNumber(x: number): Interval {
    if (!Number.isFinite(x)) throw new RangeError(`Interval.fromNumber: ${x} is not finite`);
    if (x === 0) return Interval.ZERO;
    let e = Math.floor(Math.log2(Math.abs(x))) - 52;
    let m = x / 2 ** e;
    // log2 may be one off near powers of two, and 2^e underflows below −1074: adjust until m is an integer.
    if (e < -1074) {
      e = -1074;
      m = x / 2 ** -1074;
    }
    while (!Number.isInteger(m)) {
      e -= 1;
      m = x / 2 ** e;
    }
    return Interval.point(BigInt(m), e);
  }

  /** n/d (d > 0) enclosed at p bits. */
  static fromFraction(n: bigint, d: bigint, p: number): Interval {
    if (d === 1n) return Interval.make(n, n, 0, p);
    // Scale so the quotient has p + 2 bits: n·2^k / d.
    const k = Math.max(0, p + 2 + bitLen(d) - bitLen(n));
    const a = n << BigInt(k);
    return Interval.make(divFloor(a, d), divCeil(a, d), -k, p);
  }

  isZero(): boolean {
    return this.lo === 0n && this.hi === 0n;
  }

  /** A single point (lo = hi). */
  isPoint(): boolean {
    return this.lo === this.hi;
  }

  /** −1 or 1 when the whole interval is on one side of 0, 0 for [0, 0], null when it straddles or touches 0. */
  sign(): -1 | 0 | 1 | null {
    if (this.lo > 0n) return 1;
    if (this.hi < 0n) return -1;
    if (this.lo === 0n && this.hi === 0n) return 0;
    return null;
  }

  /** Contains 0. */
  containsZero(): boolean {
    return this.lo <= 0n && this.hi >= 0n;
  }

  neg(): Interval {
    return this.isZero() ? this : new Interval(-this.hi, -this.lo, this.e);
  }

  abs(): Interval {
    if (this.lo >= 0n) return this;
    if (this.hi <= 0n) return this.neg();
    const m = -this.lo > this.hi ? -this.lo : this.hi;
    return new Interval(0n, m, this.e);
  }

  add(o: Interval, p: number): Interval {
    if (o.isZero()) return Interval.make(this.lo, this.hi, this.e, p);
    if (this.isZero()) return Interval.make(o.lo, o.hi, o.e, p);
    let a = this.e >= o.e ? (this as Interval) : o;
    const b = this.e >= o.e ? o : (this as Interval);
    const aBits = a.magBits();
    const bBits = b.magBits();
    // When b is entirely below one unit of a's last place (with a widened to p + 2 bits first), it only nudges a's
    // ends outward by that unit: no need to align across a huge gap of exponents (10³⁰⁰ + 10⁻³⁰⁰).
    const t = Math.max(0, p + 2 - aBits);
    if (a.e - t - b.e > bBits + 2) {
      a = new Interval(a.lo << BigInt(t), a.hi << BigInt(t), a.e - t);
      return Interval.make(a.lo - (b.lo < 0n ? 1n : 0n), a.hi + (b.hi > 0n ? 1n : 0n), a.e, p);
    }
    const sh = BigInt(a.e - b.e);
    return Interval.make((a.lo << sh) + b.lo, (a.hi << sh) + b.hi, b.e, p);
  }

  sub(o: Interval, p: number): Interval {
    return this.add(o.neg(), p);
  }

  mul(o: Interval, p: number): Interval {
    if (this.isZero() || o.isZero()) return Interval.ZERO;
    const e = this.e + o.e;
    const { lo: a, hi: b } = this;
    const { lo: c, hi: d } = o;
    if (a >= 0n && c >= 0n) return Interval.make(a * c, b * d, e, p);
    if (b <= 0n && d <= 0n) return Interval.make(b * d, a * c, e, p);
    if (a >= 0n && d <= 0n) return Interval.make(b * c, a * d, e, p);
    if (b <= 0n && c >= 0n) return Interval.make(a * d, b * c, e, p);
    const xs = [a * c, a * d, b * c, b * d];
    let lo = xs[0];
    let hi = xs[0];
    for (const x of xs) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return Interval.make(lo, hi, e, p);
  }

  /** Multiplies by 2^k exactly. */
  scale2(k: number): Interval {
    if (this.isZero()) return this;
    checkExponent(this.e + k);
    return new Interval(this.lo, this.hi, this.e + k);
  }

  /** this / o; throws NeedPrecision when o contains 0. */
  div(o: Interval, p: number): Interval {
    if (o.containsZero()) throw new NeedPrecision('a divisor not yet separated from 0');
    if (this.isZero()) return Interval.ZERO;
    if (o.hi < 0n) return this.neg().div(o.neg(), p);
    // o > 0: x/y is increasing in x and, for x ≥ 0 (x ≤ 0), decreasing (increasing) in y.
    const lo = quotient(this.lo, this.lo >= 0n ? o.hi : o.lo, p, false);
    const hi = quotient(this.hi, this.hi >= 0n ? o.lo : o.hi, p, true);
    return fromEnds(lo, hi, this.e - o.e, p);
  }

  /** 1 / this. */
  inv(p: number): Interval {
    return Interval.ONE.div(this, p);
  }

  /** Integer power k ≥ 0 (an even power of an interval around 0 starts at 0). */
  powInt(k: number, p: number): Interval {
    if (k === 0) return Interval.ONE;
    if (k === 1) return Interval.make(this.lo, this.hi, this.e, p);
    if (k % 2 === 0) {
      const a = this.abs();
      const h = a.powInt(k / 2, p);
      return h.mul(h, p);
    }
    // Odd: monotone, so the ends map to the ends; by squaring on |·| and restoring the sign.
    if (this.lo >= 0n) {
      const h = this.powInt(k - 1, p);
      return h.mul(this, p);
    }
    if (this.hi <= 0n) return this.neg().powInt(k, p).neg();
    const lo = Interval.point(this.lo, this.e).neg().powInt(k, p).neg();
    const hi = Interval.point(this.hi, this.e).powInt(k, p);
    return lo.hull(hi, p);
  }

  /** The smallest interval containing both. */
  hull(o: Interval, p: number): Interval {
    const e = Math.min(this.e, o.e);
    const al = this.lo << BigInt(this.e - e);
    const ah = this.hi << BigInt(this.e - e);
    const bl = o.lo << BigInt(o.e - e);
    const bh = o.hi << BigInt(o.e - e);
    return Interval.make(al < bl ? al : bl, ah > bh ? ah : bh, e, p);
  }

  /** √this, for a value known to be ≥ 0 (a lower end below 0 is taken as 0). */
  sqrt(p: number): Interval {
    const lo = this.lo < 0n ? 0n : this.lo;
    if (this.hi < 0n) throw new NeedPrecision('the square root of a value not yet known to be ≥ 0');
    const root = (m: bigint, up: boolean): [bigint, number] => {
      if (m === 0n) return [0n, 0];
      // m·2^e with e − k even and m·2^k of at least 2p + 4 bits.
      let k = Math.max(0, 2 * p + 4 - bitLen(m));
      if ((this.e - k) % 2 !== 0) k += 1;
      const a = m << BigInt(k);
      const r = isqrtBig(a);
      return [up && r * r !== a ? r + 1n : r, (this.e - k) / 2];
    };
    return fromEnds(root(lo, false), root(this.hi, true), 0, p);
  }

  /** Midpoint as an exact point (one more bit) and half the width, an upper bound as a point. */
  midRad(): { mid: Interval; rad: Interval } {
    const s = this.lo + this.hi;
    return {
      mid: s === 0n ? Interval.ZERO : Interval.point(s, this.e - 1),
      rad: this.hi === this.lo ? Interval.ZERO : Interval.point(this.hi - this.lo, this.e - 1),
    };
  }

  /** This interval widened by ±r (r a point ≥ 0). */
  widen(r: Interval, p: number): Interval {
    if (r.isZero()) return this;
    return this.add(new Interval(-r.hi, r.hi, r.e), p);
  }

  /** [max(lo, a), min(hi, b)] for small integers a ≤ b (sin and cos to [−1, 1]); the interval must meet [a, b]. */
  clamp(a: number, b: number): Interval {
    const A = BigInt(a);
    const B = BigInt(b);
    const loBelow = compareEnds(this.lo, this.e, A, 0) < 0;
    const hiAbove = compareEnds(this.hi, this.e, B, 0) > 0;
    if (!loBelow && !hiAbove) return this;
    const e = Math.min(this.e, 0);
    const l = loBelow ? A << BigInt(-e) : this.lo << BigInt(this.e - e);
    const h = hiAbove ? B << BigInt(-e) : this.hi << BigInt(this.e - e);
    return new Interval(l, h, e);
  }

  /** Lower end as m·2^e (exact). */
  lower(): { m: bigint; e: number } {
    return { m: this.lo, e: this.e };
  }

  upper(): { m: bigint; e: number } {
    return { m: this.hi, e: this.e };
  }

  /** The midpoint as a double (±Infinity or 0 beyond the double range: display only). */
  toNumber(): number {
    return bigToNumber(this.lo + this.hi, this.e - 1);
  }

  /** log2 of the larger end's magnitude (−Infinity for [0,0]): a size estimate. */
  log2Mag(): number {
    const m = -this.lo > this.hi ? -this.lo : this.hi;
    if (m === 0n) return -Infinity;
    const b = bitLen(m);
    const top = Number(m >> BigInt(Math.max(0, b - 53)));
    return Math.log2(top) + Math.max(0, b - 53) + this.e;
  }

  /** Width as log2 (−Infinity for a point). */
  log2Width(): number {
    const w = this.hi - this.lo;
    if (w === 0n) return -Infinity;
    const b = bitLen(w);
    const top = Number(w >> BigInt(Math.max(0, b - 53)));
    return Math.log2(top) + Math.max(0, b - 53) + this.e;
  }

  /** Does this interval lie inside o? */
  within(o: Interval): boolean {
    return compareEnds(o.lo, o.e, this.lo, this.e) <= 0 && compareEnds(this.hi, this.e, o.hi, o.e) <= 0;
  }

  /** Do the two intervals overlap? */
  overlaps(o: Interval): boolean {
    return compareEnds(this.lo, this.e, o.hi, o.e) <= 0 && compareEnds(o.lo, o.e, this.hi, this.e) <= 0;
  }

  toString(): string {
    return `[${this.lo}, ${this.hi}]·2^${this.e}`;
  }
}

/** Compares a·2^ea with b·2^eb exactly. */
export function compareEnds(a: bigint, ea: number, b: bigint, eb: number): -1 | 0 | 1 {
  if (a === 0n || b === 0n || a < 0n !== b < 0n) return a < b ? -1 : a > b ? 1 : 0;
  // Same sign, both nonzero: compare magnitudes by bit length first.
  const la = bitLen(a) + ea;
  const lb = bitLen(b) + eb;
  if (la !== lb) {
    const r = la > lb ? 1 : -1;
    return (a < 0n ? -r : r) as -1 | 1;
  }
  const e = Math.min(ea, eb);
  const x = a << BigInt(ea - e);
  const y = b << BigInt(eb - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** x / y (y > 0) rounded down or up, as [m, e] with value m·2^e, about p + 2 bits. */
function quotient(x: bigint, y: bigint, p: number, up: boolean): [bigint, number] {
  if (x === 0n) return [0n, 0];
  const k = Math.max(0, p + 2 + bitLen(y) - bitLen(x));
  const n = x << BigInt(k);
  return [up ? divCeil(n, y) : divFloor(n, y), -k];
}

/** [lo, hi] from ends with their own exponents (plus a common shift), rounded outward to p bits. */
function fromEnds(lo: [bigint, number], hi: [bigint, number], shift: number, p: number): Interval {
  let [lm, le] = lo;
  let [hm, he] = hi;
  if (lm === 0n) le = he;
  if (hm === 0n) he = le;
  // Ends far apart in size: round the smaller one outward before aligning, so the shift stays bounded.
  const e = Math.min(le, he);
  const big = Math.max(le + bitLen(lm), he + bitLen(hm));
  if (big - e > 4 * p + 64) {
    const floorAt = big - 2 * p - 32;
    if (le < floorAt) {
      lm = shrFloor(lm, floorAt - le);
      le = floorAt;
    }
    if (he < floorAt) {
      hm = shrCeil(hm, floorAt - he);
      he = floorAt;
    }
  }
  const ee = Math.min(le, he);
  return Interval.make(lm << BigInt(le - ee), hm << BigInt(he - ee), ee + shift, p);
}

/** m·2^e as a double (display only; may be ±Infinity or 0 beyond the range). */
export function bigToNumber(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const b = bitLen(m);
  const s = Math.max(0, b - 60);
  const top = Number(m >> BigInt(s));
  const k = e + s;
  const half = Math.trunc(k / 2);
  return top * 2 ** half * 2 ** (k - half);
}

// ---------------------------------------------------------------------------------------------------------------
// Constants and elementary functions. Fixed point: an integer X stands for X·2^-w; "ulp" is 2^-w.
// ---------------------------------------------------------------------------------------------------------------

/** Guard bits added to the working precision of a series. */
const GUARD = 24;

/** π and ln 2 enclosures, kept at the highest precision computed so far (rounded outward for lower ones). */
const constants = new Map<string, { p: number; v: Interval }>();

function cached(name: string, p: number, compute: (p: number) => Interval): Interval {
  const c = constants.get(name);
  if (c && c.p >= p) return Interval.make(c.v.lo, c.v.hi, c.v.e, p);
  const v = compute(p);
  constants.set(name, { p, v });
  return v;
}

/**
 * atan(1/x) for an integer x ≥ 2, in fixed point with w bits: t₀ = ⌊2^w/x⌋, tⱼ = ⌊tⱼ₋₁/x²⌋, term ⌊tⱼ/(2j+1)⌋. Each tⱼ is
 * within j+1 ulps below the exact 2^w/x^(2j+1) (one floor per step, and dividing shrinks earlier errors), each term
 * within j+2; the alternating tail after the last nonzero t is below 1 ulp. So the sum S satisfies
 * |S − atan(1/x)·2^w| ≤ Σ (j+2) + 1.
 */
function atanInverse(x: bigint, w: number): { s: bigint; err: bigint } {
  const x2 = x * x;
  let t = (1n << BigInt(w)) / x;
  let s = 0n;
  let j = 0;
  let err = 2n;
  while (t !== 0n) {
    const term = t / BigInt(2 * j + 1);
    s += j % 2 === 0 ? term : -term;
    err += BigInt(j + 2);
    t /= x2;
    j++;
  }
  return { s, err };
}

/** π by Machin's formula 16·atan(1/5) − 4·atan(1/239). */
export function piInterval(p: number): Interval {
  return cached('pi', p, (prec) => {
    const w = prec + GUARD;
    const a = atanInverse(5n, w);
    const b = atanInverse(239n, w);
    const s = 16n * a.s - 4n * b.s;
    const err = 16n * a.err + 4n * b.err;
    return Interval.make(s - err, s + err, -w, prec);
  });
}

/** ln 2 = Σ 2/((2j+1)·3^(2j+1)): each term floored (error < 1 ulp), the tail after a zero term below 2 ulps. */
export function ln2Interval(p: number): Interval {
  return cached('ln2', p, (prec) => {
    const w = prec + GUARD;
    const top = 2n << BigInt(w);
    let pow = 3n;
    let s = 0n;
    let j = 0;
    for (;;) {
      const term = top / (BigInt(2 * j + 1) * pow);
      if (term === 0n) break;
      s += term;
      pow *= 9n;
      j++;
    }
    return Interval.make(s, s + BigInt(j) + 2n, -w, prec);
  });
}

/** A point x = m·2^e in fixed point with w bits: [X, X + δ] ∋ x·2^w with δ ∈ {0, 1}. */
function toFixed(m: bigint, e: number, w: number): { X: bigint; exact: boolean } {
  const s = e + w;
  if (s >= 0) return { X: m << BigInt(s), exact: true };
  const X = m >> BigInt(-s);
  return { X, exact: X << BigInt(-s) === m };
}

/**
 * e^z for |z| ≤ 1/2 in fixed point with w bits: T₀ = 2^w, Tₖ = trunc(⌊Tₖ₋₁·Z/2^w⌋ / k). With |z| ≤ 1/2 an error εₖ₋₁ in
 * Tₖ₋₁ becomes at most εₖ₋₁/2 + 2 in Tₖ, so every εₖ ≤ 4; after the first zero term the exact tail is below
 * 4·Σ 2^-j = 8 ulps. An inexact Z (z below one ulp) adds e^(1/2)·1 < 2 ulps.
 */
function expSeries(z: Interval, w: number): Interval {
  const { mid, rad } = z.midRad();
  const { X, exact } = mid.isZero() ? { X: 0n, exact: true } : toFixed(mid.lo, mid.e, w);
  const one = 1n << BigInt(w);
  let t = one;
  let s = one;
  let k = 1;
  for (;;) {
    t = (t * X) >> BigInt(w);
    t /= BigInt(k);
    if (t === 0n) break;
    s += t;
    k++;
  }
  const err = BigInt(4 * k + 8 + (exact ? 0 : 2));
  // e^(mid ± rad) ⊆ e^mid·[1 − rad, 1 + 2·rad] for rad ≤ 1/2.
  let r = Interval.make(s - err, s + err, -w, w);
  if (!rad.isZero()) {
    const radW = Interval.make(rad.hi, rad.hi, rad.e, w);
    const lowF = Interval.ONE.sub(radW, w);
    const highF = Interval.ONE.add(radW.scale2(1), w);
    r = r.mul(lowF.hull(highF, w), w);
  }
  return r;
}

/** e^x, enclosed at p bits. Monotone: the ends are taken separately only when the interval is wide. */
export function expInterval(x: Interval, p: number): Interval {
  if (x.isZero()) return Interval.ONE;
  // Size: |x| below 2^-p·(tiny) is e^x ∈ [1 + x, 1 + 2x] region, handled by the series like any other.
  const mag = x.log2Mag();
  if (mag > 46) throw new ExponentOverflow((Math.sign(x.toNumber()) * 2 ** mag) / Math.LN10);
  // Reduce: x = k·ln 2 + r with |r| ≲ 0.35, then r = 2^s·z with |z| ≤ 2^-s, e^r = (e^z)^(2^s).
  const kBits = Math.max(0, Math.ceil(mag) + 2);
  const w = p + GUARD;
  const s = Math.max(0, Math.min(64, Math.floor(Math.sqrt(w) / 2)));
  const wp = w + s + kBits + 8;
  const approx = x.toNumber();
  const k = Math.round(approx / Math.LN2);
  const ln2 = ln2Interval(wp);
  let r = Interval.make(x.lo, x.hi, x.e, wp).sub(Interval.point(BigInt(k)).mul(ln2, wp), wp);
  r = r.scale2(-s);
  // Wide intervals (low precision inputs) keep |z| ≤ 1/2 only if r was small: check, else split by monotonicity.
  if (r.log2Mag() > -1) {
    const lo = expInterval(Interval.point(x.lo, x.e), p);
    const hi = expInterval(Interval.point(x.hi, x.e), p);
    return lo.hull(hi, p);
  }
  let y = expSeries(r, wp);
  for (let i = 0; i < s; i++) y = y.mul(y, wp);
  return Interval.make(y.lo, y.hi, y.e, p).scale2(k);
}

/**
 * log x for x > 0 (throws NeedPrecision when the interval reaches 0 or below). x = f·2^k with f near 1 (f ∈ [√½, √2)),
 * f is brought closer to 1 by s square roots (interval arithmetic, log f = 2^s·log f^(2^-s)), then
 * log f = 2·atanh(z), z = (f − 1)/(f + 1), evaluated at the midpoint of z with the Lipschitz bound 1/(1 − z²) ≤ 2
 * on its radius. Series: P₀ = Z, Pⱼ = ⌊Pⱼ₋₁·Z²/2^w⌋, terms ⌊Pⱼ/(2j+1)⌋: with z² ≤ 1/30 every error stays below
 * 3 ulps per term and the tail after a zero P below 2.
 */
export function logInterval(x: Interval, p: number): Interval {
  if (x.lo <= 0n) throw new NeedPrecision('the logarithm of a value not yet separated from 0');
  const w = p + GUARD;
  // Exponent of the lower end picks k; f = x / 2^k near 1 (both ends move together).
  const b = bitLen(x.lo) + x.e; // 2^(b-1) ≤ lo < 2^b
  let k = b - 1;
  // lo·2^-k ∈ [1, 2): move to [√½, √2) when above √2 (1.4142… > 181/128).
  const loTop = x.lo >> BigInt(Math.max(0, bitLen(x.lo) - 8));
  if (loTop > 181n) k += 1;
  const s = Math.max(0, Math.min(40, Math.floor(Math.sqrt(w) / 3)));
  let wp = w + s + 8;
  const reduce = (): Interval => {
    let f = Interval.make(x.lo, x.hi, x.e, wp).scale2(-k);
    for (let i = 0; i < s; i++) f = f.sqrt(wp);
    return f.sub(Interval.ONE, wp).div(f.add(Interval.ONE, wp), wp);
  };
  let z = reduce();
  // Near 1, log x ≈ 2z is tiny: p bits of it need p bits below its size (log(1 + 10⁻³⁰) is 10⁻³⁰).
  const zMag = z.log2Mag();
  if (k === 0 && zMag < -8 && Number.isFinite(zMag)) {
    wp += Math.ceil(-zMag);
    z = reduce();
  }
  if (z.log2Mag() > -2.5 && !x.isPoint()) {
    // A wide interval (low precision): log is increasing, so its ends, as points, give the enclosure.
    return logInterval(Interval.point(x.lo, x.e), p).hull(logInterval(Interval.point(x.hi, x.e), p), p);
  }
  const atanh = atanhSeries(z, wp);
  const logF = atanh.scale2(1 + s);
  const kLn2 = k === 0 ? Interval.ZERO : Interval.point(BigInt(k)).mul(ln2Interval(wp + 64), wp);
  return logF.add(kLn2, p);
}

/** atanh z for |z| ≤ 0.18 (z an interval), in fixed point with w bits. */
function atanhSeries(z: Interval, w: number): Interval {
  const { mid, rad } = z.midRad();
  if (mid.isZero() && rad.isZero()) return Interval.ZERO;
  const { X, exact } = mid.isZero() ? { X: 0n, exact: true } : toFixed(mid.lo, mid.e, w);
  const z2 = (X * X) >> BigInt(w);
  let P = X;
  let s = X;
  let j = 1;
  for (;;) {
    // Truncated toward 0 (a floor would stay at −1 forever for a negative z).
    P = P >= 0n ? (P * z2) >> BigInt(w) : -((-P * z2) >> BigInt(w));
    if (P === 0n) break;
    s += P / BigInt(2 * j + 1);
    j++;
  }
  const err = BigInt(3 * j + 4 + (exact ? 0 : 2));
  let r = Interval.make(s - err, s + err, -w, w);
  if (!rad.isZero()) r = r.widen(Interval.point(rad.hi, rad.e).scale2(1), w);
  return r;
}

/**
 * sin and cos of y for |y| ≤ 2^-s (y an interval): one series Tₖ = y^k/k! split between them (each |error| ≤ 4 ulps
 * as for exp, tail ≤ 8), then at the midpoint with the radius added (both are 1-Lipschitz).
 */
function sinCosSeries(y: Interval, w: number): { sin: Interval; cos: Interval } {
  const { mid, rad } = y.midRad();
  const { X, exact } = mid.isZero() ? { X: 0n, exact: true } : toFixed(mid.lo, mid.e, w);
  const one = 1n << BigInt(w);
  let t = one;
  let c = one;
  let s = 0n;
  let k = 1;
  for (;;) {
    t = (t * X) >> BigInt(w);
    t /= BigInt(k);
    if (t === 0n) break;
    const r = k % 4;
    if (r === 1) s += t;
    else if (r === 2) c -= t;
    else if (r === 3) s -= t;
    else c += t;
    k++;
  }
  const err = BigInt(4 * k + 8 + (exact ? 0 : 2));
  const radPoint = rad.isZero() ? Interval.ZERO : Interval.point(rad.hi, rad.e);
  return {
    sin: Interval.make(s - err, s + err, -w, w).widen(radPoint, w),
    cos: Interval.make(c - err, c + err, -w, w).widen(radPoint, w),
  };
}

/**
 * sin x and cos x. x is reduced by k·π/2 (π enclosed with enough extra bits for |x|), the remainder r (|r| ≲ π/4)
 * halved s times, the series evaluated, and doubled back with sin 2a = 2·sin a·cos a, cos 2a = 1 − 2·sin² a
 * (interval arithmetic throughout, so the doubling's growth of errors is inside the enclosure; s guard bits pay for
 * it). Results are clamped to [−1, 1].
 */
export function sinCosInterval(x: Interval, p: number): { sin: Interval; cos: Interval } {
  if (x.isZero()) return { sin: Interval.ZERO, cos: Interval.ONE };
  const mag = x.log2Mag();
  if (mag > 4000) throw new ExponentOverflow(mag * LOG10_2);
  // sin x ≈ x for a tiny x: p bits of it need p bits below its own size.
  const w = p + GUARD + (mag < 0 ? Math.ceil(-mag) : 0);
  const extra = Math.max(0, Math.ceil(mag)) + 8;
  const s = Math.max(0, Math.min(40, Math.floor(Math.sqrt(w) / 2)));
  const wp = w + extra + s;
  const pi = piInterval(wp);
  const halfPi = pi.scale2(-1);
  // k = round(x / (π/2)) from a modest-precision quotient; any k works for correctness, a near one keeps r small.
  const q = Interval.make(x.lo, x.hi, x.e, extra + 30).div(halfPi, extra + 30);
  const { mid } = q.midRad();
  const kq = roundPoint(mid);
  const xr = Interval.make(x.lo, x.hi, x.e, wp);
  const r = kq === 0n ? xr : xr.sub(Interval.point(kq).mul(halfPi, wp), wp);
  if (r.log2Mag() > 1) {
    // A wide argument (low precision): sin and cos only within [−1, 1].
    const unit = Interval.make(-1n, 1n, 0, p);
    return { sin: unit, cos: unit };
  }
  let { sin, cos } = sinCosSeries(r.scale2(-s), wp);
  for (let i = 0; i < s; i++) {
    const sc = sin.mul(cos, wp).scale2(1);
    const cc = Interval.ONE.sub(sin.mul(sin, wp).scale2(1), wp);
    sin = sc.clamp(-1, 1);
    cos = cc.clamp(-1, 1);
  }
  const quadrant = Number(((kq % 4n) + 4n) % 4n);
  const [si, co] =
    quadrant === 0
      ? [sin, cos]
      : quadrant === 1
        ? [cos, sin.neg()]
        : quadrant === 2
          ? [sin.neg(), cos.neg()]
          : [cos.neg(), sin];
  return { sin: Interval.make(si.lo, si.hi, si.e, p), cos: Interval.make(co.lo, co.hi, co.e, p) };
}

/** The integer nearest to a point m·2^e. */
function roundPoint(x: Interval): bigint {
  if (x.isZero()) return 0n;
  const { lo: m, e } = x;
  if (e >= 0) return m << BigInt(e);
  const s = BigInt(-e);
  return (m + (1n << (s - 1n))) >> s;
}

/** tan x = sin x / cos x (NeedPrecision while cos x is not separated from 0). */
export function tanInterval(x: Interval, p: number): Interval {
  const { sin, cos } = sinCosInterval(x, p + 8);
  return sin.div(cos, p);
}

/** x^y = e^(y·log x) for x > 0. */
export function powInterval(x: Interval, y: Interval, p: number): Interval {
  const l = logInterval(x, p + 16);
  return expInterval(l.mul(y, p + 16), p);
}
