/**
 * The shared backend: Postgres through `pg` (pure JavaScript), one connection pool per store.
 *
 * BIGINT and NUMERIC come back as JavaScript numbers (times are epoch milliseconds, far below
 * 2^53). `schema` confines the store to one schema (created if missing) through the connection's
 * search_path: tests use a schema per run, so parallel runs never meet.
 * Migrations run in one transaction under an advisory lock keyed by the schema, so instances
 * starting together apply each migration once.
 */
import type { Pool, PoolClient } from 'pg';
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
  logger?: StoreLogger;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresDriver(options: PostgresOptions): Promise<SqlDriver> {
  const { default: pg } = await import('pg');
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`schema must be a lower-case SQL identifier, got "${schema}"`);
  const toNumber = (v: string): number => Number(v);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  // An idle connection that breaks (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (err) => options.logger?.warn({ err: err.message }, 'postgres: idle connection failed'));
  return new PostgresDriver(pool, schema);
}

class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string | undefined,
  ) {}

  async query(sql: string, params: SqlParam[] = []): Promise<QueryResult> {
    const r = await this.pool.query(sql, params);
    return { rows: r.rows, changes: r.rowCount ?? 0 };
  }

  private async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async batch(statements: SqlStatement[]): Promise<QueryResult[]> {
    return this.inTransaction(async (client) => {
      const out: QueryResult[] = [];
      for (const s of statements) {
        const r = await client.query(s.sql, s.params ?? []);
        out.push({ rows: r.rows, changes: r.rowCount ?? 0 });
      }
      return out;
    });
  }

  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    return this.inTransaction(async (client) => {
      // Held until COMMIT: a second instance waits here, then finds everything applied.
      await client.query(`SELECT pg_advisory_xact_lock($1, hashtext(COALESCE($2, current_schema(), 'public')))`, [
        MIGRATION_LOCK_CLASS,
        this.schema ?? null,
      ]);
      if (this.schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
        // search_path named the schema before it existed; make sure this transaction resolves into it.
        await client.query(`SET LOCAL search_path TO ${this.schema}`);
      }
      await client.query(SCHEMA_MIGRATIONS_DDL);
      const applied = (await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version));
      const pending = pendingMigrations(applied, migrations);
      for (const m of pending) {
        await client.query(migrationSql(m, 'postgres'));
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          Date.now(),
        ]);
      }
      return pending.map((m) => m.version);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
