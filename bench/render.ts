/**
 * `tsx bench/render.ts` (part of `npm run bench`): median render + PNG encode time and PNG size per
 * figure type for 2×2, 8×8 and 12×12 (heatmap) inputs, written to BENCHMARKS.md's "render" section,
 * with each figure's smallest text as a phone shows it (400 px wide).
 * Targets (issue 4): under 15 ms for a 2×2 product at 2×, under 30 ms for any figure, PNGs under 200 KB;
 * (issue 12) smallest text ≥ 9 px on a phone, `hilbert(8) pascal(8)` ≤ 30 ms end to end.
 *
 * To compare with an earlier version in the same run (same machine, same load), point BENCH_BEFORE at a
 * copy of that version's tree (with `src/`, `assets/` and a `node_modules` link) and name it in
 * BENCH_BEFORE_LABEL: the real commands are then timed alternately, before and after, e.g.
 *   git archive 93550a5 src assets | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   BENCH_BEFORE=/tmp/before BENCH_BEFORE_LABEL=93550a5 npx tsx bench/render.ts
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { machineLine, median, writeBenchmarkSection } from './benchmarks-file.js';
import type { OppenheimData, ProductData, PsdData, RelateData, SchurData } from '../src/engine/data.js';
import {
  renderOppenheimFigure,
  renderProductFigure,
  renderPsdFigure,
  renderRelateFigure,
  renderSchurFigure,
} from '../src/engine/render/index.js';
import { measureFigures } from '../src/engine/render/layout.js';
import { PHONE_WIDTH } from '../src/engine/render/theme.js';
import type { Figure } from '../src/engine/types.js';
import { runText, type Reply } from '../src/engine/index.js';

/** The smallest text of the figures `render` draws, in px, when a phone shows each 400 px wide. */
async function phonePx(render: () => Promise<unknown>): Promise<number> {
  const { figures } = await measureFigures(render);
  return Math.min(...figures.map((f) => (Math.min(...f.texts.map((t) => t.px)) * PHONE_WIDTH) / f.width));
}

const RUNS = 15;
const WARMUP = 3;

/** A symmetric n×n integer matrix with a dominant diagonal (positive definite), and mixed signs off it. */
function spd(n: number, seed: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 3 * n : (((i + j) * 7 + seed) % 5) - 2)),
  );
}

function entrywise(a: number[][], b: number[][]): number[][] {
  return a.map((r, i) => r.map((v, j) => v * b[i][j]));
}

function ascending(n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / Math.max(1, n - 1));
}

function cases(n: number): [string, () => Promise<Figure>][] {
  const A = spd(n, 1);
  const B = spd(n, 3);
  const AB = entrywise(A, B);
  const product: ProductData = {
    shape: [n, n],
    operands: [A, B],
    labels: ['A', 'B'],
    product: AB,
    exact: true,
    worked: { row: 0, col: n - 1, factors: [A[0][n - 1], B[0][n - 1]], value: AB[0][n - 1] },
  };
  const psd: PsdData = {
    verdict: 'not_psd',
    matrix: A.map((r, i) => r.map((v, j) => (i === j ? -v : v))),
    label: 'M',
    eigenvalues: ascending(n, -3 * n - 2, -3 * n + 2),
    rank: n,
    witness: Array.from({ length: n }, (_, k) => (k % 2 ? '-1/2' : 1)),
    witnessValue: '-7/4',
    exact: true,
  };
  const schur: SchurData = {
    labels: ['A', 'B'],
    matrices: { A, B, AB, ordinaryAB: A.map((r) => r.map((v) => v * 2 - 1)) },
    verdicts: { A: 'pd', B: 'pd', AB: 'pd', ordinaryAB: 'not_symmetric' },
    eigenvalues: { A: ascending(n, 1, 4 * n), B: ascending(n, 2, 4 * n), AB: ascending(n, 3, 9 * n), ordinaryAB: [] },
    hypothesis: true,
    strongHypothesis: true,
    identityCheck: null,
    exact: true,
  };
  const oppenheim: OppenheimData = {
    labels: ['A', 'B'],
    n,
    detA: 3 ** n,
    detB: 2 ** n,
    detAB: 7 ** n,
    diagProdA: (3 * n) ** n,
    diagProdB: (3 * n) ** n,
    boundA: 3 ** n * (3 * n) ** n,
    boundB: 2 ** n * (3 * n) ** n,
    holdsA: true,
    holdsB: true,
    equalityA: false,
    equalityB: false,
    applicable: true,
    verdicts: { A: 'pd', B: 'pd' },
    correlation: { A: false, B: false },
    hadamard: { A: { holds: true, equality: false }, B: { holds: true, equality: false } },
    exact: true,
  };
  const kron =
    n * n <= 64
      ? Array.from({ length: n * n }, (_, r) =>
          Array.from({ length: n * n }, (_, c) => A[Math.floor(r / n)][Math.floor(c / n)] * B[r % n][c % n]),
        )
      : null;
  const relate: RelateData = {
    labels: ['A', 'B'],
    A,
    B,
    product: AB,
    traceIdentity: { trAtB: 100, sum: 100, equal: true },
    diagonal: { applies: false, equal: null, ordinary: null },
    vector: { applies: false, equal: null, diagA: null },
    kronecker: {
      rows: Array.from({ length: n }, (_, i) => i * n + i),
      cols: Array.from({ length: n }, (_, j) => j * n + j),
      equal: true,
      matrix: kron,
    },
    exact: true,
  };
  return [
    ['product', () => renderProductFigure(product)],
    ['psd', () => renderPsdFigure(psd)],
    ['schur', () => renderSchurFigure(schur)],
    ['oppenheim', () => renderOppenheimFigure(oppenheim)],
    ['relate', () => renderRelateFigure(relate)],
  ];
}

