// The builders kms, gauss, hann, causal and toeplitz: entries checked against their definitions, written here
// independently (plain loops, Math and BigInt), exactness where the definition allows it, limits and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { runText, type Reply } from '../../../src/engine/index.js';
import { parseOperand } from '../../../src/engine/parse/matrix.js';
import { DEFAULT_LIMITS } from '../../../src/engine/limits.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { windowValues, WINDOWS } from '../../../src/engine/numbers/windows.js';
import { UserError } from '../../../src/engine/errors.js';
import { Symbolic } from '../../../src/engine/numbers/symbolic.js';
import { log10Abs, toFloat, type Scalar } from '../../../src/engine/numbers/scalar.js';
import { Certified } from '../../../src/engine/numbers/certified.js';

function build(text: string) {
  return parseOperand(text, 0, DEFAULT_LIMITS).matrix;
}

function str(x: Scalar): string {
  return typeof x === 'number' ? `float ${x}` : x instanceof Certified ? `certified ${x.toNumber()}` : x.toString();
}

function refused(text: string): UserError {
  try {
    build(text);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  assert.fail(`${text} should be refused`);
}

test('kms(n, p/q) is exactly (p/q)^|i−j| for every size and rational ρ', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: -9, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
      (n, p, q) => {
        const m = build(`kms(${n}, ${p}/${q})`);
        assert.equal(m.exact, true);
        assert.equal(m.rows, n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            const k = BigInt(Math.abs(i - j));
            const want = Rational.of(BigInt(p) ** k, BigInt(q) ** k);
            assert.equal(str(m.e[i][j]), want.toString(), `kms(${n}, ${p}/${q}) (${i},${j})`);
          }
      },
    ),
    { numRuns: 200, seed: 3 },
  );
  // A surd ρ gives exact surd powers: (1/√2)² = 1/2.
  const f = build('kms(3, 1/sqrt(2))');
  assert.equal(f.exact, false, 'not all rational');
  assert.equal(str(f.e[0][1]), 'sqrt(2)/2');
  assert.equal(str(f.e[0][2]), '1/2');
});

test('gauss(n, s) is exp(−(i−j)²/s²): exactly 1 on the diagonal, exact powers of e off it for a rational s²', () => {
  for (const [n, s, sv] of [
    [4, '2', 2],
    [6, '1', 1],
    [12, '3/2', 1.5],
    [5, 'sqrt(2)', Math.SQRT2],
    [4, 'pi', Math.PI],
  ] as const) {
    const m = build(`gauss(${n}, ${s})`);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = m.e[i][j];
        if (i === j) assert.equal(str(x), '1');
        else {
          const want = Math.exp(-((i - j) ** 2) / (sv * sv));
          assert.ok(Math.abs(toFloat(x) / want - 1) < 1e-13, `gauss(${n}, ${s}) (${i},${j}) = ${str(x)}`);
          assert.equal(
            x instanceof Symbolic,
            s !== 'pi',
            `gauss(${n}, ${s}) (${i},${j}) exact unless s² is not rational`,
          );
        }
      }
  }
  assert.equal(str(build('gauss(4, 2)').e[0][1]), 'exp(-1/4)');
  // Far from the diagonal the values are tiny, never 0: exp(−3025) at (1,12) of gauss(12, 0.2).
  const far = build('gauss(12, 0.2)').e[0][11];
  assert.equal(str(far), 'exp(-3025)');
  assert.ok(Math.abs(log10Abs(far) + 3025 * Math.LOG10E) < 1e-9);
  assert.equal(refused('gauss(3, 0)').code, 'division_by_zero');
});

test('hann(n) is the 1×n row sin²(πk/(n−1)), exact where the cosine is rational', () => {
  assert.deepEqual(build('hann(5)').e[0].map(str), ['0', '1/2', '1', '1/2', '0']);
  assert.deepEqual(build('hann(4)').e[0].map(str), ['0', '3/4', '3/4', '0']);
  assert.deepEqual(build('hann(7)').e[0].map(str), ['0', '1/4', '3/4', '1', '3/4', '1/4', '0']);
  assert.deepEqual(build('hann(1)').e[0].map(str), ['1']);
  for (let n = 2; n <= 12; n++) {
    const row = build(`hann(${n})`);
    assert.equal(row.rows, 1);
    assert.equal(row.cols, n);
    row.e[0].forEach((x, k) => {
      const want = Math.sin((Math.PI * k) / (n - 1)) ** 2;
      const got = typeof x === 'number' ? x : x.toNumber();
      assert.ok(Math.abs(got - want) < 1e-15, `hann(${n})[${k}] = ${str(x)}, want ${want}`);
      if (want === 0 || k === 0 || k === n - 1) assert.equal(str(x), '0', 'the ends are exactly 0');
    });
  }
});

