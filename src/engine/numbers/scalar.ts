/**
 * A scalar is one of four kinds, each with its own arithmetic (DESIGN §4): a Rational (exact, BigInt), a Symbolic
 * (exact: surds, and polynomials in π or in e over them; ./symbolic.ts), a Certified (an expression evaluated to
 * enclosures at any precision; ./certified.ts), or a number: a double read from a file past the exact budget, taken as
 * the exact value of that double. Arithmetic stays in the most exact kind that can hold the result: rationals with
 * rationals stay rational, symbolic values stay symbolic while their bounds allow (π with e, too many radicands or too
 * high a degree go certified), and a double whose result leaves the double range becomes certified instead of ±∞ or 0.
 */
import { Rational } from './rational.js';
import { Scaled } from './scaled.js';
import { Certified } from './certified.js';
import { NeedPrecision } from './interval.js';
import { msLeft } from '../deadline.js';
import { MixedSymbols, Symbolic } from './symbolic.js';
import { ExactOverflow } from './surd.js';
import { intervalJSON, intervalText, powerOfTenText, zeroBoundExponent } from './decimal.js';

const LOG10_2 = Math.log10(2);

export type Scalar = Rational | number | Symbolic | Certified;

/** Largest finite double, ≈ 1.8×10³⁰⁸. */
export const FLOAT_MAX = Number.MAX_VALUE;
/** Smallest positive double (a subnormal), ≈ 4.9×10⁻³²⁴: below it a nonzero value would become 0. */
export const FLOAT_MIN = Number.MIN_VALUE;

/**
 * A floating-point quantity left the range of doubles. Scalars no longer throw it (a double that would overflow becomes
 * certified); it remains for the places that must hand a double to a floating kernel and say where one did not fit.
 */
export class OutOfRange extends Error {
  /** The entry it happened in (from 1), set by the matrix builder; each answer words it in its own language. */
  entry?: { row: number; col: number };
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
  if (x instanceof Rational) return x.log10Abs();
  const iv = x instanceof Certified ? x.refined(16) : x.enclose(64);
  return iv.log2Mag() * LOG10_2;
}

/** An exact value as a double, refusing overflow and a nonzero that would become 0. */
export function checkedFloat(x: Scalar): number {
  if (typeof x === 'number') return x;
  const f = toFloat(x);
  if (!Number.isFinite(f)) throw new OutOfRange(log10Abs(x), 'over');
  if (f === 0 && signOf(x) !== 0) throw new OutOfRange(log10Abs(x), 'under');
  return f;
}

/** A rational (the exact kind of the fast paths). */
export function isExact(x: Scalar): x is Rational {
  return x instanceof Rational;
}

export function isSymbolic(x: Scalar): x is Symbolic {
  return x instanceof Symbolic;
}

export function isCertified(x: Scalar): x is Certified {
  return x instanceof Certified;
}

/** Exactly decidable: a rational or a symbolic value (every zero test and sign is exact). */
export function isExactValue(x: Scalar): x is Rational | Symbolic {
  return x instanceof Rational || x instanceof Symbolic;
}

/** A double near the value (exact for a double; positions, colours and floating kernels). */
export function toFloat(x: Scalar): number {
  return typeof x === 'number' ? x : x.toNumber();
}

/** The exact value of a finite double, as a rational (a double is m·2^e with a 53-bit integer m). */
export function exactOfDouble(x: number): Rational {
  if (x === 0) return Rational.ZERO;
  const { m, e } = Scaled.of(x);
  const mantissa = BigInt(m * 2 ** 53); // |m| in [0.5, 1): an exact 53-bit integer
  const k = e - 53;
  return k >= 0 ? Rational.of(mantissa * 2n ** BigInt(k)) : Rational.of(mantissa, 2n ** BigInt(-k));
}

type BinaryOp = 'add' | 'sub' | 'mul' | 'div';

/** Two exact operands: symbolic arithmetic, or certified when π meets e or a bound is passed. */
function exactOp(op: BinaryOp, a: Rational | Symbolic, b: Rational | Symbolic): Scalar {
  try {
    switch (op) {
      case 'add':
        return Symbolic.add(a, b);
      case 'sub':
        return Symbolic.sub(a, b);
      case 'mul':
        return Symbolic.mul(a, b);
      case 'div':
        return Symbolic.div(a, b);
    }
  } catch (e) {
    if (e instanceof MixedSymbols || e instanceof ExactOverflow) return Certified.apply(op, a, b);
    throw e;
  }
}

