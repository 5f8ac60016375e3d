/**
 * The Store on SQL: one text per operation, the same on SQLite and Postgres (placeholders `$n`,
 * see driver.ts), with one dialect difference: on Postgres an answer takes a share lock on its round
 * (`FOR SHARE`), so a concurrent close waits for it; SQLite has one writer at a time anyway.
 *
 * Every deciding write is one statement: INSERT … ON CONFLICT for first answers, settings,
 * installations, rate-limit hits and reply links; UPDATE … WHERE closed_at IS NULL RETURNING for
 * the close; DELETE … RETURNING for single-use OAuth states.
 *
 * Secret columns (a Slack installation, a pending reply's handle, a round's message ref) are sealed on write and
 * opened on read here and nowhere else (cipher.ts); a value that cannot be opened reads as absent.
 */
import { SecretColumns, type SecretColumn, type StoreCipher } from './cipher.js';
import type { Row, SqlDriver, SqlParam } from './driver.js';
import { allows, remainingHits, retryAfterMs, rollWindow, windowStartOf, type WindowState } from './sliding-window.js';
import type {
  Answer,
  CreateScheduleResult,
  AnswerRecord,
  AnswersQuery,
  ForgetResult,
  InstallationData,
  InstallationKey,
  LeaderboardQuery,
  LeaderboardRow,
  NewAnswer,
  NewPinnedBoard,
  NewRound,
  PendingLease,
  PinnedBoard,
  PendingReply,
  PruneResult,
  RateLimitOptions,
  RateLimitResult,
  RecordAnswerResult,
  ReplyLink,
  ReplyLookup,
  Round,
  Schedule,
  ScheduleClaim,
  Scope,
  SettingKey,
  SettingRow,
  SettingWrite,
  Store,
  StoreKind,
  StoreLogger,
} from './types.js';

const DAY_MS = 86_400_000;

/** The settings row of the workspace scope has this channel (NULLs are never equal in a key). */
const WORKSPACE_CHANNEL = '';

const ROUND_COLUMNS =
  'id, platform, workspace, channel, created_by, topic, level, seed, correct_choice, choice_ids, created_at, closes_at, closed_at, message_ref, practice';

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

function str(v: unknown): string {
  return String(v);
}

function roundOf(r: Row, messageRef: string | null): Round {
  return {
    id: str(r.id),
    platform: str(r.platform),
    workspace: str(r.workspace),
    channel: str(r.channel),
    createdBy: r.created_by === null || r.created_by === undefined ? null : str(r.created_by),
    topic: str(r.topic),
    level: str(r.level),
    seed: num(r.seed),
    correctChoice: str(r.correct_choice),
    choiceIds: JSON.parse(str(r.choice_ids)) as string[],
    createdAt: num(r.created_at),
    closesAt: num(r.closes_at),
    closedAt: numOrNull(r.closed_at),
    messageRef,
    practice: num(r.practice) === 1,
  };
}

function toAnswer(roundId: string, user: string, r: Row): Answer {
  return {
    roundId,
    user,
    choice: str(r.choice),
    correct: num(r.correct) === 1,
    points: num(r.points),
    answeredAt: num(r.answered_at),
    misconception: r.misconception === null || r.misconception === undefined ? null : str(r.misconception),
  };
}

/** A big number that sorts after every time (instead of NULL, which the two dialects sort differently). */
const NEVER = Number.MAX_SAFE_INTEGER;

