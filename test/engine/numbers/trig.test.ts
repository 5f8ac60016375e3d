// sin(qπ), cos(qπ), tan(qπ) for rational q (src/engine/numbers/trig.ts): exact surds at the multiples of π/12, certified
// enclosures elsewhere, poles null. Checked against 360-digit values from decimal.js (its own π and sine), for q
// negative, beyond 2 and far from 0, and the exact results against squaring identities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from 'decimal.js';
import { cosPi, modRational, sinPi, tanPi } from '../../../src/engine/numbers/trig.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { Certified } from '../../../src/engine/numbers/certified.js';
import { Interval } from '../../../src/engine/numbers/interval.js';
import type { Scalar } from '../../../src/engine/numbers/scalar.js';

const D = Decimal.clone({ precision: 360 });
const PI = D.acos(-1);
const r = (n: number | bigint, d: number | bigint = 1) => Rational.of(BigInt(n), BigInt(d));

function enclose(x: Scalar, p: number): Interval {
  if (x instanceof Rational) return Interval.fromFraction(x.num, x.den, p);
  if (x instanceof Symbolic || x instanceof Certified) return x.enclose(p);
  throw new Error(`unexpected scalar ${String(x)}`);
}

/** The enclosure at p bits contains want, and is no wider than 2^-(p-8) relative to max(1, |want|)·… */
function check(name: string, x: Scalar, want: Decimal, exact: boolean): void {
  if (exact) assert.ok(!(x instanceof Certified), `${name} is exact`);
  else assert.ok(x instanceof Certified, `${name} is certified, not exact`);
  for (const p of [64, 300]) {
    const iv = enclose(x, p);
    const scale = new D(2).pow(iv.e);
    const lo = new D(iv.lo.toString()).mul(scale);
    const hi = new D(iv.hi.toString()).mul(scale);
    // decimal.js rounds in its 360th digit; the enclosures here are at most 300 bits (≈ 90 digits).
    const slack = new D(10).pow(-340).mul(D.max(want.abs(), 1));
    assert.ok(
      lo.sub(slack).lte(want) && hi.add(slack).gte(want),
      `${name} at ${p} bits: [${lo.toSignificantDigits(20)}, ${hi.toSignificantDigits(20)}] ∌ ${want.toSignificantDigits(20)}`,
    );
    const tol = new D(2).pow(-(p - 8)).mul(D.max(want.abs(), new D(2).pow(-40)));
    assert.ok(hi.sub(lo).lte(tol), `${name} at ${p} bits: width ${hi.sub(lo).toSignificantDigits(5)}`);
  }
}

/** q = n/d reduced by the caller's choice. Decimal's sin of qπ. */
const qpi = (n: bigint, d: bigint) => PI.mul(n.toString()).div(d.toString());

const twelfths: bigint[] = [];
for (let k = -40n; k <= 40n; k++) twelfths.push(k);
const others: [bigint, bigint][] = [
  [1n, 5n],
  [2n, 7n],
  [-3n, 7n],
  [13n, 10n],
  [-13n, 10n],
  [1n, 24n],
  [-1n, 24n],
  [11n, 24n],
  [13n, 24n],
  [23n, 24n],
  [25n, 24n],
  [35n, 24n],
  [47n, 24n],
  [-47n, 24n],
  [1n, 3000n],
  [2999n, 3000n],
  [10n ** 6n * 3n + 1n, 3n * 7n],
  [-(10n ** 6n) * 5n - 2n, 5n],
];

test('modRational: q mod m in [0, m), exactly, for negative and non-integer q and m', () => {
  const cases: [Rational, Rational, Rational][] = [
    [r(7, 3), r(2), r(1, 3)],
    [r(-7, 3), r(2), r(5, 3)],
    [r(-2), r(2), r(0)],
    [r(-4, 2), r(1), r(0)],
    [r(-1, 6), r(1), r(5, 6)],
    [r(-13, 2), r(2), r(3, 2)],
    [r(13, 2), r(2), r(1, 2)],
    [r(5, 2), r(3, 4), r(1, 4)],
    [r(-5, 2), r(3, 4), r(1, 2)],
    [r(0), r(2), r(0)],
  ];
  for (const [q, m, want] of cases)
    assert.ok(modRational(q, m).equals(want), `${q} mod ${m} = ${modRational(q, m)}, want ${want}`);
});

test('sin(qπ), cos(qπ) at the multiples of π/12 are exact and agree with decimal.js', () => {
  for (const k of twelfths) {
    const q = r(k, 12);
    check(`sin(${k}π/12)`, sinPi(q), qpi(k, 12n).sin(), true);
    check(`cos(${k}π/12)`, cosPi(q), qpi(k, 12n).cos(), true);
  }
  // Exact values, exactly: sin(π/12)² = (2 − √3)/4, sin(π/6) = 1/2, sin(−π/2) = −1, sin(π) = 0.
  assert.ok(sinPi(r(1, 6)) instanceof Rational && (sinPi(r(1, 6)) as Rational).equals(r(1, 2)));
  assert.ok(sinPi(r(-1, 2)) instanceof Rational && (sinPi(r(-1, 2)) as Rational).equals(r(-1)));
  assert.ok(sinPi(r(7, 6)) instanceof Rational && (sinPi(r(7, 6)) as Rational).equals(r(-1, 2)));
  assert.ok(sinPi(r(1)) instanceof Rational && (sinPi(r(1)) as Rational).isZero());
  assert.ok(cosPi(r(-3, 2)) instanceof Rational && (cosPi(r(-3, 2)) as Rational).isZero());
  const s = sinPi(r(1, 12)) as Symbolic;
  const sq = Symbolic.sub(Symbolic.mul(s, s), Symbolic.surd(s.surdValue()!.mul(s.surdValue()!)));
  assert.ok(sq instanceof Rational && sq.isZero());
});

test('sin(qπ), cos(qπ) elsewhere are certified and agree with decimal.js (negative q, q beyond 2, q far from 0)', () => {
  for (const [n, d] of others) {
    check(`sin(${n}π/${d})`, sinPi(r(n, d)), qpi(n, d).sin(), false);
    check(`cos(${n}π/${d})`, cosPi(r(n, d)), qpi(n, d).cos(), false);
  }
});

test('tan(qπ): exact at the multiples of π/12, certified elsewhere, null at the poles', () => {
  for (const k of twelfths) {
    const q = r(k, 12);
    const t = tanPi(q);
    if ((k - 6n) % 12n === 0n) {
      assert.equal(t, null, `tan(${k}π/12) is a pole`);
      continue;
    }
    assert.ok(t !== null);
    check(`tan(${k}π/12)`, t, qpi(k, 12n).tan(), true);
  }
  for (const [n, d] of others) {
    const t = tanPi(r(n, d));
    assert.ok(t !== null);
    check(`tan(${n}π/${d})`, t, qpi(n, d).tan(), false);
  }
  assert.equal(tanPi(r(-1, 2)), null);
  assert.equal(tanPi(r(101, 2)), null);
});
