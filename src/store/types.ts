/**
 * The store's contract: everything the bot keeps between commands (quiz rounds, answers, scores,
 * settings, Slack installations, OAuth states, shared rate limits, edit-to-rerun links) behind one
 * interface, implemented on SQLite (embedded default) and on Postgres (shared by every instance).
 *
 * Conventions: every method is async; ids are the platforms' own strings; times are epoch
 * milliseconds (numbers); no message text is ever stored, only ids, choices and times.
 * Every write that decides something (the first answer of a user to a round, its points, the
 * closing of a round, a rate-limit hit, an OAuth state's single use) is one atomic statement in
 * the database, so two instances (or two clicks in the same millisecond) agree.
 */

export type StoreKind = 'sqlite' | 'postgres';

/** Where something happens: Slack team / Discord guild (or `dm`, `local`) and channel. */
export interface Scope {
  platform: string;
  workspace: string;
  channel: string;
}

/** Who does it, where. Carried by every request. */
export interface Identity extends Scope {
  user: string;
}

// ---- quiz rounds ----

export interface NewRound extends Scope {
  id: string;
  createdBy: string;
  topic: string;
  level: string;
  /** The generator's seed (a safe integer): the same seed gives the same question. */
  seed: number;
  correctChoice: string;
  choiceIds: string[];
  createdAt: number;
  closesAt: number;
  /**
   * A practice round (`practice`): one user's private question. Its answers count for that user's progress (`me`)
   * but never on the channel's board or in the class view. Default false.
   */
  practice?: boolean;
}

export interface Round extends Scope {
  id: string;
  /** `null` once its creator used forget-me (the round and others' answers stay). */
  createdBy: string | null;
  topic: string;
  level: string;
  seed: number;
  correctChoice: string;
  choiceIds: string[];
  createdAt: number;
  closesAt: number;
  /** Set by the one `claimClose` that won. */
  closedAt: number | null;
  /** The platform's id of the question message (Discord message id, Slack ts), for the reveal edit. */
  messageRef: string | null;
  /** A practice round: private to its creator, off the channel's board (see NewRound.practice). */
  practice: boolean;
}

// ---- answers ----

/**
 * An answer as the quiz service decided it. The scope (platform, workspace, channel) is not
 * passed: the store copies it from the round in the same statement, so it cannot disagree.
 */
export interface NewAnswer {
  roundId: string;
  user: string;
  choice: string;
  correct: boolean;
  points: number;
  answeredAt: number;
  /** A wrong choice's misconception id (`entry.added`): an id from the quiz's table, never text. */
  misconception?: string | null;
}

export interface Answer {
  roundId: string;
  user: string;
  choice: string;
  correct: boolean;
  points: number;
  answeredAt: number;
  /** Null for a right answer, and for wrong answers recorded before misconceptions were kept. */
  misconception: string | null;
}

/** An answer with what `me`, `class` and `class export` need of its round. */
export interface AnswerRecord extends Answer {
  topic: string;
  level: string;
  seed: number;
  practice: boolean;
  /** Its round is closed (the answer revealed). */
  closed: boolean;
}

/** Answers in one channel (the scope), oldest first; only non-practice rounds unless `practice`. */
export interface AnswersQuery extends Scope {
  /** Only this user's answers. */
  user?: string;
  /** Only answers at or after this time. */
  since?: number;
  /** Include practice rounds (only ever asked with `user`: practice is that user's own). */
  practice?: boolean;
  /** Only answers to closed rounds (what a class view and an export may show). */
  closedOnly?: boolean;
  /** At most this many: the most recent ones (still returned oldest first). */
  limit: number;
}

/**
 * - `recorded`: this call's answer is the user's first and now counts.
 * - `already`: the user had answered; `answer` is that first answer (nothing changed).
 * - `closed`: the round was closed (claimed, or `answeredAt` is past `closesAt`) when this was decided.
 * - `no-round`: no round with that id.
 */
export type RecordAnswerResult =
  | { outcome: 'recorded'; answer: Answer }
  | { outcome: 'already'; answer: Answer }
  | { outcome: 'closed' }
  | { outcome: 'no-round' };

// ---- scores ----

export interface LeaderboardQuery extends Scope {
  /** Only answers at or after this time count for points (e.g. the start of the week). */
  since?: number;
  /** … and before this one (the end of a past week); default: no end. */
  until?: number;
  limit: number;
  /** "Today" for streaks; default `Date.now()`. */
  now?: number;
}

