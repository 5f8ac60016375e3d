/**
 * One engine worker thread (started by `engine-pool.ts`). It imports the engine once and answers
 * `{ id, command, options }` messages with `{ id, reply }`, one at a time, so computing and PNG
 * rendering never block the main thread's event loop (Slack acks, Discord heartbeats).
 * Figures travel as transferred byte arrays; the pool turns them back into Buffers.
 * A bug thrown by `run()` comes back as `{ id, fault }`; the worker keeps serving.
 */
import { parentPort } from 'node:worker_threads';
import { run, type Command, type Reply, type RunOptions } from '../../engine/index.js';
import { heapCollector } from './heap-collector.js';

/** What the pool sends. `hang` (tests only) busy-loops forever, to exercise the pool's hard timeout. */
export type WorkerRequest =
  | { id: number; type: 'run'; command: Command; options?: RunOptions }
  | { id: number; type: 'hang' }
  | { id: number; type: 'crash' };

/** What the worker answers. In `reply`, each figure's `png` is a Uint8Array (structured clone). */
export type WorkerResponse =
  | { type: 'ready' }
  | { id: number; type: 'reply'; reply: Reply }
  | { id: number; type: 'fault'; name: string; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs inside a worker thread (see engine-pool.ts)');
/** Keeps this worker's heap near 40 MB: a full collection between commands once it is past that (./heap-collector.ts). */
const collector = heapCollector();

async function answer(msg: WorkerRequest): Promise<void> {
  if (msg.type === 'hang') {
    for (;;) {
      // Synchronous on purpose: only terminate() can stop this, as with a runaway computation.
    }
  }
  if (msg.type === 'crash') {
    // An uncaught exception outside any request handler: the worker dies ('error' + 'exit').
    setImmediate(() => {
      throw new Error('engine worker crash requested (test)');
    });
    return;
  }
  try {
    const reply = await run(msg.command, msg.options);
    const transfer: ArrayBuffer[] = [];
    if (reply.ok) {
      for (const f of reply.figures) {
        // A fresh, exactly-sized copy: canvas buffers may be native or pooled, which cannot be transferred.
        const bytes = new Uint8Array(f.png);
        transfer.push(bytes.buffer);
        (f as { png: unknown }).png = bytes;
      }
    }
    port!.postMessage({ id: msg.id, type: 'reply', reply } satisfies WorkerResponse, transfer);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    port!.postMessage({
      id: msg.id,
      type: 'fault',
      name: e.name,
      message: e.message,
      stack: e.stack,
    } satisfies WorkerResponse);
  }
}

/**
 * Warm up before saying ready: the first run loads the canvas and the fonts, which should not count
 * against the pool's hard limit for a user's command.
 */
async function warmUp(): Promise<void> {
  await run({ verb: 'product', operands: [{ text: '[[1,2],[3,4]]' }, { text: '[[1,2],[3,4]]' }] }).catch(
    () => undefined,
  );
  port!.postMessage({ type: 'ready' } satisfies WorkerResponse);
}

// The pool sends one request at a time per worker; the chain keeps that true even if it did not.
let chain: Promise<void> = warmUp();
port.on('message', (msg: WorkerRequest) => {
  chain = chain.then(() => answer(msg)).then(() => void collector.afterCommand());
});
