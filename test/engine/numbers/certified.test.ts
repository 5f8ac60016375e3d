// Certified values (src/engine/numbers/certified.ts): a lazy expression evaluated to enclosures at any precision; its
// sign decided by refinement up to the cap (≈1,000 digits), else null: undecided. Checked on the cancellations,
// on a value that equals 0 without a proof (e·π − π·e, built separately), and on expression identity (sameAs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Certified,
  CAP_BITS,
  capBitsNow,
  precisionLadder,
  refineSign,
  zeroDigits,
} from '../../../src/engine/numbers/certified.js';
import { armDeadline, disarmDeadline } from '../../../src/engine/deadline.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { ExponentOverflow, Interval, NeedPrecision } from '../../../src/engine/numbers/interval.js';
import { Decimal } from 'decimal.js';

const c = (op: Parameters<typeof Certified.apply>[0], ...args: Parameters<typeof Certified.apply>[1][]) =>
  Certified.apply(op, ...args);
const tiny = Rational.of(1n, 10n ** 20n);

test('refinement decides the cancellations of issue 18', () => {
  assert.equal(c('sub', c('exp', tiny), Rational.ONE).sign(), 1, 'exp(1e-20) − 1 = 1e-20');
  assert.equal(c('sub', c('cos', tiny), Rational.ONE).sign(), -1, 'cos(1e-20) − 1 = −5e-41');
  const coupling = c('mul', Rational.of(99, 100), c('exp', Rational.of(-1, 2)));
  // 0.99·e^(−1/2)·10⁻¹⁶¹ squared against e^(−1)·10⁻³²²: the balanced coupling is 0.99 < 1.
  const lhs = c('mul', coupling, coupling);
  const rhs = c('exp', Rational.ONE.neg());
  assert.equal(c('sub', rhs, lhs).sign(), 1);
});

test('a value equal to 0 without a proof is undecided at the cap, and says to how many digits', () => {
  const pi = Symbolic.piPower(1);
  const ePi = c('mul', c('exp', Rational.ONE), pi);
  const piE = c('mul', pi, c('exp', Rational.ONE));
  const d = c('sub', ePi, piE);
  const r = refineSign((p) => d.enclose(p));
  assert.equal(r.sign, null);
  assert.equal(r.bits, CAP_BITS);
  assert.ok(zeroDigits(r.last) >= 1000, `0 to ${zeroDigits(r.last)} digits`);
  // They are the same expression, which is what the engine uses to call them equal.
  assert.ok(ePi.sameAs(piE));
  // An exact zero encloses to [0, 0]: decided 0.
  assert.equal(c('mul', Rational.ZERO, ePi).sign(), 0);
});

test('sameAs: sums and products as multisets, exact leaves combined', () => {
  const a = c('exp', Rational.of(1, 3));
  const b = c('log', Rational.int(3));
  const x = c('add', c('add', a, Rational.ONE), c('add', b, Rational.int(2)));
  const y = c('add', c('add', Rational.int(3), b), a);
  assert.ok(x.sameAs(y));
  assert.ok(!x.sameAs(c('add', a, b)));
  assert.ok(c('mul', a, c('mul', b, Rational.int(2))).sameAs(c('mul', c('mul', Rational.int(2), a), b)));
});

test('fixed enclosures (ofInterval) keep their width; toNumber gives proved digits of tiny values', () => {
  const iv = Interval.make(-1n, 3n, -10, 64);
  assert.equal(Certified.ofInterval(iv).sign(), null);
  assert.equal(c('sin', Symbolic.piPower(1, Rational.of(1n, 10n ** 30n))).toNumber(), Math.PI * 1e-30);
});

