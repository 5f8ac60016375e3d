// The fault suite (issue 17): the real bot process (src/bot/main.ts, what `npm start` runs) with Slack over HTTP and
// Discord HTTP interactions, on Postgres reached through a TCP proxy written here (test/fakes/tcp-proxy.ts) that
// stalls, slows (2 s per round trip) and cuts the connection; the shared Postgres itself is never touched. Through each
// fault the fakes send slash commands, quiz clicks and Discord interactions, and the test checks:
// - every Slack ack comes in under Slack's 3 s (an ack never waits on the store);
// - every command is answered, or its user told (computations are answered: they need no store; group verbs say
//   "unavailable"), and none twice;
// - no quiz answer is counted twice, and none is reported counted unless the store has it;
// - the store's outage is logged once per fault, never as an error or a stack per request;
// - afterwards the bot works again without a restart: /readyz is ready, a click counts, the board shows it.
// With FAULT_REPORT=1 it prints its latency table (bench/faults.ts writes BENCHMARKS.md; nothing here is timed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../../src/store/index.js';
import { buttonsOf, type SendResult } from '../../fakes/slack.js';
import type { ProxyMode } from '../../fakes/tcp-proxy.js';
import { TEST_DATABASE_URL, postgresRequirement } from '../../store/backends.js';
import { repliesTo, startFaultRig } from './fault-rig.js';

const pgNeed = await postgresRequirement();

/** Per fault: slash commands (computations), quiz clicks (group verbs) and Discord interactions, a few at a time. */
const PER_PHASE = { commands: 12, clicks: 8, discord: 6 };
const CONCURRENCY = 6;
const CHANNELS = ['C0FAULT01', 'C0FAULT02'];

interface Sent {
  kind: 'command' | 'click' | 'discord';
  phase: ProxyMode | 'before' | 'after';
  /** Commands: the unique entry whose product identifies the answer. */
  n: number;
  user: string;
  quiz?: string;
  result?: SendResult;
  failed?: string;
  token?: string;
  status?: number;
}

