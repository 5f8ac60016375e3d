// Rational's sizes and conversions used by the floating path: toJSON (a number only for safe integers), digits and
// totalDigits (the budgets), toNumber, split and log10Abs, against BigInt arithmetic and exact doubles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { exactDouble } from '../oracles.js';

const MAX_SAFE = 9007199254740991n;

test('toJSON: a JSON number exactly for the safe integers, "p/q" or digits otherwise', () => {
  assert.equal(Rational.of(MAX_SAFE).toJSON(), 9007199254740991);
  assert.equal(Rational.of(-MAX_SAFE).toJSON(), -9007199254740991);
  assert.equal(Rational.of(MAX_SAFE + 1n).toJSON(), '9007199254740992');
  assert.equal(Rational.of(-MAX_SAFE - 1n).toJSON(), '-9007199254740992');
  assert.equal(Rational.of(1, 3).toJSON(), '1/3');
  assert.equal(Rational.of(-7, 3).toJSON(), '-7/3');
  assert.equal(Rational.of(MAX_SAFE + 10n, 3).toJSON(), `${MAX_SAFE + 10n}/3`);
  assert.equal(Rational.of(-MAX_SAFE - 10n, 3).toJSON(), `${-MAX_SAFE - 10n}/3`);
  assert.equal(Rational.ZERO.toJSON(), 0);
});

test('digits and totalDigits count decimal digits exactly; toNumber, split and log10Abs agree with exact values', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(10n ** 800n), max: 10n ** 800n }),
      fc.bigInt({ min: 1n, max: 10n ** 800n }),
      (p, d) => {
        const r = Rational.of(p, d);
        const num = r.num < 0n ? -r.num : r.num;
        const len = (x: bigint) => x.toString().length;
        assert.equal(r.digits(), Math.max(len(num), len(r.den)));
        assert.equal(r.totalDigits(), len(num) + len(r.den));
        if (r.isZero()) {
          assert.equal(r.toNumber(), 0);
          assert.deepEqual(r.split(), { m: 0, e: 0 });
          assert.equal(r.log10Abs(), -Infinity);
          return;
        }
        // split: m·2^e within a few ulps of r, |m| about 1.
        const { m, e } = r.split();
        assert.ok(Math.abs(m) >= 2 ** -12 && Math.abs(m) <= 2 ** 12, `m = ${m}`);
        const v = exactDouble(m).mul(e >= 0 ? Rational.of(2n ** BigInt(e)) : Rational.of(1n, 2n ** BigInt(-e)));
        const rel = v.sub(r).div(r);
        assert.ok(Math.abs(rel.toNumber()) < 4 * Number.EPSILON, `split ${m}·2^${e}`);
        const l = r.log10Abs();
        const lr = Math.log10(Math.abs(m)) + e * Math.log10(2);
        assert.ok(Math.abs(l - lr) < 1e-9, `log10 ${l} vs ${lr}`);
        // toNumber: within a few ulps in the normal range; ±∞ / 0 only beyond the double range.
        const x = r.toNumber();
        if (l < 308 && l > -307) {
          const err = exactDouble(x).sub(r).div(r).toNumber();
          assert.ok(Math.abs(err) < 4 * Number.EPSILON, `toNumber ${x} (${err})`);
        }
        if (l > 309) assert.equal(Math.abs(x), Infinity);
        if (l < -325) assert.ok(x === 0, `underflow to 0: ${l}`);
        if (l > -322 && l < 308) assert.ok(x !== 0 && Number.isFinite(x), `a nonzero in range stays nonzero: ${l}`);
      },
    ),
    { numRuns: 500 },
  );
  // Subnormal results of a direct division, and parts beyond the double range.
  assert.equal(Rational.of(1n, 10n ** 320n).toNumber(), 1e-320);
  assert.equal(Rational.of(10n ** 400n, 10n ** 380n).toNumber(), 1e20);
  assert.ok(Rational.of(-1n, 10n ** 400n).toNumber() === 0);
});
