/**
 * The study-group service (DESIGN §9): quizzes, answers, reveals, scores, settings and forget-me, over the store.
 * Shared by every adapter and the CLI: adapters only draw buttons, forward clicks and edit messages. Every decision
 * that two instances must agree on (the first answer of a user, the closing of a round) is the store's, atomically;
 * this class keeps no state of its own beyond its configuration and its sweeper timer.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import {
  MAX_QUIZ_SEED,
  QUIZ_TOPIC_TEXT,
  SETTINGS,
  SETTING_KEYS,
  engineError,
  generateQuiz,
  quizRequestFromArgs,
  renderVerbFigures,
  type Answer,
  type AnswerData,
  type Command,
  type EngineError,
  type ForgottenData,
  type QuizData,
  type QuizQuestion,
  type Reply,
  type RevealData,
  type RunOptions,
  type ScoresData,
  type Section,
  type SettingKey,
  type SettingsData,
} from '../../engine/index.js';
import { isStoreUnavailable } from '../../store/guard.js';
import type { Identity, ReplyLink, ReplyLookup, Round, Scope, SettingRow, Store } from '../../store/types.js';

/** Who asks, where; and what only the platform can tell. */
export interface Requester extends Identity {
  /**
   * Whether this user may change the channel's settings (Discord: Manage Channels; Slack: a workspace admin or
   * owner; the local page and the CLI: always). Asked only when a setting is changed.
   */
  canManage?: () => Promise<boolean>;
  /** The words a refusal uses for the permission, e.g. "the Manage Channels permission". */
  permissionName?: string;
  /** Display names for user ids (leaderboards); ids are shown where it is absent. Names are never stored. */
  names?: (users: string[]) => Promise<Record<string, string>>;
  /**
   * How this asker will see the figures of the reply (the local page: its light or dark look, its column width).
   * Wins over the channel's `theme` setting for this reply only; never stored.
   */
  view?: FigureView;
}

/** How figures will be shown: the card's theme and the CSS width they are shown at (RunOptions). */
export type FigureView = Pick<RunOptions, 'theme' | 'figureWidth'>;

/** `options` with what `view` sets (its undefined keys change nothing). */
export function withView(options: RunOptions, view: FigureView | undefined): RunOptions {
  if (!view) return options;
  return {
    ...options,
    ...(view.theme ? { theme: view.theme } : {}),
    ...(view.figureWidth ? { figureWidth: view.figureWidth } : {}),
  };
}

/** What an adapter does with a group verb's answer. */
export interface GroupReply {
  answer: Answer;
  /** private: ephemeral where the platform allows it (Slack, Discord), else a direct reply. */
  visibility: 'public' | 'private';
  /** `quiz`: the question to post with one button per choice; then `attachMessage(quiz.id, ref)`. */
  quiz?: QuizData['quiz'];
  /** A reveal: the round's question message, to edit into the answer (null: post the reveal instead). */
  reveal?: { roundId: string; messageRef: string | null; platform: string };
}

/** An adapter that can show a reveal where the question was (one per platform, on each instance that runs it). */
export interface RevealPublisher {
  platform: string;
  publish(round: Round, reply: GroupReply): Promise<void>;
}

export type EffectiveSettings = SettingsData['settings'];

export interface GroupServiceOptions {
  store: Store;
  logger: Logger;
  /** Runs an engine command (the worked solution of a reveal), off the event loop where there is a pool. */
  runWorked(text: string, options: RunOptions): Promise<Reply>;
  /** Clock (tests inject one). */
  now?: () => number;
}

/** Points for a right answer; the speed bonus (a setting) adds up to SPEED_BONUS for answering at once. */
export const POINTS_CORRECT = 10;
export const SPEED_BONUS = 5;

/** Monday 00:00 UTC of the week containing `now`. */
export function startOfWeek(now: number): number {
  const d = new Date(now);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

/** `q` and 7 lower-case letters or digits: about 36 bits, so ids do not collide in practice (the store refuses one that does). */
export function newQuizId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return 'q' + [...randomBytes(7)].map((b) => alphabet[b % 36]).join('');
}

/** A user as text in an answer: a mention on the chat platforms (`<@U123>` works on both), else the name or id. */
function mention(platform: string, user: string, names: Record<string, string>): string {
  if (platform === 'slack' || platform === 'discord') return `<@${user}>`;
  return names[user] ?? user;
}

