/** The local page's figure store is bounded by bytes, least recently used out first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FigureStore } from '../../../src/bot/local/server.js';

const figure = (name: string, bytes: number) => ({ name, alt: name, png: Buffer.alloc(bytes, 1) });

test('the byte budget holds over thousands of figures of mixed sizes', () => {
  const store = new FigureStore(100_000, 1_000_000);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let most = 0;
  for (let i = 0; i < 5000; i++) {
    store.put(figure(`f${i}`, 1000 + Math.floor(next() * 200_000)));
    most = Math.max(most, store.bytesUsed);
  }
  assert.ok(most <= 1_000_000, `never above the budget (peak ${most})`);
  assert.ok(store.bytesUsed > 1_000_000 - 201_000, 'and it is used, not emptied');
  assert.ok(store.size < 1000);
});

test('eviction is least recently used: a figure just served survives the next put', () => {
  const store = new FigureStore(1000, 300);
  const a = store.put(figure('a', 100));
  const b = store.put(figure('b', 100));
  const c = store.put(figure('c', 100));
  assert.equal(store.bytesUsed, 300);
  assert.equal(store.get(a)?.name, 'a'); // a is now the most recent; b the least
  store.put(figure('d', 100));
  assert.equal(store.get(b), undefined, 'b went');
  assert.equal(store.get(a)?.name, 'a');
  assert.equal(store.get(c)?.name, 'c');
  assert.equal(store.bytesUsed, 300);
  // One figure larger than the budget is kept alone (the answer that made it can still show it) …
  const big = store.put(figure('big', 1000));
  assert.equal(store.size, 1);
  assert.equal(store.get(big)?.name, 'big');
  // … until the next one.
  store.put(figure('e', 100));
  assert.equal(store.get(big), undefined);
  assert.equal(store.bytesUsed, 100);
});
