/**
 * A small pool of worker threads running the engine (`engine-worker.ts`), so that computing and
 * PNG rendering happen off the main event loop, with a hard time limit per command.
 *
 * - `run(command, options)` resolves with the same Reply as the engine's `run()` (figures as Buffers).
 * - Hard limit: a command still running after `timeoutMs` (default 5 s: the engine's own cooperative
 *   2 s limit plus room for rendering) gets its worker terminated and replaced, and resolves with a
 *   friendly `timeout` EngineError. The limit counts from when a worker starts the command, not
 *   from when it was queued.
 * - A worker that dies (uncaught error, exit) fails only the command it was running: `run()`
 *   rejects, which the Dispatcher reports as a fault with an id. The worker is replaced.
 *   A worker out of memory (with `resourceLimits`) resolves with a `too_large` EngineError instead.
 * - When every worker is busy, commands wait in a FIFO queue of at most `maxQueue` (default 200).
 *   Past that, `run()` rejects with `EnginePoolBusyError`, which the Dispatcher turns into a polite
 *   rate-limit-like reply ("busy, try again in a few seconds") rather than a fault.
 * - Workers start on first use and are unref'd while idle, so an idle pool never keeps the process
 *   alive; `close()` terminates them all.
 */
import os from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Command, EngineError, Figure, Reply, RunOptions } from '../../engine/index.js';
import type { WorkerRequest, WorkerResponse } from './engine-worker.js';

export interface EnginePoolOptions {
  /** Number of workers; default `max(1, min(2, availableParallelism - 1))`. */
  size?: number;
  /** Hard limit per command, in ms, from the moment a worker starts it. Default 5,000. */
  timeoutMs?: number;
  /** Commands allowed to wait for a worker; past it `run()` rejects with `EnginePoolBusyError`. Default 200. */
  maxQueue?: number;
  /** Memory limits per worker (node's `resourceLimits`), e.g. `{ maxOldGenerationSizeMb: 512 }`. */
  resourceLimits?: ResourceLimits;
}

export const DEFAULT_POOL_TIMEOUT_MS = 5_000;
export const DEFAULT_POOL_MAX_QUEUE = 200;
/** Extra time a command gets while its (new) worker is still starting. */
const STARTUP_ALLOWANCE_MS = 15_000;

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, os.availableParallelism() - 1));
}

/** All workers busy and the queue full: an overload, not a bug. */
export class EnginePoolBusyError extends Error {
  constructor(readonly queued: number) {
    super(`the engine pool is busy (${queued} commands waiting)`);
    this.name = 'EnginePoolBusyError';
  }
}

/** The pool was closed before (or while) the command ran. */
export class EnginePoolClosedError extends Error {
  constructor() {
    super('the engine pool is closed');
    this.name = 'EnginePoolClosedError';
  }
}

type Job = { id: number; type: 'run'; command: Command; options?: RunOptions } | { id: number; type: 'hang' | 'crash' };

interface Task {
  job: Job;
  resolve: (reply: Reply) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
  ready: boolean;
  /** Set once the pool has given up on this worker (timeout, crash, close): ignore its events. */
  dead: boolean;
  /** Resolves when the worker is ready or gone. */
  started: Promise<void>;
  markStarted: () => void;
}