function answerOf<D>(verb: string, title: string, summary: string, sections: Section[], data: D): Answer {
  return { ok: true, verb, title, summary, sections, figures: [], data: data as unknown as Record<string, unknown> };
}

export class GroupService {
  /** The store, for adapters' own bookkeeping around a reply (a round's message, edit-to-rerun links). */
  readonly store: Store;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly publishers = new Map<string, RevealPublisher>();
  private sweeper: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;
  /**
   * Each channel's settings as this instance last read them: what computations run with while the store is down
   * (settingsOrFallback). A fallback, never read while the store answers; bounded to LAST_KNOWN_SCOPES channels.
   */
  private readonly lastSettings = new Map<string, { rows: SettingRow[]; at: number }>();
  /** Rounds this instance closed whose reveal the store failed to give: published at the next sweep (≤ 1,000). */
  private readonly unrevealed = new Map<string, Round>();

  constructor(private readonly options: GroupServiceOptions) {
    this.store = options.store;
    this.log = options.logger.child({ part: 'groups' });
    this.now = options.now ?? Date.now;
  }

  /** One of the six group verbs. Never throws for user mistakes: those are EngineError values. */
  async handle(command: Command, who: Requester): Promise<GroupReply | EngineError> {
    const args = command.args ?? [];
    switch (command.verb) {
      case 'quiz':
        return this.quiz(args, who);
      case 'answer':
        return this.answer(args[0], args[1], who);
      case 'reveal':
        return this.revealCommand(args[0], who);
      case 'scores':
        return this.scores(args[0] === 'all' ? 'all' : 'week', who);
      case 'settings':
        return this.settings(args, who);
      case 'forget-me':
        return this.forget(who);
      default:
        return engineError('unknown_verb', `${command.verb} is not a study-group verb`);
    }
  }

  /** The channel's effective settings: the channel's value, else the workspace's, else the default. */
  async settingsFor(scope: Scope): Promise<EffectiveSettings> {
    const rows = await this.store.getSettings(scope);
    this.rememberSettings(scope, rows);
    return effectiveSettings(rows);
  }

  /**
   * The settings a computation runs with: as `settingsFor`, but when the store does not answer, the channel's last
   * known values (read by this instance within the last LAST_KNOWN_MS), else the defaults. A computation never waits
   * for, or fails on, a store that is down.
   */
  async settingsOrFallback(scope: Scope): Promise<EffectiveSettings> {
    try {
      return await this.settingsFor(scope);
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      const known = this.lastSettings.get(scopeKey(scope));
      const fresh = known !== undefined && this.now() - known.at <= LAST_KNOWN_MS;
      this.log.debug({ fallback: fresh ? 'last known' : 'defaults' }, 'settings: store unavailable');
      return effectiveSettings(fresh ? known.rows : []);
    }
  }

  private rememberSettings(scope: Scope, rows: SettingRow[]): void {
    const key = scopeKey(scope);
    this.lastSettings.delete(key);
    this.lastSettings.set(key, { rows, at: this.now() });
    while (this.lastSettings.size > LAST_KNOWN_SCOPES) this.lastSettings.delete(this.lastSettings.keys().next().value!);
  }

  /** The engine options a channel's settings ask for. */
  static runOptions(s: EffectiveSettings): RunOptions {
    return {
      figures: s.figures.value !== 'off',
      theme: s.theme.value === 'dark' ? 'dark' : 'light',
      numbers: s.numbers.value === 'decimals' ? 'decimals' : 'fractions',
    };
  }

  /**
   * The adapter posted the question: remember where, so the reveal can edit it. With the store unavailable the quiz
   * stays posted and playable; its reveal then comes as a new message instead of an edit.
   */
  async attachMessage(quizId: string, messageRef: string): Promise<void> {
    try {
      await this.store.setRoundMessage(quizId, messageRef);
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      this.log.debug({ quiz: quizId }, 'store unavailable: the reveal will be a new message');
    }
  }

  /** Edit to re-run: the bot's answer to a user's message (ids only), so an edit of that message edits the answer. */
  linkReply(link: ReplyLink): Promise<void> {
    return this.store.linkReply(link);
  }

  findReply(lookup: ReplyLookup): Promise<ReplyLink | undefined> {
    return this.store.findReply(lookup);
  }

  // ---- quiz ----

