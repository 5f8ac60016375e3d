/**
 * Concurrent uploads benchmark (issue 17, "The local page"): 30 clients send a command with 8 MB files to the local
 * page at the same moment, and the bot's resident memory (VmRSS from /proc, sampled every 50 ms) is reported.
 * Goal: 30 concurrent 8 MB uploads keep RSS under 300 MB.
 *
 * The bot runs as `npm start` runs it: `node dist/src/bot/main.js` (run `npm run build` first), no chat credentials
 * (so the local page), a temporary DATA_DIR, its own process, default WORKERS (WORKERS=n passes another). Each
 * scenario starts a fresh bot. The rate limit is raised (RATE_LIMIT_COUNT=10000 per second) so that what is measured
 * is the upload path, not the limit. Each client sends `psd @1` with one or two files of 8 MB and, when answered
 * 429, waits its Retry-After and sends again (at most 60 tries), as a person would. The files: an 8 MB "photo" (a PNG
 * whose header says 4000×3000, refused from the header: what an 8 MB upload usually is), and a 256×256 CSV padded to
 * 8 MB, which the engine decodes (the worst case its limits allow; the engine's own memory for it, per worker, is
 * then much of the peak).
 *
 * Scenarios: `LOCAL_MAX_UPLOADS` 4 (the default) and 30 (no effective cap: every upload read at once, streaming
 * only). BENCH_BEFORE=path/to/an/older/dist/src/bot/main.js measures that build too ("before" rows; name it with
 * BENCH_BEFORE_LABEL). Writes the section "bench:uploads" of BENCHMARKS.md. Options: BENCH_CLIENTS=n (30),
 * BENCH_TRIES=n (60), WORKERS=n, MALLOC_* (passed to the bot). Exit code 1 when a photo scenario with the default cap
 * peaks at 300 MB or more. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from '../src/engine/crc32.js';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS || 30);
const MAIN = fileURLToPath(new URL('../dist/src/bot/main.js', import.meta.url));
/** An older build to measure too (its `dist/src/bot/main.js`), e.g. main before the upload cap, for "before" rows. */
const BEFORE = process.env.BENCH_BEFORE;
const BEFORE_LABEL = process.env.BENCH_BEFORE_LABEL || 'before';
const MAX_TRIES = Number(process.env.BENCH_TRIES || 60);
const FILE_BYTES = 8 * 1024 * 1024;

interface Scenario {
  name: string;
  /** `photo`: an 8 MB PNG of 4000×3000 (refused from its header: the common case); `csv`: a 256×256 CSV of 8 MB,
   * which the engine decodes (the worst case the limits allow). */
  kind: 'photo' | 'csv';
  files: 1 | 2;
  maxUploads: number;
}

const SCENARIOS: Scenario[] = [
  { name: 'LOCAL_MAX_UPLOADS=4 (default), 1 × 8 MB photo', kind: 'photo', files: 1, maxUploads: 4 },
  { name: 'LOCAL_MAX_UPLOADS=4 (default), 2 × 8 MB photos', kind: 'photo', files: 2, maxUploads: 4 },
  { name: 'LOCAL_MAX_UPLOADS=30 (no cap), 2 × 8 MB photos', kind: 'photo', files: 2, maxUploads: 30 },
  { name: 'LOCAL_MAX_UPLOADS=4 (default), 1 × 8 MB CSV, decoded', kind: 'csv', files: 1, maxUploads: 4 },
];

/**
 * A 256×256 CSV of 8 MB less a little (each entry a short decimal padded with spaces to 120 characters): the largest
 * matrix the engine takes from a file, in a file as large as it takes.
 */
function csvFile(): Buffer {
  const row = (i: number) =>
    Array.from({ length: 256 }, (_, j) => (((i * 7 + j * 13) % 97) / 8).toFixed(3).padStart(120, ' ')).join(',');
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => row(i)).join('\n') + '\n');
  if (bytes.length > FILE_BYTES) throw new Error(`the test file is ${bytes.length} bytes, over 8 MB`);
  return bytes;
}

