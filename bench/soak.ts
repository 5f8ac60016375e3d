/**
 * Soak benchmark (issue 11, "Bounded memory"): the compiled bot as the local page, 20,000 mixed commands through
 * POST /api/command, and its resident memory (VmRSS from /proc) over time. Memory must plateau.
 *
 * The bot runs as production runs it: `node dist/src/bot/main.js` (run `npm run build` first), no chat credentials
 * (so the local page), a temporary DATA_DIR, its own process; this process sends the load, a few commands in flight
 * at a time, and fetches a tenth of the figures the answers link to (as the page does). The mix: products of small
 * and 12×12 matrices, psd, schur, oppenheim, relate, props, apply, explain, quiz + answer, CSV and PNG attachments,
 * and user errors. After start-up the idle RSS is read; every SAMPLE_EVERY commands RSS and the main thread's heap
 * (from /metrics) are sampled; after the run, RSS again after 5 s idle.
 *
 * `main.js` starts the bot again as its child with glibc's malloc tunable set (src/bot/launch.ts), as `npm start` does;
 * the memory measured is that child's (the bot), and the launcher's own RSS is reported beside it. Writes the section
 * "bench:soak" of BENCHMARKS.md; with HADAMARD_LAUNCHED=1 (the launcher off: glibc's defaults, one process) the
 * section "bench:soak-defaults", for comparison. `npm run bench:soak` runs both. Options: BENCH_SOAK=n commands,
 * BENCH_CONCURRENCY=n, WORKERS=n passed to the bot (default 1). Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const TOTAL = Number(process.env.BENCH_SOAK || 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 4);
const SAMPLE_EVERY = Math.max(100, Math.round(TOTAL / 40));
const TABLE_EVERY = Math.max(SAMPLE_EVERY, Math.round(TOTAL / 10));
const MAIN = new URL('../dist/src/bot/main.js', import.meta.url);

/** A deterministic generator, so two runs send the same commands. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(11);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function matrix(rows: number, cols: number, entry: () => string = () => String(int(-9, 9))): string {
  return '[' + Array.from({ length: rows }, () => Array.from({ length: cols }, entry).join(' ')).join('; ') + ']';
}
function symmetric(n: number): string {
  const a = Array.from({ length: n }, () => Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i][j] = a[j][i] = i === j ? int(n, 3 * n) : int(-2, 2);
  return '[' + a.map((r) => r.join(' ')).join('; ') + ']';
}
const fraction = () => `${int(-9, 9)}/${int(1, 9)}`;

function csv(n: number): Buffer {
  return Buffer.from(
    Array.from({ length: n }, () => Array.from({ length: n }, () => (random() * 10).toFixed(3)).join(',')).join('\n'),
  );
}

/** A small grayscale PNG (zlib + CRC by hand: no dependency). */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = (x * 7 + y * 13) & 0xff;
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Job {
  kind: string;
  text: string;
  files?: { name: string; type: string; bytes: Buffer }[];
}

/** The next command of the mix, by kind (weights roughly as a study group uses the bot). */
function nextJob(quizIds: string[]): Job {
  const r = random();
  const n = int(2, 5);
  if (r < 0.22) return { kind: 'product', text: `${matrix(n, n, fraction)} ${matrix(n, n, fraction)}` };
  if (r < 0.27) return { kind: 'product 12×12', text: `${matrix(12, 12)} ${matrix(12, 12)}` };
  if (r < 0.37) return { kind: 'psd', text: `psd ${symmetric(n)}` };
  if (r < 0.47) return { kind: 'schur', text: `schur ${symmetric(n)} ${symmetric(n)}` };
  if (r < 0.55) return { kind: 'oppenheim', text: `oppenheim ${symmetric(n)} ${symmetric(n)}` };
  if (r < 0.6) return { kind: 'relate', text: `relate ${matrix(2, 2)} ${matrix(2, 2)}` };
  if (r < 0.63) return { kind: 'props', text: `props ${matrix(n, n)} ${matrix(n, n)}` };
  if (r < 0.68)
    return { kind: 'apply', text: pick(['apply window', 'apply gate', 'apply mask [[1,2,0],[0,1,3],[2,2,1]]']) };
  if (r < 0.7) return { kind: 'explain', text: pick(['explain', 'explain schur', 'help', 'help psd']) };
  if (r < 0.74) return { kind: 'quiz', text: pick(['quiz', 'quiz schur easy', 'quiz trace']) };
  if (r < 0.78 && quizIds.length) return { kind: 'answer', text: `answer ${pick(quizIds)} ${pick(['a', 'b', 'c'])}` };
  if (r < 0.82) {
    const k = int(3, 40);
    return {
      kind: 'csv',
      text: pick(['psd @1', '@1 @1', 'schur @1 @1']),
      files: [{ name: 'm.csv', type: 'text/csv', bytes: csv(k) }],
    };
  }
  if (r < 0.84)
    return {
      kind: 'png',
      text: '@1 @1',
      files: [{ name: 'p.png', type: 'image/png', bytes: png(int(8, 48), int(8, 48)) }],
    };
  return {
    kind: 'error',
    text: pick([
      'frobnicate [[1]]',
      '[[1,2]] [[1,2,3]]',
      '[[1,2],[3]]',
      'psd [[1,2],[3,4]] [[1]]',
      '[[1/0]] [[1]]',
      'answer nosuchquiz a',
    ]),
  };
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

/** VmRSS of the process and its anonymous part (heaps, malloc; the rest is mapped files: node, Skia, fonts). */
function memMb(pid: number): { rss: number; anon: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, anon: kb('RssAnon') / 1024 };
}

