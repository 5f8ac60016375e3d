// Expression depth as the user counts it (DESIGN §7): 32 nested parentheses, unary signs or
// powers are accepted, 33 refused with a message that says the same limit; deep input never
// blows the stack or hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, runText } from '../../../src/engine/index.js';
import { EntryError, evaluateEntry } from '../../../src/engine/parse/expression.js';

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
