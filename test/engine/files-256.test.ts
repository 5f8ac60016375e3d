// 256×256 matrices from files, through every matrix verb with figures (issue 13): verdicts checked against small-n
// references (a block-diagonal matrix of 128 copies of a 2×2 has the 2×2's verdict and spectrum; a Gram matrix is
// PSD; a negative diagonal entry is a witness), text answers that stay short (corners and ⋯), figures that are
// images of the matrices (raster heatmaps, a dense eigenvalue chart) of reasonable size, A⊗B never built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerToText, parseCommand, run, type Attachment, type Reply } from '../../src/engine/index.js';

const N = 256;
const csv = (name: string, m: number[][]): Attachment => ({
  name,
  bytes: new TextEncoder().encode(m.map((r) => r.join(',')).join('\n')),
});

/** I₁₂₈ ⊗ S: 128 copies of the 2×2 block S down the diagonal. */
function blocks(s: number[][]): number[][] {
  return Array.from({ length: N }, (_, i) =>
    Array.from({ length: N }, (_, j) => (Math.floor(i / 2) === Math.floor(j / 2) ? s[i % 2][j % 2] : 0)),
  );
}

function gram(seed: number, k = N + 20): number[][] {
  let s = seed;
  // A 32-bit LCG in integers (Math.imul): the textbook one in doubles loses bits and repeats.
  const next = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const x = Array.from({ length: k }, () => Array.from({ length: N }, next));
  const g = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (const row of x) for (let i = 0; i < N; i++) for (let j = 0; j <= i; j++) g[i][j] += row[i] * row[j];
  for (let i = 0; i < N; i++) for (let j = 0; j < i; j++) g[j][i] = g[i][j];
  return g;
}

async function reply(text: string, files: Attachment[], figures = true): Promise<Reply> {
  const c = parseCommand(text, { attachments: files });
  assert.ok(c.ok, !c.ok ? c.message : '');
  return run(c.value, { figures, limits: { maxMillis: 30000 } });
}

function shortText(r: Reply): string {
  assert.ok(r.ok, !r.ok ? `${r.code}: ${r.message}` : '');
  const text = answerToText(r);
  assert.ok(text.length < 6000, `text answer ${text.length} characters`);
  return text;
}

test('psd at 256: block-diagonal copies of a 2×2 have its verdict and spectrum (pd and not PSD)', async () => {
  const pd = await reply('psd', [
    csv(
      'pd.csv',
      blocks([
        [2, 1],
        [1, 2],
      ]),
    ),
  ]);
  shortText(pd);
  assert.ok(pd.ok);
  assert.equal(pd.data.verdict, 'pd');
  assert.equal(pd.data.rank, N);
  const ev = pd.data.eigenvalues as number[];
  assert.ok(
    ev.slice(0, 128).every((v) => Math.abs(v - 1) < 1e-12) && ev.slice(128).every((v) => Math.abs(v - 3) < 1e-12),
  );
  assert.equal(pd.figures.length, 1);
  assert.ok(pd.figures[0].png.length < 400 * 1024, `psd figure ${pd.figures[0].png.length} bytes`);

  const bad = await reply('psd', [
    csv(
      'bad.csv',
      blocks([
        [1, 2],
        [2, 1],
      ]),
    ),
  ]);
  const text = shortText(bad);
  assert.ok(bad.ok);
  assert.equal(bad.data.verdict, 'not_psd');
  // The certificate is a 2×2 principal minor or a witness x with xᵀMx < 0, as for the 2×2 itself.
  assert.ok(bad.data.witness || bad.data.minor);
  assert.match(text, /not positive semidefinite/);
});

