/**
 * The Discord adapter (discord.js v14). `/hadamard <verb>` slash commands become typed
 * Commands; messages that mention the bot (and DMs to it) go through the text grammar. Answers
 * are content (≤ 2,000 characters, matrices in code blocks) + an embed + the figures as
 * attachments with alt text + a Delete button only the asker may use. Errors are ephemeral.
 *
 * Intents: Guilds (channel cache), GuildMessages and DirectMessages (mentions, DMs). No
 * privileged intent: Discord delivers the content of messages that mention the bot, and of DMs,
 * without MESSAGE_CONTENT; slash commands need no intent at all.
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
  Routes,
  type APIEmbed,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
} from 'discord.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { verbSpec, VERBS, type Answer, type Command, type Verb } from '../engine/index.js';
import type { AdapterContext, RunningAdapter } from './adapter.js';
import type { Outcome } from './dispatch.js';
import { COMMAND_NAME, OptionsError, commandFromOptions } from './discord-commands.js';

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

/** Answer → Discord message. Sections are never split: those that do not fit go to answer.txt. */
export function renderAnswer(answer: Answer, askerId: string): DiscordAnswer {
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
  return { content, embeds: [embed], files, components: [deleteRow(askerId)], allowedMentions: { parse: [] } };
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

class DiscordAdapter {
  readonly client: Client;
  private readonly opts: Required<DiscordOptions>;
  private readonly log: Logger;
  private stopping = false;

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
      // DM channels are not cached before their first message; without this partial DMs are dropped.
      partials: [Partials.Channel],
      rest: { api: discord.apiUrl },
      allowedMentions: { parse: [] },
    });
    this.client.on(Events.InteractionCreate, (i) => void this.track(() => this.onInteraction(i)));
    this.client.on(Events.MessageCreate, (m) => void this.track(() => this.onMessage(m)));
    this.client.on(Events.Error, (err) => this.log.error({ err }, 'discord client error'));
    this.client.on(Events.Warn, (message) => this.log.warn({ message }, 'discord client warning'));
    this.client.on(Events.ShardResume, (shard, replayed) => this.log.info({ shard, replayed }, 'gateway resumed'));
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (!this.stopping) this.log.info({ shard }, 'gateway reconnecting');
    });
    this.client.on(Events.ShardDisconnect, (event, shard) =>
      this.log.error({ shard, code: event.code }, 'gateway closed for good (check DISCORD_TOKEN and intents)'),
    );
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
    if (i.isButton() && i.customId.startsWith(DELETE_PREFIX)) return this.onDelete(i);
  }

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
    let deferred = false;
    try {
      if (estimatedCells(command) >= this.opts.deferAtOnceCells) {
        await i.deferReply();
        deferred = true;
      }
      const started = performance.now();
      const pending = this.ctx.dispatcher.handle({ platform: 'discord', userId: i.user.id, command });
      if (!deferred) {
        // handle() may have computed synchronously already: count that time against the deadline.
        const left = this.opts.deferAfterMs - (performance.now() - started);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
        const first = await Promise.race([pending, late]);
        clearTimeout(timer);
        if (first === 'late') {
          await i.deferReply();
          deferred = true;
        }
      }
      const outcome = await pending;
      if (outcome.kind === 'answer') {
        const message = renderAnswer(outcome.answer, i.user.id);
        if (deferred) await i.editReply(message);
        else await i.reply(message);
        return;
      }
      const content = outcomeText(outcome);
      if (deferred) {
        // The deferred "thinking…" placeholder is public; errors are not: swap it for a private note.
        await i.deleteReply();
        await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      } else {
        await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      }
    } catch (err) {
      const errorId = randomUUID().slice(0, 8);
      this.log.error({ err, errorId, verb: command.verb }, 'discord reply failed');
      const content = `Sorry, the answer could not be sent (error id ${errorId}).`;
      await (
        i.deferred || i.replied
          ? i.followUp({ content, flags: MessageFlags.Ephemeral })
          : i.reply({ content, flags: MessageFlags.Ephemeral })
      ).catch(() => undefined);
    }
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

  private async onMessage(m: Message): Promise<void> {
    const me = this.client.user;
    if (!me || m.author.bot || m.author.id === me.id) return;
    const text = mentionText(m.content, me.id, !m.inGuild());
    if (text === undefined) return;
    const outcome = await this.ctx.dispatcher.handle({
      platform: 'discord',
      userId: m.author.id,
      text: text === '' ? 'help' : text,
    });
    if (outcome.kind === 'answer') {
      await m.reply({
        ...renderAnswer(outcome.answer, m.author.id),
        allowedMentions: { parse: [], repliedUser: false },
      });
    } else {
      // Messages cannot be ephemeral: a short reply, and no pings.
      await m.reply({ content: outcomeText(outcome), allowedMentions: { parse: [], repliedUser: false } });
    }
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
