/**
 * A small pool of worker threads running the engine (`engine-worker.ts`), so that computing and
 * PNG rendering happen off the main event loop, with a hard time limit per command, and a fair,
 * cost-aware queue in front of it.
 *
 * - `run(command, options, { user })` resolves with the same Reply as the engine's `run()` (figures as Buffers).
 * - Hard limit: a command still running after `timeoutMs` (default 5 s: the engine's own cooperative
 *   2 s limit plus room for rendering) gets its worker terminated and replaced, and resolves with a
 *   friendly `timeout` EngineError. The limit counts from when a worker starts the command, not
 *   from when it was queued.
 * - A worker that dies (uncaught error, exit) fails only the command it was running: `run()`
 *   rejects, which the Dispatcher reports as a fault with an id. The worker is replaced.
 *   A worker out of memory (with `resourceLimits`) resolves with a `too_large` EngineError instead.
 * - Scheduling (see `estimateCost` in cost.ts): each command's cost is estimated before it runs. Cheap ones take
 *   the fast lane, served before any heavy one, and `reserved` workers (default 1 when there are 2 or more) never
 *   take a heavy command, so a cheap command waits for at most a cheap one. Within each lane, users take turns
 *   (round robin over users with commands waiting): one user's burst delays others by at most one command each.
 * - Bounded waiting: at most `maxQueue` commands wait (default 200), and none longer than `maxWaitMs` (default
 *   15 s). Past either, `run()` rejects with `EnginePoolBusyError` carrying an estimate of when to retry (from the
 *   queued commands' estimated cost and the measured time per unit of cost), which the Dispatcher turns into a
 *   polite "busy, try again in N s" rather than a fault.
 * - Workers start on first use and are unref'd while idle, so an idle pool never keeps the process
 *   alive; `close()` terminates them all.
 */
import os from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import {
  answerLocale,
  type Command,
  type EngineError,
  type Figure,
  type Reply,
  type RunOptions,
} from '../../engine/index.js';
import { translator, type Locale } from '../../engine/i18n/index.js';
import type { WorkerRequest, WorkerResponse } from './engine-worker.js';
import { estimateCost, type CostEstimate } from './cost.js';

export interface EnginePoolOptions {
  /** Number of workers; default `defaultPoolSize()` (the machine's parallelism, at most 8); `WORKERS` sets it. */
  size?: number;
  /**
   * Workers kept for the fast lane: heavy commands occupy at most `size - reserved` workers (and at least one).
   * Default 1 when `size ≥ 2`, else 0 (then cheap commands still jump the queue, but wait for the running one).
   */
  reserved?: number;
  /** Longest wait in the queue, in ms; past it the command is shed (`EnginePoolBusyError`). Default 15,000. */
  maxWaitMs?: number;
  /** The cost estimate (default `estimateCost`); the fairness benchmark swaps it to measure plain FIFO. */
  estimate?: (command: Command) => CostEstimate;
  /** Hard limit per command, in ms, from the moment a worker starts it. Default 5,000. */
  timeoutMs?: number;
  /** Commands allowed to wait for a worker; past it `run()` rejects with `EnginePoolBusyError`. Default 200. */
  maxQueue?: number;
  /** Memory limits per worker (node's `resourceLimits`), e.g. `{ maxOldGenerationSizeMb: 512 }`. */
  resourceLimits?: ResourceLimits;
}

export const DEFAULT_POOL_TIMEOUT_MS = 5_000;
export const DEFAULT_POOL_MAX_QUEUE = 200;
export const DEFAULT_POOL_MAX_WAIT_MS = 15_000;
/** The default size's cap: each worker holds its own engine, canvas and heap (tens of MB). `WORKERS` goes past it. */
const DEFAULT_MAX_WORKERS = 8;
/** Extra time a command gets while its (new) worker is still starting. */
const STARTUP_ALLOWANCE_MS = 15_000;

