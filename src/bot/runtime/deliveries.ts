/**
 * Each delivery handled once. Slack and Discord may deliver the same thing twice: Slack retries an event whose ack
 * came late (same `event_id`, `X-Slack-Retry-Num`), a load balancer may retry a request, and anyone who captured a
 * signed request can replay it while its signature is fresh (5 minutes on both platforms). So every slash command,
 * shortcut, button and event is claimed by its platform id (`trigger_id`, `event_id`, the interaction id) in the store
 * before it is acted on (`Store.claimDelivery`: one INSERT … ON CONFLICT, so two instances agree), with a TTL longer
 * than the signature window; a second delivery is acknowledged and ignored.
 *
 * A small memory of recent ids in front answers a replay to the same instance without a round trip. When the store
 * is unavailable the memory alone decides (a replay reaching another instance during an outage may then run twice):
 * a command is never dropped because the store could not say whether it is new.
 */
import type { Logger } from 'pino';
import { isStoreUnavailable } from '../../store/guard.js';
import type { Store } from '../../store/types.js';

/** How long a delivery id is remembered: past both platforms' 5-minute signature windows and Slack's retries. */
export const DELIVERY_TTL_MS = 10 * 60_000;

/** Recent ids kept in memory per instance (a bound on memory, not a correctness limit: the store decides). */
const MEMORY_ENTRIES = 20_000;

export class DeliveryLedger {
  /** id → expiry, oldest first (Map keeps insertion order). */
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly store: Pick<Store, 'claimDelivery'> | undefined,
    private readonly logger: Logger,
    private readonly ttlMs = DELIVERY_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `true` when this delivery is seen for the first time (act on it), `false` for a replay or retry (acknowledge it
   * and do nothing). Never throws; with the store down, only this instance's memory decides.
   */
  async first(key: string): Promise<boolean> {
    const t = this.now();
    const seen = this.recent.get(key);
    if (seen !== undefined && seen > t) return false;
    this.remember(key, t + this.ttlMs);
    if (!this.store) return true;
    try {
      return await this.store.claimDelivery(key, t + this.ttlMs, t);
    } catch (err) {
      if (isStoreUnavailable(err)) this.logger.debug({ key }, 'deliveries: store unavailable; memory alone decides');
      else this.logger.warn({ err }, 'deliveries: could not claim a delivery; handling it');
      return true;
    }
  }

  private remember(key: string, expires: number): void {
    this.recent.delete(key);
    this.recent.set(key, expires);
    // One TTL for all, so insertion order is expiry order: the oldest go first.
    while (this.recent.size > MEMORY_ENTRIES) this.recent.delete(this.recent.keys().next().value!);
  }
}

/** Waits for `p` at most `ms`; past that resolves `fallback` (and `p` goes on, its outcome dropped). */
export function settleWithin<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([p.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}