/** An 8 MB "photo": a PNG whose header says 4000×3000 (the engine refuses it from the header), then filler. */
function photoFile(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed) >>> 0);
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4000, 0);
  header.writeUInt32BE(3000, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const head = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header)]);
  return Buffer.concat([head, Buffer.alloc(FILE_BYTES - 1024 - head.length, 7)]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** VmRSS of the process, in MB. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Result {
  scenario: Scenario;
  idle: number;
  peak: number;
  after: number;
  answered: number;
  answers: Map<string, number>;
  refusedFirst: number;
  refusals: Map<string, number>;
  gaveUp: number;
  seconds: number;
  load: [number, number];
}

async function runScenario(main: string, scenario: Scenario, file: Buffer): Promise<Result> {
  const name = scenario.kind === 'photo' ? 'photo' : 'm';
  const ext = scenario.kind === 'photo' ? 'png' : 'csv';
  const type = scenario.kind === 'photo' ? 'image/png' : 'text/csv';
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'hadamard-uploads-'));
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_COUNT: '10000',
    RATE_LIMIT_WINDOW_SECONDS: '1',
    LOCAL_MAX_UPLOADS: String(scenario.maxUploads),
    ...(process.env.WORKERS ? { WORKERS: process.env.WORKERS } : {}),
    // glibc's malloc tunables (see notes/memory.md), passed through when set.
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('MALLOC_'))),
  };
  const bot = spawn(process.execPath, [main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const pid = bot.pid!;
  const exited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(base + '/readyz').then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 300) throw new Error('the bot did not become ready in 30 s');
      await sleep(100);
    }
    // Warm the engine worker(s) with one small command, then let the process settle.
    await (
      await fetch(base + '/api/command', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hadamard-Client': 'uploads-bench' },
        body: JSON.stringify({ text: 'psd [[2,1],[1,2]]' }),
      })
    ).arrayBuffer();
    await sleep(3000);
    const idle = rssMb(pid);
    let peak = idle;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssMb(pid));
      } catch {
        // The process is gone: the run fails below.
      }
    }, 50);
    const answers = new Map<string, number>();
    const refusals = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    let refusedFirst = 0;
    let gaveUp = 0;
    const loadBefore = os.loadavg()[0];
    const started = performance.now();

    async function client(): Promise<void> {
      for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
        const form = new FormData();
        form.set('text', 'psd @1');
        for (let k = 0; k < scenario.files; k++)
          form.append('file', new Blob([new Uint8Array(file)], { type }), `${name}${k + 1}.${ext}`);
        const res = await fetch(base + '/api/command', {
          method: 'POST',
          headers: { 'X-Hadamard-Client': 'uploads-bench' },
          body: form,
        });
        const json = (await res.json()) as { ok: boolean; error?: { code: string } };
        if (res.status !== 429) {
          bump(answers, res.status === 200 ? (json.ok ? '200 answer' : `200 ${json.error?.code}`) : `${res.status}`);
          return;
        }
        if (attempt === 0) refusedFirst++;
        bump(refusals, json.error?.code ?? '429');
        await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
      }
      gaveUp++;
    }

    await Promise.all(Array.from({ length: CLIENTS }, () => client()));
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = os.loadavg()[0];
    clearInterval(sampler);
    await sleep(5000);
    const after = rssMb(pid);
    const answered = [...answers.values()].reduce((a, b) => a + b, 0);
    return {
      scenario,
      idle,
      peak,
      after,
      answered,
      answers,
      refusedFirst,
      refusals,
      gaveUp,
      seconds,
      load: [loadBefore, loadAfter],
    };
  } finally {
    bot.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(10_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') bot.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const list = (m: Map<string, number>) => [...m.entries()].map(([k, v]) => `${v} ${k}`).join(', ') || '0';

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  if (BEFORE && !existsSync(BEFORE)) throw new Error(`BENCH_BEFORE=${BEFORE} is missing`);
  const files = { photo: photoFile(), csv: csvFile() };
  const rows: string[] = [];
  let worst = 0;
  const row = (label: string, name: string, r: Result) =>
    `| ${label}: ${name} | ${r.idle.toFixed(0)} | **${r.peak.toFixed(0)}** | ${r.after.toFixed(0)} | ${list(r.answers)}${r.gaveUp ? `, ${r.gaveUp} gave up` : ''} | ${r.refusedFirst} | ${list(r.refusals)} | ${r.seconds.toFixed(1)} | ${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)} |`;
  if (BEFORE)
    // The older build has no upload cap (LOCAL_MAX_UPLOADS means nothing to it): one row per kind of upload.
    for (const scenario of SCENARIOS.filter((s) => s.maxUploads === 4)) {
      const r = await runScenario(BEFORE, scenario, files[scenario.kind]);
      rows.push(row(BEFORE_LABEL, scenario.name.replace(/^LOCAL_MAX_UPLOADS=4 \(default\), /, ''), r));
      console.log(rows.at(-1));
    }
  for (const scenario of SCENARIOS) {
    const r = await runScenario(MAIN, scenario, files[scenario.kind]);
    if (scenario.kind === 'photo' && scenario.maxUploads === 4) worst = Math.max(worst, r.peak);
    rows.push(row('this branch', scenario.name, r));
    console.log(rows.at(-1));
  }
  const markdown = `## Concurrent uploads to the local page (\`bench/uploads.ts\`, issue 17)

${CLIENTS} clients each send \`psd @1\` with one or two files of 8 MB to the compiled bot (\`node dist/src/bot/main.js\`, the local page, ${process.env.WORKERS ? `WORKERS=${process.env.WORKERS}` : `default WORKERS (${os.availableParallelism()} here)`}, RATE_LIMIT_COUNT=10000 per second so the rate limit does not hide the upload path) at the same moment; a client answered 429 waits its Retry-After and sends again. A "photo" is a PNG whose header says 4000×3000, refused from the header (\`200 too_large\`); the CSV is a 256×256 matrix padded to 8 MB, which the engine decodes. RSS is the bot process's VmRSS (all threads, engine workers included), sampled every 50 ms; "after" is 5 s after the last answer. Goal: under 300 MB. Each row is a fresh bot.

| build and set-up | idle RSS (MB) | peak RSS (MB) | after (MB) | answers | refused at first try | 429s (all tries) | seconds | load avg (1 min) |
| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | --- |
${rows.join('\n')}

${BEFORE ? `"${BEFORE_LABEL}" rows: the older build, which reads every upload whole and copies it in its form parser, before the rate limit or the queue (no cap). ` : ''}The issue's own measurement on main: 30 concurrent 2 × 8 MB uploads took RSS from 195 MB to 935 MB, and it stayed there.

${machineLine()}`;
  console.log(markdown);
  writeBenchmarkSection('bench:uploads', markdown);
  if (worst >= 300) process.exitCode = 1;
}

await main();
