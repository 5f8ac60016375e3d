/**
 * The one path from an adapter to the engine: rate limit, run, time, log one structured line,
 * and turn any bug into a short private message with an id. Also tracks commands in flight so
 * shutdown can stop taking new ones and wait for the rest.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  answerLocale,
  parseCommand,
  run,
  verbSpec,
  type Answer,
  type Command,
  type EngineError,
  type RunOptions,
} from '../../engine/index.js';
import { resolveLocale, translator, type Locale } from '../../engine/i18n/index.js';
import { EnginePoolBusyError, type EnginePool } from './engine-pool.js';
import {
  GroupService,
  replyLocale,
  unavailable,
  withView,
  type GroupReply,
  type Requester,
} from '../groups/service.js';
import type { Metrics } from './metrics.js';
import { RateLimiter, StoreRateLimiter, type Limiter } from './rate-limit.js';
import { isStoreUnavailable } from '../../store/guard.js';
import type { Store } from '../../store/types.js';

export type Platform = 'slack' | 'discord' | 'local' | 'cli';

export interface Request {
  platform: Platform;
  /** Stable per-user key for the rate limit (never logged above debug). */
  userId: string;
  /** Grammar text (slash command text, mention text, local page) … */
  text?: string;
  /** … or an already-typed command (Discord options) … */
  command?: Command;
  /**
   * … or one whose inputs must be fetched first (files shared on Slack): called only once the rate limit has let the
   * command through, so a limited user cannot make the bot download anything.
   */
  prepare?: () => Promise<Command | EngineError>;
  /**
   * The command's attachment bytes belong to this request alone (the local page's uploads): the engine pool may move
   * them to its worker rather than copy them (`RunMeta.transferAttachments`).
   */
  ownsAttachments?: boolean;
  /**
   * Who asks and where (platform, workspace, channel, user). With it, the channel's settings apply and the
   * study-group verbs work; without it (old callers, tests) defaults apply and group verbs answer needs_channel.
   */
  who?: Requester;
}

/**
 * What the dispatcher answers. `locale`: the language the reply's words are in (an answer's, its verb's language: see
 * answerLocale; a notice's, the asker's), so that the adapter's own words around it (labels, notes) match.
 */
export type Outcome = (
  | {
      kind: 'answer';
      answer: Answer;
      /** Post it privately (ephemeral) rather than in the channel: the channel's `private` setting, or the verb's. */
      private?: boolean;
      /** A quiz to post with buttons (then `groups.attachMessage`). */
      quiz?: GroupReply['quiz'];
      /** A reveal: the question message to edit, when the platform can. */
      reveal?: GroupReply['reveal'];
      /** An answer to a round: the choice to show its user marked, and whether the question's count changed. */
      marked?: GroupReply['marked'];
    }
  | { kind: 'error'; error: EngineError }
  | {
      kind: 'rate_limited';
      /**
       * `user`: this user's per-user limit; `busy`: the instance is overloaded and shed the command (its queue was
       * full, or the command waited past the limit). Both are "try again in N s", sent privately like an error (an
       * ephemeral on Slack, the deferred reply edited on Discord, 429 with Retry-After on the local API).
       */
      reason: 'user' | 'busy';
      retryAfterSeconds: number;
      message: string;
    }
  | { kind: 'fault'; id: string; message: string }
  | { kind: 'closing'; message: string }
) & { locale?: Locale };

export interface DispatcherOptions {
  logger: Logger;
  rateLimit: { count: number; windowSeconds: number };
  /**
   * Keep the per-user rate limit in this store (`hitRateLimit`), shared by every instance on the same database.
   * Without it (tests, scripts), the limit is kept in this process's memory.
   */
  store?: Pick<Store, 'hitRateLimit'>;
  /** Or any limiter (tests). Wins over `store`. */
  limiter?: Limiter;
  run?: RunOptions;
  /**
   * Run commands in this pool of worker threads (off the event loop, with a hard time limit).
   * Without it, `run()` executes in-process on the main thread. `close()` closes the pool.
   */
  pool?: EnginePool;
  /** The study-group service (quizzes, scores, settings); without it group verbs answer needs_channel. */
  groups?: GroupService;
  /** Prometheus counters and histograms of this instance (`/metrics`). */
  metrics?: Metrics;
}

export class Dispatcher {
  private readonly limiter: Limiter;
  /** Per instance: the promises of the commands this process is running, so shutdown can wait for them. */
  private readonly inflight = new Set<Promise<unknown>>();
  private closing = false;

