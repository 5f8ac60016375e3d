/**
 * The Discord adapter (discord.js v14). `/hadamard <verb>` slash commands become typed
 * Commands; messages that mention the bot (and DMs to it) and the "Hadamard this" message command
 * go through the text grammar. Answers are content (≤ 2,000 characters, matrices in code blocks) +
 * an embed + the figures as attachments with alt text + a Delete button only the asker may use.
 * Errors and private answers are ephemeral (after a mention, which cannot be: a DM).
 *
 * Study groups: every request carries who asks and where (guild or `dm`, channel, user, Manage
 * Channels from the member's permissions). A quiz is posted with one button per choice; a click is
 * an `answer`, answered privately. When the round closes (by time, through the publisher registered
 * with the group service, or on `reveal`) the question message is edited into the reveal: buttons
 * disabled, the right one green, the worked figure attached. Editing a message that mentioned the
 * bot edits the bot's reply (the link is in the store) instead of posting another.
 *
 * Intents: Guilds (channel and role cache), GuildMessages and DirectMessages (mentions, DMs, their
 * edits). No privileged intent: Discord delivers the content of messages that mention the bot, and
 * of DMs, without MESSAGE_CONTENT; interactions need no intent at all.
 */
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  Routes,
  DiscordAPIError,
  type APIEmbed,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Guild,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  type PartialMessage,
} from 'discord.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  generateQuiz,
  parseCommand,
  verbSpec,
  VERBS,
  type Answer,
  type Command,
  type QuizLevel,
  type QuizTopic,
  type Verb,
} from '../../engine/index.js';
import type { Round } from '../../store/types.js';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import type { Outcome } from '../runtime/dispatch.js';
import type { GroupReply, Requester } from '../groups/service.js';
import { COMMAND_NAME, MESSAGE_COMMAND_NAME, OptionsError, commandFromOptions } from './commands.js';
import {
  messageRef,
  parseAnswerCustomId,
  parseMessageRef,
  quizComponents,
  restMessage,
  revealComponents,
  type MessagePayload,
} from './quiz.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message). */
export const CONTENT_MAX = 2000;
export const ATTACHMENT_DESCRIPTION_MAX = 1024;
const EMBED_TITLE_MAX = 256;
const EMBED_DESCRIPTION_MAX = 4096;
const FILES_MAX = 10;

/** The overflow file: the whole answer as text, when the content cannot hold every section. */
export const OVERFLOW_FILE = 'answer.txt';
const OVERFLOW_NOTE = `\n\n*The rest of the answer is in ${OVERFLOW_FILE}.*`;

/** Button custom id: `hadamard:delete:<asker's user id>`. */
export const DELETE_PREFIX = 'hadamard:delete:';
export const NOT_YOURS = 'Only the person who asked can delete this answer.';

/** Who may change a channel's settings, in the words a refusal uses. */
export const MANAGE_PERMISSION_NAME = 'the Manage Channels permission';
/** An interaction's token lives 15 minutes; the adapter stops relying on it a little before. */
const INTERACTION_TOKEN_MS = 14 * 60 * 1000;
/** Verbs whose answer is always private: when they must be deferred, they are deferred privately. */
const PRIVATE_VERBS: ReadonlySet<string> = new Set(['answer', 'settings', 'forget-me']);

const COLOUR = 0x2b7a78;

export interface DiscordOptions {
  /**
   * Defer (`deferReply`) when the answer is not ready this many ms after the command arrived.
   * Discord drops an interaction not acknowledged within 3 s, and a plain reply also carries the
   * PNG uploads, so 1.2 s leaves room for them. The engine computes synchronously (up to its 2 s
   * limit) before it renders, so time already spent counts: past the mark, the bot defers at once.
   */
  deferAfterMs?: number;
  /** Defer before any work when the operands hold this many entries in all (above 8×8 + 8×8). */
  deferAtOnceCells?: number;
}

const DEFAULTS: Required<DiscordOptions> = { deferAfterMs: 1200, deferAtOnceCells: 129 };

/** What one answer becomes on Discord: the fields of a message create/edit payload. */
export interface DiscordAnswer {
  content: string;
  embeds: APIEmbed[];
  files: AttachmentBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: { parse: [] };
}

/**
 * Answer → Discord message. Sections are never split: those that do not fit go to answer.txt.
 * The Delete button is the asker's; `null` leaves it out.
 */
