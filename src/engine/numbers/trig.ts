/**
 * sin(qπ) and cos(qπ) for a rational q, exact where the value is rational and otherwise a double with the exact
 * sign and never a lost nonzero. Shared by entry expressions (`sin(pi/6)`) and the window builders (`hann(5)`).
 */
import { Rational } from './rational.js';
import { mul, type Scalar } from './scalar.js';

const HALF = Rational.of(1, 2);
const TWO = Rational.int(2);

/** ⌊q⌋ for a rational. */
function floor(q: Rational): bigint {
  const f = q.num / q.den;
  return q.num < 0n && f * q.den !== q.num ? f - 1n : f;
}

/** q mod m, in [0, m), for rationals. */
export function modRational(q: Rational, m: Rational): Rational {
  return q.sub(m.mul(Rational.int(floor(q.div(m)))));
}

/**
 * sin(qπ) for a rational q: exact at the multiples of π/6 where the value is rational (0, ±1/2, ±1: by Niven's
 * theorem the only rational values), otherwise a double with the exact sign. q is reduced exactly, modulo 2, then
 * to u ∈ [0, 1/2] with sin(qπ) = ±sin(uπ); the double is sin(u·π), or u·π when u is too small for sin to see it.
 */
export function sinPi(q: Rational): Scalar {
  const r = modRational(q, TWO);
  const sign = r.cmp(Rational.ONE) < 0 ? 1 : -1;
  const t = modRational(r, Rational.ONE);
  const u = t.cmp(HALF) <= 0 ? t : Rational.ONE.sub(t);
  if (u.isZero()) return Rational.ZERO;
  if (u.equals(HALF)) return Rational.int(sign);
  if (u.equals(Rational.of(1, 6))) return Rational.of(sign, 2);
  const uf = u.toNumber();
  // Below about 1e-8, sin(uπ) and uπ agree to every digit a double has; mulScalar refuses an underflow to 0.
  const s = uf < 1e-8 ? (mul(u, Math.PI) as number) : Math.sin(uf * Math.PI);
  return sign * s;
}

export function cosPi(q: Rational): Scalar {
  return sinPi(q.add(HALF));
}
