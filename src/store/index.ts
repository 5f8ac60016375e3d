/**
 * The store's entry: `openStore()` picks the backend, applies the migrations and hands back a
 * `Store`. `DATABASE_URL=postgres://…` (or `postgresql://…`) means Postgres, shared by every
 * instance; otherwise a SQLite file `${DATA_DIR}/hadamard.db` (default `./data`), created on first
 * use, or an in-memory SQLite database when the data directory is `:memory:` (tests).
 * The drivers are imported only when used, so a process that never opens a store never loads them.
 * With a `cipher`, the secret columns are encrypted at rest (cipher.ts); without one they are stored as given.
 */
import { join } from 'node:path';
import type { StoreCipher } from './cipher.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { openPostgresDriver } from './postgres.js';
import { SqlStore, type RekeyReport } from './sql-store.js';
import { MEMORY, openSqliteDriver } from './sqlite.js';
import type { Store, StoreLogger } from './types.js';

export type * from './types.js';
export { installationKey } from './sql-store.js';
export { MIGRATIONS, SchemaTooNewError } from './migrations.js';
export { guardStore, isStoreUnavailable, StoreUnavailableError, type GuardedStore, type StoreHealth } from './guard.js';
export { StoreCipher, keyId, parseStoreKey, type SecretColumn } from './cipher.js';
export type { RekeyReport } from './sql-store.js';

/** The default deadline of one store call (STORE_TIMEOUT_MS). */
export const DEFAULT_STORE_TIMEOUT_MS = 2_000;

export const DEFAULT_DATA_DIR = './data';
export const SQLITE_FILE = 'hadamard.db';

export interface StoreOptions {
  /** `postgres://…` or `postgresql://…` selects Postgres; unset selects SQLite. */
  databaseUrl?: string;
  /** SQLite's folder (default `./data`); `:memory:` for a throw-away in-memory database. */
  dataDir?: string;
  /** Postgres only: keep every table in this schema (created if missing). Tests use one per run. */
  schema?: string;
  /** Postgres only: connections in the pool (default 10). */
  maxConnections?: number;
  /**
   * The deadline of one database call in ms (`STORE_TIMEOUT_MS`, default 2,000): Postgres' connect, pool wait and
   * statement timeouts, SQLite's busy timeout. `guardStore` (guard.ts) enforces it around every call as well.
   */
  timeoutMs?: number;
  logger?: StoreLogger;
  /**
   * Encrypts tokens at rest (installations, reply handles, message refs) under its current key and reads its old
   * ones; without it they are stored in plain text (and sealed values read as absent).
   */
  cipher?: StoreCipher;
  /** The migration history; only tests pass another. */
  migrations?: readonly Migration[];
}

/** A configuration mistake, naming the variable (like the bot's ConfigError). */
export class StoreConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'StoreConfigError';
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The connection URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Reads DATABASE_URL, DATA_DIR and STORE_TIMEOUT_MS once, at start-up; a malformed value fails with its name. */
export function storeOptionsFromEnv(env: Record<string, string | undefined> = process.env): StoreOptions {
  const url = env.DATABASE_URL?.trim() || undefined;
  const dataDir = env.DATA_DIR?.trim() || undefined;
  const timeoutRaw = env.STORE_TIMEOUT_MS?.trim() || undefined;
  let timeoutMs = DEFAULT_STORE_TIMEOUT_MS;
  if (timeoutRaw !== undefined) {
    timeoutMs = /^\d+$/.test(timeoutRaw) ? Number(timeoutRaw) : NaN;
    if (!(timeoutMs >= 100 && timeoutMs <= 60_000))
      throw new StoreConfigError(
        'STORE_TIMEOUT_MS',
        `must be a whole number of milliseconds from 100 to 60000, got "${timeoutRaw}"`,
      );
  }
  if (url !== undefined) {
    if (!isPostgresUrl(url))
      throw new StoreConfigError(
        'DATABASE_URL',
        `must start with postgres:// or postgresql://, got "${redactUrl(url)}"`,
      );
    try {
      new URL(url);
    } catch {
      throw new StoreConfigError('DATABASE_URL', 'is not a valid URL');
    }
  }
  return { databaseUrl: url, dataDir, timeoutMs };
}

/** Opens the store the options describe, migrated to the latest schema. */
export function openStore(options: StoreOptions = {}): Promise<Store> {
  return openSqlStore(options);
}

/**
 * Rewrites every secret under the options' current key (values under old keys, and legacy plain text); see
 * `SqlStore.rekeySecrets`. `npm run store:rekey` runs it.
 */
export async function rekeyStore(options: StoreOptions & { cipher: StoreCipher }): Promise<RekeyReport> {
  const store = await openSqlStore(options);
  try {
    return await store.rekeySecrets();
  } finally {
    await store.close();
  }
}

async function openSqlStore(options: StoreOptions): Promise<SqlStore> {
  const migrations = options.migrations ?? MIGRATIONS;
  const { databaseUrl, logger } = options;
  if (databaseUrl !== undefined && databaseUrl !== '' && !isPostgresUrl(databaseUrl))
    throw new StoreConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  const postgres = databaseUrl !== undefined && databaseUrl !== '';
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const where = postgres
    ? redactUrl(databaseUrl) + (options.schema ? ` (schema ${options.schema})` : '')
    : dataDir === MEMORY
      ? MEMORY
      : join(dataDir, SQLITE_FILE);
  const driver = postgres
    ? await openPostgresDriver({
        url: databaseUrl,
        schema: options.schema,
        maxConnections: options.maxConnections,
        timeoutMs: options.timeoutMs,
        logger,
      })
    : await openSqliteDriver(dataDir === MEMORY ? MEMORY : join(dataDir, SQLITE_FILE), {
        busyTimeoutMs: options.timeoutMs,
      });
  try {
    const applied = await driver.migrate(migrations);
    if (applied.length) logger?.info({ store: driver.kind, where, applied }, 'store: migrations applied');
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw err;
  }
  logger?.info({ store: driver.kind, where }, 'store: open');
  return new SqlStore(driver, { cipher: options.cipher, logger });
}
