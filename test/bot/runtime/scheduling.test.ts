// The engine pool's scheduler: cost estimates put cheap commands in a fast lane that overtakes queued heavy ones,
// users take turns so one user's burst does not hold up another's command, and a command that waits past the limit
// is shed with a typed "busy, try again in N s" (dispatcher outcome, metrics, 429 + Retry-After on the local API).
// The Slack surface is driven through the real Bolt app against the fake Slack. Every assertion is about order or counts, never about how long something took.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dispatcher } from '../../../src/bot/runtime/dispatch.js';
import { CHEAP_UNITS, estimateCost } from '../../../src/bot/runtime/cost.js';
import { EnginePool, EnginePoolBusyError } from '../../../src/bot/runtime/engine-pool.js';
import { Metrics } from '../../../src/bot/runtime/metrics.js';
import { makeLogger } from '../../../src/bot/logger.js';
import { parseCommand, type Command } from '../../../src/engine/index.js';
import { makeContext, SCRIPT_HEADERS, startServer } from '../local/fixtures.js';
import { FakeSlack } from '../../fakes/slack.js';
import { startBot } from '../slack/harness.js';

const logger = makeLogger('silent');
const rateLimit = { count: 1000, windowSeconds: 60 };

function command(text: string): Command {
  const c = parseCommand(text);
  if (!c.ok) throw new Error(`test command does not parse: ${c.message}`);
  return c.value;
}

/** A deterministic n×n matrix of fractions p/q, |p| < 100, 2 ≤ q < 100. */
function fractions(n: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const rows = Array.from({ length: n }, () =>
    Array.from({ length: n }, () => `${(next() % 199) - 99}/${(next() % 98) + 2}`).join(','),
  );
  return `[[${rows.join('],[')}]]`;
}

const HEAVY = (k: number) => `schur ${fractions(12, 2 * k + 1)} ${fractions(12, 2 * k + 2)}`;
const CHEAP = '[[1]] [[2]]';

test('the cost estimate: tiny and text-only commands are cheap; 12×12 fractions, generators and powers are not', () => {
  const cost = (t: string) => estimateCost(command(t));
  for (const t of [CHEAP, '[[2,3],[4,1]] [[5,6],[7,8]]', 'schur [[2,1],[1,2]] [[1,1],[1,1]]', 'explain schur', 'help'])
    assert.ok(cost(t).cheap, `${t} is cheap (${cost(t).units.toFixed(1)} units)`);
  for (const t of [
    HEAVY(0),
    `${fractions(12, 1)} ${fractions(12, 2)}`,
    'schur hilbert(12) pascal(12)',
    '[[7^1900]] [[3]]',
  ])
    assert.ok(!cost(t).cheap, `${t.slice(0, 30)}… is heavy (${cost(t).units.toFixed(1)} units)`);
  // It ranks: a bigger matrix of the same kind costs more, and a cubic verb more than an elementwise one.
  assert.ok(cost(`schur ${fractions(8, 1)} ${fractions(8, 2)}`).units < cost(HEAVY(0)).units);
  assert.ok(cost(`${fractions(12, 1)} ${fractions(12, 2)}`).units < cost(HEAVY(0)).units);
  assert.ok(cost(CHEAP).units <= CHEAP_UNITS);
});

test('a cheap command overtakes heavy ones queued before it (one worker)', async () => {
  const pool = new EnginePool({ size: 1 });
  const done: string[] = [];
  const track = (name: string, p: Promise<unknown>) => p.then(() => done.push(name));
  try {
    await pool.warm();
    const all = [0, 1, 2, 3].map((k) => track(`heavy${k}`, pool.run(command(HEAVY(k)), {}, { user: `u${k}` })));
    all.push(track('cheap', pool.run(command(CHEAP), {}, { user: 'late' })));
    assert.equal(pool.queued, 4, 'three heavy and the cheap one wait behind the first heavy');
    await Promise.all(all);
    // FIFO would answer the cheap one last; the fast lane answers it as soon as the running command ends.
    assert.deepEqual(done, ['heavy0', 'cheap', 'heavy1', 'heavy2', 'heavy3']);
  } finally {
    await pool.close();
  }
});

test('with two workers, one is kept for the fast lane: a cheap command starts while heavy ones wait', async () => {
  const pool = new EnginePool({ size: 2 });
  try {
    await pool.warm();
    assert.equal(pool.heavyCap, 1);
    const heavy = [0, 1, 2].map((k) => pool.run(command(HEAVY(k)), {}, { user: 'burst' }));
    assert.deepEqual([pool.running, pool.queued], [1, 2], 'heavy commands take one worker only');
    const cheap = pool.run(command(CHEAP), {}, { user: 'other' });
    assert.deepEqual([pool.running, pool.queued], [2, 2], 'the cheap one started at once, on the kept worker');
    await Promise.all([cheap, ...heavy]);
  } finally {
    await pool.close();
  }
});

test("users take turns: one user's burst does not starve another user's command (Dispatcher, one worker)", async () => {
  const pool = new EnginePool({ size: 1 });
  const dispatcher = new Dispatcher({ logger, rateLimit, pool });
  const done: string[] = [];
  try {
    await pool.warm();
    const send = (user: string, name: string, text: string) =>
      dispatcher.handle({ platform: 'local', userId: user, text }).then((o) => {
        assert.equal(o.kind, 'answer', `${name} answered`);
        done.push(name);
      });
    const all = [0, 1, 2, 3, 4].map((k) => send('alice', `alice${k}`, HEAVY(k)));
    all.push(send('bob', 'bob0', HEAVY(5)));
    await Promise.all(all);
    // First in, first out would put bob last. In turns, bob waits for at most one more of alice's commands.
    assert.deepEqual(done, ['alice0', 'alice1', 'bob0', 'alice2', 'alice3', 'alice4']);
  } finally {
    await dispatcher.drain();
    await dispatcher.close();
  }
});

