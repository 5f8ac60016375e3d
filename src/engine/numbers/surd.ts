/**
 * Exact surds: elements Σ q_r·√r of ℚ(√p₁, …, √p_k), with q_r rational and r running over square-free positive
 * integers (r = 1 is the rational part). The √r of distinct square-free r are linearly independent over ℚ, so a surd is
 * 0 exactly when every coefficient is; its sign is found by refinement (enclosures at increasing precision, which ends
 * for a nonzero value). Products multiply radicands (√6·√10 = 2√15); quotients go through conjugates, one prime at a
 * time ((a + b√p)⁻¹ = (a − b√p)/(a² − p·b²)).
 *
 * The field is bounded (MAX_PRIMES primes under the radicals of one value, coefficients of at most MAX_BITS bits):
 * past it an operation throws ExactOverflow, and the caller falls through to certified enclosures (./certified.ts).
 * A radicand is factored by trial division and a deterministic Miller–Rabin test; one that cannot be factored that way
 * (a product of two primes above 10⁴ whose product passes 3·10²⁴) is not a surd either.
 */
import { Rational } from './rational.js';
import { checkDeadline } from '../deadline.js';
import { Interval, bitLen } from './interval.js';

/** An exact computation went past its bounds (primes, degree, digits): compute with certified enclosures instead. */
export class ExactOverflow extends Error {
  constructor(what: string) {
    super(`too large to keep exact: ${what}`);
    this.name = 'ExactOverflow';
  }
}

/** Distinct primes under the radicals of one value (ℚ(√2, √3, √5, √7) has 16 basis elements). */
export const MAX_PRIMES = 4;
/**
 * Bits of a numerator or denominator of one coefficient: about 6,000 digits, so the exact determinant of a 12×12
 * matrix within the 4,000-digit budget still fits.
 */
export const MAX_BITS = 20000;

interface Term {
  /** Square-free radicand (1 for the rational part). */
  readonly r: bigint;
  /** Its primes, ascending. */
  readonly primes: readonly bigint[];
  readonly q: Rational;
}

const SMALL_PRIMES: bigint[] = (() => {
  const n = 10000;
  const sieve = new Uint8Array(n + 1);
  const out: bigint[] = [];
  for (let i = 2; i <= n; i++) {
    if (sieve[i]) continue;
    out.push(BigInt(i));
    for (let j = i * i; j <= n; j += i) sieve[j] = 1;
  }
  return out;
})();

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

/** Deterministic Miller–Rabin for n < 3.3·10²⁴ (bases 2…41); null above that bound. */
function isPrime(n: bigint): boolean | null {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES.slice(0, 13)) if (n % p === 0n) return n === p;
  if (n >= 3317044064679887385961981n) return null;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of SMALL_PRIMES.slice(0, 13)) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLen(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** n = s²·Π primes with distinct primes (n ≥ 1), or null when n cannot be factored far enough to know. */
export function squareFreePart(n: bigint): { square: bigint; primes: bigint[] } | null {
  let square = 1n;
  const primes: bigint[] = [];
  let m = n;
  for (const p of SMALL_PRIMES) {
    if (p * p > m) break;
    let k = 0;
    while (m % p === 0n) {
      m /= p;
      k++;
    }
    if (k === 0) continue;
    square *= p ** BigInt(k >> 1);
    if (k & 1) primes.push(p);
  }
  if (m > 1n) {
    // Trial division found every factor up to 10⁴: m is 1, a prime, a square of a prime, or has ≥ 2 large factors.
    const last = SMALL_PRIMES[SMALL_PRIMES.length - 1];
    if (m < last * last) primes.push(m);
    else {
      const root = isqrt(m);
      if (root * root === m && isPrime(root)) square *= root;
      else {
        const prime = isPrime(m);
        if (prime !== true) return null;
        primes.push(m);
      }
    }
  }
  primes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { square, primes };
}

function checkSize(q: Rational): Rational {
  if (q.num !== 0n && (bitLen(q.num) > MAX_BITS || bitLen(q.den) > MAX_BITS))
    throw new ExactOverflow('a coefficient with more than 6,000 digits');
  return q;
}

function productOf(ps: readonly bigint[]): bigint {
  let r = 1n;
  for (const p of ps) r *= p;
  return r;
}

/** Symmetric difference and intersection product of two ascending prime lists. */
function combine(a: readonly bigint[], b: readonly bigint[]): { primes: bigint[]; common: bigint } {
  const primes: bigint[] = [];
  let common = 1n;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) primes.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) primes.push(b[j++]);
    else {
      common *= a[i];
      i++;
      j++;
    }
  }
  return { primes, common };
}

export class Surd {
  private constructor(readonly terms: readonly Term[]) {}

  static readonly ZERO = new Surd([]);

  static of(q: Rational): Surd {
    return q.isZero() ? Surd.ZERO : new Surd([{ r: 1n, primes: [], q }]);
  }