function requireSafeInteger(name: string, v: number): void {
  if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be a safe integer, got ${v}`);
}

/** One row per Slack installation: an org-wide install by enterprise, any other by team. */
export function installationKey(key: InstallationKey): string {
  if (key.isEnterpriseInstall) {
    if (!key.enterpriseId) throw new Error('an enterprise-wide installation needs enterpriseId');
    return `enterprise:${key.enterpriseId}`;
  }
  if (!key.teamId) throw new Error('a workspace installation needs teamId');
  return `team:${key.teamId}`;
}

/** What `rekeySecrets` did, per column. */
export type RekeyReport = Record<SecretColumn, { rewritten: number; current: number; unreadable: number }>;

/** The secret columns: table, primary key, column (and the name bound into each value). */
const SECRET_COLUMNS: { column: SecretColumn; table: string; id: string; value: string }[] = [
  {
    column: 'slack_installations.installation',
    table: 'slack_installations',
    id: 'install_key',
    value: 'installation',
  },
  { column: 'pending_replies.reply_to', table: 'pending_replies', id: 'id', value: 'reply_to' },
  { column: 'rounds.message_ref', table: 'rounds', id: 'id', value: 'message_ref' },
];

export class SqlStore implements Store {
  readonly kind: StoreKind;
  private readonly secrets: SecretColumns;

  constructor(
    private readonly db: SqlDriver,
    options: { cipher?: StoreCipher; logger?: StoreLogger } = {},
  ) {
    this.kind = db.kind;
    this.secrets = new SecretColumns(options.cipher, options.logger);
  }

  private toRound(r: Row): Round {
    const ref = r.message_ref === null || r.message_ref === undefined ? null : str(r.message_ref);
    return roundOf(r, ref === null ? null : (this.secrets.open('rounds.message_ref', str(r.id), ref) ?? null));
  }

  private async rows(sql: string, params: SqlParam[]): Promise<Row[]> {
    return (await this.db.query(sql, params)).rows;
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 AS ok');
  }

  private closing: Promise<void> | undefined;

  /** Idempotent: a second call waits for the first. */
  close(): Promise<void> {
    this.closing ??= this.db.close();
    return this.closing;
  }

  // ---- rounds ----

  async createRound(r: NewRound): Promise<boolean> {
    requireSafeInteger('seed', r.seed);
    const { changes } = await this.db.query(
      `INSERT INTO rounds (id, platform, workspace, channel, created_by, topic, level, seed, correct_choice, choice_ids, created_at, closes_at, practice)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (id) DO NOTHING`,
      [
        r.id,
        r.platform,
        r.workspace,
        r.channel,
        r.createdBy,
        r.topic,
        r.level,
        r.seed,
        r.correctChoice,
        JSON.stringify(r.choiceIds),
        r.createdAt,
        r.closesAt,
        r.practice ? 1 : 0,
      ],
    );
    return changes === 1;
  }

  async getRound(id: string): Promise<Round | undefined> {
    const [row] = await this.rows(`SELECT ${ROUND_COLUMNS} FROM rounds WHERE id = $1`, [id]);
    return row ? this.toRound(row) : undefined;
  }

  async setRoundMessage(id: string, messageRef: string): Promise<boolean> {
    const { changes } = await this.db.query('UPDATE rounds SET message_ref = $2 WHERE id = $1', [
      id,
      this.secrets.seal('rounds.message_ref', id, messageRef),
    ]);
    return changes === 1;
  }

  async claimClose(id: string, now: number): Promise<boolean> {
    // In the same transaction, the channel's pinned board (if any) becomes stale: it is redrawn after this close is
    // committed, whichever instance's clock says what (a refresh clears the mark before it reads the board).
    const [closed] = await this.db.batch([
      { sql: 'UPDATE rounds SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL RETURNING id', params: [id, now] },
      {
        // The round's channel, found by the round's key (nothing when this call did not close it).
        sql: `UPDATE pinned_boards SET refresh_due = 0
              WHERE platform = (SELECT platform FROM rounds WHERE id = $1 AND closed_at = $2)
                AND workspace = (SELECT workspace FROM rounds WHERE id = $1 AND closed_at = $2)
                AND channel = (SELECT channel FROM rounds WHERE id = $1 AND closed_at = $2)`,
        params: [id, now],
      },
    ]);
    return closed.changes === 1;
  }

  async dueRounds(now: number, limit: number): Promise<Round[]> {
    const rows = await this.rows(
      `SELECT ${ROUND_COLUMNS} FROM rounds WHERE closed_at IS NULL AND closes_at <= $1 ORDER BY closes_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => this.toRound(r));
  }

  async openRounds(scope: Scope): Promise<Round[]> {
    const rows = await this.rows(
      `SELECT ${ROUND_COLUMNS} FROM rounds
       WHERE platform = $1 AND workspace = $2 AND channel = $3 AND closed_at IS NULL
       ORDER BY created_at, id`,
      [scope.platform, scope.workspace, scope.channel],
    );
    return rows.map((r) => this.toRound(r));
  }

  // ---- answers ----

  async recordAnswer(a: NewAnswer): Promise<RecordAnswerResult> {
    const lock = this.kind === 'postgres' ? ' FOR SHARE OF r' : '';
    const inserted = await this.rows(
      `INSERT INTO answers (round_id, user_id, platform, workspace, channel, choice, correct, points, answered_at, misconception)
       SELECT r.id, $2, r.platform, r.workspace, r.channel, $3, $4, $5, $6, $7 FROM rounds r
       WHERE r.id = $1 AND r.closed_at IS NULL AND r.closes_at >= $6${lock}
       ON CONFLICT (round_id, user_id) DO NOTHING
       RETURNING choice, correct, points, answered_at, misconception`,
      [a.roundId, a.user, a.choice, a.correct ? 1 : 0, a.points, a.answeredAt, a.misconception ?? null],
    );
    if (inserted[0]) return { outcome: 'recorded', answer: toAnswer(a.roundId, a.user, inserted[0]) };
    // Not inserted: the user had answered, or the round is closed or unknown. Any first answer is
    // committed by now (Postgres made this insert wait for it), so this read sees it.
    const [row] = await this.rows(
      `SELECT r.id, a.choice, a.correct, a.points, a.answered_at, a.misconception
       FROM rounds r LEFT JOIN answers a ON a.round_id = r.id AND a.user_id = $2
       WHERE r.id = $1`,
      [a.roundId, a.user],
    );
    if (!row) return { outcome: 'no-round' };
    if (row.choice !== null && row.choice !== undefined)
      return { outcome: 'already', answer: toAnswer(a.roundId, a.user, row) };
    return { outcome: 'closed' };
  }

  async roundAnswers(roundId: string): Promise<Answer[]> {
    const rows = await this.rows(
      `SELECT user_id, choice, correct, points, answered_at, misconception FROM answers WHERE round_id = $1
       ORDER BY answered_at, user_id`,
      [roundId],
    );
    return rows.map((r) => toAnswer(roundId, str(r.user_id), r));
  }

  // ---- scores ----

  async leaderboard(q: LeaderboardQuery): Promise<LeaderboardRow[]> {
    const now = q.now ?? Date.now();
    const today = Math.floor(now / DAY_MS);
    // One statement, one snapshot: the board (closed rounds' points rank; open rounds' points are pending), then for
    // its users the run of consecutive UTC days with a correct answer to a closed round (gaps and islands: day −
    // row_number is constant along a run), keeping the run that reaches today or yesterday. Practice rounds are no
    // part of a channel's board.
    const rows = await this.rows(
      `WITH scored AS (
         SELECT a.user_id, a.points, a.correct, a.answered_at,
                CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END AS closed
         FROM answers a JOIN rounds r ON r.id = a.round_id
         WHERE a.platform = $1 AND a.workspace = $2 AND a.channel = $3 AND a.answered_at >= $4 AND a.answered_at < $8
           AND r.practice = 0
       ),
       board AS (
         SELECT user_id,
                CAST(SUM(closed * points) AS BIGINT) AS points,
                CAST(SUM(closed * correct) AS BIGINT) AS correct,
                CAST(SUM(closed) AS BIGINT) AS answered,
                CAST(SUM((1 - closed) * points) AS BIGINT) AS pending,
                CAST(SUM(1 - closed) AS BIGINT) AS pending_answers,
                MIN(CASE WHEN closed = 1 THEN 0 ELSE 1 END) AS only_open,
                CAST(MAX(closed * answered_at) AS BIGINT) AS last_closed_at
         FROM scored
         GROUP BY user_id
       ),
       top AS (
         SELECT * FROM board
         ORDER BY points DESC, correct DESC, pending DESC,
                  CASE WHEN only_open = 1 THEN ${NEVER} ELSE last_closed_at END ASC, user_id ASC
         LIMIT $5
       ),
       days AS (
         SELECT DISTINCT a.user_id, a.answered_at / ${DAY_MS} AS day
         FROM answers a JOIN top b ON b.user_id = a.user_id
         WHERE a.platform = $1 AND a.workspace = $2 AND a.channel = $3 AND a.correct = 1 AND a.answered_at < $6
           AND a.round_id IN (SELECT id FROM rounds WHERE closed_at IS NOT NULL AND practice = 0)
       ),
       runs AS (
         SELECT user_id, day, day - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS run
         FROM days
       ),
       streaks AS (
         SELECT user_id, COUNT(*) AS streak FROM runs GROUP BY user_id, run HAVING MAX(day) >= $7
       )
       SELECT b.user_id, b.points, b.correct, b.answered, b.pending, b.pending_answers, COALESCE(s.streak, 0) AS streak
       FROM top b LEFT JOIN streaks s ON s.user_id = b.user_id
       ORDER BY b.points DESC, b.correct DESC, b.pending DESC,
                CASE WHEN b.only_open = 1 THEN ${NEVER} ELSE b.last_closed_at END ASC, b.user_id ASC`,
      [
        q.platform,
        q.workspace,
        q.channel,
        q.since ?? 0,
        q.limit,
        (today + 1) * DAY_MS,
        today - 1,
        q.until ?? Number.MAX_SAFE_INTEGER,
      ],
    );
    return rows.map((r) => ({
      user: str(r.user_id),
      points: num(r.points),
      pending: num(r.pending),
      pendingAnswers: num(r.pending_answers),
      correct: num(r.correct),
      answered: num(r.answered),
      streak: num(r.streak),
    }));
  }

  async answersIn(q: AnswersQuery): Promise<AnswerRecord[]> {
    const params: SqlParam[] = [q.platform, q.workspace, q.channel, q.since ?? 0, q.limit];
    let where = 'a.platform = $1 AND a.workspace = $2 AND a.channel = $3 AND a.answered_at >= $4';
    if (q.user !== undefined) {
      params.push(q.user);
      where += ` AND a.user_id = $${params.length}`;
    }
    if (!q.practice) where += ' AND r.practice = 0';
    if (q.closedOnly) where += ' AND r.closed_at IS NOT NULL';
    // The most recent `limit`, then oldest first.
    const rows = await this.rows(
      `SELECT a.round_id, a.user_id, a.choice, a.correct, a.points, a.answered_at, a.misconception,
              r.topic, r.level, r.seed, r.practice, r.closed_at
       FROM answers a JOIN rounds r ON r.id = a.round_id
       WHERE ${where}
       ORDER BY a.answered_at DESC, a.round_id DESC, a.user_id DESC
       LIMIT $5`,
      params,
    );
    return rows.reverse().map((r) => ({
      ...toAnswer(str(r.round_id), str(r.user_id), r),
      topic: str(r.topic),
      level: str(r.level),
      seed: num(r.seed),
      practice: num(r.practice) === 1,
      closed: r.closed_at !== null && r.closed_at !== undefined,
    }));
  }

  async countRounds(q: Scope & { since: number }): Promise<{ rounds: number; closed: number }> {
    const [row] = await this.rows(
      `SELECT COUNT(*) AS rounds, COUNT(closed_at) AS closed FROM rounds
       WHERE platform = $1 AND workspace = $2 AND channel = $3 AND created_at >= $4 AND practice = 0`,
      [q.platform, q.workspace, q.channel, q.since],
    );
    return { rounds: num(row?.rounds ?? 0), closed: num(row?.closed ?? 0) };
  }

  // ---- settings ----

  async getSettings(scope: Scope): Promise<SettingRow[]> {
    const rows = await this.rows(
      `SELECT channel, setting_key, setting_value, updated_at FROM settings
       WHERE platform = $1 AND workspace = $2 AND (channel = $3 OR channel = '${WORKSPACE_CHANNEL}')
       ORDER BY channel, setting_key`,
      [scope.platform, scope.workspace, scope.channel],
    );
    return rows.map((r) => ({
      scope: r.channel === WORKSPACE_CHANNEL ? 'workspace' : 'channel',
      key: str(r.setting_key),
      value: str(r.setting_value),
      updatedAt: num(r.updated_at),
    }));
  }

  async setSetting(w: SettingWrite): Promise<void> {
    await this.db.query(
      `INSERT INTO settings (platform, workspace, channel, setting_key, setting_value, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (platform, workspace, channel, setting_key)
       DO UPDATE SET setting_value = excluded.setting_value, updated_at = excluded.updated_at`,
      [w.platform, w.workspace, w.channel ?? WORKSPACE_CHANNEL, w.key, w.value, w.updatedAt],
    );
  }

  async deleteSetting(k: SettingKey): Promise<boolean> {
    const { changes } = await this.db.query(
      'DELETE FROM settings WHERE platform = $1 AND workspace = $2 AND channel = $3 AND setting_key = $4',
      [k.platform, k.workspace, k.channel ?? WORKSPACE_CHANNEL, k.key],
    );
    return changes > 0;
  }

  // ---- Slack installations and OAuth states ----

  async saveInstallation(key: InstallationKey, installation: InstallationData): Promise<void> {
    const installKey = installationKey(key);
    await this.db.query(
      `INSERT INTO slack_installations (install_key, enterprise_id, team_id, is_enterprise_install, installation, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (install_key) DO UPDATE SET enterprise_id = excluded.enterprise_id, team_id = excluded.team_id,
         is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation,
         updated_at = excluded.updated_at`,
      [
        installKey,
        key.enterpriseId ?? null,
        key.teamId ?? null,
        key.isEnterpriseInstall ? 1 : 0,
        this.secrets.seal('slack_installations.installation', installKey, JSON.stringify(installation)),
        Date.now(),
      ],
    );
  }

  /** An installation that cannot be decrypted is not installed (the workspace installs again). */
  async fetchInstallation(key: InstallationKey): Promise<InstallationData | undefined> {
    const installKey = installationKey(key);
    const [row] = await this.rows('SELECT installation FROM slack_installations WHERE install_key = $1', [installKey]);
    const json = row && this.secrets.open('slack_installations.installation', installKey, str(row.installation));
    return json === undefined ? undefined : (JSON.parse(json) as InstallationData);
  }

  async deleteInstallation(key: InstallationKey): Promise<boolean> {
    const { changes } = await this.db.query('DELETE FROM slack_installations WHERE install_key = $1', [
      installationKey(key),
    ]);
    return changes > 0;
  }

  async saveOAuthState(state: string, expiresAt: number): Promise<void> {
    await this.db.query('INSERT INTO oauth_states (state, expires_at) VALUES ($1, $2) ON CONFLICT (state) DO NOTHING', [
      state,
      expiresAt,
    ]);
  }

  async consumeOAuthState(state: string, now: number): Promise<boolean> {
    const [row] = await this.rows('DELETE FROM oauth_states WHERE state = $1 RETURNING expires_at', [state]);
    return row !== undefined && num(row.expires_at) > now;
  }

  // ---- rate limit ----

  async hitRateLimit(key: string, o: RateLimitOptions): Promise<RateLimitResult> {
    if (!(Number.isInteger(o.limit) && o.limit >= 1)) throw new RangeError(`limit must be an integer ≥ 1`);
    if (!(Number.isInteger(o.windowMs) && o.windowMs >= 1)) throw new RangeError(`windowMs must be an integer ≥ 1`);
    const start = windowStartOf(o.now, o.windowMs);
    // The bucket rolled to this window (same CASEs as sliding-window.ts's rollWindow), then the
    // hit is counted only WHERE it is allowed: a refused hit returns no row and changes nothing.
    const same = 'rate_limits.window_start >= excluded.window_start';
    const previous = 'rate_limits.window_start = excluded.window_start - excluded.window_ms';
    const hits = `(CASE WHEN ${same} THEN rate_limits.hits ELSE 0 END)`;
    const prevHits = `(CASE WHEN ${same} THEN rate_limits.prev_hits WHEN ${previous} THEN rate_limits.hits ELSE 0 END)`;
    const [row] = await this.rows(
      `INSERT INTO rate_limits (bucket_key, window_ms, window_start, hits, prev_hits)
       VALUES ($1, $2, $3, 1, 0)
       ON CONFLICT (bucket_key) DO UPDATE SET
         window_ms = excluded.window_ms,
         window_start = CASE WHEN ${same} THEN rate_limits.window_start ELSE excluded.window_start END,
         hits = ${hits} + 1,
         prev_hits = ${prevHits}
       WHERE ${prevHits} * (excluded.window_ms - (CAST($4 AS BIGINT) - excluded.window_start))
             + (${hits} + 1) * excluded.window_ms <= CAST($5 AS BIGINT) * excluded.window_ms
       RETURNING window_start, hits, prev_hits`,
      [key, o.windowMs, start, o.now, o.limit],
    );
    if (row) {
      const state: WindowState = {
        windowStart: num(row.window_start),
        hits: num(row.hits),
        prevHits: num(row.prev_hits),
      };
      return { allowed: true, remaining: remainingHits(state, o.now, o.limit, o.windowMs), retryAfterMs: 0 };
    }
    const [current] = await this.rows('SELECT window_start, hits, prev_hits FROM rate_limits WHERE bucket_key = $1', [
      key,
    ]);
    const state = rollWindow(
      current
        ? { windowStart: num(current.window_start), hits: num(current.hits), prevHits: num(current.prev_hits) }
        : { windowStart: start, hits: 0, prevHits: 0 },
      o.now,
      o.windowMs,
    );
    // Refused in the database; the wait is derived from the bucket as it is now (≥ 1 ms).
    const wait = allows(state, o.now, o.limit, o.windowMs) ? 1 : retryAfterMs(state, o.now, o.limit, o.windowMs);
    return { allowed: false, remaining: 0, retryAfterMs: wait };
  }

  // ---- edit-to-rerun links ----

  async linkReply(l: ReplyLink): Promise<void> {
    await this.db.query(
      `INSERT INTO reply_links (platform, workspace, channel, source_message_id, user_id, reply_message_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform, channel, source_message_id) DO UPDATE SET workspace = excluded.workspace,
         user_id = excluded.user_id, reply_message_id = excluded.reply_message_id, created_at = excluded.created_at`,
      [l.platform, l.workspace, l.channel, l.sourceMessageId, l.user, l.replyMessageId, l.createdAt],
    );
  }

  async findReply(q: ReplyLookup): Promise<ReplyLink | undefined> {
    const [row] = await this.rows(
      `SELECT workspace, user_id, reply_message_id, created_at FROM reply_links
       WHERE platform = $1 AND channel = $2 AND source_message_id = $3`,
      [q.platform, q.channel, q.sourceMessageId],
    );
    if (!row) return undefined;
    return {
      platform: q.platform,
      workspace: str(row.workspace),
      channel: q.channel,
      sourceMessageId: q.sourceMessageId,
      user: str(row.user_id),
      replyMessageId: str(row.reply_message_id),
      createdAt: num(row.created_at),
    };
  }

  async pruneReplies(olderThan: number): Promise<number> {
    return (await this.db.query('DELETE FROM reply_links WHERE created_at < $1', [olderThan])).changes;
  }

  async pruneExpired(now: number): Promise<PruneResult> {
    const [states, limits, pending, deliveries, runs] = await this.db.batch([
      { sql: 'DELETE FROM oauth_states WHERE expires_at <= $1', params: [now] },
      { sql: 'DELETE FROM rate_limits WHERE window_start + 2 * window_ms <= $1', params: [now] },
      { sql: 'DELETE FROM pending_replies WHERE expires_at <= $1', params: [now] },
      { sql: 'DELETE FROM deliveries WHERE expires_at <= $1', params: [now] },
      // A claim matters only while its slot is being decided (the schedule's next run has moved past it since).
      { sql: 'DELETE FROM schedule_runs WHERE claimed_at <= $1', params: [now - SCHEDULE_RUNS_KEPT_MS] },
    ]);
    return {
      oauthStates: states.changes,
      rateLimits: limits.changes,
      pendingReplies: pending.changes,
      deliveries: deliveries.changes,
      scheduleRuns: runs.changes,
    };
  }

  // ---- deliveries ----

  async claimDelivery(key: string, expiresAt: number, now: number): Promise<boolean> {
    // Inserted, or an expired claim taken over: a row comes back. A live claim: the WHERE refuses the update, and
    // nothing comes back.
    const rows = await this.rows(
      `INSERT INTO deliveries (delivery_key, expires_at) VALUES ($1, $2)
       ON CONFLICT (delivery_key) DO UPDATE SET expires_at = excluded.expires_at WHERE deliveries.expires_at <= $3
       RETURNING delivery_key`,
      [key, expiresAt, now],
    );
    return rows.length === 1;
  }

  // ---- commands in flight ----

  async trackPending(p: PendingReply, lease: PendingLease): Promise<void> {
    await this.db.query(
      `INSERT INTO pending_replies (id, platform, workspace, channel, user_id, reply_to, created_at, expires_at, instance, lease_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
      [
        p.id,
        p.platform,
        p.workspace,
        p.channel,
        p.user,
        this.secrets.seal('pending_replies.reply_to', p.id, p.replyTo),
        p.createdAt,
        p.expiresAt,
        lease.instance,
        lease.leaseUntil,
      ],
    );
  }

  async finishPending(id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM pending_replies WHERE id = $1', [id])).changes > 0;
  }

  async renewPending(lease: PendingLease): Promise<number> {
    return (
      await this.db.query('UPDATE pending_replies SET lease_until = $2 WHERE instance = $1', [
        lease.instance,
        lease.leaseUntil,
      ])
    ).changes;
  }

  async claimOrphans(lease: PendingLease, now: number, limit: number, platform: string): Promise<PendingReply[]> {
    // One statement: the rows are re-checked under the UPDATE's row lock (Postgres re-evaluates the WHERE
    // after waiting for a concurrent claimer; SQLite has one writer), so each row goes to one caller.
    const lock = this.kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows = await this.rows(
      `UPDATE pending_replies SET instance = $1, lease_until = $2
       WHERE lease_until < $3 AND expires_at > $3 AND platform = $5 AND id IN (
         SELECT id FROM pending_replies WHERE lease_until < $3 AND expires_at > $3 AND platform = $5
         ORDER BY created_at LIMIT $4${lock})
       RETURNING id, platform, workspace, channel, user_id, reply_to, created_at, expires_at`,
      [lease.instance, lease.leaseUntil, now, limit, platform],
    );
    const claimed: PendingReply[] = [];
    for (const r of rows) {
      const replyTo = this.secrets.open('pending_replies.reply_to', str(r.id), str(r.reply_to));
      // A handle that cannot be decrypted cannot be answered: the row is skipped and finished.
      if (replyTo === undefined) await this.finishPending(str(r.id));
      else
        claimed.push({
          id: str(r.id),
          platform: str(r.platform),
          workspace: str(r.workspace),
          channel: str(r.channel),
          user: str(r.user_id),
          replyTo,
          createdAt: num(r.created_at),
          expiresAt: num(r.expires_at),
        });
    }
    return claimed.sort((a, b) => a.createdAt - b.createdAt);
  }

  // ---- key rotation ----

  /**
   * Rewrites every secret value that is not under the current key (an old key's, or legacy plain text) under it, a
   * page of rows at a time. Each row is replaced only if it still holds the value read (a concurrent write wins), so
   * it is safe while bots run. Values no key opens are left as they are and counted `unreadable`.
   */
  async rekeySecrets(pageSize = 500): Promise<RekeyReport> {
    if (!this.secrets.cipher) throw new Error('rekeying needs STORE_ENCRYPTION_KEY (the key to write under)');
    const report = {} as RekeyReport;
    for (const { column, table, id, value } of SECRET_COLUMNS) {
      const counts = { rewritten: 0, current: 0, unreadable: 0 };
      report[column] = counts;
      let after = '';
      for (;;) {
        const page = await this.rows(
          `SELECT ${id} AS row_id, ${value} AS stored FROM ${table}
           WHERE ${value} IS NOT NULL AND ${id} > $1 ORDER BY ${id} LIMIT $2`,
          [after, pageSize],
        );
        for (const r of page) {
          const [rowId, stored] = [str(r.row_id), str(r.stored)];
          if (this.secrets.isCurrent(stored)) {
            counts.current++;
            continue;
          }
          const plain = this.secrets.open(column, rowId, stored);
          if (plain === undefined) {
            counts.unreadable++;
            continue;
          }
          const { changes } = await this.db.query(
            `UPDATE ${table} SET ${value} = $3 WHERE ${id} = $1 AND ${value} = $2`,
            [rowId, stored, this.secrets.seal(column, rowId, plain)],
          );
          // 0 changes: a write (under the current key) or a delete got there first.
          if (changes === 1) counts.rewritten++;
        }
        if (page.length < pageSize) break;
        after = str(page[page.length - 1].row_id);
      }
    }
    return report;
  }

  // ---- forget-me ----

  async forgetUser(u: { platform: string; user: string }): Promise<ForgetResult> {
    const params = [u.platform, u.user];
    // Rounds first: an answer being recorded holds a share lock on its round and may wait on the user's answer row,
    // so locking (and deleting) rounds before answers keeps Postgres free of a lock cycle. The user's practice rounds
    // go with their answers (counted just before, in the same transaction).
    const own = 'platform = $1 AND created_by = $2';
    const [rounds, practiceAnswers, practiceRounds, , answers, replies, pending] = await this.db.batch([
      { sql: `UPDATE rounds SET created_by = NULL WHERE ${own} AND practice = 0`, params },
      {
        sql: `SELECT COUNT(*) AS n FROM answers WHERE platform = $1 AND user_id = $2
              AND round_id IN (SELECT id FROM rounds WHERE ${own} AND practice = 1)`,
        params,
      },
      { sql: `DELETE FROM rounds WHERE ${own} AND practice = 1`, params },
      // A pinned board showing the user's points is redrawn without them at its next refresh.
      {
        sql: `UPDATE pinned_boards SET refresh_due = 0 WHERE platform = $1 AND EXISTS (
                SELECT 1 FROM answers a WHERE a.platform = $1 AND a.user_id = $2
                  AND a.workspace = pinned_boards.workspace AND a.channel = pinned_boards.channel)`,
        params,
      },
      { sql: 'DELETE FROM answers WHERE platform = $1 AND user_id = $2', params },
      { sql: 'DELETE FROM reply_links WHERE platform = $1 AND user_id = $2', params },
      { sql: 'DELETE FROM pending_replies WHERE platform = $1 AND user_id = $2', params },
    ]);
    return {
      rounds: rounds.changes,
      practiceRounds: practiceRounds.changes,
      answers: answers.changes + num(practiceAnswers.rows[0]?.n ?? 0),
      replies: replies.changes,
      pending: pending.changes,
    };
  }

  // ---- schedules ----

  async createSchedule(s: Schedule, maxPerChannel: number): Promise<CreateScheduleResult> {
    requireSafeInteger('nextRunAt', s.nextRunAt);
    // The bound is checked in the same statement (two managers adding at the same instant on Postgres may both see
    // room for one more: the bound is a guard against a runaway channel, not a quota).
    const { changes } = await this.db.query(
      `INSERT INTO schedules (id, platform, workspace, channel, every, week_day, at_time, timezone, command, created_at, next_run_at)
       SELECT $1, $2, $3, $4, $5, CAST($6 AS TEXT), $7, $8, $9, CAST($10 AS BIGINT), CAST($11 AS BIGINT)
       WHERE (SELECT COUNT(*) FROM schedules WHERE platform = $2 AND workspace = $3 AND channel = $4) < $12
       ON CONFLICT (id) DO NOTHING`,
      [
        s.id,
        s.platform,
        s.workspace,
        s.channel,
        s.every,
        s.day,
        s.at,
        s.timezone,
        s.command,
        s.createdAt,
        s.nextRunAt,
        maxPerChannel,
      ],
    );
    if (changes === 1) return 'created';
    const [taken] = await this.rows('SELECT id FROM schedules WHERE id = $1', [s.id]);
    return taken ? 'exists' : 'full';
  }

  async listSchedules(scope: Scope): Promise<Schedule[]> {
    const rows = await this.rows(
      `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE platform = $1 AND workspace = $2 AND channel = $3
       ORDER BY next_run_at, id`,
      [scope.platform, scope.workspace, scope.channel],
    );
    return rows.map(scheduleOf);
  }

  async deleteSchedule(scope: Scope, id: string): Promise<boolean> {
    const { changes } = await this.db.query(
      'DELETE FROM schedules WHERE id = $1 AND platform = $2 AND workspace = $3 AND channel = $4',
      [id, scope.platform, scope.workspace, scope.channel],
    );
    return changes === 1;
  }

  async dueSchedules(now: number, platforms: readonly string[], limit: number): Promise<Schedule[]> {
    if (platforms.length === 0) return [];
    const list = platforms.map((_, k) => `$${k + 3}`).join(', ');
    const rows = await this.rows(
      `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE next_run_at <= $1 AND platform IN (${list})
       ORDER BY next_run_at, id LIMIT $2`,
      [now, limit, ...platforms],
    );
    return rows.map(scheduleOf);
  }

  async claimScheduleRun(c: ScheduleClaim): Promise<boolean> {
    requireSafeInteger('nextRunAt', c.nextRunAt);
    if (!(c.nextRunAt > c.slot)) throw new RangeError('a schedule must move forward: nextRunAt > slot');
    // Every contender read the same slot (the schedule's next_run_at), so the slot is the claim's key: on Postgres a
    // second insert of it waits for the first transaction and then does nothing, one that starts after it finds the
    // schedule moved on; SQLite has one writer. The move is a compare-and-set on the slot.
    const [claimed] = await this.db.batch([
      {
        sql: `INSERT INTO schedule_runs (schedule_id, slot, due_at, claimed_at)
              SELECT id, next_run_at, CAST($3 AS BIGINT), CAST($4 AS BIGINT) FROM schedules
              WHERE id = $1 AND next_run_at = $2
              ON CONFLICT (schedule_id, slot) DO NOTHING`,
        params: [c.scheduleId, c.slot, c.dueAt, c.now],
      },
      {
        sql: 'UPDATE schedules SET next_run_at = $3 WHERE id = $1 AND next_run_at = $2',
        params: [c.scheduleId, c.slot, c.nextRunAt],
      },
    ]);
    return claimed.changes === 1 && c.dueAt !== null;
  }

  async retimeSchedule(id: string, timezone: string, nextRunAt: number): Promise<boolean> {
    requireSafeInteger('nextRunAt', nextRunAt);
    const { changes } = await this.db.query('UPDATE schedules SET timezone = $2, next_run_at = $3 WHERE id = $1', [
      id,
      timezone,
      nextRunAt,
    ]);
    return changes === 1;
  }

  // ---- pinned boards ----

  async pinBoard(p: NewPinnedBoard): Promise<string | undefined> {
    const [before, ,] = await this.db.batch([
      {
        sql: 'SELECT message_ref FROM pinned_boards WHERE platform = $1 AND workspace = $2 AND channel = $3',
        params: [p.platform, p.workspace, p.channel],
      },
      {
        sql: 'DELETE FROM pinned_boards WHERE platform = $1 AND workspace = $2 AND channel = $3',
        params: [p.platform, p.workspace, p.channel],
      },
      {
        sql: `INSERT INTO pinned_boards (id, platform, workspace, channel, period, message_ref, pinned_at, board_at,
                expires_at, refreshed_at, refresh_due)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $7, $8)`,
        params: [p.id, p.platform, p.workspace, p.channel, p.period, p.messageRef, p.now, p.expiresAt],
      },
    ]);
    const row = before.rows[0];
    return row ? str(row.message_ref) : undefined;
  }

  async getPinnedBoard(scope: Scope): Promise<PinnedBoard | undefined> {
    const [row] = await this.rows(
      `SELECT ${PIN_COLUMNS} FROM pinned_boards WHERE platform = $1 AND workspace = $2 AND channel = $3`,
      [scope.platform, scope.workspace, scope.channel],
    );
    return row ? pinOf(row) : undefined;
  }

  async claimPinRefreshes(
    now: number,
    throttleMs: number,
    platforms: readonly string[],
    limit: number,
  ): Promise<PinnedBoard[]> {
    if (platforms.length === 0) return [];
    const list = platforms.map((_, k) => `$${k + 4}`).join(', ');
    // Out of date: due (a round of the channel closed since the board was drawn, forget-me, a failed edit: due at
    // once; or the period shown is over), and not edited within the throttle period. An index range per platform
    // (platform, refresh_due). The outer WHERE repeats the test under the UPDATE's row lock (Postgres re-reads a row
    // another instance just claimed, and finds it taken), so each pin goes to one caller.
    const outOfDate = `platform IN (${list}) AND refresh_due <= $1 AND refreshed_at <= $2`;
    const lock = this.kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows = await this.rows(
      `UPDATE pinned_boards SET refreshed_at = $1, board_at = $1, refresh_due = NULL
       WHERE ${outOfDate} AND id IN (
         SELECT id FROM pinned_boards WHERE ${outOfDate} ORDER BY refresh_due, id LIMIT $3${lock})
       RETURNING ${PIN_COLUMNS}`,
      [now, now - throttleMs, limit, ...platforms],
    );
    return rows.map(pinOf);
  }

  async pinRefreshed(id: string, u: { expiresAt: number | null; messageRef: string }): Promise<void> {
    // A round closed while it was redrawn (refresh_due 0 again) keeps it due; else it is due when its period ends.
    await this.db.query(
      `UPDATE pinned_boards SET expires_at = $2, message_ref = $3, refresh_due = COALESCE(refresh_due, $2)
       WHERE id = $1`,
      [id, u.expiresAt, u.messageRef],
    );
  }

  async markPinStale(id: string): Promise<void> {
    await this.db.query('UPDATE pinned_boards SET refresh_due = 0 WHERE id = $1', [id]);
  }
}

/** How long a decided schedule slot is remembered. */
const SCHEDULE_RUNS_KEPT_MS = 7 * DAY_MS;

const SCHEDULE_COLUMNS =
  'id, platform, workspace, channel, every, week_day, at_time, timezone, command, created_at, next_run_at';

function scheduleOf(r: Row): Schedule {
  return {
    id: str(r.id),
    platform: str(r.platform),
    workspace: str(r.workspace),
    channel: str(r.channel),
    every: str(r.every),
    day: r.week_day === null || r.week_day === undefined ? null : str(r.week_day),
    at: str(r.at_time),
    timezone: str(r.timezone),
    command: str(r.command),
    createdAt: num(r.created_at),
    nextRunAt: num(r.next_run_at),
  };
}

const PIN_COLUMNS =
  'id, platform, workspace, channel, period, message_ref, pinned_at, board_at, expires_at, refreshed_at';

function pinOf(r: Row): PinnedBoard {
  return {
    id: str(r.id),
    platform: str(r.platform),
    workspace: str(r.workspace),
    channel: str(r.channel),
    period: str(r.period),
    messageRef: str(r.message_ref),
    pinnedAt: num(r.pinned_at),
    boardAt: num(r.board_at),
    expiresAt: numOrNull(r.expires_at),
    refreshedAt: num(r.refreshed_at),
  };
}