  constructor(private readonly options: DispatcherOptions) {
    const { count, windowSeconds } = options.rateLimit;
    this.limiter =
      options.limiter ??
      (options.store
        ? new StoreRateLimiter(options.store, count, windowSeconds * 1000, options.logger)
        : new RateLimiter(count, windowSeconds * 1000));
  }

  get inFlight(): number {
    return this.inflight.size;
  }

  /** Runs one request. Never throws. */
  handle(req: Request): Promise<Outcome> {
    const metrics = this.options.metrics;
    const started = performance.now();
    const line: Record<string, unknown> = { platform: req.platform };
    const p = this.handleInner(req, line).then((outcome) => {
      if (metrics) {
        const verb = typeof line.verb === 'string' ? line.verb : 'unparsed';
        const outcome_ =
          outcome.kind === 'answer'
            ? 'ok'
            : outcome.kind === 'error'
              ? 'user_error'
              : outcome.kind === 'rate_limited' && outcome.reason === 'busy'
                ? 'busy'
                : outcome.kind;
        metrics.commands.inc({ platform: req.platform, verb, outcome: outcome_ });
        metrics.latency.observe({ verb }, (performance.now() - started) / 1000);
        if (outcome_ === 'busy') metrics.shed.inc({ platform: req.platform });
      }
      return outcome;
    });
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
    return p;
  }

