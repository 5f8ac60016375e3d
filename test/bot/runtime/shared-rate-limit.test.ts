// The per-user rate limit is shared by instances through the store: one user's commands spread over two
// Dispatchers (two store connections on one SQLite file, and on one Postgres schema) are limited in total, while
// two Dispatchers that each keep the limit in memory would let twice as many through (the control).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dispatcher, type Outcome } from '../../../src/bot/runtime/dispatch.js';
import { RateLimiter, StoreRateLimiter } from '../../../src/bot/runtime/rate-limit.js';
import { makeLogger } from '../../../src/bot/logger.js';
import { postgresBackend, sqliteFile, type StoreBackend } from '../../store/backends.js';

const logger = makeLogger('silent');
const LIMIT = 5;
const rateLimit = { count: LIMIT, windowSeconds: 3600 };

/** Sends `n` commands as one user, alternating between the dispatchers, all at once. */
async function burst(dispatchers: Dispatcher[], n: number, userId = 'U_SHARED'): Promise<Outcome[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      dispatchers[i % dispatchers.length].handle({ platform: 'slack', userId, text: `[[${i + 1}]] [[2]]` }),
    ),
  );
}

function tally(outcomes: Outcome[]): { answered: number; limited: number } {
  let answered = 0;
  let limited = 0;
  for (const o of outcomes) {
    if (o.kind === 'answer') answered++;
    else if (o.kind === 'rate_limited' && o.reason === 'user') limited++;
    else assert.fail(`unexpected outcome ${o.kind}`);
  }
  return { answered, limited };
}

async function sharedAcrossTwo(backend: StoreBackend): Promise<void> {
  backend.require?.();
  const db = await backend.fresh();
  try {
    const [a, b] = [await db.open(), await db.open()];
    const dispatchers = [
      new Dispatcher({ logger, rateLimit, store: a }),
      new Dispatcher({ logger, rateLimit, store: b }),
    ];
    const { answered, limited } = tally(await burst(dispatchers, 4 * LIMIT));
    assert.equal(answered, LIMIT, `${LIMIT} commands allowed in total over both instances`);
    assert.equal(limited, 3 * LIMIT);
    // Every refusal says when to retry, in whole seconds (the two-window approximation can ask for up to two windows).
    const refused = await dispatchers[1].handle({ platform: 'slack', userId: 'U_SHARED', text: '[[1]] [[1]]' });
    assert.equal(refused.kind, 'rate_limited');
    if (refused.kind === 'rate_limited') {
      assert.ok(refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 2 * 3600);
      assert.match(refused.message, /try again in \d+ s/);
    }
    // The limit is per user (and per platform): someone else, or the same id on Discord, is still answered.
    assert.equal(
      (await dispatchers[0].handle({ platform: 'slack', userId: 'U_OTHER', text: '[[1]] [[2]]' })).kind,
      'answer',
    );
    assert.equal(
      (await dispatchers[1].handle({ platform: 'discord', userId: 'U_SHARED', text: '[[1]] [[2]]' })).kind,
      'answer',
    );
  } finally {
    await db.drop();
  }
}

test('control: two instances keeping the limit in memory let twice the limit through', async () => {
  const dispatchers = [new Dispatcher({ logger, rateLimit }), new Dispatcher({ logger, rateLimit })];
  assert.equal(tally(await burst(dispatchers, 4 * LIMIT)).answered, 2 * LIMIT);
});

test('one user over two instances on one SQLite file is limited in total', () => sharedAcrossTwo(sqliteFile));

const postgres = await postgresBackend();
test('one user over two instances on one Postgres schema is limited in total', { skip: postgres.skip }, () =>
  sharedAcrossTwo(postgres),
);

test('a store that fails does not refuse commands: the in-memory limit decides meanwhile', async () => {
  let calls = 0;
  const broken = {
    hitRateLimit(): Promise<never> {
      calls++;
      return Promise.reject(new Error('connection reset'));
    },
  };
  const limiter = new StoreRateLimiter(broken, 2, 60_000);
  assert.deepEqual(
    [await limiter.take('u'), await limiter.take('u')],
    [0, 0],
    'allowed while the store is down, up to the limit',
  );
  assert.ok((await limiter.take('u')) > 0, 'and limited in memory past it');
  assert.equal(calls, 3, 'the store was asked each time');
});

test('the store decides: a refusal from the store is a refusal, with its wait', async () => {
  const store = {
    hitRateLimit: () => Promise.resolve({ allowed: false, remaining: 0, retryAfterMs: 4200 }),
  };
  assert.equal(await new StoreRateLimiter(store, 10, 60_000).take('u'), 4200);
  // The memory limiter's arithmetic, for comparison: the 3rd hit in a window of 2 waits for the first to expire.
  let now = 1000;
  const memory = new RateLimiter(2, 10_000, () => now);
  assert.equal(await memory.take('u'), 0);
  now += 4000;
  assert.equal(await memory.take('u'), 0);
  assert.equal(await memory.take('u'), 6000);
});
