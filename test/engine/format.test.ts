// The numerics footnote (numericsNote): "every verdict above is decided exactly" only under
// answers that have a verdict; a plain product says something short and true instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText } from '../../src/engine/index.js';

const VERDICT_NOTE = 'Exact rational arithmetic: every verdict above is decided exactly.';

async function text(command: string): Promise<string> {
  const r = await runText(command, { figures: false });
  assert.ok(r.ok, `${command}: ${JSON.stringify(r)}`);
  return r.ok ? answerToText(r) : '';
}

test('a plain exact product has no verdict, and its note does not claim one', async () => {
  for (const c of ['[[2,3],[4,1]] [[5,6],[7,8]]', '[[1/2,2]] [[3,0.25]]', 'eye(3) J3 hilbert(3)']) {
    const t = await text(c);
    assert.ok(!t.includes('verdict'), `${c}: ${t}`);
    assert.match(t, /^Exact rational arithmetic\.$/m, c);
  }
});

test('every verb with a verdict keeps the exact-verdict note', async () => {
  for (const c of [
    'psd [[1,2],[2,1]]',
    'schur [[2,1],[1,2]] [[1,1],[1,1]]',
    'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]',
    'props [[1,2],[3,4]] [[5,6],[7,8]]',
    'relate [[1,2],[3,4]] [[5,6],[7,8]]',
  ]) {
    const t = await text(c);
    assert.ok(t.includes(VERDICT_NOTE), `${c}: ${t}`);
  }
});

test('a product says how its numbers were computed: exact symbols, or certified enclosures', async () => {
  const t = await text('[[sqrt(2)]] [[1]]');
  assert.match(t, /Exact arithmetic: square roots and powers of π or e are kept exactly/);
  assert.ok(!t.includes('verdict'));
  const c = await text('[[exp(sqrt(2))]] [[1]]');
  assert.match(c, /Certified arithmetic/);
});
