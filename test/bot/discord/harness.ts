/**
 * Starts the fake Discord and the real discord.js adapter against it, for the Discord tests; with a store, also the
 * real study-group service on it (its clock injectable, its sweeper left to the test: `groups.sweep()`).
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/bot/config.js';
import { Dispatcher, type DispatcherOptions, type Outcome, type Request } from '../../../src/bot/runtime/dispatch.js';
import { startDiscord, type DiscordOptions } from '../../../src/bot/discord/discord.js';
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
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Stops the bot (and the fake, unless it was handed in); the store stays open for its owner to close. */
  close(): Promise<void>;
}

/** A dispatcher whose every command takes `delayMs` longer: slow work, without touching the engine. */
class SlowDispatcher extends Dispatcher {
  constructor(
    options: DispatcherOptions,
    private readonly delayMs: number,
  ) {
    super(options);
  }

  override handle(req: Request): Promise<Outcome> {
    return this.track(new Promise((r) => setTimeout(r, this.delayMs)).then(() => super.handle(req)));
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
    const config = loadConfig(fake.env(options.env));
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
    const dispatcher = options.slowMs
      ? new SlowDispatcher(dispatcherOptions, options.slowMs)
      : new Dispatcher(dispatcherOptions);
    const bot = await startDiscord({ config, dispatcher, logger, groups }, options.discord);
    return {
      fake,
      bot,
      dispatcher,
      groups,
      logs,
      async close() {
        await groups?.stop();
        await dispatcher.drain();
        await bot.stop();
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
