/**
 * Starts the fake Discord and the real discord.js adapter against it, for the Discord tests; with a store, also the
 * real study-group service on it (its clock injectable, its sweeper left to the test: `groups.sweep()`).
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/bot/config.js';
import { Dispatcher, type DispatcherOptions, type Outcome, type Request } from '../../../src/bot/runtime/dispatch.js';
import { startDiscord, type DiscordOptions } from '../../../src/bot/discord/discord.js';
import { startDiscordInteractions } from '../../../src/bot/discord/http-interactions.js';
import { HttpServer } from '../../../src/bot/runtime/http.js';
import { DeliveryLedger } from '../../../src/bot/runtime/deliveries.js';
import { GroupService } from '../../../src/bot/groups/service.js';
import { makeLogger } from '../../../src/bot/logger.js';
import type { RunningAdapter } from '../../../src/bot/adapter.js';
import { parseCommand, run } from '../../../src/engine/index.js';
import type { Store } from '../../../src/store/types.js';
import { FakeDiscord, buttonsOf, type FakeDiscordOptions, type FakeMessage } from '../../fakes/discord.js';

export interface DiscordHarness {
  fake: FakeDiscord;
  bot: RunningAdapter;
  dispatcher: Dispatcher;
  /** The study-group service, when the harness was given a store. */
  groups?: GroupService;
  /** How many requests the dispatcher answered by computing (to show that a refused request computed nothing). */
  handled(): number;
  /** `POST /discord/interactions` of the bot, in HTTP mode. */
  interactionsUrl?: string;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Stops the bot (and the fake, unless it was handed in); the store stays open for its owner to close. */
  close(): Promise<void>;
}

/** A dispatcher that counts the requests it is given, and (slowMs) makes each take longer, without touching the engine. */
class TestDispatcher extends Dispatcher {
  count = 0;
  constructor(
    options: DispatcherOptions,
    private readonly delayMs: number,
  ) {
    super(options);
  }

  /** Requests that reached the dispatcher and were computed (an answer; a refusal before computing is not counted). */
  override handle(req: Request): Promise<Outcome> {
    const counted = (o: Outcome) => {
      if (o.kind === 'answer') this.count++;
      return o;
    };
    if (this.delayMs === 0) return super.handle(req).then(counted);
    return this.track(new Promise((r) => setTimeout(r, this.delayMs)).then(() => super.handle(req))).then(counted);
  }
}

