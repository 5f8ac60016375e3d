// The engine pool: worker threads answer exactly what the in-process engine answers (PNG bytes too),
// a runaway command is stopped by the hard limit (terminate + replace), a crashed worker fails only
// its own command, the queue is bounded, and neither an idle pool nor a closed one keeps a process alive.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Dispatcher } from '../../../src/bot/runtime/dispatch.js';
import {
  EnginePool,
  EnginePoolBusyError,
  EnginePoolClosedError,
  defaultPoolSize,
} from '../../../src/bot/runtime/engine-pool.js';
import { makeLogger } from '../../../src/bot/logger.js';
import { parseCommand, run, type Command, type Reply, type RunOptions } from '../../../src/engine/index.js';

function command(text: string, options?: RunOptions): Command {
  const c = parseCommand(text, options);
  if (!c.ok) throw new Error(`test command does not parse: ${c.message}`);
  return c.value;
}

/** A 12×12 matrix of long exact fractions: exact elimination on these takes seconds. */
function longFractions(offset: number): string {
  const rows = Array.from({ length: 12 }, (_, i) =>
    Array.from({ length: 12 }, (_, j) => {
      const k = offset + 12 * i + j;
      return `(123457^12+${k})/(98765^12+${k})`;
    }).join(','),
  );
  return `[[${rows.join('],[')}]]`;
}

/** Limits raised so that only the pool's hard limit can stop the slow command (not the engine's 2 s). */
const SLOW_LIMITS: RunOptions = { limits: { maxTextLength: 100_000, maxTotalDigits: 100_000, maxMillis: 600_000 } };
const SLOW = `/hadamard schur ${longFractions(0)} ${longFractions(1000)}`;

function productOf(reply: Reply): unknown {
  assert.ok(reply.ok, `expected an answer, got ${reply.ok ? '' : reply.code}`);
  return reply.data.product;
}

test('the default size is the parallelism the process may use, at least 1 and at most 8', () => {
  const n = defaultPoolSize();
  assert.equal(n, Math.max(1, Math.min(8, os.availableParallelism())));
});

test('answers equal the in-process engine: text, data, errors and PNG bytes; figures are Buffers', async () => {
  const pool = new EnginePool({ size: 2 });
  try {
    const texts = [
      '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]',
      '/hadamard [1/2 1/3; 1/4 1/5] .* [2 3; 4 5]',
      '/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
      '/hadamard psd [[1,2],[2,1]]',
      '/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]',
      '/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]',
      '/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]',
      '/hadamard [[sqrt(2), pi],[1, e]] [[1,2],[3,4]]',
      '/hadamard explain schur',
      '/hadamard help psd',
      '/hadamard [[1,2]] [[1,2,3]]',
      '/hadamard psd [[1,2,3],[4,5,6]]',
    ];
    let figures = 0;
    for (const text of texts) {
      const c = command(text);
      const [viaPool, inProcess] = [await pool.run(c), await run(c)];
      assert.deepEqual(viaPool, inProcess, text);
      if (viaPool.ok) {
        for (const f of viaPool.figures) {
          assert.ok(Buffer.isBuffer(f.png), `${text}: figure ${f.name} is a Buffer`);
          assert.ok(f.png.length > 100);
          figures++;
        }
      }
    }
    assert.ok(figures >= 5, 'the comparison covered figures');
    // An error value crosses the thread boundary as a value, not a fault.
    const err = await pool.run(command('/hadamard [[1,2]] [[1,2,3]]'));
    assert.equal(err.ok, false);
    assert.equal(err.ok === false && err.code, 'shape_mismatch');
  } finally {
    await pool.close();
  }
});

test('a runaway computation hits the hard limit: timeout error, worker replaced, next command answered', async () => {
  // One worker: if it were not terminated and replaced, the next command could never be answered.
  const pool = new EnginePool({ size: 1, timeoutMs: 1000 });
  try {
    assert.deepEqual(productOf(await pool.run(command('[[1,2]] [[3,4]]'))), [[3, 8]]); // worker started
    const slow = await pool.run(command(SLOW, SLOW_LIMITS), SLOW_LIMITS);
    assert.equal(slow.ok, false);
    assert.equal(!slow.ok && slow.code, 'timeout');
    assert.match(!slow.ok ? slow.message : '', /more than 1 s of work/);
    assert.ok(!slow.ok && slow.hint.includes('/hadamard'), 'the hint shows a command that works');
    assert.deepEqual(productOf(await pool.run(command('[[2,3],[4,1]] [[5,6],[7,8]]'))), [
      [10, 18],
      [28, 8],
    ]);
    // The busy-loop probe goes through the same terminate/replace path.
    const hung = await pool.runTestProbe('hang');
    assert.equal(!hung.ok && hung.code, 'timeout');
    assert.deepEqual(productOf(await pool.run(command('[[1,1]] [[5,7]]'))), [[5, 7]]);
    assert.equal(pool.running, 0);
  } finally {
    await pool.close();
  }
});

test('a worker crash fails only its own command (rejects); the worker is replaced', async () => {
  const pool = new EnginePool({ size: 1 });
  try {
    const crash = pool.runTestProbe('crash');
    const queued = pool.run(command('[[1,2]] [[3,4]]')); // waits behind the crash, on the same single worker
    await assert.rejects(crash, /crash requested/);
    assert.deepEqual(productOf(await queued), [[3, 8]]);
  } finally {
    await pool.close();
  }
});

