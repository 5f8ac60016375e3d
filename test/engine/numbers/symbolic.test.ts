// Exact values in π or in e (src/engine/numbers/symbolic.ts): quotients of Laurent polynomials with surd coefficients.
// π and e^(1/d) are transcendental, so a value is 0 exactly when its numerator polynomial is: the ring laws are checked
// exactly (fast-check, fixed seeds); signs come from refinement and agree with 60-digit references (mpmath) of values
// chosen near 0; π and e never mix; degree and power bounds throw ExactOverflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../fc-seed.js';
import { MixedSymbols, Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { ExactOverflow, Surd } from '../../../src/engine/numbers/surd.js';
import { Rational } from '../../../src/engine/numbers/rational.js';

type X = Rational | Symbolic;
const pi = Symbolic.piPower(1);
const e = Symbolic.ePower(Rational.ONE);
const r = (n: number | bigint, d: number | bigint = 1) => Rational.of(BigInt(n), BigInt(d));
const { add, sub, mul, div } = Symbolic;
const isZero = (x: X): boolean => x instanceof Rational && x.isZero();
const sign = (x: X): number => (x instanceof Rational ? x.sign() : x.sign());

test('text: 2*pi, pi^2 - 1, (pi + 1)/(pi - 1), e^2, exp(1/2), sqrt(2)*pi/4, 1e-320*pi', () => {
  assert.equal(mul(r(2), pi).toString(), '2*pi');
  assert.equal(sub(mul(pi, pi), r(1)).toString(), 'pi^2 - 1');
  assert.equal(div(add(pi, r(1)), sub(pi, r(1))).toString(), '(pi + 1)/(pi - 1)');
  assert.equal(mul(e, e).toString(), 'e^2');
  assert.equal(Symbolic.ePower(r(1, 2)).toString(), 'exp(1/2)');
  assert.equal(div(e, mul(e, e)).toString(), 'exp(-1)');
  assert.equal(mul(Symbolic.ePower(r(1, 2)), Symbolic.ePower(r(1, 3))).toString(), 'exp(5/6)');
  const s2 = Symbolic.surd(Surd.sqrt(r(2))!);
  assert.equal(div(mul(s2, pi), r(4)).toString(), 'sqrt(2)*pi/4');
  assert.equal(mul(r(1, 10n ** 320n), pi).toString(), '1e-320*pi');
  // A quotient that divides out is a polynomial again: (π² − 1)/(π − 1) = π + 1.
  assert.equal(div(sub(mul(pi, pi), r(1)), sub(pi, r(1))).toString(), 'pi + 1');
});

const piPoly = fc
  .array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -9, max: 9 }), fc.constantFrom(1, 2, 3)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((terms) =>
    terms.reduce<X>(
      (acc, [k, c, s]) => add(acc, mul(Symbolic.surd(Surd.sqrt(r(s))!), Symbolic.piPower(k, r(c)))),
      Rational.ZERO,
    ),
  );

test('ring and field laws in π, exactly (a value is 0 exactly when its polynomial is)', () => {
  fc.assert(
    fc.property(piPoly, piPoly, piPoly, (x, y, z) => {
      assert.ok(isZero(sub(mul(add(x, y), z), add(mul(x, z), mul(y, z)))), 'distributive');
      assert.ok(isZero(sub(mul(x, y), mul(y, x))), 'commutative');
      if (!isZero(y)) assert.ok(isZero(sub(div(mul(x, y), y), x)), 'x·y/y = x');
      assert.ok(isZero(sub(x, x)));
    }),
    { numRuns: 200, seed: 51 },
  );
});

test('signs by refinement agree with 60-digit references near 0', () => {
  // π − 355/113 = −2.667·10⁻⁷; 10⁹π − 3141592653 = 0.5898; e − 2.718281828459045 = 2.35·10⁻¹⁶;
  // π² − 9.8696044010893586188 = 3.4·10⁻²⁰; e^(1/2) − 1.6487212707001282 = −1.3·10⁻¹⁷.
  assert.equal(sign(sub(pi, r(355, 113))), -1);
  assert.equal(sign(sub(mul(r(10 ** 9), pi), r(3141592653))), 1);
  assert.equal(sign(sub(e, Rational.parseDecimal('2.718281828459045')!)), 1);
  assert.equal(sign(sub(mul(pi, pi), Rational.parseDecimal('9.8696044010893586188')!)), 1);
  assert.equal(sign(sub(Symbolic.ePower(r(1, 2)), Rational.parseDecimal('1.6487212707001282')!)), -1);
  // Issue 23's determinant 3π² > 0 and the pd pivot 3π/2.
  assert.equal(sign(sub(mul(mul(r(2), pi), mul(r(2), pi)), mul(pi, pi))), 1);
});

test('π and e never mix exactly; degree and power bounds throw ExactOverflow', () => {
  assert.throws(() => add(pi, e), MixedSymbols);
  assert.throws(() => mul(pi, e), MixedSymbols);
  // π^60 alone is one term; π^60 + π is a polynomial of span 59 > 48.
  assert.equal(Symbolic.pow(pi, 60).toString(), 'pi^60');
  assert.throws(() => add(Symbolic.pow(pi, 60), pi), ExactOverflow);
  assert.throws(() => Symbolic.ePower(r(1, 10 ** 6)), ExactOverflow);
});