/** The main thread's heap and external memory, from the bot's own /metrics (prom-client's default metrics). */
async function heapMb(base: string): Promise<{ heap: number; external: number }> {
  const text = await (await fetch(base + '/metrics')).text();
  const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heap: value('hadamard_nodejs_heap_size_used_bytes') / 2 ** 20,
    external: value('hadamard_nodejs_external_memory_bytes') / 2 ** 20,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A script names itself to the local API (a cross-site page cannot send this header; notes/local.md). */
const SCRIPT = { 'X-Hadamard-Client': 'soak-bench' };

interface Sample {
  commands: number;
  rss: number;
  anon: number;
  heap: number;
  external: number;
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error('dist/src/bot/main.js is missing: run `npm run build` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'hadamard-soak-'));
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_COUNT: '10000',
    RATE_LIMIT_WINDOW_SECONDS: '1',
    // One engine worker unless WORKERS says otherwise: the issue's goal is per worker (notes/memory.md).
    WORKERS: process.env.WORKERS || '1',
    // HADAMARD_LAUNCHED=1 turns the launcher off (glibc's defaults); malloc tunables pass through when set.
    ...Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k.startsWith('MALLOC_') || k === 'HADAMARD_LAUNCHED'),
    ),
  };
  const launcherOff = env.HADAMARD_LAUNCHED !== undefined;
  const bot = spawn(process.execPath, [MAIN.pathname], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let pid = bot.pid!;
  let launcherPid: number | undefined;
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
    // Behind the launcher the bot is the spawned process's one child.
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    if (children.length === 1) [launcherPid, pid] = [pid, Number(children[0])];
    const botEnv = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const tunables = botEnv.filter((kv) => kv.startsWith('MALLOC_'));
    await sleep(3000);
    const idleMem = memMb(pid);
    const launcherIdle = launcherPid ? memMb(launcherPid) : undefined;
    const idle = idleMem.rss;
    const loadBefore = os.loadavg()[0];
    console.log(
      `idle RSS ${idle.toFixed(0)} MB (anon ${idleMem.anon.toFixed(0)} MB); sending ${TOTAL} commands, ${CONCURRENCY} at a time`,
    );

    const samples: Sample[] = [{ commands: 0, ...idleMem, ...(await heapMb(base)) }];
    const kinds = new Map<string, { sent: number; ok: number; userError: number; other: number }>();
    const quizIds: string[] = [];
    let sent = 0;
    let done = 0;
    let figuresFetched = 0;
    let sampling = Promise.resolve();
    const started = performance.now();

    async function one(job: Job): Promise<void> {
      let res: Response;
      if (job.files) {
        const form = new FormData();
        form.set('text', job.text);
        for (const f of job.files) form.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
        res = await fetch(base + '/api/command', { method: 'POST', headers: SCRIPT, body: form });
      } else {
        res = await fetch(base + '/api/command', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...SCRIPT },
          body: JSON.stringify({ text: job.text }),
        });
      }
      const body = (await res.json()) as {
        ok: boolean;
        figures?: { url: string }[];
        quiz?: { id: string };
      };
      const k = kinds.get(job.kind) ?? { sent: 0, ok: 0, userError: 0, other: 0 };
      k.sent++;
      if (res.status !== 200) k.other++;
      else if (body.ok) k.ok++;
      else k.userError++;
      kinds.set(job.kind, k);
      if (body.quiz) {
        quizIds.push(body.quiz.id);
        if (quizIds.length > 20) quizIds.shift();
      }
      for (const f of body.figures ?? [])
        if (random() < 0.1) {
          await (await fetch(base + f.url)).arrayBuffer();
          figuresFetched++;
        }
    }

    async function lane(): Promise<void> {
      while (sent < TOTAL) {
        sent++;
        await one(nextJob(quizIds));
        done++;
        if (done % SAMPLE_EVERY === 0) {
          const at = done;
          sampling = sampling.then(async () => {
            samples.push({ commands: at, ...memMb(pid), ...(await heapMb(base)) });
            if (at % TABLE_EVERY === 0) console.log(`${at} commands: RSS ${samples.at(-1)!.rss.toFixed(0)} MB`);
          });
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, () => lane()));
    await sampling;
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = os.loadavg()[0];
    await sleep(5000);
    const after = { ...memMb(pid), ...(await heapMb(base)) };
    const launcherAfter = launcherPid ? memMb(launcherPid) : undefined;

    // Plateau: the highest RSS of the last quarter against the highest of the second quarter.
    const q = (a: number, b: number) =>
      Math.max(...samples.filter((s) => s.commands > a * TOTAL && s.commands <= b * TOTAL).map((s) => s.rss));
    const second = q(0.25, 0.5);
    const last = q(0.75, 1);
    const growth = (last - second) / second;
    const plateau = growth < 0.1;
    const peak = Math.max(...samples.map((s) => s.rss));
    const steadyRss = samples
      .filter((s) => s.commands > 0.25 * TOTAL)
      .map((s) => s.rss)
      .sort((a, b) => a - b);
    const steady = steadyRss[Math.floor(steadyRss.length / 2)];

    const rows = samples
      .filter((s) => s.commands % TABLE_EVERY === 0)
      .map(
        (s) =>
          `| ${s.commands.toLocaleString('en')} | ${s.rss.toFixed(0)} | ${s.anon.toFixed(0)} | ${s.heap.toFixed(0)} | ${s.external.toFixed(0)} |`,
      );
    const mix = [...kinds.entries()]
      .sort((a, b) => b[1].sent - a[1].sent)
      .map(([k, v]) => `${k} ${v.sent}`)
      .join(', ');
    const others = [...kinds.values()].reduce((t, v) => t + v.other, 0);
    const how = launcherPid
      ? `as \`npm start\` runs it: \`node dist/src/bot/main.js\`, which on Linux with glibc starts the bot as its child with ${tunables.map((t) => `\`${t}\``).join(' ')} (src/bot/launch.ts); the numbers are the child's, the bot. The launcher itself: RSS ${launcherIdle!.rss.toFixed(0)} MB idle and ${launcherAfter!.rss.toFixed(0)} MB after the run, of which anonymous ${launcherAfter!.anon.toFixed(0)} MB (the rest is node's own mapped files, shared with the bot's)`
      : `\`node dist/src/bot/main.js\` with HADAMARD_LAUNCHED=1, so one process with ${tunables.length ? tunables.map((t) => `\`${t}\``).join(' ') : "glibc's malloc defaults"}: for comparison`;
    const markdown = `### Soak: ${TOTAL.toLocaleString('en')} mixed commands through the local page, ${launcherPid ? 'as `npm start` runs the bot' : launcherOff ? 'launcher off (glibc defaults)' : 'one process'} (\`npm run bench:soak\`)

