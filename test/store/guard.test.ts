// The store's guard (src/store/guard.ts): a deadline on every call, outages told apart from bugs, a breaker that
// fails fast while the database is gone and closes when a probe gets an answer, and one log line per outage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { guardStore, isOutageError, StoreUnavailableError } from '../../src/store/guard.js';
import type { Store } from '../../src/store/types.js';

/** A store whose `ping` and `getRound` behave as the test says; other methods are not called. */
function fakeStore(behave: { ping: () => Promise<void>; getRound: () => Promise<undefined> }): Store {
  return {
    kind: 'postgres',
    ping: () => behave.ping(),
    getRound: () => behave.getRound(),
    close: async () => undefined,
  } as unknown as Store;
}

function recorder() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  return {
    lines,
    logger: {
      info: (obj: object, msg?: string) => lines.push({ level: 'info', obj, msg }),
      warn: (obj: object, msg?: string) => lines.push({ level: 'warn', obj, msg }),
    },
  };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await sleep(10);
  assert.ok(cond(), what);
}

test('isOutageError: unreachable, stalled and restarting databases are outages; bugs are not', () => {
  for (const e of [
    refused,
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Query read timeout'),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    Object.assign(new Error('too many connections'), { code: '53300' }),
    Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
    new Error('wrapped', { cause: refused }),
    new StoreUnavailableError('x', 'ping'),
  ])
    assert.equal(isOutageError(e), true, e.message);
  for (const e of [
    Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' }),
    Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }),
    new TypeError('cannot read properties of undefined'),
    'a string',
    undefined,
  ])
    assert.equal(isOutageError(e), false, String(e));
});

test('a call past its deadline is refused as unavailable; the breaker then fails fast and a probe closes it', async () => {
  let frozen = true;
  let getRoundCalls = 0;
  const never = () => new Promise<never>(() => undefined);
  const store = fakeStore({
    ping: () => (frozen ? never() : Promise.resolve()),
    getRound: () => {
      getRoundCalls++;
      return frozen ? never() : Promise.resolve(undefined);
    },
  });
  const log = recorder();
  const g = guardStore(store, { timeoutMs: 50, probeEveryMs: 20, logger: log.logger });
  await assert.rejects(
    g.getRound('q1'),
    (e: unknown) => e instanceof StoreUnavailableError && e.operation === 'getRound',
  );
  assert.equal(g.health.up, false);
  // Down: refused at once, without reaching the database.
  for (let i = 0; i < 5; i++) await assert.rejects(g.getRound('q1'), StoreUnavailableError);
  assert.equal(getRoundCalls, 1);
  assert.equal(g.health.refused, 6);
  // The database answers again: the background probe notices, and calls go through.
  frozen = false;
  await until(() => g.health.up, 'the probe closes the breaker');
  assert.equal(await g.getRound('q1'), undefined);
  assert.equal(getRoundCalls, 2);
  // One warning when the outage began, one when it ended (with its count), nothing per call.
  assert.deepEqual(
    log.lines.map((l) => [l.level, l.msg]),
    [
      ['warn', 'store unavailable: computations go on; quizzes, scores and settings changes wait until it is back'],
      ['warn', 'store available again'],
    ],
  );
  assert.equal((log.lines[1].obj as { refused: number }).refused, 6);
  await g.close();
});

test('a refused connection is an outage at once; a bug passes through unchanged and leaves the breaker closed', async () => {
  let mode: 'down' | 'bug' | 'ok' = 'bug';
  const bug = Object.assign(new Error('syntax error'), { code: '42601' });
  const store = fakeStore({
    ping: () => (mode === 'down' ? Promise.reject(refused) : Promise.resolve()),
    getRound: () =>
      mode === 'bug' ? Promise.reject(bug) : mode === 'down' ? Promise.reject(refused) : Promise.resolve(undefined),
  });
  const g = guardStore(store, { timeoutMs: 1_000, probeEveryMs: 20 });
  await assert.rejects(g.getRound('q'), (e: unknown) => e === bug);
  assert.equal(g.health.up, true);
  mode = 'down';
  await assert.rejects(g.getRound('q'), (e: unknown) => e instanceof StoreUnavailableError && e.cause === refused);
  assert.equal(g.health.up, false);
  assert.equal(g.health.outages, 1);
  // ping goes through the breaker too (what /readyz asks): refused at once while down.
  await assert.rejects(g.ping(), StoreUnavailableError);
  mode = 'ok';
  await until(() => g.health.up, 'recovers');
  await g.ping();
  await g.close();
});

test('close stops the probe: a closed guard never pings again', async () => {
  let pings = 0;
  const store = fakeStore({
    ping: () => {
      pings++;
      return Promise.reject(refused);
    },
    getRound: () => Promise.reject(refused),
  });
  const g = guardStore(store, { timeoutMs: 1_000, probeEveryMs: 10 });
  await assert.rejects(g.getRound('q'), StoreUnavailableError);
  await until(() => pings >= 2, 'probing while down');
  await g.close();
  const after = pings;
  await sleep(60);
  assert.ok(pings <= after + 1, `probes after close: ${pings - after}`);
});
