// The shared rate limit's arithmetic (src/store/sliding-window.ts), and the SQL that decides hits
// checked against it: random hit sequences give the same allowed / remaining / retryAfterMs on
// SQLite and Postgres as the model, and retryAfterMs is the exact first allowed moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../fc-seed.js';
import fc from 'fast-check';
import { openStore } from '../../src/store/index.js';
import {
  allows,
  remainingHits,
  retryAfterMs,
  rollWindow,
  windowStartOf,
  type WindowState,
} from '../../src/store/sliding-window.js';
import type { RateLimitResult, Store } from '../../src/store/types.js';
import { TEST_DATABASE_URL, dropSchema, postgresRequirement, testSchemaName } from './backends.js';

const T0 = Date.UTC(2026, 10, 20, 12);

/** The limiter as a plain model: roll, decide, count only allowed hits. */
class Model {
  private state: WindowState = { windowStart: 0, hits: 0, prevHits: 0 };
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}
  hit(now: number): RateLimitResult {
    const s = rollWindow(this.state, now, this.windowMs);
    if (!allows(s, now, this.limit, this.windowMs)) {
      this.state = s;
      return { allowed: false, remaining: 0, retryAfterMs: retryAfterMs(s, now, this.limit, this.windowMs) };
    }
    this.state = { ...s, hits: s.hits + 1 };
    return { allowed: true, remaining: remainingHits(this.state, now, this.limit, this.windowMs), retryAfterMs: 0 };
  }
}

test('windows are aligned to multiples of windowMs', () => {
  assert.equal(windowStartOf(12_345, 1_000), 12_000);
  assert.equal(windowStartOf(12_000, 1_000), 12_000);
  assert.deepEqual(rollWindow({ windowStart: 11_000, hits: 3, prevHits: 9 }, 12_500, 1_000), {
    windowStart: 12_000,
    hits: 0,
    prevHits: 3,
  });
  assert.deepEqual(rollWindow({ windowStart: 10_000, hits: 3, prevHits: 9 }, 12_500, 1_000), {
    windowStart: 12_000,
    hits: 0,
    prevHits: 0,
  });
});

test('retryAfterMs is the first moment a hit is allowed (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 1, max: 5_000 }),
      fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }),
      (limit, windowMs, gaps) => {
        const model = new Model(limit, windowMs);
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          const r = model.hit(now);
          if (r.allowed) continue;
          assert.ok(r.retryAfterMs >= 1);
          // Probe copies of the model: refused 1 ms before, allowed at the moment.
          const probe = (t: number) => {
            const copy = Object.assign(Object.create(Model.prototype), structuredClone(model)) as Model;
            return copy.hit(t).allowed;
          };
          if (r.retryAfterMs > 1) assert.equal(probe(now + r.retryAfterMs - 1), false, 'allowed too early');
          assert.equal(probe(now + r.retryAfterMs), true, 'still refused on time');
        }
      },
    ),
    { numRuns: 300 },
  );
});

async function sqlMatchesModel(store: Store, runs: number): Promise<void> {
  let key = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 2_000 }),
      fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 25 }),
      async (limit, windowMs, gaps) => {
        const k = `prop-${++key}`;
        const model = new Model(limit, windowMs);
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          assert.deepEqual(await store.hitRateLimit(k, { limit, windowMs, now }), model.hit(now));
        }
      },
    ),
    { numRuns: runs },
  );
}

test('the SQL decides hits exactly as the model, on SQLite (property)', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  try {
    await sqlMatchesModel(store, 200);
  } finally {
    await store.close();
  }
});

const pgNeed = await postgresRequirement();
test('the SQL decides hits exactly as the model, on Postgres (property)', { skip: pgNeed.skip }, async () => {
  pgNeed.assertAvailable();
  const schema = testSchemaName();
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  try {
    await sqlMatchesModel(store, 40);
  } finally {
    await store.close();
    await dropSchema(schema);
  }
});
