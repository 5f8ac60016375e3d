/**
 * Faults benchmark (issue 17): the bot process (src/bot/main.ts, Slack over HTTP and Discord HTTP interactions) on
 * Postgres through the test's TCP fault proxy, 2,000 mixed requests at 20 in flight — Slack slash commands
 * (computations), quiz clicks (the store decides them) and Discord interactions — with Postgres frozen for 10 s in the
 * middle (the proxy stalls every connection, as a stopped database does). Counted: requests lost (acknowledged and
 * never answered or told), doubled (answered twice), clicks reported counted that the store does not have, and
 * the latencies of Slack's ack and of the answer, and the bot's resident memory. Writes "bench:faults" of
 * BENCHMARKS.md. Options: BENCH_FAULT_REQUESTS (2000), BENCH_FAULT_CONCURRENCY (20), BENCH_FAULT_FREEZE_S (10).
 * Needs the Postgres of TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). Linux (/proc).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../src/store/index.js';
import { buttonsOf, type SendResult } from '../test/fakes/slack.js';
import { TEST_DATABASE_URL } from '../test/store/backends.js';
import { repliesTo, startFaultRig } from '../test/bot/runtime/fault-rig.js';
import { machineLine, writeBenchmarkSection } from './benchmarks-file.js';

const TOTAL = Number(process.env.BENCH_FAULT_REQUESTS || 2000);
const CONCURRENCY = Number(process.env.BENCH_FAULT_CONCURRENCY || 20);
const FREEZE_MS = Number(process.env.BENCH_FAULT_FREEZE_S || 10) * 1000;
const CHANNELS = ['C0BENCH01', 'C0BENCH02', 'C0BENCH03'];

interface Sent {
  kind: 'command' | 'click' | 'discord';
  n: number;
  user: string;
  quiz?: string;
  sentAt: number;
  during: boolean;
  result?: SendResult;
  failed?: string;
  token?: string;
  status?: number;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

// The compiled bot, as `npm start` runs it (the script builds first), with one engine worker as in the soak.
const rig = await startFaultRig({
  channels: CHANNELS,
  compiled: true,
  quizSeconds: 3600,
  env: { WORKERS: process.env.WORKERS ?? '1' },
});
const { fake, discord, proxy, bot, events, quizzes, schema } = rig;
try {
  const idleRss = rssMb(bot.pid);
  let frozen = false;
  const sent: Sent[] = [];
  const jobs: (() => Promise<void>)[] = [];
  for (let k = 0; k < TOTAL; k++) {
    const kind: Sent['kind'] = k % 20 < 12 ? 'command' : k % 20 < 17 ? 'click' : 'discord';
    const s: Sent = { kind, n: 100_000 + k, user: `U0U${k % 700}`, sentAt: 0, during: false };
    sent.push(s);
    const q = quizzes[k % quizzes.length];
    jobs.push(async () => {
      s.sentAt = performance.now();
      s.during = frozen;
      try {
        if (kind === 'command')
          s.result = await fake.sendSlashCommand(events, {
            text: `[[${s.n}]] [[2]]`,
            channelId: CHANNELS[k % CHANNELS.length],
            userId: s.user,
          });
        else if (kind === 'click') {
          s.quiz = q.id;
          const buttons = buttonsOf(q.message);
          s.result = await fake.clickButton(events, {
            message: q.message,
            button: buttons[k % buttons.length],
            userId: s.user,
          });
        } else {
          const { token } = discord.dispatchCommand('product', { a: `[[${s.n}]]`, b: '[[3]]' });
          s.token = token;
          const first = await discord.waitFor(
            () => discord.httpInteractions.find((x) => x.token === token),
            'first response',
            30_000,
          );
          s.status = first.status;
        }
      } catch (e) {
        s.failed = String(e);
      }
    });
  }
  let peakRss = idleRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(bot.pid))), 250);
  const t0 = performance.now();
  let next = 0;
  let freezeDone: Promise<void> | undefined;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const i = next++;
        if (i === Math.floor(TOTAL / 2) && !freezeDone) {
          // Halfway: Postgres freezes for FREEZE_MS while the load goes on.
          frozen = true;
          proxy.set('stall');
          freezeDone = sleep(FREEZE_MS).then(() => {
            proxy.set('pass');
            frozen = false;
          });
        }
        await jobs[i]();
      }
    }),
  );
  await freezeDone;
  const answersOf = (s: Sent) => repliesTo(rig, s);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !sent.every((s) => answersOf(s).length > 0)) await sleep(250);
  await sleep(2_000);
  clearInterval(sampler);
  const wallMs = performance.now() - t0;
  const afterRss = rssMb(bot.pid);

  const acked = sent.filter((s) => !s.failed && (s.result?.status === 200 || s.status === 200));
  const lost = acked.filter((s) => answersOf(s).length === 0).length;
  const doubled = acked.filter((s) => answersOf(s).length > 1).length;
  const wrong = acked.filter((s) => {
    const a = answersOf(s)[0]?.text ?? '';
    if (s.kind === 'command') return a !== '' && !a.includes(`[[${2 * s.n}]]`);
    if (s.kind === 'discord') return a !== '' && !a.includes(`${3 * s.n}`);
    return false;
  }).length;
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  let miscounted = 0;
  let toldUnavailable = 0;
  try {
    for (const q of quizzes) {
      const users = new Set((await store.roundAnswers(q.id)).map((x) => x.user));
      for (const s of acked.filter((x) => x.kind === 'click' && x.quiz === q.id)) {
        const text = answersOf(s)[0]?.text ?? '';
        if (/Right:|Not this one:|already answered/.test(text) && !users.has(s.user)) miscounted++;
        if (/could not be recorded/.test(text)) toldUnavailable++;
      }
    }
  } finally {
    await store.close();
  }
  const acks = acked.filter((s) => s.result).map((s) => s.result!.ackMs);
  const acksDuring = acked.filter((s) => s.result && s.during).map((s) => s.result!.ackMs);
  const answerMs = acked
    .filter((s) => s.kind !== 'discord')
    .map((s) => Math.min(...answersOf(s).map((x) => x.at)) - (performance.timeOrigin + s.sentAt))
    .filter(Number.isFinite);
  const table = [
    `The bot process (src/bot/main.ts: Slack over HTTP, Discord HTTP interactions) on Postgres through a TCP proxy; ` +
      `${TOTAL} requests (60% Slack slash commands: 1×1 products, figures off; 25% quiz clicks by 700 users; 15% Discord ` +
      `interactions: products with their PNG), ${CONCURRENCY} in flight, Postgres frozen (every connection stalled) ` +
      `for ${FREEZE_MS / 1000} s from the middle of the run. The compiled bot (dist/), WORKERS=${process.env.WORKERS ?? '1'}, STORE_TIMEOUT_MS 2000 (default).`,
    '',
    '| requests | acked | lost | doubled | wrong answer | clicks reported counted, not in the store | clicks told "could not be recorded" | wall |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${sent.length} | ${acked.length} | ${lost} | ${doubled} | ${wrong} | ${miscounted} | ${toldUnavailable} | ${(wallMs / 1000).toFixed(1)} s |`,
    '',
    '| latency (ms) | p50 | p99 | max |',
    '| --- | ---: | ---: | ---: |',
    `| Slack ack, whole run | ${pct(acks, 50).toFixed(0)} | ${pct(acks, 99).toFixed(0)} | ${Math.max(...acks).toFixed(0)} |`,
    `| Slack ack, during the freeze | ${pct(acksDuring, 50).toFixed(0)} | ${pct(acksDuring, 99).toFixed(0)} | ${Math.max(...acksDuring).toFixed(0)} |`,
    `| Slack answer or notice posted | ${pct(answerMs, 50).toFixed(0)} | ${pct(answerMs, 99).toFixed(0)} | ${Math.max(...answerMs).toFixed(0)} |`,
    '',
    `Bot RSS: ${idleRss.toFixed(0)} MB idle before the run, ${peakRss.toFixed(0)} MB peak (sampled every 250 ms), ${afterRss.toFixed(0)} MB after. ` +
      `Load average ${os.loadavg()[0].toFixed(1)} at the end. ${machineLine()}`,
  ].join('\n');
  console.log(table);
  writeBenchmarkSection('bench:faults', `## A 10 s database freeze under load (issue 17)\n\n${table}`);
} finally {
  await rig.close();
}
