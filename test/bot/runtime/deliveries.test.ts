// DeliveryLedger (src/bot/runtime/deliveries.ts): the store decides whether a delivery is new; a replay to the same
// instance is answered from memory; with the store unavailable the memory alone decides and nothing is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { DeliveryLedger, settleWithin } from '../../../src/bot/runtime/deliveries.js';
import { StoreUnavailableError } from '../../../src/store/guard.js';
import { openStore } from '../../../src/store/index.js';

const silent = pino({ level: 'silent' });

test('two ledgers on one store (two instances): a delivery is first once, in either', async () => {
  const store = await openStore({ dataDir: ':memory:' });
  try {
    const a = new DeliveryLedger(store, silent);
    const b = new DeliveryLedger(store, silent);
    assert.equal(await a.first('slack:trigger:1'), true);
    assert.equal(await a.first('slack:trigger:1'), false, 'a replay to the same instance');
    assert.equal(await b.first('slack:trigger:1'), false, 'a replay to another instance');
    assert.equal(await b.first('slack:trigger:2'), true);
  } finally {
    await store.close();
  }
});

test('the store unavailable: the memory decides, a new delivery is handled, a replay to this instance is not', async () => {
  let calls = 0;
  const down = {
    claimDelivery: async () => {
      calls++;
      throw new StoreUnavailableError('down', 'claimDelivery');
    },
  };
  const ledger = new DeliveryLedger(down, silent);
  assert.equal(await ledger.first('discord:interaction:9'), true);
  assert.equal(await ledger.first('discord:interaction:9'), false);
  assert.equal(calls, 1, 'the replay was known without asking the store');
});

test('ids expire from memory after the TTL', async () => {
  let now = 1_000;
  const ledger = new DeliveryLedger(undefined, silent, 500, () => now);
  assert.equal(await ledger.first('k'), true);
  now += 499;
  assert.equal(await ledger.first('k'), false);
  now += 600;
  assert.equal(await ledger.first('k'), true);
});

test('settleWithin: the value in time, else the fallback; a rejection is the fallback', async () => {
  assert.equal(await settleWithin(Promise.resolve(1), 1_000, 0), 1);
  assert.equal(await settleWithin(new Promise<number>(() => undefined), 10, 0), 0);
  assert.equal(await settleWithin(Promise.reject(new Error('x')), 1_000, 7), 7);
});