export function renderAnswer(answer: Answer, askerId: string | null): DiscordAnswer {
  const blocks = answer.sections.map((s) => (s.heading ? `**${s.heading}**\n${s.body}` : s.body));
  const head = answer.summary;
  let content = head;
  let shown = 0;
  for (const block of blocks) {
    const next = `${content}\n\n${block}`;
    const reserve = shown + 1 < blocks.length ? OVERFLOW_NOTE.length : 0;
    if (next.length + reserve > CONTENT_MAX) break;
    content = next;
    shown++;
  }
  const files: AttachmentBuilder[] = [];
  if (shown < blocks.length) {
    content = content.length + OVERFLOW_NOTE.length <= CONTENT_MAX ? content + OVERFLOW_NOTE : OVERFLOW_NOTE.trim();
    const full = [`# ${answer.title}`, answer.summary, ...blocks].join('\n\n') + '\n';
    files.push(
      new AttachmentBuilder(Buffer.from(full, 'utf8'), {
        name: OVERFLOW_FILE,
        description: `The full text of the answer: ${answer.title}`,
      }),
    );
  }
  if (content.length > CONTENT_MAX) content = content.slice(0, CONTENT_MAX - 1) + '…'; // a summary is one line
  for (const f of answer.figures.slice(0, FILES_MAX - files.length)) {
    files.push(new AttachmentBuilder(f.png, { name: f.name, description: clip(f.alt, ATTACHMENT_DESCRIPTION_MAX) }));
  }
  const embed: APIEmbed = {
    title: clip(answer.title, EMBED_TITLE_MAX),
    description: clip(answer.summary, EMBED_DESCRIPTION_MAX),
    color: COLOUR,
  };
  const exact = answer.data.exact;
  if (exact === true) embed.footer = { text: 'Exact arithmetic (rational numbers)' };
  else if (exact === false) embed.footer = { text: 'Floating point (numerical tolerance)' };
  const components = askerId === null ? [] : [deleteRow(askerId)];
  return { content, embeds: [embed], files, components, allowedMentions: { parse: [] } };
}

/** A short text message: no embed, no files, no buttons. */
function note(content: string): DiscordAnswer {
  return { content: clip(content, CONTENT_MAX), embeds: [], files: [], components: [], allowedMentions: { parse: [] } };
}

function deleteRow(askerId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`${DELETE_PREFIX}${askerId}`).setLabel('Delete').setStyle(ButtonStyle.Secondary),
  );
}

/** The short private text for everything that is not an answer. */
export function outcomeText(outcome: Exclude<Outcome, { kind: 'answer' }>): string {
  switch (outcome.kind) {
    case 'error':
      return clip(`**${outcome.error.message}**\nTry: ${codeSpan(outcome.error.hint)}`, CONTENT_MAX);
    case 'rate_limited':
    case 'fault':
    case 'closing':
      return clip(outcome.message, CONTENT_MAX);
  }
}

function codeSpan(s: string): string {
  const one = s.replace(/\s*\n\s*/g, ' ');
  return one.includes('`') ? `\`\` ${one} \`\`` : `\`${one}\``;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** `/hadamard <verb> a:… b:…` → Command. Undefined for a verb this build does not know. */
export function commandFromInteraction(i: ChatInputCommandInteraction): Command | undefined {
  const verb = i.options.getSubcommand(false);
  if (!verb || !(VERBS as readonly string[]).includes(verb)) return undefined;
  const spec = verbSpec(verb as Verb);
  const values: Record<string, string | undefined> = {};
  for (const o of spec.options) values[o.name] = i.options.getString(o.name, false) ?? undefined;
  return commandFromOptions(spec, values);
}

const BUILDER = /^\s*(?:(?:hilbert|pascal|eye|ones|zeros|magic)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)|[IJ](\d+))\s*$/i;

/**
 * A cheap estimate of how many entries a command's operands hold, before any parsing: builders
 * (`hilbert(12)`, `ones(3,4)`, `I5`) by their size, literal matrices by their number of tokens.
 * Only used to decide whether to defer at once; the engine does the real parsing.
 */
export function estimatedCells(c: Command): number {
  let cells = 0;
  for (const o of c.operands) {
    const b = BUILDER.exec(o.text);
    if (b) {
      const m = Number(b[1] ?? b[3]);
      const n = b[2] !== undefined ? Number(b[2]) : m;
      cells += m * n;
    } else {
      cells += (o.text.match(/[^\s,;[\]]+/g) ?? []).length;
    }
  }
  return cells;
}

