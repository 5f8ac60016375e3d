// Every example of issues 18 (every sign proved) and 23 (exact in π and in e), end to end through the engine: each
// answer is right, exact where the issue says so, or honestly undecided (in words). The values are checked against
// what the typed input means exactly (a typed decimal is that decimal): 60-digit references from mpmath where needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, runText, type Answer } from '../../../src/engine/index.js';

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

const text = (a: Answer): string => answerToText(a);

test('issue 18, cancellation: the sign and the nonzero survive', async () => {
  // √2 − 1.4142135623730951 (the decimal as typed) = −5.1198…·10⁻¹⁷, exactly a surd.
  const s = await answer('[[sqrt(2) - 1.4142135623730951]] [[1]]');
  assert.deepEqual(s.data.product, [['-1.4142135623730951 + sqrt(2)']]);
  assert.equal(s.data.exact, true);
  assert.match(text(s), /As decimals .*-5\.11983e-17/);
  // exp(10⁻²⁰) − 1 = 1.000…·10⁻²⁰, not 0.
  const e = await answer('[[exp(1e-20) - 1]] [[1]]');
  assert.deepEqual(e.data.product, [[1e-20]]);
  assert.equal(e.data.certified, true);
  // cos(10⁻²⁰) − 1 = −5·10⁻⁴¹: not PSD, with the witness e₁.
  const c = await answer('psd [[cos(1e-20) - 1]]');
  assert.deepEqual([c.data.verdict, c.data.witness, c.data.witnessValue], ['not_psd', [1], -5e-41]);
  // tr = 10¹⁶π − 31415926535897932 = 0.3846…, exact.
  const r = await answer('relate [[pi*1e16, 1]] [[1, -31415926535897932]]');
  const t = r.data.traceIdentity as { trAtB: string; sum: string; equal: boolean };
  assert.deepEqual(t, { trAtB: '1e16*pi - 31415926535897932', sum: '1e16*pi - 31415926535897932', equal: true });
});

test('issue 18, scaling: tiny couplings keep their digits; the balanced coupling 0.99 is positive definite', async () => {
  const a = await answer('psd [[1, 0.99*exp(-1/2)*1e-161], [0.99*exp(-1/2)*1e-161, exp(-1)*1e-322]]');
  assert.deepEqual([a.data.verdict, a.data.rank, a.data.exact], ['pd', 2, true]);
  // 10⁻³²⁰·π keeps its digits; 10²⁰⁰π squared is 9.8696…·10⁴⁰⁰.
  assert.match(text(await answer('[[1e-320*pi]] [[1]]')), /3\.14159e-320/);
  const b = await answer('[[1e200*pi]] [[1e200*pi]]');
  assert.deepEqual(b.data.product, [['1e400*pi^2']]);
  assert.match(text(b), /9\.8696e400/);
});

test('issue 18, Oppenheim on badly scaled input: det A = (π − 1)·10⁻¹⁰⁰, no false equality', async () => {
  const o = await answer('oppenheim [[pi*1e-100, 1e-50], [1e-50, 1]] [[1,0],[0,1]]');
  assert.deepEqual(
    [o.data.detA, o.data.detAB, o.data.boundA, o.data.boundB],
    ['1e-100*pi - 1e-100', '1e-100*pi', '1e-100*pi - 1e-100', '1e-100*pi'],
  );
  assert.deepEqual([o.data.holdsA, o.data.equalityA, o.data.equalityB, o.data.exact], [true, false, true, true]);
});

test('issue 18, near singular: decided exactly, never by a tolerance', async () => {
  const n = await answer('psd [[1, sqrt(3)/2],[sqrt(3)/2, 3/4 - 1/10^40]]');
  assert.deepEqual([n.data.verdict, n.data.exact, n.data.tolerance], ['not_psd', true, undefined]);
  assert.equal(n.data.witnessValue, '-1/10000000000000000000000000000000000000000');
  const p = await answer('psd [[2, sqrt(2)],[sqrt(2), 1]]');
  assert.deepEqual([p.data.verdict, p.data.rank, p.data.exact, p.data.tolerance], ['psd', 1, true, undefined]);
  // Rotations at 45° and 30° are exact (not symmetric; their symmetric parts are positive definite, exactly).
  for (const angle of ['pi/4', 'pi/6']) {
    const r = await answer(`psd [[cos(${angle}), -sin(${angle})],[sin(${angle}), cos(${angle})]]`);
    assert.equal(r.data.verdict, 'not_symmetric');
    assert.equal((r.data.symmetricPart as { verdict: string }).verdict, 'pd');
    assert.equal(r.data.exact, true);
  }
});