  private async quiz(args: string[], who: Requester): Promise<GroupReply | EngineError> {
    const request = quizRequestFromArgs(args);
    const seed = request.seed ?? randomInt(0, MAX_QUIZ_SEED + 1);
    const q = generateQuiz({ seed, topic: request.topic, level: request.level });
    const settings = await this.settingsFor(who);
    const now = this.now();
    const closesAt = now + Number(settings.quiz_seconds.value) * 1000;
    let id = newQuizId();
    const round = () => ({
      id,
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      createdBy: who.user,
      topic: q.topic,
      level: q.level,
      seed: q.seed,
      correctChoice: q.correct,
      choiceIds: q.choices.map((c) => c.id),
      createdAt: now,
      closesAt,
    });
    // A clash of random ids is astronomically rare; the unique key catches it, and a second id is drawn.
    if (!(await this.store.createRound(round()))) {
      id = newQuizId();
      if (!(await this.store.createRound(round()))) throw new Error('could not create a quiz round');
    }
    const quiz: QuizData['quiz'] = {
      id,
      topic: q.topic,
      level: q.level,
      seed: q.seed,
      question: q.question,
      choices: q.choices,
      closesAt,
    };
    const seconds = Math.round((closesAt - now) / 1000);
    const choices = q.choices.map((c) => `- **${c.id})** ${c.label}`).join('\n');
    const answer = answerOf<QuizData>(
      'quiz',
      `Quiz ${id} · ${q.topic} · ${q.level}`,
      `${quizHeadline(q)} Closes in ${seconds} s.`,
      [
        { body: q.question },
        { heading: 'Choices', body: choices },
        {
          body: `Press a button, or type \`/hadamard answer ${id} <letter>\`. One answer each; the answer and the worked solution appear when the round closes. Replay: \`/hadamard quiz ${q.topic} ${q.level} seed:${q.seed}\`.`,
        },
      ],
      { quiz },
    );
    this.log.info({ quiz: id, topic: q.topic, level: q.level, closesAt }, 'quiz started');
    return { answer, visibility: 'public', quiz };
  }

  // ---- answer ----

  private async answer(quizId: string, choice: string, who: Requester): Promise<GroupReply | EngineError> {
    const round = await this.store.getRound(quizId);
    if (!round) return engineError('bad_argument', `there is no quiz ${quizId}`, 'Start one: /hadamard quiz');
    if (!round.choiceIds.includes(choice))
      return engineError(
        'bad_argument',
        `quiz ${quizId} has choices ${round.choiceIds.join(', ')}; "${choice}" is not one of them`,
        `Example: /hadamard answer ${quizId} ${round.choiceIds[0]}`,
      );
    const now = this.now();
    const correct = choice === round.correctChoice;
    const settings = await this.settingsFor(round);
    const bonus =
      correct && settings.speed_bonus.value === 'on'
        ? Math.round((SPEED_BONUS * Math.max(0, round.closesAt - now)) / Math.max(1, round.closesAt - round.createdAt))
        : 0;
    const points = correct ? POINTS_CORRECT + bonus : 0;
    const result = await this.store.recordAnswer({
      roundId: quizId,
      user: who.user,
      choice,
      correct,
      points,
      answeredAt: now,
    });
    const q = questionOf(round);
    let data: AnswerData['result'];
    let summary: string;
    if (result.outcome === 'closed') {
      return engineError(
        'bad_argument',
        `quiz ${quizId} is closed: the answer has been revealed`,
        'Start the next one: /hadamard quiz',
      );
    } else if (result.outcome === 'no-round') {
      return engineError('bad_argument', `there is no quiz ${quizId}`, 'Start one: /hadamard quiz');
    } else if (result.outcome === 'already') {
      const first = result.answer;
      data = {
        quizId,
        choice: first.choice,
        correct: first.correct,
        points: 0,
        already: true,
        feedback: q.feedback[first.choice] ?? '',
      };
      summary = `You already answered ${first.choice}): one answer per round, so this click changes nothing.`;
    } else {
      data = { quizId, choice, correct, points, already: false, feedback: q.feedback[choice] ?? '' };
      summary = correct
        ? `✓ Right: ${choice}) is the answer. +${points} point${points === 1 ? '' : 's'}${bonus ? ` (${bonus} for speed)` : ''}.`
        : `✗ Not this one: ${choice}) is not the answer. The right one is revealed when the round closes.`;
    }
    const answer = answerOf<AnswerData>(
      'answer',
      `Your answer to ${quizId}`,
      summary,
      data.feedback ? [{ body: data.feedback }] : [],
      { result: data },
    );
    return { answer, visibility: 'private' };
  }

