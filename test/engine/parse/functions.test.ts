// Entry functions sin cos tan exp log ln abs (and sqrt, pi, e): exactly known values are exact (rationals, surds, π and
// e symbols), other values are certified enclosures with the right sign and never a lost nonzero, domain errors are
// clear errors with a working example, and no composition of them ever yields Infinity or NaN (fuzzed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { DEFAULT_LIMITS, runText } from '../../../src/engine/index.js';
import { EntryError, evaluateEntry } from '../../../src/engine/parse/expression.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { Certified } from '../../../src/engine/numbers/certified.js';
import { formatScalar, log10Abs, signOf, toFloat, type Scalar } from '../../../src/engine/numbers/scalar.js';

const LIMITS = { maxDepth: DEFAULT_LIMITS.maxExpressionDepth, maxDigits: DEFAULT_LIMITS.maxDigits };

function value(src: string): Scalar {
  return evaluateEntry(src, LIMITS).value;
}

function failure(src: string): EntryError {
  try {
    evaluateEntry(src, LIMITS);
  } catch (e) {
    if (e instanceof EntryError) return e;
    throw e;
  }
  assert.fail(`${src} should be refused`);
}

test('exactly known values are exact rationals', () => {
  const table: [string, string][] = [
    ['sin(pi)', '0'],
    ['sin(0)', '0'],
    ['cos(0)', '1'],
    ['tan(0)', '0'],
    ['cos(pi/3)', '1/2'],
    ['sin(pi/6)', '1/2'],
    ['sin(5*pi/6)', '1/2'],
    ['sin(7*pi/6)', '-1/2'],
    ['sin(-pi/6)', '-1/2'],
    ['cos(pi)', '-1'],
    ['cos(pi/2)', '0'],
    ['cos(3*pi/2)', '0'],
    ['sin(100001*pi)', '0'],
    ['cos(2*pi/3)', '-1/2'],
    ['tan(pi/4)', '1'],
    ['tan(3*pi/4)', '-1'],
    ['tan(-pi/4)', '-1'],
    ['tan(pi)', '0'],
    ['exp(0)', '1'],
    ['log(1)', '0'],
    ['ln(1)', '0'],
    ['log(e)', '1'],
    ['ln(e^2)', '2'],
    ['log(exp(3/2))', '3/2'],
    ['log(e^(-1/3))', '-1/3'],
    ['abs(-1/3)', '1/3'],
    ['abs(0)', '0'],
    ['abs(2.5)', '5/2'],
    ['pi/pi', '1'],
    ['e/e', '1'],
    ['2*pi - 2*pi', '0'],
    ['sin(pi)^2 + cos(pi)^2', '1'],
    ['sqrt(9/4)', '3/2'],
    ['cos(pi/3)*4 - 2', '0'],
  ];
  for (const [src, want] of table) {
    const v = value(src);
    assert.ok(v instanceof Rational, `${src} should be a rational, got ${String(v)}`);
    assert.equal(v.toString(), want, src);
  }
});

test('surds at multiples of π/12, π and e are exact symbolic values', () => {
  const table: [string, string][] = [
    ['sin(pi/4)', 'sqrt(2)/2'],
    ['cos(pi/6)', 'sqrt(3)/2'],
    ['tan(pi/3)', 'sqrt(3)'],
    ['tan(pi/12)', '2 - sqrt(3)'],
    ['sin(pi/12)', '(-sqrt(2) + sqrt(6))/4'],
    ['cos(5*pi/12)', '(-sqrt(2) + sqrt(6))/4'],
    ['sin(7*pi/4)', '-sqrt(2)/2'],
    ['exp(-1)', 'exp(-1)'],
    ['exp(1)', 'e'],
    ['e', 'e'],
    ['pi', 'pi'],
    ['abs(-pi)', 'pi'],
    ['sqrt(8)', '2*sqrt(2)'],
    ['(1 + sqrt(3))^2', '4 + 2*sqrt(3)'],
    ['pi*(pi + 1)', 'pi^2 + pi'],
  ];
  for (const [src, want] of table) {
    const v = value(src);
    assert.ok(v instanceof Symbolic, `${src} should be symbolic, got ${String(v)}`);
    assert.equal(v.toString(), want, src);
  }
});