test('the precision cap follows the time left: 3,400 bits, then 1,024, 256, 64 as the budget runs out', () => {
  // No deadline armed: the full cap, and the ladder doubles from 64 to it.
  assert.equal(capBitsNow(), CAP_BITS);
  assert.deepEqual(precisionLadder(), [64, 128, 256, 512, 1024, 2048, CAP_BITS]);
  // Each budget sits well inside its band (the bands are > 1,200 ms, > 600, > 250, else), so a slow machine between
  // arming and asking cannot move it across a boundary.
  const cases: [number, number, number[]][] = [
    [100000, CAP_BITS, [64, 128, 256, 512, 1024, 2048, CAP_BITS]],
    [1190, 1024, [64, 128, 256, 512, 1024]],
    [590, 256, [64, 128, 256]],
    [240, 64, [64]],
  ];
  for (const [ms, cap, ladder] of cases) {
    armDeadline(ms);
    try {
      assert.equal(capBitsNow(), cap, `${ms} ms left`);
      assert.deepEqual(precisionLadder(), ladder, `${ms} ms left`);
    } finally {
      disarmDeadline();
    }
  }
});

test('refinement stops early, undecided, when the next level would not fit in the time left', () => {
  // The first level takes 5 ms, each later one 450 ms, and none decides. With 2 s left the ladder has 7 levels; after
  // the second (about 455 ms spent, about 1,545 ms left) the next one, about 4 × 450 ms, no longer fits.
  let calls = 0;
  const f = (p: number): Interval => {
    calls++;
    const start = performance.now();
    while (performance.now() - start < (calls === 1 ? 5 : 450));
    return Interval.make(-1n, 1n, -p, p);
  };
  armDeadline(2000);
  let r;
  try {
    r = refineSign(f);
  } finally {
    disarmDeadline();
  }
  assert.equal(r.sign, null);
  assert.equal(calls, 2);
  assert.equal(r.bits, 128);
  // Without a deadline every level is tried, up to the cap.
  calls = 0;
  const g = (p: number): Interval => {
    calls++;
    return Interval.make(-1n, 1n, -p, p);
  };
  const all = refineSign(g);
  assert.equal(calls, 7);
  assert.equal(all.bits, CAP_BITS);
  assert.deepEqual([all.last!.lo, all.last!.hi, all.last!.e], [-1n, 1n, -CAP_BITS]);
  // NeedPrecision means "try the next level"; any other error (a size past every exponent) is the answer.
  let tries = 0;
  const needs = refineSign((p) => {
    if (++tries < 3) throw new NeedPrecision('not yet');
    return Interval.make(1n, 2n, -p, p);
  });
  assert.deepEqual([needs.sign, needs.bits, tries], [1, 256, 3]);
  assert.throws(
    () =>
      refineSign(() => {
        throw new ExponentOverflow(1e20);
      }),
    ExponentOverflow,
  );
});

test('refined(bits) stops at the first level good to that many bits; past the cap without an enclosure, toNumber is NaN', () => {
  const x = c('exp', Rational.of(1, 3));
  for (const bits of [24, 100, 300]) {
    const iv = x.refined(bits);
    const good = iv.log2Mag() - iv.log2Width();
    // The ladder doubles (64, 128, 256, 512, …): the first level past `bits` is at most about twice as good.
    assert.ok(
      good >= bits && good <= 2 * Math.max(bits, 64) + 16,
      `refined(${bits}) is good to ${good.toFixed(0)} bits`,
    );
  }
  // 1/(exp(10⁻³⁰) − 1): at 64 bits the divisor still contains 0 (NeedPrecision), at 128 it does not.
  const inv = c('div', Rational.ONE, c('sub', c('exp', Rational.of(1n, 10n ** 30n)), Rational.ONE));
  const near = inv.refined(24);
  assert.ok(Math.abs(near.toNumber() / 1e30 - 1) < 1e-6, `${near.toNumber()}`);
  assert.ok(Math.abs(inv.toNumber() / 1e30 - 1) < 1e-15);
  // An exact zero is returned at once, as [0, 0].
  assert.ok(c('mul', Rational.ZERO, x).refined(64).isZero());
  // 1/(e·π − π·e): the divisor is never separated from 0, so there is no enclosure at all.
  const pi = Symbolic.piPower(1);
  const zero = c('sub', c('mul', c('exp', Rational.ONE), pi), c('mul', pi, c('exp', Rational.ONE)));
  const never = c('div', Rational.ONE, zero);
  assert.throws(() => never.refined(8), NeedPrecision);
  assert.ok(Number.isNaN(never.toNumber()));
});

