/**
 * A scalar is exact (Rational) or floating (number). Mixed arithmetic falls back to floating
 * point; exact stays exact. One code path serves both: the mode follows the data.
 */
import { Rational } from './rational.js';
import { Scaled } from './scaled.js';

export type Scalar = Rational | number;

/** Largest finite double, ≈ 1.8×10³⁰⁸. */
export const FLOAT_MAX = Number.MAX_VALUE;
/** Smallest positive double (a subnormal), ≈ 4.9×10⁻³²⁴: below it a nonzero value would become 0. */
export const FLOAT_MIN = Number.MIN_VALUE;

/**
 * A floating-point quantity left the range of doubles: it would overflow to ±∞, or a nonzero value would
 * underflow to 0 (DESIGN §4: never a lost sign or nonzero, never Infinity or NaN). Thrown by the guarded float
 * operations below; `generate` adds the entry, a verb adds the quantity's name, and `run()` turns it into an
 * `out_of_range` answer. `log10` is the size the value would have had, for the message.
 */
export class OutOfRange extends Error {
  /** "entry (1,2)", set by the matrix builder. */
  where?: string;
  /** "A∘B", "det(A)", set by the verb. */
  quantity?: string;
  constructor(
    readonly log10: number,
    readonly direction: 'over' | 'under',
  ) {
    super(`floating-point ${direction === 'over' ? 'overflow' : 'underflow'} (about 10^${Math.round(log10)})`);
    this.name = 'OutOfRange';
  }
}

/** log10 of a finite nonzero |x|, or of an exact nonzero rational of any size. */
export function log10Abs(x: Scalar): number {
  if (typeof x === 'number') return Math.log10(Math.abs(x));
  return x.log10Abs();
}

/** A float result from nonzero, finite inputs: refuses ±∞ and NaN, and a 0 that should not be 0. */
function guarded(r: number, mustBeNonzero: boolean, log10: () => number): number {
  if (Number.isFinite(r)) {
    if (r === 0 && mustBeNonzero) throw new OutOfRange(log10(), 'under');
    return r;
  }
  throw new OutOfRange(Number.isNaN(r) ? NaN : log10(), 'over');
}

/** An exact value as a double, refusing overflow and a nonzero that would become 0. */
export function checkedFloat(x: Scalar): number {
  if (typeof x === 'number') return x;
  return guarded(x.toNumber(), !x.isZero(), () => x.log10Abs());
}

export function isExact(x: Scalar): x is Rational {
  return typeof x !== 'number';
}

export function toFloat(x: Scalar): number {
  return typeof x === 'number' ? x : x.toNumber();
}

/**
 * Sums and products: exact for two rationals; otherwise floating point, guarded (OutOfRange rather than ±∞, or a
 * 0 from nonzero factors). A float sum is 0 only when x = −y exactly (gradual underflow), so sums need no
 * underflow check.
 */
export function add(a: Scalar, b: Scalar): Scalar {
  if (typeof a !== 'number' && typeof b !== 'number') return a.add(b);
  const [x, y] = summands(a, b);
  const r = guarded(x + y, false, () => Math.log10(Math.abs(x / 2 + y / 2)) + Math.LOG10E * Math.LN2);
  return r === 0 ? cancelled(a, b, 1) : r;
}

export function sub(a: Scalar, b: Scalar): Scalar {
  if (typeof a !== 'number' && typeof b !== 'number') return a.sub(b);
  const [x, y] = summands(a, b);
  const r = guarded(x - y, false, () => Math.log10(Math.abs(x / 2 - y / 2)) + Math.LOG10E * Math.LN2);
  return r === 0 ? cancelled(a, b, -1) : r;
}

/**
 * A mixed sum a ± b whose doubles cancelled to 0. The doubles are exact, but an exact operand was rounded on its way
 * in (1/(2·10³²³) becomes 5e−324, the smallest double), so the true sum may be nonzero: decided exactly, it is 0, or
 * a nonzero below the double range (refused as underflow, never a silent 0).
 */
function cancelled(a: Scalar, b: Scalar, sign: 1 | -1): number {
  const ra = typeof a === 'number' ? exactOfDouble(a) : a;
  const rb = typeof b === 'number' ? exactOfDouble(b) : b;
  const exact = sign === 1 ? ra.add(rb) : ra.sub(rb);
  if (exact.isZero()) return 0;
  return guarded(exact.toNumber(), true, () => exact.log10Abs());
}

/** The exact value of a finite double, as a rational (a double is m·2^e with a 53-bit integer m). */
function exactOfDouble(x: number): Rational {
  if (x === 0) return Rational.ZERO;
  const { m, e } = Scaled.of(x);
  const mantissa = BigInt(m * 2 ** 53); // |m| in [0.5, 1): an exact 53-bit integer
  const k = e - 53;
  return k >= 0 ? Rational.of(mantissa * 2n ** BigInt(k)) : Rational.of(mantissa, 2n ** BigInt(-k));
}

