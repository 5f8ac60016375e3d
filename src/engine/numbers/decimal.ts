/**
 * Decimal text of an enclosure, with only the digits it proves: k significant digits are printed when both ends of the
 * interval round to the same k-digit decimal (then so does every value inside it). Exact BigInt arithmetic, any size:
 * `9.8696e400` and `3.14159e-320` print like any other number.
 */
import { Interval, bitLen } from './interval.js';

const LOG10_2 = Math.log10(2);

/** Beyond this many powers of ten, scaling goes through an enclosure of 10^j instead of the exact BigInt 10^j. */
const EXACT_POWERS = 400;

/** |m·2^e|·10^j as a fraction num/den of BigInts (for |j| ≤ EXACT_POWERS). */
function scaledFraction(m: bigint, e: number, j: number): [bigint, bigint] {
  let num = m < 0n ? -m : m;
  let den = 1n;
  if (j >= 0) num *= 10n ** BigInt(j);
  else den *= 10n ** BigInt(-j);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return [num, den];
}

/**
 * Bounds [lo, hi] on |m·2^e|·10^j rounded to the nearest integer: exact for moderate j; for huge j (10^(10⁸)) from an
 * enclosure of 10^j at 200 bits, so one or both ends may be one off, which can only cost a proved digit, never add one.
 */
function scaledRoundBounds(m: bigint, e: number, j: number): [bigint, bigint] {
  if (Math.abs(j) <= EXACT_POWERS) {
    const [num, den] = scaledFraction(m, e, j);
    const r = (2n * num + den) / (2n * den);
    return [r, r];
  }
  const p = 200;
  const ten = Interval.point(10n).powInt(Math.abs(j), p);
  const x = Interval.point(m < 0n ? -m : m, e);
  const v = j >= 0 ? x.mul(ten, p) : x.div(ten, p);
  const round = (a: bigint, ex: number): bigint => {
    if (ex >= 0) return a << BigInt(ex);
    const sh = BigInt(-ex);
    return (a + (1n << (sh - 1n))) >> sh;
  };
  return [round(v.lo, v.e), round(v.hi, v.e)];
}

/** ⌊log10 |m·2^e|⌋ (m ≠ 0): exact for moderate sizes, else from the size estimate checked by an enclosure. */
function log10Floor(m: bigint, e: number): number {
  const b = bitLen(m);
  const top = Number((m < 0n ? -m : m) >> BigInt(Math.max(0, b - 60)));
  let k = Math.floor((Math.log2(top) + Math.max(0, b - 60) + e) * LOG10_2);
  for (let guard = 0; guard < 4; guard++) {
    const [lo, hi] = scaledFloorBounds(m, e, -k);
    if (hi < 1n) k -= 1;
    else if (lo >= 10n) k += 1;
    else return k;
  }
  return k;
}

/** Bounds on ⌊|m·2^e|·10^j⌋ (exact for moderate j). */
function scaledFloorBounds(m: bigint, e: number, j: number): [bigint, bigint] {
  if (Math.abs(j) <= EXACT_POWERS) {
    const [num, den] = scaledFraction(m, e, j);
    const f = num / den;
    return [f, f];
  }
  const p = 128;
  const ten = Interval.point(10n).powInt(Math.abs(j), p);
  const x = Interval.point(m < 0n ? -m : m, e);
  const v = j >= 0 ? x.mul(ten, p) : x.div(ten, p);
  const floor = (a: bigint, ex: number): bigint => (ex >= 0 ? a << BigInt(ex) : a >> BigInt(-ex));
  return [floor(v.lo, v.e), floor(v.hi, v.e)];
}

export interface ProvenDecimal {
  negative: boolean;
  /** The significant digits, e.g. "314159". */
  digits: string;
  /** Power of ten of the first digit. */
  exponent: number;
}

/**
 * The longest decimal (at most `max` significant digits) that every point of `iv` rounds to; null when the interval
 * contains 0 or not even one digit is proven.
 */
