// How long `npm test` takes here (issue 20): runs it once, as the README says, sampling the load average every
// 5 s, and adds a row to BENCHMARKS.md's "Test suite" section (the last 10 runs are kept, so flakiness shows as
// rows that failed). The machine is shared: the load average is part of each figure. `npm run bench:tests`;
// BENCH_TESTS_LABEL names the row (default: the commit).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const ROOT = new URL('..', import.meta.url);
const SECTION = 'test-suite';
const KEEP = 10;

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const label = process.env.BENCH_TESTS_LABEL || commit || 'this tree';

/**
 * CPU seconds (user + system) of every process this one has waited for, npm test's whole tree: the figure the
 * machine's load does not change much. Linux only (/proc/self/stat's cutime and cstime); elsewhere null.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    // After the command's name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
    return (Number(fields[13]) + Number(fields[14])) / tick;
  } catch {
    return null;
  }
}

const loads: number[] = [os.loadavg()[0]];
const sampler = setInterval(() => loads.push(os.loadavg()[0]), 5_000);
const t0 = performance.now();
let output = '';
const child = spawn('npm', ['test'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
for (const stream of [child.stdout, child.stderr])
  stream.on('data', (d: Buffer) => {
    output += String(d);
    process.stdout.write(d);
  });
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
const wallS = (performance.now() - t0) / 1000;
const cpuS = childrenCpuSeconds();
clearInterval(sampler);
loads.push(os.loadavg()[0]);

const counts = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(output);
const runnerS = /^wall time (\d+) s$/m.exec(output)?.[1];
const slowest = /slowest files[^\n]*\n((?: +[\d.]+ s {2}\S+\n?)+)/.exec(output)?.[1] ?? '';
const groups = /^run-tests: (.*)$/m.exec(output)?.[1] ?? '';
const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
const minutes = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
const row =
  `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${label} | ${minutes(wallS)} | ` +
  `${runnerS ? minutes(Number(runnerS)) : '?'} | ${cpuS === null ? '?' : minutes(cpuS)} | ${mean.toFixed(1)} (${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}) | ` +
  `${counts ? `${counts[1]} / ${counts[2]} / ${counts[3]}` : '?'} | ${code === 0 ? 'green' : `exit ${code}`} |`;

const previous = (() => {
  const text = readFileSync(new URL('BENCHMARKS.md', ROOT), 'utf8');
  const i = text.indexOf(`<!-- ${SECTION}:start -->`);
  const j = text.indexOf(`<!-- ${SECTION}:end -->`);
  if (i < 0 || j < i) return [];
  return text
    .slice(i, j)
    .split('\n')
    .filter((l) => /^\| \d{4}-\d\d-\d\d/.test(l));
})();
const rows = [...previous, row].slice(-KEEP);

writeBenchmarkSection(
  SECTION,
  [
    '## Test suite',
    '',
    '`npm run bench:tests` (issue 20) runs `npm test` as the README gives it, with `node_modules/` and `dist/`',
    'already up to date (its pretest step then does nothing): the type check, eslint, prettier and every test file',
    `(\`scripts/run-tests.mjs\`; in the last run: ${groups}). The machine is shared with other developers: the load`,
    'average (1 minute, sampled every 5 s: mean, and lowest–highest) is part of each figure; the CPU time of the whole',
    'run is what a quiet machine would spread over its cores. Rows of earlier runs are kept (the last',
    `${KEEP}).`,
    '',
    '| when (UTC) | tree | `npm test` (m:ss) | of which run-tests.mjs | CPU, user + system (m:ss) | load average | passed / failed / skipped | result |',
    '| --- | --- | ---: | ---: | ---: | --- | --- | --- |',
    ...rows,
    '',
    `Slowest files of the last run (their tests' own time, with others running beside them):`,
    '',
    '```text',
    slowest.trimEnd(),
    '```',
    '',
    machineLine(),
  ].join('\n'),
);
console.log(`\nbench:tests: ${row}`);
process.exit(code);