/**
 * Both operands of a mixed sum as doubles. An exact value too small for a double next to a nonzero float is below
 * that float's last digit and drops out (π + 10⁻⁴⁰⁰ is π in floating point); alone, or too large, it is out of range.
 */
function summands(a: Scalar, b: Scalar): [number, number] {
  const small = (r: Scalar, other: Scalar): number | null =>
    typeof r !== 'number' && typeof other === 'number' && other !== 0 && r.toNumber() === 0 ? 0 : null;
  return [small(a, b) ?? checkedFloat(a), small(b, a) ?? checkedFloat(b)];
}

export function mul(a: Scalar, b: Scalar): Scalar {
  if (typeof a !== 'number' && typeof b !== 'number') return a.mul(b);
  if (typeof a !== 'number') return mulExact(a, b as number, false);
  if (typeof b !== 'number') return mulExact(b, a, false);
  return guarded(a * b, a !== 0 && b !== 0, () => Math.log10(Math.abs(a)) + Math.log10(Math.abs(b)));
}

/** a / b for b ≠ 0 (callers check), guarded like `mul`. */
export function div(a: Scalar, b: Scalar): Scalar {
  if (typeof a !== 'number' && typeof b !== 'number') return a.div(b);
  if (typeof a !== 'number') return mulExact(a, 1 / (b as number), false, b as number);
  if (typeof b !== 'number') return mulExact(b, a, true);
  return guarded(a / b, a !== 0, () => Math.log10(Math.abs(a)) - Math.log10(Math.abs(b)));
}

/**
 * r·y (or y/r with `invert`) for an exact r and a float y. When r itself is beyond the double range the product may
 * still be inside it (10⁴⁰⁰ · 10⁻³⁰⁰π): r is split as m·2^e and the power of two applied last, in steps.
 * `divisor` is y's original when the caller passed 1/y (so 1/y's own overflow is not mistaken for the result's).
 */
function mulExact(r: Rational, y: number, invert: boolean, divisor?: number): number {
  const f = r.toNumber();
  // r as a double when it is a normal one (a subnormal r has lost digits already).
  const normal = Number.isFinite(f) && (Math.abs(f) >= 2 ** -1022 || r.isZero());
  if (normal && Number.isFinite(y) && (y !== 0 || divisor === undefined)) {
    const v = invert ? y / f : divisor !== undefined ? f / divisor : f * y;
    // y/r is nonzero when y is (r ≠ 0 here); r/divisor when r is; r·y when both are.
    const nonzero = invert ? y !== 0 : !r.isZero() && (divisor !== undefined || y !== 0);
    return guarded(v, nonzero, () => logOf(r, y, invert, divisor));
  }
  if (r.isZero()) return invert ? guarded(y / 0, false, () => NaN) : 0;
  // Both operands as mantissa·2^exponent: the mantissas meet near 1, and the powers of two are applied once, at the
  // end. (Meeting the float itself lost digits when it was subnormal, 10³⁰⁹·5×10⁻³²⁴ came out 28% low, and
  // overflowed when it was tiny enough for 1/y to be ±∞, 10⁻¹⁶/5×10⁻³²⁴ was refused though it is 2×10³⁰⁷.)
  const { m, e } = r.split();
  const z = Scaled.of(divisor ?? y);
  const head = invert ? z.m / m : divisor !== undefined ? m / z.m : m * z.m;
  const k = invert ? z.e - e : divisor !== undefined ? e - z.e : e + z.e;
  const s = Scaled.times2(head, k);
  const v = s.toNumber() ?? (s.log10Abs() > 0 ? Infinity : 0);
  return guarded(v, head !== 0, () => logOf(r, y, invert, divisor));
}

function logOf(r: Rational, y: number, invert: boolean, divisor?: number): number {
  const lr = r.log10Abs();
  if (divisor !== undefined) return lr - Math.log10(Math.abs(divisor));
  return invert ? Math.log10(Math.abs(y)) - lr : lr + Math.log10(Math.abs(y));
}

export function neg(a: Scalar): Scalar {
  return typeof a === 'number' ? -a : a.neg();
}

/** Exact equality for rationals; for floats, |a−b| ≤ tol. */
export function equal(a: Scalar, b: Scalar, tol = 0): boolean {
  if (typeof a !== 'number' && typeof b !== 'number') return a.equals(b);
  return Math.abs(toFloat(a) - toFloat(b)) <= tol;
}

/** Sign, with |x| ≤ tol counting as zero for floats. */
export function sign(x: Scalar, tol = 0): -1 | 0 | 1 {
  if (typeof x !== 'number') return x.sign();
  return x > tol ? 1 : x < -tol ? -1 : 0;
}

/** a ≥ b, exactly for rationals, with tolerance for floats. */
export function geq(a: Scalar, b: Scalar, tol = 0): boolean {
  return sign(sub(a, b), tol) >= 0;
}

/** JSON form for `data`: exact → number or "p/q"; float → number rounded to 15 significant digits. */
export function scalarJSON(x: Scalar): number | string {
  if (typeof x !== 'number') return x.toJSON();
  return cleanFloat(x);
}

