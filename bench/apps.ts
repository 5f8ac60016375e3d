/**
 * `npm run bench:apps`: each application's figure time (render + PNG encode), on every gallery case of `apply`
 * (largest and smallest inputs, light and dark card), and each built-in command end to end (parse, compute,
 * figure), written to BENCHMARKS.md between `<!-- apps:start -->` and `<!-- apps:end -->`.
 */
import os from 'node:os';
import { machineLine, median, writeBenchmarkSection } from './benchmarks-file.js';
import { renderApplyFigure } from '../src/engine/render/apply.js';
import { runText } from '../src/engine/index.js';
import { APPLY_CASES } from '../test/engine/render/fixtures-apps.js';

const RUNS = 15;
const WARMUP = 3;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  for (let k = 0; k < WARMUP; k++) await fn();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const figureRows: string[] = [];
for (const c of APPLY_CASES) {
  const cells: string[] = [];
  let size = '';
  for (const theme of ['light', 'dark'] as const) {
    const ms = await timed(() => renderApplyFigure(c.data, { theme }));
    const fig = await renderApplyFigure(c.data, { theme });
    const [w, h] = [fig.png.readUInt32BE(16), fig.png.readUInt32BE(20)];
    size = `${w}×${h}`;
    cells.push(ms.toFixed(1), (fig.png.length / 1024).toFixed(1));
  }
  figureRows.push(`| ${c.name} | ${cells.join(' | ')} | ${size} |`);
  console.log(c.name.padEnd(28), cells.join('  '));
}

const COMMANDS = [
  'apply window',
  'apply window [0,1,0,-1,0,1,0,-1,0,1,0,-1] blackman',
  'apply mask',
  'apply mask hilbert(12) causal padding:3',
  'apply gate',
  'apply taper',
  'apply taper kms(12,1/2)',
  'apply image',
  'apply image [[1,0.5],[0.5,1]]',
];
const commandRows: string[] = [];
for (const text of COMMANDS) {
  const ms = await timed(async () => {
    const r = await runText(text);
    if (!r.ok) throw new Error(`${text}: ${r.message}`);
  });
  const compute = await timed(async () => {
    const r = await runText(text, { figures: false });
    if (!r.ok) throw new Error(`${text}: ${r.message}`);
  });
  commandRows.push(`| \`${text}\` | ${compute.toFixed(1)} | ${ms.toFixed(1)} |`);
  console.log(text.padEnd(52), compute.toFixed(1).padStart(7), ms.toFixed(1).padStart(7));
}

const load = os.loadavg()[0].toFixed(2);
writeBenchmarkSection(
  'apps',
  [
    '## Applications (`apply`)',
    '',
    `${machineLine()} Median of ${RUNS} runs after ${WARMUP} warm-up runs; 1-minute load average at the end: ${load}. Written by \`npm run bench:apps\` (bench/apps.ts).`,
    '',
    'Figure time (render + PNG encode) of every gallery case of `apply`, on the light and the dark card:',
    '',
    '| case | light ms | light KB | dark ms | dark KB | pixels (2×) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...figureRows,
    '',
    'Commands end to end: parse and compute only, then with the figure:',
    '',
    '| command | compute ms | with figure ms |',
    '| --- | ---: | ---: |',
    ...commandRows,
  ].join('\n'),
);
