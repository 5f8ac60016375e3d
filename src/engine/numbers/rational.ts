/**
 * Exact rational numbers over BigInt, always in lowest terms with a positive denominator.
 * Built from the *text* of a literal (`0.1`, `-2.5e-3`, `1/3`), never from a parsed double,
 * so `1e-8` is exactly 1/100000000 (math.js's `fraction(1e-8)` silently gives 0).
 */

const TWO_53 = 2n ** 53n;

/**
 * Greatest common divisor (≥ 0) by Lehmer's algorithm: the leading ~48 bits, in doubles, drive several Euclid steps
 * at once, and one 2×2 update replaces them on the BigInts. Every Rational result is normalized with it, so it
 * matters once numbers have hundreds of digits: ~15× faster than plain Euclid at 5,000 digits (linalg tests check it
 * against Euclid, and `notes/linalg.md` has the numbers).
 */
function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) [a, b] = [b, a];
  let shift = -1; // predicted bit length of a, minus 48
  while (b >= TWO_53) {
    if (shift < 0) shift = Math.max(0, bitLength(a) - 48);
    let sh = BigInt(shift);
    let x = Number(a >> sh);
    if (x < 2 ** 46 && shift > 0) {
      // The prediction ran high: take the leading bits again.
      shift = Math.max(0, shift - (47 - Math.floor(Math.log2(x + 1))));
      sh = BigInt(shift);
      x = Number(a >> sh);
    }
    let y = Number(b >> sh);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    // Knuth's Algorithm L: the quotient of the leading digits is the true quotient when both bounds agree.
    // All of x, y, A…D stay below 2^51, so the double arithmetic is exact.
    for (;;) {
      if (y + C === 0 || y + D === 0) break;
      const q = floorDiv(x + A, y + C);
      if (q !== floorDiv(x + B, y + D)) break;
      let t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = x - q * y;
      x = y;
      y = t;
    }
    if (B === 0) {
      // No quotient could be certified from the leading digits: one full division step.
      const r = a % b;
      a = b;
      b = r;
      shift = -1;
    } else {
      const na = BigInt(A) * a + BigInt(B) * b;
      b = BigInt(C) * a + BigInt(D) * b;
      a = na;
      // The new a begins with about the bits of the new x.
      shift = Math.max(0, shift + Math.floor(Math.log2(x + 1)) + 1 - 48);
    }
  }
  if (b === 0n) return a;
  // Below 2^53 after one more step: finish in doubles.
  let x = Number(a % b);
  let y = Number(b);
  while (x !== 0) {
    const t = y % x;
    y = x;
    x = t;
  }
  return BigInt(y);
}

/** ⌊p / r⌋ for non-negative safe integers (the double quotient alone may round up to the next integer). */
function floorDiv(p: number, r: number): number {
  let q = Math.floor(p / r);
  if (q * r > p) q--;
  else if ((q + 1) * r <= p) q++;
  return q;
}

