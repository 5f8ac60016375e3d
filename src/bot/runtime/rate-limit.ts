/**
 * The per-user rate limit, shared by every adapter. Two limiters, one interface (`take`):
 *
 * - `StoreRateLimiter`: the limit lives in the store (`Store.hitRateLimit`: a sliding window decided by one atomic
 *   upsert in SQLite or Postgres), so every instance on one database counts a user's commands together. This is
 *   what `main.ts` uses: SQLite by default (one instance, or several on one file), Postgres with `DATABASE_URL`.
 *   Chosen over `rate-limiter-flexible` (v11): its SQLite backend speaks `sqlite3`/`better-sqlite3`/knex, not the
 *   libsql driver the store uses, its Postgres backend creates and prunes a table of its own outside our migrations
 *   and needs a second client, while `hitRateLimit` is one statement, already migrated and contract-tested on both
 *   backends (test/store).
 * - `RateLimiter`: in memory, per process (tests, scripts, and the fallback when the store does not answer).
 */
import type { Logger } from 'pino';
import { isStoreUnavailable } from '../../store/guard.js';
import type { Store } from '../../store/types.js';

/** Records one hit for `key`; resolves 0 when allowed, else the milliseconds until the next one is. */
export interface Limiter {
  take(key: string): Promise<number>;
}

/** Per-user sliding-window rate limit in this process's memory. Memory is bounded by pruning. */
export class RateLimiter implements Limiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly count: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Promise<number> {
    return Promise.resolve(this.takeNow(key));
  }

  /** Records a hit; returns 0 when allowed, else the milliseconds until the next one is. */
  takeNow(key: string): number {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.count) {
      this.hits.set(key, recent);
      return this.windowMs - (t - recent[0]);
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10000) this.prune(t);
    return 0;
  }

  private prune(t: number): void {
    for (const [k, v] of this.hits) if (v.every((h) => t - h >= this.windowMs)) this.hits.delete(k);
  }
}

/** How often (at most) a failing store is logged. */
const STORE_WARN_EVERY_MS = 60_000;

/**
 * The limit shared by all instances on one store. When the store fails (a network blip to Postgres), the command is
 * not refused for it: the in-memory limiter decides for this instance meanwhile, and a warning is logged (at most
 * once a minute).
 */
export class StoreRateLimiter implements Limiter {
  private readonly fallback: RateLimiter;
  private lastWarn = -Infinity;

  constructor(
    private readonly store: Pick<Store, 'hitRateLimit'>,
    readonly count: number,
    readonly windowMs: number,
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.fallback = new RateLimiter(count, windowMs, now);
  }

  async take(key: string): Promise<number> {
    const now = this.now();
    try {
      const r = await this.store.hitRateLimit(`user:${key}`, { limit: this.count, windowMs: this.windowMs, now });
      return r.allowed ? 0 : Math.max(1, r.retryAfterMs);
    } catch (err) {
      // An outage is logged once by the store's guard; anything else at most once a minute.
      if (isStoreUnavailable(err)) this.logger?.debug('shared rate limit: store unavailable; limiting in memory');
      else if (now - this.lastWarn >= STORE_WARN_EVERY_MS) {
        this.lastWarn = now;
        this.logger?.warn({ err }, 'shared rate limit: the store did not answer; limiting in memory meanwhile');
      }
      return this.fallback.takeNow(key);
    }
  }
}
