/**
 * Prometheus metrics of one instance (`GET /metrics`, prom-client): commands by verb and outcome, their latency, the
 * engine pool's queue, shed commands and the store's latency, plus Node's process metrics (RSS, heap, event loop).
 * Metrics are per process by nature (Prometheus scrapes each instance and sums), so each Metrics object keeps its own
 * registry: nothing here is state that instances must share.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../../store/types.js';

export class Metrics {
  readonly registry = new Registry();
  readonly commands = new Counter({
    name: 'hadamard_commands_total',
    help: 'Commands handled, by platform, verb and outcome (ok, user_error, rate_limited, busy, fault, closing).',
    labelNames: ['platform', 'verb', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'hadamard_command_duration_seconds',
    help: 'Time from a command arriving at the dispatcher to its answer being ready (figures included).',
    labelNames: ['verb'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly shed = new Counter({
    name: 'hadamard_shed_commands_total',
    help: 'Commands answered "busy, try again" because the engine queue was full or its wait too long.',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  /** Where the queue depth is read at each scrape (the engine pool sets it). */
  queueSource: () => number = () => 0;
  readonly queueDepth = new Gauge({
    name: 'hadamard_pool_queue_depth',
    help: 'Commands waiting for an engine worker.',
    registers: [this.registry],
    collect: () => {
      this.queueDepth.set(this.queueSource());
    },
  });
  readonly workers = new Gauge({
    name: 'hadamard_pool_workers',
    help: 'Engine worker threads.',
    registers: [this.registry],
  });
  readonly storeLatency = new Histogram({
    name: 'hadamard_store_operation_seconds',
    help: 'Store operations (SQLite or Postgres), by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'hadamard_' });
  }

  /** The exposition text for `/metrics`. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** The store with every operation timed into `metrics.storeLatency` (same behaviour otherwise). */
export function timedStore(store: Store, metrics: Metrics): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      return (...args: unknown[]) => {
        const end = metrics.storeLatency.startTimer({ operation: prop });
        const result = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) return result.finally(() => end());
        end();
        return result;
      };
    },
  });
}
