/**
 * The functions an entry may use (`sqrt sin cos tan exp log ln abs`) and the constants `pi` and `e`, evaluated so
 * that what is known exactly stays exact. Inside one entry, q·π and e^q (q rational) are kept symbolic, so
 * `sin(pi) = 0`, `cos(pi/3) = 1/2`, `tan(3*pi/4) = -1`, `log(e^2) = 2`, `exp(0) = 1` and `pi/pi = 1` are exact
 * rationals, not `1.22e-16` or `0.5000000000000001`. Every other value is a double computed so that its sign and
 * its being nonzero are right (DESIGN §4): sin(qπ) is reduced exactly in q before any rounding, log(x) near 1 goes
 * through log1p of the exact x − 1, and a result beyond the double range is refused (OutOfRange), never ±∞ or NaN.
 * Domain errors (log(0), log(-1), tan(pi/2)) are EntryErrors with an example that works.
 */
import { Rational } from '../numbers/rational.js';
import {
  OutOfRange,
  add as addScalar,
  checkedFloat,
  div as divScalar,
  isExact,
  mul as mulScalar,
  type Scalar,
} from '../numbers/scalar.js';
import { EntryError } from './entry-error.js';
import { cosPi, modRational, sinPi } from '../numbers/trig.js';

/** q·π for a nonzero rational q. */
export class PiMultiple {
  constructor(readonly q: Rational) {}
}

/** e^q for a nonzero rational q. */
export class PowerOfE {
  constructor(readonly q: Rational) {}
}

/** A value inside an entry expression: a scalar, or one of the two symbolic forms. */
export type Value = Scalar | PiMultiple | PowerOfE;

