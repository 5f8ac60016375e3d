/**
 * Decimal text of an enclosure, with only the digits it proves: k significant digits are printed when both ends of the
 * interval round to the same k-digit decimal (then so does every value inside it). Exact BigInt arithmetic, any size:
 * `9.8696e400` and `3.14159e-320` print like any other number.
 */
import { Interval, bitLen } from './interval.js';

const LOG10_2 = Math.log10(2);

/** |m·2^e| as the integer nearest to it times 10^-j (j may be negative). */
function scaledRound(m: bigint, e: number, j: number): bigint {
  let num = m < 0n ? -m : m;
  let den = 1n;
  if (j >= 0) num *= 10n ** BigInt(j);
  else den *= 10n ** BigInt(-j);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return (2n * num + den) / (2n * den);
}

/** ⌊log10 |m·2^e|⌋, exactly (m ≠ 0). */
function log10Floor(m: bigint, e: number): number {
  const b = bitLen(m);
  const top = Number((m < 0n ? -m : m) >> BigInt(Math.max(0, b - 60)));
  let k = Math.floor((Math.log2(top) + Math.max(0, b - 60) + e) * LOG10_2);
  // The estimate can be one off: |v|·10^-k must be in [1, 10).
  for (;;) {
    const below = scaledFloor(m, e, -k);
    if (below < 1n) k -= 1;
    else if (below >= 10n) k += 1;
    else return k;
  }
}

function scaledFloor(m: bigint, e: number, j: number): bigint {
  let num = m < 0n ? -m : m;
  let den = 1n;
  if (j >= 0) num *= 10n ** BigInt(j);
  else den *= 10n ** BigInt(-j);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return num / den;
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
    const a = scaledRound(lo.m, lo.e, j);
    const b = scaledRound(hi.m, hi.e, j);
    if (a !== b) continue;
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
export function decimalText(d: ProvenDecimal): string {
  const digits = d.digits.replace(/0+$/, '') || '0';
  const sign = d.negative ? '-' : '';
  if (d.exponent >= -4 && d.exponent < 7) {
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
  return d ? decimalText(d) : null;
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

/** A JSON number for the midpoint when it is a normal double, else the scientific string `"9.86960440108936e400"`. */
export function intervalJSON(iv: Interval): number | string {
  if (iv.isZero()) return 0;
  const v = iv.toNumber();
  if (Number.isFinite(v) && v !== 0 && Math.abs(v) >= 2 ** -1022) return Number(v.toPrecision(15));
  const d = provenDecimal(iv, 15);
  if (!d) return 0;
  const digits = d.digits.replace(/0+$/, '') || '0';
  return `${d.negative ? '-' : ''}${digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits}e${d.exponent}`;
}
