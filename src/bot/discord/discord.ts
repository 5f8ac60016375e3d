/**
 * The Discord gateway adapter (discord.js v14): messages that mention the bot, DMs to it, and their edits; and, when
 * interactions are not served over HTTP (`/discord/interactions`, http-interactions.ts), the interactions too. An
 * interaction is handed to the shared code path in interactions.ts as its raw payload, with the callback endpoint as
 * its first response: the gateway and the HTTP endpoint answer it the same way.
 *
 * Answers are content (≤ 2,000 characters, matrices in code blocks) + an embed + the figures as attachments with alt
 * text + a Delete button only the asker may use. Errors and private answers are ephemeral (after a mention, which
 * cannot be: a DM). Editing a message that mentioned the bot edits the bot's reply (the link is in the store).
 *
 * Intents: Guilds (channel and role cache), GuildMessages and DirectMessages (mentions, DMs, their edits). No
 * privileged intent: Discord delivers the content of messages that mention the bot, and of DMs, without
 * MESSAGE_CONTENT; interactions need no intent at all.
 *
 * Sharding (DISCORD_SHARDS=auto|N): discord.js's own, in this process (the Client's `shards`/`shardCount` options,
 * run by @discordjs/ws), rather than ShardingManager's one child process per shard. The gateway here only carries
 * mentions, DMs and edits (commands go over HTTP at scale), the heavy work already runs in the engine pool's worker
 * threads, and every handler is stateless (the store holds what must be shared), so one process holds many shards
 * cheaply; more processes would each need their own engine pool, store connections and health endpoint. (Splitting
 * the shards over several processes, each given a range, is the next step if one process ever is not enough.)
 */
