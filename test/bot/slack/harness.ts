/**
 * Starts the real Slack adapter (Bolt) against the fake Slack, with logs captured in memory; with a store, through
 * the real study-group service (quizzes, buttons, settings, edit to re-run), on a clock the test may move; with
 * `shared`, mounted on an instance's HttpServer as main.ts does (else Bolt listens on its own).
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { slackAuthorizeUrl, type Config } from '../../../src/bot/config.js';
import { Dispatcher } from '../../../src/bot/runtime/dispatch.js';
import { DeliveryLedger } from '../../../src/bot/runtime/deliveries.js';
import type { EnginePool } from '../../../src/bot/runtime/engine-pool.js';
import { GroupService } from '../../../src/bot/groups/service.js';
import { makeLogger } from '../../../src/bot/logger.js';
import { HttpServer } from '../../../src/bot/runtime/http.js';
import { startSlack } from '../../../src/bot/slack/slack.js';
import type { RunningAdapter } from '../../../src/bot/adapter.js';
import { parseCommand, run } from '../../../src/engine/index.js';
import type { Store } from '../../../src/store/types.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, type FakeSlack } from '../../fakes/slack.js';
import { entryArgs } from '../entry.js';

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
    /** Many workspaces: OAuth with the fake's client id and secret (needs `store`); no bot token. */
    oauth?: { stateSecret?: string };
    /** Mount the adapter on an HttpServer (the instance's one server, as main.ts does), listening on port 0. */
    shared?: boolean;
    /** The least time between two edits of a quiz's count of answers (default 100 ms here, 3 s in the bot). */
    answerCountEditMs?: number;
  } = {},
): Promise<BotUnderTest> {
  const rateLimit = options.rateLimit ?? { count: 10, windowSeconds: 30 };
  const config: Config = {
    slack: options.oauth
      ? {
          signingSecret: FAKE_SIGNING_SECRET,
          apiUrl: fake.apiUrl,
          filesUrl: fake.filesUrl,
          oauth: {
            clientId: fake.oauthClient.id,
            clientSecret: fake.oauthClient.secret,
            stateSecret: options.oauth.stateSecret ?? 'a-state-secret-for-the-tests-0123456789',
            authorizeUrl: slackAuthorizeUrl(fake.apiUrl),
          },
        }
      : {
          botToken: FAKE_BOT_TOKEN,
          signingSecret: FAKE_SIGNING_SECRET,
          appToken: options.socket ? FAKE_APP_TOKEN : undefined,
          apiUrl: fake.apiUrl,
          filesUrl: fake.filesUrl,
        },
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    inflightLeaseSeconds: 30,
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
  // Each delivery once, claimed in the store when there is one (two bots on one store are two instances).
  const deliveries = new DeliveryLedger(options.store, logger);
  const http = options.shared ? new HttpServer(logger) : undefined;
  await http?.listen(0, '127.0.0.1');
  const adapter = await startSlack({
    config,
    dispatcher,
    logger,
    groups,
    deliveries,
    answerCountEditMs: options.answerCountEditMs ?? 100,
    ...(http ? { http } : {}),
  });
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
      await http?.close();
    },
  };
}

/** The PNG file signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bot as a real OS process: `src/bot/main.ts` (the entry point `npm start` runs) with the Slack adapter. */
export interface BotProcess {
  /** `http://127.0.0.1:<port>/slack/events`. */
  eventsUrl: string;
  pid: number;
  /** Every JSON log line so far, parsed. */
  logs(): Record<string, unknown>[];
  /** Everything it wrote to standard output (the JSON log lines and anything else). */
  stdout(): string;
  stderr(): string;
  /** SIGTERM (finish what is in flight, then exit 0); resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): void;
}

const COMPILED_MAIN = fileURLToPath(new URL('../../../dist/src/bot/main.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Starts main.ts against the fake Slack with `env` on top (DATABASE_URL or DATA_DIR for the store,
 * RATE_LIMIT_COUNT …); resolves once every adapter has started and the server routes (before that, its routes
 * answer 503).
 */
export async function startBotProcess(
  fake: FakeSlack,
  env: Record<string, string>,
  options: { compiled?: boolean } = {},
): Promise<BotProcess> {
  // `compiled`: always the JavaScript `npm start` runs (dist/), as benchmarks of memory want it; else that when dist/
  // is fresh and src/bot/main.ts under tsx when not (test/bot/entry.ts).
  const args = options.compiled ? [COMPILED_MAIN] : entryArgs('main');
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
      SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_FILES_URL: fake.filesUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const logs = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not start in 30 s:\n${out}\n${err}`)), 30_000);
    let listening = false;
    proc.stdout.on('data', (d) => {
      out += String(d);
      // Parsed only until the start (a load test must not slow the reading of the bot's logs: a full pipe
      // would block the bot's synchronous log writes).
      if (listening) return;
      const lines = logs();
      // 'ready' comes once every adapter has started and the routes are served.
      const line = lines.some((l) => l.msg === 'ready')
        ? lines.find((l) => l.msg === 'adapter started' && String(l.adapter).startsWith('slack'))
        : undefined;
      if (line) {
        listening = true;
        clearTimeout(timer);
        resolve(String(line.where));
      }
    });
    proc.stderr.on('data', (d) => {
      err += String(d);
      // The line for the person at the terminal, printed whatever LOG_LEVEL says.
      const where = /running slack \(http\) \((http:\/\/[^)\s]+)\)/.exec(err)?.[1];
      if (where) {
        clearTimeout(timer);
        resolve(where);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before starting:\n${out}\n${err}`));
    });
  });
  let eventsUrl: string;
  try {
    eventsUrl = await started;
  } catch (e) {
    // Never leave a half-started bot behind.
    if (proc.exitCode === null) proc.kill('SIGKILL');
    throw e;
  }
  return {
    eventsUrl,
    pid: proc.pid!,
    logs,
    stdout: () => out,
    stderr: () => err,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
    kill: () => {
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}