/**
 * How to start a worker, for compiled `dist/` and for tsx (`.ts` sources) alike. Under tsx the
 * worker is a `.ts` file and needs tsx's loader; node 20 ignores loaders given in a worker's
 * `execArgv` for the worker's entry (nodejs/node#47747), so a two-line bootstrap registers tsx
 * in the worker thread and then imports the worker. Both are resolved from here, so workers start
 * whatever the current directory is.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { entry: new URL('./engine-worker.js', here), eval: false };
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./engine-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: bootstrap, eval: true };
}

export function timeoutError(timeoutMs: number): EngineError {
  const s = Number.isInteger(timeoutMs / 1000) ? String(timeoutMs / 1000) : (timeoutMs / 1000).toFixed(1);
  return {
    ok: false,
    code: 'timeout',
    message: `this took more than ${s} s of work, so it was stopped (very long exact fractions or big matrices make it slow)`,
    hint: 'Use shorter numbers or smaller matrices; decimals with a few digits or small fractions stay fast. Example: /hadamard schur hilbert(6) pascal(6)',
  };
}

function outOfMemoryError(): EngineError {
  return {
    ok: false,
    code: 'too_large',
    message: 'this needed more memory than one command may use, so it was stopped',
    hint: 'Use smaller matrices (up to 12×12) or smaller numbers. Example: hilbert(12) .* pascal(12)',
  };
}

/** Figures arrive as Uint8Array (structured clone); the engine's contract is Buffer. */
function withBufferFigures(reply: Reply): Reply {
  if (!reply.ok) return reply;
  const figures: Figure[] = reply.figures.map((f) => {
    const u8 = f.png as unknown as Uint8Array;
    return { ...f, png: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
  });
  return { ...reply, figures };
}

export class EnginePool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly maxQueue: number;
  private readonly resourceLimits?: ResourceLimits;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers that died before saying ready, in a row: a broken worker file must not respawn forever. */
  private startFailures = 0;

  constructor(options: EnginePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_POOL_TIMEOUT_MS;
    this.maxQueue = options.maxQueue ?? DEFAULT_POOL_MAX_QUEUE;
    this.resourceLimits = options.resourceLimits;
  }

  /** Commands waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Commands running in a worker. */
  get running(): number {
    return this.slots.filter((s) => s.task).length;
  }

  /** Runs a command in a worker: the engine's `run()`, off the main thread and with a hard limit. */
  run(command: Command, options?: RunOptions): Promise<Reply> {
    return this.submit({ id: this.nextId++, type: 'run', command, options });
  }

  /**
   * Tests only: a job that busy-loops (`hang`) or kills its worker (`crash`), to exercise the real
   * timeout and crash paths (terminate, replace).
   */
  runTestProbe(kind: 'hang' | 'crash'): Promise<Reply> {
    return this.submit({ id: this.nextId++, type: kind });
  }

  /**
   * Starts the workers now rather than on first use (saves the first commands the start-up).
   * Resolves once each has loaded the engine and drawn a first figure (or died trying).
   */
  warm(): Promise<void> {
    while (!this.closed && this.slots.length < this.size) this.spawn();
    return Promise.all(this.slots.map((s) => s.started)).then(() => undefined);
  }

  /** Terminates every worker; commands waiting or running reject with `EnginePoolClosedError`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new EnginePoolClosedError();
    for (const t of this.queue.splice(0)) t.reject(err);
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (s) => {
        s.dead = true;
        s.markStarted();
        clearTimeout(s.timer);
        const task = s.task;
        s.task = undefined;
        task?.reject(err);
        await s.worker.terminate();
      }),
    );
  }

  private submit(job: Job): Promise<Reply> {
    if (this.closed) return Promise.reject(new EnginePoolClosedError());
    return new Promise<Reply>((resolve, reject) => {
      const task: Task = { job, resolve, reject };
      const idle = this.slots.find((s) => !s.task && !s.dead);
      if (idle) return this.start(idle, task);
      if (this.slots.length < this.size) return this.start(this.spawn(), task);
      if (this.queue.length >= this.maxQueue) return reject(new EnginePoolBusyError(this.queue.length));
      this.queue.push(task);
    });
  }

  private spawn(): Slot {
    const { entry, eval: isEval } = workerEntry();
    const worker = new Worker(entry, { eval: isEval, resourceLimits: this.resourceLimits });
    worker.unref();
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const slot: Slot = { worker, ready: false, dead: false, started, markStarted };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerResponse) => this.onMessage(slot, msg));
    worker.on('error', (err) => this.onDeath(slot, err));
    worker.on('exit', (code) => this.onDeath(slot, new Error(`engine worker exited with code ${code}`)));
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    // A busy worker keeps the process alive until its command is answered; an idle one does not.
    slot.worker.ref();
    this.armTimer(slot);
    slot.worker.postMessage(task.job satisfies WorkerRequest);
  }

  /**
   * The hard limit counts work, not a worker's start-up (loading the engine, compiling under tsx):
   * until the worker says ready, it gets a generous start-up allowance on top.
   */
  private armTimer(slot: Slot): void {
    clearTimeout(slot.timer);
    const ms = slot.ready ? this.timeoutMs : this.timeoutMs + STARTUP_ALLOWANCE_MS;
    slot.timer = setTimeout(() => this.onTimeout(slot), ms);
  }

  private finish(slot: Slot): Task | undefined {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.task = undefined;
    if (!slot.dead) slot.worker.unref();
    return task;
  }

  /** Hands the next waiting command to a free worker, spawning replacements as needed. */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.task && !s.dead);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private onMessage(slot: Slot, msg: WorkerResponse): void {
    if (slot.dead) return;
    if (msg.type === 'ready') {
      slot.ready = true;
      slot.markStarted();
      this.startFailures = 0;
      // unref() before the worker is online does not stick (the port is ref'd as it starts): again here.
      if (slot.task) this.armTimer(slot);
      else slot.worker.unref();
      return;
    }
    if (slot.task?.job.id !== msg.id) return;
    const task = this.finish(slot)!;
    if (msg.type === 'reply') {
      task.resolve(withBufferFigures(msg.reply));
    } else {
      const err = new Error(`engine fault in worker: ${msg.message}`);
      err.name = msg.name;
      if (msg.stack) err.stack = msg.stack;
      task.reject(err);
    }
    this.pump();
  }

  private onTimeout(slot: Slot): void {
    if (slot.dead || !slot.task) return;
    const task = this.finish(slot)!;
    this.retire(slot);
    task.resolve(timeoutError(this.timeoutMs));
    this.pump();
  }

  private onDeath(slot: Slot, err: Error): void {
    if (slot.dead) return;
    if (!slot.ready) this.startFailures++;
    const task = this.finish(slot);
    this.retire(slot);
    if (task) {
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') task.resolve(outOfMemoryError());
      else task.reject(err);
    }
    if (this.startFailures >= 3) {
      // The worker cannot start (broken build?): fail what waits instead of respawning forever.
      for (const t of this.queue.splice(0)) t.reject(new Error(`engine workers fail to start: ${err.message}`));
      this.startFailures = 0;
      return;
    }
    this.pump();
  }

  /** Forgets a worker (a replacement is spawned on demand) and makes sure it is gone. */
  private retire(slot: Slot): void {
    slot.dead = true;
    slot.markStarted();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.unref();
    void slot.worker.terminate().catch(() => undefined);
  }
}
