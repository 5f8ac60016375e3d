// Expression depth as the user counts it (DESIGN §7): 32 nested parentheses, unary signs or
// powers are accepted, 33 refused with a message that says the same limit; deep input never
// blows the stack or hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, runText } from '../../../src/engine/index.js';
import { EntryError, evaluateEntry, type ExpressionLimits } from '../../../src/engine/parse/expression.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { Certified } from '../../../src/engine/numbers/certified.js';
import { formatScalar, log10Abs, signOf } from '../../../src/engine/numbers/scalar.js';

const LIMITS = { maxDepth: DEFAULT_LIMITS.maxExpressionDepth, maxDigits: DEFAULT_LIMITS.maxDigits };
const N = DEFAULT_LIMITS.maxExpressionDepth;

const parens = (n: number, inner = '7/3'): string => '('.repeat(n) + inner + ')'.repeat(n);
const signs = (n: number): string => '-'.repeat(n) + '2';
const spacedSigns = (n: number): string => '- '.repeat(n) + '2';
/** -(-(-2)): n levels in all, signs and parentheses taking turns. */
const nestedNegations = (n: number): string =>
  '-('.repeat(Math.floor(n / 2)) + (n % 2 === 1 ? '-2' : '2') + ')'.repeat(Math.floor(n / 2));
const powers = (n: number): string => Array.from({ length: n + 1 }, () => '1').join('^');
const parenPowers = (n: number): string => '1^('.repeat(n) + '1' + ')'.repeat(n);
/** n levels in all, cycling through a parenthesis, a sign and a power. */
function mixed(n: number): string {
  let open = '';
  let close = '';
  for (let k = 0; k < n; k++) {
    if (k % 3 === 0) {
      open += '(';
      close = ')' + close;
    } else if (k % 3 === 1) open += '-';
    else open += '1^';
  }
  return open + '1' + close;
}

function depthError(src: string): EntryError | undefined {
  try {
    evaluateEntry(src, LIMITS);
    return undefined;
  } catch (e) {
    if (e instanceof EntryError) return e;
    throw e;
  }
}

test('the examples of issue 9 are accepted', async () => {
  for (const [text, value] of [
    ['[[((((((7/3))))))]] [[3]]', 7],
    ['[[-(-(-(-(-(-(-(-2)))))))]] [[1]]', 2],
  ] as const) {
    const r = await runText(text, { figures: false });
    assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
    if (r.ok) assert.deepEqual(r.data.product, [[value]], text);
  }
});

test(`${N} levels are accepted and ${N + 1} refused: parentheses, signs, powers and mixed`, () => {
  const shapes: [string, (n: number) => string][] = [
    ['parentheses', (n) => parens(n)],
    ['signs', signs],
    ['spaced signs', spacedSigns],
    ['nested negations', nestedNegations],
    ['powers', powers],
    ['powers with parentheses', (n) => (n % 2 === 0 ? parenPowers(n / 2) : '(' + parenPowers((n - 1) / 2) + ')')],
    ['mixed', mixed],
  ];
  for (const [name, make] of shapes) {
    assert.equal(depthError(make(N)), undefined, `${name}: ${N} levels must be accepted (${make(N)})`);
    const e = depthError(make(N + 1));
    assert.ok(e, `${name}: ${N + 1} levels must be refused`);
    assert.equal(e.code, 'too_deep', `${name}: ${e.message}`);
    assert.match(e.message, new RegExp(`more than ${N} nested parentheses, signs or powers`), name);
  }
});

test('the limit is the configured one, in the message too', () => {
  assert.equal(depthError(parens(5)), undefined);
  const e = (() => {
    try {
      evaluateEntry(parens(6), { ...LIMITS, maxDepth: 5 });
    } catch (err) {
      return err as EntryError;
    }
  })();
  assert.equal(e?.code, 'too_deep');
  assert.match(e?.message ?? '', /more than 5 nested/);
  assert.equal(evaluateEntry(parens(5), { ...LIMITS, maxDepth: 5 }).value.toString(), '7/3');
});

test('the refusal reaches the user with the same number in message and hint', async () => {
  const r = await runText(`[[${parens(N + 1)}]] [[1]]`, { figures: false });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.code, 'too_deep');
  assert.match(r.message, /entry \(1,1\) of the first matrix/);
  assert.match(r.message, new RegExp(`more than ${N} nested`));
  assert.match(r.hint, new RegExp(`at most ${N} nested parentheses, signs or powers`));
  const ok = await runText(`[[${parens(N)}]] [[3]]`, { figures: false });
  assert.ok(ok.ok, JSON.stringify(ok));
});

