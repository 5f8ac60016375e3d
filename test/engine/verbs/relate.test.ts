// relate on floating input, where the two sides of an identity are summed in different orders: tr(AᵀB) (by columns)
// and the sum of the entries of A∘B (by rows) may differ in the last bit, which must count as equal at any scale; a
// product AB beyond the double range leaves the answer standing; an overflowing trace is named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runText, type Answer } from '../../../src/engine/index.js';

async function answer(command: string): Promise<Answer> {
  const r = await runText(command, { figures: false });
  assert.ok(r.ok, `${command}: ${JSON.stringify(r)}`);
  return r as Answer;
}

test('tr(AᵀB) and Σ(A∘B) summed in different orders agree exactly, at every scale', async () => {
  // (p₁₁ + p₂₁) + (p₁₂ + p₂₂) and ((p₁₁ + p₁₂) + p₂₁) + p₂₂ differ in the last bit for these entries.
  const p = [
    [0.1 * Math.SQRT2, 1.3 * Math.sqrt(3)],
    [0.3 * Math.sqrt(5), 0.7 * Math.sqrt(7)],
  ];
  assert.notEqual(p[0][0] + p[1][0] + (p[0][1] + p[1][1]), p[0][0] + p[0][1] + p[1][0] + p[1][1]);
  for (const k of [0, 10, -10, 100, -100, 150])
    for (const j of [1, 2, 3, 4, 5, 6]) {
      const a = `[[0.1*sqrt(2)*1e${k},0.${j}*sqrt(3)*1e${k}],[0.3*sqrt(5)*1e${k},0.7*sqrt(7)*1e${k}]]`;
      const r = await answer(`relate ${a} [[1,1],[1,1]]`);
      const t = r.data.traceIdentity as { trAtB: number; sum: number; equal: boolean };
      assert.equal(t.equal, true, `${a}: ${t.trAtB} vs ${t.sum}`);
    }
});

test('a product AB beyond the double range is carried exactly, and so is the trace', async () => {
  const x = '(sqrt(2)/sqrt(2))*1.5e308';
  const r = await answer(`relate [[${x},${x}],[0,0]] [[1,0],[1,0]]`);
  const d = r.data.diagonal as { applies: boolean; equal: boolean | null; ordinary: unknown };
  assert.deepEqual(d, {
    applies: false,
    equal: null,
    ordinary: [
      [`3${'0'.repeat(308)}`, 0],
      [0, 0],
    ],
  });
  const t = await answer(`relate [[${x},${x}]] [[1,1]]`);
  assert.equal((t.data.traceIdentity as { trAtB: string }).trAtB, `3${'0'.repeat(308)}`);
  // Certified input: the two sums are the same products summed in another order, so the identity is proved.
  const c = await answer('relate [[exp(sqrt(2)), log(3)],[sin(1), 2]] [[1, pi],[e, exp(-1)]]');
  assert.equal((c.data.traceIdentity as { equal: boolean }).equal, true);
  assert.equal(c.data.undecided, undefined);
});

test('the vector case is reported only for vectors', async () => {
  const m = await answer('relate [[1,2],[3,pi]] [[5,6],[7,8]]');
  assert.deepEqual(m.data.vector, { applies: false, equal: null, diagA: null });
  const v = await answer('relate [1 2 pi] [4 5 6]');
  const vec = v.data.vector as { applies: boolean; equal: boolean; diagA: unknown[][] };
  assert.equal(vec.applies, true);
  assert.equal(vec.equal, true);
  assert.equal(vec.diagA.length, 3);
});
