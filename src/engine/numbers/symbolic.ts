/**
 * Exact values beyond the rationals: quotients P(T)/Q(T) of Laurent polynomials with surd coefficients (./surd.ts), in
 * one transcendental T: π, or t = e^(1/d) (so e, e², exp(1/2), exp(−3/4) are powers of t). With no T they are the
 * surds themselves. π and e^(1/d) are transcendental over the algebraic numbers (Lindemann), so such a value is 0
 * exactly when P is the zero polynomial; its sign comes from enclosures of P and Q at increasing precision, which ends
 * for a nonzero value. π and e are never mixed here: whether they are algebraically independent is not known, so a
 * value with both is a certified enclosure (./certified.ts), and mixing throws MixedSymbols for the caller to go there.
 *
 * Bounded: each polynomial spans at most MAX_SPAN powers of T and the coefficients stay within the surd bounds; past
 * them ExactOverflow, and the caller goes certified.
 */
import { checkDeadline } from '../deadline.js';
import { Rational } from './rational.js';
import { ExactOverflow, Surd, compactRational } from './surd.js';
import { Interval, NeedPrecision, expInterval, piInterval } from './interval.js';

/** Highest minus lowest power of T in one polynomial (a 12×12 determinant of entries of degree 2 has degree 24). */
export const MAX_SPAN = 48;
/** Largest |power| of T (e^(1/d))^k kept exact; exp(1000) is t^1000 with d = 1. */
const MAX_POWER = 100000;

/** π and e met in one value: it can only be certified. */
export class MixedSymbols extends Error {
  constructor() {
    super('π and e in one value');
    this.name = 'MixedSymbols';
  }
}

export type SymbolName = 'none' | 'pi' | 'e';

/** A sparse Laurent polynomial Σ c_k·T^k, nonzero surd coefficients, ascending powers. */
export class LPoly {
  private constructor(readonly terms: readonly (readonly [number, Surd])[]) {}

  static readonly ZERO = new LPoly([]);
  static readonly ONE = new LPoly([[0, Surd.of(Rational.ONE)]]);

  static constant(c: Surd): LPoly {
    return c.isZero() ? LPoly.ZERO : new LPoly([[0, c]]);
  }

  static monomial(k: number, c: Surd): LPoly {
    return c.isZero() ? LPoly.ZERO : new LPoly([[k, c]]);
  }

  private static fromMap(m: Map<number, Surd>): LPoly {
    const terms = [...m].filter(([, c]) => !c.isZero()).sort((a, b) => a[0] - b[0]);
    if (terms.length > 0) {
      const span = terms[terms.length - 1][0] - terms[0][0];
      if (span > MAX_SPAN) throw new ExactOverflow(`a polynomial of degree more than ${MAX_SPAN}`);
      if (Math.abs(terms[0][0]) > MAX_POWER || Math.abs(terms[terms.length - 1][0]) > MAX_POWER)
        throw new ExactOverflow('a power beyond 100,000');
    }
    return new LPoly(terms);
  }

  isZero(): boolean {
    return this.terms.length === 0;
  }

  /** The constant, when the polynomial is one (T⁰ only). */
  constantValue(): Surd | null {
    if (this.terms.length === 0) return Surd.ZERO;
    return this.terms.length === 1 && this.terms[0][0] === 0 ? this.terms[0][1] : null;
  }

  lowest(): number {
    return this.terms[0][0];
  }

  highest(): number {
    return this.terms[this.terms.length - 1][0];
  }

  leading(): Surd {
    return this.terms[this.terms.length - 1][1];
  }

  neg(): LPoly {
    return new LPoly(this.terms.map(([k, c]) => [k, c.neg()] as const));
  }

  add(o: LPoly): LPoly {
    if (o.isZero()) return this;
    if (this.isZero()) return o;
    const m = new Map<number, Surd>(this.terms);
    for (const [k, c] of o.terms) {
      const cur = m.get(k);
      m.set(k, cur ? cur.add(c) : c);
    }
    return LPoly.fromMap(m);
  }

  sub(o: LPoly): LPoly {
    return this.add(o.neg());
  }

