/**
 * The functions an entry may use (`sqrt sin cos tan exp log ln abs`) and the constants `pi` and `e`, evaluated so
 * that what is known exactly stays exact (DESIGN §4): sqrt of a rational is a surd (`sqrt(8)` = 2·√2), sin, cos and
 * tan at multiples of π/12 are surds (`cos(pi/6)` = √3/2), `pi` and `e^q` are exact symbols, `log(e^2)` = 2. Every
 * other value is certified: an expression evaluated to enclosures at whatever precision its sign needs
 * (numbers/certified.ts). Domain errors (log(0), log(-1), sqrt(-2), tan(pi/2)) are EntryErrors with an example that
 * works; a sign that cannot be decided within the precision cap is one too, saying so.
 */
import { Rational } from '../numbers/rational.js';
import { Certified, CAP_DIGITS } from '../numbers/certified.js';
import { ExactOverflow, Surd } from '../numbers/surd.js';
import { LPoly, Symbolic } from '../numbers/symbolic.js';
import { neg as negScalar, signOf, type Scalar } from '../numbers/scalar.js';
import { EntryError } from './entry-error.js';
import { t as tr } from '../i18n/index.js';
import { cosPi, sinPi, tanPi } from '../numbers/trig.js';

/** A value inside an entry expression: any scalar. */
export type Value = Scalar;

/** The function names an entry may call (the grammar's whitelist). */
export const FUNCTIONS = ['sqrt', 'sin', 'cos', 'tan', 'exp', 'log', 'ln', 'abs'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export function isFunctionName(w: string): w is FunctionName {
  return (FUNCTIONS as readonly string[]).includes(w);
}

const HALF = Rational.of(1, 2);

/** q when v is exactly q·π (q rational, possibly 0), else null. */
export function piMultiple(v: Value): Rational | null {
  if (v instanceof Rational) return v.isZero() ? v : null;
  if (!(v instanceof Symbolic) || v.sym !== 'pi' || !v.isPolynomial()) return null;
  const t = v.num.terms;
  if (t.length !== 1 || t[0][0] !== 1) return null;
  return t[0][1].rational();
}

/**
 * v as c·T^k with c rational, T = π or e^(1/d) (a single term, denominator 1), else null. `e` is t¹ with d = 1,
 * `exp(3/2)` is t³ with d = 2.
 */
function monomial(v: Value): { sym: 'pi' | 'e'; d: number; k: number; c: Rational } | null {
  if (!(v instanceof Symbolic) || v.sym === 'none' || !v.isPolynomial() || v.num.terms.length !== 1) return null;
  const [[k, s]] = v.num.terms;
  const c = s.rational();
  return c ? { sym: v.sym, d: v.d, k, c } : null;
}

/** e^q exactly when it fits the exact bounds, else certified. */
export function ePower(q: Rational): Value {
  try {
    return Symbolic.ePower(q);
  } catch (e) {
    if (!(e instanceof ExactOverflow)) throw e;
    return Certified.apply('exp', q);
  }
}

/** The value of `pi`. */
export function piValue(): Value {
  return Symbolic.piPower(1);
}

/** The sign of v, or an EntryError when it cannot be decided (a certified value equal to 0 to the cap). */
function decidedSign(v: Value, describe: string, what: 'cosNonzero' | 'positive' | 'nonnegative'): -1 | 0 | 1 {
  const s = signOf(v);
  if (s === null)
    throw new EntryError('not_a_number', () =>
      tr('err.function.undecided', { call: describe, what, digits: CAP_DIGITS }),
    );
  return s;
}

/**
 * Applies a whitelisted function. `describe` names the call for messages (`log(0)`, `tan(pi/2)`).
 * Throws EntryError (domain).
 */
export function applyFunction(name: FunctionName, v: Value, describe: string): Value {
  switch (name) {
    case 'abs': {
      const s = signOf(v);
      if (s === null) return Certified.apply('abs', v);
      return s < 0 ? negScalar(v) : v;
    }
    case 'sin':
    case 'cos':
    case 'tan': {
      const q = piMultiple(v);
      if (q) {
        if (name === 'sin') return sinPi(q);
        if (name === 'cos') return cosPi(q);
        const t = tanPi(q);
        if (t === null) throw tanPole(describe);
        return t;
      }
      if (name === 'tan') {
        // A pole is at an odd multiple of π/2: cos must be proved nonzero.
        const c = Certified.apply('cos', v);
        if (decidedSign(c, describe, 'cosNonzero') === 0) throw tanPole(describe);
      }
      return Certified.apply(name, v);
    }
    case 'exp': {
      if (v instanceof Rational) return ePower(v);
      return Certified.apply('exp', v);
    }
    case 'log':
    case 'ln': {
      const s = decidedSign(v, describe, 'positive');
      if (s <= 0)
        throw new EntryError(
          'not_a_number',
          () =>
            s === 0
              ? tr('err.function.logZero', { call: describe })
              : tr('err.function.logNegative', { call: describe }),
          () => tr('err.hint.log'),
        );
      if (v instanceof Rational && v.equals(Rational.ONE)) return Rational.ZERO;
      const m = monomial(v);
      if (m && m.sym === 'e' && m.c.equals(Rational.ONE)) return Rational.of(m.k, m.d);
      return Certified.apply('log', v);
    }
    case 'sqrt':
      return sqrtValue(v, describe);
  }
}

function tanPole(describe: string): EntryError {
  return new EntryError(
    'not_a_number',
    () => tr('err.function.tanPole', { call: describe }),
    () => tr('err.hint.tan'),
  );
}

/** √v: a surd for a rational, c'·T^(k/2) for c·T^k, certified otherwise. */
export function sqrtValue(v: Value, describe: string): Value {
  const s = decidedSign(v, describe, 'nonnegative');
  if (s < 0)
    throw new EntryError(
      'not_a_number',
      () => tr('err.function.sqrtNegative', { call: describe }),
      () => tr('err.hint.sqrt'),
    );
  if (s === 0) return Rational.ZERO;
  try {
    if (v instanceof Rational) {
      const square = v.sqrt();
      if (square) return square;
      const r = Surd.sqrt(v);
      if (r) return Symbolic.surd(r);
    }
    const m = monomial(v);
    if (m) {
      const root = Surd.sqrt(m.c);
      if (root && m.sym === 'e') return Symbolic.make('e', 2 * m.d, LPoly.monomial(m.k, root));
      if (root && m.sym === 'pi' && m.k % 2 === 0) return Symbolic.make('pi', 1, LPoly.monomial(m.k / 2, root));
    }
  } catch (e) {
    if (!(e instanceof ExactOverflow)) throw e;
  }
  return Certified.apply('sqrt', v);
}

/** √ of a rational ≥ 0 as the exact kind when it can be, for builders (kms, gauss). */
export function sqrtRational(q: Rational): Value {
  return sqrtValue(q, 'sqrt');
}

export { HALF };