import {
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Partials,
  PermissionFlagsBits,
  Routes,
  type APIInteraction,
  type Guild,
  type Message,
  type PartialMessage,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import type { Outcome } from '../runtime/dispatch.js';
import { translator } from '../../engine/i18n/index.js';
import type { Requester } from '../groups/service.js';
import { isStoreUnavailable } from '../../store/guard.js';
import { messageRef, quizComponents, restMessage } from './quiz.js';
import {
  InteractionHandler,
  InteractionReply,
  isUnknownMessage,
  type DiscordOptions,
  type FirstResponse,
} from './interactions.js';
import {
  LATEX_REPLY_ID,
  MANAGE_PERMISSION_NAME,
  mentionText,
  note,
  outcomeText,
  renderAnswer,
  type DiscordAnswer,
} from './render.js';

export {
  ATTACHMENT_DESCRIPTION_MAX,
  CONTENT_MAX,
  DELETE_PREFIX,
  LATEX_PREFIX,
  MANAGE_PERMISSION_NAME,
  NOT_YOURS,
  OVERFLOW_FILE,
  estimatedCells,
  mentionText,
  outcomeText,
  renderAnswer,
  type DiscordAnswer,
} from './render.js';
export type { DiscordOptions } from './interactions.js';

export interface GatewayOptions extends DiscordOptions {
  /** Also answer interactions arriving over the gateway (false when `/discord/interactions` serves them). */
  interactions?: boolean;
}

function discordCode(err: unknown): number | string | undefined {
  return err && typeof err === 'object' && 'code' in err ? (err as { code: number | string }).code : undefined;
}

class DiscordAdapter {
  readonly client: Client;
  private readonly log: Logger;
  private readonly handler: InteractionHandler;
  private stopping = false;

  constructor(
    private readonly ctx: AdapterContext,
    options: GatewayOptions,
  ) {
    const discord = ctx.config.discord;
    if (!discord?.token) throw new Error('startDiscord needs config.discord with a token (DISCORD_TOKEN)');
    this.log = ctx.logger.child({ adapter: 'discord' });
    const shards = discord.shards ?? 1;
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // DM channels are not cached before their first message; without this partial DMs are dropped. Messages are
      // not cached across restarts; without the Message partial an edit of an uncached message is dropped.
      partials: [Partials.Channel, Partials.Message],
      rest: { api: discord.apiUrl },
      allowedMentions: { parse: [] },
      // 'auto': as many shards as GET /gateway/bot recommends; N: shards 0…N−1 of N, all in this process.
      ...(shards === 'auto'
        ? { shards: 'auto' as const }
        : { shards: Array.from({ length: shards }, (_, k) => k), shardCount: shards }),
    });
    this.handler = new InteractionHandler({
      ctx,
      log: this.log,
      rest: this.client.rest,
      botToken: true,
      options,
      names: (ids, guildId) => this.names(ids, guildId ? (this.client.guilds.cache.get(guildId) ?? null) : null),
    });
    if (options.interactions !== false)
      this.client.ws.on(
        GatewayDispatchEvents.InteractionCreate,
        (raw: APIInteraction) => void this.track(() => this.onInteraction(raw)),
      );
    this.client.on(Events.MessageCreate, (m) => void this.track(() => this.onMessage(m)));
    this.client.on(Events.MessageUpdate, (old, m) => void this.track(() => this.onMessageUpdate(old, m)));
    this.client.on(Events.Error, (err) => this.log.error({ err }, 'discord client error'));
    this.client.on(Events.Warn, (message) => this.log.warn({ message }, 'discord client warning'));
    this.client.on(Events.ShardReady, (shard) => this.log.info({ shard }, 'gateway shard ready'));
    this.client.on(Events.ShardResume, (shard, replayed) => this.log.info({ shard, replayed }, 'gateway resumed'));
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (!this.stopping) this.log.info({ shard }, 'gateway reconnecting');
    });
    this.client.on(Events.ShardDisconnect, (event, shard) =>
      this.log.error({ shard, code: event.code }, 'gateway closed for good (check DISCORD_TOKEN and intents)'),
    );
    // Rounds closing by time (the service's sweeper, on whichever instance claims them) are shown here.
    this.handler.registerPublisher();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.handler.stop();
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

  /** An interaction over the gateway: its first response is POST /interactions/{id}/{token}/callback. */
  private async onInteraction(raw: APIInteraction): Promise<void> {
    const rest = this.client.rest;
    const first: FirstResponse = async (body, files) => {
      const r = (await rest.post(Routes.interactionCallback(raw.id, raw.token), {
        body,
        files,
        auth: false,
        query: new URLSearchParams({ with_response: 'true' }),
      })) as RESTPostAPIInteractionCallbackWithResponseResult | undefined;
      const m = r?.resource?.message;
      return m ? { id: m.id, channelId: m.channel_id } : null;
    };
    // A duplicate needs nothing over the gateway: the first delivery's response is the only one Discord takes.
    await this.handler.handle(new InteractionReply(raw, first, rest, true));
  }

  // ── who asks ──────────────────────────────────────────────────────────────────────────────

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
      // A quiz after a mention is posted with its buttons.
      buttons: true,
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
    // Without the store (down), the edit is answered as a new mention.
    const link = await groups.store
      .findReply({ platform: 'discord', channel: m.channelId, sourceMessageId: m.id })
      .catch(storeDown(this.log, undefined));
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
    this.handler.noteAnswered(outcome);
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
    // Unlinked while the store is down: a later edit of the message then gets a new reply instead of an edit.
    await this.ctx.groups?.store
      .linkReply({
        platform: 'discord',
        workspace: who.workspace,
        channel: m.channelId,
        sourceMessageId: m.id,
        user: m.author.id,
        replyMessageId: reply.id,
        createdAt: Date.now(),
      })
      .catch(storeDown(this.log, undefined));
  }

  /**
   * What a mention's reply shows. Messages cannot be ephemeral: errors are short replies, and a private answer (an
   * answer's feedback, settings, forget-me, a channel whose answers are private) goes to the asker's DMs, with a
   * short note in the channel that says so.
   */
  private async mentionPayload(m: Message, outcome: Outcome): Promise<DiscordAnswer> {
    if (outcome.kind !== 'answer') return note(outcomeText(outcome));
    const { answer, locale } = outcome;
    const tr = translator(locale);
    if (outcome.reveal) {
      const reveal = await this.handler.showReveal(outcome.reveal, answer);
      return reveal.shown
        ? note(translator(outcome.reveal.locale)('quiz.closedNote', { id: outcome.reveal.roundId }))
        : reveal.payload;
    }
    if (outcome.private && m.inGuild()) {
      try {
        const dm = renderAnswer(answer, m.author.id, { locale });
        // A practice question keeps its buttons in the DM.
        if (outcome.quiz) dm.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
        await m.author.send(dm);
        return note(tr('notice.discord.sentByDm', { title: answer.title }));
      } catch (err) {
        this.log.info({ code: discordCode(err) }, 'could not DM a private answer');
        return note(tr('notice.discord.noDm', { title: answer.title, verb: answer.verb }));
      }
    }
    // Its LaTeX button re-reads this message (the reply's reference) when pressed: nothing is stored for it.
    const payload = renderAnswer(answer, m.author.id, { latexId: LATEX_REPLY_ID, locale });
    if (outcome.quiz) payload.components = quizComponents(outcome.quiz.id, outcome.quiz.choices);
    return payload;
  }
}

/**
 * Logs in and starts answering. Resolves once every gateway shard is READY.
 * main.ts calls this when DISCORD_TOKEN and DISCORD_APP_ID are set (and DISCORD_GATEWAY is not off), and `stop()`
 * after draining.
 */
export async function startDiscord(ctx: AdapterContext, options: GatewayOptions = {}): Promise<RunningAdapter> {
  const adapter = new DiscordAdapter(ctx, options);
  const discord = ctx.config.discord!;
  try {
    await adapter.client.login(discord.token);
  } catch (err) {
    await adapter.client.destroy().catch(() => undefined);
    throw err;
  }
  const shards = adapter.client.ws.shards.size;
  return {
    name: 'discord',
    where: `${discord.apiUrl} as ${adapter.client.user?.tag ?? discord.appId}${shards > 1 ? `, ${shards} shards` : ''}`,
    stop: () => adapter.stop(),
  };
}

/** A `.catch` for a store call with a fallback: `fallback` while the store is unavailable, a rethrow otherwise. */
function storeDown<T>(log: Logger, fallback: T): (err: unknown) => T {
  return (err) => {
    if (!isStoreUnavailable(err)) throw err;
    log.debug('store unavailable: going on without it');
    return fallback;
  };
}
