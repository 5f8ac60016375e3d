/**
 * Blocked Householder reduction of a symmetric matrix to tridiagonal form, for eigenvalues only (LAPACK's dsytrd with
 * the lower triangle, panels reduced as dlatrd does). The O(n³) work is in three WebAssembly SIMD kernels
 * (`kernels.wat`): the symmetric matrix–vector product of each column (half the flops), the rank-2k update of the
 * trailing matrix after each panel (the other half), and the panel's small matrix–vector products. JavaScript keeps
 * the O(n²) rest: each reflector (scaled by a power of two, so no norm over- or underflows) and the bookkeeping.
 *
 * Why blocked: the unblocked tred2 reads and writes the whole trailing matrix twice per column; here it is read once
 * per column (by the product) and written once per panel of PANEL columns, which is what keeps n = 512 (2 MB) fast.
 * Accuracy is LAPACK's: every reflector is orthogonal to working precision, so the tridiagonal's eigenvalues are
 * those of a matrix within a few n·ε·‖A‖ of A.
 */
import { KERNELS_WASM_BASE64 } from './kernels-wasm.js';

/** Columns per panel: measured at n = 256 and 512, 16 is 5–10% faster than 32, 48 and 64 slower still. */
export const PANEL = 16;

type Kernel = (...args: number[]) => void;
interface Kernels {
  memory: WebAssembly.Memory;
  symv: Kernel;
  syr2k: Kernel;
  gemv2: Kernel;
  gemvT2: Kernel;
}

let kernels: Kernels | null | undefined;

/** The kernels, instantiated on first use (null where WebAssembly SIMD is missing: the caller falls back). */
function loadKernels(): Kernels | null {
  if (kernels !== undefined) return kernels;
  try {
    const bytes = Buffer.from(KERNELS_WASM_BASE64, 'base64');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    kernels = instance.exports as unknown as Kernels;
  } catch {
    kernels = null;
  }
  return kernels;
}

/** Whether the WebAssembly kernels run here (Node 20 always has SIMD; the fallback is for other hosts). */
export function blockedAvailable(): boolean {
  return loadKernels() !== null;
}

/**
 * Reduces the symmetric matrix `rows` (read on and above the diagonal, row by row), times 2^exponent, to tridiagonal
 * form. Returns the diagonal d and the sub-diagonal e (e[i] couples rows i and i+1; e[n−1] = 0), or null when the
 * kernels cannot run. Entries must be finite; the caller picks the exponent so the largest is about 1. `panel`
 * (columns per panel) is for tests and tuning.
 *
 * @example
 * tridiagonalizeBlocked([[2, 1, 0], [1, 2, 1], [0, 1, 2]], 0); // { d, e }: a tridiagonal with the same eigenvalues
 */
