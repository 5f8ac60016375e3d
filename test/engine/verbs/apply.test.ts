// `apply`: each application on its built-in example and on given data, with the numbers checked independently of
// the engine (windows from their formulas, a plain DFT, a softmax written here, the cell step in exact arithmetic,
// the PSD oracle of principal minors, pixels recomputed), the grammar's words and errors, and determinism.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, runText, type Answer } from '../../../src/engine/index.js';
import type { GateData, ImageData, MaskData, TaperData, WindowData } from '../../../src/engine/data.js';
import { fromEntry, fromMatrixData, hadamardQ, psdVerdictOracle, q, type Q } from '../oracles.js';
import { magnitudeDb } from '../../../src/engine/verbs/apply/window.js';

async function answer<D>(text: string): Promise<Answer & { data: D }> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer & { data: D };
}

async function refused(text: string, code: string, message?: RegExp): Promise<void> {
  const r = await runText(text, { figures: false });
  assert.equal(r.ok, false, `${text} should be refused`);
  if (r.ok) return;
  assert.equal(r.code, code, `${text}: ${r.message}`);
  if (message) assert.match(r.message, message, text);
  assert.match(r.hint, /Example|e\.g\.|:/, `${text}: the hint shows a way that works`);
}

const num = (e: unknown): number => fromEntry(e).toNumber();
const floatOf = (e: unknown): number => (typeof e === 'number' ? e : num(e));

/** The textbook window formulas, written again here (symmetric windows, x = k/(n−1)). */
function windowFormula(name: string, n: number): number[] {
  return Array.from({ length: n }, (_, k) => {
    const x = n === 1 ? 0 : k / (n - 1);
    switch (name) {
      case 'hann':
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * x);
      case 'hamming':
        return 0.54 - 0.46 * Math.cos(2 * Math.PI * x);
      case 'blackman':
        return 0.42 - 0.5 * Math.cos(2 * Math.PI * x) + 0.08 * Math.cos(4 * Math.PI * x);
      default: {
        const d = Math.min(x, 1 - x);
        return d < 0.25 ? 0.5 - 0.5 * Math.cos(4 * Math.PI * d) : 1;
      }
    }
  });
}

/** |DFT| at frequency f (cycles per sample), by the definition. */
function dftMagnitude(x: number[], f: number): number {
  let re = 0;
  let im = 0;
  x.forEach((v, k) => {
    re += v * Math.cos(2 * Math.PI * f * k);
    im -= v * Math.sin(2 * Math.PI * f * k);
  });
  return Math.hypot(re, im);
}

test('window: every product entry is signal·window, on the built-in signal and on given data, for every window', async () => {
  for (const name of ['hann', 'hamming', 'blackman', 'tukey']) {
    for (const cmd of [`apply window ${name}`, `apply window [3,-1,4,1,-5,9,2,-6,5,3] ${name}`]) {
      const { data } = await answer<WindowData>(cmd);
      assert.equal(data.window, name);
      const w = windowFormula(name, data.signal.length);
      data.windowValues.forEach((e, k) => assert.ok(Math.abs(floatOf(e) - w[k]) < 1e-12, `${cmd}: w[${k}]`));
      data.product.forEach((e, k) => {
        const want = floatOf(data.signal[k]) * w[k];
        assert.ok(Math.abs(floatOf(e) - want) < 1e-12 * Math.max(1, Math.abs(want)), `${cmd}: (x∘w)[${k}]`);
      });
    }
  }
});

