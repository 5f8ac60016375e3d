/**
 * Every store call with a deadline, and an outage noticed once instead of once per request.
 *
 * `guardStore(store)` wraps each operation: it rejects with `StoreUnavailableError` when the call takes longer than
 * the deadline (`STORE_TIMEOUT_MS`) or fails the way an unreachable, stalled or restarting database fails (connection
 * refused or reset, pool or statement timeouts, Postgres' connection and shutdown errors, SQLite's busy and I/O
 * errors). Any other error (a bug: bad SQL, a violated constraint) passes through unchanged.
 *
 * A breaker keeps an outage cheap: after an outage-like failure the store is "down", and every call fails at once
 * (no request waits out a deadline while the database is gone), while a background probe pings it every
 * `probeEveryMs`; the first ping that answers closes the breaker. One warning when an outage starts, one line with
 * its length and the number of refused calls when it ends, and nothing per request: the callers' fallbacks (settings:
 * last known values or defaults; rate limit: in memory; group verbs: "unavailable, try again") log at debug.
 *
 * What a deadline cannot do is take back a statement the database already received: a write that timed out here may
 * still be applied once the database answers again. Callers therefore never report such a write as done, and every
 * write that decides something is idempotent in the store (first answer wins, ON CONFLICT), so trying again is safe.
 */
import type { Store, StoreLogger } from './types.js';

/** The store did not answer in time, or cannot be reached now. Callers fall back; it is not a bug. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(err: unknown): err is StoreUnavailableError {
  return err instanceof StoreUnavailableError;
}

/** Node's socket errors: the database host is unreachable or the connection broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The messages of `pg` and `pg-pool` when a connection cannot be had or dies, or a query outlives `query_timeout`. */
const PG_OUTAGE =
  /connection terminated|timeout exceeded when trying to connect|query read timeout|connection error|cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|terminating connection/i;

/**
 * Whether an error means "the database is not there right now" rather than "this call is wrong": network errors,
 * Postgres SQLSTATE classes 08 (connection), 53 (resources), 57 (operator intervention: shutdown, statement
 * timeout), 58 (system), and SQLite's busy, locked, I/O, full and cannot-open.
 */
export function isOutageError(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (/^(08|53|57|58)[0-9A-Z]{3}$/.test(code)) return true;
    if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)) return true;
  }
  if (PG_OUTAGE.test(err.message)) return true;
  const cause = (err as { cause?: unknown }).cause;
  return cause !== undefined && cause !== err && isOutageError(cause);
}

export interface GuardOptions {
  /** The deadline of one call (default 2,000 ms). */
  timeoutMs?: number;
  /** While down, how often the database is pinged to see whether it is back (default 1,000 ms). */
  probeEveryMs?: number;
  logger?: StoreLogger;
  now?: () => number;
}

/** What the breaker knows, for `/readyz`, metrics and tests. */
export interface StoreHealth {
  up: boolean;
  /** When the current outage began (epoch ms), or null. */
  downSince: number | null;
  /** Calls refused or failed during the current outage. */
  refused: number;
  /** Outages seen since start. */
  outages: number;
}

/** A store whose every call has a deadline and whose outages are noticed once (see the file's header). */
export type GuardedStore = Store & { readonly health: StoreHealth };

/** Operations that are not calls to the database (closing) or are the probe itself. */
const UNGUARDED = new Set(['close']);

export function guardStore(store: Store, options: GuardOptions = {}): GuardedStore {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const probeEveryMs = options.probeEveryMs ?? 1_000;
  const log = options.logger;
  const now = options.now ?? Date.now;
  const health: StoreHealth = { up: true, downSince: null, refused: 0, outages: 0 };
  let probe: NodeJS.Timeout | undefined;
  let closed = false;

  const withDeadline = <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new StoreUnavailableError(`the store did not answer ${operation} within ${timeoutMs} ms`, operation)),
        timeoutMs,
      );
    });
    const work = call();
    // A call that loses the race may still settle later: its result or error is dropped, never unhandled.
    work.catch(() => undefined);
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  };

  const wentDown = (operation: string, err: unknown): void => {
    health.refused++;
    if (!health.up) return;
    health.up = false;
    health.downSince = now();
    health.outages++;
    log?.warn(
      { operation, reason: err instanceof Error ? err.message : String(err) },
      'store unavailable: computations go on; quizzes, scores and settings changes wait until it is back',
    );
    if (!closed) {
      probe = setInterval(() => void ping(), probeEveryMs);
      probe.unref();
    }
  };

  const cameBack = (): void => {
    if (health.up) return;
    const downMs = now() - (health.downSince ?? now());
    log?.warn({ downMs, refused: health.refused }, 'store available again');
    health.up = true;
    health.downSince = null;
    health.refused = 0;
    if (probe) clearInterval(probe);
    probe = undefined;
  };

  let probing = false;
  const ping = async (): Promise<void> => {
    if (probing || closed) return;
    probing = true;
    try {
      await withDeadline('ping', () => store.ping());
      cameBack();
    } catch {
      // Still down: the next probe tries again.
    } finally {
      probing = false;
    }
  };

  const guarded = <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    if (!health.up) {
      health.refused++;
      const since = Math.round((now() - (health.downSince ?? now())) / 1000);
      return Promise.reject(
        new StoreUnavailableError(`the store has been unavailable for ${since} s (${operation} not tried)`, operation),
      );
    }
    return withDeadline(operation, call).then(
      (value) => value,
      (err: unknown) => {
        if (!isOutageError(err)) throw err;
        wentDown(operation, err);
        throw err instanceof StoreUnavailableError
          ? err
          : new StoreUnavailableError(`the store failed ${operation}: ${(err as Error).message}`, operation, {
              cause: err,
            });
      },
    );
  };

  return new Proxy(store as GuardedStore, {
    get(target, prop, receiver) {
      if (prop === 'health') return health;
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      if (UNGUARDED.has(prop))
        return (...args: unknown[]) => {
          closed = true;
          if (probe) clearInterval(probe);
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      return (...args: unknown[]) =>
        guarded(prop, () => (v as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
}
