// The "must hold" cases for each verb, and every example printed by `help` run as a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, parseCommand, runText, type Answer } from '../../src/engine/index.js';

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `expected an answer for ${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

test('psd: exact verdicts, rank and witness', async () => {
  const ones = await answer('psd [[1,1],[1,1]]');
  assert.equal(ones.data.verdict, 'psd');
  assert.equal(ones.data.rank, 1);
  assert.equal(ones.data.exact, true);
  const dec = await answer('psd [[0.1,0.2],[0.2,0.4]]');
  assert.equal(dec.data.verdict, 'psd');
  assert.equal(dec.data.rank, 1);
  const no = await answer('psd [[1,2],[2,1]]');
  assert.equal(no.data.verdict, 'not_psd');
  assert.equal(no.data.rank, 2);
  const [x1, x2] = no.data.witness as number[];
  assert.equal(x1 * x1 + 4 * x1 * x2 + x2 * x2, no.data.witnessValue);
  assert.ok((no.data.witnessValue as number) < 0);
  // The 2×2 block certificate a student checks by eye is preferred to LDLᵀ's (2, −1), −3.
  assert.deepEqual([no.data.witness, no.data.witnessValue], [[1, -1], -2]);
  assert.match(no.summary, /not positive semidefinite/);
  // No 2×2 block is negative here: the witness comes from LDLᵀ, and is still exact.
  const ldlt = await answer('psd [[1,1,1],[1,1,-1],[1,-1,1]]');
  assert.deepEqual([ldlt.data.witness, ldlt.data.witnessValue], [[2, -1, -1], -4]);
  const pd = await answer('psd hilbert(6)');
  assert.equal(pd.data.verdict, 'pd');
  const ns = await answer('psd [[1,2],[0,1]]');
  assert.equal(ns.data.verdict, 'not_symmetric');
  assert.equal((ns.data.symmetricPart as { verdict: string }).verdict, 'psd'); // (M+Mᵀ)/2 = J
  assert.match(ns.summary, /defined for symmetric matrices/);
  const rect = await answer('psd [[1,2,3]]');
  assert.equal(rect.data.verdict, 'not_square');
  // Issue 18: a surd matrix that is singular is decided exactly, without a tolerance.
  const fl = await answer('psd [[2, sqrt(2)],[sqrt(2), 1]]');
  assert.equal(fl.data.exact, true);
  assert.deepEqual([fl.data.verdict, fl.data.rank, fl.data.tolerance], ['psd', 1, undefined]);
});

test('schur: non-symmetric inputs are reported, explained and the product still given', async () => {
  const a = await answer('schur [[2,3],[4,1]] [[5,6],[7,8]]');
  const v = a.data.verdicts as Record<string, string>;
  assert.equal(v.A, 'not_symmetric');
  assert.equal(v.B, 'not_symmetric');
  assert.deepEqual((a.data.matrices as { AB: unknown }).AB, [
    [10, 18],
    [28, 8],
  ]);
  assert.equal(a.data.hypothesis, false);
  const text = a.sections.map((s) => s.body).join('\n');
  assert.match(text, /defined for symmetric matrices/);
  assert.match(text, /promises nothing/);
});

test('schur: PSD inputs give a PSD product, contrasted with AB, proof identity checked', async () => {
  const a = await answer('schur [[2,1],[1,2]] [[1,1],[1,1]]');
  const v = a.data.verdicts as Record<string, string>;
  assert.equal(v.A, 'pd');
  assert.equal(v.B, 'psd');
  assert.ok(v.AB === 'pd' || v.AB === 'psd');
  assert.equal(a.data.hypothesis, true);
  const check = a.data.identityCheck as { lhs: number; rhs: number; agree: boolean };
  assert.equal(check.agree, true);
  assert.ok(Math.abs(check.lhs - check.rhs) < 1e-9);
  // PSD A and B whose ordinary product is not symmetric.
  const c = await answer('schur [[2,1],[1,1]] [[1,0],[0,2]]');
  assert.equal((c.data.verdicts as Record<string, string>).ordinaryAB, 'not_symmetric');
  assert.equal((c.data.verdicts as Record<string, string>).AB, 'pd');
});

test('oppenheim: equality with B = J and with A diagonal, exactly', async () => {
  const j = await answer('oppenheim [[2,1],[1,2]] ones(2,2)');
  assert.equal(j.data.equalityA, true);
  assert.equal(j.data.holdsA, true);
  assert.equal(j.data.holdsB, true);
  assert.equal(j.data.applicable, true);
  assert.equal(j.data.exact, true);
  assert.equal((j.data.correlation as { B: boolean }).B, true);
  const d = await answer('oppenheim diag(1,2,3) [[3,1,0],[1,3,1],[0,1,3]]');
  assert.equal(d.data.equalityA, true);
  assert.equal(d.data.detAB, 1 * 2 * 3 * 27);
  const strict = await answer('oppenheim [[2,1],[1,2]] [[3,1],[1,3]]');
  assert.equal(strict.data.detAB, 35);
  assert.equal(strict.data.boundA, 27);
  assert.equal(strict.data.boundB, 32);
  assert.equal(strict.data.equalityA, false);
  const hadamard = strict.data.hadamard as { A: { holds: boolean } };
  assert.equal(hadamard.A.holds, true);
  const na = await answer('oppenheim [[1,2],[2,1]] [[1,0],[0,1]]');
  assert.equal(na.data.applicable, false);
});

test('props: the five identities, J of the right shape, null without C', async () => {
  const a = await answer('props [[1,2,3],[4,5,6]] [[1/2,0,-1],[2,2,2]]');
  assert.equal(a.data.commutative, true);
  assert.equal(a.data.identity, true);
  assert.equal(a.data.transpose, true);
  assert.equal(a.data.associative, null);
  assert.equal(a.data.distributive, null);
  const c = await answer('props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]');
  assert.equal(c.data.associative, true);
  assert.equal(c.data.distributive, true);
});

test('relate: trace identity, diagonal case, vectors, Kronecker indices', async () => {
  const a = await answer('relate [[1,2],[3,4]] [[5,6],[7,8]]');
  assert.deepEqual(a.data.traceIdentity, { trAtB: 70, sum: 70, equal: true });
  assert.deepEqual((a.data.kronecker as { rows: number[] }).rows, [0, 3]);
  assert.deepEqual((a.data.kronecker as { cols: number[] }).cols, [0, 3]);
  assert.equal((a.data.kronecker as { equal: boolean }).equal, true);
  const k = (a.data.kronecker as { matrix: number[][] }).matrix;
  assert.equal(k[3][3], 4 * 8);
  assert.equal((a.data.diagonal as { applies: boolean }).applies, false);
  const d = await answer('relate diag(1,2,3) diag(4,5,6)');
  assert.deepEqual(d.data.diagonal, {
    applies: true,
    equal: true,
    ordinary: [
      [4, 0, 0],
      [0, 10, 0],
      [0, 0, 18],
    ],
  });
  const v = await answer('relate [1 2 3] [4 5 6]');
  assert.equal((v.data.vector as { equal: boolean }).equal, true);
});

test('explain covers every topic; help lists every verb', async () => {
  for (const t of ['definition', 'properties', 'schur', 'oppenheim', 'relations', 'applications']) {
    const a = await answer(`explain ${t}`);
    assert.ok(a.sections[0].body.length > 200, t);
  }
  const sch = await answer('explain schur');
  assert.match(sch.sections[0].body, /Σₖ λₖ \(x∘vₖ\)ᵀ ?A ?\(x∘vₖ\)/);
  const app = await answer('explain applications');
  for (const w of [/taper/i, /attention mask/i, /window/i, /pixel/i]) assert.match(app.sections[0].body, w);
  const h = await answer('help');
  for (const s of CATALOGUE) assert.match(h.sections[0].body, new RegExp(s.verb));
});

test('every example printed by help runs and succeeds', async () => {
  const printed = new Set<string>();
  const overview = await answer('help');
  for (const e of overview.data.examples as string[]) printed.add(e);
  for (const s of CATALOGUE) {
    const h = await answer(`help ${s.verb}`);
    for (const e of h.data.examples as string[]) printed.add(e);
    // The examples in the text are the ones in data.
    for (const e of h.data.examples as string[]) assert.ok(h.sections[0].body.includes(e));
  }
  assert.ok(printed.size >= CATALOGUE.length * 2);
  // Study-group verbs need a channel's state, which the bare engine has not: their examples must parse, and run()
  // must answer them with the needs_channel error value (the group service answers them for real).
  const group = new Set(CATALOGUE.filter((s) => s.group).map((s) => s.verb));
  assert.ok(group.size >= 6, 'quiz, answer, reveal, scores, settings, forget-me');
  let groupExamples = 0;
  for (const e of printed) {
    const parsed = parseCommand(e);
    assert.ok(parsed.ok, `help example does not parse: ${e}: ${JSON.stringify(parsed)}`);
    const r = await runText(e, { figures: false });
    if (group.has(parsed.value.verb)) {
      groupExamples++;
      assert.ok(!r.ok && r.code === 'needs_channel', `group example ${e}: ${JSON.stringify(r)}`);
      continue;
    }
    assert.ok(r.ok, `help example failed: ${e}: ${JSON.stringify(r)}`);
  }
  assert.ok(groupExamples >= group.size, 'every group verb has an example');
});

test('code spans in explain and help text are commands that run', async () => {
  const texts: string[] = [];
  for (const t of ['', 'definition', 'properties', 'schur', 'oppenheim', 'relations', 'applications'])
    texts.push(...(await answer(`explain ${t}`)).sections.map((s) => s.body));
  const cmds = texts
    .flatMap((t) => [...t.matchAll(/`(\/hadamard [^`]+)`/g)].map((m) => m[1]))
    .filter((c) => !c.includes('<')); // placeholders like explain <topic>
  assert.ok(cmds.length >= 6);
  for (const c of cmds) {
    const r = await runText(c, { figures: false });
    assert.ok(r.ok, `${c}: ${JSON.stringify(r)}`);
  }
});