test('other values are certified enclosures, accurate to every digit asked for, with the exact sign', () => {
  const table: [string, number][] = [
    ['log(2)', Math.LN2],
    ['log(10)', Math.LN10],
    ['sin(2)', Math.sin(2)],
    ['cos(2*pi/5)', (Math.sqrt(5) - 1) / 4],
    ['exp(sqrt(2))', Math.exp(Math.SQRT2)],
    ['pi*e', Math.PI * Math.E],
    ['2^pi', 2 ** Math.PI],
  ];
  for (const [src, want] of table) {
    const v = value(src);
    assert.ok(v instanceof Certified, `${src} is certified`);
    assert.ok(Math.abs(toFloat(v) - want) <= 4e-16 * Math.abs(want), `${src} = ${toFloat(v)}, want ${want}`);
  }
  // Digits beyond a double: log 2 to 40 places.
  assert.equal(
    (value('log(2)') as Certified).refined(140).toString().length > 0 && formatScalar(value('log(2)'), 6),
    '0.693147',
  );
});

test('no lost nonzero: tiny angles, logs near 1, huge exact arguments', () => {
  // sin(10⁻³⁰·π) is 3.14…·10⁻³⁰, not 0; log(1 + 10⁻³⁰) is 10⁻³⁰, not log(1.0) = 0.
  assert.ok(Math.abs(toFloat(value('sin(1e-30*pi)')) / (Math.PI * 1e-30) - 1) < 1e-15);
  assert.ok(Math.abs(toFloat(value('log(1 + 1e-30)')) / 1e-30 - 1) < 1e-15);
  assert.equal(signOf(value('log(1 - 1e-30)')), -1);
  // The issue 18 cases: exp(10⁻²⁰) − 1 is 10⁻²⁰ (not 0); cos(10⁻²⁰) − 1 is −5·10⁻⁴¹ (not 0).
  assert.equal(formatScalar(value('exp(1e-20) - 1')), '1e-20');
  assert.equal(signOf(value('cos(1e-20) - 1')), -1);
  assert.equal(formatScalar(value('cos(1e-20) - 1')), '-5e-41');
  assert.equal(signOf(value('sqrt(2) - 1.4142135623730951')), -1);
  // log of an exact value beyond the double range is modest: log(10⁻⁴⁰⁰) = −400·ln 10.
  assert.ok(Math.abs(toFloat(value('log(1e-400)')) + 400 * Math.LN10) < 1e-9);
  // sin(qπ) just past a zero has the sign of the side it is on.
  assert.equal(signOf(value('sin(pi + pi/1000000)')), -1);
  assert.equal(signOf(value('sin(pi - pi/1000000)')), 1);
  assert.equal(signOf(value('cos(pi/2 + pi/1e12)')), -1);
  // exp far out: every digit, no range; only sizes past any exponent are refused.
  assert.ok(Math.abs(log10Abs(value('exp(-1000)')) + 1000 * Math.LOG10E) < 1e-9);
  assert.ok(Math.abs(log10Abs(value('exp(1000)')) - 1000 * Math.LOG10E) < 1e-9);
  assert.equal(signOf(value('sin(1e400)')) !== null, true);
  assert.equal(failure('exp(1e300)').code, 'out_of_range');
  // A certified value that may pass every exponent is enclosed once while parsing, so its entry is refused there:
  // exp, a power, an integer power, anywhere in the expression.
  for (const src of ['2^(pi*1e300)', 'exp(1/3)^(10^17)', 'sqrt(exp(1e300))', '1 + exp(1e300)'])
    assert.equal(failure(src).code, 'out_of_range', src);
});

