/**
 * What one tick costs with 10,000 schedules in the store (issue 19), on the SQLite file (libsql, WAL) and on the
 * Postgres of this machine (one fresh schema): 1,000 channels with 10 schedules each (the most a channel may have),
 * their times spread over the day, and a pinned board in every channel. Each tick is the group service's real
 * `tick()` (the due query, the claims, the pinned boards' query) with a poster that posts nowhere and a scheduled
 * command that costs nothing to compute, so the numbers are the scheduler's own cost.
 *
 * 1. An idle tick (nothing due): what every instance pays every 10 s.
 * 2. A tick per minute for 2 hours of schedules (about 7 due a minute): claims and runs.
 * 3. After an hour of downtime (about 417 due at once): ticks of 50 (the batch), until the backlog is gone.
 *
 * Writes the section "schedules" of BENCHMARKS.md. Run: `npm run bench:schedules` (BENCH_SCHEDULES=n schedules).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { GroupService } from '../src/bot/groups/service.js';
import { nextRunAfter } from '../src/bot/groups/calendar.js';
import { openStore, type StoreOptions } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.BENCH_SCHEDULES || 10_000);
const PER_CHANNEL = 10;
/** Monday 6 April 2026, 00:00 UTC. */
const START = Date.UTC(2026, 3, 6);
const MINUTE = 60_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

interface Result {
  backend: string;
  insertSeconds: number;
  idle: { p50: number; p99: number };
  minute: { p50: number; p99: number; runs: number; perRun: number };
  backlog: { due: number; ticks: number; p50: number; max: number; perRun: number };
}

