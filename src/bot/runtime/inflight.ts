/**
 * Commands in flight, accounted for across instances.
 *
 * Slack wants an ack within 3 s and Discord a response within 3 s, so an instance acknowledges a command at once
 * and answers it later (Slack's `response_url`, Discord's interaction webhook). If the instance dies in between
 * (SIGKILL, OOM, a lost machine), that answer would silently never come. So between the ack and the answer the
 * command is a row in the store (`pending_replies`: ids and the reply handle, never the command's text), leased by
 * this instance and renewed while it lives. When a lease runs out, a surviving instance (or this one after a
 * restart) claims the row, atomically in the database, and tells the user the command was lost and should be sent
 * again. It is reported, not re-run: re-running would need the text, and the store keeps no message text.
 *
 * Guarantee: every acknowledged command is answered, or reported as lost, while its reply handle still works
 * (Slack 30 min, Discord 15 min). It is at least once, not exactly once: the row is cleared right after the answer is
 * delivered, so an instance killed in the few milliseconds between its answer reaching the platform and that clear
 * leaves a command that is answered and also reported, on Slack (a response_url cannot be read back); on Discord
 * the survivor first reads the deferred reply and reports only while it is still loading. The report is worded for
 * that ("if you don't see the answer here"). Likewise an instance
 * alive but stalled past its lease (30 s by default, long against any pause a healthy instance has).
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { resolveLocale, translator } from '../../engine/i18n/index.js';
import { isStoreUnavailable } from '../../store/guard.js';
import type { Identity, PendingReply, Store } from '../../store/types.js';

/**
 * What a platform does with a lost command's handle: tell the user (ephemerally where it can), with `text` in the
 * user's language as the platform can still learn it (the row keeps no language: see lostCommandText). Resolves
 * `false` when it can see that the command was answered after all (Discord: the deferred reply is no longer
 * loading), so nothing was said.
 */
export type LostReporter = (pending: PendingReply, text: typeof lostCommandText) => Promise<boolean | void>;

/** The lost-command notice in `locale` (a tag as platforms send it; English when none is known or spoken). */
export function lostCommandText(locale?: string): string {
  return translator(resolveLocale(locale) ?? 'en')('notice.lost');
}

export const LOST_COMMAND_TEXT = lostCommandText();

export interface InflightOptions {
  store: Store;
  logger: Logger;
  /** How long a row stays ours without renewal; renewed every third of it. */
  leaseMs?: number;
  /** How often to look for orphans (default: a third of the lease). */
  sweepMs?: number;
  now?: () => number;
  /** This instance's name in the store (default host-pid-random). */
  instance?: string;
}

export class InflightTracker {
  readonly instance: string;
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly leaseMs: number;
  private readonly sweepMs: number;
  private readonly now: () => number;
  private readonly reporters = new Map<string, LostReporter>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;
  private held = 0;

  constructor(o: InflightOptions) {
    this.store = o.store;
    this.logger = o.logger;
    this.leaseMs = o.leaseMs ?? 30_000;
    this.sweepMs = o.sweepMs ?? Math.max(250, Math.floor(this.leaseMs / 3));
    this.now = o.now ?? Date.now;
    this.instance = o.instance ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  /** Called by an adapter at start: how lost commands of its platform are reported. */
  registerReporter(platform: string, reporter: LostReporter): void {
    this.reporters.set(platform, reporter);
  }

  /**
   * Records a command just acknowledged; returns the id to pass to `done`. A store failure is logged and the command
   * still runs (it is then only as safe as before: answered unless this instance dies).
   */
  async track(who: Identity, replyTo: string, handleTtlMs: number): Promise<string | undefined> {
    const id = randomUUID();
    const t = this.now();
    try {
      await this.store.trackPending(
        { ...who, id, replyTo, createdAt: t, expiresAt: t + handleTtlMs },
        { instance: this.instance, leaseUntil: t + this.leaseMs },
      );
      this.held++;
      return id;
    } catch (err) {
      // The store's guard logs an outage once; a command unrecorded during one is only as safe as before.
      if (isStoreUnavailable(err)) this.logger.debug('store unavailable: a command runs without its in-flight record');
      else this.logger.warn({ err }, 'could not record a command in flight; it runs unaccounted');
      return undefined;
    }
  }

  /**
   * The command was answered: forget it. Takes the id, or `track`'s promise of it (an ack does not wait for the record
   * to be written, so the answer may come first: the record is then cleared once it is written).
   */
  async done(tracked: string | undefined | Promise<string | undefined>): Promise<void> {
    const id = await tracked;
    if (!id) return;
    this.held = Math.max(0, this.held - 1);
    try {
      await this.store.finishPending(id);
    } catch (err) {
      // The row then expires with its handle; if this instance dies first, a survivor may report a command that was
      // in fact answered. Logged so that an operator sees a store in trouble (an outage is logged once, by the guard).
      if (isStoreUnavailable(err)) this.logger.debug('store unavailable: an answered command stays recorded');
      else this.logger.warn({ err }, 'could not clear an answered command');
    }
  }

  /** Renews this instance's leases and reports orphans every `sweepMs`; runs one sweep at once. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.sweepMs);
    this.timer.unref();
    void this.sweep();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass: renew ours, then claim and report orphans (exported for tests). */
  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    let reported = 0;
    try {
      const t = this.now();
      const lease = { instance: this.instance, leaseUntil: t + this.leaseMs };
      if (this.held > 0) await this.store.renewPending(lease);
      if (this.reporters.size === 0) return 0;
      // Only platforms this instance can reach: another platform's orphans wait for an instance that runs it.
      for (const [platform, report] of this.reporters) {
        for (;;) {
          const orphans = await this.store.claimOrphans(lease, t, 50, platform);
          for (const p of orphans) {
            try {
              if ((await report(p, lostCommandText)) === false) {
                this.logger.info({ platform: p.platform, pending: p.id }, 'a stopped instance’s command was answered');
              } else {
                reported++;
                this.logger.warn(
                  { platform: p.platform, workspace: p.workspace, channel: p.channel, pending: p.id },
                  'reported a command lost by a stopped instance',
                );
              }
            } catch (err) {
              this.logger.warn({ err, platform: p.platform, pending: p.id }, 'could not report a lost command');
            }
            await this.store.finishPending(p.id);
          }
          if (orphans.length < 50) break;
        }
      }
    } catch (err) {
      if (isStoreUnavailable(err)) this.logger.debug('in-flight sweep: store unavailable; will retry');
      else this.logger.warn({ err }, 'in-flight sweep failed; will retry');
    } finally {
      this.sweeping = false;
    }
    return reported;
  }
}