test('sequences (not nesting) do not count: 200 parenthesised terms in a row are fine', () => {
  const src = Array.from({ length: 200 }, () => '(1)').join('+');
  assert.equal(evaluateEntry(src, LIMITS).value.toString(), '200');
});

test('10,000 parentheses, signs or powers never blow the stack or hang', async () => {
  for (const src of [parens(10_000), signs(10_000), powers(10_000), nestedNegations(10_000), mixed(10_000)]) {
    const started = performance.now();
    const e = depthError(src);
    assert.equal(e?.code, 'too_deep');
    assert.ok(performance.now() - started < 2000, 'answered promptly');
  }
  // And through the whole engine, with the text limit raised so the depth limit is what answers.
  const r = await runText(`[[${parens(10_000)}]] [[1]]`, { figures: false, limits: { maxTextLength: 100_000 } });
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.code, 'too_deep');
});

// ---- values: exact while small, certified past the digit budget, of any size ----

/** Small limits, so that every boundary is a short literal: 20 digits switch to certified enclosures. */
const SMALL = { maxDepth: 32, maxDigits: 20 };

function value(src: string, limits: ExpressionLimits = SMALL) {
  return evaluateEntry(src, limits);
}

function refusal(src: string, limits: ExpressionLimits = SMALL): EntryError {
  try {
    evaluateEntry(src, limits);
  } catch (e) {
    if (e instanceof EntryError) return e;
    throw e;
  }
  assert.fail(`${src} should be refused`);
}

const exactText = (src: string): string => {
  const v = value(src).value;
  assert.ok(v instanceof Rational || v instanceof Symbolic, `${src} should stay exact`);
  return v.toString();
};

/** A certified value, as a double (with the value's own log10 for sizes beyond the double range). */
const certifiedOf = (src: string, limits: ExpressionLimits = SMALL): Certified => {
  const r = value(src, limits);
  assert.ok(r.value instanceof Certified, `${src} should be certified, is ${r.value.constructor.name}`);
  return r.value;
};

/** |log10 x − log10 y| small: the same size and digits. */
function near(x: number, y: number, what: string): void {
  assert.ok(Math.abs(x / y - 1) < 1e-13, `${what}: ${x} vs ${y}`);
}

test('the digit budget: up to maxDigits exact, one more switches to certified enclosures (literals, products, sums, powers)', () => {
  // 10^19 has 20 digits, 10^20 has 21.
  for (const src of ['1e19', '10000000000000000000', '10^19', '1e10*1e9', '(1e19-1)+1', '1/1e19', '2^63']) {
    assert.equal(value(src).switchedToFloat, false, src);
    assert.ok(value(src).value instanceof Rational, src);
  }
  assert.equal(exactText('1e10*1e9'), '10000000000000000000');
  assert.equal(exactText('1/1e19'), '1/10000000000000000000');
  for (const [src, v] of [
    ['1e20', 1e20],
    ['10^20', 1e20],
    ['10^21', 1e21],
    ['1e10*1e10', 1e20],
    ['1e19*10', 1e20],
    ['(1e19-1)*10+10', 1e20],
    ['1/1e20', 1e-20],
    ['1e20/3', 1e20 / 3],
    ['2^67', 2 ** 67],
    ['(-3)^43', -(3 ** 43)],
    ['(2/3)^50', (2 / 3) ** 50],
  ] as const) {
    const r = value(src);
    assert.equal(r.switchedToFloat, true, `${src} switched`);
    assert.ok(r.value instanceof Certified, src);
    near(r.value.toNumber(), v, src);
  }
  // Past the budget and then back: the enclosure of 10²⁰/10²⁰ is 1 exactly, but the value stays certified.
  assert.ok(value('1e20/1e20').value instanceof Certified);
  assert.equal(signOf(value('1e20/1e20-1').value), 0, 'an exact leaf divided by itself encloses to [1, 1]');
});

test('no exponent range: 10⁴⁰⁰, 10⁻⁴⁰⁰ and 10⁹⁹⁹⁹⁹ are carried with every digit; only exponents past 10¹⁴ are refused', () => {
  for (const [src, log10] of [
    ['1e400', 400],
    ['-1e400', 400],
    ['1e-400', -400],
    ['10^400', 400],
    ['10^-400', -400],
    ['3^839', 839 * Math.log10(3)],
    ['1e200*1e199', 399],
    ['1e99999', 99999],
    ['2^1000000000', 1e9 * Math.log10(2)],
  ] as const) {
    const c = certifiedOf(src);
    assert.ok(Math.abs(log10Abs(c) - log10) < 1e-9 * Math.max(1, Math.abs(log10)), `${src}: ${log10Abs(c)}`);
  }
  assert.equal(signOf(certifiedOf('-1e400')), -1);
  assert.equal(formatScalar(certifiedOf('3^839')), '2.01712e400');
  // 10⁻³²⁰·π keeps its digits: exact, a polynomial in π.
  assert.equal(String(value('1e-320*pi', LIMITS).value), '1e-320*pi');
  const huge = refusal('1e999999999999999');
  assert.equal(huge.code, 'out_of_range');
  assert.match(huge.message, /beyond any size/);
  assert.equal(refusal('exp(1e20)').code, 'out_of_range');
});