test('20 commands at once on 2 workers: all answered, each with its own result', async () => {
  const pool = new EnginePool({ size: 2 });
  try {
    await pool.warm();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pool.run(command(`[[2,3],[4,${i + 1}]] [[5,6],[7,8]]`))),
    );
    replies.forEach((r, i) => {
      assert.deepEqual(productOf(r), [
        [10, 18],
        [28, 8 * (i + 1)],
      ]);
      assert.ok(r.ok && Buffer.isBuffer(r.figures[0]?.png));
    });
    assert.equal(pool.queued, 0);
    assert.equal(pool.running, 0);
  } finally {
    await pool.close();
  }
});

test('the queue is bounded: past it, EnginePoolBusyError; close() rejects what waits', async () => {
  const pool = new EnginePool({ size: 1, maxQueue: 2, timeoutMs: 60_000 });
  const hung = pool.runTestProbe('hang'); // occupies the only worker until close()
  const waiting = [pool.run(command('[[1]] [[2]]')), pool.run(command('[[1]] [[3]]'))];
  assert.equal(pool.queued, 2);
  await assert.rejects(pool.run(command('[[1]] [[4]]')), EnginePoolBusyError);
  const closedOut = [hung, ...waiting].map((p) => assert.rejects(p, EnginePoolClosedError));
  await pool.close();
  await Promise.all(closedOut);
  await assert.rejects(pool.run(command('[[1]] [[5]]')), EnginePoolClosedError);
});

test('the Dispatcher with a pool: answers, hard-limit timeouts as errors, a full queue as a polite busy reply', async () => {
  let raw = '';
  const logger = makeLogger(
    'info',
    new Writable({
      write(chunk, _enc, cb) {
        raw += String(chunk);
        cb();
      },
    }),
  );
  const pool = new EnginePool({ size: 1, maxQueue: 0, timeoutMs: 1000 });
  const dispatcher = new Dispatcher({ logger, rateLimit: { count: 100, windowSeconds: 30 }, pool, run: SLOW_LIMITS });
  try {
    const ok = await dispatcher.handle({ platform: 'local', userId: 'u', text: '[[2,3],[4,1]] [[5,6],[7,8]]' });
    assert.equal(ok.kind, 'answer');
    assert.ok(ok.kind === 'answer' && Buffer.isBuffer(ok.answer.figures[0]?.png));

    const slow = await dispatcher.handle({ platform: 'local', userId: 'u', command: command(SLOW, SLOW_LIMITS) });
    assert.equal(slow.kind, 'error');
    assert.equal(slow.kind === 'error' && slow.error.code, 'timeout');

    // The only worker is busy and no command may wait: the next one is told to come back later.
    const busyWorker = pool.runTestProbe('hang');
    const busy = await dispatcher.handle({ platform: 'local', userId: 'u', text: '[[1]] [[2]]' });
    assert.equal(busy.kind, 'rate_limited');
    assert.match(busy.kind === 'rate_limited' ? busy.message : '', /busy/);
    assert.equal(!(await busyWorker).ok, true);

    const logs = raw
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(logs.some((l) => l.outcome === 'busy'));
    assert.ok(logs.some((l) => l.outcome === 'user_error' && l.code === 'timeout'));
  } finally {
    await dispatcher.drain();
    await dispatcher.close();
  }
  await assert.rejects(pool.run(command('[[1]] [[2]]')), EnginePoolClosedError, 'Dispatcher.close() closed the pool');
});

test('a worker fault reaches the Dispatcher as a fault with an error id', async () => {
  const logger = makeLogger('silent');
  const pool = new EnginePool({ size: 1 });
  // Stand-in for a worker dying mid-command: the pool's run() rejects (as it does on 'error'/'exit').
  const failing = { run: () => pool.runTestProbe('crash'), close: () => pool.close() } as unknown as EnginePool;
  const dispatcher = new Dispatcher({ logger, rateLimit: { count: 100, windowSeconds: 30 }, pool: failing });
  try {
    const out = await dispatcher.handle({ platform: 'local', userId: 'u', text: '[[1]] [[2]]' });
    assert.equal(out.kind, 'fault');
    assert.match(out.kind === 'fault' ? out.message : '', /error id [0-9a-f]{8}/);
  } finally {
    await pool.close();
  }
});

test('neither an idle pool nor a closed one keeps the process alive', () => {
  const poolUrl = new URL('../../../src/bot/runtime/engine-pool.ts', import.meta.url).href;
  const engineUrl = new URL('../../../src/engine/index.ts', import.meta.url).href;
  const script = (close: boolean) => `
    import { EnginePool } from ${JSON.stringify(poolUrl)};
    import { parseCommand } from ${JSON.stringify(engineUrl)};
    const pool = new EnginePool({ size: 2 });
    pool.warm();
    const c = parseCommand('[[2,3],[4,1]] [[5,6],[7,8]]');
    const r = await pool.run(c.value);
    console.log(JSON.stringify(r.data.product));
    ${close ? 'await pool.close();' : '/* left open: idle workers are unref-ed */'}
  `;
  for (const close of [true, false]) {
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(close)], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(res.signal, null, `close=${close}: the process exited by itself (stderr: ${res.stderr})`);
    assert.equal(res.status, 0, res.stderr);
    assert.equal(res.stdout.trim(), '[[10,18],[28,8]]');
  }
});
