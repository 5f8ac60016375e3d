/**
 * The shared rate limit's arithmetic: a sliding window approximated by two fixed windows.
 * A bucket keeps the hits of the current fixed window (aligned to multiples of `windowMs`) and of
 * the one before; a hit at time t is allowed when
 *
 *   prevHits · (W − (t − windowStart)) + (hits + 1) · W ≤ limit · W
 *
 * i.e. the previous window counts in proportion to how much of it the sliding window still covers.
 * All integers, so SQLite, Postgres and this file agree exactly. The decision itself is made in SQL
 * (`SqlStore.hitRateLimit`, one upsert); this module mirrors it for `remaining` and `retryAfterMs`,
 * and is what the tests check the SQL against.
 */

export interface WindowState {
  windowStart: number;
  hits: number;
  prevHits: number;
}

export function windowStartOf(now: number, windowMs: number): number {
  return now - (((now % windowMs) + windowMs) % windowMs);
}

/** The bucket as seen from `now`'s window: moved on by one window (hits become prevHits) or reset. */
export function rollWindow(state: WindowState, now: number, windowMs: number): WindowState {
  const start = windowStartOf(now, windowMs);
  if (state.windowStart >= start) return state;
  if (state.windowStart === start - windowMs) return { windowStart: start, hits: 0, prevHits: state.hits };
  return { windowStart: start, hits: 0, prevHits: 0 };
}

/** Would one more hit at `now` be allowed? `state` must already be rolled to `now`. */
export function allows(state: WindowState, now: number, limit: number, windowMs: number): boolean {
  const elapsed = now - windowStartOf(now, windowMs);
  return state.prevHits * (windowMs - elapsed) + (state.hits + 1) * windowMs <= limit * windowMs;
}

/** Hits still allowed at `now` (after the ones in `state`, which is rolled to `now`). */
export function remainingHits(state: WindowState, now: number, limit: number, windowMs: number): number {
  const elapsed = now - windowStartOf(now, windowMs);
  const room = Math.floor((limit * windowMs - state.prevHits * (windowMs - elapsed)) / windowMs) - state.hits;
  return Math.max(0, room);
}

/** Milliseconds from `now` until a hit would be allowed (0 if it is now). `state` is rolled to `now`. */
export function retryAfterMs(state: WindowState, now: number, limit: number, windowMs: number): number {
  if (allows(state, now, limit, windowMs)) return 0;
  const start = windowStartOf(now, windowMs);
  // Later in this window, as the previous window's weight shrinks?
  if (state.hits + 1 <= limit && state.prevHits > 0) {
    const elapsed = windowMs - Math.floor(((limit - state.hits - 1) * windowMs) / state.prevHits);
    if (elapsed < windowMs) return Math.max(1, start + elapsed - now);
  }
  // Else in the next window, where this window's hits are the previous ones.
  const next = start + windowMs;
  const elapsed = state.hits === 0 ? 0 : Math.max(0, windowMs - Math.floor(((limit - 1) * windowMs) / state.hits));
  return Math.max(1, next + elapsed - now);
}
