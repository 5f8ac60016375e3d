// Expression depth as the user counts it (DESIGN §7): 32 nested parentheses, unary signs or
// powers are accepted, 33 refused with a message that says the same limit; deep input never
// blows the stack or hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, runText } from '../../../src/engine/index.js';
import { EntryError, evaluateEntry, type ExpressionLimits } from '../../../src/engine/parse/expression.js';

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

// ---- values: exact while small, floating past the digit budget, kept exact when floating point would lose them ----

/** Small limits, so that every boundary is a short literal: 20 digits switch to floats, 60 may be kept exact. */
const SMALL = { maxDepth: 32, maxDigits: 20, maxKeptDigits: 60 };

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
  assert.equal(typeof v, 'object', `${src} should stay exact`);
  return v.toString();
};

const floatOf = (src: string): number => {
  const r = value(src);
  assert.equal(typeof r.value, 'number', `${src} should be floating`);
  return r.value as number;
};

test('the digit budget: up to maxDigits exact, one more switches to floating point (literals, products, sums, powers)', () => {
  // 10^19 has 20 digits, 10^20 has 21.
  for (const src of ['1e19', '10000000000000000000', '10^19', '1e10*1e9', '(1e19-1)+1', '1/1e19', '2^63']) {
    assert.equal(value(src).switchedToFloat, false, src);
    assert.equal(typeof value(src).value, 'object', src);
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
    assert.equal(typeof r.value, 'number', src);
    assert.ok(Math.abs((r.value as number) / v - 1) < 1e-14, `${src} = ${r.value}, not ${v}`);
  }
  // Past the budget and then back: once floating, an entry stays floating.
  assert.equal(typeof value('1e20/1e20').value, 'number');
});

test('past the budget, a value floating point cannot hold stays exact up to maxKeptDigits, then is refused', () => {
  const KEEP = { maxDepth: 32, maxDigits: 20, maxKeptDigits: 400 };
  // 10^399 (400 digits) overflows a double: kept exact. 10^400 (401 digits) is refused, with its size and the range.
  for (const src of ['1e399', '-1e399', '1e-399', '10^399', '10^-399', '1e399/3', '1e399*7'])
    assert.equal(typeof value(src, KEEP).value, 'object', `${src} kept exact`);
  assert.equal(value('1e399', KEEP).switchedToFloat, false);
  assert.equal(value('1e399', KEEP).value.toString(), `1${'0'.repeat(399)}`);
  for (const [src, size, way] of [
    ['1e400', '1×10⁴⁰⁰', 'too large'],
    ['-1e400', '1×10⁴⁰⁰', 'too large'],
    ['1e-400', '1×10⁻⁴⁰⁰', 'too small'],
    ['10^400', '1×10⁴⁰⁰', 'too large'],
    ['10^-400', '1×10⁻⁴⁰⁰', 'too small'],
    ['3^839', '2.02×10⁴⁰⁰', 'too large'],
  ] as const) {
    const e = refusal(src, KEEP);
    assert.equal(e.code, 'out_of_range', src);
    assert.ok(e.message.includes(size), `${src}: ${e.message}`);
    assert.ok(e.message.includes(way), `${src}: ${e.message}`);
    assert.match(e.message, /more than 400 digits to keep exact/, src);
  }
  // Each value is judged by itself: 10²⁰⁰ fits a double, so it is floating, and 10²⁰⁰·10¹⁹⁹ then overflows.
  assert.match(refusal('1e200*1e199', KEEP).message, /about 1×10³⁹⁹, too large for floating point/);
  // Inside the double range, past the budget: floating, even when far past maxKeptDigits.
  assert.equal(value('1e300', KEEP).value, 1e300);
  assert.equal(value('1e-300', KEEP).value, 1e-300);
  assert.equal(value('1e-320', KEEP).value, 1e-320, 'subnormal, still nonzero');
  // A literal beyond any budget says its size from the exponent.
  const huge = refusal('1e99999', KEEP);
  assert.equal(huge.code, 'out_of_range');
  assert.ok(huge.message.includes('1×10⁹⁹⁹⁹⁹'), huge.message);
  // The default for maxKeptDigits is twice maxDigits: 400 digits for 200.
  const twice = { maxDepth: 32, maxDigits: 200 };
  assert.equal(typeof value('1e399', twice).value, 'object');
  assert.equal(refusal('1e400', twice).code, 'out_of_range');
  assert.match(refusal('1e400', twice).message, /more than 400 digits/);
});