/** Rounds away binary noise: 0.30000000000000004 → 0.3 (15 significant digits). */
export function cleanFloat(x: number): number {
  if (!Number.isFinite(x)) throw new OutOfRange(NaN, 'over');
  if (x === 0) return 0;
  // toPrecision of a value near the top of the range can round up past it (1.7976931348623157e308 → Infinity).
  const r = Number(x.toPrecision(15));
  return Number.isFinite(r) ? r : x;
}

/** Text form: `7`, `-7/3` exact; floats with up to 6 significant digits, no noise. */
export function formatScalar(x: Scalar, digits = 6): string {
  if (typeof x !== 'number') return numberStyle === 'decimals' && !x.isInteger() ? decimalOf(x) : x.toString();
  // Never print Infinity or NaN: an unguarded path that produced one is a bug, reported as out of range.
  if (!Number.isFinite(x)) throw new OutOfRange(NaN, 'over');
  if (x === 0 || Object.is(x, -0)) return '0';
  const a = Math.abs(x);
  // A subnormal double has fewer significant digits than a normal one: do not print digits it does not have.
  if (a < 2 ** -1022) digits = Math.max(1, Math.min(digits, Math.floor(Math.log10(a / Number.MIN_VALUE))));
  if (a >= 1e-4 && a < 1e7) return String(Number(x.toPrecision(digits)));
  const [m, e] = x.toExponential(digits - 1).split('e');
  return `${String(Number(m))}e${e.replace('+', '')}`;
}

/** How exact fractions are printed in text: `1/3` (the default) or `0.333333…` (a channel's `numbers` setting). */
export type NumberStyle = 'fractions' | 'decimals';

// Set only for the span of one synchronous computation (`withNumberStyle`), like the work deadline: nothing
// asynchronous can run in between, so two commands can never see each other's style.
let numberStyle: NumberStyle = 'fractions';

/** The style in force (the channel's, inside `withNumberStyle`). */
export function numberStyleNow(): NumberStyle {
  return numberStyle;
}

/** Runs `fn` (synchronous) with exact fractions printed as decimals or fractions, then restores the default. */
export function withNumberStyle<T>(style: NumberStyle | undefined, fn: () => T): T {
  const before = numberStyle;
  numberStyle = style ?? 'fractions';
  try {
    return fn();
  } finally {
    numberStyle = before;
  }
}

/**
 * An exact fraction as a decimal: exactly when it terminates within 12 places (1/8 → 0.125), else 6 significant
 * digits and "…" (1/3 → 0.333333…), so a reader can tell the rounded from the exact.
 */
function decimalOf(x: Rational): string {
  let d = x.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  if (d === 1n) {
    for (let places = 1; places <= 12; places++) {
      const scaled = x.num * 10n ** BigInt(places);
      if (scaled % x.den === 0n) {
        const q = scaled / x.den;
        const neg = q < 0n;
        const digits = (neg ? -q : q).toString().padStart(places + 1, '0');
        return `${neg ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
      }
    }
  }
  const v = x.toNumber();
  const a = Math.abs(v);
  const body =
    a >= 1e-4 && a < 1e7
      ? String(Number(v.toPrecision(6)))
      : v
          .toExponential(5)
          .replace(/\.?0+e/, 'e')
          .replace('+', '');
  return `${body}…`;
}

/**
 * Below this magnitude a floating eigenvalue cannot be told from 0: the input's tolerance, or 10⁻¹² of the
 * largest magnitude (double precision has ~16 digits; eigenvalues lose a few).
 */
export function negligibleBelow(values: number[], tolerance?: number): number {
  const max = Math.max(0, ...values.map((v) => Math.abs(v)).filter(Number.isFinite));
  return Math.max(tolerance ?? 0, max * 1e-12);
}

/**
 * How to show one floating eigenvalue near 0: `'0'` when it is exactly 0 for exact input (the engine
 * sets exactly n − rank of them to 0, the rank being decided exactly), `'≈0'` when it is negligible
 * (a float cannot say more: a positive definite matrix like hilbert(12) has eigenvalues far below it),
 * and null for a number to print as it is.
 */
export function zeroLabel(v: number, negligible: number, exact: boolean): '0' | '≈0' | null {
  if (v === 0) return exact ? '0' : '≈0';
  return Math.abs(v) <= negligible ? '≈0' : null;
}

/** The range of doubles, in words, for messages. */
export const FLOAT_RANGE_TEXT = 'nonzero sizes from about 4.9×10⁻³²⁴ to 1.8×10³⁰⁸';

/** "9.87×10⁴⁰⁰" from a log10 (the mantissa to 3 digits); "10^?" when unknown. */
export function magnitudeText(log10: number): string {
  if (!Number.isFinite(log10)) return log10 > 0 ? 'more than 10^(10^15)' : 'a number of unknown size';
  let e = Math.floor(log10);
  let m = Number((10 ** (log10 - e)).toPrecision(3));
  if (m >= 10) {
    m /= 10;
    e += 1;
  }
  const sup = String(e)
    .split('')
    .map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]))
    .join('');
  return `${m}×10${sup}`;
}