test('window: exact in, exact out; the spectra agree with a plain DFT; the built-in leakage drops by over 25 dB', async () => {
  const exact = await answer<WindowData>('apply window [1,2,3,4,5] hann');
  assert.equal(exact.data.exact, true);
  assert.deepEqual(exact.data.windowValues, [0, '1/2', 1, '1/2', 0]);
  assert.deepEqual(exact.data.product, [0, 1, 3, 2, 0]);
  assert.match(exact.data.latex ?? '', /x \\circ w = \\begin\{bmatrix\} 1 & 2 & 3 & 4 & 5 \\end\{bmatrix\}/);

  const { data } = await answer<WindowData>('apply window');
  assert.equal(data.builtIn, true);
  assert.equal(data.exact, false);
  const size = data.spectrum.fftSize;
  assert.equal(data.spectrum.before.length, size / 2 + 1);
  // fft.js against the definition, bin by bin, in dB below the peak.
  const x = data.signal.map(floatOf);
  const mags = Array.from({ length: size / 2 + 1 }, (_, k) => dftMagnitude(x, k / size));
  const peak = Math.max(...mags);
  mags.forEach((m, k) => {
    const db = Math.max(data.spectrum.floor, 20 * Math.log10(m / peak));
    assert.ok(Math.abs(db - data.spectrum.before[k]) < 1e-6, `bin ${k}: ${db} vs ${data.spectrum.before[k]}`);
  });
  assert.ok(data.leakage);
  assert.ok(data.leakage.after < data.leakage.before - 25, JSON.stringify(data.leakage));
  // The weak tone at 20.25 cycles (0.316 cycles/sample) stands out after windowing: within 3 dB of −40 dB.
  const bin = Math.round((20.25 / 64) * size);
  assert.ok(Math.abs(data.spectrum.after[bin] + 40) < 3, `weak tone at ${data.spectrum.after[bin]} dB`);
  // Never Infinity: a spectrum with an exact zero sits on the floor.
  assert.ok(magnitudeDb([1, -1], 512).every((v) => Number.isFinite(v) && v >= -120));
});

/** Softmax over the allowed entries of a row, written here. */
function softmax(row: number[], allowed: boolean[]): number[] {
  const max = Math.max(...row.filter((_, j) => allowed[j]));
  const e = row.map((s, j) => (allowed[j] ? Math.exp(s - max) : 0));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

test('mask: rows sum to 1, masked probabilities are exactly 0, P∘M rows sum to less than 1, both conventions agree', async () => {
  for (const cmd of [
    'apply mask',
    'apply mask padding:2',
    'apply mask causal padding:1',
    'apply mask [[1,2,0],[0,1,3],[2,2,1]] causal',
    'apply mask [[0.5,-1,2,0],[1,1,1,1]] padding:1',
  ]) {
    const { data } = await answer<MaskData>(cmd);
    const S = data.scores.map((r) => r.map(floatOf));
    const [m, n] = [S.length, S[0].length];
    const causal = data.kind.includes('causal');
    const k = data.padding ?? 0;
    for (let i = 0; i < m; i++) {
      const allowed = Array.from({ length: n }, (_, j) => !(causal && j > i) && j < n - k);
      assert.deepEqual(data.mask[i], allowed.map(Number), `${cmd}: mask row ${i + 1}`);
      const full = softmax(S[i], Array(n).fill(true));
      const restricted = softmax(S[i], allowed);
      for (let j = 0; j < n; j++) {
        assert.ok(Math.abs(data.probabilities[i][j] - full[j]) < 1e-14, `${cmd}: P(${i},${j})`);
        assert.ok(Math.abs(data.additive[i][j] - restricted[j]) < 1e-14, `${cmd}: additive (${i},${j})`);
        assert.ok(Math.abs(data.renormalised[i][j] - restricted[j]) < 1e-14, `${cmd}: renormalised (${i},${j})`);
        if (!allowed[j]) {
          assert.equal(data.multiplied[i][j], 0);
          assert.equal(data.additive[i][j], 0);
          assert.equal(data.renormalised[i][j], 0);
        } else assert.ok(data.additive[i][j] > 0, 'an allowed probability is never 0');
      }
      const sum = (r: number[]) => r.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum(data.additive[i]) - 1) < 1e-14);
      assert.ok(Math.abs(sum(data.renormalised[i]) - 1) < 1e-14);
      const kept = sum(data.multiplied[i]);
      assert.ok(Math.abs(kept - data.rowSums[i]) < 1e-14);
      if (allowed.some((a) => !a)) assert.ok(kept < 1, `${cmd}: row ${i + 1} of P∘M sums to ${kept}`);
    }
    assert.ok(data.maxDifference < 1e-14);
    assert.equal(data.exact, false);
  }
});

