// The values of exact π and e expressions (src/engine/numbers/symbolic.ts), not only their identities: random
// expression trees (sums, differences, products, quotients, integer powers of q·π^k, e^(n/d) with different d, and
// surds) are built with Symbolic's operations and, beside them, evaluated by decimal.js at 120 digits from its own π and
// exp. Every enclosure must contain the reference and be as narrow as asked; sign, toNumber and refined must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../fc-seed.js';
import { Decimal } from 'decimal.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { ExactOverflow, Surd } from '../../../src/engine/numbers/surd.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Interval } from '../../../src/engine/numbers/interval.js';

type X = Rational | Symbolic;
const D = Decimal.clone({ precision: 120 });
const PI = D.acos(-1);
const r = (n: number | bigint, d: number | bigint = 1) => Rational.of(BigInt(n), BigInt(d));

/** A value and its 120-digit reference. */
interface V {
  x: X;
  v: Decimal;
  text: string;
}

const leaf = (family: 'pi' | 'e'): fc.Arbitrary<V> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 7 }))
      .map(([n, d]) => ({ x: Rational.of(BigInt(n), BigInt(d)), v: new D(n).div(d), text: `${n}/${d}` })),
    fc
      .constantFrom(2, 3, 6, 12, 18)
      .map((n) => ({ x: Symbolic.surd(Surd.sqrt(r(n))!), v: new D(n).sqrt(), text: `√${n}` })),
    family === 'pi'
      ? fc
          .tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 }))
          .map(([k, n, d]) => ({
            x: Symbolic.piPower(k, r(n, d)),
            v: PI.pow(k).mul(n).div(d),
            text: `${n}/${d}·π^${k}`,
          }))
      : fc
          .tuple(fc.integer({ min: -4, max: 4 }), fc.constantFrom(1, 2, 3, 4, 6))
          .map(([n, d]) => ({ x: Symbolic.ePower(r(n, d)), v: new D(n).div(d).exp(), text: `e^(${n}/${d})` })),
  );

const expr = (family: 'pi' | 'e'): fc.Arbitrary<V> =>
  fc.letrec<{ e: V }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf(family),
      fc.tuple(fc.constantFrom('+', '-', '*', '/'), tie('e'), tie('e')).map(([op, a, b]) => combine(op, a, b)),
      fc.tuple(tie('e'), fc.integer({ min: -3, max: 3 })).map(([a, k]) => power(a, k)),
    ),
  })).e;

function combine(op: string, a: V, b: V): V {
  const text = `(${a.text} ${op} ${b.text})`;
  if (op === '+') return { x: Symbolic.add(a.x, b.x), v: a.v.add(b.v), text };
  if (op === '-') return { x: Symbolic.sub(a.x, b.x), v: a.v.sub(b.v), text };
  if (op === '*') return { x: Symbolic.mul(a.x, b.x), v: a.v.mul(b.v), text };
  if (isZero(b.x)) return a; // no division by an exact 0
  return { x: Symbolic.div(a.x, b.x), v: a.v.div(b.v), text };
}

function power(a: V, k: number): V {
  if (k < 0 && isZero(a.x)) return a;
  return { x: Symbolic.pow(a.x, k), v: a.v.pow(k), text: `${a.text}^${k}` };
}

const isZero = (x: X) => x instanceof Rational && x.isZero();

function enclose(x: X, p: number): Interval {
  return x instanceof Rational ? Interval.fromFraction(x.num, x.den, p) : x.enclose(p);
}

const ends = (iv: Interval) => {
  const s = new D(2).pow(iv.e);
  return [new D(iv.lo.toString()).mul(s), new D(iv.hi.toString()).mul(s)];
};

function checkValue({ x, v, text }: V): void {
  // A value is 0 exactly when its polynomial is: the exact 0 comes back as Rational 0, never as a Symbolic.
  if (v.abs().lt(new D(10).pow(-90))) {
    assert.ok(isZero(x), `${text} ≈ ${v.toSignificantDigits(5)} should be the exact 0, is ${x.toString()}`);
    return;
  }
  assert.ok(!isZero(x), `${text} = ${v.toSignificantDigits(20)} is not 0`);
  for (const p of [64, 200]) {
    const [lo, hi] = ends(enclose(x, p));
    const slack = v.abs().mul(new D(10).pow(-100));
    assert.ok(lo.sub(slack).lte(v) && hi.add(slack).gte(v), `${text} at ${p} bits: [${lo}, ${hi}] ∌ ${v}`);
  }
  const [lo, hi] = ends(enclose(x, 200));
  // The enclosure at 200 bits, widened for cancellation within the expression, is still within 2^-100 relative.
  assert.ok(hi.sub(lo).lte(v.abs().mul(new D(2).pow(-100))), `${text} at 200 bits: width ${hi.sub(lo)} for ${v}`);
  if (x instanceof Symbolic) {
    assert.equal(x.sign(), D.sign(v), `sign of ${text}`);
    const n = x.toNumber();
    assert.ok(Math.abs(n - v.toNumber()) <= Math.abs(v.toNumber()) * 2 ** -50, `toNumber of ${text}: ${n} for ${v}`);
    const [rlo, rhi] = ends(x.refined(80));
    assert.ok(rlo.lte(v) && rhi.gte(v) && rhi.sub(rlo).lte(v.abs().mul(new D(2).pow(-78))), `refined(80) of ${text}`);
  }
}