/** Two doubles: the double result when it is the right size; certified when it overflows or underflows to 0. */
function floatOp(op: BinaryOp, x: number, y: number): Scalar {
  const r = op === 'add' ? x + y : op === 'sub' ? x - y : op === 'mul' ? x * y : x / y;
  if (Number.isFinite(r)) {
    // A sum of doubles is 0 only when exact (gradual underflow); a product or quotient of nonzeros is never 0.
    if (r !== 0 || op === 'add' || op === 'sub' || x === 0 || (op === 'mul' && y === 0)) return r === 0 ? 0 : r;
  }
  return Certified.apply(op, x, y);
}

function binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (a instanceof Rational && b instanceof Rational) {
    switch (op) {
      case 'add':
        return a.add(b);
      case 'sub':
        return a.sub(b);
      case 'mul':
        return a.mul(b);
      case 'div':
        return a.div(b);
    }
  }
  if (typeof a === 'number' && typeof b === 'number') return floatOp(op, a, b);
  // Exact zeros stay exact zeros (0·π, 0·x of any kind).
  if (op === 'mul' && (isExactZero(a) || isExactZero(b))) return Rational.ZERO;
  if (op === 'div' && isExactZero(a)) return Rational.ZERO;
  // ·1 and /1 leave the value as it is (so a certified a·1 is the same expression as a).
  if ((op === 'mul' || op === 'div') && b instanceof Rational && b.equals(Rational.ONE)) return a;
  if (op === 'mul' && a instanceof Rational && a.equals(Rational.ONE)) return b;
  if ((op === 'add' || op === 'sub') && isExactZero(b)) return a;
  if (op === 'add' && isExactZero(a)) return b;
  if (isExactValue(a) && isExactValue(b)) return exactOp(op, a, b);
  // A double beside an exact rational or symbolic value: the double is an exact rational, so the result stays exact
  // when it is cheap (small matrices only ever mix kinds like this); beside a certified one, certified.
  if (typeof a === 'number' && isExactValue(b)) return exactOp(op, exactOfDouble(a), b);
  if (typeof b === 'number' && isExactValue(a)) return exactOp(op, a, exactOfDouble(b));
  return Certified.apply(op, a as Certified, b as Certified);
}

/** Exactly 0 as a rational or a double (a certified value is never taken for 0 without a proof). */
function isExactZero(x: Scalar): boolean {
  return typeof x === 'number' ? x === 0 : x instanceof Rational ? x.isZero() : false;
}

export function add(a: Scalar, b: Scalar): Scalar {
  return binary('add', a, b);
}

export function sub(a: Scalar, b: Scalar): Scalar {
  return binary('sub', a, b);
}

export function mul(a: Scalar, b: Scalar): Scalar {
  return binary('mul', a, b);
}

/** a / b for b ≠ 0 (callers check). */
export function div(a: Scalar, b: Scalar): Scalar {
  return binary('div', a, b);
}

export function neg(a: Scalar): Scalar {
  if (typeof a === 'number') return -a;
  if (a instanceof Rational) return a.neg();
  if (a instanceof Symbolic) return Symbolic.neg(a);
  const leaf = a.exactLeaf();
  return leaf !== undefined && typeof leaf !== 'number'
    ? Certified.of(neg(leaf) as Rational | Symbolic)
    : Certified.apply('neg', a);
}

/** The sign: exact for rationals, symbolic values and doubles; by refinement for certified values (null: undecided). */
export function signOf(x: Scalar): -1 | 0 | 1 | null {
  if (typeof x === 'number') return x > 0 ? 1 : x < 0 ? -1 : 0;
  if (x instanceof Rational) return x.sign();
  if (x instanceof Symbolic) return x.sign();
  return x.sign();
}

/**
 * Known to be exactly 0, cheaply: a rational or double 0, a symbolic zero, a certified exact leaf 0. A certified
 * expression is never refined here (signOf does that): structural zeros (0·x) are rationals already.
 */
