// Certified values (src/engine/numbers/certified.ts): a lazy expression evaluated to enclosures at any precision; its
// sign decided by refinement up to the cap (≈1,000 digits), else null: undecided. Checked on the cancellations,
// on a value that equals 0 without a proof (e·π − π·e, built separately), and on expression identity (sameAs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Certified, CAP_BITS, refineSign, zeroDigits } from '../../../src/engine/numbers/certified.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { Interval } from '../../../src/engine/numbers/interval.js';

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
