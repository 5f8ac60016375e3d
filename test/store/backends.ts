// The databases the shared store suite runs on: in-memory SQLite, a SQLite file in a temp folder,
// and the real Postgres on this machine (a fresh schema per test, dropped afterwards; skipped with
// the reason printed when no server answers), with the default pool or a pool of a given size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { requirement, type Requirement } from '../requirements.js';
import type { SqlDriver } from '../../src/store/driver.js';
import { openStore, type StoreOptions } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

/** One empty database; every store opened on it sees the same data (when `shared`). */
export interface TestDatabase {
  open(extra?: Partial<StoreOptions>): Promise<Store>;
  /** Closes the stores it opened (waiting 10 s at most for each) and deletes the database. */
  drop(): Promise<void>;
}

export interface StoreBackend {
  name: string;
  /** Why this backend's tests are skipped (no server), or undefined. */
  skip?: string;
  /** Throws when the backend is required (REQUIRE_POSTGRES=1) but missing; called first in each test. */
  require?: () => void;
  /** Two `open()`s on one database are two instances on the same data. */
  shared: boolean;
  /** Data survives `close()` and a new `open()`. */
  persistent: boolean;
  /** Postgres: the connections each store's pool may hold. */
  poolSize?: number;
  fresh(): Promise<TestDatabase>;
}

/**
 * Tests only: the SQL driver under a store opened by `openStore` (a SqlStore keeps it in `db`), to read the raw rows
 * (what an attacker with the database sees) and to damage them, on every backend, in-memory SQLite included.
 */
export function driverOf(store: Store): SqlDriver {
  const db = (store as unknown as { db?: SqlDriver }).db;
  if (!db || typeof db.query !== 'function') throw new Error('not a store opened by openStore');
  return db;
}

function tracking(openOne: (extra?: Partial<StoreOptions>) => Promise<Store>, cleanup: () => Promise<void>) {
  const opened: Store[] = [];
  return {
    async open(extra?: Partial<StoreOptions>) {
      const s = await openOne(extra);
      opened.push(s);
      return s;
    },
    async drop() {
      // A store whose call never returned (a hung test) never finishes closing either: wait for it 10 s at most.
      const closing = (s: Store) =>
        Promise.race([s.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
      await Promise.all(opened.map(closing));
      await cleanup();
    },
  };
}

export const sqliteMemory: StoreBackend = {
  name: 'SQLite in memory',
  shared: false,
  persistent: false,
  async fresh() {
    return tracking(
      (extra) => openStore({ dataDir: ':memory:', ...extra }),
      async () => undefined,
    );
  },
};

export const sqliteFile: StoreBackend = {
  name: 'SQLite file',
  shared: true,
  persistent: true,
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'hadamard-store-'));
    return tracking(
      (extra) => openStore({ dataDir: dir, ...extra }),
      async () => rmSync(dir, { recursive: true, force: true }),
    );
  },
};

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** undefined when Postgres answers, else why the Postgres tests are skipped. */
export async function postgresUnavailable(url = TEST_DATABASE_URL): Promise<string | undefined> {
  // A busy machine can take seconds to accept a connection: a few patient tries before calling the server absent.
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (err) {
      last = (err as Error).message || String(err);
      if (/ECONNREFUSED|ENOTFOUND|does not exist|authentication/i.test(last)) break;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return (
    `no PostgreSQL at ${url} (${last}): Postgres store tests skipped. ` +
    'Start it (.ci/run does: pg_ctlcluster --skip-systemctl-redirect <version> main start) or set TEST_DATABASE_URL.'
  );
}

let schemas = 0;

/** A schema name unique to this process and call. */
export function testSchemaName(): string {
  return `hb_test_${process.pid}_${Date.now().toString(36)}_${++schemas}`;
}

/**
 * Creates a fresh schema and returns it with a DATABASE_URL confined to it (every connection's search_path), for
 * tests that start bot processes or the CLI on Postgres. Drop it with `dropSchema`.
 */
export async function createSchema(): Promise<{ schema: string; url: string }> {
  const schema = testSchemaName();
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: url.toString() };
}

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Postgres as a test requirement: skipped with the reason when absent, a failure under REQUIRE_POSTGRES=1. */
export async function postgresRequirement(): Promise<Requirement> {
  const missing = await postgresUnavailable();
  if (missing) console.error(`# ${missing}`);
  return requirement(missing ?? null, 'REQUIRE_POSTGRES');
}

/**
 * The real Postgres. `maxConnections` sizes each store's pool (default: the store's own, 10); with 1, a statement that
 * waits for a second connection while the first is held (a batch run outside its transaction) cannot go through.
 */
export async function postgresBackend(o: { maxConnections?: number } = {}): Promise<StoreBackend> {
  // REQUIRE_POSTGRES=1 (as .ci/run sets) makes a missing server a failure rather than a skip.
  const need = await postgresRequirement();
  const pool = o.maxConnections === undefined ? {} : { maxConnections: o.maxConnections };
  return {
    name: o.maxConnections === undefined ? 'Postgres' : `Postgres (pool of ${o.maxConnections})`,
    skip: need.skip || undefined,
    require: () => need.assertAvailable(),
    shared: true,
    persistent: true,
    poolSize: o.maxConnections ?? 10,
    async fresh() {
      const schema = testSchemaName();
      return tracking(
        (extra) => openStore({ databaseUrl: TEST_DATABASE_URL, schema, ...pool, ...extra }),
        () => dropSchema(schema),
      );
    },
  };
}
