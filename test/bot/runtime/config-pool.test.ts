// WORKERS and QUEUE_MAX_WAIT_SECONDS: validated with the variable's name, defaults when unset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../../src/bot/config.js';

test('the pool defaults: no WORKERS (the pool picks), a 15 s queue wait', () => {
  assert.deepEqual(loadConfig({}).pool, { maxWaitSeconds: 15 });
  assert.deepEqual(loadConfig({ WORKERS: ' ', QUEUE_MAX_WAIT_SECONDS: '' }).pool, { maxWaitSeconds: 15 });
});

test('WORKERS and QUEUE_MAX_WAIT_SECONDS are read and range-checked', () => {
  assert.deepEqual(loadConfig({ WORKERS: '3', QUEUE_MAX_WAIT_SECONDS: '40' }).pool, { workers: 3, maxWaitSeconds: 40 });
  for (const [name, value] of [
    ['WORKERS', '0'],
    ['WORKERS', '65'],
    ['WORKERS', 'two'],
    ['QUEUE_MAX_WAIT_SECONDS', '0'],
    ['QUEUE_MAX_WAIT_SECONDS', '601'],
    ['QUEUE_MAX_WAIT_SECONDS', '1.5'],
  ])
    assert.throws(
      () => loadConfig({ [name]: value }),
      (e: unknown) => e instanceof ConfigError && e.variable === name,
      `${name}=${value}`,
    );
});