export function isZeroScalar(x: Scalar): boolean {
  if (typeof x === 'number') return x === 0;
  if (x instanceof Rational) return x.isZero();
  if (x instanceof Symbolic) return x.isZero();
  const leaf = x.exactLeaf();
  return leaf !== undefined && isZeroScalar(leaf);
}

/**
 * Equality: exact for rationals, symbolic values and doubles (|a − b| ≤ tol for two doubles when a tolerance is
 * given); for certified values only when the difference is proved 0.
 */
export function equal(a: Scalar, b: Scalar, tol = 0): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tol;
  return provedEqual(a, b) === true;
}

/**
 * Equality, proved: true or false when decided (exactly, or a certified difference separated from 0, or two
 * certified values that are the same expression), null when a certified difference stays within 10⁻¹⁰⁰⁰ of 0.
 */
export function provedEqual(a: Scalar, b: Scalar): boolean | null {
  if (a instanceof Rational && b instanceof Rational) return a.equals(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a instanceof Certified || b instanceof Certified) {
    if (Certified.of(a).sameAs(Certified.of(b))) return true;
  }
  const s = signOf(sub(a, b));
  return s === null ? null : s === 0;
}

/** Sign, with |x| ≤ tol counting as zero for doubles; an undecided certified sign counts as 0. */
export function sign(x: Scalar, tol = 0): -1 | 0 | 1 {
  if (typeof x === 'number') return x > tol ? 1 : x < -tol ? -1 : 0;
  return signOf(x) ?? 0;
}

/** a ≥ b, exactly where decidable, with tolerance for doubles. */
export function geq(a: Scalar, b: Scalar, tol = 0): boolean {
  return sign(sub(a, b), tol) >= 0;
}

/**
 * JSON form for `data`: a rational as a number or "p/q"; a double rounded to 15 significant digits; a symbolic value
 * as its grammar text ("sqrt(2)/2", "2*pi"); a certified value as the midpoint of its enclosure (a number, or the
 * string "9.86960440108936e400" beyond the double range).
 */
export function scalarJSON(x: Scalar): number | string {
  if (x instanceof Rational) return x.toJSON();
  if (typeof x === 'number') return cleanFloat(x);
  if (x instanceof Symbolic) return x.toString();
  return certifiedJSON(x);
}

/**
 * A certified value in `data`: its proved digits, refined past 56 bits while its enclosure still holds 0 (a midpoint
 * of an enclosure around 0 may have the wrong sign: the oracle found det A = π·10⁻²⁶ written as −8.5e-20). Still
 * around 0 at the cap, or out of time: the text's `≈0 (|x| < 10⁻ᵏ)`, never a signed number.
 */
function certifiedJSON(x: Certified): number | string {
  for (const bits of [56, 128, 256, 512, 1024, 2048, 3400]) {
    let iv;
    try {
      iv = x.refined(bits);
    } catch (e) {
      if (e instanceof NeedPrecision) break;
      throw e;
    }
    if (iv.sign() !== null) return intervalJSON(iv);
    if (msLeft() < 250) break;
  }
  return certifiedTextLong(x);
}

/** Rounds away binary noise: 0.30000000000000004 → 0.3 (15 significant digits). */
export function cleanFloat(x: number): number {
  if (!Number.isFinite(x)) throw new OutOfRange(NaN, 'over');
  if (x === 0) return 0;
  // toPrecision of a value near the top of the range can round up past it (1.7976931348623157e308 → Infinity).
  const r = Number(x.toPrecision(15));
  return Number.isFinite(r) ? r : x;
}

/**
 * Text form: `7`, `-7/3` exact; `sqrt(2)/2`, `2*pi` symbolic; doubles with up to 6 significant digits, no noise;
 * certified values with the digits their enclosure proves (up to 6), `≈0` when it still contains 0.
 */
