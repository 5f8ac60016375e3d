// Scaled (mantissa·2^e numbers for determinants): every operation checked against exact rationals. The value of a
// Scaled is m·2^e, taken exactly (exactDouble(m)·2^e); a double is taken exactly too. Only the number type Rational
// is shared with the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Scaled, formatScaled, scaledJSON } from '../../../src/engine/numbers/scaled.js';
import { exactDouble, type Q } from '../oracles.js';

const two = (e: number): Q => (e >= 0 ? Rational.of(2n ** BigInt(e)) : Rational.of(1n, 2n ** BigInt(-e)));
/** The exact value of a Scaled. */
const value = (s: Scaled): Q => exactDouble(s.m).mul(two(s.e));
const abs = (x: Q): Q => (x.sign() < 0 ? x.neg() : x);

/** |got − want| ≤ ulps·2⁻⁵³·|want| (a relative error of a few roundings), exactly. */
function close(got: Q, want: Q, ulps: number, what: string): void {
  const bound = abs(want).mul(Rational.of(ulps)).mul(two(-53));
  assert.ok(abs(got.sub(want)).cmp(bound) <= 0, `${what}: ${got.toNumber()} vs ${want.toNumber()}`);
}

/** Normal form: m = 0 and e = 0, or |m| in [0.5, 1). */
function normal(s: Scaled, what = ''): void {
  if (s.m === 0) assert.equal(s.e, 0, `zero has e = 0 ${what}`);
  else assert.ok(Math.abs(s.m) >= 0.5 && Math.abs(s.m) < 1, `|m| = ${Math.abs(s.m)} in [0.5, 1) ${what}`);
  assert.ok(Number.isInteger(s.e), `integer e ${what}`);
}

/** Any finite double, including subnormals, the largest, powers of two and their neighbours. */
const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 2 ** -1022, 2 ** -1074 * 3, Number.MAX_VALUE, -Number.MAX_VALUE, 1, 0.5, 2),
  fc
    .tuple(fc.integer({ min: -1074, max: 1023 }), fc.constantFrom(1, -1, 1 - 2 ** -53, 1 + 2 ** -52))
    .map(([k, f]) => f * 2 ** k),
);

/** Scaled values far beyond the double range: a double times 2^k, |k| up to 5000. */
const anyScaled = fc.tuple(anyDouble, fc.integer({ min: -5000, max: 5000 })).map(([x, k]) => Scaled.times2(x, k));

test('Scaled.of and times2: the exact value, in normal form', () => {
  fc.assert(
    fc.property(anyDouble, fc.integer({ min: -5000, max: 5000 }), (x, k) => {
      const s = Scaled.of(x);
      normal(s, String(x));
      assert.ok(value(s).equals(exactDouble(x)), `of(${x})`);
      const t = Scaled.times2(x, k);
      normal(t);
      assert.ok(value(t).equals(exactDouble(x).mul(two(k))), `times2(${x}, ${k})`);
    }),
    { numRuns: 1000 },
  );
  assert.throws(() => Scaled.of(Infinity), RangeError);
  assert.throws(() => Scaled.of(NaN), RangeError);
  assert.ok(value(Scaled.ONE).equals(Rational.ONE));
  assert.ok(Scaled.ZERO.isZero() && !Scaled.ONE.isZero());
});

test('Scaled.from: exact rationals of any size, to one rounding', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(10n ** 700n), max: 10n ** 700n }),
      fc.bigInt({ min: 1n, max: 10n ** 700n }),
      (p, d) => {
        const r = Rational.of(p, d);
        const s = Scaled.from(r);
        normal(s);
        if (r.isZero()) return assert.ok(s.isZero());
        close(value(s), r, 4, `from(${p}/${d})`);
      },
    ),
    { numRuns: 300 },
  );
  for (const text of ['1e5000', '-7e-4000', '0.5', '123456789012345678901234567890']) {
    const r = Rational.parseDecimal(text)!;
    close(value(Scaled.from(r)), r, 4, text);
  }
  assert.ok(Scaled.from(Rational.ZERO).isZero());
  close(value(Scaled.from(Rational.of(1, 3))), Rational.of(1, 3), 4, '1/3');
  close(value(Scaled.from(Math.PI)), exactDouble(Math.PI), 0, 'a double');
});

