/**
 * Window functions of length n, symmetric (as numpy's `hanning`, `hamming`, `blackman` and scipy's `tukey` with
 * `sym=True`): w₀ = w_{n−1}. They are built from cos(qπ) with q rational (./trig.ts), so an entry is exact whenever
 * that cosine is rational: hann(5) = (0, 1/2, 1, 1/2, 0), hann(4) = (0, 3/4, 3/4, 0), blackman's ends are exactly 0.
 */
import { Rational } from './rational.js';
import { add, mul, sub, type Scalar } from './scalar.js';
import { cosPi } from './trig.js';

export const WINDOWS = ['hann', 'hamming', 'blackman', 'tukey'] as const;
export type WindowName = (typeof WINDOWS)[number];

/** Tukey's taper fraction: the cosine edges take α = 1/2 of the window, a flat top the rest. */
export const TUKEY_ALPHA = Rational.of(1, 2);

const HALF = Rational.of(1, 2);

/** (1 − cos(qπ))/2. */
function raisedCosine(q: Rational): Scalar {
  return mul(HALF, sub(Rational.ONE, cosPi(q)));
}

/** The n values of a window (n ≥ 1; a window of length 1 is [1]). */
export function windowValues(name: WindowName, n: number): Scalar[] {
  if (n === 1) return [Rational.ONE];
  const m = Rational.int(n - 1);
  return Array.from({ length: n }, (_, k) => {
    const x = Rational.int(k).div(m); // k/(n−1) ∈ [0, 1]
    const twoX = x.mul(Rational.int(2));
    switch (name) {
      case 'hann':
        return raisedCosine(twoX);
      case 'hamming':
        return sub(Rational.of(54, 100), mul(Rational.of(46, 100), cosPi(twoX)));
      case 'blackman':
        return add(
          sub(Rational.of(42, 100), mul(HALF, cosPi(twoX))),
          mul(Rational.of(8, 100), cosPi(twoX.mul(Rational.int(2)))),
        );
      case 'tukey': {
        const edge = TUKEY_ALPHA.mul(HALF);
        const d = x.cmp(HALF) <= 0 ? x : Rational.ONE.sub(x); // distance from the nearer end
        return d.cmp(edge) < 0 ? raisedCosine(d.mul(Rational.int(2)).div(TUKEY_ALPHA)) : Rational.ONE;
      }
    }
  });
}