async function pool(n: number, jobs: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

async function until(cond: () => boolean | Promise<boolean>, ms: number, what: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what()}`);
    await sleep(100);
  }
}

test(
  'faults: Postgres stalled, slowed and cut under the running bot: acks in time, nothing lost, doubled or miscounted, recovery without restart',
  { skip: pgNeed.skip, timeout: 300_000 },
  async () => {
    pgNeed.assertAvailable();
    const rig = await startFaultRig({
      channels: CHANNELS,
      // Longer than Slack's 3 s: an ack that waited on the store would be late, and the test would see it.
      env: { STORE_TIMEOUT_MS: '4000' },
    });
    const { fake, discord, proxy, bot, events, origin, quizzes, schema } = rig;
    let stopped = false;
    try {
      const sent: Sent[] = [];
      let n = 0;
      let clicker = 0;
      /** One batch of work, sent while the proxy is in `phase`. */
      const batch = (phase: Sent['phase']): (() => Promise<void>)[] => {
        const jobs: (() => Promise<void>)[] = [];
        for (let k = 0; k < PER_PHASE.commands; k++) {
          const s: Sent = { kind: 'command', phase, n: 100_000 + ++n, user: `U0C${k % 5}` };
          sent.push(s);
          jobs.push(async () => {
            try {
              s.result = await fake.sendSlashCommand(events, {
                text: `[[${s.n}]] [[2]]`,
                channelId: CHANNELS[k % CHANNELS.length],
                userId: s.user,
              });
            } catch (e) {
              s.failed = String(e);
            }
          });
        }
        for (let k = 0; k < PER_PHASE.clicks; k++) {
          const q = quizzes[k % quizzes.length];
          const buttons = buttonsOf(q.message);
          // Some users click twice (an impatient double click): counted once at most.
          const user = `U0K${k % 3 === 2 ? clicker : ++clicker}`;
          const s: Sent = { kind: 'click', phase, n: 0, user, quiz: q.id };
          sent.push(s);
          jobs.push(async () => {
            try {
              s.result = await fake.clickButton(events, {
                message: q.message,
                button: buttons[k % buttons.length],
                userId: user,
              });
            } catch (e) {
              s.failed = String(e);
            }
          });
        }
        for (let k = 0; k < PER_PHASE.discord; k++) {
          const s: Sent = { kind: 'discord', phase, n: 200_000 + ++n, user: discord.alice.id };
          sent.push(s);
          jobs.push(async () => {
            const { token } = discord.dispatchCommand('product', { a: `[[${s.n}]]`, b: '[[3]]' });
            s.token = token;
            const first = await discord.waitFor(
              () => discord.httpInteractions.find((x) => x.token === token),
              'the first response',
              30_000,
            );
            s.status = first.status;
          });
        }
        // Interleaved, as users would send them.
        return jobs.sort((a, b) => ((jobs.indexOf(a) * 7919) % jobs.length) - ((jobs.indexOf(b) * 7919) % jobs.length));
      };

      // Each fault: the proxy misbehaves, a batch is sent through it (some requests meet the start of the outage,
      // the rest a store known to be down), and then the database comes back.
      for (const phase of ['stall', 'slow', 'cut'] as const) {
        proxy.set(phase);
        await pool(CONCURRENCY, batch(phase));
        await sleep(500);
        proxy.set('pass');
        // The bot finds the database again by itself (its probe), before the next fault.
        await until(
          async () => (await fetch(`${origin}/readyz`)).status === 200,
          20_000,
          () => `readyz after ${phase}`,
        );
      }
      await pool(CONCURRENCY, batch('after'));

      // Every request acked by Slack in time, and every one answered or told, once.
      const answersOf = (s: Sent): string[] => repliesTo(rig, s).map((x) => x.text);
      await until(
        () => sent.every((s) => answersOf(s).length > 0),
        60_000,
        () => {
          const missing = sent.filter((s) => answersOf(s).length === 0);
          return `${missing.length} unanswered, e.g. ${missing
            .slice(0, 3)
            .map((s) => `${s.kind}/${s.phase} ${s.n || s.user} ${s.failed ?? s.result?.status ?? s.status}`)
            .join('; ')}\n${bot.stderr().slice(-2000)}`;
        },
      );
      await sleep(1_500); // a double answer would show by now

      const ackMs: number[] = [];
      for (const s of sent) {
        const what = `${s.kind} in ${s.phase} (${s.n || s.user})`;
        assert.equal(s.failed, undefined, `${what}: sent`);
        if (s.kind === 'discord') assert.equal(s.status, 200, `${what}: first response`);
        else {
          assert.equal(s.result!.status, 200, `${what}: acked`);
          assert.ok(s.result!.ackMs < 3000, `${what}: acked in ${s.result!.ackMs.toFixed(0)} ms, within Slack's 3 s`);
          ackMs.push(s.result!.ackMs);
        }
        const answers = answersOf(s);
        assert.equal(answers.length, 1, `${what}: answered once: ${answers.map((a) => a.slice(0, 80)).join(' | ')}`);
        // Computations need no store: answered with the right product whatever the database does.
        if (s.kind === 'command')
          assert.ok(answers[0].includes(`[[${2 * s.n}]]`), `${what}: the product: ${answers[0]}`);
        if (s.kind === 'discord') assert.ok(answers[0].includes(`${3 * s.n}`), `${what}: the product: ${answers[0]}`);
        if (s.kind === 'click')
          assert.match(
            answers[0],
            /Right|Not this one|already answered|could not be recorded/,
            `${what}: ${answers[0]}`,
          );
      }

      // Clicks: counted at most once, and every "counted" feedback is in the store.
      const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
      try {
        for (const q of quizzes) {
          const users = (await store.roundAnswers(q.id)).map((x) => x.user);
          assert.equal(new Set(users).size, users.length, 'no user counted twice');
          const clicks = sent.filter((s) => s.kind === 'click' && s.quiz === q.id);
          const counted = new Set(
            clicks.filter((s) => /Right:|Not this one:|already answered/.test(answersOf(s)[0])).map((s) => s.user),
          );
          for (const u of counted) assert.ok(users.includes(u), `${u}: reported counted, and in the store`);
          for (const u of users)
            assert.ok(
              clicks.some((s) => s.user === u),
              `${u}: in the store because of our click`,
            );
        }
        // During the faults some clicks were told "unavailable"; after them, clicks count again (no restart).
        const told = sent.filter((s) => s.kind === 'click' && /could not be recorded/.test(answersOf(s)[0]));
        assert.ok(told.length > 0, 'some clicks met the outage and were told so');
        const afterClicks = sent.filter((s) => s.kind === 'click' && s.phase === 'after');
        assert.ok(
          afterClicks.every((s) => !/could not be recorded/.test(answersOf(s)[0])),
          'after recovery every click is decided by the store',
        );
      } finally {
        await store.close();
      }

      // The outage is logged once per fault (begin and end), never as an error or a stack per request.
      const logs = bot.logs();
      const began = logs.filter((l) => String(l.msg).startsWith('store unavailable'));
      const ended = logs.filter((l) => l.msg === 'store available again');
      assert.ok(began.length >= 1 && began.length <= 3, `outages logged: ${began.length}`);
      assert.equal(ended.length, began.length, 'each outage logged as over');
      const errors = logs.filter((l) => Number(l.level) >= 50);
      assert.deepEqual(
        errors.map((l) => `${String(l.msg)} ${JSON.stringify(l).slice(0, 1500)}`),
        [],
        'no error-level lines',
      );
      assert.ok(!bot.stderr().includes('    at '), 'no stack traces');
      if (process.env.FAULT_REPORT === '1') {
        const sorted = [...ackMs].sort((a, b) => a - b);
        console.log(
          `# acks: p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
        );
      }
      assert.equal(await bot.stop(), 0, 'stops cleanly');
      stopped = true;
    } finally {
      if (!stopped) bot.kill();
      await rig.close();
    }
  },
);