  // ---- reveal ----

  private async revealCommand(quizId: string, who: Requester): Promise<GroupReply | EngineError> {
    const round = await this.store.getRound(quizId);
    if (!round) return engineError('bad_argument', `there is no quiz ${quizId}`, 'Start one: /hadamard quiz');
    const now = this.now();
    if (round.closedAt === null && now < round.closesAt) {
      // Early: the one who started it, or someone who may manage the channel.
      const allowed = round.createdBy === who.user || (await who.canManage?.()) === true;
      if (!allowed)
        return engineError(
          'not_allowed',
          `quiz ${quizId} closes in ${Math.ceil((round.closesAt - now) / 1000)} s; only the person who started it${who.permissionName ? ` or someone with ${who.permissionName}` : ''} can reveal it early`,
          `Wait for the round to close, or answer it: /hadamard answer ${quizId} <letter>`,
        );
    }
    const won = round.closedAt === null ? await this.store.claimClose(quizId, now) : false;
    const reply = await this.revealOf((await this.store.getRound(quizId)) ?? round, won ? 'reveal' : 'time', who.view);
    // The first to close it posts it for everyone (the question message is edited); asking again after shows
    // the reveal privately, so nothing is posted twice.
    return won ? reply : { ...reply, visibility: 'private', reveal: undefined };
  }

  /**
   * The reveal of a closed round: the right choice, who got it, the counts and the worked solution's figure (drawn
   * as `view` asks when the reveal answers someone's command, else as the channel's settings say).
   */
  async revealOf(round: Round, closedBy: 'time' | 'reveal', view?: FigureView): Promise<GroupReply> {
    const q = questionOf(round);
    const answers = await this.store.roundAnswers(round.id);
    const counts: Record<string, number> = Object.fromEntries(round.choiceIds.map((c) => [c, 0]));
    for (const a of answers) counts[a.choice] = (counts[a.choice] ?? 0) + 1;
    const right = answers.filter((a) => a.correct).sort((x, y) => x.answeredAt - y.answeredAt);
    const label = q.choices.find((c) => c.id === round.correctChoice)?.label ?? round.correctChoice;
    const data: RevealData['reveal'] = {
      quizId: round.id,
      correctChoice: round.correctChoice,
      correctLabel: label,
      explanation: q.explanation,
      worked: q.worked,
      answered: answers.length,
      correctCount: right.length,
      counts,
      correctUsers: right.map((a) => ({ user: a.user })),
      closedBy,
    };
    const names: Record<string, string> = {};
    const got = right.length
      ? `Got it: ${right.map((a) => mention(round.platform, a.user, names)).join(', ')}.`
      : 'Nobody got it this time.';
    const tally = round.choiceIds.map((c) => `${c}) ${counts[c]}`).join(' · ');
    const settings = await this.settingsFor(round);
    const worked = await this.options.runWorked(q.worked, withView(GroupService.runOptions(settings), view));
    const answer = answerOf<RevealData>(
      'reveal',
      `Quiz ${round.id}: the answer`,
      `The answer is ${round.correctChoice}) ${label}. ${right.length} of ${answers.length} got it.`,
      [
        { body: q.question },
        { body: `${got}\nAnswers: ${tally}.` },
        { heading: 'Why', body: q.explanation },
        { body: `Worked: \`/hadamard ${q.worked}\`` },
      ],
      { reveal: data },
    );
    if (worked.ok) answer.figures = worked.figures;
    return {
      answer,
      visibility: 'public',
      reveal: { roundId: round.id, messageRef: round.messageRef, platform: round.platform },
    };
  }

  // ---- the sweeper: rounds close by time on whichever instance claims them ----

  registerPublisher(p: RevealPublisher): void {
    this.publishers.set(p.platform, p);
  }

