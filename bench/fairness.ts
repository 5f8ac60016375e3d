/**
 * Fairness benchmark (issue 11, "Fair under load"): while 16 heavy `schur` commands on random 12×12 fractions are in
 * flight (16 clients, each sending its next heavy command as soon as the last is answered), a cheap `[[1]] [[2]]` is
 * timed through the local endpoint (POST /api/command, the real local server, dispatcher and engine pool in this
 * process). Reported: the cheap command's p50/p90/p99, the heavy commands' own p50/p99 and throughput, and the load
 * average, for several scheduler set-ups, so the default is chosen on measurements:
 *
 * - `fifo-1w`: what the bot did before: one worker, first in first out (every command estimated heavy);
 * - `priority-1w`: one worker, cheap commands first in the queue (they still wait for the running heavy one);
 * - `priority-2w`: two workers, cheap first, heavy commands may take both;
 * - `reserved-2w`: two workers, cheap first, one worker kept for cheap commands (the default with ≥ 2 workers).
 *
 * Writes the section "fairness" of BENCHMARKS.md. Run: `npm run bench:fairness`
 * (BENCH_SAMPLES=n cheap samples per set-up, default 40; BENCH_VARIANTS=a,b to run some set-ups only).
 */
import os from 'node:os';
import { loadConfig } from '../src/bot/config.js';
import { Dispatcher } from '../src/bot/runtime/dispatch.js';
import { EnginePool, type EnginePoolOptions } from '../src/bot/runtime/engine-pool.js';
import { listenLocal } from '../src/bot/local/server.js';
import { makeLogger } from '../src/bot/logger.js';
import { machineLine, median, writeBenchmarkSection } from './benchmarks-file.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES || 40);
const HEAVY_IN_FLIGHT = 16;
const CHEAP = '[[1]] [[2]]';
/** Pause between cheap samples, so they sample the load rather than queue behind each other. */
const GAP_MS = 100;

interface Variant {
  name: string;
  what: string;
  pool: EnginePoolOptions;
}

const VARIANTS: Variant[] = [
  {
    name: 'fifo-1w',
    what: 'before: 1 worker, first in first out',
    pool: { size: 1, reserved: 0, estimate: () => ({ units: 100, cheap: false }) },
  },
  { name: 'priority-1w', what: '1 worker, cheap commands first', pool: { size: 1, reserved: 0 } },
  { name: 'priority-2w', what: '2 workers, cheap first, heavy may use both', pool: { size: 2, reserved: 0 } },
  { name: 'reserved-2w', what: '2 workers, cheap first, 1 kept for cheap (default)', pool: { size: 2, reserved: 1 } },
];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Seeded random 12×12 fractions p/q, |p| < 100, 2 ≤ q < 100. */
function fractions(seed: number): string {
  let s = seed >>> 0 || 1;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  const rows = Array.from({ length: 12 }, () =>
    Array.from({ length: 12 }, () => `${(next() % 199) - 99}/${(next() % 98) + 2}`).join(','),
  );
  return `[[${rows.join('],[')}]]`;
}

async function post(url: string, text: string): Promise<{ ms: number; status: number; ok: boolean; code?: string }> {
  const t0 = performance.now();
  const res = await fetch(url + '/api/command', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hadamard-Client': 'fairness-bench' },
    body: JSON.stringify({ text }),
  });
  const json = (await res.json()) as { ok: boolean; error?: { code: string } };
  return { ms: performance.now() - t0, status: res.status, ok: json.ok, code: json.error?.code };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Result {
  variant: Variant;
  solo: number[];
  cheap: number[];
  heavy: number[];
  heavyErrors: Record<string, number>;
  heavyPerSecond: number;
  loadBefore: number;
  loadAfter: number;
}