test('Scaled arithmetic: mul, add, sub, neg, abs, sign and cmp against exact rationals', () => {
  fc.assert(
    fc.property(anyScaled, anyScaled, (a, b) => {
      const [x, y] = [value(a), value(b)];
      const p = a.mul(b);
      normal(p, 'mul');
      close(value(p), x.mul(y), 1, 'mul');
      // A sum is one rounding of the exact sum, or the larger term when the other is far below its last digit.
      const s = a.add(b);
      normal(s, 'add');
      const exact = x.add(y);
      const slack = abs(x).add(abs(y)).mul(two(-52));
      assert.ok(abs(value(s).sub(exact)).cmp(slack) <= 0, `add: ${value(s).toNumber()} vs ${exact.toNumber()}`);
      if (exact.isZero()) assert.ok(s.isZero(), 'x + (−x) is exactly zero');
      const d = a.sub(b);
      normal(d, 'sub');
      assert.ok(abs(value(d).sub(x.sub(y))).cmp(slack) <= 0, 'sub');
      assert.ok(value(a.neg()).equals(x.neg()), 'neg');
      assert.ok(value(a.abs()).equals(abs(x)), 'abs');
      assert.equal(a.sign(), x.sign(), 'sign');
      // cmp decides from the computed difference: exact whenever the difference is not lost in rounding.
      if (abs(x.sub(y)).cmp(slack) > 0) assert.equal(a.cmp(b), x.cmp(y), `cmp ${x.toNumber()} ${y.toNumber()}`);
      assert.equal(a.cmp(a), 0);
    }),
    { numRuns: 1000 },
  );
  // Tiny beside huge: the tiny term is below the last digit and drops out; but a difference of one ulp is kept.
  const big = Scaled.times2(0.75, 3000);
  const tiny = Scaled.times2(0.75, -3000);
  assert.ok(value(big.add(tiny)).equals(value(big)));
  assert.ok(value(tiny.add(big)).equals(value(big)));
  const ulp = Scaled.times2(0.5, 3000 - 52);
  assert.ok(value(big.add(ulp)).equals(value(big).add(value(ulp))));
  assert.equal(big.add(ulp).cmp(big), 1);
  assert.equal(big.sub(ulp).cmp(big), -1);
  // Zeros.
  assert.ok(Scaled.ZERO.add(big) === big && big.add(Scaled.ZERO) === big);
  assert.ok(Scaled.ZERO.mul(big).isZero() && big.mul(Scaled.ZERO).isZero());
  assert.equal(Scaled.ZERO.sign(), 0);
  assert.ok(Scaled.ZERO.neg().isZero() && Scaled.ZERO.abs().isZero());
});

test('Scaled.log10Abs, toNumber and toNormalNumber', () => {
  fc.assert(
    fc.property(anyScaled, (a) => {
      const x = value(a);
      if (x.isZero()) {
        assert.equal(a.log10Abs(), -Infinity);
        assert.equal(a.toNumber(), 0);
        assert.equal(a.toNormalNumber(), 0);
        return;
      }
      // 10^⌊l⌋ ≤ |x| < 10^(⌊l⌋+1), decided exactly; then the fractional part to 1e-12.
      const l = a.log10Abs();
      const k = Math.floor(l);
      const pow = (j: number): Q => (j >= 0 ? Rational.of(10n ** BigInt(j)) : Rational.of(1n, 10n ** BigInt(-j)));
      const r = abs(x).div(pow(k));
      assert.ok(r.cmp(Rational.ONE) >= 0 || Math.abs(r.toNumber() - 1) < 1e-12, `10^${k} ≤ |x|`);
      assert.ok(r.cmp(Rational.int(10)) < 0 || Math.abs(r.toNumber() - 10) < 1e-11, `|x| < 10^${k + 1}`);
      assert.ok(Math.abs(Math.log10(r.toNumber()) - (l - k)) < 1e-12, 'fractional part');
      // The double when the value is one, else null: never ±∞, never 0 for a nonzero value.
      const inRange = abs(x).cmp(exactDouble(Number.MAX_VALUE)) <= 0 && abs(x).cmp(exactDouble(5e-324)) >= 0;
      const v = a.toNumber();
      if (inRange && value(Scaled.of(x.toNumber())).equals(x)) assert.equal(v, x.toNumber(), 'toNumber');
      if (abs(x).cmp(exactDouble(Number.MAX_VALUE)) > 0 || abs(x).cmp(exactDouble(5e-324).div(Rational.int(2))) <= 0)
        assert.equal(v, null, `toNumber out of range: ${l}`);
      if (v !== null) {
        assert.ok(Number.isFinite(v) && v !== 0);
        assert.equal(Math.sign(v), x.sign());
      }
      const w = a.toNormalNumber();
      // Normal or not is a property of the rounded double: (1 − 2^−53)·2^−1022 rounds up to 2^−1022, which is normal
      // and as precise as any double (fast-check found that edge).
      if (v !== null && Math.abs(v) < 2 ** -1022) assert.equal(w, null, 'subnormal is not normal');
      else if (v !== null) assert.equal(w, v);
      if (abs(x).cmp(exactDouble(2 ** -1022)) < 0 && w !== null) assert.equal(Math.abs(w), 2 ** -1022, 'rounded up');
    }),
    { numRuns: 1000 },
  );
  assert.equal(Scaled.times2(0.5, -1073).toNumber(), 5e-324);
  assert.equal(Scaled.times2(0.5, -1073).toNormalNumber(), null);
  assert.equal(
    Scaled.times2(0.9999999999999999, -1022).toNormalNumber(),
    2 ** -1022,
    'rounds up to the smallest normal',
  );
  assert.equal(Scaled.times2(0.75, -1022).toNormalNumber(), null, 'a subnormal stays refused');
  assert.equal(Scaled.times2(0.5, -1021).toNormalNumber(), 2 ** -1022);
  assert.equal(Scaled.times2(0.5, 1025).toNumber(), null);
  assert.equal(Scaled.times2(-0.5, 1024).toNumber(), -(2 ** 1023));
});