export function formatScalar(x: Scalar, digits = 6): string {
  if (x instanceof Rational) return numberStyle === 'decimals' && !x.isInteger() ? decimalOf(x) : compactRational(x);
  if (x instanceof Symbolic)
    return numberStyle === 'decimals'
      ? `${intervalText(x.refined(digits * 4 + 8), Math.min(digits, 15)) ?? x.toString()}…`
      : x.toString();
  if (x instanceof Certified) return certifiedText(x, digits);
  // Never print Infinity or NaN: an unguarded path that produced one is a bug, reported as out of range.
  if (!Number.isFinite(x)) throw new OutOfRange(NaN, 'over');
  if (x === 0 || Object.is(x, -0)) return '0';
  const a = Math.abs(x);
  // A subnormal double has fewer significant digits than a normal one: do not print digits it does not have.
  if (a < 2 ** -1022) digits = Math.max(1, Math.min(digits, Math.floor(Math.log10(a / Number.MIN_VALUE))));
  // Never zeros that are not there: 2182865.63 is 2182866, not 2182870.
  if (a >= 10 ** digits && a < 1e7) return String(Math.round(x));
  if (a >= 1e-4 && a < 1e7) return String(Number(x.toPrecision(digits)));
  const [m, e] = x.toExponential(digits - 1).split('e');
  return `${String(Number(m))}e${e.replace('+', '')}`;
}

/** Integers of more digits than this are written with a power of ten when they end in zeros. */
const LONG_INTEGER = 16;

/**
 * An integer still exact, shorter: 10³⁰ as `1e30`, 895504·10¹²³ as `8.95504e128` (the grammar reads both back exactly),
 * when it has over 16 digits of which at most 15 are significant; otherwise as it is.
 */
function compactInteger(n: bigint): string {
  const text = (n < 0n ? -n : n).toString();
  if (text.length <= LONG_INTEGER) return n.toString();
  const significant = text.replace(/0+$/, '');
  if (significant.length > 15) return n.toString();
  const exponent = text.length - 1;
  const mantissa = significant.length > 1 ? `${significant[0]}.${significant.slice(1)}` : significant;
  return `${n < 0n ? '-' : ''}${mantissa}e${exponent}`;
}

/**
 * An exact rational as text, with long numerators and denominators that end in zeros written with a power of ten:
 * `1e30`, `1e-25` (1/10²⁵), `1/1.5e25`. Exact either way; short values are as `toString()` writes them.
 */
export function compactRational(x: Rational): string {
  const plain = x.toString();
  if (plain.length <= LONG_INTEGER) return plain;
  if (x.den === 1n) return compactInteger(x.num);
  // p/10ᵏ with a short p: a decimal in e-notation.
  const den = x.den.toString();
  if (/^10*$/.test(den)) {
    const digits = (x.num < 0n ? -x.num : x.num).toString();
    if (digits.length <= 15) {
      const exponent = digits.length - 1 - (den.length - 1);
      const significant = digits.replace(/0+$/, '');
      const mantissa = significant.length > 1 ? `${significant[0]}.${significant.slice(1)}` : significant;
      return `${x.num < 0n ? '-' : ''}${mantissa}e${exponent}`;
    }
  }
  return `${compactInteger(x.num)}/${compactInteger(x.den)}`;
}

/** A certified value: its proven digits, or `≈0` when 0 is still inside its enclosure at the cap. */
export function certifiedText(x: Certified, digits = 6): string {
  const iv = x.refined(Math.ceil(digits * 3.33) + 4);
  return intervalText(iv, digits) ?? '≈0';
}

/** `≈0 (|x| < 10⁻³⁰)` for a certified value whose enclosure still contains 0, else its proven digits. */
export function certifiedTextLong(x: Certified, digits = 6): string {
  const iv = x.refined(Math.ceil(digits * 3.33) + 4);
  const t = intervalText(iv, digits);
  if (t) return t;
  const k = zeroBoundExponent(iv);
  return Number.isFinite(k) ? `≈0 (|x| < ${powerOfTenText(k)})` : '0';
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
export function negligibleBelow(values: readonly (number | null)[], tolerance?: number): number {
  const max = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)).filter(Number.isFinite));
  return Math.max(tolerance ?? 0, max * 1e-12);
}

/**
 * How to show one floating eigenvalue near 0: `'0'` when it is exactly 0 for exact input (the engine
 * sets exactly n − rank of them to 0, the rank being decided exactly), `'≈0'` when it is negligible
 * (a float cannot say more: a positive definite matrix like hilbert(12) has eigenvalues far below it),
 * and null for a number to print as it is. A null eigenvalue (an enclosure around 0, not proved 0) is `'≈0'`.
 */
export function zeroLabel(v: number | null, negligible: number, exact: boolean): '0' | '≈0' | null {
  if (v === null) return '≈0';
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