export function provenDecimal(iv: Interval, max: number): ProvenDecimal | null {
  const s = iv.sign();
  if (s === null || s === 0) return null;
  const lo = iv.lower();
  const hi = iv.upper();
  const E = log10Floor(hi.m, hi.e);
  for (let k = max; k >= 1; k--) {
    const j = k - 1 - E;
    const [a, a2] = scaledRoundBounds(lo.m, lo.e, j);
    const [b2, b] = scaledRoundBounds(hi.m, hi.e, j);
    if (a !== b || a2 !== a || b2 !== b) continue;
    let digits = a.toString();
    let exponent = E;
    if (digits.length > k) {
      // Rounded up to the next power of ten (9.9996 → 10.000).
      digits = digits.slice(0, k);
      exponent += 1;
    }
    if (digits === '' || a === 0n) return null;
    return { negative: s < 0, digits, exponent };
  }
  return null;
}

/** `3.14159`, `-0.00012`, `9.8696e400`, `1.5e-8`: plain between 10⁻⁴ and 10⁷, else scientific; trailing zeros dropped. */
export function decimalText(d: ProvenDecimal, pad = true): string {
  const digits = d.digits.replace(/0+$/, '') || '0';
  const sign = d.negative ? '-' : '';
  // Without `pad`, zeros that were not proved are never written: 2182870 for 2182865.6 to 6 digits is 2.18287e6.
  if (d.exponent >= -4 && d.exponent < 7 && (pad || d.digits.length > d.exponent)) {
    if (d.exponent >= digits.length - 1) return sign + digits + '0'.repeat(d.exponent - digits.length + 1);
    if (d.exponent >= 0) return `${sign}${digits.slice(0, d.exponent + 1)}.${digits.slice(d.exponent + 1)}`;
    return `${sign}0.${'0'.repeat(-d.exponent - 1)}${digits}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}e${d.exponent}`;
}

/** The decimal with up to `max` proven digits, or null (see provenDecimal). */
export function intervalText(iv: Interval, max = 6): string | null {
  const d = provenDecimal(iv, max);
  if (!d || iv.isPoint()) return d ? decimalText(d) : null;
  // An integer part longer than `max` digits: all of it when proved (up to 15 digits), else scientific notation, never
  // zeros that were not proved.
  if (d.exponent >= max && d.exponent < 15) {
    const whole = provenDecimal(iv, d.exponent + 1);
    if (whole && whole.digits.length === d.exponent + 1 && whole.exponent === d.exponent) return decimalText(whole);
  }
  return decimalText(d, false);
}

/** "10⁻³⁰" style bound for an enclosure of 0: the smallest power of ten above both ends' magnitudes. */
export function zeroBoundExponent(iv: Interval): number {
  const mag = iv.log2Mag();
  if (!Number.isFinite(mag)) return -Infinity;
  return Math.ceil(mag * LOG10_2 + 1e-9);
}

/** `10⁻³⁰`: a power of ten with a superscript exponent. */
export function powerOfTenText(k: number): string {
  const sup = String(k)
    .split('')
    .map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]))
    .join('');
  return `10${sup}`;
}

/**
 * A JSON number when it is a normal double, else the scientific string `"9.86960440108936e400"`: the digits the
 * enclosure proves (up to 15; every point of it rounds to them), not a midpoint's last digits that it does not prove.
 * A point is its own value; an enclosure that proves no digit gives its midpoint (callers refine or say ≈0 first).
 */
export function intervalJSON(iv: Interval): number | string {
  if (iv.isZero()) return 0;
  const d = provenDecimal(iv, 15);
  const v = d ? Number(`${d.negative ? '-' : ''}0.${d.digits}e${d.exponent + 1}`) : iv.toNumber();
  if (Number.isFinite(v) && v !== 0 && Math.abs(v) >= 2 ** -1022) return Number(v.toPrecision(15));
  if (!d) return 0;
  const digits = d.digits.replace(/0+$/, '') || '0';
  return `${d.negative ? '-' : ''}${digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits}e${d.exponent}`;
}