/** The function names an entry may call (the grammar's whitelist). */
export const FUNCTIONS = ['sqrt', 'sin', 'cos', 'tan', 'exp', 'log', 'ln', 'abs'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export function isFunctionName(w: string): w is FunctionName {
  return (FUNCTIONS as readonly string[]).includes(w);
}

const HALF = Rational.of(1, 2);

export function piTimes(q: Rational): Value {
  return q.isZero() ? Rational.ZERO : new PiMultiple(q);
}

export function ePower(q: Rational): Value {
  return q.isZero() ? Rational.ONE : new PowerOfE(q);
}

/** The value as a scalar: symbolic forms become doubles here (guarded: OutOfRange beyond the double range). */
export function toScalar(v: Value): Scalar {
  if (v instanceof PiMultiple) return mulScalar(v.q, Math.PI);
  if (v instanceof PowerOfE) return expFloat(checkedFloat(v.q), () => v.q.toNumber() * Math.LOG10E);
  return v;
}

function expFloat(x: number, log10: () => number = () => x * Math.LOG10E): number {
  const r = Math.exp(x);
  if (!Number.isFinite(r)) throw new OutOfRange(log10(), 'over');
  if (r === 0) throw new OutOfRange(log10(), 'under');
  return r;
}

function isZeroValue(v: Value): boolean {
  if (v instanceof PiMultiple || v instanceof PowerOfE) return false;
  return isExact(v) ? v.isZero() : v === 0;
}

/** Sign of a value (symbolic forms have a known sign). */
export function signOf(v: Value): -1 | 0 | 1 {
  if (v instanceof PiMultiple) return v.q.sign();
  if (v instanceof PowerOfE) return 1;
  return isExact(v) ? v.sign() : (Math.sign(v) as -1 | 0 | 1);
}

export function add(a: Value, b: Value): Value {
  if (a instanceof PiMultiple && b instanceof PiMultiple) return piTimes(a.q.add(b.q));
  if (isZeroValue(b) && (a instanceof PiMultiple || a instanceof PowerOfE) && isExact(b as Scalar)) return a;
  if (isZeroValue(a) && (b instanceof PiMultiple || b instanceof PowerOfE) && isExact(a as Scalar)) return b;
  return addScalar(toScalar(a), toScalar(b));
}

export function neg(a: Value): Value {
  if (a instanceof PiMultiple) return new PiMultiple(a.q.neg());
  const s = toScalar(a);
  return isExact(s) ? s.neg() : -s;
}

export function sub(a: Value, b: Value): Value {
  if (a instanceof PiMultiple && b instanceof PiMultiple) return piTimes(a.q.sub(b.q));
  return add(a, neg(b));
}

export function mul(a: Value, b: Value): Value {
  // 0·π and 0·e^q are exactly 0 (a float factor, sqrt(2), keeps the old rule: 0·float is a floating 0).
  const symbolic = (v: Value): boolean => v instanceof PiMultiple || v instanceof PowerOfE;
  const exactZero = (v: Value): boolean => v instanceof Rational && v.isZero();
  if ((exactZero(a) && symbolic(b)) || (exactZero(b) && symbolic(a))) return Rational.ZERO;
  if (a instanceof PiMultiple && b instanceof Rational) return piTimes(a.q.mul(b));
  if (b instanceof PiMultiple && a instanceof Rational) return piTimes(b.q.mul(a));
  if (a instanceof PowerOfE && b instanceof PowerOfE) return ePower(a.q.add(b.q));
  return mulScalar(toScalar(a), toScalar(b));
}

/** a / b; the caller has checked that b is not zero. */
export function div(a: Value, b: Value): Value {
  if (a instanceof PiMultiple && b instanceof Rational) return piTimes(a.q.div(b));
  if (a instanceof PiMultiple && b instanceof PiMultiple) return a.q.div(b.q);
  if (a instanceof PowerOfE && b instanceof PowerOfE) return ePower(a.q.sub(b.q));
  if (a instanceof Rational && b instanceof PowerOfE && a.isZero()) return Rational.ZERO;
  return divScalar(toScalar(a), toScalar(b));
}

export function isZero(v: Value): boolean {
  return isZeroValue(v);
}

/** e^q raised to a rational power stays symbolic; everything else is the caller's (exact or floating) power. */
export function powerOfEPow(base: Value, exponent: Value): Value | null {
  if (base instanceof PowerOfE && exponent instanceof Rational) return ePower(base.q.mul(exponent));
  return null;
}

function tanPi(q: Rational, describe: string): Scalar {
  const t = modRational(q, Rational.ONE);
  if (t.isZero()) return Rational.ZERO;
  if (t.equals(Rational.of(1, 4))) return Rational.ONE;
  if (t.equals(Rational.of(3, 4))) return Rational.ONE.neg();
  if (t.equals(HALF))
    throw new EntryError(
      'not_a_number',
      `${describe} is undefined: tan has a pole at π/2 + kπ (cos is 0 there)`,
      'tan is defined away from π/2 + kπ. Example: [[tan(pi/4), tan(pi/3)]]',
    );
  const s = sinPi(q);
  const c = cosPi(q);
  return divScalar(s, c);
}

/** A double argument for sin, cos, tan, exp, log of a non-symbolic value. */
function floatArg(v: Scalar): number {
  return checkedFloat(v);
}

/**
 * Applies a whitelisted function. `describe` names the call for messages (`log(0)`, `tan(pi/2)`).
 * Throws EntryError (domain) or OutOfRange (a result beyond the double range).
 */
export function applyFunction(name: FunctionName, v: Value, describe: string): Value {
  switch (name) {
    case 'abs':
      if (v instanceof PiMultiple) return new PiMultiple(v.q.sign() < 0 ? v.q.neg() : v.q);
      if (v instanceof PowerOfE) return v;
      return isExact(v) ? (v.sign() < 0 ? v.neg() : v) : Math.abs(v);
    case 'sin':
    case 'cos':
    case 'tan': {
      const q = v instanceof PiMultiple ? v.q : v instanceof Rational && v.isZero() ? Rational.ZERO : null;
      if (q) return name === 'sin' ? sinPi(q) : name === 'cos' ? cosPi(q) : tanPi(q, describe);
      const x = floatArg(toScalar(v));
      const r = name === 'sin' ? Math.sin(x) : name === 'cos' ? Math.cos(x) : Math.tan(x);
      if (!Number.isFinite(r)) throw new OutOfRange(NaN, 'over');
      return r;
    }
    case 'exp': {
      if (v instanceof Rational) return ePower(v);
      return expFloat(floatArg(toScalar(v)));
    }
    case 'log':
    case 'ln': {
      if (v instanceof PowerOfE) return v.q;
      if (signOf(v) <= 0)
        throw new EntryError(
          'not_a_number',
          signOf(v) === 0
            ? `${describe} is −∞, not a number: log(x) → −∞ as x → 0`
            : `${describe} is not a real number: log is defined for positive numbers only`,
          'log (natural logarithm, also ln) needs a positive number. Example: [[log(2), log(1/2)], [ln(e), 1]]',
        );
      if (v instanceof Rational) return logRational(v);
      const x = floatArg(toScalar(v));
      return Math.log(x);
    }
    case 'sqrt':
      return sqrtValue(v, describe);
  }
}

/** log of a positive rational: 0 for 1 exactly, else a double that is never 0 (log1p near 1). */
function logRational(x: Rational): Scalar {
  if (x.equals(Rational.ONE)) return Rational.ZERO;
  const near = x.sub(Rational.ONE);
  if (near.cmp(HALF) < 0 && near.cmp(HALF.neg()) > 0) {
    const r = Math.log1p(checkedFloat(near));
    if (r === 0) throw new OutOfRange(near.log10Abs(), 'under');
    return r;
  }
  const f = x.toNumber();
  // Beyond the double range the logarithm itself is modest: through log10 of the exact value.
  return Number.isFinite(f) && f !== 0 ? Math.log(f) : x.log10Abs() * Math.LN10;
}

function sqrtValue(v: Value, describe: string): Value {
  if (signOf(v) < 0)
    throw new EntryError(
      'not_a_number',
      `${describe} takes the square root of a negative number`,
      'sqrt needs a number ≥ 0. Example: [[sqrt(2), sqrt(1/4)]]',
    );
  if (v instanceof PowerOfE) return ePower(v.q.mul(HALF));
  const s0 = toScalar(v);
  if (isExact(s0)) {
    const s = s0.sqrt();
    if (s) return s;
    // An exact value beyond the double range can still have a square root inside it: √(10⁴⁰⁰) = 10²⁰⁰.
    const f = s0.toNumber();
    if (!Number.isFinite(f) || f === 0) {
      const log10 = s0.log10Abs() / 2;
      const r = 10 ** log10;
      if (!Number.isFinite(r)) throw new OutOfRange(log10, 'over');
      if (r === 0) throw new OutOfRange(log10, 'under');
      return r;
    }
    return Math.sqrt(f);
  }
  return Math.sqrt(s0);
}