test('the windows agree with their textbook formulas, and are symmetric', () => {
  const formula: Record<(typeof WINDOWS)[number], (x: number) => number> = {
    hann: (x) => 0.5 - 0.5 * Math.cos(2 * Math.PI * x),
    hamming: (x) => 0.54 - 0.46 * Math.cos(2 * Math.PI * x),
    blackman: (x) => 0.42 - 0.5 * Math.cos(2 * Math.PI * x) + 0.08 * Math.cos(4 * Math.PI * x),
    tukey: (x) => {
      const d = Math.min(x, 1 - x);
      return d < 0.25 ? 0.5 - 0.5 * Math.cos(4 * Math.PI * d) : 1;
    },
  };
  for (const name of WINDOWS)
    for (const n of [2, 3, 5, 8, 12, 64]) {
      const w = windowValues(name, n).map((x) => (typeof x === 'number' ? x : x.toNumber()));
      w.forEach((v, k) => {
        assert.ok(Math.abs(v - formula[name](k / (n - 1))) < 1e-14, `${name}(${n})[${k}] = ${v}`);
        assert.ok(Math.abs(v - w[n - 1 - k]) < 1e-15, `${name}(${n}) symmetric at ${k}`);
      });
    }
  // Exact where the numbers allow it: blackman's ends are exactly 0, hamming(3) is 0.08, 1, 0.08.
  assert.equal(str(windowValues('blackman', 9)[0]), '0');
  assert.deepEqual(windowValues('hamming', 3).map(str), ['2/25', '1', '2/25']);
});

test('causal(n) is ones on and below the diagonal; toeplitz(c…) is symmetric with first column c', () => {
  const c = build('causal(4)');
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) assert.equal(str(c.e[i][j]), j <= i ? '1' : '0');
  const t = build('toeplitz(1, 1/2, cos(pi/3)/2, 0)');
  assert.equal(t.exact, true);
  const col = ['1', '1/2', '1/4', '0'];
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) assert.equal(str(t.e[i][j]), col[Math.abs(i - j)]);
});

test('builders respect the size limit and say what a call needs', () => {
  for (const text of [
    'kms(13, 1/2)',
    'gauss(13, 2)',
    'hann(13)',
    'causal(13)',
    `toeplitz(${Array(13).fill(1).join(',')})`,
  ])
    assert.equal(refused(text).code, 'too_large', text);
  for (const text of ['kms(4)', 'kms(0, 1/2)', 'hann()', 'hann(2, 3)', 'causal(x)', 'kms(4, 1/2, 3)', 'gauss(4)']) {
    const e = refused(text);
    assert.equal(e.code, 'bad_expression', text);
    assert.match(e.hint, /Example: /, text);
  }
  assert.equal(refused('toeplitz()').code, 'empty_matrix');
  assert.equal(refused('kms(4, log(0))').code, 'not_a_number');
});

test('builders work as operands in every verb, and their examples in the catalogue run', async () => {
  const cases: [string, (r: Reply) => void][] = [
    ['kms(4, 1/2) causal(4)', (r) => assert.ok(r.ok && r.data.exact === true)],
    ['toeplitz(1, 1/2, 1/4) .* gauss(3, 2)', (r) => assert.ok(r.ok && r.data.exact === true)],
    ['psd kms(5, 9/10)', (r) => assert.ok(r.ok && r.data.verdict === 'pd')],
    ['psd toeplitz(1, 1, 1)', (r) => assert.ok(r.ok && r.data.verdict === 'psd')],
    [
      'schur kms(4, 1/2) toeplitz(2, 1, 0, 0)',
      (r) => assert.ok(r.ok && (r.data.verdicts as { AB: string }).AB === 'pd'),
    ],
    ['hann(5) [1 2 3 4 5]', (r) => assert.ok(r.ok && JSON.stringify(r.data.product) === '[[0,1,3,2,0]]')],
    ['psd gauss(6, 2)', (r) => assert.ok(r.ok && r.data.verdict === 'pd' && r.data.exact === true)],
    ['psd gauss(4, pi)', (r) => assert.ok(r.ok && r.data.verdict === 'pd' && r.data.exact === false)],
  ];
  for (const [text, check] of cases) {
    const r = await runText(text, { figures: false });
    assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
    check(r);
  }
});