async function measure(variant: Variant): Promise<Result> {
  const logger = makeLogger('silent');
  const rateLimit = { count: 1_000_000, windowSeconds: 60 };
  const pool = new EnginePool(variant.pool);
  await pool.warm();
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', rateLimit };
  const dispatcher = new Dispatcher({ logger, rateLimit, pool });
  const server = await listenLocal({ config, logger, dispatcher }, { port: 0, host: '127.0.0.1' });
  try {
    // The cheap command alone, for reference (and to warm the HTTP path).
    const solo: number[] = [];
    for (let i = 0; i < 10; i++) solo.push((await post(server.url, CHEAP)).ms);
    const loadBefore = os.loadavg()[0];
    let stop = false;
    const heavy: number[] = [];
    const heavyErrors: Record<string, number> = {};
    let seed = 1;
    const heavyClient = async () => {
      while (!stop) {
        const s = seed;
        seed += 2;
        const r = await post(server.url, `schur ${fractions(s)} ${fractions(s + 1)}`);
        if (r.ok) heavy.push(r.ms);
        else heavyErrors[r.code ?? String(r.status)] = (heavyErrors[r.code ?? String(r.status)] ?? 0) + 1;
      }
    };
    const clients = Array.from({ length: HEAVY_IN_FLIGHT }, heavyClient);
    // Let the queue fill before sampling.
    while (pool.queued < HEAVY_IN_FLIGHT - variant.pool.size! - 1) await sleep(20);
    const started = performance.now();
    const cheap: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const r = await post(server.url, CHEAP);
      if (!r.ok) throw new Error(`the cheap command failed under load: ${r.status} ${r.code}`);
      cheap.push(r.ms);
      await sleep(GAP_MS);
    }
    const seconds = (performance.now() - started) / 1000;
    const heavyDone = heavy.length;
    stop = true;
    await Promise.all(clients);
    return {
      variant,
      solo,
      cheap,
      heavy,
      heavyErrors,
      heavyPerSecond: heavyDone / seconds,
      loadBefore,
      loadAfter: os.loadavg()[0],
    };
  } finally {
    await server.close();
    await dispatcher.drain();
    await dispatcher.close();
  }
}

const only = process.env.BENCH_VARIANTS?.split(',').map((s) => s.trim());
const results: Result[] = [];
for (const v of VARIANTS.filter((v) => !only || only.includes(v.name))) {
  const r = await measure(v);
  results.push(r);
  console.log(
    `${v.name}: cheap p50 ${median(r.cheap).toFixed(0)} p90 ${percentile(r.cheap, 90).toFixed(0)} p99 ${percentile(r.cheap, 99).toFixed(0)} ms; ` +
      `heavy p50 ${median(r.heavy).toFixed(0)} p99 ${percentile(r.heavy, 99).toFixed(0)} ms, ${r.heavyPerSecond.toFixed(1)}/s; ` +
      `errors ${JSON.stringify(r.heavyErrors)}; load ${r.loadBefore.toFixed(2)} → ${r.loadAfter.toFixed(2)}`,
  );
}

const f = (x: number) => x.toFixed(0);
const rows = results.map(
  (r) =>
    `| ${r.variant.name} (${r.variant.what}) | ${f(median(r.solo))} | ${f(median(r.cheap))} | ${f(percentile(r.cheap, 90))} | ${f(percentile(r.cheap, 99))} | ${f(median(r.heavy))} | ${f(percentile(r.heavy, 99))} | ${r.heavyPerSecond.toFixed(1)} | ${
      Object.entries(r.heavyErrors)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || '0'
    } | ${r.loadBefore.toFixed(2)} → ${r.loadAfter.toFixed(2)} |`,
);
writeBenchmarkSection(
  'fairness',
  [
    '## Fairness under load (`npm run bench:fairness`)',
    '',
    `While ${HEAVY_IN_FLIGHT} heavy \`schur\` commands on random 12×12 fractions are in flight (${HEAVY_IN_FLIGHT} clients, each sending`,
    `the next as soon as its last is answered), \`${CHEAP}\` is sent ${SAMPLES} times (${GAP_MS} ms apart) through the local endpoint`,
    '(POST /api/command: local server, dispatcher, engine pool in one process). Times in ms, from request to JSON answer.',
    'Goal (issue 11): cheap p90 ≤ 250 ms. Heavy errors are answers too (e.g. the 2 s engine limit on a loaded machine).',
    '',
    '| set-up | cheap alone p50 | cheap p50 | cheap p90 | cheap p99 | heavy p50 | heavy p99 | heavy/s | heavy errors | load avg (1 min) before → after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
    `${machineLine()} The machine was shared with other jobs: read the load average next to each row.`,
  ].join('\n'),
);
