/** Per-user sliding-window rate limit, shared by every adapter. Memory is bounded by pruning. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly count: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; returns 0 when allowed, else the milliseconds until the next one is. */
  take(key: string): number {
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