test('a command that waits past the limit is shed: a typed busy outcome, counted, never dropped', async () => {
  const pool = new EnginePool({ size: 1, maxWaitMs: 100, timeoutMs: 60_000 });
  const metrics = new Metrics({ defaultMetrics: false });
  const dispatcher = new Dispatcher({ logger, rateLimit, pool, metrics });
  try {
    const hung = pool.runTestProbe('hang'); // holds the only worker until close()
    const out = await dispatcher.handle({ platform: 'slack', userId: 'u', text: CHEAP });
    assert.equal(out.kind, 'rate_limited');
    if (out.kind !== 'rate_limited') return;
    assert.equal(out.reason, 'busy');
    assert.ok(Number.isInteger(out.retryAfterSeconds) && out.retryAfterSeconds >= 1 && out.retryAfterSeconds <= 60);
    assert.match(out.message, new RegExp(`busy.*try again in ${out.retryAfterSeconds} s`));
    assert.equal(pool.queued, 0, 'the shed command left the queue');
    const text = await metrics.text();
    assert.match(text, /hadamard_shed_commands_total\{platform="slack"\} 1\b/);
    assert.match(text, /hadamard_commands_total\{platform="slack",verb="product",outcome="busy"\} 1\b/);
    // The pool's own error says why, for callers without a dispatcher.
    await assert.rejects(pool.run(command(CHEAP)), (e: unknown) => {
      assert.ok(e instanceof EnginePoolBusyError);
      assert.equal(e.reason, 'wait_limit');
      return true;
    });
    void hung.catch(() => undefined);
  } finally {
    await dispatcher.close();
  }
});

test('the local API answers a shed command with 429, Retry-After and code busy', async () => {
  const pool = new EnginePool({ size: 1, maxWaitMs: 100, timeoutMs: 60_000 });
  const ctx = { ...makeContext(), dispatcher: new Dispatcher({ logger, rateLimit, pool }) };
  const s = await startServer(ctx);
  try {
    void pool.runTestProbe('hang').catch(() => undefined);
    const res = await fetch(s.url + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS },
      body: JSON.stringify({ text: CHEAP }),
    });
    assert.equal(res.status, 429);
    const retry = Number(res.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    const json = (await res.json()) as { ok: boolean; error?: { code: string; message: string; hint: string } };
    assert.equal(json.ok, false);
    assert.equal(json.error?.code, 'busy');
    assert.match(json.error?.message ?? '', /busy/);
    assert.match(json.error?.hint ?? '', new RegExp(`Wait ${retry} s`));
  } finally {
    await s.close();
    await ctx.dispatcher.close();
  }
});

test("engineBusy: from half of maxQueue waiting, the pool's retry estimate; never without a pool", () => {
  const at = (queued: number) =>
    new Dispatcher({
      logger,
      rateLimit,
      pool: { queued, maxQueue: 10, retryAfterSeconds: () => 9 } as unknown as EnginePool,
    }).engineBusy();
  assert.deepEqual([0, 4, 5, 10].map(at), [0, 0, 9, 9]);
  assert.equal(new Dispatcher({ logger, rateLimit }).engineBusy(), 0);
});

test('the local API refuses an upload (429 busy) before reading it while the engine queue is long', async () => {
  const pool = new EnginePool({ size: 1, maxQueue: 2, maxWaitMs: 60_000, timeoutMs: 60_000 });
  const metrics = new Metrics();
  const ctx = { ...makeContext(), dispatcher: new Dispatcher({ logger, rateLimit, pool, metrics }) };
  const s = await startServer(ctx);
  try {
    // One command runs (hangs) and one waits: the queue is half full.
    void pool.runTestProbe('hang').catch(() => undefined);
    void pool.runTestProbe('hang').catch(() => undefined);
    assert.equal(pool.queued, 1);
    const form = new FormData();
    form.set('text', 'psd @1');
    form.append('file', new Blob(['2,1\n1,2\n'], { type: 'text/csv' }), 'cov.csv');
    const res = await fetch(s.url + '/api/command', { method: 'POST', headers: SCRIPT_HEADERS, body: form });
    assert.equal(res.status, 429);
    const retry = Number(res.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    const json = (await res.json()) as { ok: boolean; error?: { code: string } };
    assert.equal(json.error?.code, 'busy');
    assert.equal(pool.queued, 1, 'the upload never reached the queue');
    assert.match(await metrics.text(), /hadamard_shed_commands_total\{platform="local"\} 1\b/);
  } finally {
    await s.close();
    await ctx.dispatcher.close();
  }
});

test('on Slack, a shed slash command gets a private "busy, try again in N s" (ephemeral, on its response_url)', async () => {
  const fake = await FakeSlack.start();
  const pool = new EnginePool({ size: 1, maxWaitMs: 100, timeoutMs: 60_000 });
  const bot = await startBot(fake, { rateLimit, pool });
  try {
    void pool.runTestProbe('hang').catch(() => undefined);
    const r = await fake.sendSlashCommand(bot.eventsUrl, { text: CHEAP, channelId: 'C0BUSY', userId: 'U0BUSY' });
    assert.equal(r.status, 200, 'acknowledged at once');
    await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the busy reply');
    const replies = fake.responses.filter((x) => x.commandId === r.commandId);
    assert.equal(replies.length, 1);
    assert.equal(replies[0].body.response_type, 'ephemeral');
    assert.match(replies[0].allText, /busy.*try again in \d+ s/);
    assert.equal(fake.messages.filter((m) => m.channel === 'C0BUSY').length, 0, 'nothing in the channel');
  } finally {
    await bot.stop();
    await fake.close();
  }
});
