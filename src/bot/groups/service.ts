/**
 * The study-group service (DESIGN §9, §12): quizzes, answers, reveals, scores, settings and forget-me, schedules and
 * pinned boards, and each user's progress (`me`), private practice rounds (`practice`) and the managers' class view
 * (`class`, `class export`), over the store. Shared by every adapter and the CLI: adapters only draw buttons, forward
 * clicks, edit messages and post in channels (a channel poster each). Every decision that two instances must agree on
 * (the first answer of a user, the closing of a round, a schedule's due run, a pinned board's edit) is the store's,
 * atomically; this class keeps no state of its own beyond its configuration and its sweeper and tick timers.
 *
 * One quiz, one story: an answer's points are `pending` until its round closes (the feedback says when), the board
 * ranks counted points with shared ranks (1, 1, 3) in its text, data and figure alike, the question shows its
 * choices once (as buttons where the surface has them, as a list where it has not) and, edited by the adapters, how
 * many have answered (never what).
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import {
  MAX_QUIZ_SEED,
  SETTINGS,
  SETTING_KEYS,
  answerLocale,
  settingDescription,
  settingValues,
  engineError,
  generateQuiz,
  parseCommand,
  verbSpec,
  quizRequestFromArgs,
  renderVerbFigures,
  type Answer,
  type AnswerData,
  type Command,
  type EngineError,
  type ClassData,
  type ForgottenData,
  type MeData,
  type MisconceptionCount,
  type QuizData,
  type QuizQuestion,
  type Reply,
  type RevealData,
  type RunOptions,
  type ScheduleData,
  type ScheduleEvery,
  type ScheduleRow,
  type ScoresData,
  type Section,
  type SettingKey,
  type SettingsData,
  type WeekDay,
  type TopicTally,
  QUIZ_TOPICS,
  misconceptionLabel,
  type QuizLevel,
  type QuizTopic,
} from '../../engine/index.js';
import { resolveLocale, translator, withLocale, type Locale } from '../../engine/index.js';
import { isStoreUnavailable } from '../../store/guard.js';
import type {
  AnswerRecord,
  Identity,
  PinnedBoard,
  ReplyLink,
  ReplyLookup,
  Round,
  Schedule,
  Scope,
  SettingRow,
  Store,
} from '../../store/types.js';
import {
  catchUpRun,
  dateLocale,
  isMonday,
  localTime,
  nextRunAfter,
  startOfWeek as weekStartIn,
  weekOf,
  type Recurrence,
} from './calendar.js';

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
  /**
   * The surface draws a quiz's choices as buttons (Slack, Discord, the local page): the question then does not list
   * them again, and speaks of buttons. Without it (the CLI) the choices are listed and answered by command.
   */
  buttons?: boolean;
  /**
   * The languages the platform tells (issue 21): `user`, the asker's own (Discord's interaction locale, Slack's
   * `users.info` locale, the page's browser or selector, the CLI's --locale); `place`, the server's (Discord's
   * guild_locale). A private reply is in the asker's; a public post in the channel's `language` setting when it has
   * one, else the server's, else the asker's; English when none is spoken.
   */
  locale?: { user?: string; place?: string };
  /**
   * Learns `locale` when the platform must be asked (Slack's users.info): the dispatcher calls it inside the
   * command's tracked work, so a shutdown waits for it like for the rest of the command.
   */
  loadLocale?: () => Promise<void>;
}

/** The language of a reply to `who`: see Requester.locale; `channel` is the channel's `language` setting. */
export function replyLocale(
  who: Pick<Requester, 'locale'> | undefined,
  channel: string | undefined,
  privately: boolean,
): string | undefined {
  if (privately) return who?.locale?.user ?? channel ?? who?.locale?.place;
  return channel ?? who?.locale?.place ?? who?.locale?.user;
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
  /**
   * A reveal: the round's question message, to edit into the answer (null: post the reveal instead); `locale`, the
   * language the reveal is in when not English (the adapter's own words around it follow it).
   */
  reveal?: { roundId: string; messageRef: string | null; platform: string; locale?: Locale };
  /**
   * An answer to a round: the choice that stands (the user's first), to show them marked privately; `recorded` when
   * this call counted it (then the adapters update the question's count of answers, throttled).
   */
  marked?: {
    roundId: string;
    choice: string;
    choices: QuizData['quiz']['choices'];
    recorded: boolean;
    practice: boolean;
    /** The language of the reply (the presser's) when not English: the adapter's words around the choices follow it. */
    locale?: Locale;
  };
}

/** An adapter that can show a reveal where the question was (one per platform, on each instance that runs it). */
export interface RevealPublisher {
  platform: string;
  publish(round: Round, reply: GroupReply): Promise<void>;
}

/**
 * Posts in a channel when no request is being answered: a scheduled run, a pinned board (one per platform, registered
 * by its adapter on each instance that runs it, and by the CLI for `--run-due`).
 */
export interface ChannelPoster {
  platform: string;
  /**
   * Posts the reply publicly in the channel (a quiz with its buttons); resolves to the message's reference.
   * `editable`: the message will be edited later (a pinned board), so all of it must be in the message itself (Slack
   * cannot change files shared under a message: none are).
   */
  post(scope: Scope, reply: GroupReply, options?: { editable?: boolean }): Promise<string | undefined>;
  /** Edits a message `post` made; `false` when it is gone (deleted), so it is posted anew. */
  edit(scope: Scope, messageRef: string, reply: GroupReply): Promise<boolean>;
  /** Display names for user ids on a board (optional: ids are shown without it). */
  names?(scope: Scope, users: string[]): Promise<Record<string, string>>;
}