/** The text after the bot's mention(s), or undefined when the message is not for the bot. */
export function mentionText(content: string, botId: string, isDM: boolean): string | undefined {
  if (!isDM && !new RegExp(`<@!?${botId}>`).test(content)) return undefined;
  return content.replace(new RegExp(`[ \\t]*<@!?${botId}>[ \\t]*`, 'g'), ' ').trim();
}

type AskInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

/** How far an interaction's answer got: deferred or not, and whether the "thinking…" placeholder is private. */
interface ReplyState {
  deferred: boolean;
  privately: boolean;
}

function discordCode(err: unknown): number | string | undefined {
  return err instanceof DiscordAPIError ? err.code : undefined;
}

/** 10008 Unknown Message: the message was deleted. */
function isUnknownMessage(err: unknown): boolean {
  return discordCode(err) === 10008;
}

class DiscordAdapter {
  readonly client: Client;
  private readonly opts: Required<DiscordOptions>;
  private readonly log: Logger;
  private stopping = false;
  /**
   * Quiz questions posted as an interaction's answer, by quiz id, while the interaction's token lives: where the bot
   * is user-installed and not in the server, that token is the only way to edit the question or follow it up. A
   * fallback only: the store's message reference is what every instance uses.
   */
  private readonly quizInteractions = new Map<string, { interaction: AskInteraction; until: number }>();

