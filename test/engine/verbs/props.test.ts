// What the props verb says: each identity marked "✓ holds" or "– (needs a third matrix C)", no size out of range,
// exact identities on surds, and certified values that agree to 1,000 digits without a proof said undecided.
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

test('no size is out of range: products past 10³⁰⁸ and below 10⁻³⁰⁸ are carried exactly', async () => {
  for (const command of [
    'props [[1e200*pi]] [[1e100]] [[1e100]]',
    'props [[1e-200]] [[1e200*pi]] [[1e200]]',
    'props [[1e200*pi]] [[1e-200]] [[1e200]]',
    'props [[1.7e308]] [[sqrt(2)/sqrt(2)]] [[sqrt(2)/sqrt(2)]]',
  ]) {
    const r = await runText(command, { figures: false });
    assert.ok(r.ok, command);
    for (const k of ['commutative', 'associative', 'distributive', 'identity', 'transpose'])
      assert.equal((r as Answer).data[k], true, `${k}: ${command}`);
    assert.equal((r as Answer).data.exact, true);
  }
});

test('certified input: identities proved where the two sides are the same expression, undecided where not', async () => {
  const r = await runText('props [[exp(sqrt(2))]] [[log(3)]] [[sin(1)]]', { figures: false });
  assert.ok(r.ok);
  const d = (r as Answer).data;
  // a·b and b·a, (a·b)·c and a·(b·c), a·1: the same expression; a·(b + c) and a·b + a·c: equal to 1,000 digits only,
  // so undecided: null, never false (that would say the identity fails).
  assert.deepEqual(
    [d.commutative, d.associative, d.identity, d.transpose, d.distributive, d.undecided],
    [true, true, true, true, null, ['distributive']],
  );
  assert.match(answerToText(r), /Distributivity: .* ≈ undecided \(both sides agree to 1,000 digits/);
});

test('identities hold exactly when a product is tiny and the next factor is large', async () => {
  // ab = 2.4×10⁻³²⁰: once a subnormal double keeping 3 digits, exact now.
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