export interface LeaderboardRow {
  user: string;
  /** Points of answers to closed rounds: what ranks. */
  points: number;
  /** Points of answers to rounds still open: they count once the round closes. */
  pending: number;
  /** Answers to rounds still open. */
  pendingAnswers: number;
  /** Of answers to closed rounds (an open round's rightness is not told). */
  correct: number;
  answered: number;
  /**
   * Consecutive UTC days, ending today or yesterday, with at least one correct answer in this
   * channel (not limited by `since`); 0 when the last such day is older.
   */
  streak: number;
}

// ---- settings ----

export type SettingScope = 'workspace' | 'channel';

export interface SettingRow {
  scope: SettingScope;
  key: string;
  value: string;
  updatedAt: number;
}

/** `channel: null` addresses the workspace-wide value. */
export interface SettingKey {
  platform: string;
  workspace: string;
  channel: string | null;
  key: string;
}

export interface SettingWrite extends SettingKey {
  value: string;
  updatedAt: number;
}

// ---- Slack installations (Bolt's InstallationStore is built on these) ----

/** Bolt's InstallationQuery / the identifying part of an Installation. */
export interface InstallationKey {
  enterpriseId?: string;
  teamId?: string;
  isEnterpriseInstall: boolean;
}

/** Bolt's `Installation`, stored as JSON. */
export type InstallationData = Record<string, unknown>;

// ---- shared rate limit ----

export interface RateLimitOptions {
  /** Hits allowed per window (≥ 1). */
  limit: number;
  windowMs: number;
  now: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits still allowed right now after this one (0 when refused). */
  remaining: number;
  /** 0 when allowed; else the wait until a hit would be allowed. */
  retryAfterMs: number;
}

// ---- edit-to-rerun ----

export interface ReplyLink extends Scope {
  /** The user's message that mentioned the bot. */
  sourceMessageId: string;
  user: string;
  /** The bot's answer to it, to be edited when the source is edited. */
  replyMessageId: string;
  createdAt: number;
}

export interface ReplyLookup {
  platform: string;
  channel: string;
  sourceMessageId: string;
}

// ---- commands in flight (acknowledged, not yet answered) ----

/**
 * A command an instance has acknowledged to the platform but not answered yet. If that instance dies
 * (SIGKILL, OOM, a lost machine), its lease runs out and a surviving instance claims the row and tells
 * the user, through `replyTo`, that the command was lost and should be sent again. The command's text is
 * not stored (so it cannot be re-run): only ids, the reply handle and times.
 */
export interface PendingReply extends Identity {
  id: string;
  /** Where a late reply can still be sent: Slack's `response_url`, Discord's `applicationId/interactionToken`. */
  replyTo: string;
  createdAt: number;
  /** When `replyTo` stops working (Slack: 30 min, Discord: 15 min); such rows are pruned, never claimed. */
  expiresAt: number;
}

/** Who holds a pending row, and until when (renewed while the instance lives). */
export interface PendingLease {
  instance: string;
  leaseUntil: number;
}

// ---- deliveries (each platform delivery handled once) ----

/** What `pruneExpired` deleted. */
export interface PruneResult {
  oauthStates: number;
  rateLimits: number;
  pendingReplies: number;
  deliveries: number;
  /** Claims of schedule runs older than a week (each only matters while its slot is being decided). */
  scheduleRuns: number;
}

// ---- schedules and pinned boards (DESIGN §12) ----

/** A command a channel runs by itself, and when it runs next. */
export interface Schedule extends Scope {
  id: string;
  every: string;
  /** `mon` … `sun` for a weekly schedule, else null. */
  day: string | null;
  /** Local time `HH:MM` in `timezone`. */
  at: string;
  /** The IANA zone `nextRunAt` was computed in (the channel's `timezone` setting). */
  timezone: string;
  /**
   * The command text a channel manager typed for the channel to run (`quiz schur medium`): the one text the store
   * keeps, because it is the schedule itself, not a user's message; it belongs to the channel, not to a user.
   */
  command: string;
  createdAt: number;
  nextRunAt: number;
}

/** `created`; `exists`: that id is taken (draw another); `full`: the channel has `maxPerChannel` schedules. */
export type CreateScheduleResult = 'created' | 'exists' | 'full';

/**
 * One decision on a due schedule: it was due at `slot` (its `nextRunAt` as read), and runs for `dueAt` (the slot, or
 * the one catch-up run after downtime), or not at all (`dueAt` null: a missed run too old to make up); either way its
 * next run becomes `nextRunAt`.
 */
