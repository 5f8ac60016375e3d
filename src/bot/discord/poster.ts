/**
 * The Discord channel poster (group service's `ChannelPoster`): how a scheduled run and a pinned board reach a
 * Discord channel when no interaction is being answered. REST with the bot token: `POST /channels/{c}/messages` (a
 * quiz with its buttons, the figures attached), `PATCH /channels/{c}/messages/{m}` to edit it (its attachments
 * replaced). Without a bot token (HTTP interactions only) Discord offers no way to post unasked, so no poster is
 * registered. The adapters register it at start; the CLI's `--run-due` builds one from DISCORD_TOKEN.
 */
import { DiscordAPIError, Routes, type APIMessage, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelPoster, GroupReply } from '../groups/service.js';
import { messageRef, parseMessageRef, quizComponents, restMessage } from './quiz.js';
import { renderAnswer } from './render.js';

/** 10008 Unknown Message: the message was deleted. */
function isUnknownMessage(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === 10008;
}

function payloadOf(reply: GroupReply): ReturnType<typeof restMessage> {
  // No Delete button (nobody asked for it: the channel's managers remove a schedule instead); a quiz its choices.
  const payload = renderAnswer(reply.answer, null);
  if (reply.quiz) payload.components = quizComponents(reply.quiz.id, reply.quiz.choices);
  return restMessage(payload);
}

/** @param rest REST carrying the bot token. */
export function discordChannelPoster(options: { rest: REST; log: Logger }): ChannelPoster {
  const { rest, log } = options;
  return {
    platform: 'discord',
    async post(scope, reply) {
      const m = (await rest.post(Routes.channelMessages(scope.channel), payloadOf(reply))) as APIMessage;
      return messageRef(m.channel_id, m.id);
    },
    async edit(_scope, ref, reply) {
      const where = parseMessageRef(ref);
      if (!where) return false;
      try {
        await rest.patch(Routes.channelMessage(where.channelId, where.messageId), payloadOf(reply));
        return true;
      } catch (err) {
        if (isUnknownMessage(err)) return false;
        throw err;
      }
    },
    async names(_scope, users) {
      const found = await Promise.all(
        users.slice(0, 10).map(async (id) => {
          try {
            const u = (await rest.get(Routes.user(id))) as { global_name?: string | null; username: string };
            return [id, u.global_name ?? u.username] as const;
          } catch (err) {
            log.debug({ err }, 'discord: a user name could not be read: the id is shown');
            return undefined;
          }
        }),
      );
      return Object.fromEntries(found.filter((x) => x !== undefined));
    },
  };
}