test('mask: errors say what is wrong and show a way that works', async () => {
  await refused('apply mask padding:6', 'bad_argument', /every one of the 6 keys/);
  await refused('apply mask [[1,2,3],[4,5,6]] causal', 'not_square', /2×3/);
  await refused('apply mask [[1000,0],[0,1]]', 'out_of_range', /too small for floating point/);
  await refused('apply mask sideways', 'unknown_word', /causal, padding:k/);
  await refused('apply mask padding:1 padding:2', 'bad_argument');
  // A rectangular score matrix is fine with padding alone.
  const r = await answer<MaskData>('apply mask [[1,2,3],[4,5,6]] padding:1');
  assert.equal(r.data.kind, 'padding');
});

test('gate: cₜ = f∘cₜ₋₁ + i∘g recomputed exactly, built in from a seed and on given vectors', async () => {
  const check = (d: GateData) => {
    const [c0, f, i, g, c] = [d.cPrev, d.f, d.i, d.g, d.c].map((v) => v.map((e) => fromEntry(e)));
    c.forEach((ck, k) => {
      const want = f[k].mul(c0[k]).add(i[k].mul(g[k]));
      assert.ok(ck.equals(want), `c[${k}] = ${ck.toString()}, want ${want.toString()}`);
      assert.ok(fromEntry(d.kept[k]).equals(f[k].mul(c0[k])));
      assert.ok(fromEntry(d.written[k]).equals(i[k].mul(g[k])));
    });
    for (const v of [f, i]) for (const x of v) assert.ok(x.sign() >= 0 && x.cmp(q(1)) <= 0, 'gates in [0, 1]');
  };
  const built = await answer<GateData>('apply gate');
  assert.equal(built.data.builtIn, true);
  assert.equal(built.data.exact, true);
  assert.equal(built.data.seed, 1);
  check(built.data);
  const seven = await answer<GateData>('apply gate seed:7');
  const again = await answer<GateData>('apply gate seed=7');
  assert.deepEqual(seven.data, again.data, 'the same seed gives the same vectors');
  assert.notDeepEqual(seven.data.c, built.data.c);
  check(seven.data);
  const given = await answer<GateData>('apply gate [0.5,-1,2] [0.9,0.1,0.5] [0.2,0.8,0.5] [1,-0.5,0.25]');
  assert.deepEqual(given.data.c, ['13/20', '-1/2', '9/8']);
  check(given.data);
  const symbolic = await answer<GateData>('apply gate [1,2] [1/sqrt(2),0] [0,1] [pi,1]');
  assert.equal(symbolic.data.exact, true, 'surds and π are exact');
  const certified = await answer<GateData>('apply gate [1,2] [1/sqrt(2),0] [0,1] [exp(sqrt(2)),1]');
  assert.equal(certified.data.exact, false);
  await refused('apply gate [1,2] [0.5,0.5]', 'missing_operand', /four vectors/);
  await refused('apply gate [1,2] [0.5,1.5] [0,1] [1,1]', 'bad_argument', /between 0 and 1/);
  await refused('apply gate [1,2] [0.5,0.5] [0,1] [1,1,1]', 'shape_mismatch');
  await refused('apply gate [[1,2],[3,4]] [0.5,0.5] [0,1] [1,1]', 'not_vector');
  await refused('apply gate seed:99999999999', 'unknown_word');
});

