/**
 * Starts the real Slack adapter (Bolt) against the fake Slack, with logs captured in memory; with a store, through
 * the real study-group service (quizzes, buttons, settings, edit to re-run), on a clock the test may move.
 */
import { Writable } from 'node:stream';
import type { Config } from '../../src/bot/config.js';
import { Dispatcher } from '../../src/bot/dispatch.js';
import type { EnginePool } from '../../src/bot/engine-pool.js';
import { GroupService } from '../../src/bot/groups/service.js';
import { makeLogger } from '../../src/bot/logger.js';
import { startSlack } from '../../src/bot/slack.js';
import type { RunningAdapter } from '../../src/bot/adapter.js';
import { parseCommand, run } from '../../src/engine/index.js';
import type { Store } from '../../src/store/types.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, type FakeSlack } from '../fakes/slack.js';

export interface BotUnderTest {
  adapter: RunningAdapter;
  dispatcher: Dispatcher;
  /** The study-group service, when started with a store (`groups.sweep()` closes due rounds now). */
  groups?: GroupService;
  /** `http://127.0.0.1:<port>/slack/events` (HTTP mode). */
  eventsUrl: string;
  /** Every log line, parsed. */
  logs: Record<string, unknown>[];
  rawLogs: () => string;
  stop(): Promise<void>;
}

export async function startBot(
  fake: FakeSlack,
  options: {
    socket?: boolean;
    rateLimit?: { count: number; windowSeconds: number };
    pool?: EnginePool;
    /** Run the study-group service on this store (the caller closes it). */
    store?: Store;
    /** The service's clock (default Date.now). */
    now?: () => number;
  } = {},
): Promise<BotUnderTest> {
  const rateLimit = options.rateLimit ?? { count: 10, windowSeconds: 30 };
  const config: Config = {
    slack: {
      botToken: FAKE_BOT_TOKEN,
      signingSecret: FAKE_SIGNING_SECRET,
      appToken: options.socket ? FAKE_APP_TOKEN : undefined,
      apiUrl: fake.apiUrl,
    },
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    rateLimit,
  };
  let raw = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      raw += String(chunk);
      cb();
    },
  });
  const logger = makeLogger('info', sink);
  const groups = options.store
    ? new GroupService({
        store: options.store,
        logger,
        ...(options.now ? { now: options.now } : {}),
        // The worked solution of a reveal, figure included, computed in-process as main does in its pool.
        async runWorked(text, runOptions) {
          const parsed = parseCommand(text);
          return parsed.ok ? run(parsed.value, runOptions) : parsed;
        },
      })
    : undefined;
  const dispatcher = new Dispatcher({ logger, rateLimit, pool: options.pool, groups });
  const adapter = await startSlack({ config, dispatcher, logger, groups });
  return {
    adapter,
    dispatcher,
    groups,
    eventsUrl: adapter.where,
    get logs() {
      return raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    rawLogs: () => raw,
    stop: async () => {
      await dispatcher.drain();
      await dispatcher.close();
      await groups?.stop();
      await adapter.stop();
    },
  };
}

/** The PNG file signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
