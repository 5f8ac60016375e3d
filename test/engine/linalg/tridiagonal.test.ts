// The blocked tridiagonalisation (WebAssembly kernels) behind symmetricEigen's eigenvalues from n = 32: the kernels'
// bytes match their .wat source; eigenvalues at 32–512 against known spectra (A = QΛQᵀ with Q a product of exact
// reflections) and against the tred2 path; awkward inputs (zero columns, rank one, graded and subnormal scales,
// block-diagonal); and the Gram / negative-diagonal verdicts at 256 that the PSD verbs rely on. The root-free QL step
// is checked against the high-precision oracle's Sturm-bisection eigenvalues (../hp-oracle.ts), where a subnormal
// rotation ratio once cost it 3e-4 (issue 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../../fc-seed.js';
import fc from 'fast-check';
import { BLOCKED_FROM, psdTolerance, rootFreeQL, symmetricEigen } from '../../../src/engine/linalg/eigen.js';
import { KERNELS_WASM_BASE64 } from '../../../src/engine/linalg/kernels-wasm.js';
import { PANEL, blockedAvailable, tridiagonalizeBlocked } from '../../../src/engine/linalg/tridiagonal.js';
import { psdFloat } from '../../../src/engine/linalg/psd-float.js';
import { compileKernels, kernelsModuleText } from '../../../scripts/wasm-kernels.js';
import { tridiagonalEigenvalues } from '../hp-oracle.js';

function lcg(seed: number): () => number {
  let s = seed;
  // A 32-bit LCG in integers (Math.imul): the textbook one in doubles loses bits and repeats.
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

function randomSymmetric(n: number, seed: number): number[][] {
  const next = lcg(seed);
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i][j] = a[j][i] = next();
  return a;
}

/** Q·diag(λ)·Qᵀ with Q = H₁H₂H₃ (three Householder reflections): a symmetric matrix whose eigenvalues are λ. */
function withSpectrum(lambda: number[], seed: number): number[][] {
  const n = lambda.length;
  const next = lcg(seed);
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? lambda[i] : 0)));
  for (let h = 0; h < 3; h++) {
    const v = Array.from({ length: n }, next);
    const vv = v.reduce((s, x) => s + x * x, 0);
    // A ← HAH with H = I − 2vvᵀ/vᵀv: A − v pᵀ − p vᵀ with p = (2/vᵀv)(Av − (vᵀAv/vᵀv) v).
    const av = a.map((r) => r.reduce((s, x, j) => s + x * v[j], 0));
    const vav = v.reduce((s, x, i) => s + x * av[i], 0);
    const p = av.map((x, i) => (2 / vv) * (x - (vav / vv) * v[i]));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i][j] -= v[i] * p[j] + p[i] * v[j];
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i][j] = a[j][i] = (a[i][j] + a[j][i]) / 2;
  }
  return a;
}

const maxAbs = (xs: ArrayLike<number>): number => Array.from(xs).reduce((m, x) => Math.max(m, Math.abs(x)), 0);

function assertSpectrum(got: Float64Array, want: number[], tol: number, what: string): void {
  const sorted = [...want].sort((x, y) => x - y);
  assert.equal(got.length, sorted.length);
  for (let k = 0; k < sorted.length; k++)
    assert.ok(Math.abs(got[k] - sorted[k]) <= tol, `${what}: λ_${k} = ${got[k]}, want ${sorted[k]} (tol ${tol})`);
}

test('the WebAssembly kernels are the compiled kernels.wat (npm run wasm:kernels after editing it)', async () => {
  const bytes = await compileKernels();
  assert.equal(Buffer.from(bytes).toString('base64'), KERNELS_WASM_BASE64);
  const generated = readFileSync(new URL('../../../src/engine/linalg/kernels-wasm.ts', import.meta.url), 'utf8');
  assert.equal(generated, kernelsModuleText(bytes));
  assert.ok(blockedAvailable(), 'Node 20 runs WebAssembly SIMD');
});

test('blocked eigenvalues: known spectra at 32, 33, 64, 65, 100, 256 and 512 (every panel boundary case)', () => {
  for (const n of [BLOCKED_FROM, 33, 2 * PANEL, 2 * PANEL + 1, 100, 256, 512]) {
    const next = lcg(n);
    const lambda = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : 1) * (1 + 10 * next()) * (i % 7));
    const a = withSpectrum(lambda, n + 1);
    const tol = 64 * n * Number.EPSILON * maxAbs(lambda);
    assertSpectrum(symmetricEigen(a, false).values, lambda, tol, `n = ${n}`);
  }
});