/** One scheduled run this instance made (`--run-due` prints them). */
export interface ScheduledRun {
  scheduleId: string;
  platform: string;
  channel: string;
  command: string;
  /** Whether the command ran and its answer was posted. */
  ok: boolean;
  /** The run's due instant (epoch ms): the schedule's time, or the one catch-up after downtime. */
  dueAt: number;
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
/** A practice round stays open this long for its one player (it closes as soon as they answer). */
export const PRACTICE_SECONDS = 600;
/** `me` reads at most this many of a user's answers in a channel (the most recent). */
export const ME_MAX_ANSWERS = 5_000;
/** `class export` sends at most this many answers (the most recent), and says so when there were more. */
export const EXPORT_MAX_ROWS = 50_000;
/** Misconceptions `me` and `class` list, most chosen first. */
const TOP_MISCONCEPTIONS = 5;
const DAY_MS = 86_400_000;

/** Monday 00:00 of the week containing `now`, in the channel's time zone (UTC by default; calendar.ts). */
export function startOfWeek(now: number, timeZone = 'UTC'): number {
  return weekStartIn(now, timeZone);
}

/** Schedules a channel may have. */
export const MAX_SCHEDULES_PER_CHANNEL = 10;
/** After downtime, a missed run younger than this is made up (once); older ones are skipped. */
export const CATCH_UP_GRACE_MS = 60 * 60_000;
/** A pinned board's message is edited at most once per this period (across instances: the store decides). */
export const PIN_THROTTLE_MS = 30_000;
/** How often each instance looks for due schedules and stale pinned boards. */
export const TICK_EVERY_MS = 10_000;
/**
 * Verbs a schedule does not run: a schedule inside a schedule, and the verbs that answer one person privately or act
 * for them (a scheduled run posts publicly and has no user).
 */
const NOT_SCHEDULABLE = new Set(['schedule', 'answer', 'reveal', 'settings', 'forget-me', 'me', 'practice', 'class']);

/** `s` and 6 lower-case letters or digits (the store refuses one that collides, and another is drawn). */
export function newScheduleId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return 's' + [...randomBytes(6)].map((b) => alphabet[b % 36]).join('');
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
  private readonly posters = new Map<string, ChannelPoster>();
  private ticker: NodeJS.Timeout | undefined;
  private ticking: Promise<ScheduledRun[]> | undefined;

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
        if (args[1] === 'pin') return this.pinScores(args[0] === 'all' ? 'all' : 'week', who);
        return this.scores(args[0] === 'all' ? 'all' : 'week', who);
      case 'schedule':
        return this.schedule(args, who);
      case 'settings':
        return this.settings(args, who);
      case 'forget-me':
        return this.forget(who);
      case 'me':
        return this.me(who);
      case 'practice':
        return this.practice(args, who);
      case 'class':
        return args[0] === 'export' ? this.classExport(who) : this.classView(who);
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
      // The channel's language, when it has one; otherwise the caller's (the platform's) stays.
      ...(s.language && s.language.value !== 'default' ? { locale: s.language.value } : {}),
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
    const settings = await this.settingsFor(who);
    // A question posted in the channel: in the channel's language (quizLocale).
    const locale = quizLocale(who, GroupService.runOptions(settings).locale, false);
    return this.startRound(who, request, Number(settings.quiz_seconds.value), false, locale);
  }

  /** Creates a round (a channel's quiz, or one user's practice) and its question as posted. */
  private async startRound(
    who: Requester,
    request: { topic?: QuizTopic; level?: QuizLevel; seed?: number },
    seconds: number,
    practice: boolean,
    locale: Locale = 'en',
  ): Promise<GroupReply> {
    const seed = request.seed ?? randomInt(0, MAX_QUIZ_SEED + 1);
    const q = withLocale(locale, () => generateQuiz({ seed, topic: request.topic, level: request.level }));
    const now = this.now();
    const closesAt = now + seconds * 1000;
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
      practice,
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
      ...(practice ? { practice: true as const } : {}),
    };
    if (!practice) rememberRoundLocale(id, locale);
    const answer = quizAnswer(quiz, q, { buttons: who.buttons === true, now, prefix: commandPrefix(who), locale });
    this.log.info(
      { quiz: id, topic: q.topic, level: q.level, closesAt, practice },
      practice ? 'practice started' : 'quiz started',
    );
    return { answer, visibility: practice ? 'private' : 'public', quiz };
  }

  /**
   * The question message of an open channel round as it reads now, with how many have answered (never what): what
   * adapters edit the posted question into after answers (throttled). Undefined once the round is closed, for a
   * practice round, and where no message was posted.
   */
  async quizMessage(roundId: string): Promise<{ round: Round; answer: Answer; quiz: QuizData['quiz'] } | undefined> {
    const round = await this.store.getRound(roundId);
    if (!round || round.closedAt !== null || round.practice || !round.messageRef) return undefined;
    const answered = (await this.store.roundAnswers(roundId)).length;
    const locale = await this.roundLocale(round);
    const q = questionOf(round, locale);
    const quiz: QuizData['quiz'] = {
      id: round.id,
      topic: q.topic,
      level: q.level,
      seed: q.seed,
      question: q.question,
      choices: q.choices,
      closesAt: round.closesAt,
      answered,
    };
    const answer = quizAnswer(quiz, q, { buttons: true, now: this.now(), prefix: '/hadamard', locale });
    return { round, answer, quiz };
  }

  /** The channel's `language` setting, when it has one. */
  private async channelLanguage(scope: Scope): Promise<string | undefined> {
    return GroupService.runOptions(await this.settingsFor(scope)).locale;
  }

  /**
   * The language a channel round's question was posted in: remembered by the instance that posted it, else the
   * channel's `language` setting, else English (the server's or asker's language is known only with a request).
   */
  private async roundLocale(round: Round): Promise<Locale> {
    const known = roundLocales.get(round.id);
    if (known) return known;
    return resolveLocale(round.practice ? undefined : await this.channelLanguage(round)) ?? 'en';
  }

  // ---- answer ----

  private async answer(quizId: string, choice: string, who: Requester): Promise<GroupReply | EngineError> {
    // A private reply: in the presser's language (quizLocale).
    const locale = quizLocale(who, who.locale?.user ? undefined : await this.channelLanguage(who), true);
    const tr = translator(locale);
    const round = await this.store.getRound(quizId);
    // Someone else's practice round is nobody else's business: it reads as no quiz at all.
    if (!round || (round.practice && round.createdBy !== who.user))
      return engineError('bad_argument', tr('quiz.noQuiz', { id: quizId }), tr('quiz.startOne'));
    if (!round.choiceIds.includes(choice))
      return engineError(
        'bad_argument',
        tr('quiz.notAChoice', { id: quizId, choices: round.choiceIds.join(', '), choice }),
        tr('quiz.example', { example: `/hadamard answer ${quizId} ${round.choiceIds[0]}` }),
      );
    const now = this.now();
    const correct = choice === round.correctChoice;
    const q = questionOf(round, locale);
    const settings = await this.settingsFor(round);
    const bonus =
      correct && !round.practice && settings.speed_bonus.value === 'on'
        ? Math.round((SPEED_BONUS * Math.max(0, round.closesAt - now)) / Math.max(1, round.closesAt - round.createdAt))
        : 0;
    // Practice earns no points: it is the player's own, off the board.
    const points = correct && !round.practice ? POINTS_CORRECT + bonus : 0;
    const result = await this.store.recordAnswer({
      roundId: quizId,
      user: who.user,
      choice,
      correct,
      points,
      answeredAt: now,
      misconception: correct ? null : (q.misconceptions[choice]?.id ?? null),
    });
    if (result.outcome === 'closed')
      return engineError(
        'bad_argument',
        tr('quiz.closed', { id: quizId }),
        round.practice ? tr('quiz.practiseAgain') : tr('quiz.startNext'),
      );
    if (result.outcome === 'no-round')
      return engineError('bad_argument', tr('quiz.noQuiz', { id: quizId }), tr('quiz.startOne'));
    const first = result.answer;
    const seconds = Math.max(0, Math.ceil((round.closesAt - now) / 1000));
    const mistake = first.correct ? undefined : q.misconceptions[first.choice];
    const data: AnswerData['result'] = {
      quizId,
      choice: first.choice,
      correct: first.correct,
      points: result.outcome === 'already' ? 0 : first.points,
      already: result.outcome === 'already',
      feedback: q.feedback[first.choice] ?? '',
      pending: !round.practice,
      closesAt: round.closesAt,
      ...(mistake ? { misconception: { id: mistake.id, label: mistake.label } } : {}),
      ...(round.practice ? { practice: true as const } : {}),
    };
    let summary: string;
    if (result.outcome === 'already') summary = tr('quiz.already', { choice: first.choice });
    else if (round.practice)
      summary = correct ? tr('quiz.practiceRight', { choice }) : tr('quiz.practiceWrong', { choice });
    else
      summary = correct
        ? tr(bonus ? 'quiz.rightBonus' : 'quiz.right', {
            choice,
            points,
            count: String(points),
            bonus: String(bonus),
            seconds: String(seconds),
          })
        : tr('quiz.wrong', { choice, seconds: String(seconds) });
    const sections: Section[] = data.feedback ? [{ body: data.feedback }] : [];
    let reveal: RevealData['reveal'] | undefined;
    let figures: Answer['figures'] = [];
    if (round.practice && result.outcome === 'recorded') {
      // The one player has answered: the practice round closes now, and its reveal is theirs alone.
      await this.store.claimClose(round.id, now);
      const shown = await this.revealOf({ ...round, closedAt: now }, 'reveal', undefined, locale);
      reveal = (shown.answer.data as unknown as RevealData).reveal;
      // The answer, why, and the worked command (the question and the tally are the player's own already).
      sections.push(
        { body: tr('quiz.theAnswer', { choice: reveal.correctChoice, label: reveal.correctLabel }) },
        ...shown.answer.sections.slice(2),
      );
      figures = shown.answer.figures;
    } else if (!round.practice && result.outcome === 'already' && round.closedAt === null)
      sections.push({ body: tr('quiz.countsOnce', { seconds: String(seconds) }) });
    const answer = answerOf<AnswerData>(
      'answer',
      round.practice ? tr('quiz.yourPracticeAnswer', { id: quizId }) : tr('quiz.yourAnswer', { id: quizId }),
      summary,
      sections,
      { result: data, ...(reveal ? { reveal } : {}) },
    );
    answer.figures = figures;
    return {
      answer,
      visibility: 'private',
      marked: {
        roundId: quizId,
        choice: first.choice,
        choices: q.choices,
        recorded: result.outcome === 'recorded',
        practice: round.practice,
        ...(locale !== 'en' ? { locale } : {}),
      },
    };
  }

  // ---- reveal ----

  private async revealCommand(quizId: string, who: Requester): Promise<GroupReply | EngineError> {
    // What only the asker sees is in their language; a reveal posted in the channel, in the question's (roundLocale).
    const channel = await this.channelLanguage(who);
    const own = quizLocale(who, channel, true);
    const tr = translator(own);
    const round = await this.store.getRound(quizId);
    if (!round || (round.practice && round.createdBy !== who.user))
      return engineError('bad_argument', tr('quiz.noQuiz', { id: quizId }), tr('quiz.startOne'));
    const now = this.now();
    if (round.practice) {
      // A practice round is revealed to its player, privately, whenever they ask (it closes then if still open).
      if (round.closedAt === null) await this.store.claimClose(quizId, now);
      const reply = await this.revealOf({ ...round, closedAt: round.closedAt ?? now }, 'reveal', undefined, own);
      return { ...reply, visibility: 'private', reveal: undefined };
    }
    if (round.closedAt === null && now < round.closesAt) {
      // Early: the one who started it, or someone who may manage the channel.
      const allowed = round.createdBy === who.user || (await who.canManage?.()) === true;
      if (!allowed)
        return engineError(
          'not_allowed',
          who.permissionName
            ? tr('quiz.notYoursPermission', {
                id: quizId,
                seconds: String(Math.ceil((round.closesAt - now) / 1000)),
                permission: who.permissionName,
              })
            : tr('quiz.notYours', { id: quizId, seconds: String(Math.ceil((round.closesAt - now) / 1000)) }),
          tr('quiz.waitOrAnswer', { id: quizId }),
        );
    }
    const won = round.closedAt === null ? await this.store.claimClose(quizId, now) : false;
    const reply = await this.revealOf(
      (await this.store.getRound(quizId)) ?? round,
      won ? 'reveal' : 'time',
      who.view,
      won ? (roundLocales.get(round.id) ?? quizLocale(who, channel, false)) : own,
    );
    // The first to close it posts it for everyone (the question message is edited); asking again after shows
    // the reveal privately, so nothing is posted twice.
    return won ? reply : { ...reply, visibility: 'private', reveal: undefined };
  }

  /**
   * The reveal of a closed round: the right choice, who got it, the counts and the worked solution's figure (drawn
   * as `view` asks when the reveal answers someone's command, else as the channel's settings say), in `locale`, by
   * default the language the question was posted in (roundLocale).
   */
  async revealOf(round: Round, closedBy: 'time' | 'reveal', view?: FigureView, locale?: Locale): Promise<GroupReply> {
    locale ??= await this.roundLocale(round);
    const tr = translator(locale);
    const q = questionOf(round, locale);
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
      ? tr('quiz.gotIt', { names: right.map((a) => mention(round.platform, a.user, names)).join(', ') })
      : tr('quiz.nobodyGotIt');
    const tally = round.choiceIds.map((c) => `${c}) ${counts[c]}`).join(' · ');
    const settings = await this.settingsFor(round);
    // The worked solution in the reveal's language too (as far as its verb is translated).
    const worked = await this.options.runWorked(q.worked, {
      ...withView(GroupService.runOptions(settings), view),
      locale,
    });
    const answer = answerOf<RevealData>(
      'reveal',
      tr('quiz.revealTitle', { id: round.id }),
      `${tr('quiz.theAnswer', { choice: round.correctChoice, label })} ${tr('quiz.tally', { right: String(right.length), answered: String(answers.length) })}`,
      [
        { body: q.question },
        { body: `${got}\n${tr('quiz.answers', { tally })}` },
        { heading: tr('quiz.why'), body: q.explanation },
        { body: tr('quiz.worked', { command: `\`/hadamard ${q.worked}\`` }) },
      ],
      { reveal: data },
    );
    if (worked.ok) answer.figures = worked.figures;
    return {
      answer,
      visibility: 'public',
      reveal: {
        roundId: round.id,
        messageRef: round.messageRef,
        platform: round.platform,
        ...(locale !== 'en' ? { locale } : {}),
      },
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
      // A practice round left unanswered closes quietly: its question was private, so is its end (`reveal <id>`
      // still shows it to its player).
      if (!round.practice) await this.publishClosed({ ...round, closedAt: now });
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
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    await this.sweeping;
    await this.ticking;
  }

  // ---- scores ----

  /** `window`: a given week (a scheduled `scores week` on a Monday shows the week that just ended). */
  private async scores(period: 'week' | 'all', who: Requester, window?: BoardWindow): Promise<GroupReply> {
    const settings = await this.settingsFor(who);
    // The week starts on Monday 00:00 in the channel's time zone.
    const zone = settings.timezone.value;
    const visibility = settings.private.value === 'on' ? 'private' : 'public';
    const locale = groupsLocale(who, settings, visibility === 'private');
    return withLocale(locale, () => this.scoresIn(locale, settings, zone, period, who, window));
  }

  private async scoresIn(
    locale: Locale,
    settings: EffectiveSettings,
    zone: string,
    period: 'week' | 'all',
    who: Requester,
    window?: BoardWindow,
  ): Promise<GroupReply> {
    const tr = translator(locale);
    const now = this.now();
    const rows = await this.store.leaderboard({
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      since: window?.since ?? (period === 'week' ? startOfWeek(now, zone) : undefined),
      until: window?.until,
      limit: 10,
      now,
    });
    const names: Record<string, string> =
      rows.length && who.names ? await who.names(rows.map((r) => r.user)).catch(() => ({})) : {};
    const ranked = competitionRanks(rows.map((r) => r.points));
    const scores = rows.map((r, i) => ({ ...r, rank: ranked[i], ...(names[r.user] ? { name: names[r.user] } : {}) }));
    const visibility = settings.private.value === 'on' ? 'private' : 'public';
    // "You" only where the asker alone reads it: a private reply, the CLI, the local page. A board posted in a
    // channel names everyone, the asker too.
    const personal = visibility === 'private' || who.platform === 'cli' || who.platform === 'local';
    const you = personal && scores.some((r) => r.user === who.user) ? who.user : undefined;
    const data: ScoresData = { period, scores, ...(you ? { you } : {}) };
    const youWord = tr('scores.you');
    const name = (user: string): string => (user === you ? youWord : mention(who.platform, user, names));
    const lines = scores.map((r) => {
      const counted =
        r.answered === 0 && r.pendingAnswers > 0
          ? tr('scores.nothingCounted')
          : tr(r.streak ? 'scores.countedStreak' : 'scores.counted', {
              correct: r.correct,
              answered: r.answered,
              streak: r.streak,
            });
      const pending = r.pending
        ? tr('scores.pendingPoints', { pending: r.pending })
        : r.pendingAnswers
          ? tr('scores.pendingAnswers', { answers: r.pendingAnswers })
          : '';
      return tr('scores.line', { rank: r.rank, name: name(r.user), points: r.points, pending, counted });
    });
    const when = window
      ? window.final !== undefined
        ? tr('scores.when.weekOf', { date: weekDay(window.final, zone, locale) })
        : tr('scores.when.week')
      : period === 'week'
        ? tr('scores.when.week')
        : tr('scores.when.all');
    const mine = scores.find((r) => r.user === who.user);
    const answer = answerOf<ScoresData>(
      'scores',
      tr('scores.title', { when }),
      scores.length
        ? tr('scores.summary', { players: scores.length, when, lead: leadWords(scores, name, youWord, tr) }) +
            (mine?.pending && you
              ? tr('scores.minePending', { pending: mine.pending, answers: mine.pendingAnswers })
              : '')
        : tr('scores.empty', { when }),
      scores.length ? [{ body: lines.join('\n') }, { body: tr('scores.rules') }] : [],
      data,
    );
    if (settings.figures.value !== 'off')
      answer.figures = await renderVerbFigures('scores', data, {
        ...withView(GroupService.runOptions(settings), who.view),
        locale,
      });
    return { answer, visibility };
  }

  // ---- settings ----

  private async settings(args: string[], who: Requester): Promise<GroupReply | EngineError> {
    const [key, value] = args as [SettingKey | undefined, string | undefined];
    let changed: SettingsData['changed'];
    // A private reply: in the asker's language (else the channel's); after a change of `language`, the new one.
    let tr = translator(groupsLocale(who, await this.settingsFor(who), true));
    if (key && value !== undefined) {
      if (!((await who.canManage?.()) ?? false))
        return engineError(
          'not_allowed',
          tr('settings.notAllowed', { permission: permissionWords(who, tr) }),
          tr('settings.notAllowedHint'),
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
      // The channel's schedules keep their local times in the new zone.
      if (key === 'timezone') await this.retimeSchedules(who);
    }
    const settings = await this.settingsFor(who);
    const locale = groupsLocale(who, settings, true);
    tr = translator(locale);
    const data: SettingsData = {
      settings,
      ...(key && !changed ? { shown: key } : {}),
      ...(changed ? { changed: { ...changed, value: settings[key!].value } } : {}),
    };
    const keys = key && !changed ? [key] : SETTING_KEYS;
    const source = (k: SettingKey): string => tr(SETTING_SOURCES[settings[k].source]);
    const lines = withLocale(locale, () =>
      keys.map((k) =>
        tr('settings.line', {
          key: k,
          value: settings[k].value,
          source: source(k),
          description: settingDescription(k),
          values: settingValues(k),
        }),
      ),
    );
    const summary = changed
      ? tr('settings.changed', {
          key: changed.key,
          value: settings[changed.key].value,
          previous: changed.previous,
        })
      : key
        ? tr('settings.shown', { key, value: settings[key].value, source: source(key) })
        : tr('settings.all');
    const answer = answerOf<SettingsData>(
      'settings',
      tr('settings.title'),
      summary,
      [{ body: lines.join('\n') }, { body: tr('settings.howToChange') }],
      data,
    );
    return { answer, visibility: 'private' };
  }

  // ---- forget-me ----

  private async forget(who: Requester): Promise<GroupReply> {
    const r = await this.store.forgetUser({ platform: who.platform, user: who.user });
    // What a user's settings would be is the channel's: read after the deletion, with the fallback if it is down.
    const tr = translator(groupsLocale(who, await this.settingsOrFallback(who), true));
    const data: ForgottenData = {
      forgotten: {
        rounds: r.rounds,
        answers: r.answers,
        pending: r.pending,
        practiceRounds: r.practiceRounds,
        replies: r.replies,
      },
    };
    const answer = answerOf<ForgottenData>(
      'forget-me',
      tr('forget.title'),
      tr('forget.summary', {
        answers: r.answers,
        practice: r.practiceRounds,
        replies: r.replies,
        rounds: r.rounds,
      }),
      [{ body: tr('forget.body', { platform: who.platform }) }],
      data,
    );
    return { answer, visibility: 'private' };
  }

  // ---- schedules (DESIGN §12): a command a channel runs by itself ----

  /** Registers how this instance posts in a platform's channels (scheduled runs, pinned boards). */
  registerPoster(p: ChannelPoster): void {
    this.posters.set(p.platform, p);
  }

  /** The platforms this instance can post to (and so runs the schedules and refreshes the pins of). */
  get postingPlatforms(): string[] {
    return [...this.posters.keys()];
  }

  private async schedule(args: string[], who: Requester): Promise<GroupReply | EngineError> {
    const [action] = args;
    const locale = groupsLocale(who, await this.settingsFor(who), true);
    const tr = translator(locale);
    if (action === 'add' || action === 'remove') {
      // Default-closed: a requester the platform says nothing about may not change the channel's schedules.
      if (!((await who.canManage?.()) ?? false))
        return engineError(
          'not_allowed',
          tr('schedule.notAllowed', { permission: permissionWords(who, tr) }),
          tr('schedule.notAllowedHint'),
        );
      return action === 'add' ? this.addSchedule(args, who, locale) : this.removeSchedule(args[1], who, locale);
    }
    const schedules = await this.store.listSchedules(who);
    const rows = schedules.map(scheduleRow);
    const answer = answerOf<ScheduleData>(
      'schedule',
      tr('schedule.title'),
      rows.length ? tr('schedule.count', { n: rows.length, max: MAX_SCHEDULES_PER_CHANNEL }) : tr('schedule.none'),
      [
        ...(rows.length ? [{ body: rows.map((r) => `- ${scheduleLine(r, locale)}`).join('\n') }] : []),
        { body: tr('schedule.howTo') },
      ],
      { schedules: rows },
    );
    return { answer, visibility: 'private' };
  }

  private async addSchedule(args: string[], who: Requester, locale: Locale): Promise<GroupReply | EngineError> {
    const [, every, day, at, command] = args as [string, ScheduleEvery, WeekDay | '', string, string];
    const tr = translator(locale);
    // The grammar checks the command now, so a schedule never fails at 09:00 for a typo made at noon (its words
    // read in the asker's language, so its error is too).
    const parsed = parseCommand(command, { locale });
    if (!parsed.ok)
      return engineError(
        parsed.code,
        tr('schedule.badCommand', { message: parsed.message }),
        tr('schedule.badCommandHint', { hint: parsed.hint ?? '' }),
      );
    const verb = parsed.value.verb;
    if (NOT_SCHEDULABLE.has(verb) || (verb === 'scores' && parsed.value.args?.[1] === 'pin'))
      return engineError(
        'bad_argument',
        verb === 'scores' ? tr('schedule.notSchedulablePin') : tr('schedule.notSchedulable', { verb }),
        tr('schedule.notSchedulableHint'),
      );
    const timezone = (await this.settingsFor(who)).timezone.value;
    const now = this.now();
    const rule: Recurrence = { every, day: day || null, at };
    const row = (id: string): Schedule => ({
      id,
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      every,
      day: day || null,
      at,
      timezone,
      command,
      createdAt: now,
      nextRunAt: nextRunAfter(rule, timezone, now),
    });
    let schedule = row(newScheduleId());
    let outcome = await this.store.createSchedule(schedule, MAX_SCHEDULES_PER_CHANNEL);
    if (outcome === 'exists') {
      schedule = row(newScheduleId());
      outcome = await this.store.createSchedule(schedule, MAX_SCHEDULES_PER_CHANNEL);
    }
    if (outcome === 'full')
      return engineError('too_large', tr('schedule.full', { max: MAX_SCHEDULES_PER_CHANNEL }), tr('schedule.fullHint'));
    if (outcome !== 'created') throw new Error('could not create a schedule');
    this.log.info({ schedule: schedule.id, every, verb, nextRunAt: schedule.nextRunAt }, 'schedule added');
    const data = scheduleRow(schedule);
    const answer = answerOf<ScheduleData>(
      'schedule',
      tr('schedule.addedTitle', { id: schedule.id }),
      tr('schedule.added', {
        command,
        when: scheduleWhen(data, locale),
        time: localTime(schedule.nextRunAt, timezone, locale),
      }),
      [{ body: tr('schedule.addedBody', { id: schedule.id }) }],
      { schedule: data },
    );
    return { answer, visibility: 'private' };
  }

  private async removeSchedule(id: string, who: Requester, locale: Locale): Promise<GroupReply | EngineError> {
    const tr = translator(locale);
    if (!(await this.store.deleteSchedule(who, id)))
      return engineError('bad_argument', tr('schedule.noSuch', { id }), tr('schedule.noSuchHint'));
    this.log.info({ schedule: id }, 'schedule removed');
    const answer = answerOf<ScheduleData>(
      'schedule',
      tr('schedule.removedTitle', { id }),
      tr('schedule.removed', { id }),
      [],
      { removed: { id } },
    );
    return { answer, visibility: 'private' };
  }

  /** The channel's time zone changed: each schedule keeps its local time, read in the new zone from now on. */
  private async retimeSchedules(scope: Scope): Promise<void> {
    const timezone = (await this.settingsFor(scope)).timezone.value;
    const now = this.now();
    for (const s of await this.store.listSchedules(scope))
      await this.store.retimeSchedule(s.id, timezone, nextRunAfter(recurrenceOf(s), timezone, now));
  }

  /**
   * One tick: runs the due schedules of the platforms this instance posts to, and refreshes their stale pinned
   * boards. Each due slot is decided once across every instance (the store's claim): the instance that wins it runs
   * the command and posts the answer; a slot missed by more than CATCH_UP_GRACE_MS (downtime) is skipped, so a long
   * outage ends with at most one catch-up per schedule, never a burst. Returns the runs this instance made.
   */
  tick(now = this.now()): Promise<ScheduledRun[]> {
    // One tick at a time per instance; other instances are kept out by the store's claims.
    this.ticking ??= this.tickOnce(now).finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async tickOnce(now: number): Promise<ScheduledRun[]> {
    const platforms = this.postingPlatforms;
    if (platforms.length === 0) return [];
    const ran: ScheduledRun[] = [];
    for (const s of await this.store.dueSchedules(now, platforms, TICK_BATCH)) {
      const rule = recurrenceOf(s);
      const dueAt =
        now - s.nextRunAt <= CATCH_UP_GRACE_MS
          ? s.nextRunAt
          : (catchUpRun(rule, s.timezone, now, CATCH_UP_GRACE_MS) ?? null);
      const won = await this.store.claimScheduleRun({
        scheduleId: s.id,
        slot: s.nextRunAt,
        dueAt,
        nextRunAt: nextRunAfter(rule, s.timezone, Math.max(now, s.nextRunAt)),
        now,
      });
      if (dueAt === null)
        this.log.info({ schedule: s.id, missed: s.nextRunAt }, 'scheduled run skipped: missed by too long');
      if (!won || dueAt === null) continue;
      ran.push({
        scheduleId: s.id,
        platform: s.platform,
        channel: s.channel,
        command: s.command,
        ok: await this.runScheduled(s, dueAt),
        dueAt,
      });
    }
    await this.refreshPins(now).catch((err: unknown) => {
      if (isStoreUnavailable(err)) throw err;
      this.log.error({ err }, 'pinned boards: refresh failed');
    });
    return ran;
  }

  /** Runs a schedule's command for `dueAt` and posts its answer in the channel; false when either failed. */
  private async runScheduled(s: Schedule, dueAt: number): Promise<boolean> {
    const poster = this.posters.get(s.platform)!;
    const who = this.channelRequester(s, `schedule:${s.id}`);
    try {
      const parsed = parseCommand(s.command);
      let reply: GroupReply | EngineError;
      if (!parsed.ok) reply = parsed;
      else if (verbSpec(parsed.value.verb).group) {
        const args = parsed.value.args ?? [];
        // A scheduled `scores week` run on a Monday (in the channel's zone) posts the final board of the week that
        // just ended; on other days, the week so far.
        reply =
          parsed.value.verb === 'scores' && args[0] !== 'all' && args[1] !== 'pin'
            ? await this.scores('week', who, scheduledWeek(dueAt, s.timezone))
            : await this.handle(parsed.value, who);
      } else {
        const settings = await this.settingsOrFallback(s);
        const answer = await this.options.runWorked(s.command, GroupService.runOptions(settings));
        reply = answer.ok ? { answer, visibility: 'public' } : answer;
      }
      if ('code' in reply) {
        this.log.warn({ schedule: s.id, code: reply.code }, 'scheduled command failed');
        return false;
      }
      // In the language of the post (the channel's `language`, when the verb is translated: never two languages).
      const footer = parsed.ok ? groupsLocale(undefined, await this.settingsOrFallback(s), false) : 'en';
      reply.answer.sections.push({
        body: translator(footer)('schedule.footer', {
          when: scheduleWhen(scheduleRow(s), footer),
          id: s.id,
          command: s.command,
        }),
      });
      const ref = await poster.post(s, { ...reply, visibility: 'public' });
      if (reply.quiz && ref) await this.attachMessage(reply.quiz.id, ref);
      this.log.info({ schedule: s.id, platform: s.platform, dueAt }, 'scheduled run posted');
      return true;
    } catch (err) {
      if (isStoreUnavailable(err)) this.log.warn({ schedule: s.id }, 'scheduled run lost: the store stopped answering');
      else this.log.error({ err, schedule: s.id }, 'scheduled run failed');
      return false;
    }
  }

  /** Who a scheduled run or a pinned board acts as: the channel itself (no user, no permissions). */
  private channelRequester(scope: Scope, user: string): Requester {
    const poster = this.posters.get(scope.platform);
    const { platform, workspace, channel } = scope;
    return {
      platform,
      workspace,
      channel,
      user,
      canManage: async () => false,
      ...(poster?.names ? { names: (ids: string[]) => poster.names!({ platform, workspace, channel }, ids) } : {}),
    };
  }

  /** Looks for due schedules and stale pins every `intervalMs` (unref'd: it never keeps the process alive). */
  startTicker(intervalMs = TICK_EVERY_MS): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => {
      this.tick().catch((err: unknown) =>
        // An outage is logged once by the store's guard: the tick is skipped, and due runs wait for it (at most one
        // catch-up each within the grace period).
        isStoreUnavailable(err) ? this.log.debug('tick: store unavailable') : this.log.error({ err }, 'tick failed'),
      );
    }, intervalMs);
    this.ticker.unref();
  }

  // ---- pinned boards: `scores pin` ----

  private async pinScores(period: 'week' | 'all', who: Requester): Promise<GroupReply | EngineError> {
    const settings = await this.settingsFor(who);
    const tr = translator(groupsLocale(who, settings, true));
    if (!((await who.canManage?.()) ?? false))
      return engineError(
        'not_allowed',
        tr('scores.pin.notAllowed', { permission: permissionWords(who, tr) }),
        tr('scores.pin.notAllowedHint'),
      );
    const poster = this.posters.get(who.platform);
    if (!poster) return engineError('needs_channel', tr('scores.pin.noPoster'), tr('scores.pin.noPosterHint'));
    const now = this.now();
    const scope: Scope = { platform: who.platform, workspace: who.workspace, channel: who.channel };
    const board = await this.pinnedBoard(period, scope, now);
    // The platform may refuse (the bot is not in the channel, the workspace uninstalled it): said, not a fault.
    const ref = await poster.post(scope, board.reply, { editable: true }).catch((err: unknown) => {
      this.log.warn({ err, platform: who.platform }, 'pinned board: the post was refused');
      return undefined;
    });
    if (!ref) return engineError('unavailable', tr('scores.pin.refused'), tr('scores.pin.refusedHint'));
    const before = await this.store.pinBoard({
      ...scope,
      id: newPinId(),
      period,
      messageRef: ref,
      now,
      expiresAt: board.expiresAt,
    });
    if (before && before !== ref)
      // The old pin says where the board went; it is no longer edited (if it is gone, nothing to say).
      await poster
        .edit(scope, before, notice(translator(groupsLocale(undefined, settings, false))))
        .catch((err: unknown) => this.log.debug({ err }, 'pinned board: the old one could not be marked'));
    this.log.info({ period, platform: who.platform }, 'board pinned');
    const answer = answerOf<ScoresData>(
      'scores',
      tr('scores.pin.title'),
      tr(period === 'week' ? 'scores.pin.summaryWeek' : 'scores.pin.summaryAll', { seconds: PIN_THROTTLE_MS / 1000 }) +
        (before ? tr('scores.pin.previous') : ''),
      [],
      board.reply.answer.data as unknown as ScoresData,
    );
    return { answer, visibility: 'private' };
  }

  /** A channel's board as pinned: the scores answer, said to update itself, and when its period ends. */
  private async pinnedBoard(
    period: 'week' | 'all',
    scope: Scope,
    now: number,
  ): Promise<{ reply: GroupReply; expiresAt: number | null }> {
    const settings = await this.settingsFor(scope);
    const zone = settings.timezone.value;
    const reply = await this.scores(period, this.channelRequester(scope, 'pin'));
    // The board's language: the channel's (a pin speaks for no one).
    const locale = groupsLocale(undefined, settings, false);
    reply.answer.sections.push({
      body: translator(locale)('scores.pin.footer', { time: localTime(now, zone, locale) }),
    });
    return { reply: { ...reply, visibility: 'public' }, expiresAt: period === 'week' ? weekOf(now, zone).end : null };
  }

  /** Edits the pinned boards that are out of date (a round closed, the week ended), once each across instances. */
  private async refreshPins(now: number): Promise<number> {
    const pins = await this.store.claimPinRefreshes(now, PIN_THROTTLE_MS, this.postingPlatforms, TICK_BATCH);
    for (const pin of pins) await this.refreshPin(pin, now);
    return pins.length;
  }

  private async refreshPin(pin: PinnedBoard, now: number): Promise<void> {
    const poster = this.posters.get(pin.platform)!;
    try {
      const board = await this.pinnedBoard(pin.period === 'all' ? 'all' : 'week', pin, now);
      let ref = pin.messageRef;
      // Gone (deleted by someone): posted anew, and the pin follows the new message.
      if (!(await poster.edit(pin, ref, board.reply)))
        ref = (await poster.post(pin, board.reply, { editable: true })) ?? ref;
      await this.store.pinRefreshed(pin.id, { expiresAt: board.expiresAt, messageRef: ref });
      this.log.info({ platform: pin.platform, reposted: ref !== pin.messageRef }, 'pinned board updated');
    } catch (err) {
      this.log.warn({ err, platform: pin.platform }, 'pinned board: the edit failed; it is tried again later');
      await this.store.markPinStale(pin.id).catch(() => undefined);
    }
  }

  // ---- me: a user's own progress ----

  /** The user's answers in this channel, practice included, with what `me` and `practice` make of them. */
  private async progressOf(who: Requester): Promise<MeData['me']> {
    const now = this.now();
    const answers = await this.progressAnswers(who);
    // Accuracy, topics and misconceptions count answers to closed rounds (a practice round closes as it is answered):
    // what the class view counts too. Points and streak are the board's: closed, non-practice rounds.
    const closed = answers.filter((a) => a.closed);
    const board = answers.filter((a) => !a.practice);
    const topics = tallyTopics(closed);
    const suggestion = suggest(topics);
    return {
      user: who.user,
      points: board.filter((a) => a.closed).reduce((sum, a) => sum + a.points, 0),
      pending: board.filter((a) => !a.closed).reduce((sum, a) => sum + a.points, 0),
      answered: closed.length,
      correct: closed.filter((a) => a.correct).length,
      practiced: closed.filter((a) => a.practice).length,
      streak: streakOf(
        board.filter((a) => a.closed && a.correct).map((a) => a.answeredAt),
        now,
      ),
      topics,
      misconceptions: countMisconceptions(closed),
      suggestion,
    };
  }

  private async me(who: Requester): Promise<GroupReply> {
    const settings = await this.settingsFor(who);
    const locale = groupsLocale(who, settings, true);
    const tr = translator(locale);
    // In the reply's language: the misconceptions' labels too.
    const me = await withLocale(locale, () => this.progressOf(who));
    const data: MeData = { me };
    const pct = (t: { answered: number; correct: number }): string =>
      t.answered
        ? tr('me.accuracy', {
            correct: t.correct,
            answered: t.answered,
            pct: Math.round((100 * t.correct) / t.answered),
          })
        : tr('me.notTried');
    const prefix = commandPrefix(who);
    const practice = `\`${prefix} practice ${me.suggestion.topic} ${me.suggestion.level}\``;
    const summary =
      me.answered === 0 && me.pending === 0
        ? tr('me.none', { practice })
        : tr('me.summary', {
            points: me.points,
            pending: me.pending ? tr('me.summaryPending', { pending: me.pending }) : '',
            accuracy: pct(me),
            practiced: me.practiced ? tr('me.summaryPracticed', { n: me.practiced }) : '',
            streak: me.streak ? tr('me.summaryStreak', { n: me.streak }) : '',
          });
    const sections: Section[] = [
      {
        heading: tr('me.byTopic'),
        body: me.topics
          .map((t) =>
            tr(t.topic === me.suggestion.topic ? 'me.topicWeakest' : 'me.topic', { topic: t.topic, accuracy: pct(t) }),
          )
          .join('\n'),
      },
    ];
    if (me.misconceptions.length)
      sections.push({
        heading: tr('me.mistakes'),
        body: me.misconceptions.map((m) => `- ${m.label} (×${m.count})`).join('\n'),
      });
    // Why this topic, from the tallies (the data's `why` stays in English, like the rest of the data).
    const tally = me.topics.find((t) => t.topic === me.suggestion.topic);
    const why =
      tally && tally.answered > 0
        ? tr('me.whyLowest', { correct: tally.correct, answered: tally.answered, topic: tally.topic })
        : tr('me.whyUntried');
    sections.push({ heading: tr('me.next'), body: tr('me.nextBody', { practice, why }) });
    const answer = answerOf<MeData>('me', tr('me.title'), summary, sections, data);
    if (settings.figures.value !== 'off')
      answer.figures = await renderVerbFigures('me', data, { theme: GroupService.runOptions(settings).theme, locale });
    return { answer, visibility: 'private' };
  }

  // ---- practice: a private round for one user ----

  private async practice(args: string[], who: Requester): Promise<GroupReply> {
    const request = quizRequestFromArgs(args);
    if (!request.topic || !request.level) {
      // The weakest topic (or the one named), at a level that fits the user's accuracy there.
      const topics = tallyTopics((await this.progressAnswers(who)).filter((a) => a.closed));
      const pick = suggest(request.topic ? topics.filter((t) => t.topic === request.topic) : topics);
      request.topic ??= pick.topic as QuizTopic;
      request.level ??= pick.level;
    }
    // A private question: in the asker's language (quizLocale).
    const locale = quizLocale(who, who.locale?.user ? undefined : await this.channelLanguage(who), true);
    const reply = await this.startRound(who, request, PRACTICE_SECONDS, true, locale);
    return reply;
  }

  private progressAnswers(who: Requester): Promise<AnswerRecord[]> {
    return this.store.answersIn({
      platform: who.platform,
      workspace: who.workspace,
      channel: who.channel,
      user: who.user,
      practice: true,
      limit: ME_MAX_ANSWERS,
    });
  }

  // ---- class: the channel's week, for its managers ----

  /** Managers only, and closed by default: a surface that cannot tell says no. */
  private async mayManage(
    who: Requester,
    what: 'class.notAllowedView' | 'class.notAllowedExport',
    tr: Translate,
  ): Promise<EngineError | undefined> {
    if ((await who.canManage?.()) ?? false) return undefined;
    return engineError('not_allowed', tr(what, { permission: permissionWords(who, tr) }), tr('class.notAllowedHint'));
  }

  private async classView(who: Requester): Promise<GroupReply | EngineError> {
    const locale = groupsLocale(who, await this.settingsFor(who), true);
    const tr = translator(locale);
    const refused = await this.mayManage(who, 'class.notAllowedView', tr);
    if (refused) return refused;
    const since = startOfWeek(this.now());
    const scope = { platform: who.platform, workspace: who.workspace, channel: who.channel };
    const answers = await this.store.answersIn({ ...scope, since, closedOnly: true, limit: EXPORT_MAX_ROWS });
    const rounds = await this.store.countRounds({ ...scope, since });
    const players = new Set(answers.map((a) => a.user)).size;
    const correct = answers.filter((a) => a.correct).length;
    const topics = tallyTopics(answers).map((t) => ({
      ...t,
      players: new Set(answers.filter((a) => a.topic === t.topic).map((a) => a.user)).size,
    }));
    const data: ClassData = {
      class: {
        since,
        players,
        rounds: rounds.rounds,
        closedRounds: rounds.closed,
        answered: answers.length,
        correct,
        accuracy: answers.length ? correct / answers.length : 0,
        topics,
        misconceptions: withLocale(locale, () => countMisconceptions(answers)),
      },
    };
    const c = data.class;
    const pct = (a: number, n: number): string => (n ? `${Math.round((100 * a) / n)}%` : '—');
    const summary = c.answered
      ? tr('class.summary', {
          players: c.players,
          rounds: c.rounds,
          closed: c.closedRounds,
          answered: c.answered,
          pct: pct(c.correct, c.answered),
        })
      : tr('class.none', { rounds: c.rounds });
    const sections: Section[] = [
      {
        heading: tr('class.byTopic'),
        body: c.topics
          .map((t) =>
            t.answered
              ? tr('class.topic', {
                  topic: t.topic,
                  correct: t.correct,
                  answered: t.answered,
                  pct: pct(t.correct, t.answered),
                  players: t.players,
                })
              : tr('class.topicNotAsked', { topic: t.topic }),
          )
          .join('\n'),
      },
    ];
    if (c.misconceptions.length)
      sections.push({
        heading: tr('class.misconceptions'),
        body: c.misconceptions.map((m) => `- ${m.label} (×${m.count})`).join('\n'),
      });
    sections.push({ body: tr('class.counted', { command: `${commandPrefix(who)} class export` }) });
    return {
      answer: answerOf<ClassData>('class', tr('class.title'), summary, sections, data),
      visibility: 'private',
    };
  }

  private async classExport(who: Requester): Promise<GroupReply | EngineError> {
    const tr = translator(groupsLocale(who, await this.settingsFor(who), true));
    const refused = await this.mayManage(who, 'class.notAllowedExport', tr);
    if (refused) return refused;
    const scope = { platform: who.platform, workspace: who.workspace, channel: who.channel };
    const answers = await this.store.answersIn({ ...scope, closedOnly: true, limit: EXPORT_MAX_ROWS });
    const truncated = answers.length >= EXPORT_MAX_ROWS;
    const columns = [...EXPORT_COLUMNS];
    const csv = exportCsv(answers);
    const file = `class-${who.channel.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}-${new Date(this.now()).toISOString().slice(0, 10)}.csv`;
    const data: ClassData = {
      class: {
        since: 0,
        players: new Set(answers.map((a) => a.user)).size,
        rounds: new Set(answers.map((a) => a.roundId)).size,
        closedRounds: new Set(answers.map((a) => a.roundId)).size,
        answered: answers.length,
        correct: answers.filter((a) => a.correct).length,
        accuracy: answers.length ? answers.filter((a) => a.correct).length / answers.length : 0,
        topics: [],
        misconceptions: [],
        export: { file, rows: answers.length, columns, truncated },
      },
    };
    const answer = answerOf<ClassData>(
      'class',
      tr('class.exportTitle'),
      answers.length
        ? tr('class.exportSummary', {
            file,
            n: answers.length,
            truncated: truncated ? tr('class.exportTruncated', { max: EXPORT_MAX_ROWS }) : '',
          })
        : tr('class.exportEmpty', { file }),
      // The column names stay as they are in every language: they are the file's header, read by machines.
      [{ body: tr('class.exportColumns', { columns: columns.join(', ') }) }],
      data,
    );
    answer.files = [
      {
        name: file,
        type: 'text/csv',
        content: csv,
        description: tr('class.exportFile', { n: answers.length }),
      },
    ];
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

/** The language of a quiz reply to `who` (replyLocale), as the catalogue names it; English when none is spoken. */
function quizLocale(who: Requester, channel: string | undefined, privately: boolean): Locale {
  return resolveLocale(replyLocale(who, channel, privately)) ?? 'en';
}

/**
 * The language each channel round was posted in, by round id, so that its edits and reveal read like it (the store
 * keeps no text, nor this): bounded, most recent last; another instance falls back to the channel's setting.
 */
const ROUND_LOCALES = 5_000;
const roundLocales = new Map<string, Locale>();

function rememberRoundLocale(id: string, locale: Locale): void {
  roundLocales.set(id, locale);
  if (roundLocales.size > ROUND_LOCALES) roundLocales.delete(roundLocales.keys().next().value!);
}

/** The question of a round, in `locale` (the same question in every language: only its words change). */
function questionOf(round: Round, locale: Locale = 'en'): QuizQuestion {
  const key = `${round.seed}:${round.topic}:${round.level}:${locale}`;
  const hit = questions.get(key);
  if (hit) {
    questions.delete(key); // most recently used last
    questions.set(key, hit);
    return hit;
  }
  const q = withLocale(locale, () =>
    generateQuiz({
      seed: round.seed,
      topic: round.topic as QuizQuestion['topic'],
      level: round.level as QuizQuestion['level'],
    }),
  );
  questions.set(key, q);
  if (questions.size > QUESTION_CACHE) questions.delete(questions.keys().next().value!);
  return q;
}

const TOPIC_KEYS = {
  entry: 'quiz.topic.entry',
  property: 'quiz.topic.property',
  psd: 'quiz.topic.psd',
  schur: 'quiz.topic.schur',
  oppenheim: 'quiz.topic.oppenheim',
  trace: 'quiz.topic.trace',
  kronecker: 'quiz.topic.kronecker',
} as const;

const LEVEL_KEYS = { easy: 'quiz.level.easy', medium: 'quiz.level.medium', hard: 'quiz.level.hard' } as const;

function quizHeadline(q: QuizQuestion, practice: boolean, locale: Locale): string {
  const tr = translator(locale);
  const values = { level: tr(LEVEL_KEYS[q.level]), topic: tr(TOPIC_KEYS[q.topic]), n: String(q.choices.length) };
  return practice ? tr('quiz.headlinePractice', values) : tr('quiz.headline', values);
}

/** How commands are typed where the user is: `hadamard …` in a shell, `/hadamard …` everywhere else. */
function commandPrefix(who: Requester): string {
  return who.platform === 'cli' ? 'hadamard' : '/hadamard';
}

/**
 * A quiz's question as an answer: the question, the choices listed only where there are no buttons, and how to
 * answer in the words of the surface (buttons where there are buttons, the command everywhere). With
 * `quiz.answered`, how many have answered so far (an edit of the posted question). In `opts.locale`, the language
 * `q` was generated in.
 */
function quizAnswer(
  quiz: QuizData['quiz'],
  q: QuizQuestion,
  opts: { buttons: boolean; now: number; prefix: string; locale: Locale },
): Answer {
  const tr = translator(opts.locale);
  const seconds = Math.max(0, Math.round((quiz.closesAt - opts.now) / 1000));
  const answerCommand = `\`${opts.prefix} answer ${quiz.id} <letter>\``;
  const how = opts.buttons
    ? tr('quiz.howButtons', { command: answerCommand })
    : tr('quiz.howCommand', { command: answerCommand });
  const replay = tr('quiz.replay', {
    command: `\`${opts.prefix} ${quiz.practice ? 'practice' : 'quiz'} ${q.topic} ${q.level} seed:${q.seed}\``,
  });
  const rules = quiz.practice
    ? `${how} ${tr('quiz.rulesPractice', { me: `${opts.prefix} me` })}`
    : `${how} ${tr('quiz.rules')}`;
  const sections: Section[] = [{ body: q.question }];
  if (!opts.buttons)
    sections.push({
      heading: tr('quiz.choices'),
      body: q.choices.map((c) => `- **${c.id})** ${c.label}`).join('\n'),
    });
  sections.push({ body: `${rules} ${replay}` });
  const answered =
    quiz.answered === undefined
      ? ''
      : ` ${tr('quiz.answeredSoFar', { n: quiz.answered, count: String(quiz.answered) })}`;
  const closes = quiz.practice ? '' : ` ${tr('quiz.closesIn', { seconds: String(seconds) })}`;
  const title = { id: quiz.id, topic: q.topic, level: q.level };
  return answerOf<QuizData>(
    'quiz',
    quiz.practice ? tr('quiz.titlePractice', title) : tr('quiz.title', title),
    `${quizHeadline(q, quiz.practice === true, opts.locale)}${closes}${answered}`,
    sections,
    { quiz },
  );
}

/** Competition ranks of points sorted best first: equal points share a rank, the next rank skips (1, 1, 3). */
export function competitionRanks(points: number[]): number[] {
  const out: number[] = [];
  points.forEach((p, i) => out.push(i > 0 && points[i - 1] === p ? out[i - 1] : i + 1));
  return out;
}

/** Who leads, in words that fit: "you lead with 20 points", "<@A> and <@B> share the lead …", "no points yet …". */
function leadWords(
  scores: { user: string; rank: number; points: number; pending: number }[],
  name: (user: string) => string,
  you: string,
  tr: Translate,
): string {
  const top = scores.filter((r) => r.rank === 1);
  const points = top[0].points;
  if (points === 0) {
    const pending = scores.reduce((sum, r) => sum + r.pending, 0);
    return pending ? tr('scores.lead.nonePending', { pending }) : tr('scores.lead.none');
  }
  if (top.length === 1) {
    const leader = name(top[0].user);
    return leader === you ? tr('scores.lead.you', { points }) : tr('scores.lead.one', { leader, points });
  }
  const names = top.map((r) => name(r.user)).sort((a, b) => (a === you ? -1 : b === you ? 1 : 0));
  const list =
    names.length === 2
      ? tr('scores.list.two', { first: names[0], second: names[1] })
      : tr('scores.list.many', { rest: names.slice(0, -1).join(', '), last: names[names.length - 1] });
  return tr('scores.lead.shared', { names: list, points });
}

/** Right answers of all answered per quiz topic, every topic in the quiz's order. */
function tallyTopics(answers: AnswerRecord[]): TopicTally[] {
  return QUIZ_TOPICS.map((topic) => {
    const mine = answers.filter((a) => a.topic === topic);
    return { topic, answered: mine.length, correct: mine.filter((a) => a.correct).length };
  });
}

/**
 * What to practise: the topic with the lowest share right (fewest answered first on a tie, then the quiz's order),
 * unless every tried topic is at 80 % or more and one is untried; the level follows the share right there.
 */
function suggest(topics: TopicTally[]): MeData['me']['suggestion'] {
  const tried = topics.filter((t) => t.answered > 0);
  const untried = topics.find((t) => t.answered === 0);
  const share = (t: TopicTally): number => t.correct / t.answered;
  if (tried.length === 0 || (untried && tried.every((t) => share(t) >= 0.8)))
    return {
      topic: untried?.topic ?? topics[0]?.topic ?? QUIZ_TOPICS[0],
      level: 'easy',
      why: 'a topic you have not tried yet',
    };
  const weakest = [...tried].sort((a, b) => share(a) - share(b) || a.answered - b.answered)[0];
  const s = share(weakest);
  return {
    topic: weakest.topic,
    level: s < 0.5 ? 'easy' : s < 0.8 ? 'medium' : 'hard',
    why: `your lowest accuracy: ${weakest.correct} of ${weakest.answered} right in ${weakest.topic}`,
  };
}

/**
 * Consecutive UTC days, ending today or yesterday, with at least one of `times` (the store's leaderboard streak,
 * computed the same way, so `me` and `scores` agree).
 */
export function streakOf(times: number[], now: number): number {
  const days = new Set(
    times.filter((t) => t < (Math.floor(now / DAY_MS) + 1) * DAY_MS).map((t) => Math.floor(t / DAY_MS)),
  );
  const today = Math.floor(now / DAY_MS);
  let day = days.has(today) ? today : days.has(today - 1) ? today - 1 : undefined;
  let streak = 0;
  while (day !== undefined && days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

/**
 * The misconceptions of wrong answers, most chosen first (then by id): the stored id, or for an answer recorded
 * before ids were kept, the one its round's seed and choice give.
 */
function countMisconceptions(answers: AnswerRecord[]): MisconceptionCount[] {
  const counts = new Map<string, number>();
  for (const a of answers) {
    if (a.correct) continue;
    const id =
      a.misconception ??
      questionOf({ seed: a.seed, topic: a.topic, level: a.level } as Round).misconceptions[a.choice]?.id;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, TOP_MISCONCEPTIONS)
    .map(([id, count]) => ({ id, label: misconceptionLabel(id), count }));
}

/**
 * The columns of `class export`: the CSV's header, machine-readable English column names in every language (like the
 * values under them: `yes`/`no`, ids, ISO 8601 times), so a spreadsheet or script reads every channel's file alike.
 */
export const EXPORT_COLUMNS = [
  'user',
  'round',
  'topic',
  'level',
  'choice',
  'right',
  'points',
  'misconception',
  'time',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The answers as CSV (RFC 4180, CRLF line ends), a header line first. */
export function exportCsv(answers: AnswerRecord[]): string {
  const rows = answers.map((a) =>
    [
      a.user,
      a.roundId,
      a.topic,
      a.level,
      a.choice,
      a.correct ? 'yes' : 'no',
      String(a.points),
      a.correct
        ? ''
        : (a.misconception ??
          questionOf({ seed: a.seed, topic: a.topic, level: a.level } as Round).misconceptions[a.choice]?.id ??
          ''),
      new Date(a.answeredAt).toISOString(),
    ].map(csvField),
  );
  return [EXPORT_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** How many due schedules (and stale pins) one tick takes on; the rest wait for the next tick. */
const TICK_BATCH = 50;

/** A board of a given period: a scheduled `scores week` on a Monday (the week just ended). */
interface BoardWindow {
  since: number;
  until?: number;
  /** "the week of Mon 23 Mar (final)" … in English (the reply says it in its own language from `final`). */
  label: string;
  /** A week that has ended: its start (Monday 00:00 in the channel's zone), for "the week of …" in the reply. */
  final?: number;
}

/**
 * The week a scheduled `scores week` shows, for a run due at `dueAt`: on a Monday in the channel's zone, the week that
 * just ended (its final board); on any other day, the week so far.
 */
export function scheduledWeek(dueAt: number, timeZone: string): BoardWindow {
  const week = weekOf(dueAt, timeZone);
  if (!isMonday(dueAt, timeZone)) return { since: week.start, label: 'this week' };
  const last = weekOf(week.start - 1, timeZone);
  return {
    since: last.start,
    until: last.end,
    label: `the week of ${weekDay(last.start, timeZone, 'en')} (final)`,
    final: last.start,
  };
}

/** `Mon 23 Mar` in the channel's zone, in the reply's language (`lun, 23 mar`, `Mo., 23. März`). */
function weekDay(instant: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale(locale), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(instant);
}

function recurrenceOf(s: Schedule): Recurrence {
  return { every: s.every as ScheduleEvery, day: (s.day as WeekDay | null) ?? null, at: s.at };
}

function scheduleRow(s: Schedule): ScheduleRow {
  return {
    id: s.id,
    every: s.every as ScheduleEvery,
    ...(s.day ? { day: s.day as WeekDay } : {}),
    at: s.at,
    timezone: s.timezone,
    command: s.command,
    nextRunAt: s.nextRunAt,
  };
}

/** The language of a group verb's reply: `groupsLocale(who, settings, private)` (see replyLocale). */
function groupsLocale(
  who: Pick<Requester, 'locale'> | undefined,
  settings: EffectiveSettings,
  privately: boolean,
): Locale {
  const channel = settings.language.value !== 'default' ? settings.language.value : undefined;
  return answerLocale(replyLocale(who, channel, privately));
}

type Translate = ReturnType<typeof translator>;

/** Where a setting's value comes from, as the settings answer says it. */
const SETTING_SOURCES = {
  channel: 'settings.source.channel',
  workspace: 'settings.source.workspace',
  default: 'settings.source.default',
} as const;

/**
 * Who may manage the channel, in the reply's language: the platform's own words in English (Requester.permissionName),
 * the catalogue's for the platform in the others.
 */
function permissionWords(who: Requester, tr: Translate): string {
  if (!who.permissionName) return tr('groups.permission');
  if (tr('groups.permission') === translator('en')('groups.permission')) return who.permissionName;
  return who.platform === 'discord'
    ? tr('groups.permission.discord')
    : who.platform === 'slack'
      ? tr('groups.permission.slack')
      : tr('groups.permission');
}

/** Monday as the days a weekly schedule names (the Intl weekday of a Monday … Sunday in January 2024). */
const DAY_INDEX: Readonly<Record<WeekDay, number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** "daily at 09:00 (Europe/Berlin)", "on weekdays at …", "every Friday at …", in the reply's language. */
function scheduleWhen(r: ScheduleRow, locale: Locale = 'en'): string {
  const tr = translator(locale);
  const values = { at: r.at, zone: r.timezone };
  if (r.every === 'daily') return tr('schedule.when.daily', values);
  if (r.every === 'weekdays') return tr('schedule.when.weekdays', values);
  // 1 January 2024 was a Monday: the weekday's own name in the language (at noon UTC, the same day everywhere).
  const day = new Intl.DateTimeFormat(dateLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, DAY_INDEX[r.day ?? 'mon'], 12),
  );
  return tr('schedule.when.weekly', { ...values, day });
}

function scheduleLine(r: ScheduleRow, locale: Locale = 'en'): string {
  return translator(locale)('schedule.line', {
    id: r.id,
    when: scheduleWhen(r, locale),
    command: r.command,
    time: localTime(r.nextRunAt, r.timezone, locale),
  });
}

/** `p` and 10 letters or digits: a pinned board's row id. */
function newPinId(): string {
  return 'p' + randomBytes(8).toString('hex').slice(0, 10);
}

/** What an old pinned board is edited into: a short public message, in the channel's language. */
function notice(tr: Translate): GroupReply {
  return {
    answer: answerOf('scores', tr('scores.leaderboard'), tr('scores.pin.replaced'), [], {}),
    visibility: 'public',
  };
}