  /** Terms in any order, merged and sorted; zero coefficients dropped; the prime bound checked. */
  private static build(map: Map<bigint, { primes: readonly bigint[]; q: Rational }>): Surd {
    const terms: Term[] = [];
    const primes = new Set<bigint>();
    for (const [r, { primes: ps, q }] of map) {
      if (q.isZero()) continue;
      terms.push({ r, primes: ps, q: checkSize(q) });
      for (const p of ps) primes.add(p);
    }
    if (primes.size > MAX_PRIMES) throw new ExactOverflow(`more than ${MAX_PRIMES} primes under square roots`);
    terms.sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
    return new Surd(terms);
  }

  /** √q for a rational q ≥ 0, or null when q's radicand cannot be factored (the caller goes certified). */
  static sqrt(q: Rational): Surd | null {
    if (q.sign() < 0) throw new RangeError('Surd.sqrt of a negative number');
    if (q.isZero()) return Surd.ZERO;
    // √(n/d) = √(n·d)/d.
    const nd = q.num * q.den;
    if (bitLen(nd) > 200) return null;
    const f = squareFreePart(nd);
    if (!f) return null;
    if (f.primes.length > MAX_PRIMES) throw new ExactOverflow(`more than ${MAX_PRIMES} primes under square roots`);
    const coefficient = Rational.of(f.square, q.den);
    return new Surd([{ r: productOf(f.primes), primes: f.primes, q: coefficient }]);
  }

  isZero(): boolean {
    return this.terms.length === 0;
  }

  /** The value, when it is rational. */
  rational(): Rational | null {
    if (this.terms.length === 0) return Rational.ZERO;
    return this.terms.length === 1 && this.terms[0].r === 1n ? this.terms[0].q : null;
  }

  /** The primes under its radicals. */
  primes(): bigint[] {
    const s = new Set<bigint>();
    for (const t of this.terms) for (const p of t.primes) s.add(p);
    return [...s].sort((a, b) => (a < b ? -1 : 1));
  }

  neg(): Surd {
    return new Surd(this.terms.map((t) => ({ ...t, q: t.q.neg() })));
  }

  add(o: Surd): Surd {
    if (o.isZero()) return this;
    if (this.isZero()) return o;
    const m = new Map<bigint, { primes: readonly bigint[]; q: Rational }>();
    for (const t of this.terms) m.set(t.r, { primes: t.primes, q: t.q });
    for (const t of o.terms) {
      const cur = m.get(t.r);
      m.set(t.r, { primes: t.primes, q: cur ? cur.q.add(t.q) : t.q });
    }
    return Surd.build(m);
  }

  sub(o: Surd): Surd {
    return this.add(o.neg());
  }

  mul(o: Surd): Surd {
    if (this.isZero() || o.isZero()) return Surd.ZERO;
    const a = this.rational();
    if (a) return o.scale(a);
    const b = o.rational();
    if (b) return this.scale(b);
    const m = new Map<bigint, { primes: readonly bigint[]; q: Rational }>();
    for (const x of this.terms)
      for (const y of o.terms) {
        const { primes, common } = combine(x.primes, y.primes);
        const r = productOf(primes);
        const q = x.q.mul(y.q).mul(Rational.int(common));
        const cur = m.get(r);
        m.set(r, { primes, q: cur ? cur.q.add(q) : q });
      }
    return Surd.build(m);
  }

  /** Times a rational. */
  scale(q: Rational): Surd {
    if (q.isZero()) return Surd.ZERO;
    if (q.equals(Rational.ONE)) return this;
    return new Surd(this.terms.map((t) => ({ ...t, q: checkSize(t.q.mul(q)) })));
  }

  /** 1/this (throws RangeError for 0): one conjugate per prime, largest prime first. */
  inv(): Surd {
    if (this.isZero()) throw new RangeError('division by zero');
    const r = this.rational();
    if (r) return Surd.of(Rational.ONE.div(r));
    const ps = this.primes();
    const p = ps[ps.length - 1];
    // this = A + B·√p; conjugate A − B·√p; this·conjugate = A² − p·B² has no √p.
    const conjugate = new Map<bigint, { primes: readonly bigint[]; q: Rational }>();
    for (const t of this.terms) {
      const has = t.primes.includes(p);
      conjugate.set(t.r, { primes: t.primes, q: has ? t.q.neg() : t.q });
    }
    const conj = Surd.build(conjugate);
    const norm = this.mul(conj);
    return conj.mul(norm.inv());
  }

  div(o: Surd): Surd {
    return this.mul(o.inv());
  }

  equals(o: Surd): boolean {
    return this.sub(o).isZero();
  }

  /** An enclosure at p bits. */
  enclose(p: number): Interval {
    const r = this.rational();
    if (r) return Interval.fromFraction(r.num, r.den, p);
    let s = Interval.ZERO;
    for (const t of this.terms) {
      const q = Interval.fromFraction(t.q.num, t.q.den, p + 4);
      const v = t.r === 1n ? q : q.mul(rootOf(t.r, p + 4), p + 4);
      s = s.add(v, p + 4);
    }
    return s;
  }