test('psd at 256: a Gram matrix is PSD; one negative diagonal entry makes it not PSD, witnessed by eᵢ', async () => {
  const g = gram(3);
  const ok = await reply('psd @1', [csv('g.csv', g)], false);
  assert.ok(ok.ok);
  assert.equal(ok.data.verdict, 'pd');
  assert.equal(ok.data.exact, false);
  const bad = g.map((r) => r.slice());
  bad[100][100] = -1;
  const r = await reply('psd @1', [csv('b.csv', bad)], false);
  assert.ok(r.ok);
  assert.equal(r.data.verdict, 'not_psd');
  const w = r.data.witness as number[];
  assert.equal(w.length, N);
  assert.equal(w[100], 1);
  assert.equal(w.filter((v) => v !== 0).length, 1);
  assert.match(shortText(r), /Witness: x = \(0, 0, 0, 0, …, 0, 0; 256 entries\) gives xᵀMx = -1 < 0/);
  // Not PSD with no sign or minor to show it: the balanced eigenvalues decide, the witness from inverse iteration.
  const shifted = g.map((row, i) =>
    row.map((v, j) => (i === j ? v - 0.9 * (ok.data.eigenvalues as number[])[0] - 5 : v)),
  );
  const s = await reply('psd @1', [csv('s.csv', shifted)], false);
  assert.ok(s.ok && s.data.verdict === 'not_psd' && s.data.decidedBy === 'eigenvalues');
  assert.ok((s.data.witnessValue as number) < 0);
});

test('schur, oppenheim, product, relate, props at 256: right answers, short texts, figures that cope', async () => {
  const a = csv('a.csv', gram(5));
  const b = csv(
    'b.csv',
    blocks([
      [2, 1],
      [1, 2],
    ]),
  );
  const schur = await reply('schur @1 @2', [a, b]);
  shortText(schur);
  assert.ok(schur.ok);
  assert.deepEqual(schur.data.verdicts, { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'not_symmetric' });
  assert.equal(schur.data.identityCheck, null);
  assert.ok(schur.figures[0].png.length < 400 * 1024, `schur figure ${schur.figures[0].png.length} bytes`);

  const opp = await reply('oppenheim @1 @2', [a, b]);
  shortText(opp);
  assert.ok(opp.ok);
  assert.equal(opp.data.applicable, true);
  assert.equal(opp.data.holdsA, true);
  assert.equal(opp.data.holdsB, true);
  assert.equal(opp.data.equalityA, false);
  // B is I ⊗ [[2,1],[1,2]]: det = 3¹²⁸, far below Hadamard's bound ∏‖rowᵢ‖₂ = 5¹²⁸ and yet known to 10 digits.
  assert.ok(Math.abs(Number(opp.data.detB) / 3 ** 128 - 1) < 1e-9, String(opp.data.detB));
  assert.ok(Math.abs(Number(opp.data.diagProdB) / 2 ** 256 - 1) < 1e-14);

  const product = await reply('[[1]] ∘ [[2]]', []);
  assert.ok(product.ok);
  const big = await reply('@1 @2', [a, b]);
  shortText(big);
  assert.ok(big.ok);
  assert.deepEqual(big.data.shape, [N, N]);

  const relate = await reply('relate @1 @2', [a, b]);
  const text = shortText(relate);
  assert.ok(relate.ok);
  const k = relate.data.kronecker as { matrix: unknown; equal: boolean; rows: number[] };
  assert.equal(k.matrix, null);
  assert.equal(k.equal, true);
  assert.equal(k.rows.length, N);
  assert.match(text, /65536×65536/);
  assert.ok(relate.figures[0].png.length < 400 * 1024);

  const props = await reply('props @1 @2 @1', [a, b]);
  shortText(props);
  assert.ok(props.ok);
  assert.equal(props.data.associative, true);
});

test('a dark card draws the large heatmaps in its own colours (the image goes through the theme)', async () => {
  const files = [
    csv(
      'pd.csv',
      blocks([
        [2, 1],
        [1, 2],
      ]),
    ),
  ];
  const c = parseCommand('psd', { attachments: files });
  assert.ok(c.ok);
  const light = await run(c.value, { theme: 'light' });
  const dark = await run(c.value, { theme: 'dark' });
  assert.ok(light.ok && dark.ok);
  assert.notDeepEqual(light.figures[0].png, dark.figures[0].png);
});
