/**
 * Discord interactions, whichever way they arrive: over the gateway (INTERACTION_CREATE, discord.ts) or as signed HTTP
 * POSTs to `/discord/interactions` (http-interactions.ts). Both hand this module the interaction's raw API payload and
 * a way to send its first response; everything else (the slash command's options → a Command, "Hadamard this", the
 * quiz buttons, Delete, LaTeX, when to defer, privately or not, the reveal of a quiz) is this one code path.
 *
 * Only the first response differs: over the gateway it is `POST /interactions/{id}/{token}/callback`, over HTTP it is
 * the body of the HTTP response. Edits and follow-ups go through the interaction's webhook
 * (`/webhooks/{app}/{token}/messages/@original`), which needs no bot token. Nothing is held in memory between
 * requests: a quiz question's whereabouts (and, where the bot cannot edit the channel's messages, the interaction
 * token that can, until it expires) live in the store, so any instance can reveal it.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  AttachmentBuilder,
  ComponentType,
  InteractionResponseType,
  InteractionContextType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  DiscordAPIError,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIMessage,
  type REST,
  type RawFile,
} from 'discord.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  answerLatex,
  generateQuiz,
  latexCodeBlock,
  parseCommand,
  verbSpec,
  VERBS,
  type Answer,
  type AnswerData,
  type Attachment,
  type Command,
  type EngineError,
  type QuizLevel,
  type QuizTopic,
  type Verb,
} from '../../engine/index.js';
import { withLocale } from '../../engine/index.js';
import type { Round } from '../../store/types.js';
import { downloadAttachment, type StatedAttachment } from './attachments.js';
import type { AdapterContext } from '../adapter.js';
import type { Outcome } from '../runtime/dispatch.js';
import { resolveLocale, translator, type Locale } from '../../engine/i18n/index.js';
import { settleWithin } from '../runtime/deliveries.js';
import type { GroupReply, Requester } from '../groups/service.js';
import { ThrottledEdits, editAnswerCount } from '../groups/answer-count.js';
import { COMMAND_NAME, MESSAGE_COMMAND_NAME, OptionsError, commandFromOptions } from './commands.js';
import { discordChannelPoster } from './poster.js';
import {
  markedComponents,
  messageRef,
  parseAnswerCustomId,
  parseMessageRef,
  quizComponents,
  restMessage,
  revealComponents,
  type MessagePayload,
} from './quiz.js';
import {
  DELETE_PREFIX,
  LATEX_PREFIX,
  LATEX_REPLY_ID,
  commandText,
  latexIdForText,
  MANAGE_PERMISSION_NAME,
  NOT_YOURS,
  estimatedCells,
  mentionText,
  note,
  outcomeText,
  renderAnswer,
  CONTENT_MAX,
  type DiscordAnswer,
} from './render.js';

/** An interaction's token lives 15 minutes; the adapter stops relying on it a little before. */
export const INTERACTION_TOKEN_MS = 14 * 60 * 1000;
/** Verbs whose answer is always private: when they must be deferred, they are deferred privately. */
const PRIVATE_VERBS: ReadonlySet<string> = new Set([
  'answer',
  'settings',
  'forget-me',
  'schedule',
  'me',
  'practice',
  'class',
]);

/** Whether the answer to `c` is private: its verb's always is, and so is `scores pin`'s (the board is its own post). */
function answersPrivately(c: Command): boolean {
  return PRIVATE_VERBS.has(c.verb) || (c.verb === 'scores' && c.args?.includes('pin') === true);
}

export interface DiscordOptions {
  /**
   * Defer (type 5) when the answer is not ready this many ms after the command arrived. Discord drops an interaction
   * not acknowledged within 3 s, and a plain reply also carries the PNG uploads, so 1.2 s leaves room for them. The
   * engine may compute synchronously before it renders, so time already spent counts: past the mark, defer at once.
   */
  deferAfterMs?: number;
  /** Defer before any work when the operands hold this many entries in all (above 8×8 + 8×8). */
  deferAtOnceCells?: number;
}

export const DEFAULTS: Required<DiscordOptions> = { deferAfterMs: 1200, deferAtOnceCells: 129 };

/** Where a message was posted. */
export interface Posted {
  id: string;
  channelId: string;
}

/**
 * Sends an interaction's first response (callback types 4, 5, 6) with its files. Resolves to the message it posted,
 * when the transport says which (the gateway path asks `with_response`; an HTTP response cannot tell).
 */
export type FirstResponse = (
  body: { type: InteractionResponseType; data?: Record<string, unknown> },
  files: RawFile[],
) => Promise<Posted | null>;

function discordCode(err: unknown): number | string | undefined {
  return err instanceof DiscordAPIError ? err.code : undefined;
}

