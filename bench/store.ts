/**
 * Store benchmark: what the drivers cost to install and what each store operation costs, on the
 * SQLite file (libsql, WAL) and on the Postgres of this machine (pg, 127.0.0.1, one fresh schema).
 *
 * 1. `npm ci` on fresh clones of the commit before the drivers were added and of HEAD (committed
 *    state only), with the npm cache warm and with an empty cache (everything from the registry).
 * 2. Per operation, sequentially: p50 / p99 latency and operations per second (1 / mean).
 * 3. recordAnswer with 20 calls in flight: throughput.
 * 4. Open (create + migrate) time, and SQLite's raw upsert under two durability settings.
 *
 * Writes the section "store" of BENCHMARKS.md. Run: `npm run bench:store` (BENCH_NPM_CI=0 skips 1,
 * BENCH_NPM_CI_RUNS=n sets its repeats, default 2; BENCH_STORE_N=n the calls per operation, default 1000).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import pg from 'pg';
import { openStore, type StoreOptions } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.BENCH_STORE_N || 1000);
const CI_RUNS = Number(process.env.BENCH_NPM_CI_RUNS || 2);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Stat {
  p50: number;
  p99: number;
  perSecond: number;
}

function stat(ms: number[]): Stat {
  const s = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  return { p50: percentile(s, 50), p99: percentile(s, 99), perSecond: 1000 / mean };
}

const fmtMs = (ms: number): string => (ms < 0.1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const fmtRate = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0));

// ---- 1. npm ci on fresh clones ----

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

interface CiRun {
  seconds: number;
  packages: string;
  modulesMb: number;
}

function npmCi(commit: string, coldCache: boolean): CiRun {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-ci-'));
  try {
    execFileSync('git', ['clone', '-q', '--no-checkout', ROOT, dir]);
    execFileSync('git', ['-C', dir, 'checkout', '-q', commit]);
    const args = ['ci', '--no-audit', '--no-fund'];
    if (coldCache) args.push('--cache', join(dir, '.npm-cache'));
    const t = performance.now();
    const r = spawnSync('npm', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`npm ci failed at ${commit}: ${r.stderr}`);
    const packages = /added (\d+) packages/.exec(r.stdout)?.[1] ?? '?';
    const modulesMb = Number(
      execFileSync('du', ['-sm', join(dir, 'node_modules')], { encoding: 'utf8' }).split('\t')[0],
    );
    return { seconds, packages, modulesMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function npmCiSection(): string {
  const head = git('rev-parse', '--short', 'HEAD');
  const added = git('log', '--format=%h', '-S"libsql"', '--', 'package.json').split('\n').pop();
  if (!added) return '';
  const before = git('rev-parse', '--short', `${added}^`);
  const rows: string[] = [];
  for (const [label, commit] of [
    [`before the drivers (${before})`, before],
    [`with libsql + pg (${head})`, head],
  ]) {
    // The fastest of RUNS: other work on the machine only ever adds time.
    const best = (cold: boolean) =>
      Array.from({ length: CI_RUNS }, () => npmCi(commit, cold)).reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const warm = best(false);
    const cold = best(true);
    console.log(`npm ci ${label}: warm ${warm.seconds.toFixed(1)} s, cold ${cold.seconds.toFixed(1)} s`);
    rows.push(
      `| ${label} | ${warm.seconds.toFixed(1)} | ${cold.seconds.toFixed(1)} | ${warm.packages} | ${warm.modulesMb} |`,
    );
  }
  return [
    `\`npm ci\` on a fresh \`git clone\` (includes \`prepare\`, the TypeScript build), fastest of ${CI_RUNS} runs. Warm: the machine’s npm cache;`,
    'cold: an empty cache, every package from the registry. libsql’s binary comes inside an npm package, nothing compiles.',
    '',
    '| commit | warm cache (s) | cold cache (s) | packages | node_modules (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

// ---- 2–3. operations ----

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<Stat> {
  for (let i = 0; i < Math.min(50, n); i++) await fn(-1 - i); // warm up (negative ids)
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return stat(ms);
}

async function seedScores(store: Store): Promise<void> {
  // 50 users answering one round a day for 30 days in one channel: 1,500 answers.
  for (let d = 0; d < 30; d++) {
    const id = `seed-${d}`;
    const at = NOW - d * DAY;
    await store.createRound(round(id, at));
    for (let u = 0; u < 50; u++) {
      const correct = (u + d) % 3 !== 0;
      await store.recordAnswer({
        roundId: id,
        user: `u${u}`,
        choice: correct ? 'b' : 'a',
        correct,
        points: correct ? 10 : 0,
        answeredAt: at + u,
      });
    }
  }
}

function round(id: string, at: number) {
  return {
    id,
    platform: 'discord',
    workspace: 'G1',
    channel: 'C1',
    createdBy: 'u0',
    topic: 'entry',
    level: 'easy',
    seed: 7,
    correctChoice: 'b',
    choiceIds: ['a', 'b', 'c', 'd'],
    createdAt: at,
    closesAt: at + 60_000,
  };
}

type OpRow = [name: string, stat: Stat];

async function operations(store: Store): Promise<{ ops: OpRow[]; concurrent: number }> {
  await seedScores(store);
  const scope = { platform: 'discord', workspace: 'G1', channel: 'C1' };
  const answer = (i: number, user: string) => ({
    roundId: `b-${i}`,
    user,
    choice: 'b',
    correct: true,
    points: 10,
    answeredAt: NOW + 1,
  });
  const ops: OpRow[] = [];
  ops.push(['createRound', await timeEach(N, (i) => store.createRound(round(`b-${i}`, NOW)))]);
  ops.push(['getRound', await timeEach(N, (i) => store.getRound(`b-${i}`))]);
  ops.push(['recordAnswer (first: recorded)', await timeEach(N, (i) => store.recordAnswer(answer(i, 'x')))]);
  ops.push(['recordAnswer (repeat: already)', await timeEach(N, (i) => store.recordAnswer(answer(i, 'x')))]);
  ops.push(['claimClose', await timeEach(N, (i) => store.claimClose(`b-${i}`, NOW + 2))]);
  ops.push(['dueRounds (limit 50)', await timeEach(N, () => store.dueRounds(NOW + 120_000, 50))]);
  ops.push([
    'hitRateLimit',
    await timeEach(N, (i) => store.hitRateLimit(`k${i % 100}`, { limit: 1_000_000, windowMs: 30_000, now: NOW + i })),
  ]);
  ops.push([
    'setSetting',
    await timeEach(N, (i) =>
      store.setSetting({ ...scope, channel: `C${i % 10}`, key: 'quiz_seconds', value: String(i), updatedAt: NOW }),
    ),
  ]);
  ops.push(['getSettings', await timeEach(N, (i) => store.getSettings({ ...scope, channel: `C${i % 10}` }))]);
  ops.push([
    'linkReply',
    await timeEach(N, (i) =>
      store.linkReply({ ...scope, sourceMessageId: `m${i}`, user: 'u1', replyMessageId: `r${i}`, createdAt: NOW }),
    ),
  ]);
  ops.push([
    'findReply',
    await timeEach(N, (i) => store.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: `m${i}` })),
  ]);
  ops.push([
    'leaderboard (1,500 answers, 50 users, streaks)',
    await timeEach(Math.max(20, N / 10), () => store.leaderboard({ ...scope, limit: 10, now: NOW })),
  ]);

  // 20 in flight: 2,000 first answers over 100 open rounds.
  for (let r = 0; r < 100; r++) await store.createRound(round(`c-${r}`, NOW));
  const total = 2_000;
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < total) {
        const i = next++;
        await store.recordAnswer({ ...answer(0, `v${i}`), roundId: `c-${i % 100}` });
      }
    }),
  );
  const concurrent = total / ((performance.now() - t) / 1000);
  return { ops, concurrent };
}

async function timedOpen(options: StoreOptions): Promise<{ store: Store; ms: number }> {
  const t = performance.now();
  const store = await openStore(options);
  return { store, ms: performance.now() - t };
}

// ---- 4. SQLite durability ----

function rawUpsert(synchronous: 'NORMAL' | 'FULL'): number {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-raw-'));
  try {
    const db = new Database(join(dir, 'raw.db'));
    db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous}`);
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    const st = db.prepare('INSERT INTO t (k, v) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET v = v + 1');
    const n = synchronous === 'FULL' ? 500 : 5_000;
    const t = performance.now();
    for (let i = 0; i < n; i++) st.run([`k${i % 100}`]);
    const us = ((performance.now() - t) * 1000) / n;
    db.close();
    return us;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- run ----

const ciTable = process.env.BENCH_NPM_CI === '0' ? '' : npmCiSection();

const rssBefore = process.memoryUsage().rss;
const dir = mkdtempSync(join(tmpdir(), 'hadamard-bench-'));
const sqliteOpen = await timedOpen({ dataDir: dir });
const sqlite = await operations(sqliteOpen.store);
await sqliteOpen.store.close();
const rssSqlite = process.memoryUsage().rss;
rmSync(dir, { recursive: true, force: true });

let postgres: { ops: OpRow[]; concurrent: number } | undefined;
let pgOpenMs = 0;
const schema = `hb_bench_${process.pid}`;
try {
  const opened = await timedOpen({ databaseUrl: DATABASE_URL, schema });
  pgOpenMs = opened.ms;
  postgres = await operations(opened.store);
  await opened.store.close();
} catch (err) {
  console.error(`Postgres not measured: ${(err as Error).message}`);
} finally {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c
    .connect()
    .then(() => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))
    .catch(() => undefined);
  await c.end().catch(() => undefined);
}
const pgVersion = await (async () => {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await c.connect();
    const version = String((await c.query('SHOW server_version')).rows[0].server_version).split(' ')[0];
    const commit = String((await c.query('SHOW synchronous_commit')).rows[0].synchronous_commit);
    return `${version} (synchronous_commit = ${commit})`;
  } catch {
    return 'unreachable';
  } finally {
    await c.end().catch(() => undefined);
  }
})();

const opRows = sqlite.ops.map(([name, s], i) => {
  const p = postgres?.ops[i]?.[1];
  const pgCells = p ? `${fmtMs(p.p50)} | ${fmtMs(p.p99)} | ${fmtRate(p.perSecond)}` : '– | – | –';
  return `| ${name} | ${fmtMs(s.p50)} | ${fmtMs(s.p99)} | ${fmtRate(s.perSecond)} | ${pgCells} |`;
});
for (const r of opRows) console.log(r);
const normal = rawUpsert('NORMAL');
const full = rawUpsert('FULL');

const md = [
  '## Store (`bench/store.ts`)',
  '',
  `${machineLine()} Load average at the end: ${os.loadavg()[0].toFixed(1)}. SQLite: libsql 0.5.29 on a file in ${tmpdir()} (WAL, synchronous = NORMAL). Postgres ${pgVersion} on 127.0.0.1 through pg (pool of 10), one fresh schema.`,
  '',
  ciTable,
  '',
  `Each operation ${N} times in a row through the Store interface (leaderboard ${Math.max(20, N / 10)} times), after 50 warm-up calls; ops/s = 1 / mean latency, one caller.`,
  'A Postgres write waits for the server to flush its WAL to disk, so write latency follows the disk and whatever else',
  'writes to it; SQLite with synchronous = NORMAL flushes only at checkpoints (its p99s).',
  '',
  '| operation | SQLite p50 | SQLite p99 | SQLite ops/s | Postgres p50 | Postgres p99 | Postgres ops/s |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...opRows,
  `| **recordAnswer, 20 in flight** (2,000 answers) | | | **${fmtRate(sqlite.concurrent)}** | | | **${postgres ? fmtRate(postgres.concurrent) : '–'}** |`,
  '',
  `Opening a new database (create + migrate): SQLite ${sqliteOpen.ms.toFixed(0)} ms, Postgres ${pgOpenMs.toFixed(0)} ms. ` +
    `Process RSS grew ${((rssSqlite - rssBefore) / 1e6).toFixed(0)} MB over the SQLite run (to ${(rssSqlite / 1e6).toFixed(0)} MB).`,
  '',
  `SQLite durability, raw libsql prepared upsert on a WAL file: synchronous = NORMAL ${normal.toFixed(0)} µs, ` +
    `FULL (an fsync per commit) ${full.toFixed(0)} µs. The store uses NORMAL: a crashed process loses nothing committed; ` +
    'a power cut may lose the last commits, never the file.',
].join('\n');

writeBenchmarkSection('store', md);
console.log('\nwrote the "store" section of BENCHMARKS.md');