  mul(o: LPoly): LPoly {
    if (this.isZero() || o.isZero()) return LPoly.ZERO;
    if (this.terms.length === 1 && o.terms.length === 1) {
      const [[j, a]] = this.terms;
      const [[k, b]] = o.terms;
      return LPoly.fromMap(new Map([[j + k, a.mul(b)]]));
    }
    const m = new Map<number, Surd>();
    for (const [j, a] of this.terms)
      for (const [k, b] of o.terms) {
        const cur = m.get(j + k);
        const v = a.mul(b);
        m.set(j + k, cur ? cur.add(v) : v);
      }
    return LPoly.fromMap(m);
  }

  /** Times a surd. */
  scale(c: Surd): LPoly {
    if (c.isZero()) return LPoly.ZERO;
    return new LPoly(this.terms.map(([k, x]) => [k, x.mul(c)] as const));
  }

  /** Times T^s. */
  shift(s: number): LPoly {
    if (s === 0) return this;
    return LPoly.fromMap(new Map(this.terms.map(([k, c]) => [k + s, c])));
  }

  /** Powers multiplied by f (T = U^f). */
  stretch(f: number): LPoly {
    if (f === 1) return this;
    return LPoly.fromMap(new Map(this.terms.map(([k, c]) => [k * f, c])));
  }

  /** Every power divided by f (all divisible). */
  shrink(f: number): LPoly {
    if (f === 1) return this;
    return new LPoly(this.terms.map(([k, c]) => [k / f, c] as const));
  }

  /** this / o when o divides it exactly, else null (long division from the top, Laurent powers allowed). */
  divExact(o: LPoly): LPoly | null {
    if (o.isZero()) throw new RangeError('division by zero');
    if (this.isZero()) return LPoly.ZERO;
    if (o.terms.length === 1) {
      const [[k, c]] = o.terms;
      const inv = c.inv();
      return new LPoly(this.terms.map(([j, x]) => [j - k, x.mul(inv)] as const));
    }
    const lead = o.leading().inv();
    const oh = o.highest();
    const ol = o.lowest();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the remainder starts as this polynomial
    let r: LPoly = this;
    const q = new Map<number, Surd>();
    while (!r.isZero()) {
      checkDeadline();
      const rh = r.highest();
      // The remainder must keep a span at least the divisor's for the quotient to be exact.
      if (rh - r.lowest() < oh - ol) return null;
      const k = rh - oh;
      const c = r.leading().mul(lead);
      q.set(k, c);
      r = r.sub(o.scale(c).shift(k));
    }
    return LPoly.fromMap(q);
  }

  /** Greatest common divisor of the powers (and f), for shrinking t = e^(1/d). */
  powerGcd(f: number): number {
    let g = f;
    for (const [k] of this.terms) g = gcdInt(g, Math.abs(k));
    return g;
  }

  /** An enclosure with T enclosed by `t` (and 1/T by `tInv`) at p bits. */
  enclose(t: Interval, tInv: () => Interval, p: number): Interval {
    let s = Interval.ZERO;
    for (const [k, c] of this.terms) {
      const cv = c.enclose(p);
      const pw = k === 0 ? Interval.ONE : k > 0 ? t.powInt(k, p) : tInv().powInt(-k, p);
      s = s.add(cv.mul(pw, p), p);
    }
    return s;
  }

  /** Total coefficient bits (cost estimate). */
  bits(): number {
    let b = 0;
    for (const [, c] of this.terms) b += c.bits();
    return b;
  }
}

