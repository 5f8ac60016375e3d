/**
 * The shared backend: Postgres through `pg` (pure JavaScript), one connection pool per store.
 *
 * BIGINT and NUMERIC come back as JavaScript numbers (times are epoch milliseconds, far below
 * 2^53). `schema` confines the store to one schema (created if missing) through the connection's
 * search_path: tests use a schema per run, so parallel runs never meet.
 * Migrations run in one transaction under an advisory lock keyed by the schema, so instances
 * starting together apply each migration once.
 */
import type { Pool, QueryConfig, QueryResult as PgResult } from 'pg';
import { isOutageError } from './guard.js';
import type { QueryResult, SqlDriver, SqlParam, SqlStatement } from './driver.js';
import { SCHEMA_MIGRATIONS_DDL, migrationSql, pendingMigrations, type Migration } from './migrations.js';
import type { StoreLogger } from './types.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;
/** First key of the two-key advisory lock, the second is the schema's hash: "hadamard-bot migrations". */
const MIGRATION_LOCK_CLASS = 0x4842;

export interface PostgresOptions {
  url: string;
  schema?: string;
  /** Pool size; default 10. */
  maxConnections?: number;
  /**
   * The deadline of connecting, of waiting for a pooled connection and of one statement (client and server side),
   * in ms; default 2,000 (STORE_TIMEOUT_MS). Migrations at start-up get ten times as long.
   */
  timeoutMs?: number;
  logger?: StoreLogger;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresDriver(options: PostgresOptions): Promise<SqlDriver> {
  const { default: pg } = await import('pg');
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`schema must be a lower-case SQL identifier, got "${schema}"`);
  const toNumber = (v: string): number => Number(v);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Every wait has an end: connecting and waiting for a pooled connection (connectionTimeoutMillis), a statement on
  // the client (query_timeout: a stalled server or network) and on the server (statement_timeout, so the database
  // drops work nobody waits for), and a transaction left idle by a client that went away.
  // pg lets the URL's own `options` (e.g. `?options=-c search_path=x`) replace the pool's: so they are taken out of
  // the URL and joined to ours (theirs last, so a URL may still set its own statement_timeout).
  const url = new URL(options.url);
  const urlOptions = url.searchParams.get('options');
  url.searchParams.delete('options');
  const serverOptions = [
    `-c statement_timeout=${timeoutMs}`,
    `-c idle_in_transaction_session_timeout=${Math.max(timeoutMs * 5, 10_000)}`,
    ...(schema ? [`-c search_path=${schema}`] : []),
    ...(urlOptions ? [urlOptions] : []),
  ].join(' ');
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    options: serverOptions,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  // An idle connection that breaks (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (err) => options.logger?.warn({ err: err.message }, 'postgres: idle connection failed'));
  return new PostgresDriver(pool, schema, timeoutMs);
}

const DEFAULT_TIMEOUT_MS = 2_000;

class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  async query(sql: string, params: SqlParam[] = []): Promise<QueryResult> {
    const r = await this.pool.query(sql, params);
    return { rows: r.rows, changes: r.rowCount ?? 0 };
  }

  /**
   * Runs `fn` in one transaction on one pooled connection; `fn` gets a query function bound to that connection (and
   * to `timeoutMs`, the client-side deadline of each statement; the server's statement_timeout is set to match for
   * the transaction). A connection whose transaction failed the way an outage fails (broken, or a statement that timed
   * out here and may still be running there) is closed rather than given back to the pool; the database rolls the
   * transaction back when the connection goes.
   */
  private async inTransaction<T>(
    fn: (query: (sql: string, params?: unknown[]) => Promise<PgResult>) => Promise<T>,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    const client = await this.pool.connect();
    // pg reads a per-query `query_timeout` (its types do not list it).
    const query = (text: string, values: unknown[] = []): Promise<PgResult> =>
      client.query({ text, values, query_timeout: timeoutMs } as QueryConfig);
    let broken: Error | undefined;
    try {
      await query('BEGIN');
      if (timeoutMs !== this.timeoutMs) await query(`SET LOCAL statement_timeout = ${Math.floor(timeoutMs)}`);
      const result = await fn(query);
      await query('COMMIT');
      return result;
    } catch (err) {
      if (isOutageError(err)) broken = err as Error;
      else await query('ROLLBACK').catch((e: unknown) => (broken = e as Error));
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async batch(statements: SqlStatement[]): Promise<QueryResult[]> {
    return this.inTransaction(async (query) => {
      const out: QueryResult[] = [];
      for (const s of statements) {
        const r = await query(s.sql, s.params ?? []);
        out.push({ rows: r.rows, changes: r.rowCount ?? 0 });
      }
      return out;
    });
  }

  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    // Start-up work, possibly waiting for another instance's migration: ten times the deadline of a call.
    return this.inTransaction(async (query) => {
      // Held until COMMIT: a second instance waits here, then finds everything applied.
      await query(`SELECT pg_advisory_xact_lock($1, hashtext(COALESCE($2, current_schema(), 'public')))`, [
        MIGRATION_LOCK_CLASS,
        this.schema ?? null,
      ]);
      if (this.schema) {
        await query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
        // search_path named the schema before it existed; make sure this transaction resolves into it.
        await query(`SET LOCAL search_path TO ${this.schema}`);
      }
      await query(SCHEMA_MIGRATIONS_DDL);
      const applied = (await query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version));
      const pending = pendingMigrations(applied, migrations);
      for (const m of pending) {
        await query(migrationSql(m, 'postgres'));
        await query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          Date.now(),
        ]);
      }
      return pending.map((m) => m.version);
    }, this.timeoutMs * 10);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