  /** Track other work (e.g. sending the reply) so shutdown waits for it too. */
  track<T>(p: Promise<T>): Promise<T> {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p)).catch(() => undefined);
    return p;
  }

  /** Stop taking new commands and wait for the ones in flight. */
  async drain(): Promise<void> {
    this.closing = true;
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /** After `drain()`: release the engine pool's workers, if any. */
  async close(): Promise<void> {
    this.closing = true;
    await this.options.pool?.close();
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /**
   * When the engine queue is long (at least half of the pool's `maxQueue` waiting): the seconds to wait before trying
   * again, else 0. Adapters ask it before they accept an expensive request (an upload read into memory), so a body
   * the pool would likely shed is refused before it is read. Without a pool (in-process engine), never busy.
   */
  engineBusy(): number {
    const pool = this.options.pool;
    if (!pool || pool.queued < Math.ceil(pool.maxQueue / 2)) return 0;
    return pool.retryAfterSeconds();
  }

  /** Counts a request an adapter shed before handing it over (outcome `busy`, and the shed counter), as `handle` would. */
  countShed(platform: Platform): void {
    this.options.metrics?.commands.inc({ platform, verb: 'unparsed', outcome: 'busy' });
    this.options.metrics?.shed.inc({ platform });
  }

  private async handleInner(req: Request, line: Record<string, unknown>): Promise<Outcome> {
    const log = this.options.logger;
    const started = performance.now();
    // A notice is said to the asker alone: in their language (the platform's), else the place's, else English.
    const noticeLocale = (): Locale => resolveLocale(replyLocale(req.who, undefined, true)) ?? 'en';
    if (this.closing) {
      const locale = noticeLocale();
      return { kind: 'closing', message: translator(locale)('notice.restarting'), locale };
    }
    const userKey = `${req.platform}:${req.userId}`;
    const wait = await this.limiter.take(userKey);
    if (wait > 0) {
      const retryAfterSeconds = Math.ceil(wait / 1000);
      log.info({ ...line, outcome: 'rate_limited' }, 'command');
      // A user sending quickly has sent before: their language is known (Slack keeps it for hours), or asked once.
      if (req.who?.loadLocale) await req.who.loadLocale().catch(() => undefined);
      const locale = noticeLocale();
      return {
        kind: 'rate_limited',
        reason: 'user',
        retryAfterSeconds,
        message: translator(locale)('notice.rateLimited', {
          count: this.options.rateLimit.count,
          window: this.options.rateLimit.windowSeconds,
          seconds: retryAfterSeconds,
        }),
        locale,
      };
    }
    try {
      log.debug({ ...line, text: req.text }, 'command text');
      if (req.who?.loadLocale) await req.who.loadLocale();
      let command = req.command;
      if (!command && req.prepare) {
        const prepared = await req.prepare();
        if ('code' in prepared) {
          log.info({ ...line, outcome: 'user_error', code: prepared.code, ms: elapsed(started) }, 'command');
          return { kind: 'error', error: prepared, locale: noticeLocale() };
        }
        command = prepared;
      }
      if (!command) {
        const parseLocale = replyLocale(req.who, undefined, false);
        const parsed = parseCommand(req.text ?? '', { locale: parseLocale });
        if (!parsed.ok) {
          log.info({ ...line, outcome: 'user_error', code: parsed.code, ms: elapsed(started) }, 'command');
          return { kind: 'error', error: parsed, locale: resolveLocale(parseLocale) ?? 'en' };
        }
        command = parsed.value;
      }
      line.verb = command.verb;
      line.operands = command.operands.length;
      const groups = this.options.groups;
      if (verbSpec(command.verb).group) {
        if (!groups || !req.who) {
          const locale = noticeLocale();
          const error = parseFailure(command.verb, locale);
          log.info({ ...line, outcome: 'user_error', code: error.code, ms: elapsed(started) }, 'command');
          return { kind: 'error', error, locale };
        }
        let g: Awaited<ReturnType<GroupService['handle']>>;
        try {
          g = await groups.handle(command, req.who);
        } catch (err) {
          if (!isStoreUnavailable(err)) throw err;
          // The store is down or stalled (its guard logged the outage once): said plainly, never a fault, and an
          // answer is never reported counted when the store did not confirm it.
          const error = unavailable(command.verb);
          log.info({ ...line, outcome: 'unavailable', ms: elapsed(started) }, 'command');
          return { kind: 'error', error, locale: answerLocale(replyLocale(req.who, undefined, true)) };
        }
        if ('code' in g) {
          log.info({ ...line, outcome: 'user_error', code: g.code, ms: elapsed(started) }, 'command');
          return { kind: 'error', error: g, locale: answerLocale(replyLocale(req.who, undefined, true)) };
        }
        log.info({ ...line, outcome: 'ok', ms: elapsed(started) }, 'command');
        return {
          kind: 'answer',
          answer: g.answer,
          locale: answerLocale(replyLocale(req.who, undefined, g.visibility === 'private')),
          private: g.visibility === 'private',
          ...(g.quiz ? { quiz: g.quiz } : {}),
          ...(g.reveal ? { reveal: g.reveal } : {}),
          ...(g.marked ? { marked: g.marked } : {}),
        };
      }
      // The channel's settings: figures on or off, their theme, fractions or decimals, private answers.
      // With the store down: the channel's last known settings, else the defaults (never a wait, never a failure).
      // How the asker will see the figures (the local page's look and column width) wins over the theme setting.
      const settings = groups && req.who ? await groups.settingsOrFallback(req.who) : undefined;
      const channelOptions = settings ? GroupService.runOptions(settings) : {};
      const locale = replyLocale(req.who, channelOptions.locale, settings?.private.value === 'on');
      const options: RunOptions = withView(
        { ...this.options.run, ...channelOptions, ...(locale ? { locale } : {}) },
        req.who?.view,
      );
      const pool = this.options.pool;
      const meta = { user: userKey, ...(req.ownsAttachments ? { transferAttachments: true } : {}) };
      const reply = pool ? await pool.run(command, options, meta) : await run(command, options);
      if (!reply.ok) {
        log.info({ ...line, outcome: 'user_error', code: reply.code, ms: elapsed(started) }, 'command');
        return { kind: 'error', error: reply, locale: answerLocale(locale) };
      }
      const shape = reply.data.shape ?? reply.data.size;
      log.info({ ...line, shape, figures: reply.figures.length, outcome: 'ok', ms: elapsed(started) }, 'command');
      return {
        kind: 'answer',
        answer: reply,
        locale: answerLocale(locale),
        ...(settings?.private.value === 'on' ? { private: true } : {}),
      };
    } catch (err) {
      if (err instanceof EnginePoolBusyError) {
        // Shed: the queue was full or the command waited past the limit. An overload, answered like a rate limit
        // (never silently dropped: counted in metrics as `busy` and `hadamard_shed_commands_total`), not a fault.
        log.warn(
          { ...line, outcome: 'busy', reason: err.reason, queued: err.queued, ms: elapsed(started) },
          'command shed',
        );
        const locale = noticeLocale();
        return {
          kind: 'rate_limited',
          reason: 'busy',
          retryAfterSeconds: err.retryAfterSeconds,
          message: translator(locale)('notice.busy', { seconds: err.retryAfterSeconds }),
          locale,
        };
      }
      const id = randomUUID().slice(0, 8);
      log.error({ ...line, err, errorId: id, outcome: 'fault', ms: elapsed(started) }, 'command failed');
      const locale = noticeLocale();
      return { kind: 'fault', id, message: translator(locale)('notice.fault', { id }), locale };
    }
  }
}

/** A group verb where no channel is known (the bare engine, an old caller). */
function parseFailure(verb: string, locale: Locale): EngineError {
  const tr = translator(locale);
  return {
    ok: false,
    code: 'needs_channel',
    message: tr('notice.needsChannel', { verb }),
    hint: tr('notice.needsChannelHint'),
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