test('issue 18, evidence never contradicts the verdict', async () => {
  const a = await answer('psd [[1,1/2,0],[1/2,1,0],[0,0,1/10^30]]');
  assert.equal(a.data.verdict, 'pd');
  assert.deepEqual(a.data.eigenvalues, [1e-30, 0.5, 1.5]);
  assert.match(text(a), /proved\): 1e-30, 0\.5, 1\.5\. None is negative/);
  const b = await answer('psd [[1e16,1e8],[1e8,1.0000000001]]');
  assert.equal(b.data.verdict, 'pd');
  assert.ok((b.data.eigenvalues as number[]).every((v) => v > 0));
  assert.match(text(b), /proved\): 1e-10, 1e16/);
});

test('issue 18, undecided: a value equal to 0 that enclosures cannot prove, said in words', async () => {
  // e·π and 1/(π·e) as certified values (π with e): the Schur complement 1/(πe) − 1/(eπ) is 0, unprovable.
  const u = await answer('psd [[exp(1)*pi, 1],[1, 1/(pi*exp(1))]]');
  assert.equal(u.data.verdict, 'undecided');
  assert.equal(u.data.rank, null);
  const info = u.data.undecided as { what: string; digits: number; rankAtLeast: number };
  assert.equal(info.rankAtLeast, 1);
  assert.ok(info.digits >= 70, `equal to 0 to ${info.digits} digits`);
  assert.match(text(u), /positive semidefinite is undecided/);
  assert.match(text(u), /is equal to 0 to [\d,]+ digits; it may be exactly 0\. If it is positive/);
});

test('issue 23: exact in π and in e', async () => {
  const a = await answer('psd [[pi, pi],[pi, pi]]');
  assert.deepEqual([a.data.verdict, a.data.rank, a.data.exact], ['psd', 1, true]);
  const b = await answer('psd [[2*pi, pi],[pi, 2*pi]]');
  assert.deepEqual([b.data.verdict, b.data.exact], ['pd', true]);
  assert.deepEqual((b.data.factorization as { D: unknown[] }).D, ['2*pi', '3*pi/2']);
  const o = await answer('oppenheim [[2*pi, pi],[pi, 2*pi]] [[3,1],[1,3]]');
  assert.deepEqual(
    [o.data.detA, o.data.detB, o.data.detAB, o.data.boundA, o.data.boundB, o.data.exact],
    ['3*pi^2', 8, '35*pi^2', '27*pi^2', '32*pi^2', true],
  );
  const s = await answer('schur [[pi, 0],[0, pi]] [[e, 1],[1, e]]');
  assert.deepEqual(s.data.verdicts, { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'pd' });
  assert.deepEqual(s.data.kinds, { A: 'exact', B: 'exact', AB: 'certified', ordinaryAB: 'certified' });
  // e·e⁻¹ − 1 = 0 exactly: a singular matrix in e.
  const e = await answer('psd [[e, 1],[1, exp(-1)]]');
  assert.deepEqual([e.data.verdict, e.data.rank, e.data.exact], ['psd', 1, true]);
});

test('oppenheim, an exact factor beside a certified one: its determinant stays exact; an undecided equality is null', async () => {
  // det A = 1·3/4 − 3/4 = 0 exactly (surds); B has sin(π/7), certified. det(A∘B) = 3/4·cos²(π/7) = det(B)·∏aᵢᵢ
  // exactly, which enclosures cannot prove: equality undecided (null), the bound holds (both are PSD).
  const o = await answer('oppenheim [[1, sqrt(3)/2], [sqrt(3)/2, 3/4]] [[1, sin(pi/7)], [sin(pi/7), 1]]');
  const d = o.data as Record<string, unknown>;
  assert.equal(d.detA, 0, 'det(A) is exactly 0, not an enclosure');
  assert.equal(d.boundA, 0);
  assert.deepEqual([d.holdsA, d.equalityA], [true, false]);
  assert.deepEqual([d.holdsB, d.equalityB, d.undecided], [true, null, ['B']]);
  assert.doesNotMatch(text(o), /fails|FAILS/);
});

test('oppenheim: a determinant shown is refined until its own sign is proved, never a midpoint with the wrong sign', async () => {
  // Found by the high-precision oracle on a random seed (375526788, gap-72): det A = π·10⁻²⁶, but the comparisons were
  // decided at 64 bits and `data` carried the enclosure's midpoint, −8.5e-20.
  const r = await runText(
    'oppenheim [[1, cos(pi/7), 0], [cos(pi/7), (cos(pi/7))^2 + 1/10^26, 0], [0, 0, pi]] [[1, 95/100, -95/100], [95/100, 1, 95/100], [-95/100, 95/100, 1]]',
    { figures: false },
  );
  assert.ok(r.ok);
  const detA = (r as Answer).data as { detA: unknown };
  assert.equal(typeof detA.detA, 'number');
  const v = detA.detA as number;
  assert.ok(v > 3.1415e-26 && v < 3.1417e-26, `det A = ${v}`);
});

