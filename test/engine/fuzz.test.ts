// Fuzz: random and near-miss command text never throws out of the engine, stays within the
// limits, and every failure is a { code, message, hint } value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runText } from '../../src/engine/index.js';

const VALID = [
  '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
  'schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'psd [[1,2],[2,1]]',
  'oppenheim [[2,1],[1,2]] ones(2,2)',
  'props [1/2 1/3] [3 4]',
  'relate diag(1,2,3) diag(4,5,6)',
  'hilbert(3) .* pascal(3)',
  'psd [[2, sqrt(2)],[sqrt(2), 1]]',
];

const ALPHABET = '[](),;.*/^+-eo0123456789 ∘ijJIsqrtpi\n`&lt;x=ABhelpsdchur';

/** Mutations of valid commands: delete, duplicate, insert, swap a character. */
const nearMiss = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('del', 'dup', 'ins', 'swap'), fc.constantFrom(...ALPHABET.split(''))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [pos, kind, ch] of edits) {
      const i = pos % Math.max(1, t.length);
      if (kind === 'del') t = t.slice(0, i) + t.slice(i + 1);
      else if (kind === 'dup') t = t.slice(0, i) + t[i] + t.slice(i);
      else if (kind === 'ins') t = t.slice(0, i) + ch + t.slice(i);
      else t = t.slice(0, i) + ch + t.slice(i + 1);
    }
    return t;
  });

const randomText = fc.string({ unit: fc.constantFrom(...ALPHABET.split('')), maxLength: 200 });
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

async function check(text: string): Promise<void> {
  const started = performance.now();
  const r = await runText(text, { figures: false });
  const ms = performance.now() - started;
  if (!r.ok) {
    assert.equal(typeof r.code, 'string');
    assert.ok(r.message.length > 0, 'message');
    assert.ok(r.hint.length > 0, 'hint');
    assert.deepEqual(Object.keys(r).sort(), ['code', 'hint', 'message', 'ok']);
  } else {
    assert.ok(r.summary.length > 0);
    assert.doesNotThrow(() => JSON.stringify(r.data));
  }
  // The limit is 2 s of work per command; a generous bound here only catches hangs.
  assert.ok(ms < 10000, `took ${ms} ms: ${JSON.stringify(text)}`);
}

test('near-miss commands never throw and always answer or explain', async () => {
  await fc.assert(fc.asyncProperty(nearMiss, check), { numRuns: 600 });
});

test('random text from the grammar alphabet never throws', async () => {
  await fc.assert(fc.asyncProperty(randomText, check), { numRuns: 500 });
});

test('arbitrary unicode never throws', async () => {
  await fc.assert(fc.asyncProperty(anyText, check), { numRuns: 300 });
});

test('hostile inputs hit limits, not the machine', async () => {
  const hostile = [
    '[[' + '('.repeat(3000) + '1' + ')'.repeat(3000) + ']] [[1]]',
    '[[' + '-'.repeat(3990) + '1]] [[1]]',
    '[[9^9^9^9^9]] [[1]]',
    '[[(10^1000)^(10^1000)]] [[1]]',
    '[[2^6000]] [[2^6000]]',
    `[[${'9'.repeat(1990)}]] [[${'9'.repeat(1990)}]]`,
    `[[1e-${'9'.repeat(8)}]] [[1]]`,
    '[[' +
      Array(12)
        .fill('[' + Array(12).fill('2^400').join(',') + ']')
        .join(',') +
      ']] [[1]]',
    'oppenheim ' + ['hilbert(12)', 'pascal(12)'].join(' '),
    'schur pascal(12) hilbert(12)',
    'psd ' +
      '[' +
      Array.from({ length: 12 }, (_, i) =>
        Array.from({ length: 12 }, (_, j) => `${(i * 7 + j * 3) % 11}/${j + 7}`).join(' '),
      ).join(';') +
      ']',
    '[' + '['.repeat(2000) + ']'.repeat(2000) + ']',
    '[[1]] '.repeat(700),
    'eye(9999) eye(9999)',
    ...['schur', 'oppenheim', 'psd', 'props', 'relate', ''].map(
      (v) =>
        `${v} [${Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => (i === j ? `7^1900+${i}` : `${(i * j) % 7}`)).join(',')).join(';')}]` +
        (v === 'psd' ? '' : ' pascal(12)'),
    ),
    'ones(99999999,99999999) eye(2)',
  ];
  for (const h of hostile) await check(h);
  const big = await runText('[[2^6000]] [[2^6000]]', { figures: false });
  assert.ok(big.ok || big.code === 'too_large');
});

test('the work deadline stops exact elimination mid-way with a timeout answer', async () => {
  // 12×12 with ~25-digit entries: exact LDLᵀ/Bareiss take tens of ms, far past a 1 ms budget.
  const entry = (i: number, j: number) => `${(i + 1) * (j + 1)}${'7'.repeat(22)}${(i * 5 + j * 3) % 10}`;
  const m = `[${Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => entry(Math.min(i, j), Math.max(i, j))).join(' ')).join(';')}]`;
  for (const verb of ['psd', 'oppenheim']) {
    const r = await runText(`${verb} ${m}${verb === 'psd' ? '' : ' pascal(12)'}`, {
      figures: false,
      limits: { maxMillis: 1 },
    });
    assert.equal(r.ok, false, verb);
    if (!r.ok) {
      assert.equal(r.code, 'timeout', `${verb}: ${r.message}`);
      assert.match(r.hint, /Example: \/hadamard/);
    }
  }
  // The same command inside the default 2 s budget is answered.
  const fine = await runText(`psd ${m}`, { figures: false });
  assert.ok(fine.ok, fine.ok ? '' : fine.message);
});