test('powers: exact while the estimated size fits, certified past it; surds, π and e powers exact', () => {
  assert.equal(exactText('2^10'), '1024');
  assert.equal(exactText('(2/3)^3'), '8/27');
  assert.equal(exactText('2^-3'), '1/8');
  assert.equal(exactText('(-2)^3'), '-8');
  assert.equal(exactText('-2^2'), '-4');
  assert.equal(exactText('2^3^2'), '512', 'right-associative');
  assert.equal(exactText('0^0'), '1');
  assert.equal(exactText('0^5'), '0');
  assert.equal(exactText('1^99999999'), '1');
  assert.equal(exactText('1^-99999999'), '1');
  assert.equal(exactText('(-1)^99999999'), '-1');
  assert.equal(exactText('(-1)^-99999998'), '1');
  assert.equal(refusal('0^-1').code, 'division_by_zero');
  near(certifiedOf('10^20').toNumber(), 1e20, '10^20');
  near(certifiedOf('(1/10)^20').toNumber(), 1e-20, '(1/10)^20');
  near(certifiedOf('7^100').toNumber(), 7 ** 100, '7^100');
  assert.equal(exactText('4^0.5'), '2');
  assert.equal(exactText('2^(1/2)'), 'sqrt(2)');
  assert.equal(exactText('8^(3/2)'), '16*sqrt(2)');
  assert.equal(exactText('pi^2'), 'pi^2');
  assert.equal(exactText('e^2'), 'e^2');
  assert.equal(exactText('e^(1/2)'), 'exp(1/2)');
  assert.equal(exactText('(e^2)^(1/4)'), 'exp(1/2)');
  near(certifiedOf('2^pi').toNumber(), 2 ** Math.PI, '2^pi');
  // A perfect square of any size has an exact root.
  assert.ok((value('(1e400)^0.5', LIMITS).value as Rational).equals(Rational.of(10n ** 200n)));
  assert.ok((value('(1e-400)^0.5', LIMITS).value as Rational).equals(Rational.of(1n, 10n ** 200n)));
  assert.ok(Math.abs(log10Abs(certifiedOf('(1e-800)^(1/3)', LIMITS)) + 800 / 3) < 1e-9);
  assert.equal(refusal('(-8)^(1/3)').code, 'not_a_number');
  // π^1000 is one term: exact, 1.41×10⁴⁹⁷; π^1000 + π is past the exact degree span (48): certified.
  assert.equal(exactText('pi^1000'), 'pi^1000');
  assert.ok(Math.abs(log10Abs(value('pi^1000').value) - 1000 * Math.log10(Math.PI)) < 1e-9);
  assert.ok(Math.abs(log10Abs(certifiedOf('pi^1000 + pi')) - 1000 * Math.log10(Math.PI)) < 1e-9);
  assert.equal(signOf(value('pi^-1000').value), 1);
  assert.equal(exactText('0^pi'), '0');
});

test('sqrt: exact surds, perfect squares of any size, certified otherwise, refused for negatives', () => {
  assert.equal(exactText('sqrt(4/9)'), '2/3');
  assert.equal(exactText('sqrt(0)'), '0');
  assert.equal(exactText('sqrt(1e18)'), '1000000000');
  assert.equal(exactText('sqrt(2)'), 'sqrt(2)');
  assert.equal(exactText('sqrt(12)'), '2*sqrt(3)');
  assert.equal(exactText('sqrt(1/2)'), 'sqrt(2)/2');
  assert.equal(exactText('sqrt(2)*sqrt(3)'), 'sqrt(6)');
  assert.equal(exactText('1/(1 + sqrt(2))'), '-1 + sqrt(2)');
  assert.equal(exactText('sqrt(e)'), 'exp(1/2)');
  assert.equal(exactText('sqrt(4*pi^2)'), '2*pi');
  near(certifiedOf('sqrt(pi)').toNumber(), Math.sqrt(Math.PI), 'sqrt(pi)');
  // A perfect square of any size is exact (then certified past this budget's 20 digits).
  near(certifiedOf('sqrt(1e398)').toNumber(), 1e199, 'sqrt(1e398)');
  near(certifiedOf('sqrt(2e399)').toNumber(), Math.SQRT2 * 10 ** 199.5, 'sqrt(2e399)');
  near(certifiedOf('sqrt(2e-399)').toNumber(), Math.SQRT2 * 10 ** -199.5, 'sqrt(2e-399)');
  assert.equal(refusal('sqrt(-1)').code, 'not_a_number');
  assert.equal(refusal('sqrt(-pi)').code, 'not_a_number');
  assert.equal(refusal('sqrt(-1e399)').code, 'not_a_number');
  assert.equal(refusal('sqrt 2').code, 'bad_expression');
});