  /** Closes every due round of a platform this instance publishes to. Returns how many it closed. */
  sweep(): Promise<number> {
    // One sweep at a time per instance; another instance's sweep is kept out by the atomic claim.
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<number> {
    if (this.publishers.size === 0) return 0;
    // Rounds this instance closed while the store failed before their reveal could be read: shown now.
    for (const round of [...this.unrevealed.values()]) {
      this.unrevealed.delete(round.id);
      await this.publishClosed(round);
    }
    const now = this.now();
    const due = (await this.store.dueRounds(now, 50)).filter((r) => this.publishers.has(r.platform));
    let closed = 0;
    for (const round of due) {
      if (!(await this.store.claimClose(round.id, now))) continue;
      closed++;
      await this.publishClosed({ ...round, closedAt: now });
    }
    return closed;
  }

  /** Shows the reveal of a round this instance closed; with the store unavailable, tries again at the next sweep. */
  private async publishClosed(round: Round): Promise<void> {
    try {
      const reply = await this.revealOf(round, 'time');
      await this.publishers.get(round.platform)!.publish(round, reply);
      this.log.info({ quiz: round.id, platform: round.platform }, 'quiz closed and revealed');
    } catch (err) {
      if (isStoreUnavailable(err) && this.unrevealed.size < 1_000) {
        this.unrevealed.set(round.id, round);
        this.log.debug({ quiz: round.id }, 'reveal waits for the store');
      } else this.log.error({ err, quiz: round.id }, 'reveal failed');
    }
  }

  startSweeper(intervalMs = 1000): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.sweep().catch((err: unknown) =>
        // An outage is logged once by the store's guard; rounds due meanwhile close when it is back.
        isStoreUnavailable(err) ? this.log.debug('sweep: store unavailable') : this.log.error({ err }, 'sweep failed'),
      );
    }, intervalMs);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    await this.sweeping;
  }

  // ---- scores ----

  private async scores(period: 'week' | 'all', who: Requester): Promise<GroupReply> {
    const now = this.now();
    const rows = await this.store.leaderboard({
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      since: period === 'week' ? startOfWeek(now) : undefined,
      limit: 10,
      now,
    });
    const names: Record<string, string> =
      rows.length && who.names ? await who.names(rows.map((r) => r.user)).catch(() => ({})) : {};
    const scores = rows.map((r) => ({ ...r, ...(names[r.user] ? { name: names[r.user] } : {}) }));
    const data: ScoresData = { period, scores };
    const lines = scores.map(
      (r, i) =>
        `${i + 1}. ${mention(who.platform, r.user, names)}: **${r.points}** points, ${r.correct} of ${r.answered} right${r.streak ? `, streak ${r.streak} day${r.streak === 1 ? '' : 's'}` : ''}`,
    );
    const when = period === 'week' ? 'this week' : 'all time';
    const answer = answerOf<ScoresData>(
      'scores',
      `Leaderboard, ${when}`,
      scores.length
        ? `${scores.length} player${scores.length === 1 ? '' : 's'} ${when}; ${mention(who.platform, scores[0].user, names)} leads with ${scores[0].points} points.`
        : `No answers yet ${when}: start a round with /hadamard quiz.`,
      scores.length
        ? [
            { body: lines.join('\n') },
            {
              body: 'Points: 10 for a right answer (plus a speed bonus when the channel turns it on); the streak counts days in a row with a right answer.',
            },
          ]
        : [],
      data,
    );
    const settings = await this.settingsFor(who);
    if (settings.figures.value !== 'off')
      answer.figures = await renderVerbFigures('scores', data, withView(GroupService.runOptions(settings), who.view));
    return { answer, visibility: settings.private.value === 'on' ? 'private' : 'public' };
  }

  // ---- settings ----

  private async settings(args: string[], who: Requester): Promise<GroupReply | EngineError> {
    const [key, value] = args as [SettingKey | undefined, string | undefined];
    let changed: SettingsData['changed'];
    if (key && value !== undefined) {
      if (!((await who.canManage?.()) ?? false))
        return engineError(
          'not_allowed',
          `changing the channel's settings needs ${who.permissionName ?? 'permission to manage this channel'}; you can still see them with /hadamard settings`,
          'Ask someone who manages the channel, or show the settings: /hadamard settings',
        );
      const before = await this.settingsFor(who);
      if (value === 'default')
        await this.store.deleteSetting({ platform: who.platform, workspace: who.workspace, channel: who.channel, key });
      else
        await this.store.setSetting({
          platform: who.platform,
          workspace: who.workspace,
          channel: who.channel,
          key,
          value,
          updatedAt: this.now(),
        });
      changed = { key, value, previous: before[key].value };
      this.log.info({ key, value }, 'setting changed');
    }
    const settings = await this.settingsFor(who);
    const data: SettingsData = {
      settings,
      ...(key && !changed ? { shown: key } : {}),
      ...(changed ? { changed: { ...changed, value: settings[key!].value } } : {}),
    };
    const keys = key && !changed ? [key] : SETTING_KEYS;
    const lines = keys.map(
      (k) =>
        `- \`${k}\`: **${settings[k].value}** (${settings[k].source}) — ${SETTINGS[k].description}; ${SETTINGS[k].values}`,
    );
    const summary = changed
      ? `${changed.key} is now ${settings[changed.key].value} in this channel (was ${changed.previous}).`
      : key
        ? `${key} is ${settings[key].value} here (${settings[key].source}).`
        : "This channel's settings, and where each value comes from.";
    const answer = answerOf<SettingsData>(
      'settings',
      'Settings',
      summary,
      [
        { body: lines.join('\n') },
        {
          body: 'Change one: `/hadamard settings <key> <value>` (or `default`). Needs permission to manage the channel.',
        },
      ],
      data,
    );
    return { answer, visibility: 'private' };
  }

  // ---- forget-me ----

  private async forget(who: Requester): Promise<GroupReply> {
    const r = await this.store.forgetUser({ platform: who.platform, user: who.user });
    const data: ForgottenData = { forgotten: { rounds: r.rounds, answers: r.answers } };
    const answer = answerOf<ForgottenData>(
      'forget-me',
      'Forgotten',
      `Deleted ${r.answers} answer${r.answers === 1 ? '' : 's'} (and their points) and ${r.replies} edit link${r.replies === 1 ? '' : 's'}; ${r.rounds} quiz${r.rounds === 1 ? '' : 'zes'} you started stay for the others who answered, without your name.`,
      [
        {
          body: `This covers every channel on ${who.platform}. The bot never kept your messages' text, only ids, choices and times.`,
        },
      ],
      data,
    );
    return { answer, visibility: 'private' };
  }
}