test('every operation encloses its 360-digit reference (decimal.js), to within 5 bits of the precision asked for', () => {
  const D = Decimal.clone({ precision: 360 });
  const r = (n: number, d = 1) => Rational.of(n, d);
  const dq = (n: number, d = 1) => new D(n).div(d);
  const cases: [string, Certified, Decimal][] = [
    ['neg', c('neg', r(7, 3)), dq(-7, 3)],
    ['add', c('add', r(1, 3), r(2, 7)), dq(1, 3).add(dq(2, 7))],
    ['sub', c('sub', r(1, 3), r(2, 7)), dq(1, 3).sub(dq(2, 7))],
    ['mul', c('mul', r(1, 3), r(2, 7)), dq(1, 3).mul(dq(2, 7))],
    ['div', c('div', r(1, 3), r(-2, 7)), dq(1, 3).div(dq(-2, 7))],
    ['sqrt', c('sqrt', r(2, 3)), dq(2, 3).sqrt()],
    ['exp', c('exp', r(-7, 3)), dq(-7, 3).exp()],
    ['log', c('log', r(10, 3)), dq(10, 3).ln()],
    ['sin', c('sin', r(1, 3)), dq(1, 3).sin()],
    ['cos', c('cos', r(5, 4)), dq(5, 4).cos()],
    ['tan', c('tan', r(1, 2)), dq(1, 2).tan()],
    ['abs', c('abs', r(-5, 3)), dq(5, 3)],
    ['x^5', Certified.powInt(r(2, 3), 5), dq(2, 3).pow(5)],
    ['x^-3', Certified.powInt(r(2, 3), -3), dq(2, 3).pow(-3)],
    ['x^y', c('pow', r(3, 2), r(1, 3)), dq(3, 2).pow(dq(1, 3))],
    ['pi', Certified.pi(), D.acos(-1)],
    [
      'exp(1/3) + log(3)·sin(2)',
      c('add', c('exp', r(1, 3)), c('mul', c('log', r(3)), c('sin', r(2)))),
      dq(1, 3)
        .exp()
        .add(new D(3).ln().mul(new D(2).sin())),
    ],
  ];
  for (const p of [64, 256, 1000])
    for (const [name, x, want] of cases) {
      const iv = x.enclose(p);
      const lo = new D(iv.lo.toString()).mul(new D(2).pow(iv.e));
      const hi = new D(iv.hi.toString()).mul(new D(2).pow(iv.e));
      assert.ok(lo.lte(want) && hi.gte(want), `${name} at ${p} bits: [${lo.toPrecision(20)}, ${hi.toPrecision(20)}]`);
      // The operands carry guard bits, so the result is as narrow as its own last rounding allows.
      const rel = iv.log2Width() - iv.log2Mag();
      assert.ok(rel <= -(p - 5), `${name} at ${p} bits: relative width 2^${rel.toFixed(1)}`);
    }
});

test('sameAs: operand order matters outside sums and products, multisets count repeats, powers and symbols differ', () => {
  const a = c('exp', Rational.of(1, 3));
  const b = c('log', Rational.int(3));
  for (const op of ['sub', 'div', 'pow'] as const) {
    assert.ok(c(op, a, b).sameAs(c(op, a, b)), `${op}(a, b) is itself`);
    assert.ok(!c(op, a, b).sameAs(c(op, b, a)), `${op}(a, b) is not ${op}(b, a)`);
  }
  assert.ok(!c('sub', Rational.int(2), a).sameAs(c('sub', a, Rational.int(2))));
  // a + a is not a + b (each operand is matched once), nor is a·a a·b.
  assert.ok(!c('add', a, a).sameAs(c('add', a, b)));
  assert.ok(!c('mul', a, a).sameAs(c('mul', a, b)));
  assert.ok(!c('add', a, b).sameAs(c('mul', a, b)));
  // Every operand matched, and none left over; every operand of other operations the same.
  const d = c('sin', Rational.ONE);
  assert.ok(!c('add', a, b).sameAs(c('add', c('add', a, b), d)));
  assert.ok(!c('mul', a, b).sameAs(c('mul', c('mul', a, b), d)));
  assert.ok(!c('sub', a, b).sameAs(c('sub', a, d)) && !c('sub', a, b).sameAs(c('sub', d, b)));
  assert.ok(Certified.powInt(a, 2).sameAs(Certified.powInt(a, 2)));
  assert.ok(!Certified.powInt(a, 2).sameAs(Certified.powInt(a, 3)));
  // A fixed enclosure is only the same as itself; π and e leaves are different values (never subtracted).
  const iv = Certified.ofInterval(Interval.make(1n, 3n, -10, 64));
  assert.ok(iv.sameAs(iv));
  assert.ok(!iv.sameAs(Certified.ofInterval(Interval.make(1n, 3n, -10, 64))));
  const pi = Certified.of(Symbolic.piPower(1));
  const e = Certified.of(Symbolic.ePower(Rational.ONE));
  assert.ok(!pi.sameAs(e) && !e.sameAs(pi));
  assert.ok(pi.sameAs(Certified.of(Symbolic.piPower(1))));
  assert.ok(!pi.sameAs(Certified.of(Symbolic.piPower(1, Rational.int(2)))));
  assert.ok(Certified.of(1.5).sameAs(Certified.of(1.5)) && !Certified.of(1.5).sameAs(Certified.of(2.5)));
});