test('blocked eigenvalues agree with the tred2 path (eigenvalues with vectors) on random matrices', () => {
  for (const n of [32, 47, 96, 160]) {
    const a = randomSymmetric(n, 7 * n);
    const blocked = symmetricEigen(a, false).values;
    const tred2 = symmetricEigen(a, true).values;
    const tol = 16 * n * Number.EPSILON * maxAbs(tred2);
    for (let k = 0; k < n; k++) assert.ok(Math.abs(blocked[k] - tred2[k]) <= tol, `n = ${n}, λ_${k}`);
    const trace = a.reduce((s, r, i) => s + r[i], 0);
    assert.ok(Math.abs(blocked.reduce((s, v) => s + v, 0) - trace) <= tol * n);
  }
});

test('blocked eigenvalues: zero columns, zero matrix, rank one, block diagonal, graded and extreme scales', () => {
  const n = 70;
  // Zero matrix and a matrix with zero rows and columns between nonzero ones (the reflector's τ = 0 case).
  assertSpectrum(
    symmetricEigen(
      Array.from({ length: n }, () => new Array<number>(n).fill(0)),
      false,
    ).values,
    new Array<number>(n).fill(0),
    0,
    'zero',
  );
  const sparse = randomSymmetric(n, 3);
  for (let i = 0; i < n; i += 3) for (let j = 0; j < n; j++) sparse[i][j] = sparse[j][i] = 0;
  const ref = symmetricEigen(sparse, true).values;
  const got = symmetricEigen(sparse, false).values;
  for (let k = 0; k < n; k++) assert.ok(Math.abs(got[k] - ref[k]) <= 1e-13, `zero columns λ_${k}`);
  // J (all ones): n once, 0 n−1 times.
  const j = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  assertSpectrum(
    symmetricEigen(j, false).values,
    [n, ...new Array<number>(n - 1).fill(0)],
    64 * n * n * Number.EPSILON,
    'J',
  );
  // Block diagonal: the spectra of the blocks together.
  const block = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, k) => (Math.floor(i / 35) === Math.floor(k / 35) ? (i === k ? 2 : 0.5) : 0)),
  );
  // Each 35×35 block is 1.5·I + 0.5·J: eigenvalues 1.5 (34 times) and 1.5 + 17.5 = 19.
  assertSpectrum(
    symmetricEigen(block, false).values,
    [...new Array<number>(68).fill(1.5), 19, 19],
    64 * n * 19 * Number.EPSILON,
    'blocks',
  );
  // The same spectrum at 10^±300 (scaled by a power of two inside, so exactly as accurate) and subnormal.
  const lambda = Array.from({ length: n }, (_, i) => i - 20);
  const base = withSpectrum(lambda, 9);
  for (const scale of [1e300, 1e-300, 2 ** -1060]) {
    const got = symmetricEigen(
      base.map((r) => r.map((x) => x * scale)),
      false,
    ).values;
    const tol = scale < 1e-307 ? 2 ** -1060 * 4 : 64 * n * 50 * scale * Number.EPSILON;
    for (let k = 0; k < n; k++) assert.ok(Math.abs(got[k] - lambda[k] * scale) <= tol, `scale ${scale}, λ_${k}`);
  }
  // Graded: entries from 1 down to 1e-200 along the diagonal, coupled weakly; every eigenvalue positive.
  const graded = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, k) =>
      i === k ? 10 ** (-3 * i) : Math.abs(i - k) === 1 ? 1e-3 * 10 ** (-3 * Math.max(i, k)) : 0,
    ),
  );
  const g = symmetricEigen(graded, false).values;
  assert.ok(g[n - 1] > 0.9 && g[n - 1] < 1.1);
});

test('tridiagonalizeBlocked keeps the trace and the Frobenius norm', () => {
  const n = 90;
  const a = randomSymmetric(n, 11);
  const t = tridiagonalizeBlocked(a, 0);
  assert.ok(t);
  const trace = a.reduce((s, r, i) => s + r[i], 0);
  const frob = a.reduce((s, r) => s + r.reduce((u, x) => u + x * x, 0), 0);
  const tTrace = t.d.reduce((s, x) => s + x, 0);
  const tFrob = t.d.reduce((s, x) => s + x * x, 0) + 2 * t.e.reduce((s, x) => s + x * x, 0);
  assert.ok(Math.abs(tTrace - trace) <= 1e-12);
  assert.ok(Math.abs(tFrob - frob) <= 1e-11 * frob);
  assert.equal(t.e[n - 1], 0);
});

