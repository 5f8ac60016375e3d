/**
 * The one migration history, shared by SQLite and Postgres. Each migration is applied once, in
 * order, inside one transaction that also records it in `schema_migrations`; the drivers serialise
 * concurrent start-ups (Postgres: an advisory lock; SQLite: BEGIN IMMEDIATE).
 *
 * The SQL is written once for both dialects: TEXT, INTEGER and BIGINT columns, booleans as 0/1,
 * times as BIGINT epoch milliseconds, partial indexes. A migration that cannot be portable may give
 * `{ sqlite, postgres }` instead of one string. Never edit a released migration: add the next one.
 */
import type { StoreKind } from './types.js';

export interface Migration {
  version: number;
  name: string;
  sql: string | { sqlite: string; postgres: string };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'rounds, answers, settings, installations, oauth states, rate limits, reply links',
    sql: `
CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  created_by TEXT,
  topic TEXT NOT NULL,
  level TEXT NOT NULL,
  seed BIGINT NOT NULL,
  correct_choice TEXT NOT NULL,
  choice_ids TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  closes_at BIGINT NOT NULL,
  closed_at BIGINT,
  message_ref TEXT
);
CREATE INDEX rounds_due ON rounds (closes_at) WHERE closed_at IS NULL;
CREATE INDEX rounds_open_in_channel ON rounds (platform, workspace, channel) WHERE closed_at IS NULL;
CREATE INDEX rounds_created_by ON rounds (platform, created_by);

CREATE TABLE answers (
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  choice TEXT NOT NULL,
  correct INTEGER NOT NULL,
  points INTEGER NOT NULL,
  answered_at BIGINT NOT NULL,
  PRIMARY KEY (round_id, user_id)
);
CREATE INDEX answers_channel_time ON answers (platform, workspace, channel, answered_at);
CREATE INDEX answers_user ON answers (platform, user_id);

CREATE TABLE settings (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  setting_key TEXT NOT NULL,
  setting_value TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, workspace, channel, setting_key)
);

CREATE TABLE slack_installations (
  install_key TEXT PRIMARY KEY,
  enterprise_id TEXT,
  team_id TEXT,
  is_enterprise_install INTEGER NOT NULL,
  installation TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE oauth_states (
  state TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);

CREATE TABLE rate_limits (
  bucket_key TEXT PRIMARY KEY,
  window_ms BIGINT NOT NULL,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL,
  prev_hits INTEGER NOT NULL
);

CREATE TABLE reply_links (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  source_message_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  reply_message_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform, channel, source_message_id)
);
CREATE INDEX reply_links_created ON reply_links (created_at);
CREATE INDEX reply_links_user ON reply_links (platform, user_id);
`,
  },
  {
    version: 2,
    name: 'pending replies: commands acknowledged and not yet answered, leased by an instance',
    sql: `
CREATE TABLE pending_replies (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  user_id TEXT NOT NULL,
  reply_to TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  instance TEXT NOT NULL,
  lease_until BIGINT NOT NULL
);
CREATE INDEX pending_replies_lease ON pending_replies (lease_until);
CREATE INDEX pending_replies_instance ON pending_replies (instance);
CREATE INDEX pending_replies_user ON pending_replies (platform, user_id);
`,
  },
  {
    version: 3,
    name: 'deliveries: platform delivery ids already handled (replays and retries are ignored), with an expiry',
    sql: `
CREATE TABLE deliveries (
  delivery_key TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX deliveries_expiry ON deliveries (expires_at);
`,
  },
  {
    version: 4,
    name: 'schedules (a command a channel runs by itself), their claimed runs, and pinned boards',
    // `schedules.command` is the one text the store keeps: the command a channel manager typed for the channel to
    // run, which is the schedule itself (not a user's message, and not a user's data: forget-me leaves it).
    // `schedule_runs` holds one row per decided slot: its primary key lets one instance, once, run a due slot.
    // A pinned board's `refresh_due` is when its message must be redrawn: 0 (at once) from the close of a round in
    // its channel (set in the closing transaction), forget-me or a failed edit; else the end of the period it shows;
    // NULL while an instance redraws it.
    sql: `
CREATE TABLE schedules (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  every TEXT NOT NULL,
  week_day TEXT,
  at_time TEXT NOT NULL,
  timezone TEXT NOT NULL,
  command TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  next_run_at BIGINT NOT NULL
);
CREATE INDEX schedules_due ON schedules (platform, next_run_at);
CREATE INDEX schedules_channel ON schedules (platform, workspace, channel);

CREATE TABLE schedule_runs (
  schedule_id TEXT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
  slot BIGINT NOT NULL,
  due_at BIGINT,
  claimed_at BIGINT NOT NULL,
  PRIMARY KEY (schedule_id, slot)
);
CREATE INDEX schedule_runs_claimed ON schedule_runs (claimed_at);

CREATE TABLE pinned_boards (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  period TEXT NOT NULL,
  message_ref TEXT NOT NULL,
  pinned_at BIGINT NOT NULL,
  board_at BIGINT NOT NULL,
  expires_at BIGINT,
  refreshed_at BIGINT NOT NULL,
  refresh_due BIGINT,
  UNIQUE (platform, workspace, channel)
);
CREATE INDEX pinned_boards_due ON pinned_boards (platform, refresh_due);
`,
  },
  {
    version: 5,
    name: "practice rounds (a user's own, off the board) and each wrong answer's misconception id",
    sql: `
ALTER TABLE rounds ADD COLUMN practice INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN misconception TEXT;
CREATE INDEX answers_channel_user ON answers (platform, workspace, channel, user_id, answered_at);
`,
  },
];

/** The table that records applied versions (same DDL on both dialects). */
export const SCHEMA_MIGRATIONS_DDL =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)';

export function migrationSql(m: Migration, kind: StoreKind): string {
  return typeof m.sql === 'string' ? m.sql : m.sql[kind];
}

/** Thrown when the database was migrated by newer code than this one. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `the database schema is at version ${databaseVersion}, newer than this code knows (${codeVersion}); upgrade the bot`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/** The migrations still to apply, given the versions already applied; refuses a newer database. */
export function pendingMigrations(applied: readonly number[], all: readonly Migration[] = MIGRATIONS): Migration[] {
  const latest = all.reduce((m, x) => Math.max(m, x.version), 0);
  const newest = applied.reduce((m, x) => Math.max(m, x), 0);
  if (newest > latest) throw new SchemaTooNewError(newest, latest);
  const done = new Set(applied);
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
