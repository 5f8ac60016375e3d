// The engine worker's heap collector (src/bot/runtime/heap-collector.ts, issue 20 "bounded memory"): a full
// collection between commands once the heap is past its threshold. The decision with a fake heap and gc, and the real
// thing in a worker thread, where node gives no gc() and the collector must find one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { heapCollector } from '../../../src/bot/runtime/heap-collector.js';

test('collects only past the threshold, and never without a gc function', () => {
  let used = 10 * 2 ** 20;
  let gcs = 0;
  const c = heapCollector(
    40,
    () => ((gcs += 1), (used = 12 * 2 ** 20)),
    () => used,
  );
  assert.equal(c.afterCommand(), false);
  used = 40 * 2 ** 20;
  assert.equal(c.afterCommand(), false, 'at the threshold: not yet');
  used = 40 * 2 ** 20 + 1;
  assert.equal(c.afterCommand(), true);
  assert.equal(gcs, 1);
  assert.equal(c.collections, 1);
  assert.equal(c.afterCommand(), false, 'the collection brought it down');
  const none = heapCollector(1, null, () => 1e12);
  assert.equal(none.afterCommand(), false);
});

test('in a real worker thread the collector finds gc() and keeps the heap near its threshold', async () => {
  const url = new URL('../../../src/bot/runtime/heap-collector.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  // Garbage that survives young collections (V8 promotes it), as the number code's BigInts do: a rolling window of
  // 2,000 arrays, each dropped a while after it was made. Without collections by hand the old generation grows far
  // past 24 MB before V8 collects it on its own.
  const code = `
    const { parentPort } = require('node:worker_threads');
    const v8 = require('node:v8');
    import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(url)}); }).then((m) => {
      const c = m.heapCollector(24);
      let peakAfter = 0;
      const window = [];
      for (let round = 0; round < 300; round++) {
        for (let i = 0; i < 200; i++) {
          window.push(Array.from({ length: 100 }, (_, k) => BigInt(k) ** 9n));
          if (window.length > 2000) window.shift();
        }
        c.afterCommand();
        peakAfter = Math.max(peakAfter, v8.getHeapStatistics().used_heap_size);
      }
      parentPort.postMessage({ collections: c.collections, peakAfterMb: peakAfter / 2 ** 20 });
    });`;
  const w = new Worker(code, { eval: true });
  const result = await new Promise<{ collections: number; peakAfterMb: number }>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  await w.terminate();
  assert.ok(result.collections > 0, 'gc() was found and used');
  // Right after each command the heap is at most the threshold, or what one collection could not free (the window
  // of live arrays, about 10 MB).
  assert.ok(result.peakAfterMb <= 24, `heap after a command peaked at ${result.peakAfterMb.toFixed(1)} MB`);
});