export function tridiagonalizeBlocked(
  rows: readonly (readonly number[])[],
  exponent: number,
  panel = PANEL,
): { d: Float64Array; e: Float64Array } | null {
  const k = loadKernels();
  if (!k) return null;
  const n = rows.length;
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  if (n === 0) return { d, e };
  // Leading dimension even and ≥ n + 1, n + 1 columns: the update kernel works on row pairs and column pairs.
  const ld = (n + 2) & ~1;
  const nb = Math.max(1, Math.floor(panel));
  const aOff = 0;
  const wOff = aOff + ld * (n + 1) * 8;
  const xOff = wOff + ld * nb * 8;
  const zOff = xOff + nb * 8;
  const bytes = zOff + nb * 8;
  const memory = k.memory;
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
  const heap = new Float64Array(memory.buffer);
  const a = heap.subarray(aOff / 8, aOff / 8 + ld * (n + 1));
  const w = heap.subarray(wOff / 8, wOff / 8 + ld * nb);
  const x = heap.subarray(xOff / 8, xOff / 8 + nb);
  const z = heap.subarray(zOff / 8, zOff / 8 + nb);
  a.fill(0);
  w.fill(0);
  // Column c of the lower triangle is row c from the diagonal on: contiguous reads and writes. The power of two is
  // applied in two factors, each a finite double, so that no entry over- or underflows on the way.
  const f1 = 2 ** Math.trunc(exponent / 2);
  const f2 = 2 ** (exponent - Math.trunc(exponent / 2));
  for (let c = 0; c < n; c++) {
    const row = rows[c];
    const col = c * ld;
    for (let r = c; r < n; r++) a[col + r] = row[r] * f1 * f2;
  }

  for (let i0 = 0; i0 < n - 1;) {
    const kb = Math.min(nb, n - i0 - 1);
    // The panel's reflectors v (column q of V) are kept in column i0+q of a below the diagonal, with v₀ = 1;
    // column q of w holds the matching w, so that the trailing matrix is A − VWᵀ − WVᵀ.
    const vOff = aOff + i0 * ld * 8;
    for (let q = 0; q < kb; q++) {
      const i = i0 + q;
      const ci = i * ld;
      const wq = q * ld;
      if (q > 0) {
        // Column i of the trailing matrix, brought up to date with this panel's earlier reflectors.
        for (let p = 0; p < q; p++) {
          x[p] = w[p * ld + i];
          z[p] = a[(i0 + p) * ld + i];
        }
        k.gemv2(aOff + ci * 8, ld, i, n, vOff, wOff, q, xOff, zOff);
      }
      d[i] = a[ci + i];
      const s = i + 1;
      const tau = reflector(a, ci, s, n, e, i);
      w.fill(0, wq + s, wq + n);
      if (tau === 0) continue;
      // w = τ·(A − VWᵀ − WVᵀ)v, then w −= (τ/2)(wᵀv)v.
      k.symv(aOff, ld, s, n, aOff + ci * 8, wOff + wq * 8);
      if (q > 0) {
        k.gemvT2(aOff + ci * 8, ld, s, n, wOff, vOff, q, xOff, zOff);
        k.gemv2(wOff + wq * 8, ld, s, n, vOff, wOff, q, xOff, zOff);
      }
      let dot = 0;
      for (let r = s; r < n; r++) {
        const t = w[wq + r] * tau;
        w[wq + r] = t;
        dot += t * a[ci + r];
      }
      const alpha = -0.5 * tau * dot;
      for (let r = s; r < n; r++) w[wq + r] += alpha * a[ci + r];
    }
    const s = i0 + kb;
    if (s < n) k.syr2k(aOff, ld, s, n, vOff, wOff, wOff, vOff, kb);
    i0 = s;
  }
  d[n - 1] = a[(n - 1) * ld + n - 1];
  e[n - 1] = 0;
  return { d, e };
}

/**
 * The Householder reflector H = I − τvvᵀ with H·a[s..n) = (β, 0, …, 0) (dlarfg), for column `ci` of `a`: v overwrites
 * a[s..n) (v₀ = 1), β goes to e[i], τ is returned (0: H = I). The column is scaled by a power of two first (exact),
 * so the norm neither overflows nor loses tiny entries to underflow.
 */
function reflector(a: Float64Array, ci: number, s: number, n: number, e: Float64Array, i: number): number {
  const alpha = a[ci + s];
  let tail = 0;
  for (let r = s + 1; r < n; r++) tail = Math.max(tail, Math.abs(a[ci + r]));
  if (tail === 0) {
    e[i] = alpha;
    a[ci + s] = 1;
    return 0;
  }
  // 2^k in two factors, each a finite double, so that even subnormal columns scale to about 1.
  const k = -Math.floor(Math.log2(Math.max(tail, Math.abs(alpha))));
  const f1 = 2 ** Math.trunc(k / 2);
  const f2 = 2 ** (k - Math.trunc(k / 2));
  let ss = 0;
  for (let r = s + 1; r < n; r++) {
    const v = a[ci + r] * f1 * f2;
    ss += v * v;
  }
  const as = alpha * f1 * f2;
  let beta = Math.sqrt(as * as + ss);
  if (as > 0) beta = -beta;
  const tau = (beta - as) / beta;
  const divisor = as - beta;
  for (let r = s + 1; r < n; r++) a[ci + r] = (a[ci + r] * f1 * f2) / divisor;
  e[i] = beta / f1 / f2;
  a[ci + s] = 1;
  return tau;
}