The compiled bot (${how}; no credentials: the local page; WORKERS=${env.WORKERS}, SQLite in a temporary DATA_DIR) served ${TOTAL.toLocaleString('en')} commands, ${CONCURRENCY} in flight, in ${seconds.toFixed(0)} s (${(TOTAL / seconds).toFixed(0)} commands/s); ${figuresFetched} figures were fetched back. Mix: ${mix}. Answers other than 200: ${others}. RSS is the bot process's VmRSS (all its threads), anonymous its RssAnon (heaps and malloc; the rest is mapped files: node, Skia, fonts); heap and external are its main thread's, from its own \`/metrics\`.

| commands | RSS (MB) | of which anonymous (MB) | main heap used (MB) | main external (MB) |
| ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Idle after start-up: **${idle.toFixed(0)} MB**. Peak: **${peak.toFixed(0)} MB**. Median from the second quarter on: **${steady.toFixed(0)} MB**. After the run, 5 s idle: ${after.rss.toFixed(0)} MB (anonymous ${after.anon.toFixed(0)} MB, main heap ${after.heap.toFixed(0)} MB). Highest RSS in the last quarter against the second quarter: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % — ${plateau ? '**plateaus**' : '**still growing**'} (< 10 % counts as a plateau). Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after: the machine was ${loadBefore > os.cpus().length * 0.5 ? 'shared and busy, so the rate is low' : 'quiet'}; RSS does not depend on the rate.

${machineLine()}`;
    // Two sections: as `npm start` runs it (the launcher sets the tunable), and with the launcher off.
    writeBenchmarkSection(launcherOff ? 'bench:soak-defaults' : 'bench:soak', markdown);
    console.log(markdown);
    if (!plateau) process.exitCode = 1;
  } finally {
    bot.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(10_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') bot.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