/** 10008 Unknown Message: the message was deleted. */
export function isUnknownMessage(err: unknown): boolean {
  return discordCode(err) === 10008;
}

function posted(m: APIMessage | undefined | null): Posted | null {
  return m && typeof m.id === 'string' ? { id: m.id, channelId: m.channel_id } : null;
}

/**
 * One interaction's answer: its first response (through the transport), then edits and follow-ups through its
 * webhook. The same for both transports.
 */
export class InteractionReply {
  private acked = false;
  deferred = false;
  /** Acknowledged with a deferred update (type 6): "@original" is the message that carries the component. */
  updating = false;

  constructor(
    readonly raw: APIInteraction,
    private readonly first: FirstResponse,
    private readonly rest: REST,
    /** Whether a type-4 reply tells the message it posted (false over HTTP: a quiz is then deferred and edited). */
    readonly tellsMessage: boolean,
  ) {}

  get acknowledged(): boolean {
    return this.acked;
  }

  private async respond(
    type: InteractionResponseType,
    data?: Record<string, unknown>,
    files: RawFile[] = [],
  ): Promise<Posted | null> {
    if (this.acked) throw new Error('interaction already acknowledged');
    this.acked = true;
    return this.first(data ? { type, data } : { type }, files);
  }

  reply(payload: MessagePayload, ephemeral: boolean): Promise<Posted | null> {
    const { body, files } = restMessage(payload, ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    return this.respond(InteractionResponseType.ChannelMessageWithSource, body, files);
  }

  async defer(ephemeral: boolean): Promise<void> {
    await this.respond(
      InteractionResponseType.DeferredChannelMessageWithSource,
      ephemeral ? { flags: MessageFlags.Ephemeral } : undefined,
    );
    this.deferred = true;
  }

  async deferUpdate(): Promise<void> {
    await this.respond(InteractionResponseType.DeferredMessageUpdate);
    this.updating = true;
  }

  /** A component's interaction answered by editing the message that carries the component (type 7). */
  async update(payload: MessagePayload): Promise<void> {
    const { body, files } = restMessage(payload);
    await this.respond(InteractionResponseType.UpdateMessage, body, files);
  }

  async editReply(payload: MessagePayload): Promise<Posted | null> {
    return editOriginal(this.rest, this.raw.application_id, this.raw.token, payload);
  }

  async followUp(payload: MessagePayload, ephemeral: boolean): Promise<void> {
    await followUp(this.rest, this.raw.application_id, this.raw.token, payload, ephemeral);
  }

  async deleteReply(): Promise<void> {
    await webhookCall(() =>
      this.rest.delete(Routes.webhookMessage(this.raw.application_id, this.raw.token, '@original'), { auth: false }),
    );
  }
}

/**
 * Calls an interaction's webhook. Over HTTP the first response travels back in the HTTP response, so Discord may not
 * know the interaction is acknowledged at the very moment the next call arrives (10015 Unknown Webhook): retried a
 * few times, briefly. Over the gateway the callback has completed before, and the first try succeeds.
 */
async function webhookCall<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (discordCode(err) !== 10015 || attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}

/** PATCH the interaction's original response (body and files as restMessage gives them). */
export async function patchOriginal(
  rest: REST,
  appId: string,
  token: string,
  message: { body: Record<string, unknown>; files: RawFile[] },
): Promise<Posted | null> {
  const m = (await webhookCall(() =>
    rest.patch(Routes.webhookMessage(appId, token, '@original'), { ...message, auth: false }),
  )) as APIMessage;
  return posted(m);
}

function editOriginal(rest: REST, appId: string, token: string, payload: MessagePayload): Promise<Posted | null> {
  return patchOriginal(rest, appId, token, restMessage(payload));
}

async function followUp(rest: REST, appId: string, token: string, payload: MessagePayload, ephemeral: boolean) {
  const { body, files } = restMessage(payload, ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await webhookCall(() => rest.post(Routes.webhook(appId, token), { body, files, auth: false }));
}

/** A subcommand this build does not know (the registered commands are newer than the bot). */
function unknownSubcommand(locale: Locale): EngineError {
  const tr = translator(locale);
  return {
    ok: false,
    code: 'unknown_verb',
    message: tr('notice.discord.unknownSubcommand'),
    hint: tr('notice.discord.unknownSubcommandHint'),
  };
}

/** The language of what is said to the interaction's user alone: theirs, else the server's, else English. */
export function interactionLocale(raw: APIInteraction): Locale {
  return resolveLocale((raw as { locale?: string }).locale) ?? resolveLocale(raw.guild_locale) ?? 'en';
}

/** The interaction's user (a member's user in a server, the user in DMs). */
export function userOf(raw: APIInteraction): { id: string } {
  return raw.member?.user ?? raw.user ?? { id: 'unknown' };
}

/** Whether the app was installed to the server the interaction comes from (then the bot can edit its messages). */
function guildInstalled(raw: APIInteraction): boolean {
  const owners = (raw as { authorizing_integration_owners?: Record<string, string> }).authorizing_integration_owners;
  // Older payloads carry no owners: the bot was in the server (or the DM) the interaction came from.
  return owners === undefined || owners['0'] !== undefined || raw.context === 1;
}

interface RawCommandData {
  options?: { type: number; name: string; options?: APIApplicationCommandInteractionDataBasicOption[] }[];
  resolved?: { attachments?: Record<string, StatedAttachment> };
}

/** The subcommand's attachment options (`a_file` …) and what the interaction states about each file. */
export function fileOptionsOf(raw: APIInteraction): { option: string; file: StatedAttachment }[] {
  const data = raw.data as RawCommandData;
  const out: { option: string; file: StatedAttachment }[] = [];
  for (const o of data.options?.[0]?.options ?? []) {
    if (o.type !== ApplicationCommandOptionType.Attachment) continue;
    const file = data.resolved?.attachments?.[String(o.value)];
    if (file) out.push({ option: o.name, file });
  }
  return out;
}

/**
 * `/hadamard <verb> a:… b:…` (raw options, and the files of its attachment options, downloaded) → Command. Undefined
 * for a verb this build does not know.
 */
export function commandFromRaw(raw: APIInteraction, files: Record<string, Attachment> = {}): Command | undefined {
  const data = raw.data as RawCommandData;
  const sub = data.options?.[0];
  if (!sub || sub.type !== 1 || !(VERBS as readonly string[]).includes(sub.name)) return undefined;
  const spec = verbSpec(sub.name as Verb);
  const values: Record<string, string | undefined> = {};
  for (const o of sub.options ?? []) if (typeof o.value === 'string') values[o.name] = o.value;
  return commandFromOptions(spec, values, files);
}

export interface HandlerDeps {
  ctx: AdapterContext;
  log: Logger;
  /** REST for the interactions' webhooks (no token needed) and, when `botToken`, the bot's own calls. */
  rest: REST;
  /** Whether `rest` carries the bot token (channel message edits, user names). */
  botToken: boolean;
  options?: DiscordOptions;
  /** Display names for a leaderboard; the gateway answers from its caches. */
  names?: (ids: string[], guildId: string | null) => Promise<Record<string, string>>;
}

/**
 * The interaction code path both transports share, and the reveal of a quiz (also used after a mention, and by the
 * service's sweeper through the publisher registered here).
 */
export class InteractionHandler {
  private readonly opts: Required<DiscordOptions>;
  private readonly log: Logger;
  /** The public question shows how many have answered: edited after answers, throttled (answer-count.ts). */
  private readonly countEdits: ThrottledEdits | undefined;

  constructor(private readonly deps: HandlerDeps) {
    this.opts = { ...DEFAULTS, ...deps.options };
    this.log = deps.log;
    this.countEdits = deps.ctx.groups
      ? new ThrottledEdits({
          intervalMs: deps.ctx.answerCountEditMs,
          log: deps.log,
          edit: (roundId) => this.editCount(roundId),
        })
      : undefined;
  }

  /** No more count edits; waits for those running. */
  async stop(): Promise<void> {
    await this.countEdits?.stop();
  }

  /** An answer was recorded (by a button, a command or a mention): the question's count of answers is updated. */
  noteAnswered(outcome: Outcome): void {
    if (outcome.kind === 'answer' && outcome.marked?.recorded && !outcome.marked.practice)
      this.countEdits?.touch(outcome.marked.roundId);
  }

  /** Edits a round's question to show how many have answered; never over its reveal (see editAnswerCount). */
  private async editCount(roundId: string): Promise<void> {
    const groups = this.ctx.groups;
    if (!groups) return;
    await editAnswerCount(
      groups,
      roundId,
      async ({ round, answer, quiz }) => {
        const ref = parseMessageRef(round.messageRef);
        if (!ref) return;
        const payload = renderAnswer(answer, null);
        payload.components = quizComponents(quiz.id, quiz.choices);
        await this.editQuestion(round, ref, payload);
      },
      async (round) => {
        const ref = parseMessageRef(round.messageRef);
        if (!ref) return;
        const reply = await groups.revealOf(round, (round.closedAt ?? 0) < round.closesAt ? 'reveal' : 'time');
        await this.editQuestion(round, ref, this.revealPayload(round, reply.answer, reply.reveal?.locale));
      },
    );
  }

  private get ctx(): AdapterContext {
    return this.deps.ctx;
  }

  /**
   * Registers the reveal publisher for rounds closing by time (once per instance is enough: the last one wins), and,
   * with the bot token, the poster of scheduled runs and pinned boards (poster.ts).
   */
  registerPublisher(): void {
    this.ctx.groups?.registerPublisher({
      platform: 'discord',
      publish: (round, reply) => this.publishReveal(round, reply),
    });
    if (this.deps.botToken)
      this.ctx.groups?.registerPoster(discordChannelPoster({ rest: this.deps.rest, log: this.log }));
    // A command another instance deferred and never answered (it died): the deferred reply says so (runtime/inflight.ts).
    // Said in the channel's language setting when it has one: the row keeps no language, and Discord tells a user's
    // only with an interaction (English otherwise).
    this.ctx.inflight?.registerReporter('discord', async (pending, text) => {
      const slash = pending.replyTo.indexOf('/');
      const [appId, token] = [pending.replyTo.slice(0, slash), pending.replyTo.slice(slash + 1)];
      // Answered after all (killed between the answer and clearing its record): the reply is no longer loading.
      const original = (await webhookCall(() =>
        this.deps.rest.get(Routes.webhookMessage(appId, token, '@original'), { auth: false }),
      )) as APIMessage;
      if (((original.flags ?? 0) & MessageFlags.Loading) === 0) return false;
      const language = await this.ctx.groups
        ?.settingsOrFallback({ platform: 'discord', workspace: pending.workspace, channel: pending.channel })
        .then((s) => (s.language && s.language.value !== 'default' ? s.language.value : undefined))
        .catch(() => undefined);
      await patchOriginal(this.deps.rest, appId, token, {
        body: { content: `⚠️ ${text(language)}`, components: [] },
        files: [],
      });
      return true;
    });
  }

  /**
   * Handles one interaction; never throws (a failure is logged with an id, and told to the user when possible).
   * Resolves `'duplicate'` for an interaction id already handled (a replayed request, or one a load balancer sent
   * twice): nothing was done, and over HTTP the transport acknowledges it without an answer.
   */
  async handle(i: InteractionReply): Promise<'handled' | 'duplicate'> {
    // Claimed by its id before anything is computed or posted; the first response waits for the claim at most
    // ACK_WAIT_MS (a healthy store answers in a few ms; a slow one does not hold up Discord's 3 s).
    const ledger = this.ctx.deliveries;
    if (ledger && !(await settleWithin(ledger.first(`discord:interaction:${i.raw.id}`), ACK_WAIT_MS, true))) {
      this.log.info({ type: i.raw.type }, 'discord: an interaction already handled (replay) was ignored');
      return 'duplicate';
    }
    try {
      await this.route(i);
    } catch (err) {
      this.log.error({ err, errorId: randomUUID().slice(0, 8) }, 'discord handler failed');
    }
    return 'handled';
  }

  private async route(i: InteractionReply): Promise<void> {
    const raw = i.raw;
    if (raw.type === InteractionType.ApplicationCommand) {
      if (raw.data.type === ApplicationCommandType.ChatInput && raw.data.name === COMMAND_NAME)
        return this.onCommand(i);
      if (raw.data.type === ApplicationCommandType.Message && raw.data.name === MESSAGE_COMMAND_NAME)
        return this.onHadamardThis(i);
    }
    if (raw.type === InteractionType.MessageComponent && raw.data.component_type === ComponentType.Button) {
      const id = raw.data.custom_id;
      if (id.startsWith(DELETE_PREFIX)) return this.onDelete(i, id.slice(DELETE_PREFIX.length));
      if (id.startsWith(LATEX_PREFIX)) return this.onLatex(i, id);
      const choice = parseAnswerCustomId(id);
      if (choice) return this.onChoice(i, choice.quizId, choice.choiceId);
    }
  }

  // ── who asks ──────────────────────────────────────────────────────────────────────────────

  /** An interaction's requester: Manage Channels comes with the member's permissions in the payload (DMs: yes). */
  private requesterOf(raw: APIInteraction): Requester {
    const guildId = raw.guild_id ?? null;
    const perms = raw.member?.permissions;
    return {
      platform: 'discord',
      workspace: guildId ?? 'dm',
      channel: raw.channel?.id ?? (raw as { channel_id?: string }).channel_id ?? 'unknown',
      user: userOf(raw).id,
      // Without the member's permissions (a DM), only a DM with the bot itself is the user's to manage; a group DM is
      // not (default closed).
      canManage: async () =>
        perms === undefined
          ? raw.context !== InteractionContextType.PrivateChannel
          : (BigInt(perms) & PermissionFlagsBits.ManageChannels) !== 0n,
      permissionName: MANAGE_PERMISSION_NAME,
      buttons: true,
      names: (ids) => this.names(ids, guildId),
      // Discord sends the user's client language with every interaction, and the server's for guild ones.
      locale: {
        ...((raw as { locale?: string }).locale ? { user: (raw as { locale?: string }).locale } : {}),
        ...(raw.guild_locale ? { place: raw.guild_locale } : {}),
      },
    };
  }

  private async names(ids: string[], guildId: string | null): Promise<Record<string, string>> {
    if (this.deps.names) return this.deps.names(ids, guildId);
    if (!this.deps.botToken) return {};
    const found = await Promise.all(
      ids.map(async (id) => {
        const u = (await this.deps.rest.get(Routes.user(id)).catch(() => undefined)) as
          { global_name?: string | null; username: string } | undefined;
        return u ? ([id, u.global_name ?? u.username] as const) : undefined;
      }),
    );
    return Object.fromEntries(found.filter((x) => x !== undefined));
  }

  // ── interactions ──────────────────────────────────────────────────────────────────────────

  private async onCommand(i: InteractionReply): Promise<void> {
    const stated = fileOptionsOf(i.raw);
    if (stated.length > 0) {
      // Downloads take time: `respond` acknowledges first (deferred, in the channel; an error then becomes a private
      // note). The files are downloaded only once the rate limit lets the command through (the dispatcher's `prepare`).
      const prepare = async (): Promise<Command | EngineError> => {
        const files: Record<string, Attachment> = {};
        for (const { option, file } of stated) {
          const got = await downloadAttachment(option, file, { hosts: this.ctx.config.discord?.cdnHosts ?? [] });
          if ('code' in got) {
            this.log.info({ option, code: got.code }, 'attachment refused');
            return got;
          }
          files[option] = got;
        }
        try {
          return commandFromRaw(i.raw, files) ?? unknownSubcommand(interactionLocale(i.raw));
        } catch (e) {
          if (!(e instanceof OptionsError)) throw e;
          return e.error;
        }
      };
      // A file is not in the text, so its answer offers no LaTeX button (the button re-runs the text).
      await this.respond(i, { prepare }, undefined, undefined, true);
      return;
    }
    let command: Command | undefined;
    try {
      command = commandFromRaw(i.raw);
    } catch (e) {
      // A study-group verb's words that its grammar refuses: the user's error, privately, like any other.
      if (!(e instanceof OptionsError)) throw e;
      const locale = interactionLocale(i.raw);
      await this.replyPrivately(i, note(outcomeText({ kind: 'error', error: e.error, locale })), false);
      return;
    }
    if (!command) {
      const locale = interactionLocale(i.raw);
      await this.replyPrivately(
        i,
        note(outcomeText({ kind: 'error', error: unknownSubcommand(locale), locale })),
        false,
      );
      return;
    }
    await this.respond(i, { command }, command, latexIdFor(commandText(command)));
  }

  /** "Hadamard this": the grammar on the message it was used on (Discord sends that message's content with it). */
  private async onHadamardThis(i: InteractionReply): Promise<void> {
    const data = i.raw.data as { target_id?: string; resolved?: { messages?: Record<string, APIMessage> } };
    const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    const content = target?.content ?? '';
    const text = mentionText(content, i.raw.application_id, true) ?? '';
    if (text === '') {
      await i.reply(
        note(
          'That message has no text for me to read. "Hadamard this" works on a message with matrices in it, like `[[2,3],[4,1]] [[5,6],[7,8]]`.',
        ),
        true,
      );
      return;
    }
    const parsed = parseCommand(text);
    await this.respond(i, { text }, parsed.ok ? parsed.value : undefined, latexIdFor(text));
  }

  /** A quiz button: the same `answer` as `/hadamard answer <quiz> <choice>`, answered privately. */
  /**
   * A quiz button: the same `answer` as `/hadamard answer <quiz> <choice>`, answered privately. A button on an
   * ephemeral message is a practice question's: its answer replaces that message (deferred, when late, as an update).
   */
  private async onChoice(i: InteractionReply, quizId: string, choiceId: string): Promise<void> {
    const command: Command = { verb: 'answer', operands: [], args: [quizId, choiceId] };
    const flags = (i.raw as { message?: { flags?: number } }).message?.flags ?? 0;
    await this.respond(i, { command }, command, undefined, false, (flags & MessageFlags.Ephemeral) !== 0);
  }

  private async onDelete(i: InteractionReply, owner: string): Promise<void> {
    if (userOf(i.raw).id !== owner) {
      await i.reply(note(NOT_YOURS), true);
      return;
    }
    const message = (i.raw as { message?: APIMessage }).message;
    await i.deferUpdate();
    if (!message || message.interaction_metadata) {
      // An interaction's answer: after a deferred update, "@original" is the message carrying the button.
      // This also works where the bot is user-installed and not a member of the server.
      await i.deleteReply();
    } else {
      // A reply to a mention: the bot's own message in a channel it is in.
      await this.deps.rest.delete(Routes.channelMessage(message.channel_id, message.id));
    }
  }

  /**
   * "LaTeX": the answer's LaTeX, privately, in a code block. Nothing was stored for it: the answer is computed again
   * from what the button's id says it answered (see LATEX_PREFIX).
   */
  private async onLatex(i: InteractionReply, customId: string): Promise<void> {
    const message = (i.raw as { message?: APIMessage }).message;
    const text = await this.latexSource(customId, message);
    if (!text) {
      await i.reply(note(translator(interactionLocale(i.raw))('notice.discord.latexGone')), true);
      return;
    }
    await i.defer(true);
    const outcome = await this.ctx.dispatcher.handle({ platform: 'discord', userId: userOf(i.raw).id, text });
    const latex = outcome.kind === 'answer' ? answerLatex(outcome.answer) : undefined;
    const tr = translator(outcome.locale);
    if (outcome.kind !== 'answer') await i.editReply(note(outcomeText(outcome)));
    else if (!latex) await i.editReply(note(tr('notice.noLatex')));
    else if (latexCodeBlock(latex).length <= CONTENT_MAX) await i.editReply(note(latexCodeBlock(latex)));
    else
      await i.editReply({
        ...note(tr('notice.discord.latexFile')),
        files: [new AttachmentBuilder(Buffer.from(latex + '\n', 'utf8'), { name: 'answer.tex' })],
      });
  }

  /** The grammar text a LaTeX button's answer was computed from, or undefined when it cannot be had again. */
  private async latexSource(customId: string, message: APIMessage | undefined): Promise<string | undefined> {
    const rest = customId.slice(LATEX_PREFIX.length);
    if (rest.startsWith('t:')) return rest.slice(2);
    if (customId !== LATEX_REPLY_ID || !message) return undefined;
    // The mention this answer replies to, as it reads now (an edit re-ran the answer too).
    const ref = message.message_reference;
    if (!ref?.message_id || !this.deps.botToken) return undefined;
    const source = (await this.deps.rest
      .get(Routes.channelMessage(ref.channel_id ?? message.channel_id, ref.message_id))
      .catch(() => undefined)) as APIMessage | undefined;
    const text = source ? mentionText(source.content, message.author.id, true) : undefined;
    return text || undefined;
  }

  /**
   * Runs a request for an interaction and answers it, within Discord's 3 s: deferred at once for big input (or, over
   * HTTP, a quiz, whose message id only an edit tells), or when the answer is not ready after `deferAfterMs`. `known`
   * is the command when it is known before dispatch (for the decision to defer, and privately or not).
   */
  private async respond(
    i: InteractionReply,
    request: { command?: Command; text?: string; prepare?: () => Promise<Command | EngineError> },
    known: Command | undefined,
    latexId?: string,
    deferAtOnce = false,
    updateOriginal = false,
  ): Promise<void> {
    const privately = known !== undefined && answersPrivately(known);
    // Recorded in the store before the first response (which may be a deferral, or over HTTP a type 5 that an edit
    // with the figures follows): if this instance dies before the answer, another one edits the deferred reply to
    // say so (runtime/inflight.ts). Cleared once the answer is out.
    let inflight: Promise<string | undefined> | undefined;
    const defer = () => (updateOriginal ? i.deferUpdate() : i.defer(privately));
    try {
      // The first response waits for the record at most ACK_WAIT_MS: with the store slow or down the command is
      // answered all the same, only without the record (done() clears it whenever it is written).
      inflight = this.recordInFlight(i.raw);
      await settleWithin(inflight, ACK_WAIT_MS, undefined);
      const big = known !== undefined && estimatedCells(known) >= this.opts.deferAtOnceCells;
      if (deferAtOnce || big || (known?.verb === 'quiz' && !i.tellsMessage)) await defer();
      const started = performance.now();
      const pending = this.ctx.dispatcher.handle({
        platform: 'discord',
        userId: userOf(i.raw).id,
        ...request,
        who: this.requesterOf(i.raw),
      });
      if (!i.deferred) {
        // handle() may have computed synchronously already: count that time against the deadline.
        const left = this.opts.deferAfterMs - (performance.now() - started);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
        const first = await Promise.race([pending, late]);
        clearTimeout(timer);
        if (first === 'late') await defer();
      }
      await this.deliver(i, await pending, privately, latexId);
    } catch (err) {
      const errorId = randomUUID().slice(0, 8);
      this.log.error({ err, errorId, verb: known?.verb }, 'discord reply failed');
      const sorry = note(translator(interactionLocale(i.raw))('notice.discord.sendFailed', { id: errorId }));
      await (i.acknowledged ? i.followUp(sorry, true) : i.reply(sorry, true)).catch(() => undefined);
    } finally {
      await this.ctx.inflight?.done(inflight);
    }
  }

  /** Records a command about to be answered (ids and the interaction's webhook handle, valid 15 minutes). */
  private async recordInFlight(raw: APIInteraction): Promise<string | undefined> {
    const inflight = this.ctx.inflight;
    if (!inflight) return undefined;
    const { platform, workspace, channel, user } = this.requesterOf(raw);
    const ttl = snowflakeTime(raw.id) + INTERACTION_TOKEN_MS - Date.now();
    if (ttl <= 0) return undefined;
    return inflight.track({ platform, workspace, channel, user }, `${raw.application_id}/${raw.token}`, ttl);
  }

  private async deliver(i: InteractionReply, outcome: Outcome, privately: boolean, latexId?: string): Promise<void> {
    if (outcome.kind !== 'answer') return this.replyPrivately(i, note(outcomeText(outcome)), privately);
    if (outcome.reveal) {
      const reveal = await this.showReveal(outcome.reveal, outcome.answer);
      if (reveal.shown)
        return this.replyPrivately(
          i,
          note(translator(outcome.reveal.locale)('quiz.closedNote', { id: outcome.reveal.roundId })),
          privately,
        );
      // The question message could not be edited (deleted, or out of the bot's reach): the reveal is this answer.
      await this.replyPublicly(i, reveal.payload);
      return;
    }
    if (outcome.quiz && outcome.private) {
      // A practice question: privately, with its buttons (an ephemeral message carries them).
      const message = renderAnswer(outcome.answer, null, { locale: outcome.locale });
      message.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
      return this.replyPrivately(i, message, privately);
    }
    if (outcome.marked) {
      // An answer: privately, with the choices and the user's own marked (and, for practice, the right one); the
      // channel sees only the question's count of answers change.
      const reveal = (outcome.answer.data as unknown as Partial<AnswerData>).reveal;
      const message = renderAnswer(outcome.answer, null, { locale: outcome.locale });
      message.components = markedComponents(outcome.marked.roundId, outcome.marked, reveal?.correctChoice);
      this.noteAnswered(outcome);
      // A practice button: its ephemeral question becomes the answer (no second message, no buttons left).
      if (outcome.marked.practice && i.raw.type === InteractionType.MessageComponent && !i.acknowledged)
        return i.update(message);
      if (i.updating) {
        await i.editReply(message);
        return;
      }
      return this.replyPrivately(i, message, privately);
    }
    const locale = outcome.locale;
    if (outcome.private)
      return this.replyPrivately(i, renderAnswer(outcome.answer, null, { latexId, locale }), privately);
    const message = renderAnswer(outcome.answer, userOf(i.raw).id, { latexId, locale });
    // A quiz's question carries its choices, not a Delete button: deleting it would leave the round nowhere to close.
    if (outcome.quiz) message.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
    const where = await this.replyPublicly(i, message);
    if (outcome.quiz) {
      if (where) {
        // Where the bot cannot edit the channel's messages (user-installed, outside the server), the interaction's
        // token can, for 15 minutes: it goes into the store with the reference, so any instance can use it.
        const token = guildInstalled(i.raw)
          ? undefined
          : { token: i.raw.token, until: snowflakeTime(i.raw.id) + INTERACTION_TOKEN_MS };
        await this.ctx.groups?.attachMessage(outcome.quiz.id, messageRef(where.channelId, where.id, token));
      } else
        this.log.warn(
          { quiz: outcome.quiz.id },
          'quiz posted but its message id is unknown: the reveal will be posted anew',
        );
    }
  }

  /** Ephemeral: a reply, or the private deferred placeholder edited, or the public one swapped for a private note. */
  private async replyPrivately(i: InteractionReply, payload: DiscordAnswer, privately: boolean): Promise<void> {
    // A deferred update (a practice button) leaves its message as it is; anything else comes as a private follow-up.
    if (i.updating) await i.followUp(payload, true);
    else if (!i.deferred) await i.reply(payload, true);
    else if (privately) await i.editReply(payload);
    else {
      // The deferred "thinking…" placeholder is public; this answer is not: swap it for a private note.
      await i.deleteReply();
      await i.followUp(payload, true);
    }
  }

  /** In the channel; resolves to the message posted (for a quiz's reference), when Discord says which. */
  private async replyPublicly(i: InteractionReply, payload: DiscordAnswer): Promise<Posted | null> {
    if (i.deferred) return i.editReply(payload);
    return i.reply(payload, false);
  }

  // ── reveals ───────────────────────────────────────────────────────────────────────────────

  /** The closed question: the reveal's text, embed and worked figure; its choices disabled, the right one green. */
  private revealPayload(round: Round | undefined, answer: Answer, locale?: Locale): DiscordAnswer {
    const payload = renderAnswer(answer, round?.createdBy ?? null);
    if (!round) return payload;
    // The choices in the reveal's language (the same question in every language).
    const q = withLocale(locale, () =>
      generateQuiz({ seed: round.seed, topic: round.topic as QuizTopic, level: round.level as QuizLevel }),
    );
    // Once closed, whoever started the quiz may delete it (a Delete row under the choices).
    payload.components = [...revealComponents(round.id, q.choices, round.correctChoice), ...payload.components];
    return payload;
  }

  /** Edits the question message of a closed round into its reveal; `shown: false` when it could not. */
  async showReveal(
    reveal: NonNullable<GroupReply['reveal']>,
    answer: Answer,
  ): Promise<{ shown: boolean; payload: DiscordAnswer }> {
    const round = await this.ctx.groups?.store.getRound(reveal.roundId);
    const payload = this.revealPayload(round, answer, reveal.locale);
    const ref = parseMessageRef(reveal.messageRef);
    const shown = round !== undefined && ref !== undefined && (await this.editQuestion(round, ref, payload));
    return { shown, payload };
  }

  /** The quiz's interaction token from its stored reference, while it lives. */
  private liveToken(ref: { token?: string; until?: number } | undefined): string | undefined {
    return ref?.token && (ref.until ?? 0) > Date.now() ? ref.token : undefined;
  }

  /**
   * PATCH /channels/{c}/messages/{m} with the bot token (any instance can, at any time). Where the bot cannot (a
   * user-installed app outside the server, or no bot token), the quiz's own interaction token, stored with the
   * reference while it lives, edits it instead.
   */
  private async editQuestion(
    round: Round,
    ref: { channelId: string; messageId: string; token?: string; until?: number },
    payload: MessagePayload,
  ): Promise<boolean> {
    let first: unknown;
    if (this.deps.botToken) {
      try {
        await this.deps.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), restMessage(payload));
        return true;
      } catch (err) {
        first = err;
      }
    }
    const token = isUnknownMessage(first) ? undefined : this.liveToken(ref);
    if (token) {
      try {
        await editOriginal(this.deps.rest, this.appIdOf(), token, payload);
        return true;
      } catch (err2) {
        this.log.warn(
          { quiz: round.id, code: discordCode(err2) },
          'could not edit the quiz question through its interaction',
        );
      }
    }
    this.log.warn({ quiz: round.id, code: discordCode(first) }, 'could not edit the quiz question message');
    return false;
  }