test('powers: exact while the estimated size fits, floating past it, kept or refused beyond the double range', () => {
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
  // Estimated digits |k|·log10(larger part) + 1: 10^20 estimates 21 ≤ 21, computed exactly, then floating.
  assert.equal(floatOf('10^20'), 1e20);
  assert.equal(floatOf('(1/10)^20'), 1e-20);
  assert.equal(floatOf('7^100'), 7 ** 100);
  assert.ok(Math.abs(floatOf('(2/3)^-100') / 1.5 ** 100 - 1) < 1e-13);
  // Non-integer and floating exponents are floating point.
  assert.equal(floatOf('4^0.5'), 2);
  assert.equal(floatOf('2^pi'), 2 ** Math.PI);
  assert.equal(floatOf('pi^2'), Math.PI ** 2);
  const KEEP = { maxDepth: 32, maxDigits: 20, maxKeptDigits: 1000 };
  assert.equal(value('(1e400)^0.5', KEEP).value, 1e200, 'a base beyond the double range, through logarithms');
  assert.ok(Math.abs((value('(1e-400)^0.5', KEEP).value as number) / 1e-200 - 1) < 1e-13);
  assert.equal(refusal('(1e-800)^0.5', KEEP).code, 'out_of_range');
  assert.match(refusal('(1e-800)^0.5', KEEP).message, /about 1×10⁻⁴⁰⁰, too small/);
  assert.equal(refusal('(1e800)^0.5', KEEP).code, 'out_of_range');
  assert.match(refusal('(1e800)^0.5', KEEP).message, /about 1×10⁴⁰⁰, too large/);
  assert.equal(refusal('(-8)^(1/3)').code, 'not_a_number');
  assert.equal(refusal('pi^1000').code, 'out_of_range');
  assert.match(refusal('pi^1000').message, /about 1\.41×10⁴⁹⁷, too large/);
  assert.equal(refusal('pi^-1000').code, 'out_of_range');
  assert.match(refusal('pi^-1000').message, /too small/);
  assert.equal(floatOf('0^pi'), 0, 'zero to a floating power is 0, not an underflow');
});

test('sqrt: exact for perfect squares of any size, floating otherwise, refused for negatives and beyond the range', () => {
  assert.equal(exactText('sqrt(4/9)'), '2/3');
  assert.equal(exactText('sqrt(0)'), '0');
  assert.equal(exactText('sqrt(1e18)'), '1000000000');
  assert.equal(floatOf('sqrt(2)'), Math.SQRT2);
  assert.equal(floatOf('sqrt(pi)'), Math.sqrt(Math.PI));
  const KEEP = { maxDepth: 32, maxDigits: 20, maxKeptDigits: 400 };
  // A perfect square beyond the range: its root 10¹⁹⁹ is exact but past this budget's 20 digits, so (being a double)
  // it switches to floating point like any other long number.
  assert.equal(value('sqrt(1e398)', KEEP).value, 1e199, 'a perfect square beyond the range');
  // 2·10³⁹⁹ is kept exact (beyond the double range) and its root is a double again.
  assert.ok(Math.abs((value('sqrt(2e399)', KEEP).value as number) / (Math.SQRT2 * 10 ** 199.5) - 1) < 1e-13);
  assert.ok(Math.abs((value('sqrt(2e-399)', KEEP).value as number) / (Math.SQRT2 * 10 ** -199.5) - 1) < 1e-13);
  assert.ok(Math.abs((value('sqrt(3e399)', KEEP).value as number) / (Math.sqrt(3) * 10 ** 199.5) - 1) < 1e-13);
  assert.equal(refusal('sqrt(-1)').code, 'not_a_number');
  assert.equal(refusal('sqrt(-pi)').code, 'not_a_number');
  assert.equal(refusal('sqrt(-1e399)', KEEP).code, 'not_a_number');
  assert.equal(refusal('sqrt 2').code, 'bad_expression');
});

test('words, signs and errors', () => {
  assert.equal(floatOf('pi'), Math.PI);
  assert.equal(floatOf('π'), Math.PI);
  assert.equal(floatOf('e'), Math.E);
  assert.equal(floatOf('-pi'), -Math.PI);
  assert.equal(floatOf('+pi'), Math.PI);
  assert.equal(floatOf('2×pi÷4'), Math.PI / 2);
  assert.equal(exactText('3−5'), '-2');
  assert.equal(refusal('1/0').code, 'division_by_zero');
  assert.equal(refusal('1/(pi-pi)').code, 'division_by_zero');
  assert.equal(refusal('nan').code, 'not_a_number');
  assert.equal(refusal('foo').code, 'unknown_word');
  assert.equal(refusal('2 3').code, 'bad_expression');
  assert.equal(refusal('(2').code, 'bad_expression');
  assert.equal(refusal('2+').code, 'bad_expression');
  assert.equal(refusal('$').code, 'bad_expression');
  assert.equal(refusal('  ').code, 'not_a_number');
});

test('what the user reads: the accepted spellings, the error codes and messages, huge powers refused at once', () => {
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
    ['1e-99999', 'out_of_range', /1×10⁻⁹⁹⁹⁹⁹/],
    ['1e200*pi*1e200', 'out_of_range', /too large for floating point/],
  ] as const) {
    const e = refusal(src, LIMITS);
    assert.equal(e.code, code, src);
    assert.match(e.message, message, src);
  }
  // Powers whose exact value would have a billion digits are refused (or floating) at once, never computed.
  for (const src of ['2^1000000000', '(-2)^1000000000', '(1/2)^1000000000', '(2/3)^-1000000000']) {
    const started = performance.now();
    assert.equal(refusal(src, LIMITS).code, 'out_of_range', src);
    assert.ok(performance.now() - started < 2000, `${src} answered promptly`);
  }
  // The square root of a kept-exact value can still be beyond the double range.
  const KEEP = { maxDepth: 32, maxDigits: 20, maxKeptDigits: 1000 };
  assert.equal(refusal('sqrt(2e799)', KEEP).code, 'out_of_range');
  assert.equal(refusal('sqrt(2e-799)', KEEP).code, 'out_of_range');
  // Unary plus and sqrt count as levels, like minus and parentheses.
  assert.equal(refusal('+'.repeat(N + 1) + '2').code, 'too_deep');
  assert.equal(refusal('sqrt('.repeat(N + 1) + '2' + ')'.repeat(N + 1)).code, 'too_deep');
});
