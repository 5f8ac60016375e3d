/** Starts the fake Discord and the real discord.js adapter against it, for the Discord tests. */
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/bot/config.js';
import { Dispatcher, type DispatcherOptions, type Outcome, type Request } from '../../src/bot/dispatch.js';
import { startDiscord, type DiscordOptions } from '../../src/bot/discord.js';
import { makeLogger } from '../../src/bot/logger.js';
import type { RunningAdapter } from '../../src/bot/adapter.js';
import { FakeDiscord, type FakeDiscordOptions, type FakeMessage } from '../fakes/discord.js';

export interface DiscordHarness {
  fake: FakeDiscord;
  bot: RunningAdapter;
  dispatcher: Dispatcher;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
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
    fake?: FakeDiscordOptions;
    discord?: DiscordOptions;
    env?: Record<string, string>;
    /** Make every command this much slower (to exercise the deferral timer). */
    slowMs?: number;
  } = {},
): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start(options.fake);
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
    const dispatcherOptions = { logger, rateLimit: config.rateLimit };
    const dispatcher = options.slowMs
      ? new SlowDispatcher(dispatcherOptions, options.slowMs)
      : new Dispatcher(dispatcherOptions);
    const bot = await startDiscord({ config, dispatcher, logger }, options.discord);
    return {
      fake,
      bot,
      dispatcher,
      logs,
      async close() {
        await dispatcher.drain();
        await bot.stop();
        await fake.close();
      },
    };
  } catch (err) {
    await fake.close();
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
