/**
 * The bot itself (`npm start` runs it through ./main.ts): read and validate the config once, start every adapter whose
 * credentials are set (Slack, Discord) or the local page when none are, and shut down gracefully:
 * on SIGINT/SIGTERM stop taking commands, finish those in flight (and their replies), then exit.
 * A second signal exits at once. No command can kill the process.
 */
import type { Logger } from 'pino';
import type { AdapterContext, RunningAdapter } from './adapter.js';
import {
  ConfigError,
  describeConfig,
  loadConfig,
  readDotEnv,
  requireStoreKeyInProduction,
  type Config,
} from './config.js';
import { Dispatcher } from './runtime/dispatch.js';
import { EnginePool } from './runtime/engine-pool.js';
import { GroupService } from './groups/service.js';
import { mountHealth } from './runtime/health.js';
import { HttpServer } from './runtime/http.js';
import { InflightTracker } from './runtime/inflight.js';
import { Metrics, timedStore } from './runtime/metrics.js';
import { makeLogger } from './logger.js';
import { secretsFromEnv } from './log-redaction.js';
import { parseCommand } from '../engine/index.js';
import {
  StoreConfigError,
  guardStore,
  isStoreUnavailable,
  openStore,
  storeOptionsFromEnv,
  type StoreOptions,
} from '../store/index.js';
import { DeliveryLedger } from './runtime/deliveries.js';

/** How long shutdown waits for commands in flight before giving up. */
const DRAIN_TIMEOUT_MS = 25_000;
/** How often idle rate-limit buckets and expired OAuth states are deleted from the store (any instance may). */
const PRUNE_EVERY_MS = 10 * 60_000;

function readConfig(): Config {
  try {
    const config = loadConfig(process.env);
    requireStoreKeyInProduction(config, process.env);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      // The variable's name and what is wrong; no stack trace, never the value of a secret.
      console.error(`hadamard-bot: configuration error: ${err.message}`);
      console.error('See .env.example for every variable and its format.');
      process.exit(1);
    }
    throw err;
  }
}

async function startAdapters(ctx: AdapterContext): Promise<RunningAdapter[]> {
  const { config } = ctx;
  const starts: { name: string; start: () => Promise<RunningAdapter> }[] = [];
  if (config.slack)
    starts.push({ name: 'slack', start: async () => (await import('./slack/slack.js')).startSlack(ctx) });
  const discord = config.discord;
  if (discord?.publicKey)
    starts.push({
      name: 'discord (http interactions)',
      start: async () => (await import('./discord/http-interactions.js')).startDiscordInteractions(ctx),
    });
  if (discord?.gateway)
    starts.push({
      name: 'discord',
      // With the HTTP endpoint, interactions arrive there; the gateway carries mentions, DMs and edits.
      start: async () => (await import('./discord/discord.js')).startDiscord(ctx, { interactions: !discord.publicKey }),
    });
  if (starts.length === 0)
    starts.push({ name: 'local page', start: async () => (await import('./local/server.js')).startLocal(ctx) });
  const running: RunningAdapter[] = [];
  for (const s of starts) {
    try {
      const adapter = await s.start();
      running.push(adapter);
      ctx.logger.info({ adapter: adapter.name, where: adapter.where }, 'adapter started');
    } catch (err) {
      ctx.logger.fatal({ err, adapter: s.name }, 'adapter failed to start');
      await Promise.allSettled(running.map((a) => a.stop()));
      throw err;
    }
  }
  return running;
}

