/**
 * The Slack adapter: the real Bolt app, over HTTP (`/slack/events`, signatures checked by Bolt)
 * or Socket Mode (when SLACK_APP_TOKEN is set). It listens to `/hadamard`, mentions and direct
 * messages, acks at once, asks the dispatcher, and posts the answer (Block Kit + files.uploadV2).
 * Errors, help and notices go back privately. Every send is tracked so shutdown waits for it.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import type { AdapterContext, RunningAdapter } from './adapter.js';
import type { Outcome } from './dispatch.js';
import { stripBidiControls, type Figure } from '../engine/index.js';
import { altText, answerToSlack, errorToSlack, noticeToSlack, type SlackBlock } from './slack-format.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

/** The endpoint Slack posts slash commands and events to (HTTP mode). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Web API calls retry a few times (429s wait for Retry-After), not for Slack's default half hour. */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };
const REQUEST_TIMEOUT_MS = 30_000;

/** Errors of chat.postMessage meaning "the bot is not a member of that conversation". */
const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found']);

/** Where a public answer goes. */
interface Target {
  channel: string;
  threadTs?: string;
}

/** A private message for the person who asked (ephemeral where Slack allows it). */
type Private = (message: { text: string; blocks?: SlackBlock[] }) => Promise<unknown>;

/** How each entry point (slash command, mention, DM) delivers its replies. */
interface Delivery {
  target: Target;
  privately: Private;
  /** Posted above the answer (e.g. who asked, for slash commands). */
  context?: string;
  /** When the bot cannot post into the channel (slash command only). */
  fallback?: (message: { text: string; blocks: SlackBlock[] }) => Promise<unknown>;
  /** Help goes privately where the surface is public. */
  helpPrivately: boolean;
}

/** Bolt's logger interface on top of our pino logger. */
function boltLogger(log: Logger): BoltLogger {
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => log.debug(text(msg)),
    info: (...msg: unknown[]) => log.info(text(msg)),
    warn: (...msg: unknown[]) => log.warn(text(msg)),
    error: (...msg: unknown[]) => log.error(text(msg)),
    setLevel: () => undefined,
    setName: () => undefined,
    getLevel: () => {
      const l = log.level;
      if (l === 'trace' || l === 'debug') return LogLevel.DEBUG;
      if (l === 'info') return LogLevel.INFO;
      if (l === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
  };
}

/** `<@U123>` and `<@U123|name>` mentions are removed; the rest is grammar text. */
export function stripMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
}

function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function pngName(name: string): string {
  return /\.png$/i.test(name) ? name : `${name}.png`;
}