/** A group verb while the store does not answer: what happened to the request, and that computing still works. */
export function unavailable(verb: string): EngineError {
  const what =
    verb === 'answer'
      ? 'Your answer could not be recorded: the quiz store is not answering right now. Try again in a minute; if your answer did get through, it will say so then.'
      : verb === 'forget-me'
        ? 'forget-me could not be confirmed: the store is not answering right now. Run it again in a minute.'
        : `${verb} needs the study-group store, which is not answering right now: quizzes, scores and settings are unavailable for a moment.`;
  return engineError('unavailable', `${what} Computations still work.`);
}

/** How long a channel's settings, once read, stand in for the store while it is down. */
const LAST_KNOWN_MS = 24 * 60 * 60_000;
/** Channels whose last settings each instance keeps (least recently read out first). */
const LAST_KNOWN_SCOPES = 5_000;

function scopeKey(s: Scope): string {
  return `${s.platform}\u0000${s.workspace}\u0000${s.channel}`;
}

/** A channel's rows (workspace and channel scope) → every setting's value and where it comes from. */
function effectiveSettings(rows: SettingRow[]): EffectiveSettings {
  const out = {} as EffectiveSettings;
  for (const key of SETTING_KEYS) {
    const channel = rows.find((r) => r.scope === 'channel' && r.key === key);
    const workspace = rows.find((r) => r.scope === 'workspace' && r.key === key);
    out[key] = channel
      ? { value: channel.value, source: 'channel' }
      : workspace
        ? { value: workspace.value, source: 'workspace' }
        : { value: SETTINGS[key].default, source: 'default' };
  }
  return out;
}

/**
 * The question of a stored round, regenerated from its seed (the store keeps no text). Regenerating runs the engine's
 * verbs (about a tenth of a click's CPU), so recent questions are remembered: a cache of pure, derived data (the same
 * seed always gives the same question), bounded to QUESTION_CACHE entries, never state two instances must share.
 */
const QUESTION_CACHE = 256;
const questions = new Map<string, QuizQuestion>();

function questionOf(round: Round): QuizQuestion {
  const key = `${round.seed}:${round.topic}:${round.level}`;
  const hit = questions.get(key);
  if (hit) {
    questions.delete(key); // most recently used last
    questions.set(key, hit);
    return hit;
  }
  const q = generateQuiz({
    seed: round.seed,
    topic: round.topic as QuizQuestion['topic'],
    level: round.level as QuizQuestion['level'],
  });
  questions.set(key, q);
  if (questions.size > QUESTION_CACHE) questions.delete(questions.keys().next().value!);
  return q;
}

function quizHeadline(q: QuizQuestion): string {
  return `${q.level[0].toUpperCase()}${q.level.slice(1)} question — ${QUIZ_TOPIC_TEXT[q.topic] ?? q.topic} — ${q.choices.length} choices, one answer each.`;
}