/** One worker per core the process may use (`os.availableParallelism()`), at most 8. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(DEFAULT_MAX_WORKERS, os.availableParallelism()));
}

/** A command shed by the queue (full, or waited too long): an overload, not a bug. */
export class EnginePoolBusyError extends Error {
  constructor(
    readonly queued: number,
    /** When the queue should have room again, estimated from what waits in it. */
    readonly retryAfterSeconds: number = 10,
    readonly reason: 'queue_full' | 'wait_limit' = 'queue_full',
  ) {
    super(
      reason === 'queue_full'
        ? `the engine pool is busy (${queued} commands waiting)`
        : `the command waited too long for an engine worker (${queued} commands waiting)`,
    );
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

/** Who asks (for fair turns) and what it costs (for the lanes); both optional for callers. */
export interface RunMeta {
  /** A stable per-user key (the Dispatcher passes `platform:user`); commands without one share a turn. */
  user?: string;
  /** Overrides the estimate (tests, callers that know better). */
  cost?: CostEstimate;
  /**
   * The command's attachment bytes are the caller's alone and unused after this call: each one that fills its own
   * ArrayBuffer is moved to the worker (transferred: no copy, and the caller's view is left empty) rather than cloned.
   * An 8 MB upload then costs the process 8 MB, not 8 MB plus a serialised copy plus the worker's copy.
   */
  transferAttachments?: boolean;
}

interface Task {
  job: Job;
  resolve: (reply: Reply) => void;
  reject: (err: Error) => void;
  user: string;
  cost: CostEstimate;
  /** Buffers moved to the worker with the job (`RunMeta.transferAttachments`). */
  transfer?: ArrayBuffer[];
  /** Set while queued: sheds the task when it has waited `maxWaitMs`. */
  shedTimer?: NodeJS.Timeout;
  startedAt?: number;
}

/**
 * One lane of waiting commands, served in turns by user: a user with commands waiting gives one, then goes to the
 * back of the line (a Map keeps insertion order; delete + set moves a key to the end). Bounded by the pool's
 * `maxQueue`; per pool, holding only commands in flight.
 */
class FairLane {
  private readonly byUser = new Map<string, Task[]>();
  private count = 0;
  private costUnits = 0;

  get size(): number {
    return this.count;
  }

  /** Estimated work waiting here. */
  get units(): number {
    return this.costUnits;
  }

  push(t: Task): void {
    const q = this.byUser.get(t.user);
    if (q) q.push(t);
    else this.byUser.set(t.user, [t]);
    this.count++;
    this.costUnits += t.cost.units;
  }

  shift(): Task | undefined {
    const first = this.byUser.entries().next();
    if (first.done) return undefined;
    const [user, q] = first.value;
    const t = q.shift()!;
    this.byUser.delete(user);
    if (q.length > 0) this.byUser.set(user, q);
    this.taken(t);
    return t;
  }

  remove(t: Task): boolean {
    const q = this.byUser.get(t.user);
    const i = q ? q.indexOf(t) : -1;
    if (!q || i < 0) return false;
    q.splice(i, 1);
    if (q.length === 0) this.byUser.delete(t.user);
    this.taken(t);
    return true;
  }

  drain(): Task[] {
    const all = [...this.byUser.values()].flat();
    this.byUser.clear();
    this.count = 0;
    this.costUnits = 0;
    return all;
  }

  private taken(t: Task): void {
    this.count--;
    this.costUnits = this.count === 0 ? 0 : this.costUnits - t.cost.units;
  }
}

/** The test probes' cost: heavy, so they exercise the heavy lane. */
const PROBE_COST: CostEstimate = { units: 1000, cheap: false };

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

/**
 * A worker's young generation (MB). V8's default lets it grow to 48 MB, all of it touched, so resident, under the
 * number code's stream of short-lived BigInts; 8 MB costs no measurable speed (notes/memory.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/** The language of a job's errors: its answer's (an untranslated verb answers in English whole). */
function jobLocale(job: Job | undefined): Locale {
  return job?.type === 'run' ? answerLocale(job.options?.locale) : 'en';
}

export function timeoutError(timeoutMs: number, locale: Locale = 'en'): EngineError {
  const s = Number.isInteger(timeoutMs / 1000) ? String(timeoutMs / 1000) : (timeoutMs / 1000).toFixed(1);
  const tr = translator(locale);
  return { ok: false, code: 'timeout', message: tr('notice.timeout', { seconds: s }), hint: tr('notice.timeoutHint') };
}

function outOfMemoryError(locale: Locale): EngineError {
  const tr = translator(locale);
  return { ok: false, code: 'too_large', message: tr('notice.outOfMemory'), hint: tr('notice.outOfMemoryHint') };
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

/** The attachments' ArrayBuffers that each hold exactly one attachment's bytes (those may be transferred), once each. */
function ownBuffers(command: Command): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of command.attachments ?? [])
    if (
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.byteLength > 0
    )
      buffers.add(bytes.buffer);
  return [...buffers];
}

export class EnginePool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly maxQueue: number;
  readonly maxWaitMs: number;
  /** Workers heavy commands may occupy at once (the rest are kept for the fast lane). */
  readonly heavyCap: number;
  private readonly resourceLimits: ResourceLimits;
  private readonly estimate: (command: Command) => CostEstimate;
  private readonly slots: Slot[] = [];
  private readonly fast = new FairLane();
  private readonly heavy = new FairLane();
  /** Measured ms per unit of estimated cost (moving average), for "try again in N s". */
  private msPerUnit = 1;
  private nextId = 1;
  private closed = false;
  /** Workers that died before saying ready, in a row: a broken worker file must not respawn forever. */
  private startFailures = 0;