  constructor(
    private readonly ctx: AdapterContext,
    options: DiscordOptions,
  ) {
    const discord = ctx.config.discord;
    if (!discord) throw new Error('startDiscord needs config.discord (DISCORD_TOKEN and DISCORD_APP_ID)');
    this.opts = { ...DEFAULTS, ...options };
    this.log = ctx.logger.child({ adapter: 'discord' });
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // DM channels are not cached before their first message; without this partial DMs are dropped. Messages are
      // not cached across restarts; without the Message partial an edit of an uncached message is dropped.
      partials: [Partials.Channel, Partials.Message],
      rest: { api: discord.apiUrl },
      allowedMentions: { parse: [] },
    });
    this.client.on(Events.InteractionCreate, (i) => void this.track(() => this.onInteraction(i)));
    this.client.on(Events.MessageCreate, (m) => void this.track(() => this.onMessage(m)));
    this.client.on(Events.MessageUpdate, (old, m) => void this.track(() => this.onMessageUpdate(old, m)));
    this.client.on(Events.Error, (err) => this.log.error({ err }, 'discord client error'));
    this.client.on(Events.Warn, (message) => this.log.warn({ message }, 'discord client warning'));
    this.client.on(Events.ShardResume, (shard, replayed) => this.log.info({ shard, replayed }, 'gateway resumed'));
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (!this.stopping) this.log.info({ shard }, 'gateway reconnecting');
    });
    this.client.on(Events.ShardDisconnect, (event, shard) =>
      this.log.error({ shard, code: event.code }, 'gateway closed for good (check DISCORD_TOKEN and intents)'),
    );
    // Rounds closing by time (the service's sweeper, on whichever instance claims them) are shown here.
    ctx.groups?.registerPublisher({ platform: 'discord', publish: (round, reply) => this.publishReveal(round, reply) });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.client.destroy();
  }

  /** Every event's whole handling (dispatch and send) is tracked, so shutdown waits for it. */
  private track(work: () => Promise<void>): Promise<void> {
    return this.ctx.dispatcher.track(
      work().catch((err: unknown) => {
        this.log.error({ err, errorId: randomUUID().slice(0, 8) }, 'discord handler failed');
      }),
    );
  }

  private async onInteraction(i: Interaction): Promise<void> {
    if (i.isChatInputCommand() && i.commandName === COMMAND_NAME) return this.onCommand(i);
    if (i.isMessageContextMenuCommand() && i.commandName === MESSAGE_COMMAND_NAME) return this.onHadamardThis(i);
    if (i.isButton() && i.customId.startsWith(DELETE_PREFIX)) return this.onDelete(i);
    if (i.isButton()) {
      const choice = parseAnswerCustomId(i.customId);
      if (choice) return this.onChoice(i, choice.quizId, choice.choiceId);
    }
  }

  // ── who asks ──────────────────────────────────────────────────────────────────────────────

  /** An interaction's requester: Manage Channels comes with the member's permissions in the payload (DMs: yes). */
  private requesterOf(i: AskInteraction): Requester {
    return {
      platform: 'discord',
      workspace: i.guildId ?? 'dm',
      channel: i.channelId ?? 'unknown',
      user: i.user.id,
      canManage: async () => i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? true,
      permissionName: MANAGE_PERMISSION_NAME,
      names: (ids) => this.names(ids, i.guild),
    };
  }

  /** A mention's requester: Manage Channels computed from the member's roles and the channel's overwrites. */
  private requesterOfMessage(m: Message): Requester {
    return {
      platform: 'discord',
      workspace: m.guildId ?? 'dm',
      channel: m.channelId,
      user: m.author.id,
      canManage: async () => {
        if (!m.inGuild()) return true;
        try {
          return m.member?.permissionsIn(m.channel).has(PermissionFlagsBits.ManageChannels) ?? false;
        } catch {
          return false; // the channel or the member's roles are not cached: refuse rather than guess
        }
      },
      permissionName: MANAGE_PERMISSION_NAME,
      names: (ids) => this.names(ids, m.guild),
    };
  }

  /** Display names from the caches (members, users); only a user never seen is fetched (GET /users/{id}). */
  private async names(ids: string[], guild: Guild | null): Promise<Record<string, string>> {
    const found = await Promise.all(
      ids.map(async (id) => {
        const member = guild?.members.cache.get(id);
        if (member) return [id, member.displayName] as const;
        const user = this.client.users.cache.get(id) ?? (await this.client.users.fetch(id).catch(() => undefined));
        return user ? ([id, user.displayName] as const) : undefined;
      }),
    );
    return Object.fromEntries(found.filter((x) => x !== undefined));
  }

  // ── interactions ──────────────────────────────────────────────────────────────────────────

  private async onCommand(i: ChatInputCommandInteraction): Promise<void> {
    let command: Command | undefined;
    try {
      command = commandFromInteraction(i);
    } catch (e) {
      // A study-group verb's words that its grammar refuses: the user's error, privately, like any other.
      if (!(e instanceof OptionsError)) throw e;
      await i.reply({
        content: outcomeText({ kind: 'error', error: e.error }),
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    if (!command) {
      await i.reply({
        content: 'This subcommand is not known to this version of the bot. Try `/hadamard help`.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await this.respond(i, { command }, command);
  }

  /** "Hadamard this": the grammar on the message it was used on (Discord sends that message's content with it). */
  private async onHadamardThis(i: MessageContextMenuCommandInteraction): Promise<void> {
    const content = i.targetMessage.content ?? '';
    const text = mentionText(content, this.client.user?.id ?? i.applicationId, true) ?? '';
    if (text === '') {
      await i.reply({
        content:
          'That message has no text for me to read. "Hadamard this" works on a message with matrices in it, like `[[2,3],[4,1]] [[5,6],[7,8]]`.',
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    const parsed = parseCommand(text);
    await this.respond(i, { text }, parsed.ok ? parsed.value : undefined);
  }

  /** A quiz button: the same `answer` as `/hadamard answer <quiz> <choice>`, answered privately. */
  private async onChoice(i: ButtonInteraction, quizId: string, choiceId: string): Promise<void> {
    const command: Command = { verb: 'answer', operands: [], args: [quizId, choiceId] };
    await this.respond(i, { command }, command);
  }

  /**
   * Runs a request for an interaction and answers it, within Discord's 3 s: deferred at once for big input, or when
   * the answer is not ready after `deferAfterMs`. `known` is the command when it is known before dispatch (for the
   * decision to defer, and privately or not).
   */
  private async respond(
    i: AskInteraction,
    request: { command?: Command; text?: string },
    known: Command | undefined,
  ): Promise<void> {
    const state: ReplyState = { deferred: false, privately: known !== undefined && PRIVATE_VERBS.has(known.verb) };
    try {
      if (known && estimatedCells(known) >= this.opts.deferAtOnceCells) await this.defer(i, state);
      const started = performance.now();
      const pending = this.ctx.dispatcher.handle({
        platform: 'discord',
        userId: i.user.id,
        ...request,
        who: this.requesterOf(i),
      });
      if (!state.deferred) {
        // handle() may have computed synchronously already: count that time against the deadline.
        const left = this.opts.deferAfterMs - (performance.now() - started);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
        const first = await Promise.race([pending, late]);
        clearTimeout(timer);
        if (first === 'late') await this.defer(i, state);
      }
      await this.deliver(i, await pending, state);
    } catch (err) {
      const errorId = randomUUID().slice(0, 8);
      this.log.error({ err, errorId, verb: known?.verb }, 'discord reply failed');
      const content = `Sorry, the answer could not be sent (error id ${errorId}).`;
      await (
        i.deferred || i.replied
          ? i.followUp({ content, flags: MessageFlags.Ephemeral })
          : i.reply({ content, flags: MessageFlags.Ephemeral })
      ).catch(() => undefined);
    }
  }

  private async defer(i: AskInteraction, state: ReplyState): Promise<void> {
    await i.deferReply(state.privately ? { flags: MessageFlags.Ephemeral } : {});
    state.deferred = true;
  }

  private async deliver(i: AskInteraction, outcome: Outcome, state: ReplyState): Promise<void> {
    if (outcome.kind !== 'answer') return this.replyPrivately(i, note(outcomeText(outcome)), state);
    if (outcome.reveal) {
      const reveal = await this.showReveal(outcome.reveal, outcome.answer);
      if (reveal.shown)
        return this.replyPrivately(
          i,
          note(`Quiz ${outcome.reveal.roundId} is closed: its question message now shows the answer.`),
          state,
        );
      // The question message could not be edited (deleted, or out of the bot's reach): the reveal is this answer.
      await this.replyPublicly(i, reveal.payload, state);
      return;
    }
    if (outcome.private) return this.replyPrivately(i, renderAnswer(outcome.answer, null), state);
    const message = renderAnswer(outcome.answer, i.user.id);
    // A quiz's question carries its choices, not a Delete button: deleting it would leave the round nowhere to close.
    if (outcome.quiz) message.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
    const posted = await this.replyPublicly(i, message, state);
    if (outcome.quiz) {
      if (posted) await this.ctx.groups?.attachMessage(outcome.quiz.id, messageRef(posted.channelId, posted.id));
      else
        this.log.warn(
          { quiz: outcome.quiz.id },
          'quiz posted but its message id is unknown: the reveal will be posted anew',
        );
      this.holdInteraction(outcome.quiz.id, i);
    }
  }

  /** Ephemeral: a reply, or the private deferred placeholder edited, or the public one swapped for a private note. */
  private async replyPrivately(i: AskInteraction, payload: DiscordAnswer, state: ReplyState): Promise<void> {
    if (!state.deferred) await i.reply({ ...payload, flags: MessageFlags.Ephemeral });
    else if (state.privately) await i.editReply(payload);
    else {
      // The deferred "thinking…" placeholder is public; this answer is not: swap it for a private note.
      await i.deleteReply();
      await i.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    }
  }

  /** In the channel; resolves to the message posted (for a quiz's reference), when Discord says which. */
  private async replyPublicly(i: AskInteraction, payload: DiscordAnswer, state: ReplyState): Promise<Message | null> {
    if (state.deferred) return i.editReply(payload);
    const response = await i.reply({ ...payload, withResponse: true });
    return response.resource?.message ?? null;
  }

  private holdInteraction(quizId: string, i: AskInteraction): void {
    const now = Date.now();
    for (const [id, held] of this.quizInteractions) if (held.until <= now) this.quizInteractions.delete(id);
    this.quizInteractions.set(quizId, { interaction: i, until: i.createdTimestamp + INTERACTION_TOKEN_MS });
  }

  private heldInteraction(quizId: string): AskInteraction | undefined {
    const held = this.quizInteractions.get(quizId);
    return held && held.until > Date.now() ? held.interaction : undefined;
  }

  private async onDelete(i: ButtonInteraction): Promise<void> {
    const owner = i.customId.slice(DELETE_PREFIX.length);
    if (i.user.id !== owner) {
      await i.reply({ content: NOT_YOURS, flags: MessageFlags.Ephemeral });
      return;
    }
    await i.deferUpdate();
    if (i.message.interactionMetadata) {
      // An interaction's answer: after deferUpdate, "@original" is the message carrying the button.
      // This also works where the bot is user-installed and not a member of the server.
      await i.deleteReply();
    } else {
      // A reply to a mention: the bot's own message in a channel it is in.
      await this.client.rest.delete(Routes.channelMessage(i.message.channelId, i.message.id));
    }
  }

  // ── reveals ───────────────────────────────────────────────────────────────────────────────

  /** The closed question: the reveal's text, embed and worked figure; its choices disabled, the right one green. */
  private revealPayload(round: Round | undefined, answer: Answer): DiscordAnswer {
    const payload = renderAnswer(answer, round?.createdBy ?? null);
    if (!round) return payload;
    const q = generateQuiz({ seed: round.seed, topic: round.topic as QuizTopic, level: round.level as QuizLevel });
    // Once closed, whoever started the quiz may delete it (a Delete row under the choices).
    payload.components = [...revealComponents(round.id, q.choices, round.correctChoice), ...payload.components];
    return payload;
  }

  /** Edits the question message of a closed round into its reveal; `shown: false` when it could not. */
  private async showReveal(
    reveal: NonNullable<GroupReply['reveal']>,
    answer: Answer,
  ): Promise<{ shown: boolean; payload: DiscordAnswer }> {
    const round = await this.ctx.groups?.store.getRound(reveal.roundId);
    const payload = this.revealPayload(round, answer);
    const ref = parseMessageRef(reveal.messageRef);
    const shown = round !== undefined && ref !== undefined && (await this.editQuestion(round, ref, payload));
    return { shown, payload };
  }

  /**
   * PATCH /channels/{c}/messages/{m} with the bot token (any instance can, at any time). Where the bot cannot (a
   * user-installed app outside the server), the quiz's own interaction, while its token lives, edits it instead.
   */
  private async editQuestion(
    round: Round,
    ref: { channelId: string; messageId: string },
    payload: MessagePayload,
  ): Promise<boolean> {
    try {
      await this.client.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), restMessage(payload));
      this.quizInteractions.delete(round.id);
      return true;
    } catch (err) {
      const held = isUnknownMessage(err) ? undefined : this.heldInteraction(round.id);
      if (held) {
        try {
          await held.editReply(payload);
          this.quizInteractions.delete(round.id);
          return true;
        } catch (err2) {
          this.log.warn(
            { quiz: round.id, code: discordCode(err2) },
            'could not edit the quiz question through its interaction',
          );
        }
      }
      this.log.warn({ quiz: round.id, code: discordCode(err) }, 'could not edit the quiz question message');
      return false;
    }
  }

  /** The sweeper closed a round (time is up): edit its question, else post the reveal, else say why in the log. */
  private async publishReveal(round: Round, reply: GroupReply): Promise<void> {
    const payload = this.revealPayload(round, reply.answer);
    const ref = parseMessageRef(round.messageRef);
    if (ref && (await this.editQuestion(round, ref, payload))) return;
    try {
      // The question is gone, or was never attached: the reveal as a new message, replying to it when it exists.
      const reference = ref ? { message_reference: { message_id: ref.messageId, fail_if_not_exists: false } } : {};
      await this.client.rest.post(Routes.channelMessages(round.channel), restMessage(payload, reference));
      this.log.info({ quiz: round.id }, 'reveal posted as a new message');
      return;
    } catch (err) {
      const held = this.heldInteraction(round.id);
      if (held) {
        await held.followUp(payload);
        this.quizInteractions.delete(round.id);
        this.log.info({ quiz: round.id }, 'reveal posted as a follow-up of the quiz interaction');
        return;
      }
      // A user-installed app outside the server, after the quiz's interaction token expired (or on another instance):
      // Discord offers no way to post there. `/hadamard reveal <id>` shows it, as the reply to that command.
      this.log.warn(
        { quiz: round.id, channel: round.channel, code: discordCode(err) },
        'reveal not shown: the bot cannot edit or post in this channel (user-installed, not in the server) and holds no live interaction for it',
      );
    }
  }

  // ── mentions, DMs and their edits ─────────────────────────────────────────────────────────

  private async onMessage(m: Message): Promise<void> {
    const me = this.client.user;
    if (!me || m.author.bot || m.author.id === me.id) return;
    const text = mentionText(m.content, me.id, !m.inGuild());
    if (text === undefined) return;
    await this.answerMention(m, text === '' ? 'help' : text, undefined);
  }

  /**
   * Edit to re-run: the author edited a message that mentions the bot (Discord sends its content without the
   * MESSAGE_CONTENT intent, as for the message itself): the bot's reply to it is edited with the new answer.
   */
  private async onMessageUpdate(old: Message | PartialMessage, m: Message | PartialMessage): Promise<void> {
    const me = this.client.user;
    const groups = this.ctx.groups;
    if (!me || !groups || m.partial || m.author.bot || m.author.id === me.id) return;
    // Only the author's edits: an embed unfurling also arrives as an update, with no edit time or the same text.
    if (m.editedTimestamp === null || (!old.partial && old.content === m.content)) return;
    const text = mentionText(m.content, me.id, !m.inGuild());
    if (text === undefined) return;
    const link = await groups.store.findReply({ platform: 'discord', channel: m.channelId, sourceMessageId: m.id });
    await this.answerMention(m, text === '' ? 'help' : text, link?.replyMessageId);
  }

  /**
   * Answers a mention (or a DM): a reply, or, when `replyId` is the bot's earlier reply to this message, an edit of
   * it. Every reply is linked to its message for edit-to-rerun, except a quiz question: a new round gets a new
   * message, and an open round's question is never overwritten.
   */
  private async answerMention(m: Message, text: string, replyId: string | undefined): Promise<void> {
    const who = this.requesterOfMessage(m);
    const outcome = await this.ctx.dispatcher.handle({ platform: 'discord', userId: m.author.id, text, who });
    const payload = await this.mentionPayload(m, outcome);
    const quiz = outcome.kind === 'answer' ? outcome.quiz : undefined;
    if (replyId && !quiz) {
      try {
        await this.client.rest.patch(Routes.channelMessage(m.channelId, replyId), restMessage(payload));
        return;
      } catch (err) {
        if (!isUnknownMessage(err)) throw err;
        // The reply was deleted (its Delete button): answer afresh.
      }
    }
    const reply = await m.reply({ ...payload, allowedMentions: { parse: [], repliedUser: false } });
    if (quiz) {
      await this.ctx.groups?.attachMessage(quiz.id, messageRef(reply.channelId, reply.id));
      return;
    }
    await this.ctx.groups?.store.linkReply({
      platform: 'discord',
      workspace: who.workspace,
      channel: m.channelId,
      sourceMessageId: m.id,
      user: m.author.id,
      replyMessageId: reply.id,
      createdAt: Date.now(),
    });
  }

  /**
   * What a mention's reply shows. Messages cannot be ephemeral: errors are short replies, and a private answer (an
   * answer's feedback, settings, forget-me, a channel whose answers are private) goes to the asker's DMs, with a
   * short note in the channel that says so.
   */
  private async mentionPayload(m: Message, outcome: Outcome): Promise<DiscordAnswer> {
    if (outcome.kind !== 'answer') return note(outcomeText(outcome));
    const { answer } = outcome;
    if (outcome.reveal) {
      const reveal = await this.showReveal(outcome.reveal, answer);
      return reveal.shown
        ? note(`Quiz ${outcome.reveal.roundId} is closed: its question message now shows the answer.`)
        : reveal.payload;
    }
    if (outcome.private && m.inGuild()) {
      try {
        await m.author.send(renderAnswer(answer, m.author.id));
        return note(`${answer.title}: sent to you by DM, because it is private.`);
      } catch (err) {
        this.log.info({ code: discordCode(err) }, 'could not DM a private answer');
        return note(
          `${answer.title}: this answer is private and I could not DM it to you (are DMs from this server off?). Use \`/hadamard ${answer.verb}\` and I will answer where only you can see it.`,
        );
      }
    }
    const payload = renderAnswer(answer, m.author.id);
    if (outcome.quiz) payload.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
    return payload;
  }
}

/**
 * Logs in and starts answering. Resolves once the gateway session is READY.
 * main.ts calls this when DISCORD_TOKEN and DISCORD_APP_ID are set, and `stop()` after draining.
 */
export async function startDiscord(ctx: AdapterContext, options: DiscordOptions = {}): Promise<RunningAdapter> {
  const adapter = new DiscordAdapter(ctx, options);
  const discord = ctx.config.discord!;
  try {
    await adapter.client.login(discord.token);
  } catch (err) {
    await adapter.client.destroy().catch(() => undefined);
    throw err;
  }
  return {
    name: 'discord',
    where: `${discord.apiUrl} as ${adapter.client.user?.tag ?? discord.appId}`,
    stop: () => adapter.stop(),
  };
}
