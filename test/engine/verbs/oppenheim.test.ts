// What the oppenheim verb says, beyond its numbers (oracles.test.ts and properties.test.ts check those): a failing
// bound reads "fails", a verb that does not apply says which matrix is not PSD, the floating answer explains its
// comparisons and reports the tolerance 64·n·ε, and the correlation flags are decided on floating diagonals too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText, type Answer } from '../../../src/engine/index.js';

async function answer(command: string): Promise<{ data: Record<string, unknown>; text: string }> {
  const r = await runText(command, { figures: false });
  assert.ok(r.ok, `${command}: ${JSON.stringify(r)}`);
  return { data: (r as Answer).data, text: answerToText(r) };
}

test('a failing bound, and a verb that does not apply, say so by name', async () => {
  // A = [[0,1],[1,0]] (det −1, not PSD), B = J: det(A∘B) = −1 < det(B)·∏aᵢᵢ = 0.
  const a = await answer('oppenheim [[0,1],[1,0]] [[1,1],[1,1]]');
  assert.match(a.text, /det\(B\)·∏aᵢᵢ = 0·0 = 0 {2}→ {2}det\(A∘B\) < bound: fails/);
  assert.match(a.text, /det\(A\)·∏bᵢᵢ = -1·1 = -1 {2}→ {2}det\(A∘B\) = bound: holds with equality/);
  assert.match(a.text, /needs A ⪰ 0 and B ⪰ 0, but A is not positive semidefinite: the bounds are shown/);
  assert.match(a.text, /Oppenheim does not apply/);
  // The same with the roles swapped: B is the one that is not PSD.
  const b = await answer('oppenheim [[1,1],[1,1]] [[0,1],[1,0]]');
  assert.match(b.text, /det\(A\)·∏bᵢᵢ = 0·0 = 0 {2}→ {2}det\(A∘B\) < bound: fails/);
  assert.match(b.text, /but B is not positive semidefinite: the bounds/);
  // Both.
  const c = await answer('oppenheim [[0,1],[1,0]] [[0,2],[2,0]]');
  assert.match(c.text, /but A is not positive semidefinite and B is not positive semidefinite/);
});

test('surd and π input is exact: no tolerance, correlation flags from the exact diagonal; certified input says so', async () => {
  const f = await answer('oppenheim [[2*sqrt(2),1],[1,sqrt(2)]] [[1,0.5],[0.5,1*(sqrt(2)/sqrt(2))]]');
  assert.equal(f.data.exact, true);
  assert.equal(f.data.tolerance, undefined);
  assert.match(f.text, /Exact arithmetic/);
  assert.deepEqual(f.data.correlation, { A: false, B: true });
  assert.match(f.text, /B has unit diagonal \(a correlation matrix\)/);
  const g = await answer('oppenheim [[1,0.5*(sqrt(2)/sqrt(2))],[0.5,1]] [[2,1],[1,sqrt(2)]]');
  assert.deepEqual(g.data.correlation, { A: true, B: false });
  const h = await answer('oppenheim [[1+1e-10*pi,0],[0,1]] [[1,0],[0,1]]');
  assert.deepEqual(h.data.correlation, { A: false, B: true }, '1 + 10⁻¹⁰π is not 1');
  // Issue 23: det(A∘B) = 35π², the bounds 27π² and 32π², exactly.
  const p = await answer('oppenheim [[2*pi, pi],[pi, 2*pi]] [[3,1],[1,3]]');
  assert.deepEqual([p.data.detAB, p.data.boundA, p.data.boundB, p.data.exact], ['35*pi^2', '27*pi^2', '32*pi^2', true]);
  // Certified: proved comparisons, a diagonal factor's equality from the structure.
  const c = await answer('oppenheim [[exp(sqrt(2)),1],[1,2]] eye(2)');
  assert.deepEqual([c.data.exact, c.data.certified, c.data.holdsA, c.data.equalityB], [false, true, true, true]);
  assert.match(c.text, /Certified arithmetic/);
  assert.equal((await answer('oppenheim [[2,1],[1,2]] [[1,0],[0,1]]')).data.tolerance, undefined);
});

test('the answer comes with its figure', async () => {
  const r = await runText('oppenheim [[2,1],[1,2]] [[1,0],[0,pi]]', { figures: true });
  assert.ok(r.ok);
  assert.equal((r as Answer).figures.length, 1);
  assert.match((r as Answer).figures[0].alt, /det/);
});

test('a singular surd factor has determinant exactly 0; a failing bound is false', async () => {
  // det([[1, √2], [√2, 2]]) is 2 − √2·√2 = 0 exactly (−4.4×10⁻¹⁶ in doubles, once).
  const s = await answer('oppenheim [[1,sqrt(2)],[sqrt(2),2]] [[1,0],[0,pi]]');
  assert.equal(s.data.detA, 0);
  assert.equal(s.data.boundA, 0);
  assert.deepEqual(s.data.verdicts, { A: 'psd', B: 'pd' });
  // A = [[0, π], [π, 0]] is not PSD: det(A∘J) = −π² < det(J)·∏aᵢᵢ = 0, so the bound fails.
  const f = await answer('oppenheim [[0,pi],[pi,0]] [[1,1],[1,1]]');
  assert.equal(f.data.holdsB, false);
  assert.equal(f.data.equalityB, false);
  assert.equal(f.data.holdsA, true);
  assert.equal(f.data.equalityA, true);
  assert.match(f.text, /det\(A∘B\) < bound: fails/);
  // Shapes are checked by name.
  const r = await runText('oppenheim [[1,2]] [[3,4]]', { figures: false });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /^oppenheim needs square matrices/);
});
