// psdVerdict beyond the rationals, as the psd verb reports it (DESIGN §4): surds and π polynomials decided exactly,
// certified values by enclosures, the eigenvalues as certified enclosures that agree with the verdict (exact zeros
// from the exact rank, positive ones for a PSD verdict, a negative one under a witness), a diagonal matrix's
// eigenvalues its entries, and the symmetric part of a non-symmetric matrix. Expected values come from the typed input
// (D·M·D of an integer twin, d = √c·10^k) and the oracles, never from the engine's own numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { runText, type Answer } from '../../../src/engine/index.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { psdVerdictOracle, rank, symmetricPartQ, type QMatrix } from '../oracles.js';

async function psd(text: string): Promise<Record<string, unknown>> {
  const r = await runText(`psd ${text}`, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return (r as Answer).data;
}

const twin = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n * n, maxLength: n * n }),
    fc.array(fc.tuple(fc.constantFrom(2, 3, 5, 7), fc.integer({ min: -60, max: 60 })), {
      minLength: n,
      maxLength: n,
    }),
    fc.constantFrom('symmetric', 'gram', 'diagonal', 'any'),
  ),
);

/** An enclosure's end as a double (the data writes numbers, or strings past the double range). */
const end = (x: unknown): number => (typeof x === 'number' ? x : Number(x));

test('psd on surd congruences D·M·D: the twin’s verdict and rank, exactly, with enclosures that agree', async () => {
  await fc.assert(
    fc.asyncProperty(twin, async ([v, d, kind]) => {
      const n = d.length;
      let m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => v[i * n + j]));
      if (kind === 'symmetric') m = m.map((r, i) => r.map((x, j) => (j < i ? m[j][i] : x)));
      if (kind === 'gram') m = m.map((_, i) => m.map((__, j) => m.reduce((s, r) => s + r[i] * r[j], 0)));
      if (kind === 'diagonal') m = m.map((r, i) => r.map((x, j) => (i === j ? x : 0)));
      // Entry (i,j) = mᵢⱼ·√cᵢ·√cⱼ·10^(kᵢ+kⱼ): the congruence D·M·D, in surds.
      const text = `[${m
        .map(
          (r, i) =>
            `[${r.map((x, j) => (x === 0 ? '0*sqrt(2)' : `${x}*sqrt(${d[i][0]})*sqrt(${d[j][0]})*1e${d[i][1] + d[j][1]}`)).join(',')}]`,
        )
        .join(',')}]`;
      const data = await psd(text);
      assert.equal(data.exact, true, 'surds are exact');
      const q: QMatrix = m.map((r) => r.map((x) => Rational.int(x)));
      const want = psdVerdictOracle(q);
      assert.equal(data.verdict, want, text);
      const diagonal = m.every((r, i) => r.every((x, j) => i === j || x === 0));
      if (want === 'not_symmetric') {
        // The symmetric part (M + Mᵀ)/2 of D·M·D is D·((M + Mᵀ)/2)·D: its verdict is the twin's, exactly.
        const sp = data.symmetricPart as { verdict: string };
        assert.equal(sp.verdict, psdVerdictOracle(symmetricPartQ(q)), `symmetric part of ${text}`);
        assert.equal(data.rank, null);
        return;
      }
      assert.equal(data.rank, rank(q), `rank of ${text}`);
      assert.equal(data.eigenvaluesAreEntries, diagonal ? true : undefined);
      // The enclosures agree with the verdict: n − rank exactly 0, the others > 0 for PSD, the smallest < 0 otherwise.
      const enc = data.eigenvalueEnclosures as [unknown, unknown][];
      assert.equal(enc.length, n);
      const zeros = enc.filter(([lo, hi]) => end(lo) === 0 && end(hi) === 0).length;
      assert.equal(zeros, n - rank(q), `exact zeros of ${text}`);
      if (want === 'pd' || want === 'psd')
        assert.ok(
          enc.every(([lo]) => end(lo) >= 0),
          `none negative: ${text}`,
        );
      if (want === 'not_psd') assert.ok(end(enc[0][1]) < 0, `the smallest is negative: ${text}`);
      for (let k = 1; k < n; k++) assert.ok(end(enc[k - 1][0]) <= end(enc[k][1]), 'ascending');
    }),
    { numRuns: 200, seed: 21 },
  );
});

