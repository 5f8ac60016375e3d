// The Postgres store behind a TCP proxy written here (test/fakes/tcp-proxy.ts) that stalls, slows and cuts the
// connection, as a stopped database, a slow network and a restart do. Every call ends within its deadline as
// "unavailable" (never a hang), the guard fails fast while the database is gone, and the store recovers by itself
// once the database answers, without reopening. A write cut off by a stall is never lost half-way: a transaction
// applies whole or not at all, and a first answer counts once however often it is retried.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { guardStore, isStoreUnavailable, openStore, type GuardedStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { TcpFaultProxy } from '../fakes/tcp-proxy.js';
import { TEST_DATABASE_URL, createSchema, dropSchema, postgresRequirement } from './backends.js';

const pgNeed = await postgresRequirement();
const TIMEOUT_MS = 400;
const NOW = Date.UTC(2026, 11, 7, 12);

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** A call that must end as "unavailable" (and not hang: the test's own timeout would catch a hang). */
async function unavailable(p: Promise<unknown>, what: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => isStoreUnavailable(e), what);
}

describe('the Postgres store through a faulty network', { skip: pgNeed.skip, timeout: 120_000 }, () => {
  let proxy: TcpFaultProxy;
  let schema: string;
  let raw: Store;
  let store: GuardedStore;
  /** A store straight to Postgres (no proxy), to look at what really happened. */
  let direct: Store;

  before(async () => {
    pgNeed.assertAvailable();
    const created = await createSchema();
    schema = created.schema;
    const db = new URL(TEST_DATABASE_URL);
    proxy = await TcpFaultProxy.start({ host: db.hostname, port: Number(db.port || 5432) }, { slowMs: 1000 });
    const viaProxy = new URL(created.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    raw = await openStore({ databaseUrl: viaProxy.toString(), timeoutMs: TIMEOUT_MS, maxConnections: 4 });
    store = guardStore(raw, { timeoutMs: TIMEOUT_MS, probeEveryMs: 50 });
    direct = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    await store.createRound({
      id: 'qfault1',
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      createdBy: 'U0',
      topic: 'entry',
      level: 'easy',
      seed: 1,
      correctChoice: 'a',
      choiceIds: ['a', 'b', 'c', 'd'],
      createdAt: NOW,
      closesAt: NOW + 3_600_000,
    });
  });

  after(async () => {
    await store?.close();
    await direct?.close();
    await proxy?.close();
    if (schema) await dropSchema(schema);
  });

  for (const mode of ['stall', 'slow', 'cut'] as const)
    test(`${mode}: calls end as unavailable within the deadline, then fail fast; the store recovers by itself`, async () => {
      assert.equal(store.health.up, true);
      proxy.set(mode);
      try {
        await unavailable(store.getRound('qfault1'), 'the first call');
        assert.equal(store.health.up, false);
        // Down: refused at once (the settings of a computation, the rate limit: their fallbacks decide at once).
        for (let i = 0; i < 20; i++)
          await unavailable(store.getSettings({ platform: 'p', workspace: 'w', channel: 'c' }), 'fast');
      } finally {
        proxy.set('pass');
      }
      await until(() => store.health.up, 'the probe to find the database again');
      assert.equal((await store.getRound('qfault1'))?.id, 'qfault1');
    });

  test('an answer whose write was stalled is reported unavailable, and counts exactly once after the thaw', async () => {
    proxy.set('stall');
    const answer = { roundId: 'qfault1', user: 'U0STALL', choice: 'a', correct: true, points: 10, answeredAt: NOW + 1 };
    try {
      await unavailable(store.recordAnswer(answer), 'the stalled answer');
    } finally {
      proxy.set('pass');
    }
    await until(() => store.health.up, 'recovery');
    // The statement may or may not have reached the database before the connection was given up: either way, the
    // user trying again gets one answer, recorded or "already".
    const retry = await store.recordAnswer({ ...answer, answeredAt: NOW + 2 });
    assert.ok(retry.outcome === 'recorded' || retry.outcome === 'already', retry.outcome);
    const rows = (await direct.roundAnswers('qfault1')).filter((a) => a.user === 'U0STALL');
    assert.equal(rows.length, 1);
  });

  test('forget-me cut off mid-transaction applies whole or not at all', async () => {
    for (const [i, user] of ['U0FORGET'].entries())
      await store.recordAnswer({
        roundId: 'qfault1',
        user,
        choice: 'b',
        correct: false,
        points: 0,
        answeredAt: NOW + i,
      });
    await store.linkReply({
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      sourceMessageId: 'm-forget',
      user: 'U0FORGET',
      replyMessageId: 'r1',
      createdAt: NOW,
    });
    proxy.set('slow');
    const forgotten = unavailable(store.forgetUser({ platform: 'slack', user: 'U0FORGET' }), 'forget-me');
    await sleep(1_200); // some of the transaction is on its way, slowly
    proxy.set('cut');
    await forgotten;
    proxy.set('pass');
    await until(() => store.health.up, 'recovery');
    const answers = (await direct.roundAnswers('qfault1')).filter((a) => a.user === 'U0FORGET').length;
    const link = await direct.findReply({ platform: 'slack', channel: 'C1', sourceMessageId: 'm-forget' });
    assert.ok(
      (answers === 0 && link === undefined) || (answers === 1 && link !== undefined),
      `all or nothing: ${answers} answers, link ${link ? 'kept' : 'gone'}`,
    );
    // And again, now that the database answers: done.
    const r = await store.forgetUser({ platform: 'slack', user: 'U0FORGET' });
    assert.equal(r.answers + answers === 1 || r.answers === answers, true);
    assert.equal((await direct.roundAnswers('qfault1')).filter((a) => a.user === 'U0FORGET').length, 0);
  });
});