/** Starts the Slack adapter; resolves once it listens (HTTP) or is connected (Socket Mode). */
export async function startSlack(ctx: AdapterContext): Promise<RunningAdapter> {
  const slack = ctx.config.slack;
  if (!slack) throw new Error('startSlack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
  const log = ctx.logger.child({ adapter: 'slack' });
  const bolt = boltLogger(log.child({ lib: 'bolt' }));
  const clientOptions = { slackApiUrl: slack.apiUrl, retryConfig: RETRY_CONFIG, timeout: REQUEST_TIMEOUT_MS };

  // Verify the token once, here, so a wrong token stops start-up with a clear message (Bolt would
  // otherwise cache a failed auth.test and fail every later event).
  const probe = new webApi.WebClient(slack.botToken, { ...clientOptions, logger: bolt });
  let auth;
  try {
    auth = await probe.auth.test();
  } catch (err) {
    throw new Error(`Slack rejected SLACK_BOT_TOKEN (auth.test: ${slackErrorCode(err) ?? String(err)})`, {
      cause: err,
    });
  }
  if (!auth.user_id || !auth.bot_id)
    throw new Error('Slack auth.test gave no bot user: is SLACK_BOT_TOKEN a bot token?');

  const socketMode = Boolean(slack.appToken);
  const receiver = slack.appToken
    ? new SocketModeReceiver({
        appToken: slack.appToken,
        logger: bolt,
        installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
      })
    : new HTTPReceiver({ signingSecret: slack.signingSecret, endpoints: SLACK_EVENTS_PATH, logger: bolt });
  const app = new App({
    token: slack.botToken,
    botId: auth.bot_id,
    botUserId: auth.user_id,
    tokenVerificationEnabled: false,
    receiver,
    logger: bolt,
    clientOptions,
  });
  app.error(async (err) => {
    log.error({ err, code: err.code }, 'slack listener error');
  });

  const dispatcher = ctx.dispatcher;

  /** Posts an outcome as the entry point requires. Never throws. */
  async function deliver(outcome: Outcome, client: WebClient, d: Delivery): Promise<void> {
    try {
      switch (outcome.kind) {
        case 'answer': {
          const message = answerToSlack(outcome.answer);
          if (outcome.answer.verb === 'help' && d.helpPrivately) {
            await d.privately(message);
            return;
          }
          if (d.context) message.blocks.unshift({ type: 'context', elements: [{ type: 'mrkdwn', text: d.context }] });
          let posted = false;
          try {
            await client.chat.postMessage({
              channel: d.target.channel,
              ...(d.target.threadTs ? { thread_ts: d.target.threadTs } : {}),
              text: message.text,
              blocks: message.blocks,
              unfurl_links: false,
              unfurl_media: false,
            });
            posted = true;
          } catch (err) {
            if (!d.fallback || !NOT_IN_CHANNEL.has(slackErrorCode(err) ?? '')) throw err;
          }
          if (!posted && d.fallback) {
            // Not a member of this channel: answer through the response URL (no files possible there).
            await d.fallback(message);
            const what = outcome.answer.figures.length > 0 || message.attachment ? 'the figures and files' : 'answers';
            await d.privately({
              text: `:information_source: I'm not a member of this channel, so I can't post ${what} here. Invite me with \`/invite @hadamard-bot\` (or mention me and Slack will offer to).`,
            });
            return;
          }
          await uploadFiles(client, d, outcome.answer.figures, message.attachment);
          return;
        }
        case 'error':
          await d.privately(errorToSlack(outcome.error));
          return;
        case 'rate_limited':
          await d.privately(noticeToSlack(outcome.message));
          return;
        case 'fault':
          await d.privately(noticeToSlack(outcome.message, ':warning:'));
          return;
        case 'closing':
          await d.privately(noticeToSlack(outcome.message));
          return;
      }
    } catch (err) {
      const id = randomUUID().slice(0, 8);
      log.error({ err, code: slackErrorCode(err), errorId: id }, 'slack send failed');
      await d
        .privately(noticeToSlack(`Sorry, I couldn't send the answer (error id ${id}).`, ':warning:'))
        .catch((e: unknown) => log.warn({ err: e, errorId: id }, 'slack private notice failed too'));
    }
  }

  async function uploadFiles(
    client: WebClient,
    d: Delivery,
    figures: Figure[],
    attachment: { filename: string; title: string; content: string } | undefined,
  ): Promise<void> {
    const files: { file: Buffer; filename: string; title: string; alt_text?: string }[] = figures.map((f) => ({
      file: f.png,
      filename: pngName(f.name),
      title: f.name.replace(/\.png$/i, ''),
      alt_text: altText(f.alt),
    }));
    if (attachment)
      files.push({
        file: Buffer.from(attachment.content, 'utf8'),
        filename: attachment.filename,
        title: attachment.title,
      });
    if (files.length === 0) return;
    await client.files.uploadV2({
      channel_id: d.target.channel,
      ...(d.target.threadTs ? { thread_ts: d.target.threadTs } : {}),
      file_uploads: files,
    });
  }

  /** One request from ack to the last file, tracked so shutdown waits for it. */
  function serve(userKey: string, text: string, client: WebClient, d: Delivery): Promise<void> {
    return dispatcher.track(
      (async () => {
        // Let other requests waiting on the event loop be acked before this command's (synchronous,
        // CPU-bound) computing and drawing: Slack wants every ack within 3 s.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const outcome = await dispatcher.handle({ platform: 'slack', userId: userKey, text });
        await deliver(outcome, client, d);
      })(),
    );
  }

  app.command(/^\/hadamard\b/, async ({ command, ack, respond, client }) => {
    await ack();
    // The asker's text is shown back without bidirectional controls, which could reorder the message.
    const asked = stripBidiControls(command.text);
    const echo = asked.length > 200 ? asked.slice(0, 200) + '…' : asked;
    await serve(`${command.team_id}:${command.user_id}`, command.text, client, {
      target: { channel: command.channel_id },
      helpPrivately: true,
      // command.text arrives with & < > already escaped by Slack.
      context: `<@${command.user_id}> asked \`${command.command} ${echo.replace(/`/g, "'")}\``,
      privately: (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
      fallback: (m) => respond({ response_type: 'in_channel', replace_original: false, ...m }),
    });
  });

  app.event('app_mention', async ({ event, client, body, context }) => {
    if (context.retryReason === 'http_timeout') return; // already acked and being answered
    const user = event.user ?? '';
    const threadTs = event.thread_ts;
    await serve(`${body.team_id}:${user}`, stripMentions(event.text), client, {
      target: { channel: event.channel, ...(threadTs ? { threadTs } : {}) },
      helpPrivately: true,
      privately: (m) =>
        client.chat.postEphemeral({ channel: event.channel, user, ...(threadTs ? { thread_ts: threadTs } : {}), ...m }),
    });
  });

  app.event('message', async ({ event, client, body, context }) => {
    const m = event as unknown as {
      channel: string;
      channel_type?: string;
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      thread_ts?: string;
    };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || !m.user) return;
    if (context.retryReason === 'http_timeout') return;
    const target: Target = { channel: m.channel, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) };
    const post = (msg: { text: string; blocks?: SlackBlock[] }) =>
      client.chat.postMessage({ channel: m.channel, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), ...msg });
    await serve(`${body.team_id}:${m.user}`, stripMentions(m.text ?? ''), client, {
      target,
      helpPrivately: false,
      privately: post,
    });
  });

  let where: string;
  if (socketMode) {
    await app.start();
    where = `socket mode via ${slack.apiUrl}`;
  } else {
    const server = (await app.start({ port: ctx.config.port, host: ctx.config.host })) as Server;
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    where = `http://${host}:${address.port}${SLACK_EVENTS_PATH}`;
  }
  log.info({ botUser: auth.user_id, team: auth.team_id }, 'slack connected');
  return {
    name: socketMode ? 'slack (socket mode)' : 'slack (http)',
    where,
    stop: async () => {
      if (receiver instanceof SocketModeReceiver) {
        // Bolt's receiver.stop() returns before the close handshake; wait for it (bounded) so no
        // half-closed socket or timer outlives the adapter.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          receiver.client.disconnect(),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000))),
        ]);
        clearTimeout(timer);
      } else await app.stop();
    },
  };
}
