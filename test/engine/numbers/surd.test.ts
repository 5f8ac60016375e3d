// Exact surds (src/engine/numbers/surd.ts): Σ q_r·√r over square-free r. Zero is "all coefficients 0", products
// multiply radicands, quotients go through conjugates, and the sign comes from refinement. Checked against rational
// arithmetic written here: a surd a + b√p (a, b rational) has the sign decided by squaring (independent of the
// engine's intervals), and every quotient times its divisor is the dividend, exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import '../../fc-seed.js';
import { ExactOverflow, MAX_PRIMES, Surd, compactRational, squareFreePart } from '../../../src/engine/numbers/surd.js';
import { Rational } from '../../../src/engine/numbers/rational.js';

const sqrt = (n: number | Rational): Surd => Surd.sqrt(typeof n === 'number' ? Rational.int(n) : n)!;
const q = (n: number, d = 1): Surd => Surd.of(Rational.of(n, d));

test('square roots: square-free parts, exact simplification, text that pastes back', () => {
  assert.equal(sqrt(2).toString(), 'sqrt(2)');
  assert.equal(sqrt(12).toString(), '2*sqrt(3)');
  assert.equal(sqrt(Rational.of(1, 2)).toString(), 'sqrt(2)/2');
  assert.equal(sqrt(Rational.of(4, 9)).toString(), '2/3');
  assert.equal(sqrt(2).mul(sqrt(3)).toString(), 'sqrt(6)');
  assert.equal(sqrt(6).mul(sqrt(10)).toString(), '2*sqrt(15)');
  assert.equal(q(1).add(sqrt(3)).scale(Rational.of(1, 2)).toString(), '(1 + sqrt(3))/2');
  assert.equal(q(1).add(sqrt(2)).inv().toString(), '-1 + sqrt(2)');
  assert.deepEqual(squareFreePart(72n), { square: 6n, primes: [2n] });
  assert.deepEqual(squareFreePart(10007n * 10007n * 3n), { square: 10007n, primes: [3n] });
  // A large prime is recognised (Miller–Rabin); a product of two large primes past 3·10²⁴ is not factored: null.
  assert.deepEqual(squareFreePart(1000000007n), { square: 1n, primes: [1000000007n] });
  assert.equal(squareFreePart(1000000000000000003n * 1000000000000000009n), null);
  assert.equal(compactRational(Rational.of(1n, 10n ** 50n)), '1e-50');
  assert.equal(compactRational(Rational.parseDecimal('1.4142135623730951')!), '1.4142135623730951');
});

test('zero is exact: (√2 + √3)² − 5 − 2√6 = 0, √8 − 2√2 = 0, and nothing else is', () => {
  const s = sqrt(2).add(sqrt(3));
  assert.ok(
    s
      .mul(s)
      .sub(q(5))
      .sub(sqrt(6).scale(Rational.int(2)))
      .isZero(),
  );
  assert.ok(
    sqrt(8)
      .sub(sqrt(2).scale(Rational.int(2)))
      .isZero(),
  );
  assert.ok(
    !sqrt(2)
      .sub(Surd.of(Rational.parseDecimal('1.4142135623730951')!))
      .isZero(),
  );
});

/** sign(a + b·√p) by squaring, for rationals a, b and a prime p. */
function signByHand(a: Rational, b: Rational, p: number): number {
  const sa = a.sign();
  const sb = b.sign();
  if (sa >= 0 && sb >= 0) return sa + sb === 0 ? 0 : 1;
  if (sa <= 0 && sb <= 0) return -1;
  // Opposite signs: compare a² with p·b².
  const d = a.mul(a).sub(b.mul(b).mul(Rational.int(p)));
  return sa > 0 ? d.sign() : -d.sign();
}

const ratArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.bigInt({ min: 1n, max: 10n ** 25n }))
  .map(([n, d]) => Rational.of(n, d));