async function measure(backend: string, options: StoreOptions): Promise<Result> {
  const store: Store = await openStore(options);
  try {
    // 1,000 channels × 10 schedules, at minute k·(1440/N) of the day: about N/1440 due each minute.
    let t = performance.now();
    for (let k = 0; k < N; k++) {
      const minuteOfDay = Math.floor((k * 1440) / N);
      const at = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
      const channel = `C${Math.floor(k / PER_CHANNEL)}`;
      const result = await store.createSchedule(
        {
          id: `s${k.toString(36).padStart(6, '0')}`,
          platform: 'slack',
          workspace: 'T1',
          channel,
          every: 'daily',
          day: null,
          at,
          timezone: 'UTC',
          command: 'explain schur',
          createdAt: START - MINUTE,
          nextRunAt: nextRunAfter({ every: 'daily', at }, 'UTC', START - 1),
        },
        PER_CHANNEL,
      );
      if (result !== 'created') throw new Error(`schedule ${k}: ${result}`);
      if (k % PER_CHANNEL === 0)
        await store.pinBoard({
          platform: 'slack',
          workspace: 'T1',
          channel,
          id: `p${k}`,
          period: 'week',
          messageRef: `${channel}:1.1`,
          now: START - MINUTE,
          expiresAt: START + 7 * 86_400_000,
        });
    }
    const insertSeconds = (performance.now() - t) / 1000;

    let clock = START;
    const groups = new GroupService({
      store,
      logger: pino({ level: 'silent' }),
      now: () => clock,
      // A command that costs nothing: the scheduler's own cost is measured, not the engine's.
      runWorked: async () => ({
        ok: true,
        verb: 'explain',
        title: 'Schur',
        summary: 'scheduled',
        sections: [],
        figures: [],
        data: {},
      }),
    });
    let posted = 0;
    groups.registerPoster({
      platform: 'slack',
      post: async () => `C:${++posted}`,
      edit: async () => true,
    });

    // 1. Idle: just before midnight's first schedules, nothing due.
    const idle: number[] = [];
    clock = START - MINUTE / 2;
    for (let k = 0; k < 200; k++) {
      t = performance.now();
      const ran = await groups.tick(clock);
      idle.push(performance.now() - t);
      if (ran.length) throw new Error('an idle tick ran something');
    }

    // 2. One tick a minute (just after it), from 00:00 to 02:00.
    const minute: number[] = [];
    let runs = 0;
    for (let m = 0; m < 120; m++) {
      clock = START + m * MINUTE + 5_000;
      t = performance.now();
      runs += (await groups.tick(clock)).length;
      minute.push(performance.now() - t);
    }

    // 3. Down from 02:00 to 03:00: the backlog (each schedule's one catch-up) in ticks of 50.
    clock = START + 3 * 60 * MINUTE;
    const backlogTicks: number[] = [];
    let due = 0;
    for (;;) {
      t = performance.now();
      const ran = (await groups.tick(clock)).length;
      backlogTicks.push(performance.now() - t);
      due += ran;
      if (ran === 0) break;
    }
    await groups.stop();
    const idleSorted = [...idle].sort((a, b) => a - b);
    const minuteSorted = [...minute].sort((a, b) => a - b);
    const backlogWork = backlogTicks.slice(0, -1);
    return {
      backend,
      insertSeconds,
      idle: { p50: percentile(idleSorted, 50), p99: percentile(idleSorted, 99) },
      minute: {
        p50: percentile(minuteSorted, 50),
        p99: percentile(minuteSorted, 99),
        runs,
        perRun: minute.reduce((a, b) => a + b, 0) / runs,
      },
      backlog: {
        due,
        ticks: backlogWork.length,
        p50: percentile(
          [...backlogWork].sort((a, b) => a - b),
          50,
        ),
        max: Math.max(...backlogWork),
        perRun: backlogWork.reduce((a, b) => a + b, 0) / due,
      },
    };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-bench-schedules-'));
  try {
    results.push(await measure('SQLite file', { dataDir: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const schema = `hb_bench_schedules_${process.pid}`;
  try {
    results.push(await measure('Postgres', { databaseUrl: DATABASE_URL, schema }));
  } catch (err) {
    console.error(`Postgres skipped: ${(err as Error).message}`);
  } finally {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client
      .connect()
      .then(() => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))
      .catch(() => undefined);
    await client.end().catch(() => undefined);
  }
  const rows = results.map(
    (r) =>
      `| ${r.backend} | ${fmt(r.idle.p50)} / ${fmt(r.idle.p99)} | ${fmt(r.minute.p50)} / ${fmt(r.minute.p99)} (${(r.minute.runs / 120).toFixed(1)} runs; ${fmt(r.minute.perRun)} a run) | ${r.backlog.due} in ${r.backlog.ticks} ticks: ${fmt(r.backlog.p50)} median, ${fmt(r.backlog.max)} max (${fmt(r.backlog.perRun)} a run) | ${r.insertSeconds.toFixed(1)} s |`,
  );
  const load = os.loadavg()[0].toFixed(1);
  const md = `## A tick with ${N.toLocaleString('en')} schedules (\`npm run bench:schedules\`, issue 19)

${machineLine()} (1-minute load average ${load} when it ended: the machine is shared, so the p99s are noisy.) ${(N / PER_CHANNEL).toLocaleString('en')} channels × ${PER_CHANNEL} daily schedules spread over the day, and a pinned board in every channel. Each row is the group service's real \`tick()\`: the due query, each due slot's claim (one transaction: insert the claim, move \`next_run_at\`), the run with a poster that posts nowhere and a command that costs nothing, and the pinned boards' query, so the numbers are the scheduler's own cost; a real run adds the command's computing and the platform's post.

| store | idle tick, p50 / p99 (every instance, every 10 s) | a minute's tick, p50 / p99 | after 1 h down: the catch-ups, 50 a tick | inserting the schedules |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

An idle tick is two index range scans (\`schedules_due\` on platform and next run, \`pinned_boards_due\` on platform and when a board is due): it does not grow with the number of schedules or pins. Runs cost a transaction each; after downtime each schedule makes up at most its latest run within the hour, so the backlog is bounded by the schedules due in one hour, taken 50 a tick.`;
  writeBenchmarkSection('schedules', md);
  console.log(md);
}

await main();
