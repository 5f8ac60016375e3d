/**
 * The little a SQL backend must do for `SqlStore`: run one statement, run a few in one transaction,
 * apply migrations safely, close. SQL is written with Postgres-style `$1…$n` placeholders; the
 * SQLite driver rewrites them to SQLite's numbered `?1…?n`, so one text serves both.
 */
import type { Migration } from './migrations.js';
import type { StoreKind } from './types.js';

export type SqlParam = string | number | null;
export type Row = Record<string, unknown>;

export interface QueryResult {
  rows: Row[];
  /** Rows inserted, updated or deleted (for a statement with RETURNING: the rows returned). */
  changes: number;
}

export interface SqlStatement {
  sql: string;
  params?: SqlParam[];
}

export interface SqlDriver {
  readonly kind: StoreKind;
  query(sql: string, params?: SqlParam[]): Promise<QueryResult>;
  /** Runs the statements in order inside one transaction; all or none take effect. */
  batch(statements: SqlStatement[]): Promise<QueryResult[]>;
  /** Applies the pending migrations; returns the versions it applied (none when up to date). */
  migrate(migrations: readonly Migration[]): Promise<number[]>;
  close(): Promise<void>;
}
