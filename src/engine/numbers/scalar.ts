/**
 * A scalar is exact (Rational) or floating (number). Mixed arithmetic falls back to floating
 * point; exact stays exact. One code path serves both: the mode follows the data.
 */
import { Rational } from './rational.js';

export type Scalar = Rational | number;

export function isExact(x: Scalar): x is Rational {
  return typeof x !== 'number';
}

export function toFloat(x: Scalar): number {
  return typeof x === 'number' ? x : x.toNumber();
}

export function add(a: Scalar, b: Scalar): Scalar {
  return typeof a === 'number' || typeof b === 'number' ? toFloat(a) + toFloat(b) : a.add(b);
}

export function sub(a: Scalar, b: Scalar): Scalar {
  return typeof a === 'number' || typeof b === 'number' ? toFloat(a) - toFloat(b) : a.sub(b);
}

export function mul(a: Scalar, b: Scalar): Scalar {
  return typeof a === 'number' || typeof b === 'number' ? toFloat(a) * toFloat(b) : a.mul(b);
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
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  return Number(x.toPrecision(15));
}

/** Text form: `7`, `-7/3` exact; floats with up to 6 significant digits, no noise. */
export function formatScalar(x: Scalar, digits = 6): string {
  if (typeof x !== 'number') return x.toString();
  if (x === 0 || Object.is(x, -0)) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e7) return String(Number(x.toPrecision(digits)));
  const [m, e] = x.toExponential(digits - 1).split('e');
  return `${String(Number(m))}e${e.replace('+', '')}`;
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