test('taper: the verdicts of A, B and A∘B equal the principal-minor oracle, and A∘B is A times B entry by entry', async () => {
  for (const cmd of [
    'apply taper',
    'apply taper kms(5,4/5) toeplitz(1,2/3,1/3,0,0)',
    'apply taper kms(5,1/2)',
    'apply taper [[1,2],[2,1]] [[1,1/2],[1/2,1]]',
    'apply taper [[2,1,0],[1,2,1],[0,1,2]] [[1,-1,0],[-1,1,0],[0,0,1]]',
  ]) {
    const { data } = await answer<TaperData>(cmd);
    const [A, B, P] = [data.A, data.B, data.product].map((m) => fromMatrixData(m));
    const product = hadamardQ(A, B);
    product.forEach((r, i) => r.forEach((x, j) => assert.ok(x.equals(P[i][j]), `${cmd}: (${i},${j})`)));
    assert.deepEqual(
      { A: data.verdicts.A, B: data.verdicts.B, product: data.verdicts.product },
      { A: psdVerdictOracle(A), B: psdVerdictOracle(B), product: psdVerdictOracle(P) },
      cmd,
    );
    const zeros = (m: Q[][]) => m.flat().filter((x) => x.isZero()).length;
    assert.equal(data.zeros.product, zeros(P));
    assert.equal(data.zeros.B, zeros(B));
    assert.equal(data.exact, true);
  }
  const built = await answer<TaperData>('apply taper');
  assert.deepEqual(built.data.verdicts, { A: 'pd', B: 'pd', product: 'pd' });
  assert.equal(built.data.zeros.product, 20, 'lags 4 to 7 are cut: 2·(4+3+2+1) entries');
  assert.ok(built.data.lambdaMin.product! > 0);
  // The Wendland taper's entries, from its formula: (1 − r)⁴(4r + 1), r = lag/4.
  const wend = (lag: number) =>
    lag >= 4
      ? q(0)
      : q(4 - lag, 4)
          .pow(4)
          .mul(q(lag).add(q(1)));
  fromMatrixData(built.data.B).forEach((r, i) => r.forEach((x, j) => assert.ok(x.equals(wend(Math.abs(i - j))))));
  await refused('apply taper [[1,2,3]]', 'not_square');
  await refused('apply taper I3 I2', 'shape_mismatch');
  await refused('apply taper I2 I2 I2', 'too_many_operands');
  await refused('apply taper wendland', 'unknown_word');
});

/** Decodes the figure data's base64 8-bit samples. */
const bytes = (b64: string) => [...Buffer.from(b64, 'base64')];

test('image: every output pixel is input × mask, recomputed; the worked pixel exactly', async () => {
  for (const cmd of [
    'apply image',
    'apply image checkerboard',
    'apply image gradient',
    'apply image [[1,0.5],[0.25,0]]',
  ]) {
    const { data } = await answer<ImageData>(cmd);
    const { width, height, channels } = data;
    const input = bytes(data.pixels.input);
    const mask = bytes(data.pixels.mask);
    const output = bytes(data.pixels.output);
    assert.equal(input.length, width * height * channels);
    assert.equal(mask.length, width * height);
    // The mask from its definition, computed here, and each output sample as round(input · mask).
    const cx = (width - 1) / 2;
    const cy = (height - 1) / 2;
    const maskAt = (y: number, x: number): number => {
      if (data.mask === 'vignette') return 1 - 0.75 * (((x - cx) ** 2 + (y - cy) ** 2) / (cx * cx + cy * cy));
      if (data.mask === 'checkerboard') return (Math.floor(x / 8) + Math.floor(y / 8)) % 2 === 0 ? 1 : 0;
      if (data.mask === 'gradient') return x / (width - 1);
      const m = [
        [1, 0.5],
        [0.25, 0],
      ];
      return m[Math.floor((y * 2) / height)][Math.floor((x * 2) / width)];
    };
    for (let p = 0; p < width * height; p += 37) {
      const [y, x] = [Math.floor(p / width), p % width];
      const m = maskAt(y, x);
      assert.ok(Math.abs(mask[p] - Math.round(m * 255)) <= 1, `${cmd}: mask at (${y},${x})`);
      for (let c = 0; c < channels; c++) {
        const want = Math.round(input[p * channels + c] * m);
        assert.ok(Math.abs(output[p * channels + c] - want) <= 1, `${cmd}: pixel (${y},${x}) channel ${c}`);
      }
    }
    const w = data.worked;
    assert.ok(fromEntry(w.input).mul(fromEntry(w.mask)).equals(fromEntry(w.output)), `${cmd}: worked pixel`);
    assert.ok(
      fromEntry(w.input).equals(q(input[(w.row * width + w.col) * channels], 255)),
      'worked input is the 8-bit sample / 255',
    );
    assert.ok(Math.abs(num(w.mask) - maskAt(w.row, w.col)) < 1e-12);
    assert.ok(data.meanAfter <= data.meanBefore);
  }
});