test('psd beyond the rationals: the fixed cases', async () => {
  const a = await psd('[[pi,pi],[pi,pi]]');
  assert.deepEqual([a.verdict, a.rank, a.exact, a.eigenvalues], ['psd', 1, true, [0, 6.28318530717959]]);
  assert.deepEqual((a.factorization as { D: unknown[] }).D, ['pi', 0]);
  const b = await psd('diag(pi,-2*pi*1e-300,0)');
  assert.deepEqual([b.verdict, b.rank, b.witness, b.eigenvaluesAreEntries], ['not_psd', 2, [0, 1, 0], true]);
  assert.deepEqual(b.eigenvalues, [-6.28318530717959e-300, 0, 3.14159265358979]);
  const c = await psd('[[0,1e-300*pi],[1e-300*pi,1e300]]');
  assert.equal(c.verdict, 'not_psd');
  const d = await psd('[[1,pi],[0,1]]');
  assert.equal(d.verdict, 'not_symmetric');
  assert.deepEqual(d.symmetricPart, {
    matrix: [
      [1, 'pi/2'],
      ['pi/2', 1],
    ],
    verdict: 'not_psd',
    eigenvalues: [-0.570796326794897, 2.5707963267949],
  });
  const e = await psd('[[1e200*pi,1],[1,1e200*pi]]');
  assert.equal(e.verdict, 'pd');
  assert.ok((e.eigenvalues as number[]).every((x) => x > 0));
  // Certified entries: the verdict is proved, not exact; an eigenvalue 10⁻³⁰ beside 1 keeps its digits.
  const f = await psd('[[exp(1), 1],[1, exp(-1)]]');
  assert.deepEqual([f.verdict, f.exact, f.certified], ['psd', true, undefined], 'e·e⁻¹ − 1 = 0: exact in e');
  const g = await psd('[[exp(sqrt(2)), 1],[1, 2]]');
  assert.deepEqual([g.verdict, g.exact, g.certified], ['pd', false, true]);
});

test('eigenvalues as evidence: enclosures of any size; doubles left out when they cannot show them; exact zeros', async () => {
  // An entry beyond the double range, or a nonzero one below it: the enclosures are there, the doubles are not.
  for (const m of ['[[1e400,1],[1,1]]', '[[1e-400,0],[0,1]]', '[[2,1e-400],[1e-400,2]]']) {
    const d = await psd(m);
    assert.equal(d.verdict, 'pd', m);
    if (m !== '[[2,1e-400],[1e-400,2]]') assert.deepEqual(d.eigenvalues, [], m);
    assert.equal((d.eigenvalueEnclosures as unknown[]).length, 2, m);
  }
  const x = '(sqrt(2)/sqrt(2))*1.5e308';
  const big = await psd(`[[${x},${x}],[${x},${x}]]`);
  assert.deepEqual([big.verdict, big.rank, big.eigenvalues], ['psd', 1, []]);
  // 2 − √2·√2 is exactly 0 now: rank 1, one eigenvalue exactly 0.
  assert.deepEqual((await psd('[[1,sqrt(2)],[sqrt(2),2]]')).eigenvalues, [0, 3]);
  // Exact, not PSD, rank 2: the one eigenvalue nearest 0 is zeroed, not the most negative one.
  assert.deepEqual((await psd('[[1,1,0],[1,1,0],[0,0,-1]]')).eigenvalues, [-1, 0, 2]);
  assert.deepEqual((await psd('[[0,0,0],[0,-2,0],[0,0,3]]')).eigenvalues, [-2, 0, 3]);
  // Issue 18: a positive definite matrix never shows an eigenvalue 0 or −2.
  assert.deepEqual((await psd('[[1,1/2,0],[1/2,1,0],[0,0,1/10^30]]')).eigenvalues, [1e-30, 0.5, 1.5]);
  const h = await psd('[[1e16,1e8],[1e8,1.0000000001]]');
  assert.ok((h.eigenvalues as number[]).every((v) => v > 0));
  // Not square, not symmetric: no eigenvalues; not PSD: no factorization.
  assert.deepEqual((await psd('[[1,2]]')).eigenvalues, []);
  assert.deepEqual((await psd('[[1,2],[3,4]]')).eigenvalues, []);
  assert.deepEqual((await psd('[[1,pi],[3,4]]')).eigenvalues, []);
  const n = await psd('[[1,2],[2,1]]');
  assert.equal(n.factorization, undefined);
  assert.ok((await psd('[[2,1],[1,2]]')).factorization, 'a PSD verdict carries its LDLᵀ certificate');
});

test('schur: the verdict of AB, which is seldom symmetric, comes without a symmetric part', async () => {
  const r = await runText('schur [[2,1],[1,2]] [[1,0],[0,2]]', { figures: false });
  assert.ok(r.ok);
  const d = (r as Answer).data as Record<string, unknown>;
  assert.equal((d.verdicts as Record<string, string>).ordinaryAB, 'not_symmetric');
  assert.doesNotMatch(JSON.stringify(d), /symmetricPart/);
});
