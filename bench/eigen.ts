/**
 * The floating eigenvalue routine against LAPACK, side by side in one run: our `symmetricEigen(m, false)` and numpy's
 * `eigvalsh` (LAPACK dsyevd through OpenBLAS, one thread) on the same random symmetric matrices, n = 32, 128, 256, 512.
 * The two are timed in alternating rounds, so a busy machine slows both alike; the ratio is of the medians. The
 * eigenvalues are compared too (largest difference relative to ‖A‖₂). Writes BENCHMARKS.md section "eigen".
 * Run: `npm run bench:eigen` (needs python3 with numpy).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BLOCKED_FROM, symmetricEigen } from '../src/engine/linalg/eigen.js';
import { PANEL } from '../src/engine/linalg/tridiagonal.js';
import { machineLine, median, writeBenchmarkSection } from './benchmarks-file.js';

const SIZES = [32, 128, 256, 512];
const ROUNDS = 25;

/** numpy, one thread, answering one JSON request per line: time `runs` calls of eigvalsh on the matrix in `file`. */
const PYTHON = `
import json, sys, time
import numpy as np
print(json.dumps({"numpy": np.__version__}), flush=True)
for line in sys.stdin:
    q = json.loads(line)
    a = np.fromfile(q["file"], dtype="<f8").reshape(q["n"], q["n"])
    values = np.linalg.eigvalsh(a)
    times = []
    for _ in range(q["runs"]):
        t = time.perf_counter()
        np.linalg.eigvalsh(a)
        times.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"times": times, "values": values.tolist() if q.get("values") else None}), flush=True)
`;

function randomSymmetric(n: number, seed: number): number[][] {
  let s = seed;
  const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) m[i][j] = m[j][i] = rnd();
  return m;
}

const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
const py = spawn('python3', ['-c', PYTHON], { env, stdio: ['pipe', 'pipe', 'inherit'] });
py.on('error', (e) => {
  console.error(`bench:eigen needs python3 with numpy: ${e.message}`);
  process.exit(1);
});
const replies = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
async function ask(q: object): Promise<{ times: number[]; values: number[] | null }> {
  py.stdin.write(JSON.stringify(q) + '\n');
  const r = await replies.next();
  if (r.done) throw new Error('numpy ended early (is numpy installed? python3 -c "import numpy")');
  return JSON.parse(r.value);
}
const hello = await replies.next();
if (hello.done) {
  console.error('bench:eigen needs python3 with numpy (python3 -c "import numpy" failed)');
  process.exit(1);
}
const numpyVersion = JSON.parse(hello.value).numpy as string;

const dir = mkdtempSync(join(os.tmpdir(), 'hadamard-eigen-'));
const rows: string[] = [];
for (const n of SIZES) {
  const m = randomSymmetric(n, 12345 + n);
  const file = join(dir, `m${n}.f64`);
  writeFileSync(file, Buffer.from(new Float64Array(m.flat()).buffer));
  const runs = Math.max(2, Math.round(1200 / n));
  const ours: number[] = [];
  const theirs: number[] = [];
  const first = await ask({ file, n, runs: 1, values: true });
  const reference = first.values!;
  for (let k = 0; k < 3; k++) symmetricEigen(m, false); // warm up (the WebAssembly tiers up)
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < runs; k++) {
      const t = performance.now();
      symmetricEigen(m, false);
      ours.push(performance.now() - t);
    }
    theirs.push(...(await ask({ file, n, runs })).times);
  }
  const values = symmetricEigen(m, false).values;
  const norm = Math.max(...reference.map(Math.abs));
  const diff = Math.max(...reference.map((v, i) => Math.abs(v - values[i]))) / norm;
  const [a, b] = [median(ours), median(theirs)];
  rows.push(
    `| ${n} | ${fmt(a)} (${fmt(Math.min(...ours))}) | ${fmt(b)} (${fmt(Math.min(...theirs))}) | **${(a / b).toFixed(1)}×** | ${diff.toExponential(1)} |`,
  );
  console.log(rows[rows.length - 1]);
}
py.stdin.end();

function fmt(ms: number): string {
  return ms < 0.1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

writeBenchmarkSection(
  'eigen',
  `## Eigenvalues against LAPACK (\`bench/eigen.ts\`)

${machineLine()} numpy ${numpyVersion} (\`eigvalsh\`: LAPACK dsyevd through OpenBLAS, one thread), 1-minute load average ${os.loadavg()[0].toFixed(1)} at the end.
Ours: \`symmetricEigen(m, false)\`, from n = ${BLOCKED_FROM} a blocked Householder tridiagonalisation (panels of ${PANEL} columns, WebAssembly SIMD kernels) and root-free QL (Pal–Walker–Kahan, as LAPACK's dsterf).
Random symmetric n×n with entries in (−1, 1); both timed in ${ROUNDS} alternating rounds in one run, median ms (fastest in brackets).
Goal (issue 13): at most 3× LAPACK at n = 256 and 512.

| n | ours (ms) | LAPACK (ms) | ours / LAPACK | max \\|λ − λ_LAPACK\\| / ‖A‖₂ |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
