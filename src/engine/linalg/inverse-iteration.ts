/**
 * One eigenvector of a symmetric matrix for a known eigenvalue, by inverse iteration: LU with partial pivoting of
 * B − λI once (n³/3 multiply-adds), then a few solves (n² each). A large matrix's PSD witness needs only the vector of
 * its lowest eigenvalue; computing every eigenvector (tred2 accumulating Q, then QL rotating it) would cost ten times
 * more at n = 256. For a cluster of eigenvalues the result lies in the cluster's invariant subspace, which is just as
 * good a witness: the caller checks xᵀBx itself.
 */
import { checkDeadline } from '../deadline.js';

/**
 * A unit vector x with Bx ≈ λx, or null if the iteration did not settle (the caller then falls back to the full
 * eigendecomposition). `b` is symmetric with entries of modest size (the balanced matrix, unit diagonal).
 *
 * @example
 * eigenvectorFor([[2, 1], [1, 2]], 1); // ≈ [0.7071, -0.7071] (or its negative)
 */
export function eigenvectorFor(b: readonly (readonly number[])[], lambda: number): number[] | null {
  const n = b.length;
  if (n === 0) return null;
  let norm = 0;
  for (const row of b)
    norm = Math.max(
      norm,
      row.reduce((s, v) => s + Math.abs(v), 0),
    );
  if (!(norm > 0)) return null;
  // A zero pivot of the (nearly) singular B − λI is replaced by ε‖B‖: the solve then blows up along the eigenvector,
  // which is the point of inverse iteration.
  const tiny = Number.EPSILON * norm;
  const lu = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) lu[i * n + j] = b[i][j] - (i === j ? lambda : 0);
  const perm = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if ((k & 31) === 0) checkDeadline();
    let p = k;
    let best = Math.abs(lu[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    perm[k] = p;
    if (p !== k)
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j];
        lu[k * n + j] = lu[p * n + j];
        lu[p * n + j] = t;
      }
    if (Math.abs(lu[k * n + k]) < tiny) lu[k * n + k] = lu[k * n + k] < 0 ? -tiny : tiny;
    const pivot = lu[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i * n + k] /= pivot);
      if (f === 0) continue;
      const ri = i * n;
      const rk = k * n;
      for (let j = k + 1; j < n; j++) lu[ri + j] -= f * lu[rk + j];
    }
  }
  // Start from a vector with no special direction (entries 1, 0.9, 0.81, … with alternating signs mixed in).
  let x = Array.from({ length: n }, (_, i) => (i % 3 === 1 ? -1 : 1) * (1 + ((i * 7919) % 97) / 97));
  for (let iter = 0; iter < 3; iter++) {
    const y = x.slice();
    for (let k = 0; k < n; k++) {
      const p = perm[k];
      if (p !== k) [y[k], y[p]] = [y[p], y[k]];
    }
    for (let i = 0; i < n; i++) {
      let s = y[i];
      const ri = i * n;
      for (let j = 0; j < i; j++) s -= lu[ri + j] * y[j];
      y[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      const ri = i * n;
      for (let j = i + 1; j < n; j++) s -= lu[ri + j] * y[j];
      y[i] = s / lu[ri + i];
    }
    const big = y.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (!Number.isFinite(big) || big === 0) return null;
    const scaled = y.map((v) => v / big);
    const len = Math.sqrt(scaled.reduce((s, v) => s + v * v, 0));
    x = scaled.map((v) => v / len);
  }
  return x;
}