test('eigenvalue enclosures never contradict the exact verdict: exactly n − rank are 0, tiny positive ones say so', async () => {
  // hilbert(12) is positive definite, but its smallest eigenvalues are below double precision.
  const h = await answer('psd hilbert(12)');
  assert.equal(h.data.verdict, 'pd');
  assert.ok(!(h.data.eigenvalues as number[]).includes(0), 'a positive definite matrix has no zero eigenvalue');
  const evidence = h.sections.map((s) => s.body).find((b) => b.startsWith('Eigenvalues'))!;
  assert.match(evidence, /proved\): 0 < λ < 10⁻¹., 0 < λ < 10⁻¹., 3\.1\d*e-12/);
  const withFigure = await runText('psd hilbert(12)');
  assert.ok(withFigure.ok);
  // The figure's alt text says what the text says (proved positive, below 10⁻¹³), in the figure's notation.
  if (withFigure.ok) assert.match(withFigure.figures[0].alt, /ascending: 0 < λ < 10⁻¹., 0 < λ < 10⁻¹., 3\.1×10⁻¹²/);
  // J2 has rank 1, decided exactly: one eigenvalue is exactly 0.
  const j = await answer('psd [[1,1],[1,1]]');
  assert.deepEqual(j.data.eigenvalues, [0, 2]);
  assert.match(j.sections.map((s) => s.body).join('\n'), /proved\) \(one is exactly 0: the rank is 1\): 0, 2\./);
  const s = await answer('schur pascal(12) hilbert(12)');
  assert.match(
    s.sections.map((x) => x.body).join('\n'),
    /: \*\*positive definite\*\*, smallest eigenvalue 0 < λ < 10⁻/,
  );
});