const rows: string[] = [];
for (const n of [2, 8, 12]) {
  for (const [name, render] of cases(n)) {
    for (let k = 0; k < WARMUP; k++) await render();
    const times: number[] = [];
    let fig: Figure | undefined;
    for (let k = 0; k < RUNS; k++) {
      const t = performance.now();
      fig = await render();
      times.push(performance.now() - t);
    }
    const ms = median(times);
    const kb = fig!.png.length / 1024;
    const width = fig!.png.readUInt32BE(16);
    const height = fig!.png.readUInt32BE(20);
    const phone = await phonePx(render);
    rows.push(
      `| ${name} | ${n}×${n} | ${ms.toFixed(1)} | ${kb.toFixed(1)} | ${width}×${height} | ${phone.toFixed(1)} |`,
    );
    console.log(
      `${name.padEnd(10)} ${n}×${n}`.padEnd(18),
      `${ms.toFixed(1)} ms`.padStart(9),
      `${kb.toFixed(1)} KB`.padStart(9),
      `${phone.toFixed(1)} px on a phone`.padStart(18),
    );
  }
}

// Real commands end to end (parse + compute + figure), the heaviest a student is likely to send at 8×8:
// fractions in every entry make the most glyphs, and the biggest PNGs.
const M8 =
  '[9 1 0 0 0 0 0 1;1 9 1 0 0 0 0 0;0 1 9 1 0 0 0 0;0 0 1 9 1 0 0 0;0 0 0 1 9 1 0 0;0 0 0 0 1 9 1 0;0 0 0 0 0 1 9 1;1 0 0 0 0 0 1 9]';
const REAL = [
  'hilbert(8) pascal(8)',
  'psd hilbert(8)',
  `schur ${M8} pascal(8)`,
  'oppenheim hilbert(8) pascal(8)',
  'relate hilbert(8) pascal(8)',
];
type Runner = (text: string) => Promise<Reply>;
const beforeDir = process.env.BENCH_BEFORE;
const beforeLabel = process.env.BENCH_BEFORE_LABEL ?? 'before';
const runBefore: Runner | null = beforeDir
  ? ((await import(pathToFileURL(`${beforeDir}/src/engine/index.ts`).href)) as { runText: Runner }).runText
  : null;

/** Median time and last PNG size of `text` through each runner, the runners taking turns in every round. */
async function timeAlternately(text: string, runners: Runner[]): Promise<{ ms: number; kb: number }[]> {
  const times: number[][] = runners.map(() => []);
  const kb: number[] = runners.map(() => 0);
  for (let k = 0; k < WARMUP + RUNS; k++)
    for (const [i, run] of runners.entries()) {
      const t = performance.now();
      const r = await run(text);
      const ms = performance.now() - t;
      if (!r.ok) throw new Error(`${text}: ${r.message}`);
      if (k >= WARMUP) times[i].push(ms);
      kb[i] = r.figures[0].png.length / 1024;
    }
  return runners.map((_, i) => ({ ms: median(times[i]), kb: kb[i] }));
}

const realRows: string[] = [];
for (const text of REAL) {
  const [now, before] = await timeAlternately(text, runBefore ? [runText, runBefore] : [runText]);
  const phone = await phonePx(() => runText(text));
  const shown = text.replace(M8, 'M₈');
  const was = before ? ` | ${before.ms.toFixed(1)} | ${before.kb.toFixed(1)}` : '';
  realRows.push(`| \`${shown}\` | ${now.ms.toFixed(1)} | ${now.kb.toFixed(1)} | ${phone.toFixed(1)}${was} |`);
  console.log(
    shown.padEnd(34),
    `${now.ms.toFixed(1)} ms`.padStart(9),
    `${now.kb.toFixed(1)} KB`.padStart(9),
    `${phone.toFixed(1)} px`.padStart(9),
    before ? `(${beforeLabel}: ${before.ms.toFixed(1)} ms, ${before.kb.toFixed(1)} KB)` : '',
  );
}

const load = os.loadavg()[0].toFixed(2);
writeBenchmarkSection(
  'render',
  [
    '## Figures (render + PNG encode)',
    '',
    `${machineLine()} Median of ${RUNS} runs after ${WARMUP} warm-up runs; 1-minute load average at the end: ${load}.`,
    'Targets: under 15 ms for a 2×2 product at 2× density, under 30 ms for any figure, PNGs under 200 KB, and the',
    'smallest text at least 9 px when a phone shows the figure 400 px wide ("phone px": its size in the PNG × 400 / the',
    "PNG's width, from the fonts actually drawn).",
    '',
    '| figure | input | median ms | PNG KB | pixels (2×) | phone px |',
    '| --- | --- | ---: | ---: | --- | ---: |',
    ...rows,
    '',
    'Real commands, end to end (parse, exact compute, figure), the heaviest 8×8 input a student is likely to send',
    '(fractions in every entry); M₈ is a cyclic tridiagonal integer matrix.' +
      (runBefore
        ? ` The last two columns are the same commands through ${beforeLabel} (before the phone-first layout), timed in the same run, the two versions taking turns:`
        : ':'),
    '',
    `| command | median ms | PNG KB | phone px${runBefore ? ` | ${beforeLabel} ms | ${beforeLabel} KB` : ''} |`,
    `| --- | ---: | ---: | ---:${runBefore ? ' | ---: | ---:' : ''} |`,
    ...realRows,
  ].join('\n'),
);