test('256×256: a Gram matrix is PSD, one with a negative diagonal entry is not (the verdicts on the blocked path)', () => {
  const n = 256;
  const next = lcg(5);
  // G = XᵀX with X 300×256: positive definite, eigenvalues well away from 0.
  const x = Array.from({ length: 300 }, () => Array.from({ length: n }, next));
  const g = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => x.reduce((s, row) => s + row[i] * row[j], 0)),
  );
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) g[i][j] = g[j][i];
  const ev = symmetricEigen(g, false).values;
  assert.ok(ev[0] > psdTolerance(g), `λmin ${ev[0]}`);
  assert.equal(psdFloat(g).verdict, 'pd');
  // Rank 100: X 100×256, PSD and singular.
  const y = x.slice(0, 100);
  const low = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => y.reduce((s, row) => s + row[i] * row[j], 0)),
  );
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) low[i][j] = low[j][i];
  const r = psdFloat(low);
  assert.equal(r.verdict, 'psd');
  assert.equal(r.rank, 100);
  // A negative diagonal entry: not PSD, witnessed by eᵢ.
  const bad = g.map((row) => row.slice());
  bad[17][17] = -1;
  const v = psdFloat(bad);
  assert.equal(v.verdict, 'not_psd');
  assert.equal(v.witness?.[17], 1);
  // Negative eigenvalue without a sign or minor certificate: G − (λmin + 1)·I shifted to make one eigenvalue negative.
  const shift = ev[0] + 0.5;
  const shifted = g.map((row, i) => row.map((val, j) => (i === j ? val - shift : val)));
  const s = psdFloat(shifted);
  assert.equal(s.verdict, 'not_psd');
  assert.equal(s.decidedBy, 'eigenvalues');
  assert.ok(s.witnessValue !== undefined && s.witnessValue < 0);
});

test('any panel width gives the same tridiagonal spectrum (1, 3, 7, 64 columns: every kernel edge case)', () => {
  const n = 70;
  const a = randomSymmetric(n, 23);
  const want = symmetricEigen(a, true).values;
  for (const panel of [1, 3, 7, 64]) {
    const t = tridiagonalizeBlocked(a, 0, panel);
    assert.ok(t);
    const dense = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? t.d[i] : j === i + 1 ? t.e[i] : i === j + 1 ? t.e[j] : 0)),
    );
    const got = symmetricEigen(dense, true).values;
    for (let k = 0; k < n; k++) assert.ok(Math.abs(got[k] - want[k]) <= 1e-13, `panel ${panel}, λ_${k}`);
  }
});

test('rootFreeQL agrees with tql2 on random tridiagonals: zeros, repeats, graded and mixed signs (fast-check)', () => {
  const entry = fc.oneof(
    fc.constant(0),
    fc.constant(1),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.integer({ min: -3, max: 3 }),
    fc.double({ min: 1e-12, max: 1e-6, noNaN: true }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 40 }), fc.array(entry, { minLength: 80, maxLength: 80 }), (n, xs) => {
      const d = Float64Array.from({ length: n }, (_, i) => xs[i]);
      const e = Float64Array.from({ length: n }, (_, i) => (i < n - 1 ? xs[40 + i] : 0));
      const dense = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? d[i] : j === i + 1 ? e[i] : i === j + 1 ? e[j] : 0)),
      );
      const want = symmetricEigen(dense, true).values;
      const got = rootFreeQL(d.slice(), e);
      assert.ok(got);
      const norm = Math.max(1e-300, ...dense.map((r) => r.reduce((s, v) => s + Math.abs(v), 0)));
      for (let k = 0; k < n; k++) assert.ok(Math.abs(got[k] - want[k]) <= 32 * n * Number.EPSILON * norm, `λ_${k}`);
    }),
    { numRuns: 300, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), verbose: true } : {}) },
  );
});

test('rootFreeQL on its own keeps subnormal and huge couplings: it scales by a power of two first', () => {
  // Unscaled, eᵢ² underflows to 0 (found by fast-check: d = [0, 0], e = [−1.42e−314]) or overflows to Infinity.
  for (const x of [-1.421085472e-314, 5e-324, 3e-200, 1e300, -1.7e308]) {
    const got = rootFreeQL(Float64Array.from([0, 0]), Float64Array.from([x, 0]));
    assert.ok(got);
    assert.deepEqual([...got], [-Math.abs(x), Math.abs(x)], String(x));
  }
  const tiny = rootFreeQL(Float64Array.from([1e-310, 2e-310, 3e-310]), Float64Array.from([1e-310, 1e-310, 0]));
  const want = symmetricEigen(
    [
      [1, 1, 0],
      [1, 2, 1],
      [0, 1, 3],
    ],
    false,
  ).values;
  for (let k = 0; k < 3; k++) assert.ok(Math.abs(tiny![k] / 1e-310 - want[k]) < 1e-5, `λ_${k}`);
});