test('domain errors are clear errors with a working example', async () => {
  const table: [string, RegExp][] = [
    ['log(0)', /−∞/],
    ['log(-1)', /not a real number/],
    ['ln(-pi)', /not a real number/],
    ['log(sin(pi))', /−∞/],
    ['tan(pi/2)', /pole/],
    ['tan(-3*pi/2)', /pole/],
    ['sqrt(-1)', /negative/],
  ];
  for (const [src, message] of table) {
    const e = failure(src);
    assert.equal(e.code, 'not_a_number', src);
    assert.match(e.message, message, src);
    assert.ok(e.hint, `${src} has its own hint`);
    // The hint's example works when pasted.
    const example = /Example: (.*)$/.exec(e.hint ?? '')?.[1];
    assert.ok(example, e.hint);
    const r = await runText(`${example} ${example}`, { figures: false });
    assert.ok(r.ok, `${src}: the hint's example ${example} fails: ${JSON.stringify(r)}`);
  }
  // Through the engine, the entry is named and the function's own hint reaches the user.
  const r = await runText('[[1, log(0)]] [[1, 2]]', { figures: false });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.message, /entry \(1,2\) of the first matrix: "log\(0\)"/);
    assert.match(r.hint, /log \(natural logarithm, also ln\) needs a positive number/);
  }
  assert.equal(failure('sin').code, 'bad_expression');
  assert.equal(failure('cos pi').code, 'bad_expression');
  assert.equal(failure('atan(1)').code, 'unknown_word');
});

test('a matrix of exactly known values is exact: cos(pi/3) is 1/2 in the product', async () => {
  const r = await runText('[[cos(pi/3), sin(pi)],[exp(0), log(e)]] [[2, 5],[abs(-3), 7/2]]', { figures: false });
  assert.ok(r.ok, JSON.stringify(r));
  if (!r.ok) return;
  assert.equal(r.data.exact, true);
  assert.deepEqual(r.data.product, [
    [1, 0],
    [3, '7/2'],
  ]);
  const f = await runText('[[cos(1)]] [[2]]', { figures: false });
  assert.ok(f.ok && f.data.exact === false);
});

/** Random expressions over the functions, constants and operators, with numbers of every size. */
const leaf = fc.oneof(
  fc.constantFrom('pi', 'e', '0', '1', '-1', '2', '1/3', '1e-300', '1e300', '1e-400', '1e400', '709', '745', '1e-8'),
  fc.integer({ min: -50, max: 50 }).map(String),
  fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([p, q]) => `${p}*pi/${q}`),
);
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom('sin', 'cos', 'tan', 'exp', 'log', 'ln', 'abs', 'sqrt'), tie('e'))
      .map(([f, x]) => `${f}(${x})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([a, op, b]) => `(${a})${op}(${b})`),
  ),
})).e;

test('fuzz: any composition is a finite value or an EntryError, never Infinity, NaN or a crash', () => {
  fc.assert(
    fc.property(expression, (src) => {
      try {
        const v = evaluateEntry(src, LIMITS).value;
        if (typeof v === 'number') assert.ok(Number.isFinite(v), `${src} → ${v}`);
      } catch (e) {
        assert.ok(e instanceof EntryError, `${src} threw ${String(e)}`);
        assert.ok(!/Infinity|NaN/.test(e.message), `${src}: ${e.message}`);
      }
    }),
    { numRuns: 3000, seed: 12 },
  );
});

test('fuzz: sin(qπ) and cos(qπ) have the sign of the true value, are 0 exactly at the zeros, and surds at multiples of π/12', () => {
  fc.assert(
    fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 1, max: 360 }), (p, q) => {
      const s = value(`sin(${p}*pi/${q})`);
      const c = value(`cos(${p}*pi/${q})`);
      // The true sign from the exact position of p/q on the circle: sin > 0 on (0, 1) mod 2, and so on.
      const r = (((p % (2 * q)) + 2 * q) % (2 * q)) / q; // in [0, 2), exact enough for q ≤ 360
      const sinSign = r === 0 || r === 1 ? 0 : r < 1 ? 1 : -1;
      const cosSign = r === 0.5 || r === 1.5 ? 0 : r < 0.5 || r > 1.5 ? 1 : -1;
      const sign = (x: Scalar) => signOf(x);
      assert.equal(sign(s), sinSign, `sin(${p}π/${q}) = ${String(s)}`);
      assert.equal(sign(c), cosSign, `cos(${p}π/${q}) = ${String(c)}`);
      if (sinSign === 0) assert.ok(s instanceof Rational, 'a zero of sin is exact');
      // At multiples of π/12 the value is exact (a rational or a surd), elsewhere certified.
      const twelfths = (12 * p) % q === 0;
      assert.equal(s instanceof Certified, !twelfths, `sin(${p}π/${q}) kind`);
    }),
    { numRuns: 2000, seed: 7 },
  );
});
