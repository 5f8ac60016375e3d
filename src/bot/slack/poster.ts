/**
 * The Slack channel poster (group service's `ChannelPoster`): how a scheduled run and a pinned board reach a Slack
 * channel when no request is being answered. `chat.postMessage` with the workspace's own token (the one token, or
 * the installation's under OAuth), the figures shared under it (`files.uploadV2`), a quiz with its buttons; edits
 * with `chat.update`. A pinned board (`editable`) carries no files: Slack cannot change files shared under a message,
 * so its board is all text. The adapter registers it at start; the CLI's `--run-due` builds one from the config.
 */
import type { Logger } from 'pino';
import type { webApi } from '@slack/bolt';
import type { Answer, Figure } from '../../engine/index.js';
import type { ChannelPoster, GroupReply } from '../groups/service.js';
import type { Scope } from '../../store/types.js';
import { altText, answerToSlack, formatMessageRef, parseMessageRef, quizToSlack, type SlackMessage } from './format.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

/** chat.update errors meaning "that message is gone" (then it is posted anew). */
const GONE = new Set(['message_not_found', 'cant_update_message', 'channel_not_found']);

function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function messageOf(reply: GroupReply): SlackMessage {
  return reply.quiz ? quizToSlack(reply.answer, reply.quiz) : answerToSlack(reply.answer);
}

/** The figures (and the overflow file, when the answer did not fit) shared into the channel under the message. */
async function shareFiles(client: WebClient, channel: string, answer: Answer, message: SlackMessage): Promise<void> {
  const files: { file: Buffer; filename: string; title: string; alt_text?: string }[] = answer.figures.map(
    (f: Figure) => ({
      file: f.png,
      filename: /\.png$/i.test(f.name) ? f.name : `${f.name}.png`,
      title: f.name.replace(/\.png$/i, ''),
      alt_text: altText(f.alt),
    }),
  );
  if (message.attachment)
    files.push({
      file: Buffer.from(message.attachment.content, 'utf8'),
      filename: message.attachment.filename,
      title: message.attachment.title,
    });
  if (files.length) await client.files.uploadV2({ channel_id: channel, file_uploads: files });
}

/**
 * @param clientFor the Web API client with the workspace's token, or undefined when the workspace has none (not
 * installed, or uninstalled): nothing is posted then.
 */
export function slackChannelPoster(options: {
  clientFor: (team: string) => Promise<WebClient | undefined>;
  log: Logger;
}): ChannelPoster {
  const { clientFor, log } = options;
  const client = async (scope: Scope): Promise<WebClient> => {
    const c = await clientFor(scope.workspace);
    if (!c) throw new Error(`no Slack installation for team ${scope.workspace}`);
    return c;
  };
  return {
    platform: 'slack',
    async post(scope, reply, { editable = false } = {}) {
      const c = await client(scope);
      const message = messageOf(reply);
      const r = await c.chat.postMessage({
        channel: scope.channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!editable) await shareFiles(c, scope.channel, reply.answer, message);
      return r.ts ? formatMessageRef({ channel: r.channel ?? scope.channel, ts: r.ts }) : undefined;
    },
    async edit(scope, messageRef, reply) {
      const ref = parseMessageRef(messageRef);
      if (!ref) return false;
      const message = messageOf(reply);
      try {
        await (
          await client(scope)
        ).chat.update({ channel: ref.channel, ts: ref.ts, text: message.text, blocks: message.blocks });
        return true;
      } catch (err) {
        if (GONE.has(slackErrorCode(err) ?? '')) return false;
        throw err;
      }
    },
    async names(scope, users) {
      const c = await clientFor(scope.workspace);
      const names: Record<string, string> = {};
      if (!c) return names;
      await Promise.all(
        users.slice(0, 10).map(async (id) => {
          try {
            const u = (await c.users.info({ user: id })).user;
            const name = u?.profile?.display_name || u?.real_name || u?.name;
            if (name) names[id] = name;
          } catch (err) {
            log.debug({ code: slackErrorCode(err) }, 'users.info failed: the id is shown');
          }
        }),
      );
      return names;
    },
  };
}