export interface ScheduleClaim {
  scheduleId: string;
  slot: number;
  dueAt: number | null;
  nextRunAt: number;
  now: number;
}

/** A channel's board posted once and edited in place as rounds close (`scores pin`). */
export interface PinnedBoard extends Scope {
  id: string;
  period: string;
  /** The platform's reference of the message (Slack `channel:ts`, Discord `channel:message`, the page's feed id). */
  messageRef: string;
  pinnedAt: number;
  /** The instant of the last refresh's board (for logs and tests; when it is due again is the store's business). */
  boardAt: number;
  /** When the board shown ends by itself (the week's end in the channel's zone), or null. */
  expiresAt: number | null;
  /** The last edit (or the post): edits are at most one per throttle period, across instances. */
  refreshedAt: number;
}

export interface NewPinnedBoard extends Scope {
  id: string;
  period: string;
  messageRef: string;
  now: number;
  expiresAt: number | null;
}

// ---- forget-me ----

export interface ForgetResult {
  /** Rounds the user created; kept (others answered them) but anonymised: `createdBy` → null. */
  rounds: number;
  /** The user's practice rounds, deleted (nobody else answers them). */
  practiceRounds: number;
  /** The user's answers, deleted (their points go with them). */
  answers: number;
  /** Edit-to-rerun links of the user's messages, deleted. */
  replies: number;
  /** Commands of the user still in flight, forgotten (they are answered, but not reported if lost). */
  pending: number;
}

// ---- the store ----