  constructor(options: EnginePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_POOL_TIMEOUT_MS;
    this.maxQueue = options.maxQueue ?? DEFAULT_POOL_MAX_QUEUE;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_POOL_MAX_WAIT_MS;
    const reserved = Math.max(0, Math.floor(options.reserved ?? (this.size >= 2 ? 1 : 0)));
    this.heavyCap = Math.max(1, this.size - reserved);
    this.resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...options.resourceLimits };
    this.estimate = options.estimate ?? estimateCost;
  }

  /** Commands waiting for a worker. */
  get queued(): number {
    return this.fast.size + this.heavy.size;
  }

  /** Commands running in a worker. */
  get running(): number {
    return this.slots.filter((s) => s.task).length;
  }

  /**
   * Runs a command in a worker: the engine's `run()`, off the main thread and with a hard limit, after the commands
   * ahead of it in its lane and turn (see the class comment).
   */
  run(command: Command, options?: RunOptions, meta: RunMeta = {}): Promise<Reply> {
    const cost = meta.cost ?? this.estimate(command);
    const transfer = meta.transferAttachments ? ownBuffers(command) : undefined;
    return this.submit({ id: this.nextId++, type: 'run', command, options }, meta.user ?? '', cost, transfer);
  }

  /**
   * Tests only: a job that busy-loops (`hang`) or kills its worker (`crash`), to exercise the real
   * timeout and crash paths (terminate, replace). It counts as a heavy command.
   */
  runTestProbe(kind: 'hang' | 'crash', meta: RunMeta = {}): Promise<Reply> {
    return this.submit({ id: this.nextId++, type: kind }, meta.user ?? '', meta.cost ?? PROBE_COST);
  }

  /**
   * When to try again, in whole seconds (1–60): the estimated work waiting, at the measured speed, spread over the
   * workers that may take it.
   */
  retryAfterSeconds(): number {
    const ms = ((this.heavy.units / this.heavyCap + this.fast.units / this.size) * this.msPerUnit) | 0;
    return Math.min(60, Math.max(1, Math.ceil(ms / 1000)));
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
    for (const t of this.drainQueue()) t.reject(err);
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

  private submit(job: Job, user: string, cost: CostEstimate, transfer?: ArrayBuffer[]): Promise<Reply> {
    if (this.closed) return Promise.reject(new EnginePoolClosedError());
    return new Promise<Reply>((resolve, reject) => {
      const task: Task = { job, resolve, reject, user, cost, ...(transfer?.length ? { transfer } : {}) };
      // Nothing waits in its lane (or ahead of it): straight to a worker when one may take it.
      const ahead = cost.cheap ? this.fast.size : this.queued;
      if (ahead === 0 && (cost.cheap || this.heavyRunning() < this.heavyCap)) {
        const slot = this.freeSlot();
        if (slot) return this.start(slot, task);
      }
      if (this.queued >= this.maxQueue)
        return reject(new EnginePoolBusyError(this.queued, this.retryAfterSeconds(), 'queue_full'));
      (cost.cheap ? this.fast : this.heavy).push(task);
      task.shedTimer = setTimeout(() => this.shed(task), this.maxWaitMs);
      task.shedTimer.unref();
    });
  }

  /** An idle worker, or a new one while the pool is below its size. */
  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.task && !s.dead);
    if (idle) return idle;
    return this.slots.length < this.size ? this.spawn() : undefined;
  }

  private heavyRunning(): number {
    let n = 0;
    for (const s of this.slots) if (s.task && !s.task.cost.cheap) n++;
    return n;
  }

  /** Waited `maxWaitMs` in the queue: out, with "busy, try again in N s". Never silently dropped. */
  private shed(task: Task): void {
    const lane = task.cost.cheap ? this.fast : this.heavy;
    if (!lane.remove(task)) return;
    task.reject(new EnginePoolBusyError(this.queued, this.retryAfterSeconds(), 'wait_limit'));
  }

  private drainQueue(): Task[] {
    const all = [...this.fast.drain(), ...this.heavy.drain()];
    for (const t of all) clearTimeout(t.shedTimer);
    return all;
  }

  /** The next command for a free worker: the fast lane first, then a heavy one if the heavy cap allows. */
  private nextTask(): Task | undefined {
    const t = this.fast.shift() ?? (this.heavyRunning() < this.heavyCap ? this.heavy.shift() : undefined);
    if (t) clearTimeout(t.shedTimer);
    return t;
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
    task.startedAt = performance.now();
    // A busy worker keeps the process alive until its command is answered; an idle one does not.
    slot.worker.ref();
    this.armTimer(slot);
    slot.worker.postMessage(task.job satisfies WorkerRequest, task.transfer ?? []);
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

  /** Hands waiting commands to free workers (spawning replacements as needed), fast lane first. */
  private pump(): void {
    while (this.queued > 0 && !this.closed) {
      if (this.fast.size === 0 && this.heavyRunning() >= this.heavyCap) return;
      const slot = this.freeSlot();
      if (!slot) return;
      const task = this.nextTask();
      if (!task) return;
      this.start(slot, task);
    }
  }

  /** Learns the speed (ms per unit of estimated cost) from a finished command that ran on a ready worker. */
  private observe(slot: Slot, task: Task): void {
    if (!slot.ready || task.startedAt === undefined || task.job.type !== 'run') return;
    const perUnit = (performance.now() - task.startedAt) / Math.max(1, task.cost.units);
    this.msPerUnit = 0.8 * this.msPerUnit + 0.2 * Math.min(100, perUnit);
  }

  private onMessage(slot: Slot, msg: WorkerResponse): void {
    if (slot.dead) return;
    if (msg.type === 'ready') {
      slot.ready = true;
      slot.markStarted();
      this.startFailures = 0;
      // unref() before the worker is online does not stick (the port is ref'd as it starts): again here.
      if (slot.task) {
        slot.task.startedAt = performance.now();
        this.armTimer(slot);
      } else slot.worker.unref();
      return;
    }
    if (slot.task?.job.id !== msg.id) return;
    const task = this.finish(slot)!;
    this.observe(slot, task);
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
    task.resolve(timeoutError(this.timeoutMs, jobLocale(task.job)));
    this.pump();
  }

  private onDeath(slot: Slot, err: Error): void {
    if (slot.dead) return;
    if (!slot.ready) this.startFailures++;
    const task = this.finish(slot);
    this.retire(slot);
    if (task) {
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        task.resolve(outOfMemoryError(jobLocale(task.job)));
      else task.reject(err);
    }
    if (this.startFailures >= 3) {
      // The worker cannot start (broken build?): fail what waits instead of respawning forever.
      for (const t of this.drainQueue()) t.reject(new Error(`engine workers fail to start: ${err.message}`));
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