export async function startHarness(
  options: {
    /** Options for a new fake, or a running fake to connect to (a restarted bot); it is then not closed. */
    fake?: FakeDiscordOptions | FakeDiscord;
    discord?: DiscordOptions;
    env?: Record<string, string>;
    /** Make every command this much slower (to exercise the deferral timer). */
    slowMs?: number;
    /** A store: the group service runs on it, so the study-group verbs work. */
    store?: Store;
    /** The group service's clock (ms). */
    now?: () => number;
    /**
     * `gateway` (default): interactions over the gateway. `http`: over signed HTTP to `/discord/interactions` on the
     * harness's own HTTP server, no gateway. `both`: interactions over HTTP, mentions over the gateway.
     */
    mode?: 'gateway' | 'http' | 'both';
    /** HTTP mode: leave DISCORD_TOKEN out (webhooks and the stored interaction tokens only). */
    noToken?: boolean;
    /** The least time between two edits of a quiz's count of answers (default 100 ms here, 3 s in the bot). */
    answerCountEditMs?: number;
  } = {},
): Promise<DiscordHarness> {
  const given = options.fake instanceof FakeDiscord ? options.fake : undefined;
  const fake = given ?? (await FakeDiscord.start(options.fake as FakeDiscordOptions | undefined));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  try {
    const mode = options.mode ?? 'gateway';
    const env: Record<string, string | undefined> = fake.env(options.env);
    if (mode !== 'gateway') env.DISCORD_PUBLIC_KEY = fake.publicKeyHex;
    if (mode === 'http') env.DISCORD_GATEWAY = 'off';
    if (options.noToken) delete env.DISCORD_TOKEN;
    const config = loadConfig(env);
    const logger = makeLogger('info', sink);
    const groups = options.store
      ? new GroupService({
          store: options.store,
          logger,
          now: options.now,
          // The worked solution runs in-process (main runs it in the engine pool).
          async runWorked(text, runOptions) {
            const parsed = parseCommand(text);
            return parsed.ok ? run(parsed.value, runOptions) : parsed;
          },
        })
      : undefined;
    const dispatcherOptions = { logger, rateLimit: config.rateLimit, groups };
    const dispatcher = new TestDispatcher(dispatcherOptions, options.slowMs ?? 0);
    // Each interaction once, claimed in the store when there is one (two harnesses on one store: two instances).
    const deliveries = new DeliveryLedger(options.store, logger);
    const answerCountEditMs = options.answerCountEditMs ?? 100;
    const adapters: RunningAdapter[] = [];
    let http: HttpServer | undefined;
    let interactionsUrl: string | undefined;
    if (mode !== 'gateway') {
      http = new HttpServer(logger);
      await http.listen(0, '127.0.0.1');
      const a = await startDiscordInteractions(
        { config, dispatcher, logger, groups, http, deliveries, answerCountEditMs },
        options.discord,
      );
      adapters.push(a);
      interactionsUrl = a.url;
      fake.useHttpInteractions(interactionsUrl);
    }
    if (mode !== 'http')
      adapters.unshift(
        await startDiscord(
          { config, dispatcher, logger, groups, deliveries, answerCountEditMs },
          { ...options.discord, interactions: mode === 'gateway' },
        ),
      );
    const bot = adapters[0];
    return {
      fake,
      bot,
      dispatcher,
      groups,
      logs,
      interactionsUrl,
      handled: () => dispatcher.count,
      async close() {
        await groups?.stop();
        await dispatcher.drain();
        for (const a of adapters) await a.stop();
        await http?.close();
        if (!given) await fake.close();
      },
    };
  } catch (err) {
    if (!given) await fake.close();
    throw err;
  }
}

/** Waits for the answer to an interaction: its original response once it is no longer loading. */
export function answerOf(fake: FakeDiscord, token: string): Promise<FakeMessage> {
  return fake.waitFor(
    () => {
      const m = fake.original(token);
      // A private answer to a command deferred in public (it was not ready in time on a loaded machine): the
      // "thinking…" message is deleted and the answer is the first follow-up, ephemeral.
      if (m?.deleted) return fake.followUps(token)[0];
      return m && (m.flags & (1 << 7)) === 0 ? m : undefined;
    },
    `the answer to interaction ${token.slice(0, 12)}…`,
  );
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Code fences come in pairs: a matrix was never cut in half. */
export function fencesBalanced(text: string): boolean {
  return (text.match(/```/g) ?? []).length % 2 === 0;
}

/** The custom ids of a message's buttons, with their labels, styles and whether they are disabled. */
export function buttons(m: FakeMessage): { customId: string; label: string; style: number; disabled: boolean }[] {
  return buttonsOf(m).map((b) => ({
    customId: b.custom_id ?? '',
    label: b.label ?? '',
    style: b.style ?? 0,
    disabled: b.disabled === true,
  }));
}

/** The bot's reply to a user's message (a channel message referencing it), once it exists. */
export function replyTo(fake: FakeDiscord, source: FakeMessage, what = 'the reply'): Promise<FakeMessage> {
  return fake.waitFor(() => repliesTo(fake, source)[0], what);
}

export function repliesTo(fake: FakeDiscord, source: FakeMessage): FakeMessage[] {
  return [...fake.messages.values()].filter((m) => m.reference?.message_id === source.id && !m.deleted);
}
