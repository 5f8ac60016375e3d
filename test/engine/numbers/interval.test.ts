// Rigorous intervals (src/engine/numbers/interval.ts): every enclosure contains the true value, and is narrow (about
// its precision). Constants and function values against 60-digit references computed with mpmath (independent of
// this code), at 64 to 3,400 bits; directed rounding of + − × ÷ √ against exact rational arithmetic (fast-check, fixed
// seeds); and identities that must hold inside the enclosures (exp∘log, sin² + cos²).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../fc-seed.js';
import {
  Interval,
  ExponentOverflow,
  NeedPrecision,
  expInterval,
  ln2Interval,
  logInterval,
  piInterval,
  sinCosInterval,
  tanInterval,
} from '../../../src/engine/numbers/interval.js';
import { Rational } from '../../../src/engine/numbers/rational.js';

/** A decimal reference (60 significant digits) as an exact rational. */
function ref(text: string): Rational {
  return Rational.parseDecimal(text)!;
}

/** The exact value of an interval end m·2^e. */
function endValue(m: bigint, e: number): Rational {
  return e >= 0 ? Rational.of(m << BigInt(e)) : Rational.of(m, 1n << BigInt(-e));
}

/** iv contains the reference to within its 60 digits (the reference's own last-digit error). */
function assertEncloses(iv: Interval, want: string, what: string): void {
  const r = ref(want);
  const slack =
    r.sign() === 0 ? Rational.of(1n, 10n ** 60n) : (r.sign() < 0 ? r.neg() : r).mul(Rational.of(1n, 10n ** 58n));
  const lo = endValue(iv.lo, iv.e);
  const hi = endValue(iv.hi, iv.e);
  assert.ok(lo.cmp(r.add(slack)) <= 0, `${what}: lower end ${lo.toNumber()} above ${want}`);
  assert.ok(hi.cmp(r.sub(slack)) >= 0, `${what}: upper end ${hi.toNumber()} below ${want}`);
}

/** The enclosure is narrow: width ≤ 2^-(p-8) of its magnitude (8 bits of slack for the last roundings). */
function assertNarrow(iv: Interval, p: number, what: string): void {
  const rel = iv.log2Width() - iv.log2Mag();
  assert.ok(rel <= -(p - 8), `${what}: relative width 2^${rel.toFixed(1)} at ${p} bits`);
}

const REF: Record<string, string> = {
  pi: '3.14159265358979323846264338327950288419716939937510582097494',
  ln2: '0.69314718055994530941723212145817656807550013436025525412068',
  e: '2.71828182845904523536028747135266249775724709369995957496697',
  'exp(-7/3)': '0.0969719678644050628099066592983707314807208589248043936530471',
  'log(3/4)': '-0.287682072451780927439219005993827431503509710897761056506666',
  'log(10)': '2.30258509299404568401799145468436420760110148862877297603333',
  'sin(1)': '0.841470984807896506652502321630298999622563060798371065672752',
  'cos(1)': '0.540302305868139717400936607442976603732310420617922227670097',
  'tan(1/2)': '0.546302489843790513255179465780285383297551720179791246164091',
  'sin(1e30)': '-0.0901169019121380580303864289529873302743963329930434498854607',
  'exp(100)': '26881171418161354484126255515800135873611118.7737419224151916',
  'log(1e-400)': '-921.034037197618273607196581873745683040440595451509190413331',
  'cos(1e-20)-1': '-4.99999999999999999999999999999999999999995933673462640314006e-41',
  'exp(1e-20)-1': '1.00000000000000000000500000000000000000001666666666666666667e-20',
};

const frac = (n: bigint, d: bigint, p: number) => Interval.fromFraction(n, d, p + 16);

const CASES: [string, (p: number) => Interval][] = [
  ['pi', (p) => piInterval(p)],
  ['ln2', (p) => ln2Interval(p)],
  ['e', (p) => expInterval(Interval.ONE, p)],
  ['exp(-7/3)', (p) => expInterval(frac(-7n, 3n, p), p)],
  ['log(3/4)', (p) => logInterval(frac(3n, 4n, p), p)],
  ['log(10)', (p) => logInterval(Interval.point(10n), p)],
  ['sin(1)', (p) => sinCosInterval(Interval.ONE, p).sin],
  ['cos(1)', (p) => sinCosInterval(Interval.ONE, p).cos],
  ['tan(1/2)', (p) => tanInterval(frac(1n, 2n, p), p)],
  ['sin(1e30)', (p) => sinCosInterval(Interval.point(10n ** 30n), p).sin],
  ['exp(100)', (p) => expInterval(Interval.point(100n), p)],
  ['log(1e-400)', (p) => logInterval(frac(1n, 10n ** 400n, p + 1400), p)],
];

