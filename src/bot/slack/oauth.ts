/**
 * Slack in many workspaces: Bolt's OAuth flow on our store. `StoreInstallationStore` is Bolt's InstallationStore
 * over the store's installation rows (any instance can answer any workspace), with a small cache in front of
 * `fetchInstallation` (Bolt calls it on every event); `StoreStateStore` makes each OAuth `state` signed (a forged one
 * is refused without a database round trip) and single-use across instances (the store deletes it atomically on use).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore, InstallURLOptions, StateStore } from '@slack/bolt';
import { isStoreUnavailable } from '../../store/guard.js';
import type { InstallationKey, Store } from '../../store/types.js';
import { settleWithin } from '../runtime/deliveries.js';

/** How long an expired cache entry still answers when the store is down or slow (an uninstall is seen when it is back). */
const STALE_MS = 60 * 60_000;
/** How long a read waits for the store when an expired entry could answer instead (Bolt reads before the ack). */
const STALE_WAIT_MS = 500;
const SLOW = Symbol('slow');

/** How long an OAuth state (the install page → Slack → redirect round trip) stays usable. */
export const STATE_TTL_MS = 10 * 60_000;

/** The error code @slack/oauth answers 400 for (its InvalidStateError), without importing its errors. */
const INVALID_STATE = 'slack_oauth_invalid_state';

function invalidState(message: string): Error {
  return Object.assign(new Error(message), { code: INVALID_STATE });
}

/** The store's key of a Bolt query or installation: the enterprise for an org-wide install, else the team. */
export function keyOf(q: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): InstallationKey {
  return {
    isEnterpriseInstall: Boolean(q.isEnterpriseInstall),
    ...(q.teamId ? { teamId: q.teamId } : {}),
    ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
  };
}

function cacheKey(k: InstallationKey): string {
  return k.isEnterpriseInstall ? `enterprise:${k.enterpriseId ?? ''}` : `team:${k.teamId ?? ''}`;
}

export interface InstallationCacheOptions {
  /** How long a fetched installation is reused (default 30 s): another instance's delete is seen after at most this. */
  ttlMs?: number;
  /** At most this many installations are kept (default 1,000); the least recently used goes first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Bolt's InstallationStore on our store. Tokens are kept as Bolt gives them (the store holds ids and tokens, never
 * message text). Found installations are cached briefly (bounded, least recently used out first); misses are not
 * cached, so a new install is answered at once by every instance. A save or delete on this instance drops its entry.
 */
export class StoreInstallationStore implements InstallationStore {
  private readonly cache = new Map<string, { installation: Installation; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Store reads (cache misses), for tests and metrics. */
  reads = 0;

  constructor(
    private readonly store: Store,
    options: InstallationCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? Date.now;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
    });
    this.cache.delete(cacheKey(key));
    await this.store.saveInstallation(key, installation as unknown as Record<string, unknown>);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const installation = await this.find(query);
    if (!installation)
      throw new Error(
        `no installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`,
      );
    return installation;
  }

  /**
   * The installation, or undefined when the workspace has none (used by the reveal publisher, by team id). Bolt asks
   * for it before a request is acked, so it never waits long on the store: when the store is unavailable, or slower
   * than STALE_WAIT_MS while an expired entry is at hand, the last installation read (up to STALE_MS old) answers.
   */
  async find(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) {
    const key = keyOf(query);
    const k = cacheKey(key);
    const hit = this.cache.get(k);
    const now = this.now();
    if (hit && hit.expires > now) {
      // Most recently used goes last.
      this.cache.delete(k);
      this.cache.set(k, hit);
      return hit.installation;
    }
    this.reads++;
    const stale = hit && hit.expires + STALE_MS > now ? hit : undefined;
    let data: Record<string, unknown> | undefined;
    try {
      const read: Promise<Record<string, unknown> | undefined | typeof SLOW> = this.store.fetchInstallation(key);
      const result = stale ? await settleWithin(read, STALE_WAIT_MS, SLOW) : await read;
      if (result === SLOW) return stale!.installation;
      data = result;
    } catch (err) {
      if (stale && isStoreUnavailable(err)) return stale.installation;
      throw err;
    }
    this.cache.delete(k);
    if (!data) return undefined;
    const installation = data as unknown as Installation;
    this.cache.set(k, { installation, expires: now + this.ttlMs });
    while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    return installation;
  }

  async deleteInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }): Promise<void> {
    const key = keyOf(query);
    this.cache.delete(cacheKey(key));
    await this.store.deleteInstallation(key);
  }

  /** Installations cached now (for tests). */
  get cached(): number {
    return this.cache.size;
  }
}

/**
 * OAuth states: `nonce.expiresAt.hmac` signed with SLACK_STATE_SECRET and saved in the store. Verifying checks the
 * signature and time first, then consumes the state in the store: exactly one redirect, on any instance, gets it.
 * The install options are fixed by the configuration, so the state carries none.
 */
export class StoreStateStore implements StateStore {
  constructor(
    private readonly store: Store,
    private readonly secret: string,
    private readonly options: InstallURLOptions,
    private readonly ttlMs = STATE_TTL_MS,
  ) {}

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(`hadamard-oauth-state:${body}`).digest('base64url');
  }

  async generateStateParam(_options: InstallURLOptions, now: Date): Promise<string> {
    const body = `${randomBytes(18).toString('base64url')}.${now.getTime() + this.ttlMs}`;
    const state = `${body}.${this.sign(body)}`;
    await this.store.saveOAuthState(state, now.getTime() + this.ttlMs);
    return state;
  }

  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const m = /^([A-Za-z0-9_-]{24}\.(\d{1,15}))\.([A-Za-z0-9_-]{43})$/.exec(state ?? '');
    if (!m) throw invalidState('the state is not one this app issued');
    const expected = Buffer.from(this.sign(m[1]));
    const given = Buffer.from(m[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw invalidState('the state is not one this app issued');
    if (Number(m[2]) <= now.getTime()) throw invalidState('the state has expired: start the install again');
    if (!(await this.store.consumeOAuthState(state, now.getTime())))
      throw invalidState('the state was already used (or has expired): start the install again');
    return this.options;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `/slack/install` page: one "Add to Slack" link to Slack's authorize page (state included). */
export function installPage(url: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Add hadamard-bot to Slack</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1d3557}
a.add{display:inline-block;padding:.6rem 1.2rem;border-radius:.4rem;background:#4a154b;color:#fff;text-decoration:none;font-weight:600}</style>
</head><body>
<h1>hadamard-bot</h1>
<p>Hadamard (entrywise) matrix products, the Schur product theorem and Oppenheim's inequality, exactly and with pictures, in your Slack workspace.</p>
<p><a class="add" id="add-to-slack" href="${escapeHtml(url)}">Add to Slack</a></p>
</body></html>`;
}

/** After the redirect: installed, or why not (no detail of the failure beyond its code). */
export function resultPage(ok: boolean, detail: string): string {
  const title = ok ? 'hadamard-bot is installed' : 'The install did not complete';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></body></html>`;
}