  private appIdOf(): string {
    return this.ctx.config.discord?.appId ?? '0';
  }

  /** The sweeper closed a round (time is up): edit its question, else post the reveal, else say why in the log. */
  async publishReveal(round: Round, reply: GroupReply): Promise<void> {
    const payload = this.revealPayload(round, reply.answer, reply.reveal?.locale);
    const ref = parseMessageRef(round.messageRef);
    if (ref && (await this.editQuestion(round, ref, payload))) return;
    let err: unknown;
    if (this.deps.botToken) {
      try {
        // The question is gone, or was never attached: the reveal as a new message, replying to it when it exists.
        const reference = ref ? { message_reference: { message_id: ref.messageId, fail_if_not_exists: false } } : {};
        await this.deps.rest.post(Routes.channelMessages(round.channel), restMessage(payload, reference));
        this.log.info({ quiz: round.id }, 'reveal posted as a new message');
        return;
      } catch (e) {
        err = e;
      }
    }
    const token = this.liveToken(ref);
    if (token) {
      await followUp(this.deps.rest, this.appIdOf(), token, payload, false);
      this.log.info({ quiz: round.id }, 'reveal posted as a follow-up of the quiz interaction');
      return;
    }
    // A user-installed app outside the server, after the quiz's interaction token expired: Discord offers no way to
    // post there. `/hadamard reveal <id>` shows it, as the reply to that command.
    this.log.warn(
      { quiz: round.id, channel: round.channel, code: discordCode(err) },
      'reveal not shown: the bot cannot edit or post in this channel (user-installed, not in the server) and the quiz interaction token has expired',
    );
  }
}

/** The LaTeX button's id for a command's text, when the text parses and fits. */
function latexIdFor(text: string): string | undefined {
  return parseCommand(text).ok ? latexIdForText(text) : undefined;
}

/** How long an interaction's first response waits for the store (its delivery claim, its in-flight record), at most. */
const ACK_WAIT_MS = 250;

/** A snowflake's creation time (ms since the Unix epoch). */
export function snowflakeTime(id: string): number {
  try {
    return Number((BigInt(id) >> 22n) + 1420070400000n);
  } catch {
    return Date.now();
  }
}
