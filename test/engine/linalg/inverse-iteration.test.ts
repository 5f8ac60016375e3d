// Inverse iteration for one eigenvector (the large-matrix PSD witness): the vector of a simple eigenvalue, a vector in
// a repeated eigenvalue's subspace, and psdFloat's witness at n = 64 against the full decomposition's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symmetricEigen } from '../../../src/engine/linalg/eigen.js';
import { eigenvectorFor } from '../../../src/engine/linalg/inverse-iteration.js';
import { psdFloat } from '../../../src/engine/linalg/psd-float.js';

const residual = (b: number[][], x: number[], lambda: number): number =>
  Math.max(...b.map((row, i) => Math.abs(row.reduce((s, v, j) => s + v * x[j], 0) - lambda * x[i])));

test('eigenvectorFor: a unit eigenvector of a simple and of a repeated eigenvalue', () => {
  const x = eigenvectorFor(
    [
      [2, 1],
      [1, 2],
    ],
    1,
  )!;
  assert.ok(Math.abs(Math.abs(x[0]) - Math.SQRT1_2) < 1e-12 && Math.abs(x[0] + x[1]) < 1e-12);
  // diag(−1, −1, 3) rotated: any unit vector of the −1 eigenspace will do.
  const b = [
    [1, 2, 0],
    [2, 1, 0],
    [0, 0, -1],
  ];
  const y = eigenvectorFor(b, -1)!;
  assert.ok(residual(b, y, -1) < 1e-12);
  assert.ok(Math.abs(Math.hypot(...y) - 1) < 1e-12);
  assert.equal(eigenvectorFor([], 1), null);
});

test('psdFloat from n = 32: the witness is the lowest eigenvector, as the full decomposition gives it', () => {
  const n = 64;
  let s = 3;
  const next = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) m[i][j] = m[j][i] = i === j ? 8 + next() : next() / 4;
  m[5][5] = 0.02; // one eigenvalue below zero, no negative diagonal entry and no negative 2×2 minor
  const r = psdFloat(m);
  const full = symmetricEigen(m, true);
  assert.ok(full.values[0] < 0);
  assert.equal(r.verdict, 'not_psd');
  assert.equal(r.decidedBy, 'eigenvalues');
  assert.ok(r.witness && r.witnessValue! < 0);
  // In balanced coordinates the witness is the unit eigenvector; back in M's, it is parallel to M's own lowest one
  // only up to the balancing, so compare xᵀMx / xᵀDx with the balanced lowest eigenvalue instead.
  const x = r.witness;
  const d = m.map((row, i) => row[i]);
  const xMx = m.reduce((t, row, i) => t + x[i] * row.reduce((u, v, j) => u + v * x[j], 0), 0);
  const xDx = x.reduce((t, v, i) => t + d[i] * v * v, 0);
  assert.ok(Math.abs(xMx / xDx - r.balancedEigenvalues[0]) < 1e-10, `${xMx / xDx} vs ${r.balancedEigenvalues[0]}`);
});
