// What the props verb says: each identity marked "✓ holds" or "– (needs a third matrix C)", an overflow named by
// the product it happened in, and floating identities that hold where a product falls into the subnormal range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText, type Answer } from '../../../src/engine/index.js';

test('each identity is marked in the text; the two that need C say so', async () => {
  const r = await runText('props [[1,2]] [[3,pi]]', { figures: false });
  assert.ok(r.ok);
  const text = answerToText(r);
  assert.match(text, /Commutativity: A∘B = B∘A {2}✓ holds/);
  assert.match(text, /Associativity: \(A∘B\)∘C = A∘\(B∘C\) {2}– \(needs a third matrix C\)/);
  assert.match(text, /Distributivity: A∘\(B\+C\) = A∘B \+ A∘C {2}– \(needs a third matrix C\)/);
  assert.match(text, /Identity: A∘J = A with J the 1×2 all-ones matrix {2}✓ holds/);
  assert.match(text, /Transpose: \(A∘B\)ᵀ = Aᵀ∘Bᵀ {2}✓ holds/);
  assert.deepEqual([(r as Answer).data.associative, (r as Answer).data.distributive], [null, null]);
});

test('an overflow is named by the product it happened in', async () => {
  for (const [command, where] of [
    ['props [[1e200*pi]] [[1e100]] [[1e100]]', '(A∘B)∘C'],
    ['props [[1e-200]] [[1e200*pi]] [[1e200]]', 'B∘C'],
    ['props [[1e200*pi]] [[1e-200]] [[1e200]]', 'A∘C'],
    ['props [[1.7e308]] [[sqrt(2)/sqrt(2)]] [[sqrt(2)/sqrt(2)]]', 'A∘(B+C)'],
  ]) {
    const r = await runText(command, { figures: false });
    assert.equal(r.ok, false, command);
    if (!r.ok) {
      assert.equal(r.code, 'out_of_range');
      assert.ok(r.message.includes(`entry (1,1) of ${where} would be about`), `${command}: ${r.message}`);
    }
  }
});

test('floating identities hold when a product is subnormal and the next factor is large', async () => {
  // ab = 2.4×10⁻³²⁰ keeps 3 digits; (ab)c and a(bc) differ by ~10¹⁰ units of the smallest double, which is
  // rounding of the subnormal ab, not a failure of associativity.
  for (const command of [
    'props [[1e-160*sqrt(2)]] [[1e-160*sqrt(3)]] [[1e10*sqrt(5)]]',
    'props [[1e10*sqrt(5)]] [[1e-160*sqrt(3)]] [[1e-160*sqrt(2)]]',
    'props [[1e-160*sqrt(2), 1]] [[1e-160*sqrt(3), 2]] [[1e10*sqrt(5), 3]]',
  ]) {
    const r = await runText(command, { figures: false });
    assert.ok(r.ok, command);
    for (const k of ['commutative', 'associative', 'distributive', 'identity', 'transpose'])
      assert.equal((r as Answer).data[k], true, `${k}: ${command}`);
  }
});