function installShutdown(
  logger: Logger,
  dispatcher: Dispatcher,
  adapters: () => RunningAdapter[],
  after: () => Promise<void>,
): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stopping = true;
    logger.info({ signal, inFlight: dispatcher.inFlight }, 'shutting down: finishing commands in flight');
    const timer = setTimeout(() => {
      logger.error({ inFlight: dispatcher.inFlight }, `commands still in flight after ${DRAIN_TIMEOUT_MS} ms; exiting`);
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    timer.unref();
    await dispatcher.drain();
    await dispatcher.close();
    await after().catch((err: unknown) => logger.warn({ err }, 'store did not close cleanly'));
    for (const a of adapters()) {
      try {
        await a.stop();
      } catch (err) {
        logger.warn({ err, adapter: a.name }, 'adapter did not stop cleanly');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));
}

async function main(): Promise<void> {
  const dotEnv = readDotEnv('start');
  const config = readConfig();
  // Secrets' values are scrubbed from every log line, whatever carries them (log-redaction.ts).
  const logger = makeLogger(config.logLevel, undefined, { secrets: secretsFromEnv(process.env) });
  if (dotEnv) logger.info('read variables from .env (those already set in the environment win)');
  // A bug in one command (or a library callback) is logged, never fatal.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));

  logger.info({ config: describeConfig(config) }, 'hadamard-bot starting');
  // Said once, here (not by the CLI, which opens the store for every command).
  if (!config.storeCipher) logger.warn('tokens are stored unencrypted; set STORE_ENCRYPTION_KEY (see .env.example)');
  // Commands run in worker threads: the event loop stays free for acks, and each has a hard time limit. Cheap
  // commands take a fast lane, users take turns, and a command that waits too long is answered "busy".
  const pool = new EnginePool({
    size: config.pool?.workers,
    maxWaitMs: config.pool ? config.pool.maxWaitSeconds * 1000 : undefined,
  });
  void pool.warm();
  // The store: a SQLite file under DATA_DIR, or the Postgres of DATABASE_URL shared by every instance.
  let storeOptions: StoreOptions;
  try {
    storeOptions = storeOptionsFromEnv(process.env);
  } catch (err) {
    if (err instanceof StoreConfigError) {
      console.error(`hadamard-bot: configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const metrics = new Metrics();
  // Every store call has a deadline (STORE_TIMEOUT_MS); an outage is noticed once, and calls fail fast until the
  // store answers again (store/guard.ts): computations never wait for it, group verbs say it is unavailable.
  const store = guardStore(
    timedStore(await openStore({ ...storeOptions, logger, cipher: config.storeCipher }), metrics),
    { timeoutMs: storeOptions.timeoutMs, logger },
  );
  const groups = new GroupService({
    store,
    logger,
    async runWorked(text, options) {
      const parsed = parseCommand(text);
      return parsed.ok ? pool.run(parsed.value, options, { user: 'groups:worked' }) : parsed;
    },
  });
  // The per-user rate limit lives in the store: every instance on one database counts a user's commands together.
  const dispatcher = new Dispatcher({ logger, rateLimit: config.rateLimit, store, pool, groups, metrics });
  metrics.workers.set(pool.size);
  metrics.queueSource = () => pool.queued;
  // Commands acknowledged but not answered yet are leased rows in the store: if this instance dies, another reports them.
  const inflight = new InflightTracker({ store, logger, leaseMs: config.inflightLeaseSeconds * 1000 });
  // Each platform delivery (a slash command, a click, an event, an interaction) is acted on once, across instances.
  const deliveries = new DeliveryLedger(store, logger);
  // One HTTP server per instance: adapters mount their endpoints, the runtime its health and metrics. Until every
  // adapter has mounted its routes, only health, readiness and metrics are served; the rest get 503 + Retry-After.
  const http = new HttpServer(logger, { routing: false });
  let started = false;
  mountHealth(http, { ready: () => started && !dispatcher.isClosing, store }, metrics);
  let adapters: RunningAdapter[] = [];
  // Every command writes its user's rate-limit bucket: buckets idle for two windows are deleted now and then, so
  // the table holds only recent users. Idempotent, so every instance may do it.
  const pruner = setInterval(() => {
    store
      .pruneExpired(Date.now())
      .then((n) => logger.debug(n, 'store: pruned expired rows'))
      .catch((err: unknown) =>
        isStoreUnavailable(err)
          ? logger.debug('store: prune skipped (unavailable)')
          : logger.warn({ err }, 'store: prune failed'),
      );
  }, PRUNE_EVERY_MS);
  pruner.unref();
  installShutdown(
    logger,
    dispatcher,
    () => adapters,
    async () => {
      inflight.stop();
      clearInterval(pruner);
      await groups.stop();
      await http.close();
      await store.close();
    },
  );
  try {
    // Listen first (the port is then known, PORT=0 included); routes mount as adapters start, and /readyz (and every
    // route but health and metrics) says 503 until they all have.
    await http.listen(config.port, config.host);
    adapters = await startAdapters({ config, dispatcher, logger, groups, http, inflight, deliveries });
    http.startRouting();
    started = true;
  } catch (err) {
    console.error(`hadamard-bot: could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  // Rounds close by time on whichever instance claims them first (the claim is atomic in the store).
  groups.startSweeper();
  // Every instance ticks: the schedules due now run once across instances (the store claims each due slot), and
  // pinned boards are edited as rounds close. An outage skips ticks quietly (one catch-up per schedule afterwards).
  groups.startTicker();
  inflight.start();
  logger.info({ adapters: adapters.map((a) => a.name), store: store.kind }, 'ready');
  // One plain line for the person at the terminal (the JSON log above is for machines).
  const local = adapters.find((a) => a.name === 'local page');
  console.error(
    local
      ? `hadamard-bot: no Slack or Discord credentials, so the local playground runs: open ${http.url}/ (Ctrl+C stops it)`
      : `hadamard-bot: running ${adapters.map((a) => `${a.name} (${a.where})`).join(', ')}; health and metrics at ${http.url}/healthz, /readyz, /metrics (Ctrl+C stops it)`,
  );
}

await main();