function gcdInt(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function lcmInt(a: number, b: number): number {
  return (a / gcdInt(a, b)) * b;
}

const eRoots = new Map<number, { p: number; v: Interval }>();

/** π, or e^(1/d), enclosed at p bits (e^(1/d) kept at the highest precision asked for so far). */
function tOf(sym: SymbolName, d: number, p: number): Interval {
  if (sym === 'pi') return piInterval(p);
  const c = eRoots.get(d);
  if (c && c.p >= p) return Interval.make(c.v.lo, c.v.hi, c.v.e, p);
  const v = expInterval(Interval.fromFraction(1n, BigInt(d), p + 8), p);
  eRoots.set(d, { p, v });
  return v;
}

/** P(T)/Q(T): Q monic (leading coefficient 1) with lowest power 0; Q = 1 for a Laurent polynomial. */
export class Symbolic {
  private constructor(
    readonly sym: SymbolName,
    /** For e: T = e^(1/d). 1 otherwise. */
    readonly d: number,
    readonly num: LPoly,
    readonly den: LPoly,
  ) {}

  /** Normalizes and returns a Rational when the value is one. */
  static make(sym: SymbolName, d: number, num: LPoly, den: LPoly = LPoly.ONE): Rational | Symbolic {
    if (den.isZero()) throw new RangeError('division by zero');
    if (num.isZero()) return Rational.ZERO;
    if (den.terms.length === 1) {
      // A monomial denominator c·T^k: into the numerator.
      const [[k, c]] = den.terms;
      num = num.shift(-k).scale(c.inv());
      den = LPoly.ONE;
    } else {
      const low = den.lowest();
      const lead = den.leading().inv();
      den = den.shift(-low).scale(lead);
      num = num.shift(-low).scale(lead);
      const q = num.divExact(den);
      if (q) {
        num = q;
        den = LPoly.ONE;
      }
    }
    if (sym === 'e') {
      // t = e^(1/d) with the smallest d: t³ with d = 6 is e^(1/2).
      const g = den.powerGcd(num.powerGcd(d));
      if (g > 1) {
        d /= g;
        num = num.shrink(g);
        // Not 1 itself: its copy is no longer LPoly.ONE, and e^(1/2)·e^(−1/2) stayed a Symbolic "1/1".
        if (den !== LPoly.ONE) den = den.shrink(g);
      }
    }
    const c = den === LPoly.ONE ? num.constantValue() : null;
    if (c) {
      const r = c.rational();
      if (r) return r;
      return new Symbolic('none', 1, num, LPoly.ONE);
    }
    return new Symbolic(sym, sym === 'e' ? d : 1, num, den);
  }

  static surd(s: Surd): Rational | Symbolic {
    return Symbolic.make('none', 1, LPoly.constant(s));
  }

  /** q·π^k. */
  static piPower(k: number, q: Rational = Rational.ONE): Rational | Symbolic {
    return Symbolic.make('pi', 1, LPoly.monomial(k, Surd.of(q)));
  }

  /** e^q for a rational q: t^(num) with t = e^(1/den). */
  static ePower(q: Rational): Rational | Symbolic {
    if (q.isZero()) return Rational.ONE;
    if (q.den > BigInt(MAX_POWER) || q.num > BigInt(MAX_POWER) || -q.num > BigInt(MAX_POWER))
      throw new ExactOverflow('an exponent of e with a large numerator or denominator');
    return Symbolic.make('e', Number(q.den), LPoly.monomial(Number(q.num), Surd.of(Rational.ONE)));
  }

  /** A Laurent polynomial (denominator 1). */
  isPolynomial(): boolean {
    return this.den === LPoly.ONE;
  }

  /** A surd (no transcendental), with its value. */
  surdValue(): Surd | null {
    return this.sym === 'none' ? this.num.constantValue() : null;
  }

  /** Both in one symbol (and one d), as [sym, d, a's num/den, b's num/den]. Throws MixedSymbols for π with e. */
  private static align(
    a: Rational | Symbolic,
    b: Rational | Symbolic,
  ): [SymbolName, number, LPoly, LPoly, LPoly, LPoly] {
    const sa = Symbolic.lift(a);
    const sb = Symbolic.lift(b);
    const sym: SymbolName = sa.sym === 'none' ? sb.sym : sa.sym;
    if (sa.sym !== 'none' && sb.sym !== 'none' && sa.sym !== sb.sym) throw new MixedSymbols();
    const d = sym === 'e' ? lcmInt(sa.sym === 'e' ? sa.d : 1, sb.sym === 'e' ? sb.d : 1) : 1;
    const fa = sa.sym === 'e' ? d / sa.d : 1;
    const fb = sb.sym === 'e' ? d / sb.d : 1;
    return [sym, d, sa.num.stretch(fa), sa.den.stretch(fa), sb.num.stretch(fb), sb.den.stretch(fb)];
  }

  private static lift(x: Rational | Symbolic): Symbolic {
    if (x instanceof Symbolic) return x;
    return new Symbolic('none', 1, LPoly.constant(Surd.of(x)), LPoly.ONE);
  }

  static add(a: Rational | Symbolic, b: Rational | Symbolic): Rational | Symbolic {
    const [sym, d, an, ad, bn, bd] = Symbolic.align(a, b);
    if (ad === LPoly.ONE && bd === LPoly.ONE) return Symbolic.make(sym, d, an.add(bn));
    if (sameDen(ad, bd)) return Symbolic.make(sym, d, an.add(bn), ad);
    return Symbolic.make(sym, d, an.mul(bd).add(bn.mul(ad)), ad.mul(bd));
  }

  static sub(a: Rational | Symbolic, b: Rational | Symbolic): Rational | Symbolic {
    return Symbolic.add(a, Symbolic.neg(b));
  }

  static neg(a: Rational | Symbolic): Rational | Symbolic {
    if (a instanceof Rational) return a.neg();
    return new Symbolic(a.sym, a.d, a.num.neg(), a.den);
  }

  static mul(a: Rational | Symbolic, b: Rational | Symbolic): Rational | Symbolic {
    if (a instanceof Rational && b instanceof Symbolic) return b.scaleBy(a);
    if (b instanceof Rational && a instanceof Symbolic) return a.scaleBy(b);
    const [sym, d, an, ad, bn, bd] = Symbolic.align(a, b);
    return Symbolic.make(sym, d, an.mul(bn), ad === LPoly.ONE ? bd : bd === LPoly.ONE ? ad : ad.mul(bd));
  }

  static div(a: Rational | Symbolic, b: Rational | Symbolic): Rational | Symbolic {
    // By a nonzero rational (sqrt(3)/3, 2*pi/5): the numerator scaled by its inverse, as `mul` does.
    if (b instanceof Rational && a instanceof Symbolic && !b.isZero()) return a.scaleBy(Rational.ONE.div(b));
    const [sym, d, an, ad, bn, bd] = Symbolic.align(a, b);
    if (bn.isZero()) throw new RangeError('division by zero');
    return Symbolic.make(sym, d, an.mul(bd), ad.mul(bn));
  }

  private scaleBy(q: Rational): Rational | Symbolic {
    if (q.isZero()) return Rational.ZERO;
    return new Symbolic(this.sym, this.d, this.num.scale(Surd.of(q)), this.den);
  }

  /** Integer power (k may be negative for a nonzero value). */
  static pow(a: Rational | Symbolic, k: number): Rational | Symbolic {
    if (a instanceof Rational) return a.pow(k);
    if (k < 0) return Symbolic.div(Rational.ONE, Symbolic.pow(a, -k));
    let r: Rational | Symbolic = Rational.ONE;
    let base: Rational | Symbolic = a;
    let e = k;
    while (e > 0) {
      if (e & 1) r = Symbolic.mul(r, base);
      e >>= 1;
      if (e > 0) base = Symbolic.mul(base, base);
    }
    return r;
  }

  isZero(): boolean {
    return this.num.isZero();
  }

  private memoP = -1;
  private memo: Interval | null = null;

  /** An enclosure at p bits (NeedPrecision while the denominator is not separated from 0), memoised. */
  enclose(p: number): Interval {
    if (this.memo && this.memoP >= p)
      return this.memoP === p ? this.memo : Interval.make(this.memo.lo, this.memo.hi, this.memo.e, p);
    const v = this.computeEnclosure(p);
    this.memoP = p;
    this.memo = v;
    return v;
  }

  private computeEnclosure(p: number): Interval {
    const q = p + 16;
    if (this.sym === 'none') {
      const c = this.num.constantValue()!;
      return c.enclose(p);
    }
    const t = tOf(this.sym, this.d, q);
    let inv: Interval | null = null;
    const tInv = (): Interval => (inv ??= t.inv(q));
    const n = this.num.enclose(t, tInv, q);
    if (this.den === LPoly.ONE) return n;
    return n.div(this.den.enclose(t, tInv, q), p);
  }

  /** The exact sign (a nonzero value is separated from 0 at some precision; the deadline bounds the search). */
  sign(): -1 | 1 {
    for (let p = 64; ; p *= 2) {
      try {
        const s = this.enclose(p).sign();
        if (s === 1 || s === -1) return s;
      } catch (e) {
        if (!(e instanceof NeedPrecision)) throw e;
      }
      checkDeadline();
    }
  }

  /** An enclosure good to about `bits` relative bits (cancellation asks for more precision: √2 − 1.41421356…). */
  refined(bits = 64): Interval {
    let last: Interval | null = null;
    for (let p = 64; p <= 8192; p *= 2) {
      try {
        const iv = this.enclose(p);
        last = iv;
        if (iv.log2Mag() - iv.log2Width() >= bits) return iv;
      } catch (e) {
        if (!(e instanceof NeedPrecision)) throw e;
      }
    }
    if (last) return last;
    return this.enclose(8192);
  }

  toNumber(): number {
    for (let p = 64; ; p *= 2) {
      try {
        return this.enclose(p).toNumber();
      } catch (e) {
        if (!(e instanceof NeedPrecision) || p > 4096) throw e;
      }
    }
  }

  private primesMemo: readonly bigint[] | null = null;

  /** Primes under the radicals of its coefficients (computed once: matrixKind asks for every entry's, often). */
  primes(): readonly bigint[] {
    if (this.primesMemo) return this.primesMemo;
    const s = new Set<bigint>();
    for (const poly of [this.num, this.den]) for (const [, c] of poly.terms) for (const p of c.primes()) s.add(p);
    return (this.primesMemo = [...s]);
  }

  /** Grammar-compatible text: `2*pi`, `pi^2 - 1`, `sqrt(2)*pi/4`, `e^2`, `exp(1/2)`, `(pi + 1)/(pi - 1)`. */
  toString(): string {
    const n = polyText(this.num, this.sym, this.d);
    if (this.den === LPoly.ONE) return n.text;
    const dd = polyText(this.den, this.sym, this.d);
    return `${n.atomic ? n.text : `(${n.text})`}/${dd.atomic ? dd.text : `(${dd.text})`}`;
  }
}

function sameDen(a: LPoly, b: LPoly): boolean {
  if (a.terms.length !== b.terms.length) return false;
  return a.terms.every(([k, c], i) => b.terms[i][0] === k && c.equals(b.terms[i][1]));
}

/** T^k as text: `pi`, `pi^2`, `e`, `e^2`, `exp(1/2)`, `exp(-1)`. */
function powerText(sym: SymbolName, d: number, k: number): string {
  if (sym === 'pi') return k === 1 ? 'pi' : `pi^${k < 0 ? `(${k})` : k}`;
  const q = Rational.of(k, d);
  if (q.equals(Rational.ONE)) return 'e';
  if (q.isInteger() && q.sign() > 0) return `e^${q.toString()}`;
  return `exp(${q.toString()})`;
}

/**
 * A polynomial as text, highest power first. A single term c·T^k prints as c*T^k with c's own denominator after it
 * (`sqrt(2)*pi/4`); `atomic` says whether it may stand in a quotient without parentheses.
 */
function polyText(p: LPoly, sym: SymbolName, d: number): { text: string; atomic: boolean } {
  if (p.isZero()) return { text: '0', atomic: true };
  const terms = [...p.terms].reverse();
  const parts = terms.map(([k, c]) => termText(c, k === 0 ? '' : powerText(sym, d, k)));
  const text = parts.map((t, i) => (i === 0 ? t : t.startsWith('-') ? ` - ${t.slice(1)}` : ` + ${t}`)).join('');
  return { text, atomic: parts.length === 1 && !text.includes('/') && !text.slice(1).includes('-') };
}

/** c·X as text: `2*pi`, `-pi`, `pi/2`, `sqrt(2)*pi/4`, `(1 + sqrt(2))*pi`, and c alone when X is ''. */
function termText(c: Surd, x: string): string {
  if (x === '') return c.toString();
  const r = c.rational();
  if (r) {
    const neg = r.sign() < 0;
    const a = neg ? r.neg() : r;
    const compact = compactRational(a);
    if (compact) return `${neg ? '-' : ''}${compact}*${x}`;
    const head = a.num === 1n ? x : `${a.num}*${x}`;
    return `${neg ? '-' : ''}${head}${a.den === 1n ? '' : `/${a.den}`}`;
  }
  // A surd coefficient: over its own denominator when it is one term (sqrt(2)/4 → sqrt(2)*pi/4).
  const s = c.toString();
  const single = /^(-?)(\d+\*)?(sqrt\(\d+\))(?:\/(\d+))?$/.exec(s);
  if (single) return `${single[1]}${single[2] ?? ''}${single[3]}*${x}${single[4] ? `/${single[4]}` : ''}`;
  return `(${s})*${x}`;
}