for (const family of ['pi', 'e'] as const)
  test(`${family} expressions: enclosures, signs and toNumber agree with decimal.js at 120 digits`, () => {
    let checked = 0;
    fc.assert(
      fc.property(expr(family), (ev) => {
        try {
          checkValue(ev);
          checked++;
        } catch (e) {
          // Degree and coefficient bounds: the caller goes certified.
          if (!(e instanceof ExactOverflow)) throw e;
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(checked > 200, `${checked} checked`);
  });

test('values whose polynomials cancel exactly are the exact 0; near-cancellations are not', () => {
  const pi = Symbolic.piPower(1);
  const t = Symbolic.ePower(r(1, 3));
  // (π + 1)(π − 1) − (π² − 1) = 0; (e^(1/3))³ − e = 0; e^(1/2)·e^(1/3) − e^(5/6) = 0; 1/(π−1) − 1/(π−1) = 0.
  const zeros: X[] = [
    Symbolic.sub(Symbolic.mul(Symbolic.add(pi, r(1)), Symbolic.sub(pi, r(1))), Symbolic.sub(Symbolic.pow(pi, 2), r(1))),
    Symbolic.sub(Symbolic.pow(t, 3), Symbolic.ePower(r(1))),
    Symbolic.sub(Symbolic.mul(Symbolic.ePower(r(1, 2)), t), Symbolic.ePower(r(5, 6))),
    Symbolic.sub(
      Symbolic.div(r(1), Symbolic.sub(pi, r(1))),
      Symbolic.div(r(2), Symbolic.sub(Symbolic.mul(r(2), pi), r(2))),
    ),
  ];
  for (const z of zeros) assert.ok(isZero(z), `${z.toString()} is 0`);
  // e^(1/2)·e^(−1/2) is the rational 1, and e^(1/2)·e^(1/2) is e, a polynomial: both were a Symbolic over a copy of
  // the polynomial 1 (printed "1/1" and "e/1") until Symbolic.make stopped shrinking the denominator 1.
  const one = Symbolic.mul(Symbolic.ePower(r(1, 2)), Symbolic.ePower(r(-1, 2)));
  assert.ok(one instanceof Rational && one.equals(Rational.ONE), `${one.toString()} is the rational 1`);
  const third = Symbolic.mul(Symbolic.ePower(r(1, 3)), Symbolic.ePower(r(-1, 3)));
  assert.ok(third instanceof Rational && third.equals(Rational.ONE));
  const twoSqrt = Symbolic.div(
    Symbolic.mul(Symbolic.surd(Surd.sqrt(r(8))!), Symbolic.ePower(r(3, 4))),
    Symbolic.ePower(r(3, 4)),
  );
  assert.equal(twoSqrt.toString(), '2*sqrt(2)');
  assert.equal((Symbolic.mul(Symbolic.ePower(r(1, 2)), Symbolic.ePower(r(1, 2))) as Symbolic).isPolynomial(), true);
  assert.equal(Symbolic.mul(Symbolic.ePower(r(1, 2)), Symbolic.ePower(r(1, 2))).toString(), 'e');
  assert.equal(Symbolic.ePower(r(2, 4)).toString(), 'exp(1/2)');
  assert.ok(isZero(Symbolic.sub(Symbolic.ePower(r(2, 4)), Symbolic.ePower(r(1, 2)))));
  // (π² + π)/(π + 1) = π and (π³ − π)/(π² − π) = π + 1: divided out to polynomials.
  assert.equal(Symbolic.div(Symbolic.add(Symbolic.pow(pi, 2), pi), Symbolic.add(pi, r(1))).toString(), 'pi');
  assert.equal(
    Symbolic.div(Symbolic.sub(Symbolic.pow(pi, 3), pi), Symbolic.sub(Symbolic.pow(pi, 2), pi)).toString(),
    'pi + 1',
  );
});

test('the bounds: a span of exactly 48 and a power of exactly 100,000 stay exact; one more throws ExactOverflow', () => {
  const pi = Symbolic.piPower(1);
  // π^48 + 1 spans 48 powers: exact. π^49 + 1 spans 49: ExactOverflow (the caller goes certified).
  const p48 = Symbolic.add(Symbolic.pow(pi, 48), r(1)) as Symbolic;
  assert.ok(p48 instanceof Symbolic);
  const [lo, hi] = ends(p48.enclose(200));
  const want = PI.pow(48).add(1);
  assert.ok(lo.lte(want) && hi.gte(want));
  assert.throws(() => Symbolic.add(Symbolic.pow(pi, 49), r(1)), ExactOverflow);
  assert.throws(() => Symbolic.add(Symbolic.pow(pi, -49), r(1)), ExactOverflow);
  // Powers: π^50000·π^50000 = π^100000 is kept; π^50000·π^50001 is not, nor are the negative powers.
  const half = Symbolic.pow(pi, 50000);
  assert.equal(Symbolic.mul(half, half).toString(), 'pi^100000');
  assert.throws(() => Symbolic.mul(half, Symbolic.pow(pi, 50001)), ExactOverflow);
  const negHalf = Symbolic.pow(pi, -50000);
  assert.equal(Symbolic.mul(negHalf, negHalf).toString(), 'pi^(-100000)');
  assert.throws(() => Symbolic.mul(negHalf, Symbolic.pow(pi, -50001)), ExactOverflow);
  assert.throws(() => Symbolic.mul(Symbolic.ePower(r(100000)), Symbolic.ePower(r(1))), ExactOverflow);
  // Two terms, one of them just past the bound at either end: π^100000·(1 + π), π^(−100000)·(1 + 1/π).
  assert.throws(() => Symbolic.mul(Symbolic.mul(half, half), Symbolic.add(pi, r(1))), ExactOverflow);
  assert.throws(
    () => Symbolic.mul(Symbolic.mul(negHalf, negHalf), Symbolic.add(Symbolic.piPower(-1), r(1))),
    ExactOverflow,
  );
});

test('t = e^(1/d) with the smallest d (Certified.sameAs compares d), and the least common d when aligning', () => {
  // e^(1/2)·e^(1/2) = e: d = 1; e^(1/6)^3 = e^(1/2): d = 2; e^(1/4)·e^(1/4) = e^(1/2): d = 2.
  const cases: [X, number, string][] = [
    [Symbolic.mul(Symbolic.ePower(r(1, 2)), Symbolic.ePower(r(1, 2))), 1, 'e'],
    [Symbolic.pow(Symbolic.ePower(r(1, 6)), 3), 2, 'exp(1/2)'],
    [Symbolic.mul(Symbolic.ePower(r(1, 4)), Symbolic.ePower(r(1, 4))), 2, 'exp(1/2)'],
    [
      Symbolic.add(Symbolic.ePower(r(1, 4)), Symbolic.sub(Symbolic.ePower(r(3, 4)), Symbolic.ePower(r(1, 4)))),
      4,
      'exp(3/4)',
    ],
  ];
  for (const [x, d, text] of cases) {
    assert.ok(x instanceof Symbolic);
    assert.equal(x.toString(), text);
    assert.equal(x.d, d, `${text}: d = ${x.d}`);
  }
  // e^(30001/2)·e^(1/4) = e^(60003/4): d = lcm(2, 4) = 4 and the power 60003 is within the bound (a larger common
  // multiple of 2 and 4 would put it past 100,000 and refuse an exact value).
  const big = Symbolic.mul(Symbolic.ePower(r(30001, 2)), Symbolic.ePower(r(1, 4)));
  assert.ok(big instanceof Symbolic);
  assert.equal(big.toString(), 'exp(60003/4)');
  assert.equal(big.d, 4);
});

test("bits(), the entry digit budget's measure, grows with the coefficients (10^300·π counts over 900 bits)", () => {
  const big = Symbolic.piPower(1, Rational.of(10n ** 300n, 7n)) as Symbolic;
  const b = big.num.bits() + big.den.bits();
  // 10^300 has 997 bits; the text of this value has over 300 digits, which the budget counts as bits·log₁₀2.
  assert.ok(b >= 997 && b < 1100, `bits ${b}`);
  const two = Symbolic.add(big, Symbolic.piPower(2, Rational.of(10n ** 300n, 3n))) as Symbolic;
  assert.ok(two.num.bits() >= 2 * 997, `bits ${two.num.bits()}`);
});