test('constants and elementary functions enclose their 60-digit references, narrowly, from 64 to 3,400 bits', () => {
  for (const p of [64, 128, 200, 1000, 3400])
    for (const [name, f] of CASES) {
      const iv = f(p);
      assertEncloses(iv, REF[name], `${name} at ${p} bits`);
      assertNarrow(iv, p, `${name} at ${p} bits`);
    }
});

test('cancellation: cos(10⁻²⁰) − 1 and exp(10⁻²⁰) − 1 keep their sign and digits once the precision suffices', () => {
  const x = frac(1n, 10n ** 20n, 400);
  const c = sinCosInterval(x, 256).cos.sub(Interval.ONE, 256);
  assertEncloses(c, REF['cos(1e-20)-1'], 'cos(1e-20) - 1');
  assert.equal(c.sign(), -1);
  const e = expInterval(x, 256).sub(Interval.ONE, 256);
  assertEncloses(e, REF['exp(1e-20)-1'], 'exp(1e-20) - 1');
  assert.equal(e.sign(), 1);
  // At 64 bits the first is still undecided (2⁻⁶⁴ ≫ 5·10⁻⁴¹): the enclosure says so, it does not guess.
  assert.equal(sinCosInterval(x, 64).cos.sub(Interval.ONE, 64).sign(), null);
});

/** Rationals from 10⁻⁴⁰⁰ to 10⁴⁰⁰ of both signs. */
const rationalArb = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
    fc.integer({ min: -400, max: 400 }),
  )
  .map(([n, d, k]) => (k >= 0 ? Rational.of(n * 10n ** BigInt(k), d) : Rational.of(n, d * 10n ** BigInt(-k))));

const contains = (iv: Interval, q: Rational): boolean =>
  endValue(iv.lo, iv.e).cmp(q) <= 0 && endValue(iv.hi, iv.e).cmp(q) >= 0;

test('+ − × ÷ and √ round outward: the exact rational result is inside, at every size', () => {
  fc.assert(
    fc.property(rationalArb, rationalArb, fc.integer({ min: 24, max: 300 }), (a, b, p) => {
      const A = Interval.fromFraction(a.num, a.den, p);
      const B = Interval.fromFraction(b.num, b.den, p);
      assert.ok(contains(A, a) && contains(B, b), 'fromFraction encloses');
      assert.ok(contains(A.add(B, p), a.add(b)), 'add');
      assert.ok(contains(A.sub(B, p), a.sub(b)), 'sub');
      assert.ok(contains(A.mul(B, p), a.mul(b)), 'mul');
      if (!b.isZero()) assert.ok(contains(A.div(B, p), a.div(b)), 'div');
      const sq = a.mul(a);
      const root = Interval.fromFraction(sq.num, sq.den, p).sqrt(p);
      assert.ok(contains(root, a.sign() < 0 ? a.neg() : a), 'sqrt of a square');
    }),
    { numRuns: 1500, seed: 31 },
  );
});

test('identities inside the enclosures: exp(log x) ∋ x, sin² + cos² ∋ 1, log of negative-z arguments ends', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
      const p = 120;
      const x = Rational.of(n, d);
      const X = Interval.fromFraction(n, d, p + 30);
      assert.ok(contains(expInterval(logInterval(X, p + 10), p), x), `exp(log(${x}))`);
      const { sin, cos } = sinCosInterval(X, p);
      const one = sin.mul(sin, p).add(cos.mul(cos, p), p);
      assert.ok(contains(one, Rational.ONE), `sin² + cos² at ${x}`);
    }),
    { numRuns: 300, seed: 32 },
  );
  // Arguments just below a power of two (z < 0 in the atanh series) once looped forever.
  for (const [n, d] of [
    [745n, 1n],
    [3n, 4n],
    [1023n, 1024n],
    [999999n, 1000000n],
  ] as const)
    assert.ok(logInterval(Interval.fromFraction(n, d, 100), 80).sign() !== null);
});

test('domain conditions ask for precision; sizes no exponent can carry are refused', () => {
  assert.throws(() => Interval.ONE.div(Interval.make(-1n, 1n, -10, 64), 64), NeedPrecision);
  assert.throws(() => logInterval(Interval.make(-1n, 1n, -10, 64), 64), NeedPrecision);
  assert.throws(() => expInterval(Interval.point(10n ** 20n), 64), ExponentOverflow);
  // exp(−1000) is tiny, not 0; exp(1000) huge, not ∞.
  const tiny = expInterval(Interval.point(-1000n), 64);
  assert.equal(tiny.sign(), 1);
  assert.ok(Math.abs(tiny.log2Mag() - -1000 / Math.LN2) < 1);
  assert.ok(Math.abs(expInterval(Interval.point(1000n), 64).log2Mag() - 1000 / Math.LN2) < 1);
});