test('evidence: an eigenvalue whose enclosure still contains 0 is null in data and ≈0 in the figure, never a signed midpoint', async () => {
  // Found by the high-precision oracle on a random seed (375526788, scaled-6): the middle eigenvalue is positive, but
  // its enclosure (width 10¹⁵⁰ beside 10²¹⁶) contains 0, and data carried its midpoint −9.7e111.
  const m =
    '[[1*1e114, 9/10*cos(1/10)*1e129, -9/10*cos(1/10)*1e165], [9/10*cos(1/10)*1e129, 1*1e144, 9/10*cos(1/10)*1e180], [-9/10*cos(1/10)*1e165, 9/10*cos(1/10)*1e180, 1*1e216]]';
  const r = await runText(`psd ${m}`);
  assert.ok(r.ok);
  const d = r.data as { verdict: string; eigenvalues: (number | null)[]; eigenvalueLabels: string[] };
  assert.equal(d.verdict, 'not_psd');
  assert.equal(d.eigenvalues[1], null);
  assert.ok((d.eigenvalues[0] as number) < 0 && (d.eigenvalues[2] as number) > 0);
  assert.deepEqual(d.eigenvalueLabels.slice(1), ['≈0 (|λ| < 10¹⁵¹)', '1e216']);
  assert.match(d.eigenvalueLabels[0], /^in \[-\d(\.\d)?e150, -\d(\.\d)?e115\]$/);
  // The figure says what the text says: proved negative (not "≈0" beside 10²¹⁶), and ≈0 for the undecided one.
  assert.match(
    r.figures[0].alt,
    /ascending: in \[−\d(\.\d)?×10¹⁵⁰, −\d(\.\d)?×10¹¹⁵\], ≈0 \(\|λ\| < 10¹⁵¹\), 1×10²¹⁶\./,
  );
});

test('long exact numbers are written with a power of ten, and read back exactly', async () => {
  const a = await answer('product [[1e30, 2/3, 123456789012345678901234567890]] [[1, 1e-25, 1]]');
  assert.match(text(a), /\[ 1e30 {2}1\/1\.5e25 {2}123456789012345678901234567890 \]/);
  assert.deepEqual((a.data as { product: unknown }).product, [
    ['1000000000000000000000000000000', '1/15000000000000000000000000', '123456789012345678901234567890'],
  ]);
  // What is shown is exact: typed back, it gives the same product.
  const back = await answer('product [[1/1.5e25, 8.95504e128, 1.2345e-16]] [[1.5e25, 1, 1e16]]');
  assert.match(text(back), /A∘B = \[\[1,8\.95504e128,2469\/2000\]\]/);
});

test('oppenheim: certified values are written ≈ with their proved digits (never zeros that are not there), sums parenthesised as factors', async () => {
  const cmd =
    'oppenheim [[4+sqrt(2),1,0,0,1],[1,5,1,0,0],[0,1,6,1,sqrt(3)],[0,0,1,7,1],[1,0,sqrt(3),1,8]] [[3,1,0,0,0],[1,3,1,0,0],[0,1,3,1,0],[0,0,1,3,1],[0,0,0,1,3]]';
  const r = await runText(cmd);
  assert.ok(r.ok);
  const t = answerToText(r);
  // det(A∘B) = 2182865.6328…: it was shown as "= 2182870" under "exact arithmetic".
  assert.match(t, /- det\(A∘B\) ≈ 2182865\.6\n/);
  assert.match(t, /det\(A\)·∏bᵢᵢ ≈ 7419\.6738·243 ≈ 1802980\.7 /);
  // ∏aᵢᵢ = 6720 + 1680√2 is a factor: it was "144·6720 + 1680*sqrt(2)".
  assert.match(t, /det\(B\)·∏aᵢᵢ = 144·\(6720 \+ 1680\*sqrt\(2\)\) ≈ 1309806\.5 /);
  const d = r.data as { approximate?: string[]; latex: string };
  assert.deepEqual(d.approximate, ['detA', 'detAB', 'boundA', 'boundB']);
  assert.match(d.latex, /\\det\(A \\circ B\) \\approx 2182866 /);
  assert.match(d.latex, /= 144 \\cdot \\left\(6720 \+ 1680 \\sqrt\{2\}\\right\) \\approx 1309807/);
  assert.match(r.figures[0].alt, /det\(A∘B\) ≈ 2182866, det\(A\)·∏bᵢᵢ ≈ 1802981, det\(B\)·∏aᵢᵢ ≈ 1309807\./);
  // Exact input stays exact: no ≈ and no `approximate`.
  const e = await runText('oppenheim [[2,1],[1,2]] [[3,1],[1,3]]', { figures: false });
  assert.ok(e.ok);
  assert.equal((e.data as { approximate?: string[] }).approximate, undefined);
  assert.doesNotMatch(answerToText(e), /≈/);
});