/** Largest |λₖ − trueₖ| / ‖T‖ against the oracle's Sturm-bisection eigenvalues (20 digits). */
function errorAgainstOracle(d: number[], e: number[], got: ArrayLike<number>): number {
  const want = tridiagonalEigenvalues(d, e, 20).map((x) => x.toNumber());
  let norm = 0;
  for (let i = 0; i < d.length; i++)
    norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i] ?? 0) + Math.abs(e[i - 1] ?? 0));
  let worst = 0;
  for (let k = 0; k < d.length; k++) worst = Math.max(worst, Math.abs(got[k] - want[k]) / (norm || 1));
  return worst;
}

test("the issue's 32×32 matrix: zero but for [[0,1,0],[1,−1.09e−160,1],[0,1,1]] (a subnormal rotation ratio)", () => {
  for (const at of [0, 29, 13]) {
    const a = Array.from({ length: 32 }, () => new Array<number>(32).fill(0));
    const block = [
      [0, 1, 0],
      [1, -1.09e-160, 1],
      [0, 1, 1],
    ];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) a[at + i][at + j] = block[i][j];
    const values = symmetricEigen(a, false).values.filter((x) => x !== 0);
    // −1.24698, 0.44504, 1.80194: the roots of λ³ − λ² − 2λ + 1 (the −1.09e−160 moves them by ~1e−160).
    const want = tridiagonalEigenvalues([0, -1.09e-160, 1], [1, 1], 25).map((x) => x.toNumber());
    assert.equal(values.length, 3);
    for (let k = 0; k < 3; k++)
      assert.ok(Math.abs(values[k] - want[k]) <= 1e-15, `block at ${at}: λ_${k} = ${values[k]}`);
  }
});

test('rootFreeQL against the oracle: a coupling ratio from 1e-100 to 1e-330, at scales from 1e-300 to 1e300', () => {
  let worst = 0;
  for (let k = 100; k <= 330; k += 10) {
    for (const scale of [1, 2 ** -1000, 1e-300, 1e300, 2 ** 1000]) {
      const d = [0, -(10 ** -k) * scale, scale];
      const e = [scale, scale];
      const got = rootFreeQL(Float64Array.from(d), Float64Array.from([...e, 0]));
      assert.ok(got, `k = ${k}, scale ${scale}`);
      const err = errorAgainstOracle(d, e, got);
      worst = Math.max(worst, err);
      assert.ok(err <= 8 * Number.EPSILON, `k = ${k}, scale ${scale}: error ${err.toExponential(2)}·‖T‖`);
    }
  }
  console.log(`rootFreeQL, tiny diagonal against unit couplings: worst error ${worst.toExponential(2)}·‖T‖`);
});

test('rootFreeQL against the oracle on random tridiagonals with graded, tiny and subnormal entries (fast-check)', () => {
  const magnitude = fc.oneof(
    fc.constant(0),
    fc.constant(1),
    fc.integer({ min: -3, max: 3 }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.integer({ min: -330, max: 0 }).map((k) => 10 ** k),
    fc.integer({ min: -330, max: 0 }).map((k) => -(10 ** k)),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 9 }),
      fc.array(magnitude, { minLength: 18, maxLength: 18 }),
      fc.constantFrom(1, 1e-300, 1e300, 2 ** -1060),
      (n, xs, scale) => {
        const d = xs.slice(0, n).map((x) => x * scale);
        const e = xs.slice(9, 9 + n - 1).map((x) => x * scale);
        const got = rootFreeQL(Float64Array.from(d), Float64Array.from([...e, 0]));
        assert.ok(got);
        const norm = Math.max(...d.map(Math.abs), ...e.map(Math.abs));
        // Subnormal inputs carry their own rounding (a few ulps of 2^-1074 each); above that, a few ε·‖T‖.
        const err = errorAgainstOracle(d, e, got);
        assert.ok(err <= 16 * n * Number.EPSILON || err * norm <= 2 ** -1070 * 16, `error ${err.toExponential(2)}·‖T‖`);
      },
    ),
    { numRuns: 80 },
  );
});