function abs(a: bigint): bigint {
  return a < 0n ? -a : a;
}

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  /** Use the factory functions; this assumes den ≠ 0. */
  private constructor(num: bigint, den: bigint, normalized: boolean) {
    if (!normalized) {
      if (den < 0n) {
        num = -num;
        den = -den;
      }
      const g = gcd(num, den);
      if (g > 1n) {
        num /= g;
        den /= g;
      }
    }
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n, true);
  static readonly ONE = new Rational(1n, 1n, true);

  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    const n = BigInt(num);
    const d = BigInt(den);
    if (d === 0n) throw new RangeError('denominator is zero');
    return new Rational(n, d, false);
  }

  static int(n: bigint | number): Rational {
    return new Rational(BigInt(n), 1n, true);
  }

  /**
   * Parses a decimal literal exactly: `12`, `-0.25`, `.5`, `3.`, `2.5e-3`, `1E10`.
   * Returns null when the text is not such a literal, or when its exponent is beyond ±maxExponent.
   */
  static parseDecimal(text: string, maxExponent = 10000): Rational | null {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m) return null;
    const [, sign, intPart, fracPart = '', expPart] = m;
    if (intPart === '' && fracPart === '') return null;
    const exp = expPart === undefined ? 0 : Number(expPart);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > maxExponent) return null;
    let num = BigInt((intPart || '0') + fracPart);
    if (sign === '-') num = -num;
    const scale = exp - fracPart.length;
    return scale >= 0 ? Rational.of(num * 10n ** BigInt(scale)) : Rational.of(num, 10n ** BigInt(-scale));
  }

  add(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num + o.num, 1n, true);
    return new Rational(this.num * o.den + o.num * this.den, this.den * o.den, false);
  }

  sub(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num - o.num, 1n, true);
    return new Rational(this.num * o.den - o.num * this.den, this.den * o.den, false);
  }

  mul(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num * o.num, 1n, true);
    return new Rational(this.num * o.num, this.den * o.den, false);
  }

  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('division by zero');
    return new Rational(this.num * o.den, this.den * o.num, false);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den, true);
  }

  /** Integer power; negative exponents invert (throws on 0^-k). */
  pow(k: number): Rational {
    if (k < 0) return Rational.ONE.div(this).pow(-k);
    const e = BigInt(k);
    return new Rational(this.num ** e, this.den ** e, true);
  }

  /** Exact square root when both parts are perfect squares and the value is ≥ 0; else null. */
  sqrt(): Rational | null {
    if (this.num < 0n) return null;
    const a = isqrt(this.num);
    const b = isqrt(this.den);
    return a * a === this.num && b * b === this.den ? new Rational(a, b, true) : null;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  cmp(o: Rational): -1 | 0 | 1 {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  /** Decimal digits of the larger of numerator and denominator (exact, without printing the number). */
  digits(): number {
    const a = abs(this.num);
    return decimalDigits(a > this.den ? a : this.den);
  }

  /** Decimal digits of numerator and denominator together: what an exact matrix budget counts. */
  totalDigits(): number {
    return decimalDigits(abs(this.num)) + decimalDigits(this.den);
  }

  /** Bit length of the larger of numerator and denominator (cheap size estimate). */
  bits(): number {
    const a = abs(this.num);
    const b = this.den;
    return bitLength(a > b ? a : b);
  }

  /**
   * A double close to the value (within a few ulps): a direct division when both parts fit in a double, else
   * both are shifted down to ~64 significant bits first and the power of two is applied in two steps, so a value
   * in the subnormal range stays nonzero. Beyond the double range it gives ±Infinity, below it 0: callers that
   * must not lose a value use `checkedFloat` (numbers/scalar.ts), which refuses those.
   */
  toNumber(): number {
    const n = this.num;
    const d = this.den;
    const fn = Number(n);
    const fd = Number(d);
    if (Number.isFinite(fn) && Number.isFinite(fd)) {
      const q = fn / fd;
      // Both parts fit, but the quotient may still land in the subnormal range, where one division is fine; or
      // underflow to 0 only when the true value is below the smallest subnormal.
      if (q !== 0 || n === 0n) return q;
    }
    const shiftN = Math.max(0, bitLength(abs(n)) - 64);
    const shiftD = Math.max(0, bitLength(d) - 64);
    const mn = Number(n >> BigInt(shiftN));
    const md = Number(d >> BigInt(shiftD));
    const k = shiftN - shiftD;
    const half = Math.trunc(k / 2);
    return (mn / md) * 2 ** half * 2 ** (k - half);
  }

  /** value = m·2^e with m a double of about 1 (|m| in [2⁻¹¹, 2¹¹]), for values of any size; 0 gives m = 0. */
  split(): { m: number; e: number } {
    if (this.num === 0n) return { m: 0, e: 0 };
    const shiftN = bitLength(abs(this.num)) - 64;
    const shiftD = bitLength(this.den) - 64;
    const mn = Number(shiftN >= 0 ? this.num >> BigInt(shiftN) : this.num << BigInt(-shiftN));
    const md = Number(shiftD >= 0 ? this.den >> BigInt(shiftD) : this.den << BigInt(-shiftD));
    return { m: mn / md, e: shiftN - shiftD };
  }

  /** log10 |value| for a nonzero value of any size (−Infinity for 0). Accurate to ~15 digits. */
  log10Abs(): number {
    if (this.num === 0n) return -Infinity;
    return log10Big(abs(this.num)) - log10Big(this.den);
  }

  /** `7`, `-7/3`. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** JSON form for `data`: a number when a safe integer, else the string "p/q" or "123…". */
  toJSON(): number | string {
    if (this.den === 1n && this.num <= 9007199254740991n && this.num >= -9007199254740991n) return Number(this.num);
    return this.toString();
  }
}

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** Decimal digits of a non-negative BigInt (0 has 1), exact: an estimate from the bit length, checked against 10^k. */
export function decimalDigits(a: bigint): number {
  if (a < 10n ** 15n) return a.toString().length;
  let d = Math.floor((bitLength(a) - 1) * Math.log10(2)) + 1;
  while (a >= pow10(d)) d++;
  while (d > 1 && a < pow10(d - 1)) d--;
  return d;
}

/** log10 of a positive BigInt of any size, from its leading 53 bits. */
export function log10Big(a: bigint): number {
  const bits = bitLength(a);
  if (bits <= 1000) return Math.log10(Number(a));
  const shift = bits - 64;
  return Math.log10(Number(a >> BigInt(shift))) + shift * Math.log10(2);
}

/** Bit length of a non-negative BigInt (hex digits are 4× cheaper to produce than binary). */
export function bitLength(a: bigint): number {
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + Math.floor(Math.log2(parseInt(hex[0], 16))) + 1;
}

/** Floor square root of a non-negative BigInt (Newton). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  // Newton from a power of two above the root decreases monotonically to floor(sqrt(n)).
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export { gcd };