test('image: a typed image and mask give the exact Hadamard product; 8-bit values are scaled; bad values refused', async () => {
  const { data } = await answer<ImageData>('apply image [[0,128,255],[255,64,0]] [[1,1/2,1/4],[0,1,1]]');
  assert.equal(data.exact, true);
  assert.equal(data.channels, 1);
  const X = fromMatrixData(data.matrices!.image);
  const M = fromMatrixData(data.matrices!.mask);
  assert.ok(X[0][1].equals(q(128, 255)), '8-bit values are divided by 255');
  hadamardQ(X, M).forEach((r, i) =>
    r.forEach((x, j) => assert.ok(x.equals(fromMatrixData(data.matrices!.product)[i][j]))),
  );
  const word = await answer<ImageData>('apply image [[0,0.5,1],[1,0.5,0]] gradient');
  assert.deepEqual(word.data.matrices!.product, [
    [0, '1/4', 1],
    [0, '1/4', 0],
  ]);
  await refused('apply image [[2,-1]]', 'bad_argument', /brightness/);
  await refused('apply image [[1]] [[1]] [[1]]', 'too_many_operands');
  await refused('apply image [[1]] [[1]] vignette', 'bad_argument', /no room/);
  await refused('apply image sepia', 'unknown_word', /vignette, checkerboard or gradient/);
});

test('grammar: the application first, then words and matrices in any order; aliases; clear errors', async () => {
  const a = parseCommand('apply window blackman [1,2,3,4]');
  const b = parseCommand('/hadamard apply window [1, 2, 3, 4] Blackman');
  assert.ok(a.ok && b.ok);
  assert.deepEqual(a.value, { verb: 'apply', operands: [{ text: '[1,2,3,4]' }], topic: 'window', args: ['blackman'] });
  assert.deepEqual(b.value.args, ['blackman']);
  const labelled = parseCommand('apply taper Cov = kms(4, 1/2) T=toeplitz(1, 1/2, 0, 0)');
  assert.ok(labelled.ok);
  assert.deepEqual(labelled.value.operands, [
    { label: 'Cov', text: 'kms(4, 1/2)' },
    { label: 'T', text: 'toeplitz(1, 1/2, 0, 0)' },
  ]);
  const t = await answer<TaperData>('apply taper Cov = kms(4, 1/2) T=toeplitz(1, 1/2, 0, 0)');
  assert.deepEqual(t.data.labels, ['Cov', 'T']);
  for (const [alias, app] of [
    ['attention', 'mask'],
    ['lstm', 'gate'],
    ['tapering', 'taper'],
    ['windowing', 'window'],
    ['pixels', 'image'],
  ]) {
    const p = parseCommand(`apply ${alias}`);
    assert.ok(p.ok && p.value.topic === app, alias);
  }
  await refused('apply', 'missing_argument', /window, mask, gate, taper, image/);
  await refused('apply windw', 'unknown_word', /did you mean "window"/);
  await refused('apply window 5', 'unknown_word', /a number, not a matrix/);
  await refused('apply window [1,2,3', 'unbalanced_brackets');
  await refused('apply window [[1,2],[3,4]]', 'not_vector');
  await refused('apply window [7]', 'bad_argument', /at least 2 samples/);
  await refused('apply window hann hamming', 'bad_argument');
  await refused('apply window [1,2] [3,4]', 'too_many_operands');
});

test('every application answers with the why, exact-or-numerical words and LaTeX; no Infinity or NaN anywhere', async () => {
  for (const cmd of ['apply window', 'apply mask', 'apply gate', 'apply taper', 'apply image']) {
    const r = await runText(cmd);
    assert.ok(r.ok, cmd);
    if (!r.ok) continue;
    const why = (r.data.why as string).split(/(?<=\.) /);
    assert.ok(why.length >= 2 && why.length <= 3, `${cmd}: ${why.length} sentences`);
    assert.match(r.data.why as string, /Hadamard product|entrywise product/);
    const text = JSON.stringify({ ...r, figures: r.figures.map((f) => f.alt) });
    assert.doesNotMatch(text, /Infinity|NaN/, cmd);
    assert.match(r.sections.map((s) => s.body).join('\n'), /[Ee]xact|[Nn]umerical/, cmd);
    assert.ok(typeof r.data.latex === 'string' && (r.data.latex as string).startsWith('\\['), cmd);
    assert.equal(r.figures.length, 1);
    assert.equal(r.figures[0].name, `apply-${r.data.application as string}.png`);
    assert.ok(
      r.figures[0].alt.length > 100 && r.figures[0].alt.length <= 1000,
      `${cmd}: alt ${r.figures[0].alt.length}`,
    );
  }
});
