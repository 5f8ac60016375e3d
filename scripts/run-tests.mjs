// Runs every test/**/*.test.ts (or those under the paths given) with node's built-in runner via tsx (Node 20's
// --test takes no globs, so the files are listed here), in two groups at once (issue 20: the suite took 15 minutes
// file after file on 2 cores, since node's default is one file at a time there):
// - the independent files, TEST_CONCURRENCY at a time (default: the cores plus one), each in its own process;
// - the files in ALONE, one at a time beside them: each starts bot processes under load, a browser, or stalls a
//   database on purpose, and two of them at once would starve each other's deadlines.
// With --checks (what `npm test` runs), the type check, eslint and prettier run too, one after another, beside the
// tests, with their caches in node_modules/.cache/hadamard (a second run checks only what changed); their output
// comes at the end. Each test group prints node's spec report; at the end come the slowest files and one closing
// line for everything. dist/ is brought up to date first (scripts/ensure-ready.mjs --build), since the process tests
// run the compiled bot.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Files that run one at a time (beside the others), and why. Paths from the project's root. */
const ALONE = {
  'test/bot/runtime/multi-instance.test.ts': 'two bot processes and a balancer under 440 requests, one killed',
  'test/bot/runtime/faults.test.ts': 'the bot under load while its Postgres is stalled, slowed and cut',
  'test/bot/local/browser.test.ts': 'Chromium driving the local page',
  'test/bot/slack/load.test.ts': 'hundreds of commands through the worker pool',
  'test/bot/runtime/log-secrets.test.ts': 'two bot processes at LOG_LEVEL=debug under load',
  'test/bot/slack/processes.test.ts': 'two bot processes on one Postgres',
  'test/store/store-processes.test.ts': 'store processes racing on one database',
};

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.test.ts')) out.push(path);
  return out;
}

const withChecks = process.argv.includes('--checks');
const roots = process.argv.slice(2).filter((a) => a !== '--checks');
const files = (roots.length ? roots : ['test']).flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
for (const path of Object.keys(ALONE))
  if (!roots.length && !files.some((f) => relative(ROOT, join(process.cwd(), f)) === path))
    console.error(`run-tests: ALONE lists ${path}, which is not there any more`);

const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-ready.mjs'), '--build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const isAlone = (f) => relative(ROOT, join(process.cwd(), f)) in ALONE;
// Each run's file times are kept; the next run starts the longest files first, so that no long file starts last
// and runs on alone while the other slots are idle (an unknown file counts as long).
const CACHE = join(ROOT, 'node_modules', '.cache', 'hadamard');
const TIMINGS = join(CACHE, 'test-timings.json');
const known = (() => {
  try {
    return JSON.parse(readFileSync(TIMINGS, 'utf8'));
  } catch {
    return {};
  }
})();
const timeOf = (f) => known[relative(ROOT, join(process.cwd(), f))] ?? Infinity;
const longestFirst = (list) => [...list].sort((a, b) => timeOf(b) - timeOf(a));
// One more than the cores: many files spend much of their time waiting on the processes and timers they start.
const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY) || availableParallelism() + 1);
const groups = [
  { name: 'independent', files: longestFirst(files.filter((f) => !isAlone(f))), concurrency },
  { name: 'one at a time', files: longestFirst(files.filter(isAlone)), concurrency: 1 },
].filter((g) => g.files.length > 0);

const tmp = mkdtempSync(join(tmpdir(), 'hadamard-tests-'));
const reporter = join(ROOT, 'scripts', 'test-timings.mjs');
const started = performance.now();

/** One `node --test` over a group's files; resolves with its exit code and its timings file. */
function runGroup(group, i) {
  const timings = join(tmp, `timings-${i}.json`);
  const args = [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${group.concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${timings}`,
    ...group.files,
  ];
  // Several groups share the terminal: each one's lines are whole lines (a group's output is flushed line by line).
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    let rest = '';
    from.on('data', (d) => {
      const text = rest + String(d);
      const cut = text.lastIndexOf('\n') + 1;
      to.write(text.slice(0, cut));
      rest = text.slice(cut);
    });
    from.on('end', () => rest && to.write(rest + '\n'));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, timings })));
}

console.log(
  `run-tests: ${withChecks ? 'the checks, and beside them ' : ''}${groups.map((g) => `${g.files.length} file(s) ${g.name} (${g.concurrency} at a time)`).join(', and beside them ')}`,
);
const CHECKS = [
  [
    'type check',
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '-p',
      '.',
      '--incremental',
      '--tsBuildInfoFile',
      join(CACHE, 'tsc.tsbuildinfo'),
    ],
  ],
  [
    'eslint',
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '.', '--cache', '--cache-location', join(CACHE, 'eslint/')],
  ],
  [
    'prettier',
    [
      join(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
      '--check',
      '.',
      '--cache',
      '--cache-location',
      join(CACHE, 'prettier'),
    ],
  ],
];

/** The checks one after another (each is CPU-bound); resolves with what failed and everything they printed. */
async function runChecks() {
  let printed = '';
  const failed = [];
  for (const [name, args] of CHECKS) {
    const t0 = performance.now();
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => (printed += String(d)));
      child.stderr.on('data', (d) => (printed += String(d)));
      child.on('close', (c) => resolve(c ?? 1));
    });
    printed += `${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`;
    if (code !== 0) failed.push(name);
  }
  return { failed, printed };
}

const checks = withChecks ? runChecks() : Promise.resolve({ failed: [], printed: '' });
const results = await Promise.all(groups.map(runGroup));
const checked = await checks;
if (withChecks)
  console.log(`\nchecks (type check, eslint, prettier), run beside the tests:\n${checked.printed.trimEnd()}`);
const total = { files: {}, passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  try {
    const t = JSON.parse(readFileSync(r.timings, 'utf8'));
    Object.assign(total.files, t.files);
    total.passed += t.passed;
    total.failed += t.failed;
    total.skipped += t.skipped;
  } catch {
    // A group that died before its reporter finished: its exit code says so below.
  }
}
rmSync(tmp, { recursive: true, force: true });
mkdirSync(dirname(TIMINGS), { recursive: true });
writeFileSync(
  TIMINGS,
  JSON.stringify(
    {
      ...known,
      ...Object.fromEntries(Object.entries(total.files).map(([f, ms]) => [relative(ROOT, f), Math.round(ms)])),
    },
    null,
    1,
  ),
);
const slowest = Object.entries(total.files)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 10)
  .map(([f, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${relative(ROOT, f)}`);
console.log(`\nslowest files (their tests' time, run alongside others):\n${slowest.join('\n')}`);
console.log(`wall time ${((performance.now() - started) / 1000).toFixed(0)} s`);
const code = results.find((r) => r.code !== 0)?.code ?? (checked.failed.length ? 1 : 0);
if (checked.failed.length) console.log(`failed checks: ${checked.failed.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed + checked.failed.length} failed, ${total.skipped} skipped`);
process.exit(code);
