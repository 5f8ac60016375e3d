// The grammar of DESIGN §3: every matrix form, builder, label, separator and chat noise,
// and the errors that must come back as { code, message, hint } values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, runText, type Reply } from '../../src/engine/index.js';

async function product(text: string): Promise<unknown> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `expected an answer for ${text}, got ${JSON.stringify(r)}`);
  return r.data.product;
}

test('the seed command in every spelling gives [[10,18],[28,8]]', async () => {
  const forms = [
    '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
    '/hadamard [2 3; 4 1] ∘ [5 6; 7 8]',
    '[[2, 3], [4, 1]] .* [[5, 6], [7, 8]]',
    '[2, 3; 4, 1] * [5, 6; 7, 8]',
    'product A=[2 3; 4 1] o B=[5 6; 7 8]',
    '```\n/hadamard [[2,3],[4,1]]\n[[5,6],[7,8]]\n```',
    '`[[2,3],[4,1]]` `[[5,6],[7,8]]`',
    '<@U0123ABC> [[2,3],[4,1]] [[5,6],[7,8]]',
    '[[2,3],[4,1]]\u00a0[[5,6],[7,8]]',
    '[2 3\n4 1] [5 6\n7 8]',
    '[[2,3],[4,1]] ⊙ [[5,6],[7,8]]',
    '[[4/2, 6/2],[2^2, 1.0]] [[5, 6],[7, 8e0]]',
  ];
  for (const f of forms)
    assert.deepEqual(
      await product(f),
      [
        [10, 18],
        [28, 8],
      ],
      f,
    );
});

