// The `numbers` setting: exact fractions printed as decimals in text and figures, data unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText, type Answer } from '../../src/engine/index.js';

test('numbers: decimals prints 1/8 as 0.125 and 1/3 as 0.333333…; data keeps the exact fraction', async () => {
  const r = (await runText('[[1/3,1/8]] [[2,1]]', { numbers: 'decimals', figures: false })) as Answer;
  const text = answerToText(r);
  assert.match(text, /\[\[0\.666667…,0\.125\]\]/);
  assert.doesNotMatch(text, /\d\/\d/);
  assert.deepEqual(r.data.product, [['2/3', '1/8']]);
  assert.equal(r.data.exact, true);
});

test('the default and fractions print fractions; integers stay integers', async () => {
  for (const numbers of [undefined, 'fractions'] as const) {
    const r = (await runText('[[1/3,4]] [[2,1]]', { numbers, figures: false })) as Answer;
    assert.match(answerToText(r), /\[\[2\/3,4\]\]/);
  }
});

test('two commands at once keep their own style', async () => {
  const [d, f] = await Promise.all([
    runText('[[1/3]] [[1]]', { numbers: 'decimals' }),
    runText('[[1/3]] [[1]]', { numbers: 'fractions' }),
  ]);
  assert.match((d as Answer).summary, /0\.333333…/);
  assert.match((f as Answer).summary, /1\/3/);
  assert.equal((d as Answer).figures.length, 1, 'the figure draws from decimal data');
});
