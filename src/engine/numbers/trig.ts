/**
 * sin(qπ), cos(qπ) and tan(qπ) for a rational q: exact at the multiples of π/12, where the values lie in ℚ(√2, √3)
 * (sin(π/12) = (√6 − √2)/4, tan(π/12) = 2 − √3), and certified enclosures elsewhere. q is reduced exactly modulo 2
 * before anything else. Shared by entry expressions (`sin(pi/6)`) and the window builders (`hann(5)`).
 */
import { Rational } from './rational.js';
import { Surd } from './surd.js';
import { Symbolic } from './symbolic.js';
import { Certified } from './certified.js';
import type { Scalar } from './scalar.js';

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

const sqrt = (n: number): Surd => Surd.sqrt(Rational.int(n))!;

/** sin(kπ/12) for k = 0…6, exactly. */
const SIN_TWELFTHS: Surd[] = [
  Surd.ZERO,
  sqrt(6).sub(sqrt(2)).scale(Rational.of(1, 4)),
  Surd.of(HALF),
  sqrt(2).scale(HALF),
  sqrt(3).scale(HALF),
  sqrt(6).add(sqrt(2)).scale(Rational.of(1, 4)),
  Surd.of(Rational.ONE),
];

function surdScalar(s: Surd): Scalar {
  return Symbolic.surd(s);
}

/**
 * sin(qπ) for a rational q. q is reduced modulo 2, then to u ∈ [0, 1/2] with sin(qπ) = ±sin(uπ): exact when 12u is
 * an integer, otherwise the certified sin(uπ) with the exact sign.
 */
export function sinPi(q: Rational): Scalar {
  const r = modRational(q, TWO);
  const negative = r.cmp(Rational.ONE) >= 0;
  const t = modRational(r, Rational.ONE);
  const u = t.cmp(HALF) <= 0 ? t : Rational.ONE.sub(t);
  const twelfths = u.mul(Rational.int(12));
  if (twelfths.isInteger()) {
    const s = SIN_TWELFTHS[Number(twelfths.num)];
    return surdScalar(negative ? s.neg() : s);
  }
  const v = Certified.apply('sin', Symbolic.piPower(1, u));
  return negative ? Certified.apply('neg', v) : v;
}

export function cosPi(q: Rational): Scalar {
  return sinPi(q.add(HALF));
}

/** tan(qπ), or null at a pole (q ≡ 1/2 mod 1). */
export function tanPi(q: Rational): Scalar | null {
  const t = modRational(q, Rational.ONE);
  if (t.equals(HALF)) return null;
  if (t.mul(Rational.int(12)).isInteger()) {
    const s = sinPiSurd(t);
    const c = sinPiSurd(t.add(HALF));
    return surdScalar(s.div(c));
  }
  // tan(uπ) for u ∈ (−1/2, 1/2): odd, so the sign is q's after reduction.
  const u = t.cmp(HALF) > 0 ? t.sub(Rational.ONE) : t;
  return Certified.apply('tan', Symbolic.piPower(1, u));
}

/** sin(qπ) as a surd, for 12q an integer. */
function sinPiSurd(q: Rational): Surd {
  const v = sinPi(q);
  if (v instanceof Rational) return Surd.of(v);
  if (v instanceof Symbolic) return v.surdValue()!;
  throw new Error('sinPiSurd: not a multiple of π/12 (a bug)');
}
