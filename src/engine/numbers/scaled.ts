/**
 * Floating numbers that cannot overflow or underflow: a double mantissa and a separate power of two
 * (value = m·2^e, |m| in [0.5, 1) or m = 0). For quantities whose size grows with n, such as determinants and
 * products of diagonals: det(diag(10²⁰⁰π, 10²⁰⁰π)) = 9.87×10⁴⁰⁰ is carried, compared and printed, never ±∞ or 0
 * (DESIGN §4). Only multiplication, addition and comparison are needed.
 */
import { Rational } from './rational.js';
import type { Scalar } from './scalar.js';

const LOG10_2 = Math.log10(2);

/** x·2^k for any integer k, in steps (2^k alone is not a double past ±1023). */
function ldexp(x: number, k: number): number {
  let v = x;
  let r = k;
  while (r > 1000) {
    v *= 2 ** 1000;
    r -= 1000;
  }
  while (r < -1000) {
    v *= 2 ** -1000;
    r += 1000;
  }
  return v * 2 ** r;
}

/** [m, e] with x = m·2^e and |m| in [0.5, 1). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = ldexp(x, -e);
  // log2 can be off by one near powers of two.
  while (Math.abs(m) >= 1) {
    m /= 2;
    e += 1;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e -= 1;
  }
  return [m, e];
}

export class Scaled {
  private constructor(
    readonly m: number,
    readonly e: number,
  ) {}

  static readonly ZERO = new Scaled(0, 0);
  static readonly ONE = new Scaled(0.5, 1);

  /** From a finite double. */
  static of(x: number): Scaled {
    if (!Number.isFinite(x)) throw new RangeError(`Scaled.of: ${x} is not finite`);
    const [m, e] = frexp(x);
    return m === 0 ? Scaled.ZERO : new Scaled(m, e);
  }

  /** m·2^e for a finite double m and an integer e. */
  static times2(m: number, e: number): Scaled {
    const s = Scaled.of(m);
    return s.m === 0 ? s : new Scaled(s.m, s.e + e);
  }

  /** From an exact or floating scalar of any size (an exact value is rounded to a double mantissa). */
  static from(x: Scalar): Scaled {
    if (typeof x === 'number') return Scaled.of(x);
    const { m, e } = (x as Rational).split();
    return Scaled.times2(m, e);
  }

  isZero(): boolean {
    return this.m === 0;
  }

  sign(): -1 | 0 | 1 {
    return this.m > 0 ? 1 : this.m < 0 ? -1 : 0;
  }

  abs(): Scaled {
    return this.m < 0 ? new Scaled(-this.m, this.e) : this;
  }

  neg(): Scaled {
    return this.m === 0 ? this : new Scaled(-this.m, this.e);
  }

  mul(o: Scaled): Scaled {
    if (this.m === 0 || o.m === 0) return Scaled.ZERO;
    return Scaled.times2(this.m * o.m, this.e + o.e);
  }

  add(o: Scaled): Scaled {
    if (this.m === 0) return o;
    if (o.m === 0) return this;
    const e = Math.max(this.e, o.e);
    // A term more than 1100 binary places below the other is below its last digit.
    const a = this.e - e < -1100 ? 0 : ldexp(this.m, this.e - e);
    const b = o.e - e < -1100 ? 0 : ldexp(o.m, o.e - e);
    const s = a + b;
    return s === 0 ? Scaled.ZERO : Scaled.times2(s, e);
  }

  sub(o: Scaled): Scaled {
    return this.add(o.neg());
  }

  /** Compares |values| ordering with signs: -1, 0, 1. */
  cmp(o: Scaled): -1 | 0 | 1 {
    const d = this.sub(o);
    return d.sign();
  }

  /** log10 |value| (−Infinity for 0). */
  log10Abs(): number {
    if (this.m === 0) return -Infinity;
    return Math.log10(Math.abs(this.m)) + this.e * LOG10_2;
  }

  /** The double, when the value is inside the double range (nonzero stays nonzero); else null. */
  toNumber(): number | null {
    if (this.m === 0) return 0;
    const v = ldexp(this.m, this.e);
    return Number.isFinite(v) && v !== 0 ? v : null;
  }

  /**
   * A double within the range of normal doubles, else null (subnormals would lose digits). Decided on the rounded
   * double: a value a hair below 2^−1022 that rounds up to it keeps every digit, so it counts as normal.
   */
  toNormalNumber(): number | null {
    const v = this.toNumber();
    return v !== null && (v === 0 || Math.abs(v) >= 2 ** -1022) ? v : null;
  }

  /** Sign, mantissa in [1, 10) (to 17 digits, computed exactly from m·2^e in BigInt) and power of ten. */
  scientific(): { negative: boolean; mantissa: number; exponent: number } {
    if (this.m === 0) return { negative: false, mantissa: 0, exponent: 0 };
    const M = BigInt(Math.abs(this.m) * 2 ** 53); // |m| in [0.5, 1): an exact 53-bit integer
    const e2 = this.e - 53;
    let exponent = Math.floor(this.log10Abs());
    const k = exponent - 17;
    const num = M * (e2 > 0 ? 2n ** BigInt(e2) : 1n) * (k < 0 ? 10n ** BigInt(-k) : 1n);
    const den = (e2 < 0 ? 2n ** BigInt(-e2) : 1n) * (k > 0 ? 10n ** BigInt(k) : 1n);
    let digits = (num / den).toString();
    // The log10 estimate may be one off: the digit count says which.
    exponent += digits.length - 18;
    digits = digits.slice(0, 17);
    return { negative: this.m < 0, mantissa: Number(`${digits[0]}.${digits.slice(1)}`), exponent };
  }
}

/** Text form: as a plain double when inside the range of normal doubles, else `9.8696e400` (6 significant digits). */
export function formatScaled(x: Scaled, format: (v: number) => string): string {
  const v = x.toNormalNumber();
  if (v !== null) return format(v);
  return rounded(x, 6);
}

/** `9.8696e400`: the mantissa rounded to `digits` significant digits; 9.99999…e399 rounds to 1e400, not 10e399. */
function rounded(x: Scaled, digits: number): string {
  const { negative, mantissa, exponent } = x.scientific();
  const m = Number(mantissa.toPrecision(digits));
  return m >= 10
    ? `${negative ? '-' : ''}${Number((m / 10).toPrecision(digits))}e${exponent + 1}`
    : `${negative ? '-' : ''}${m}e${exponent}`;
}

/** JSON form for `data`: a number inside the range of normal doubles, else the string `"9.86960440108936e400"`. */
export function scaledJSON(x: Scaled): number | string {
  const v = x.toNormalNumber();
  if (v !== null) return Number(v.toPrecision(15));
  return rounded(x, 15);
}