  /** The exact sign, by refinement: a nonzero surd is separated from 0 at some precision (the deadline bounds it). */
  sign(): -1 | 0 | 1 {
    if (this.isZero()) return 0;
    const r = this.rational();
    if (r) return r.sign();
    for (let p = 64; ; p *= 2) {
      const s = this.enclose(p).sign();
      if (s !== null && s !== 0) return s;
      checkDeadline();
    }
  }

  /** A double near the value (display and positions only). */
  toNumber(): number {
    const r = this.rational();
    if (r) return r.toNumber();
    return this.enclose(64).toNumber();
  }

  /** Total bits of the coefficients (a cost estimate). */
  bits(): number {
    let b = 0;
    for (const t of this.terms) b += t.q.bits();
    return b;
  }

  /**
   * Grammar-compatible text: `sqrt(2)/2`, `2*sqrt(3)`, `1 + sqrt(2)`, `(1 - sqrt(3))/2`, `-sqrt(6)/3`: the terms over
   * their common denominator, rational part first.
   */
  toString(): string {
    if (this.isZero()) return '0';
    const plain = this.fractionText();
    if (plain.length <= 40) return plain;
    // Long: term by term, with decimal coefficients where they terminate (sqrt(2) - 1.4142135623730951).
    const terms = this.terms.map((t) => {
      const neg = t.q.sign() < 0;
      const a = neg ? t.q.neg() : t.q;
      const c = compactRational(a) ?? a.toString();
      const body = t.r === 1n ? c : c === '1' ? `sqrt(${t.r})` : `${c}*sqrt(${t.r})`;
      return { neg, body };
    });
    const compact = terms
      .map((x, i) => (i === 0 ? (x.neg ? `-${x.body}` : x.body) : `${x.neg ? ' - ' : ' + '}${x.body}`))
      .join('');
    return compact.length < plain.length ? compact : plain;
  }

  /** Over the common denominator: `(1 - sqrt(3))/2`. */
  private fractionText(): string {
    let den = 1n;
    for (const t of this.terms) den = lcm(den, t.q.den);
    const parts = this.terms.map((t) => {
      const n = (t.q.num * den) / t.q.den;
      if (t.r === 1n) return { neg: n < 0n, text: (n < 0n ? -n : n).toString() };
      const a = n < 0n ? -n : n;
      return { neg: n < 0n, text: a === 1n ? `sqrt(${t.r})` : `${a}*sqrt(${t.r})` };
    });
    let body = parts
      .map((x, i) => (i === 0 ? (x.neg ? `-${x.text}` : x.text) : `${x.neg ? ' - ' : ' + '}${x.text}`))
      .join('');
    if (den === 1n) return body;
    if (parts.length > 1) body = `(${body})`;
    return `${body}/${den}`;
  }
}

/**
 * A short decimal for a rational that has one: `1e200`, `9.9e-162`, `1.4142135623730951`, `0.25`; null when the
 * fraction does not terminate within 20 significant digits or is short anyway (`7`, `1/3`).
 */
export function compactRational(q: Rational): string | null {
  const plain = q.toString();
  if (plain.length <= 12) return null;
  let d = q.den;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return null;
  const k = Math.max(twos, fives);
  // q = N / 10^k exactly.
  let n = (q.num * 10n ** BigInt(k)) / q.den;
  const neg = n < 0n;
  if (neg) n = -n;
  let digits = n.toString();
  let exp10 = -k;
  const trimmed = digits.replace(/0+$/, '');
  exp10 += digits.length - trimmed.length;
  digits = trimmed || '0';
  if (digits.length > 20) return null;
  // value = digits × 10^exp10; scientific when the plain decimal would be long.
  const pointAt = digits.length + exp10; // digits before the decimal point
  let text: string;
  if (exp10 >= 0 && pointAt <= 12) text = digits + '0'.repeat(exp10);
  else if (exp10 < 0 && pointAt > 0) text = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  else if (exp10 < 0 && pointAt > -6) text = `0.${'0'.repeat(-pointAt)}${digits}`;
  else text = `${digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits}e${pointAt - 1}`;
  return (neg ? '-' : '') + text;
}

const roots = new Map<bigint, { p: number; v: Interval }>();

/** √r at p bits, kept at the highest precision asked for (a matrix of surds asks for the same few roots). */
function rootOf(r: bigint, p: number): Interval {
  const c = roots.get(r);
  if (c && c.p >= p) return c.p === p ? c.v : Interval.make(c.v.lo, c.v.hi, c.v.e, p);
  const v = Interval.point(r).sqrt(p);
  if (roots.size > 256) roots.clear();
  roots.set(r, { p, v });
  return v;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