/** What the store logs (pino's Logger fits). */
export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface Store {
  readonly kind: StoreKind;

  /** Throws when the database cannot be reached (for `/readyz`). */
  ping(): Promise<void>;
  /** Closes the connection(s). The store is unusable afterwards. */
  close(): Promise<void>;

  /** Inserts a round; `false` (and nothing changes) when that id exists. */
  createRound(round: NewRound): Promise<boolean>;
  getRound(id: string): Promise<Round | undefined>;
  /** Remembers the question message; `false` when no such round. */
  setRoundMessage(id: string, messageRef: string): Promise<boolean>;
  /** Closes the round (and marks its channel's pinned board stale); exactly one caller, in any process, gets `true`. */
  claimClose(id: string, now: number): Promise<boolean>;
  /** Open rounds whose `closesAt` ≤ now, soonest first: the sweeper's work list. */
  dueRounds(now: number, limit: number): Promise<Round[]>;
  /** Open rounds in one channel, oldest first. */
  openRounds(scope: Scope): Promise<Round[]>;

  /**
   * Records a user's answer if it is their first and the round is open, atomically: the unique
   * (round, user) key decides the first answer, and the round's state is checked in the same
   * statement (on Postgres under a share lock on the round, so a concurrent `claimClose` waits for
   * it): an answer racing the close is either counted before the close or refused, never lost.
   */
  recordAnswer(answer: NewAnswer): Promise<RecordAnswerResult>;
  /** All answers of a round, earliest first. */
  roundAnswers(roundId: string): Promise<Answer[]>;

  /**
   * A channel's scores, best first: points, then correct answers, then pending points, then who got there earlier.
   * Points, correct and answered count answers to closed rounds; answers to rounds still open are `pending` (their
   * points) and `pendingAnswers`. Practice rounds never count.
   */
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardRow[]>;
  /** Answers in a channel with their rounds' topics (`me`, `class`, `class export`). */
  answersIn(query: AnswersQuery): Promise<AnswerRecord[]>;
  /** Non-practice rounds of a channel created at or after `since`, and how many of them are closed. */
  countRounds(query: Scope & { since: number }): Promise<{ rounds: number; closed: number }>;

  /** The workspace-scope and channel-scope rows for a channel (the service adds defaults). */
  getSettings(scope: Scope): Promise<SettingRow[]>;
  setSetting(write: SettingWrite): Promise<void>;
  /** `false` when there was nothing to delete. */
  deleteSetting(key: SettingKey): Promise<boolean>;

  saveInstallation(key: InstallationKey, installation: InstallationData): Promise<void>;
  fetchInstallation(key: InstallationKey): Promise<InstallationData | undefined>;
  /** `false` when there was nothing to delete. */
  deleteInstallation(key: InstallationKey): Promise<boolean>;
  saveOAuthState(state: string, expiresAt: number): Promise<void>;
  /** `true` once for a saved, unexpired state; a replay (or an unknown or expired state) gets `false`. */
  consumeOAuthState(state: string, now: number): Promise<boolean>;

  /**
   * One hit on a shared sliding-window limit (two fixed windows, the previous one weighted by how
   * much of it still overlaps), decided in one statement; refused hits are not counted.
   */
  hitRateLimit(key: string, options: RateLimitOptions): Promise<RateLimitResult>;

  /** Links a source message to the bot's reply (a later link for the same source replaces it). */
  linkReply(link: ReplyLink): Promise<void>;
  findReply(lookup: ReplyLookup): Promise<ReplyLink | undefined>;
  /** Deletes links created before `olderThan`; returns how many. */
  pruneReplies(olderThan: number): Promise<number>;
  /**
   * Deletes expired OAuth states, rate-limit buckets idle for two windows, pending replies whose reply handle has
   * expired, and expired delivery claims.
   */
  pruneExpired(now: number): Promise<PruneResult>;

  /**
   * Claims a platform delivery (Slack `trigger_id` or `event_id`, Discord interaction id; the key says which) until
   * `expiresAt`: `true` for the first claim, `false` for every later one while it lives (a replay, or a platform's
   * retry), in any process. One statement (INSERT … ON CONFLICT), so two instances receiving the same delivery
   * agree. An expired claim can be taken again.
   */
  claimDelivery(key: string, expiresAt: number, now: number): Promise<boolean>;

  /** Records a command acknowledged by `lease.instance` and not answered yet. */
  trackPending(pending: PendingReply, lease: PendingLease): Promise<void>;
  /** The command was answered (or reported): forget it. `false` when it was no longer there. */
  finishPending(id: string): Promise<boolean>;
  /** Extends the lease of every row the instance holds; returns how many. */
  renewPending(lease: PendingLease): Promise<number>;
  /**
   * Takes over, atomically, up to `limit` rows of `platform` whose lease ran out before `now` and whose handle
   * still works: each is handed to exactly one caller in any process, with the new lease.
   */
  claimOrphans(lease: PendingLease, now: number, limit: number, platform: string): Promise<PendingReply[]>;

  /** forget-me: removes the user's rows on one platform, in every workspace, and says how many. */
  forgetUser(user: { platform: string; user: string }): Promise<ForgetResult>;

  // ---- schedules (DESIGN §12) ----

  /** Adds a schedule unless its id is taken or its channel already has `maxPerChannel`. */
  createSchedule(schedule: Schedule, maxPerChannel: number): Promise<CreateScheduleResult>;
  /** A channel's schedules, soonest first. */
  listSchedules(scope: Scope): Promise<Schedule[]>;
  /** Removes a schedule of this channel; `false` when the channel has none with that id. */
  deleteSchedule(scope: Scope, id: string): Promise<boolean>;
  /** Schedules of these platforms whose `nextRunAt` ≤ now, soonest first: the tick's work list. */
  dueSchedules(now: number, platforms: readonly string[], limit: number): Promise<Schedule[]>;
  /**
   * Decides one due slot, atomically and once across instances and restarts: in one transaction the slot is claimed
   * (a unique key on schedule and slot) and the schedule's next run moved from `slot` to `nextRunAt` (only if it is
   * still `slot`). `true` for the one caller that is to run it (never for a skipped slot, `dueAt` null).
   */
  claimScheduleRun(claim: ScheduleClaim): Promise<boolean>;
  /** The channel's time zone changed: a schedule's local time is now read in `timezone`, its next run recomputed. */
  retimeSchedule(id: string, timezone: string, nextRunAt: number): Promise<boolean>;

  // ---- pinned boards ----

  /** Pins a channel's board (replacing its pin); returns the reference of the message pinned before, if any. */
  pinBoard(pin: NewPinnedBoard): Promise<string | undefined>;
  getPinnedBoard(scope: Scope): Promise<PinnedBoard | undefined>;
  /**
   * Claims, atomically across instances, up to `limit` pins of these platforms whose message is out of date (a round
   * closed in the channel since the board was drawn, forget-me, a failed edit; or the board's period ended) and that
   * were not edited within `throttleMs`: each goes to one caller, with `boardAt` and `refreshedAt` set to `now` (a
   * close after the claim makes it due again).
   */
  claimPinRefreshes(
    now: number,
    throttleMs: number,
    platforms: readonly string[],
    limit: number,
  ): Promise<PinnedBoard[]>;
  /** After a refresh: the board's new end, and the message (a new one when the old was gone). */
  pinRefreshed(id: string, update: { expiresAt: number | null; messageRef: string }): Promise<void>;
  /** The pin's message must be refreshed at the next chance (an edit failed, or forget-me changed its board). */
  markPinStale(id: string): Promise<void>;
}
