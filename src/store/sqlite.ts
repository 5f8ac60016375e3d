/**
 * The embedded backend: one SQLite file through `libsql` (a better-sqlite3-compatible binding whose
 * prebuilt binaries ship inside npm packages for every platform, so `npm ci` compiles nothing).
 *
 * The binding is synchronous: each statement, and each `batch`, runs to completion before the
 * event loop moves on, so two stores in one process never interleave inside a transaction. Between
 * processes, SQLite's file lock serialises writers and `busy_timeout` makes a writer wait (STORE_TIMEOUT_MS)
 * instead of failing. WAL with `synchronous = NORMAL`: a crash of the process loses nothing
 * committed; a power cut may lose the last commits but never corrupts the file.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Libsql from 'libsql';
import type { QueryResult, Row, SqlDriver, SqlParam, SqlStatement } from './driver.js';
import { SCHEMA_MIGRATIONS_DDL, migrationSql, pendingMigrations, type Migration } from './migrations.js';

export const MEMORY = ':memory:';

type LibsqlDatabase = Libsql.Database;
type LibsqlStatement = Libsql.Statement<unknown[]>;

/** `$1` → `?1`: SQLite's numbered parameters bind from the same positional array. */
export function toSqlitePlaceholders(sql: string): string {
  return sql.replace(/\$(\d+)/g, '?$1');
}

export async function openSqliteDriver(path: string, options: { busyTimeoutMs?: number } = {}): Promise<SqlDriver> {
  const { default: Database } = await import('libsql');
  if (path !== MEMORY) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // How long a writer waits for another process's lock before SQLITE_BUSY (an outage to the store's guard).
  db.exec(`PRAGMA busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  if (path !== MEMORY) db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  return new SqliteDriver(db);
}

class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite' as const;
  /** Prepared statements by SQL text (the store uses a fixed set of texts). */
  private readonly statements = new Map<string, LibsqlStatement>();

  constructor(private readonly db: LibsqlDatabase) {}

  private prepared(sql: string): LibsqlStatement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(toSqlitePlaceholders(sql)) as LibsqlStatement;
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private run(sql: string, params: SqlParam[] = []): QueryResult {
    const stmt = this.prepared(sql);
    if (stmt.reader) {
      const rows = stmt.all(params) as Row[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: stmt.run(params).changes };
  }

  async query(sql: string, params?: SqlParam[]): Promise<QueryResult> {
    return this.run(sql, params);
  }

  async batch(statements: SqlStatement[]): Promise<QueryResult[]> {
    return this.db.transaction(() => statements.map((s) => this.run(s.sql, s.params))).immediate();
  }

  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    // BEGIN IMMEDIATE takes the write lock first, so a second process starting at the same time
    // waits here and then finds the migrations applied.
    const apply = this.db.transaction(() => {
      this.db.exec(SCHEMA_MIGRATIONS_DDL);
      const applied = (this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) =>
        Number(r.version),
      );
      const pending = pendingMigrations(applied, migrations);
      const record = this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)');
      for (const m of pending) {
        this.db.exec(migrationSql(m, 'sqlite'));
        record.run([m.version, m.name, Date.now()]);
      }
      return pending.map((m) => m.version);
    });
    return apply.immediate();
  }

  async close(): Promise<void> {
    this.statements.clear();
    this.db.close();
  }
}