test('signs by refinement agree with squaring, even for values within 10⁻⁵⁰ of 0', () => {
  fc.assert(
    fc.property(ratArb, ratArb, fc.constantFrom(2, 3, 5, 7, 11), (a, b, p) => {
      const s = Surd.of(a).add(Surd.of(b).mul(sqrt(p)));
      assert.equal(s.sign(), signByHand(a, b, p), `${s}`);
    }),
    { numRuns: 500, seed: 41 },
  );
  // Near misses: 665857/470832 is within 1.6·10⁻¹² of √2; √2 to 50 digits (10⁴⁹·√2 rounded down), within 10⁻⁴⁹ (the denominator was 10⁵⁰, which made it 0.14…).
  assert.equal(sqrt(2).sub(q(665857, 470832)).sign(), -1);
  const big = 10n ** 49n;
  const approx = Rational.of(14142135623730950488016887242096980785696718753769n, big);
  assert.equal(sqrt(2).sub(Surd.of(approx)).sign(), 1);
});

const surdArb = fc
  .array(fc.tuple(fc.constantFrom(1, 2, 3, 5, 6, 7, 10, 14, 15, 21, 30, 35), fc.integer({ min: -9, max: 9 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((terms) => terms.reduce((s, [r, c]) => s.add(sqrt(r).scale(Rational.int(c))), Surd.ZERO));

test('field laws, exactly: (x·y)/y = x, x·x⁻¹ = 1, (x + y)·z = x·z + y·z', () => {
  fc.assert(
    fc.property(surdArb, surdArb, surdArb, (x, y, z) => {
      if (!y.isZero()) assert.ok(x.mul(y).div(y).equals(x), `(${x})(${y})/(${y})`);
      if (!x.isZero()) assert.ok(x.mul(x.inv()).equals(q(1)), `${x} · ${x.inv()}`);
      assert.ok(
        x
          .add(y)
          .mul(z)
          .equals(x.mul(z).add(y.mul(z))),
      );
    }),
    { numRuns: 300, seed: 42 },
  );
});

test('the field is bounded: past 4 primes under the radicals, ExactOverflow (the caller goes certified)', () => {
  assert.equal(MAX_PRIMES, 4);
  const four = sqrt(2).add(sqrt(3)).add(sqrt(5)).add(sqrt(7));
  assert.equal(four.primes().length, 4);
  assert.throws(() => four.add(sqrt(11)), ExactOverflow);
  assert.throws(() => Surd.sqrt(Rational.int(2 * 3 * 5 * 7 * 11)), ExactOverflow);
});

test('enclosures contain the 360-digit value (decimal.js) to within 4 bits of the precision asked for; signs near 0 need refinement', () => {
  const D = Decimal.clone({ precision: 360 });
  const cases: [string, Surd, Decimal][] = [
    ['1 + sqrt(2)', q(1).add(sqrt(2)), new D(2).sqrt().add(1)],
    [
      '(sqrt(6) - sqrt(2))/4',
      sqrt(6).sub(sqrt(2)).scale(Rational.of(1, 4)),
      new D(6).sqrt().sub(new D(2).sqrt()).div(4),
    ],
    [
      '2/3 - 5*sqrt(7)/9',
      q(2, 3).sub(sqrt(7).scale(Rational.of(5, 9))),
      new D(2).div(3).sub(new D(7).sqrt().mul(5).div(9)),
    ],
    ['-7/3', q(-7, 3), new D(-7).div(3)],
  ];
  for (const p of [64, 256, 1000])
    for (const [name, s, want] of cases) {
      const iv = s.enclose(p);
      const lo = new D(iv.lo.toString()).mul(new D(2).pow(iv.e));
      const hi = new D(iv.hi.toString()).mul(new D(2).pow(iv.e));
      assert.ok(lo.lte(want) && hi.gte(want), `${name} at ${p} bits`);
      const rel = iv.log2Width() - iv.log2Mag();
      assert.ok(rel <= -(p - 4), `${name} at ${p} bits: relative width 2^${rel.toFixed(1)}`);
    }
  // √2 − a 50-digit approximation is about 10⁻⁵⁰: at 64 bits the enclosure still contains 0 (sign null), so sign()
  // must refine.
  const approx = Rational.of(14142135623730950488016887242096980785696718753769n, 10n ** 49n);
  const near = sqrt(2).sub(Surd.of(approx));
  assert.equal(near.enclose(64).sign(), null);
  assert.equal(near.sign(), 1);
  assert.equal(near.neg().sign(), -1);
});