test('Scaled.scientific, formatScaled and scaledJSON: 17 exact digits, the right power of ten', () => {
  fc.assert(
    fc.property(anyScaled, (a) => {
      const x = value(a);
      const { negative, mantissa, exponent } = a.scientific();
      if (x.isZero())
        return assert.deepEqual({ negative, mantissa, exponent }, { negative: false, mantissa: 0, exponent: 0 });
      assert.equal(negative, x.sign() < 0);
      assert.ok(mantissa >= 1 && mantissa < 10, `mantissa ${mantissa}`);
      // mantissa·10^exponent is |x| truncated to 17 digits: within 10⁻¹⁶ relative.
      const pow = exponent >= 0 ? Rational.of(10n ** BigInt(exponent)) : Rational.of(1n, 10n ** BigInt(-exponent));
      const r = abs(x).div(pow).toNumber();
      assert.ok(Math.abs(r - mantissa) <= 4e-15 * mantissa, `${r} vs ${mantissa}e${exponent}`);
      // Text and JSON: the double when it is a normal one, else the scientific form.
      const normalDouble = a.toNormalNumber();
      const text = formatScaled(a, (v) => `<${v}>`);
      const json = scaledJSON(a);
      if (normalDouble !== null) {
        assert.equal(text, `<${normalDouble}>`);
        assert.equal(json, Number(normalDouble.toPrecision(15)));
      } else {
        // m·10^k with 1 ≤ |m| < 10, rounded to 6 (text) or 15 (JSON) significant digits.
        for (const [form, digits] of [
          [text, 6],
          [String(json), 15],
        ] as const) {
          const match = /^(-?)(\d(?:\.\d+)?)e(-?\d+)$/.exec(form);
          assert.ok(match, `scientific form: ${form}`);
          assert.equal(match[1] === '-', negative, form);
          assert.ok(match[2].replace('.', '').length <= digits, `${digits} digits: ${form}`);
          const stated = Rational.parseDecimal(`${match[2]}e${match[3]}`)!;
          const err = abs(stated.sub(abs(x)))
            .div(abs(x))
            .toNumber();
          assert.ok(err <= 0.51 * 10 ** (1 - digits), `${form} vs ${x.toNumber()} (${err})`);
        }
      }
    }),
    { numRuns: 1000 },
  );
  // det(diag(10²⁰⁰π, 10²⁰⁰π)) = 9.8696044010893586…×10⁴⁰⁰.
  const d = Scaled.of(1e200 * Math.PI).mul(Scaled.of(1e200 * Math.PI));
  assert.equal(formatScaled(d, String), '9.8696e400');
  assert.match(String(scaledJSON(d)), /^9\.869604401089\d*e400$/);
  assert.equal(formatScaled(d.neg(), String), '-9.8696e400');
  assert.equal(formatScaled(Scaled.times2(0.5, -1073), String), '4.94066e-324');
  assert.equal(scaledJSON(Scaled.of(0.1 + 0.2)), 0.3);
  // Exactly a power of ten, where the log10 estimate sits on the boundary.
  // 10⁴⁰⁰ rounded to a double mantissa is 9.99999999999999…×10³⁹⁹, which rounds to 1e400 in both forms (it read
  // `10e399` once).
  for (const t of ['1e400', '-1e400', '-1e-400', '1e-330', '-1e-500']) {
    const x = Scaled.from(Rational.parseDecimal(t)!);
    assert.equal(formatScaled(x, String), t);
    assert.equal(scaledJSON(x), t);
  }
});