test('zeroDigits: the decimal digits of 0 an undecided enclosure proves', () => {
  assert.equal(zeroDigits(null), 0);
  assert.equal(zeroDigits(Interval.ZERO), Infinity);
  // |x| ≤ 2⁻¹⁰ < 10⁻³; |x| ≤ 2⁻³³³³ < 10⁻¹⁰⁰³; |x| ≤ 4 proves no digit (never a negative count).
  assert.equal(zeroDigits(Interval.make(-1n, 1n, -10, 64)), 3);
  assert.equal(zeroDigits(Interval.make(-1n, 1n, -3333, 64)), 1003);
  assert.equal(zeroDigits(Interval.make(-3n, 4n, 0, 64)), 0);
});

test('sameAs: exact leaves are combined by the operation (summed, multiplied), 0 and 1 drop out, others count', () => {
  const a = c('exp', Rational.of(1, 3));
  const b = c('log', Rational.int(3));
  const two = Rational.int(2);
  assert.ok(c('add', a, b).sameAs(c('add', b, a)), 'no exact leaves on either side');
  assert.ok(c('mul', two, c('mul', Rational.int(3), a)).sameAs(c('mul', Rational.int(6), a)));
  assert.ok(!c('mul', two, c('mul', Rational.int(3), a)).sameAs(c('mul', Rational.int(5), a)));
  assert.ok(c('add', two, c('add', Rational.int(3), a)).sameAs(c('add', Rational.int(5), a)));
  assert.ok(c('add', c('add', a, b), Rational.ZERO).sameAs(c('add', a, b)), 'a + b + 0 is a + b');
  assert.ok(c('mul', c('mul', a, b), Rational.ONE).sameAs(c('mul', a, b)), 'a·b·1 is a·b');
  assert.ok(!c('add', c('add', a, b), Rational.ONE).sameAs(c('add', a, b)));
  assert.ok(!c('mul', c('mul', a, b), two).sameAs(c('mul', a, b)));
  assert.ok(!c('add', a, Rational.ONE).sameAs(c('add', a, two)), 'different exact parts');
  // A rational leaf and a π leaf, either way round.
  const pi = Certified.of(Symbolic.piPower(1));
  assert.ok(!pi.sameAs(Certified.of(two)) && !Certified.of(two).sameAs(pi));
});

test('exact parts in π and in e are never equal (their difference cannot be formed exactly); sizes past every exponent are errors, not NaN', () => {
  const a = c('exp', Rational.of(1, 3));
  const pi = Symbolic.piPower(1);
  const e = Symbolic.ePower(Rational.ONE);
  assert.ok(!c('add', a, pi).sameAs(c('add', a, e)));
  assert.ok(!c('mul', a, pi).sameAs(c('mul', a, e)));
  assert.ok(c('add', a, pi).sameAs(c('add', pi, a)));
  assert.throws(() => c('exp', Rational.of(10n ** 300n)).toNumber(), ExponentOverflow);
});