test('builders', async () => {
  assert.deepEqual(await product('eye(2) [[5,6],[7,8]]'), [
    [5, 0],
    [0, 8],
  ]);
  assert.deepEqual(await product('I2 J2'), [
    [1, 0],
    [0, 1],
  ]);
  assert.deepEqual(await product('ones(2,3) [[1,2,3],[4,5,6]]'), [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  assert.deepEqual(await product('hilbert(2) pascal(2)'), [
    [1, '1/2'],
    ['1/2', '2/3'],
  ]);
  assert.deepEqual(await product('diag(1,2,3) J3'), [
    [1, 0, 0],
    [0, 2, 0],
    [0, 0, 3],
  ]);
  assert.deepEqual(await product('pascal(3) I3'), [
    [1, 0, 0],
    [0, 2, 0],
    [0, 0, 6],
  ]);
});

test('entries are exact: decimals, fractions, exponents, expressions', async () => {
  assert.deepEqual(await product('[0.1 0.2] [1 1]'), [['1/10', '1/5']]);
  assert.deepEqual(await product('[[0.1 + 0.2]] [[1]]'), [['3/10']]);
  assert.deepEqual(await product('[1e-8] [1]'), [['1/100000000']]);
  assert.deepEqual(await product('[-2.5e-3] [4]'), [['-1/100']]);
  assert.deepEqual(await product('[1/3, -2/6] [3, 3]'), [[1, -1]]);
  assert.deepEqual(await product('[sqrt(4), (1+2)*(3-4)/5, 2^-1] [1 1 1]'), [[2, '-3/5', '1/2']]);
  assert.deepEqual(await product('[1 -2] [1 1]'), [[1, -2]]); // MATLAB: "1 -2" is two entries
  assert.deepEqual(await product('[1 - 2] [1]'), [[-1]]); // … and "1 - 2" is one
});

test('surds and π stay exact and say so; other functions are certified and say so', async () => {
  const r = await runText('[sqrt(2), pi] [sqrt(2), 1]', { figures: false });
  assert.ok(r.ok);
  assert.equal(r.data.exact, true);
  assert.deepEqual(r.data.product, [[2, 'pi']]);
  assert.match(r.sections.map((s) => s.body).join('\n'), /Exact arithmetic/);
  const c = await runText('[exp(sqrt(2)), log(3)] [1, 2]', { figures: false });
  assert.ok(c.ok);
  assert.equal(c.data.exact, false);
  assert.equal(c.data.certified, true);
  const p = c.data.product as number[][];
  assert.ok(Math.abs(p[0][0] - Math.exp(Math.SQRT2)) < 1e-12);
  assert.ok(Math.abs(p[0][1] - 2 * Math.log(3)) < 1e-12);
  assert.match(c.sections.map((s) => s.body).join('\n'), /Certified arithmetic/);
});

test('0.1 + 0.2 never prints float noise', async () => {
  for (const t of ['[0.1] [3]', '[[0.1+0.2]] [[1]]', '[sqrt(2)*0.1] [1]', '[0.1*(sqrt(2)/sqrt(2))] [3]']) {
    const r = await runText(t, { figures: false });
    assert.ok(r.ok);
    const text = JSON.stringify(r);
    assert.doesNotMatch(text, /0000000000\d|9999999999\d/, t);
  }
});

function expectError(r: Reply, code: string, where?: RegExp): void {
  assert.equal(r.ok, false, `expected error ${code}, got an answer`);
  if (r.ok) return;
  assert.equal(r.code, code, `${r.code}: ${r.message}`);
  assert.ok(r.message.length > 5);
  assert.ok(r.hint.length > 5);
  if (where) assert.match(r.message, where);
}

test('errors name what and where, with a hint', async () => {
  const cases: [string, string, RegExp?][] = [
    ['[[1,2]] [[1],[2]]', 'shape_mismatch', /1×2.*2×1/],
    ['[[1,2],[3]] [[1,2],[3,4]]', 'ragged_rows', /row 2 of the first matrix has 1 entry/],
    ['[[1,x],[3,4]] [[1,2],[3,4]]', 'unknown_word', /entry \(1,2\) of the first matrix: "x"/],
    ['frobnicate [[1]] [[2]]', 'unknown_verb', /frobnicate/],
    ['schur [[1,2],[3,4]]', 'missing_operand', /only one/],
    ['[[1,2],[3,4]', 'unbalanced_brackets', /never closed/],
    ['[[1,2]] [[3,4]]]', 'unbalanced_brackets', /no matching/],
    ['[] [[1]]', 'empty_matrix'],
    ['[[NaN]] [[1]]', 'not_a_number', /NaN/],
    ['[[Infinity]] [[1]]', 'not_a_number', /Infinity/],
    ['[[1/0]] [[1]]', 'division_by_zero', /entry \(1,1\)/],
    [
      '[[1,2],[3,4]] [[5,6],[7,8]] [[1,2],[3,4]] [[1,2],[3,4]] [[1,2],[3,4]] [[1,2],[3,4]] [[1,2],[3,4]]',
      'too_many_operands',
    ],
    ['eye(13) eye(13)', 'too_large', /13×13/],
    ['x'.repeat(5000), 'text_too_long', /5000/],
    ['', 'empty_command'],
    ['explain quantum', 'unknown_topic'],
    ['[[sqrt(-1)]] [[1]]', 'not_a_number'],
    ['[[' + '('.repeat(40) + '1' + ')'.repeat(40) + ']] [[1]]', 'too_deep'],
    ['[[1e99999]] [[1]]', 'ok'],
    ['[[2^99999]] [[1]]', 'ok'],
    ['[[1e999999999999999]] [[1]]', 'out_of_range'],
    ['[[exp(1e100)]] [[1]]', 'out_of_range'],
    ['psd [[1,2,3],[4,5,6]]', 'ok'],
    ['oppenheim [[1,2,3]] [[1,2,3]]', 'not_square', /1×3/],
    ['[[1;2]] [[1]]', 'bad_expression'],
    ['[[1,2]] 5', 'unknown_word', /number, not a matrix/],
    ['[[1,2]] [[1,2]] import("fs")', 'unknown_word'],
    ['[[a=1]] [[1]]', 'bad_expression'],
    ['[[f(x)=1]] [[1]]', 'bad_expression'],
    ['[[atan(1)]] [[1]]', 'unknown_word', /"atan" is not a number/],
    ['[[sin(1)]] [[1]]', 'ok'],
    ['[[1 m]] [[1 2]]', 'unknown_word'],
  ];
  for (const [text, code, where] of cases) {
    const r = await runText(text, { figures: false });
    if (code === 'ok') {
      assert.ok(r.ok, text);
      continue;
    }
    expectError(r, code, where);
  }
});

test('parseCommand keeps operands as text and finds the verb', () => {
  const c = parseCommand('/hadamard schur A=[[2,1],[1,2]] B = [1 1; 1 1]');
  assert.ok(c.ok);
  assert.equal(c.value.verb, 'schur');
  assert.deepEqual(c.value.operands, [
    { label: 'A', text: '[[2,1],[1,2]]' },
    { label: 'B', text: '[1 1; 1 1]' },
  ]);
  const h = parseCommand('help psd');
  assert.ok(h.ok);
  assert.deepEqual(h.value, { verb: 'help', operands: [], topic: 'psd' });
  const e = parseCommand('@hadamard-bot explain schur');
  assert.ok(e.ok);
  assert.deepEqual(e.value, { verb: 'explain', operands: [], topic: 'schur' });
  const s = parseCommand('sch [[1]] [[2]]');
  assert.ok(!s.ok);
  if (!s.ok) assert.match(s.message, /did you mean "schur"/);
});

test('Slack escapes and smart quotes are tolerated', async () => {
  assert.deepEqual(await product('&lt;@U1&gt; [[2,3],[4,1]] [[5,6],[7,8]]'), [
    [10, 18],
    [28, 8],
  ]);
  assert.deepEqual(await product('“[[2,3],[4,1]]” ‘[[5,6],[7,8]]’'), [
    [10, 18],
    [28, 8],
  ]);
});
