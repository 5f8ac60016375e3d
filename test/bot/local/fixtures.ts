/** Shared set-up for the local playground tests: a silent context and a server on a free port. */
import type { AdapterContext } from '../../../src/bot/adapter.js';
import { loadConfig } from '../../../src/bot/config.js';
import { Dispatcher } from '../../../src/bot/runtime/dispatch.js';
import { makeLogger } from '../../../src/bot/logger.js';
import { listenLocal, type LocalServer, type LocalServerOptions } from '../../../src/bot/local/server.js';
import { GroupService } from '../../../src/bot/groups/service.js';
import { parseCommand, run } from '../../../src/engine/index.js';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/types.js';

export const SEED = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';

/** What a script on this machine sends with a command (a cross-site form cannot send it; see notes/local.md). */
export const SCRIPT_HEADERS: Readonly<Record<string, string>> = { 'X-Hadamard-Client': 'test' };

/** A 2×1 PNG, for figures that do not depend on the engine's renderer. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==',
  'base64',
);

export function makeContext(rateLimit = { count: 1000, windowSeconds: 60 }): AdapterContext {
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', rateLimit };
  const logger = makeLogger('silent');
  return { config, logger, dispatcher: new Dispatcher({ logger, rateLimit }) };
}

export async function startServer(
  ctx: AdapterContext = makeContext(),
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  return listenLocal(ctx, { port: 0, host: '127.0.0.1', ...options });
}

/**
 * A context with the study-group service on an in-memory store, whose clock the test moves (`clock.now`), so a
 * quiz can close without waiting. `close()` releases the store.
 */
export async function makeGroupContext(
  clock: { now: number },
  rateLimit = { count: 1000, windowSeconds: 60 },
): Promise<AdapterContext & { store: Store; close(): Promise<void> }> {
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', rateLimit };
  const logger = makeLogger('silent');
  const store = await openStore({ dataDir: ':memory:' });
  const groups = new GroupService({
    store,
    logger,
    now: () => clock.now,
    async runWorked(text, options) {
      const p = parseCommand(text);
      return p.ok ? run(p.value, options) : p;
    },
  });
  return {
    config,
    logger,
    groups,
    store,
    dispatcher: new Dispatcher({ logger, rateLimit, groups }),
    close: () => store.close(),
  };
}