test('words, signs and errors', () => {
  assert.equal(exactText('pi'), 'pi');
  assert.equal(exactText('π'), 'pi');
  assert.equal(exactText('e'), 'e');
  assert.equal(exactText('-pi'), '-pi');
  assert.equal(exactText('+pi'), 'pi');
  assert.equal(exactText('2×pi÷4'), 'pi/2');
  assert.equal(exactText('3−5'), '-2');
  assert.equal(refusal('1/0').code, 'division_by_zero');
  assert.equal(refusal('1/(pi-pi)').code, 'division_by_zero');
  assert.equal(refusal('1/(exp(1)*pi - pi*exp(1))').code, 'division_by_zero', 'a divisor that may be 0 is refused');
  assert.match(refusal('1/(exp(1)*pi - pi*exp(1))').message, /equal to 0 to 1,000 digits/);
  assert.equal(refusal('nan').code, 'not_a_number');
  assert.equal(refusal('foo').code, 'unknown_word');
  assert.equal(refusal('2 3').code, 'bad_expression');
  assert.equal(refusal('(2').code, 'bad_expression');
  assert.equal(refusal('2+').code, 'bad_expression');
  assert.equal(refusal('$').code, 'bad_expression');
  assert.equal(refusal('  ').code, 'not_a_number');
});

test('what the user reads: the accepted spellings, the error codes and messages, huge powers answered at once', () => {
  // Tabs, the en dash, the middle dots: the same as a space, a minus, a times.
  assert.equal(exactText('2\t+\t1'), '3');
  assert.equal(exactText('3–1'), '2');
  assert.equal(exactText('2·3'), '6');
  assert.equal(exactText('2⋅3'), '6');
  assert.equal(exactText('12.5'), '25/2');
  assert.equal(exactText('.25'), '1/4');
  for (const w of ['inf', 'undefined', 'null', 'none', 'NaN', 'Infinity'])
    assert.equal(refusal(w).code, 'not_a_number', w);
  for (const [src, code, message] of [
    ['', 'not_a_number', /an entry is empty/],
    ['2 $ 3', 'bad_expression', /the character "\$" cannot appear in a number/],
    ['1/0', 'division_by_zero', /"1\/0" divides by zero/],
    ['0^-2', 'division_by_zero', /"0\^-2" divides by zero/],
    ['(-8)^(1/3)', 'not_a_number', /is not a real number/],
    ['2+', 'bad_expression', /"2\+" ends too early/],
    ['sqrt 2', 'bad_expression', /sqrt needs parentheses in "sqrt 2", e\.g\. sqrt\(2\)/],
    ['sqrt(-2)', 'not_a_number', /takes the square root of a negative number/],
    ['(2', 'bad_expression', /"\(2" is missing a "\)"/],
    ['2 3', 'bad_expression', /"2 3" has "3" where it should end/],
    ['*3', 'bad_expression', /"\*3" has "\*" where a number should be/],
    ['1e-999999999999999', 'out_of_range', /beyond any size/],
    ['tan(pi/2)', 'not_a_number', /tan has a pole/],
    ['log(0)', 'not_a_number', /−∞/],
    ['log(cos(1e-20)-1)', 'not_a_number', /positive numbers only/],
  ] as const) {
    const e = refusal(src, LIMITS);
    assert.equal(e.code, code, src);
    assert.match(e.message, message, src);
  }
  // Powers whose exact value would have a billion digits are certified at once, never computed in full.
  for (const src of ['2^1000000000', '(-2)^1000000000', '(1/2)^1000000000', '(2/3)^-1000000000']) {
    const started = performance.now();
    assert.ok(value(src, LIMITS).value instanceof Certified, src);
    assert.ok(performance.now() - started < 2000, `${src} answered promptly`);
  }
  // Unary plus and sqrt count as levels, like minus and parentheses.
  assert.equal(refusal('+'.repeat(N + 1) + '2').code, 'too_deep');
  assert.equal(refusal('sqrt('.repeat(N + 1) + '2' + ')'.repeat(N + 1)).code, 'too_deep');
});
