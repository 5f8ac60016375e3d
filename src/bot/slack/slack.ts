/**
 * The Slack adapter: the real Bolt app, over HTTP (`/slack/events`, signatures checked by Bolt)
 * or Socket Mode (when SLACK_APP_TOKEN is set). It listens to `/hadamard`, mentions, direct
 * messages, quiz buttons (`block_actions`), the "Hadamard this" message shortcut and edits of
 * messages that mention the bot (`message_changed`); acks at once, asks the dispatcher with who
 * asks where, and posts the answer (Block Kit + files.uploadV2). Errors, help, private answers and
 * quiz feedback go back privately; reveals edit the question message. Every send is tracked so
 * shutdown waits for it.
 *
 * One workspace (SLACK_BOT_TOKEN) or many (OAuth: SLACK_CLIENT_ID …): with OAuth, `/slack/install` and
 * `/slack/oauth_redirect` install the app in a workspace, its installation (token) is kept in the store, and every
 * request is answered with its own workspace's token (Bolt's `authorize` → the per-request `client`); reveals closed
 * by the sweeper look the token up by team, as do scheduled runs and pinned boards (poster.ts). `app_uninstalled` and
 * `tokens_revoked` delete the installation.
 *
 * On the instance's shared server, each Slack path answers only its method (POST /slack/events, GET /slack/install
 * and /slack/oauth_redirect): any other gets 405 with `Allow` before Bolt sees it, and whatever Bolt does not route
 * is 404, never a 500 (Bolt throws for those, with the request attached). An install that fails because of the
 * browser or the code it brought (forged state, no code, a cancel, an invalid or used code) is a 400 page; a failure
 * on our side, a 500 page; neither logs more than the error's code.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  App,
  ErrorCode,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
  webApi,
  type BlockAction,
  type ButtonAction,
  type Logger as BoltLogger,
  type MessageShortcut,
  type OverflowAction,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import { shortError } from '../runtime/http.js';
import { SLACK_OAUTH_REDIRECT_PATH } from '../config.js';
import { StoreInstallationStore, StoreStateStore, installPage, keyOf, resultPage } from './oauth.js';
import { botScopes } from './scopes.js';
import { downloadSlackFiles, type SlackFile } from './files.js';
import { slackChannelPoster } from './poster.js';
import type { Outcome } from '../runtime/dispatch.js';
import { resolveLocale, translator, type Locale, type Translate } from '../../engine/i18n/index.js';
import { settleWithin } from '../runtime/deliveries.js';

/** How long a user's Slack language is kept, how many users, and the most a command waits for it. */
const LOCALE_TTL_MS = 6 * 60 * 60 * 1000;
const LOCALE_USERS = 5000;
const LOCALE_WAIT_MS = 800;
import { isStoreUnavailable } from '../../store/guard.js';
import { replyLocale, type GroupReply, type Requester } from '../groups/service.js';
import {
  answerLatex,
  parseCommand,
  stripBidiControls,
  type Answer,
  type Command,
  type AnswerData,
  type EngineError,
  type Figure,
  type TextFile,
} from '../../engine/index.js';
import { ThrottledEdits, editAnswerCount } from '../groups/answer-count.js';
import {
  ANSWER_ACTION_PREFIX,
  HADAMARD_THIS_CALLBACK,
  LATEX_ACTION,
  altText,
  answerToSlack,
  errorToSlack,
  formatMessageRef,
  latexSourceOf,
  latexToSlack,
  markedChoicesBlock,
  noticeToSlack,
  parseChoiceValue,
  parseMessageRef,
  quizToSlack,
  revealToSlack,
  withLatexAction,
  type SlackBlock,
} from './format.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

/** Slack accepts posts to a `response_url` for 30 minutes. */
const RESPONSE_URL_TTL_MS = 30 * 60_000;

/** The endpoint Slack posts slash commands, events and interactions to (HTTP mode). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** The "Add to Slack" page (OAuth mode). */
export const SLACK_INSTALL_PATH = '/slack/install';

/** The one method each Slack path answers (on the shared server); any other gets 405 with this as `Allow`. */
const SLACK_METHODS: Record<string, string> = {
  [SLACK_EVENTS_PATH]: 'POST',
  [SLACK_INSTALL_PATH]: 'GET',
  [SLACK_OAUTH_REDIRECT_PATH]: 'GET',
};

/** Install failures that are the browser's (a forged, replayed or missing state, no code, a cancel): 400, not 500. */
const CLIENT_OAUTH_ERRORS = new Set([
  'slack_oauth_invalid_state',
  'slack_oauth_missing_state',
  'slack_oauth_missing_code',
  'slack_oauth_authorization_error',
]);

/**
 * oauth.v2.access errors that are the code's (invalid, already used, expired: a reload of the redirect, a forged or
 * stale link): 400. Others (a wrong client secret, a bad redirect URI) are our configuration: 500.
 */
const CLIENT_CODE_ERRORS = new Set(['invalid_code', 'code_already_used', 'code_expired']);

/** Whether a failed install is the browser's doing (400) rather than ours (500); `reason` names it for the page. */
export function oauthFailureKind(error: { code?: string; data?: { error?: unknown } }): {
  client: boolean;
  reason: string;
} {
  const code = error.code ?? 'unknown';
  const platform = typeof error.data?.error === 'string' ? error.data.error : undefined;
  if (code === 'slack_webapi_platform_error' && platform)
    return { client: CLIENT_CODE_ERRORS.has(platform), reason: platform };
  return { client: CLIENT_OAUTH_ERRORS.has(code), reason: code };
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Bolt's request listener for the shared server: a wrong method gets 405 (with `Allow`) at once, and a request Bolt
 * does not route (it throws, carrying the request) gets 404. `own` serves some paths instead of Bolt.
 */
function slackRoute(listener: Listener, own: Record<string, Listener> = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const allow = SLACK_METHODS[path];
    if (allow && req.method !== allow) {
      req.resume();
      res.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`${path} answers ${allow} only\n`);
      return;
    }
    const mine = own[path];
    if (mine) return mine(req, res);
    try {
      listener(req, res);
    } catch (err) {
      if ((err as { code?: unknown }).code !== ErrorCode.HTTPReceiverDeferredRequestError) throw err;
      req.resume();
      if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`nothing at ${path}\n`);
    }
  };
}

/** Who may change a channel's settings on Slack, in the words a refusal uses. */
export const SLACK_PERMISSION = 'a Slack workspace admin or owner';

/** Web API calls retry a few times (429s wait for Retry-After), not for Slack's default half hour. */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };
const REQUEST_TIMEOUT_MS = 30_000;

/** Errors of chat.postMessage meaning "the bot is not a member of that conversation". */
const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found']);
/** Errors of chat.update meaning "that message is gone": post a new one instead. */
const GONE = new Set(['message_not_found', 'cant_update_message', 'channel_not_found']);

/** Where a public answer goes. */
interface Target {
  channel: string;
  threadTs?: string;
}

/** A private message for the person who asked (ephemeral where Slack allows it). */
type Private = (message: { text: string; blocks?: SlackBlock[] }) => Promise<unknown>;

/** How each entry point (slash command, mention, DM, button, shortcut) delivers its replies. */
interface Delivery {
  target: Target;
  privately: Private;
  /** Posted above the answer (e.g. who asked, for slash commands), in the answer's language. */
  context?: (tr: Translate) => string;
  /** When the bot cannot post into the channel (slash command, shortcut). */
  fallback?: (message: { text: string; blocks: SlackBlock[] }) => Promise<unknown>;
  /** Help goes privately where the surface is public. */
  helpPrivately: boolean;
  /** Who asked: their private files (`me`'s figure, `class export`'s CSV) go to their direct messages. */
  user?: string;
  /** A button on a private message (a practice question): the reply replaces that message. */
  replaceOriginal?: Private;
  /** A DM: private answers are posted there as they are, figures included. */
  privateChannel?: boolean;
  /** Edit this earlier answer instead of posting a new one (edit to re-run). */
  replaceTs?: string;
  /** Called with the public answer's ts as soon as it is posted or edited (before its files are uploaded). */
  onPosted?: (ts: string) => Promise<void>;
  /** The command's text: a public answer with LaTeX carries it for its "LaTeX" overflow item (never stored). */
  source?: string;
  /**
   * The in-flight record of this request (runtime/inflight.ts), started before the ack with Slack's `response_url`:
   * if this instance dies before answering, another one tells the user. Cleared once the answer is delivered.
   */
  pending?: Promise<string | undefined>;
}

/** What the dispatcher is asked, and by whom. */
interface Ask {
  /** The rate limit's key. */
  userKey: string;
  text?: string;
  command?: Command;
  who: Requester;
  /** Files shared with the message (a DM or a mention): downloaded as the command's attachments. */
  files?: SlackFile[];
}

/** A message written to the bot (a mention, a DM, or an edit of one). */
interface Written {
  team: string;
  channel: string;
  user: string;
  ts: string;
  threadTs?: string;
  text: string;
  dm: boolean;
  files?: SlackFile[];
}

/** The fields of a `message` event (and its `message_changed` form) the adapter reads. */
interface MessageEvent {
  channel: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  /** file_share: the files shared with the message. */
  files?: SlackFile[];
  /** message_changed: the message as it is now, and as it was. */
  message?: {
    user?: string;
    bot_id?: string;
    subtype?: string;
    text?: string;
    ts: string;
    thread_ts?: string;
    edited?: { user?: string; ts?: string };
  };
  previous_message?: { text?: string };
}

/** How long an ack waits for the command's in-flight record to be written, at most (see ackFirst). */
const ACK_WAIT_MS = 250;

/** Where the middleware leaves the delivery's claim in Bolt's context. */
const FIRST_DELIVERY = 'hadamardFirstDelivery';

/**
 * A request's platform id, as the store's delivery key: events by `event_id` (a retry carries the same one), slash
 * commands, shortcuts and interactive actions by `trigger_id` (unique per user action). Undefined when it has none.
 */
export function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (typeof body.event_id === 'string' && body.event_id) return `slack:event:${body.event_id}`;
  if (typeof body.trigger_id === 'string' && body.trigger_id) return `slack:trigger:${body.trigger_id}`;
  return undefined;
}

/** Whether this delivery is the first (the claim the middleware started); true when there was nothing to claim. */
function firstDelivery(context: Record<string, unknown>): Promise<boolean> {
  return (context[FIRST_DELIVERY] as Promise<boolean> | undefined) ?? Promise.resolve(true);
}

/**
 * Bolt's logger interface on top of our pino logger. An error Bolt or its OAuth installer logs becomes one short line
 * (name, code, message): serialized whole it could carry a request, or a failed call's body with the client secret.
 */
function boltLogger(log: Logger): BoltLogger {
  const one = (m: unknown): string => {
    if (typeof m === 'string') return m;
    if (m instanceof Error) return shortError(m);
    try {
      return JSON.stringify(m) ?? String(m);
    } catch {
      return String(m);
    }
  };
  const text = (msg: unknown[]) => msg.map(one).join(' ');
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

/**
 * An answer sent privately (ephemeral): Slack cannot attach files to it, so it says where the figures went: to the
 * asker's direct messages with the bot (`dm`), or nowhere.
 */
function privateAnswer(answer: Answer, dm = false, locale?: Locale): { text: string; blocks: SlackBlock[] } {
  const message = answerToSlack(answer, { locale });
  const tr = translator(locale);
  const what = answer.files?.length ? (answer.figures.length ? 'both' : 'file') : 'figure';
  if (dm)
    message.blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: tr('notice.slack.toDm', { what }) }],
    });
  else if (answer.figures.length > 0 || message.attachment || answer.files?.length)
    message.blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: tr('notice.slack.privateNoFiles') }],
    });
  return { text: message.text, blocks: message.blocks };
}

/** Private answers whose figure or file is the point (your progress, the class export): sent to the asker's DM. */
const FILES_TO_DM: ReadonlySet<string> = new Set(['me', 'class']);

/** Starts the Slack adapter; resolves once it listens (HTTP) or is connected (Socket Mode). */
export async function startSlack(ctx: AdapterContext): Promise<RunningAdapter> {
  const slack = ctx.config.slack;
  if (!slack)
    throw new Error('startSlack needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_CLIENT_ID … for OAuth)');
  const log = ctx.logger.child({ adapter: 'slack' });
  const bolt = boltLogger(log.child({ lib: 'bolt' }));
  const clientOptions = { slackApiUrl: slack.apiUrl, retryConfig: RETRY_CONFIG, timeout: REQUEST_TIMEOUT_MS };
  const oauth = slack.oauth;

  // Many workspaces: installations (tokens) live in the store, so any instance answers any workspace.
  const store = ctx.groups?.store;
  if (oauth && !store) throw new Error('Slack OAuth needs the store (installations are kept there)');
  const installations = oauth && store ? new StoreInstallationStore(store) : undefined;

  // One workspace: verify the token once, here, so a wrong token stops start-up with a clear message (Bolt would
  // otherwise cache a failed auth.test and fail every later event).
  let auth: { user_id?: string; bot_id?: string; team_id?: string } | undefined;
  if (!oauth) {
    if (!slack.botToken) throw new Error('startSlack needs SLACK_BOT_TOKEN (or SLACK_CLIENT_ID … for OAuth)');
    const probe = new webApi.WebClient(slack.botToken, { ...clientOptions, logger: bolt });
    try {
      auth = await probe.auth.test();
    } catch (err) {
      throw new Error(`Slack rejected SLACK_BOT_TOKEN (auth.test: ${slackErrorCode(err) ?? String(err)})`, {
        cause: err,
      });
    }
    if (!auth.user_id || !auth.bot_id)
      throw new Error('Slack auth.test gave no bot user: is SLACK_BOT_TOKEN a bot token?');
  }

  const socketMode = Boolean(slack.appToken);
  const scopes = botScopes();
  const oauthOptions =
    oauth && store && installations
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          stateSecret: oauth.stateSecret,
          scopes,
          installationStore: installations,
          ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
          installerOptions: {
            installPath: SLACK_INSTALL_PATH,
            redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
            directInstall: false,
            stateStore: new StoreStateStore(store, oauth.stateSecret, {
              scopes,
              ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
            }),
            authorizationUrl: oauth.authorizeUrl,
            clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: RETRY_CONFIG, timeout: REQUEST_TIMEOUT_MS },
            renderHtmlForInstallPath: installPage,
            callbackOptions: {
              success: (
                installation: { team?: { id?: string; name?: string } },
                _o: unknown,
                _req: unknown,
                res: ServerResponse,
              ) => {
                log.info({ team: installation.team?.id }, 'slack: installed in a workspace');
                res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
                res.end(
                  resultPage(
                    true,
                    `It is now in ${installation.team?.name ?? 'your workspace'}: type /hadamard help in any channel.`,
                  ),
                );
              },
              failure: (
                error: { code?: string; data?: { error?: unknown } },
                _o: unknown,
                _req: unknown,
                res: ServerResponse,
              ) => {
                // Codes only: an error's message or data may quote the request (the code, the client secret).
                const { client, reason } = oauthFailureKind(error);
                const level = client ? 'warn' : 'error';
                log[level]({ code: error.code ?? 'unknown', reason }, 'slack: an install did not complete');
                res.writeHead(client ? 400 : 500, { 'Content-Type': 'text/html; charset=utf-8' });
                res.end(
                  resultPage(
                    false,
                    client
                      ? `Start again from the install page (reason: ${reason}).`
                      : `Something went wrong on our side (reason: ${reason}); try again later.`,
                  ),
                );
              },
            },
          },
        }
      : {};
  const receiver = slack.appToken
    ? new SocketModeReceiver({
        appToken: slack.appToken,
        logger: bolt,
        installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
      })
    : new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger: bolt,
        ...oauthOptions,
      });
  const app = new App({
    ...(auth
      ? { token: slack.botToken, botId: auth.bot_id, botUserId: auth.user_id, tokenVerificationEnabled: false }
      : {}),
    receiver,
    logger: bolt,
    clientOptions,
  });
  app.error(async (err) => {
    // No installation for the workspace (never installed, or uninstalled): Bolt's receiver answers 401, no listener
    // runs and nothing is sent with a stale token.
    if (err.code === 'slack_bolt_authorization_error') {
      log.warn({ code: err.code }, 'slack: a request from a workspace without an installation was refused');
      throw err;
    }
    log.error({ err, code: err.code }, 'slack listener error');
  });

  // Each delivery once: every request's platform id is claimed in the store as it arrives (not awaited here, so no
  // ack waits for it); listeners ack first, then look at the claim (ackFirst, firstDelivery).
  app.use(async ({ body, context, next }) => {
    const key = deliveryKey(body as Record<string, unknown>);
    context[FIRST_DELIVERY] = key && ctx.deliveries ? ctx.deliveries.first(key) : Promise.resolve(true);
    await next();
  });

  /** A client with the workspace's own token (OAuth), or the one token; undefined when the workspace has none. */
  async function clientFor(team: string): Promise<WebClient | undefined> {
    if (!installations) return app.client;
    const token = (await installations.find({ teamId: team, isEnterpriseInstall: false }))?.bot?.token;
    return token ? new webApi.WebClient(token, { ...clientOptions, logger: bolt }) : undefined;
  }

  const dispatcher = ctx.dispatcher;
  const groups = ctx.groups;
  const botUserId = auth?.user_id;

  /**
   * The asker's Slack language (users.info with include_locale), kept 6 hours per user (at most 5,000 users): one
   * Web API call per user and period, and a command never waits more than 800 ms for it (then: no language known,
   * and the channel's setting or English answers).
   */
  const locales = new Map<string, { locale: string | undefined; at: number }>();
  async function slackLocale(client: WebClient, workspace: string, user: string): Promise<string | undefined> {
    const key = `${workspace}:${user}`;
    const hit = locales.get(key);
    if (hit && Date.now() - hit.at < LOCALE_TTL_MS) return hit.locale;
    const asked = client.users
      .info({ user, include_locale: true })
      .then((r) => (r.user as { locale?: string } | undefined)?.locale)
      .catch((err: unknown) => {
        log.debug({ code: slackErrorCode(err) }, 'users.info (locale) failed: no language known');
        return undefined;
      });
    const locale = await settleWithin(asked, LOCALE_WAIT_MS, undefined);
    locales.delete(key);
    locales.set(key, { locale, at: Date.now() });
    while (locales.size > LOCALE_USERS) locales.delete(locales.keys().next().value!);
    return locale;
  }

  /** Who asks, where, and what only Slack can tell: a workspace admin or owner may change the channel's settings. */
  function requester(client: WebClient, workspace: string, channel: string, user: string): Requester {
    return {
      platform: 'slack',
      workspace,
      channel,
      user,
      permissionName: SLACK_PERMISSION,
      buttons: true,
      // users.info only when the service asks (a settings change, an early reveal by someone else).
      canManage: async () => {
        try {
          const r = await client.users.info({ user });
          return Boolean(r.user?.is_admin || r.user?.is_owner);
        } catch (err) {
          log.warn({ err, code: slackErrorCode(err) }, 'users.info failed: treated as not an admin');
          return false;
        }
      },
      // Leaderboards (≤ 10 rows): display names for the figure; the text names them too, so nobody is pinged.
      names: async (ids) => {
        const names: Record<string, string> = {};
        await Promise.all(
          ids.slice(0, 10).map(async (id) => {
            try {
              const u = (await client.users.info({ user: id })).user;
              const name = u?.profile?.display_name || u?.real_name || u?.name;
              if (name) names[id] = name;
            } catch (err) {
              log.debug({ err, code: slackErrorCode(err) }, 'users.info failed: the id is shown');
            }
          }),
        );
        return names;
      },
    };
  }

  /** Posts a message, or edits `replaceTs` (falling back to a new post when that message is gone). Returns its ts. */
  async function postOrUpdate(
    client: WebClient,
    target: Target,
    message: { text: string; blocks: SlackBlock[] },
    replaceTs?: string,
  ): Promise<string | undefined> {
    if (replaceTs) {
      try {
        await client.chat.update({
          channel: target.channel,
          ts: replaceTs,
          text: message.text,
          blocks: message.blocks,
        });
        return replaceTs;
      } catch (err) {
        if (!GONE.has(slackErrorCode(err) ?? '')) throw err;
      }
    }
    const r = await client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return r.ts;
  }

  /**
   * A reveal, where the question was: the question message edited into the answer (buttons gone, the right choice
   * marked), the worked figure in its thread. Without a question message (or when it was deleted), a new message in
   * `fallbackChannel`. Used for `/hadamard reveal` and by the sweeper (closing by time).
   */
  async function publishReveal(client: WebClient, reply: GroupReply, fallbackChannel: string): Promise<void> {
    const message = revealToSlack(reply.answer, reply.reveal?.locale);
    const ref = parseMessageRef(reply.reveal?.messageRef);
    const target: Target = ref
      ? { channel: ref.channel, ...(ref.threadTs ? { threadTs: ref.threadTs } : {}) }
      : { channel: fallbackChannel };
    const ts = await postOrUpdate(client, target, message, ref?.ts);
    const thread = target.threadTs ?? ts;
    await uploadFiles(
      client,
      { channel: target.channel, ...(thread ? { threadTs: thread } : {}) },
      reply.answer.figures,
      message.attachment,
    );
  }

  /**
   * The public question shows how many have answered: edited after recorded answers, at most once per interval per
   * round (answer-count.ts), and never over its reveal.
   */
  const countEdits = groups
    ? new ThrottledEdits({
        intervalMs: ctx.answerCountEditMs,
        log,
        edit: (roundId) =>
          editAnswerCount(
            groups,
            roundId,
            async ({ round, answer, quiz }) => {
              const ref = parseMessageRef(round.messageRef);
              const client = ref ? await clientFor(round.workspace) : undefined;
              if (!ref || !client) return;
              const message = quizToSlack(answer, quiz);
              await client.chat.update({
                channel: ref.channel,
                ts: ref.ts,
                text: message.text,
                blocks: message.blocks,
              });
            },
            async (round) => {
              // Closed while the count was being edited: the reveal's text is put back (its figure is in the thread).
              const ref = parseMessageRef(round.messageRef);
              const client = ref ? await clientFor(round.workspace) : undefined;
              if (!ref || !client) return;
              const reply = await groups.revealOf(round, (round.closedAt ?? 0) < round.closesAt ? 'reveal' : 'time');
              const message = revealToSlack(reply.answer, reply.reveal?.locale);
              await client.chat.update({
                channel: ref.channel,
                ts: ref.ts,
                text: message.text,
                blocks: message.blocks,
              });
            },
          ),
      })
    : undefined;

  // A command another instance acknowledged and never answered (it died): tell the user through its response_url.
  // Said in the user's Slack language when it can be learnt (the row keeps none), else the channel's, else English.
  ctx.inflight?.registerReporter('slack', async (pending, text) => {
    const client = await clientFor(pending.workspace).catch(() => undefined);
    let locale = client ? await slackLocale(client, pending.workspace, pending.user) : undefined;
    if (!locale && groups)
      locale = await groups
        .settingsOrFallback({ platform: 'slack', workspace: pending.workspace, channel: pending.channel })
        .then((s) => (s.language && s.language.value !== 'default' ? s.language.value : undefined))
        .catch(() => undefined);
    const res = await fetch(pending.replyTo, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: `:warning: ${text(locale)}` }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`response_url answered ${res.status}`);
  });

  // The sweeper closes rounds by time on whichever instance claims them, and asks this adapter to show the reveal.
  groups?.registerPublisher({
    platform: 'slack',
    publish: async (round, reply) => {
      const client = await clientFor(round.workspace);
      if (!client) {
        log.warn({ team: round.workspace, round: round.id }, 'slack: no installation for a reveal: not shown');
        return;
      }
      await publishReveal(client, reply, round.channel);
    },
  });

  // Scheduled runs and pinned boards are posted (and edited) in their channel with the workspace's token.
  groups?.registerPoster(slackChannelPoster({ clientFor, log }));

  /** Posts an outcome as the entry point requires. Never throws. Returns the ts of the public answer it posted or edited. */
  async function deliver(outcome: Outcome, client: WebClient, d: Delivery): Promise<string | undefined> {
    const locale = outcome.locale;
    const tr = translator(locale);
    try {
      switch (outcome.kind) {
        case 'answer': {
          const { answer } = outcome;
          if (answer.verb === 'help' && d.helpPrivately) {
            await d.privately(answerToSlack(answer, { locale }));
            return undefined;
          }
          if (outcome.reveal) {
            await publishReveal(client, { answer, visibility: 'public', reveal: outcome.reveal }, d.target.channel);
            if (outcome.reveal.messageRef && !d.privateChannel)
              await d.privately({
                text: `:white_check_mark: ${translator(outcome.reveal.locale)('quiz.revealedNote')}`,
              });
            return undefined;
          }
          if (outcome.quiz && outcome.private) {
            // A practice question: privately, with its buttons (Slack's ephemeral messages carry buttons).
            const m = quizToSlack(answer, outcome.quiz);
            await d.privately({ text: m.text, blocks: m.blocks });
            return undefined;
          }
          if (outcome.marked) {
            // An answer: privately, with the choices and the user's own marked (and, for practice, the right one);
            // the channel sees only the question's count of answers change.
            const reveal = (answer.data as unknown as Partial<AnswerData>).reveal;
            const m = privateAnswer(answer, false, locale);
            m.blocks.push(markedChoicesBlock(outcome.marked, reveal?.correctChoice));
            await (outcome.marked.practice && d.replaceOriginal ? d.replaceOriginal : d.privately)(m);
            if (outcome.marked.recorded && !outcome.marked.practice) countEdits?.touch(outcome.marked.roundId);
            return undefined;
          }
          if (outcome.private && !d.privateChannel) {
            const dm =
              FILES_TO_DM.has(answer.verb) && (answer.figures.length > 0 || answer.files?.length) && d.user
                ? await sendToDm(client, d.user, answer)
                : false;
            await d.privately(privateAnswer(answer, dm, locale));
            return undefined;
          }
          const message = outcome.quiz ? quizToSlack(answer, outcome.quiz) : answerToSlack(answer, { locale });
          if (d.context)
            message.blocks.unshift({ type: 'context', elements: [{ type: 'mrkdwn', text: d.context(tr) }] });
          if (d.replaceTs)
            message.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: tr('notice.slack.updated') }] });
          if (d.source !== undefined && !outcome.quiz && answerLatex(answer)) withLatexAction(message, d.source);
          let ts: string | undefined;
          try {
            ts = await postOrUpdate(client, d.target, message, d.replaceTs);
          } catch (err) {
            if (!d.fallback || !NOT_IN_CHANNEL.has(slackErrorCode(err) ?? '')) throw err;
            // Not a member of this channel: answer through the response URL (no files possible there; a quiz's
            // buttons work, but its reveal cannot edit it).
            await d.fallback(message);
            const what = answer.figures.length > 0 || message.attachment ? 'files' : 'answers';
            await d.privately({ text: tr('notice.slack.notMember', { what }) });
            return undefined;
          }
          // A quiz is not linked for edit to re-run: its message belongs to the round (the reveal edits it).
          if (ts && d.onPosted && !outcome.quiz)
            await d.onPosted(ts).catch((err: unknown) => log.warn({ err }, 'slack: could not link the answer'));
          if (outcome.quiz && ts && groups)
            await groups.attachMessage(
              outcome.quiz.id,
              formatMessageRef({
                channel: d.target.channel,
                ts,
                ...(d.target.threadTs ? { threadTs: d.target.threadTs } : {}),
              }),
            );
          // An edited answer's new figures go into its thread: the channel gets no new message.
          const files: Target = d.replaceTs
            ? { channel: d.target.channel, threadTs: d.target.threadTs ?? ts }
            : d.target;
          await uploadFiles(client, files, answer.figures, message.attachment, answer.files);
          return ts;
        }
        case 'error':
          await d.privately(errorToSlack(outcome.error, locale));
          return undefined;
        case 'rate_limited':
          await d.privately(noticeToSlack(outcome.message));
          return undefined;
        case 'fault':
          await d.privately(noticeToSlack(outcome.message, ':warning:'));
          return undefined;
        case 'closing':
          await d.privately(noticeToSlack(outcome.message));
          return undefined;
      }
    } catch (err) {
      const id = randomUUID().slice(0, 8);
      log.error({ err, code: slackErrorCode(err), errorId: id }, 'slack send failed');
      await d
        .privately(noticeToSlack(tr('notice.slack.sendFailed', { id }), ':warning:'))
        .catch((e: unknown) => log.warn({ err: e, errorId: id }, 'slack private notice failed too'));
      return undefined;
    }
  }

  /**
   * A private answer's figures and files, uploaded to the asker's direct messages with the bot (conversations.open,
   * then files.uploadV2). False when that cannot be done (the app lacks im:write, the user cannot be messaged): the
   * answer then says the files could not come.
   */
  async function sendToDm(client: WebClient, user: string, answer: Answer): Promise<boolean> {
    try {
      const opened = await client.conversations.open({ users: user });
      const channel = opened.channel?.id;
      if (!channel) return false;
      await uploadFiles(client, { channel }, answer.figures, undefined, answer.files);
      return true;
    } catch (err) {
      log.warn({ err, code: slackErrorCode(err) }, 'slack: could not send private files to the direct messages');
      return false;
    }
  }

  async function uploadFiles(
    client: WebClient,
    target: Target,
    figures: Figure[],
    attachment: { filename: string; title: string; content: string } | undefined,
    textFiles: TextFile[] = [],
  ): Promise<void> {
    const files: { file: Buffer; filename: string; title: string; alt_text?: string }[] = figures.map((f) => ({
      file: f.png,
      filename: pngName(f.name),
      title: f.name.replace(/\.png$/i, ''),
      alt_text: altText(f.alt),
    }));
    for (const f of textFiles)
      files.push({ file: Buffer.from(f.content, 'utf8'), filename: f.name, title: f.description });
    if (attachment)
      files.push({
        file: Buffer.from(attachment.content, 'utf8'),
        filename: attachment.filename,
        title: attachment.title,
      });
    if (files.length === 0) return;
    await client.files.uploadV2({
      channel_id: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      file_uploads: files,
    });
  }

  /**
   * Records a request in flight before it is acked (so no instant exists where it is acked and unrecorded): a dead
   * instance's commands are then reported by another (runtime/inflight.ts). Ids and the response_url only.
   */
  function inFlight(who: Requester, responseUrl: string | undefined): Promise<string | undefined> {
    if (!ctx.inflight || !responseUrl) return Promise.resolve(undefined);
    const { platform, workspace, channel, user } = who;
    return ctx.inflight.track({ platform, workspace, channel, user }, responseUrl, RESPONSE_URL_TTL_MS);
  }

  /**
   * Acknowledges a request after giving its in-flight record a moment to be written (ACK_WAIT_MS: a healthy store
   * takes a few ms, so normally no instant exists where the command is acked and unrecorded). The ack never waits
   * longer: with the store slow or down the command is acked, computed and answered all the same, only without the
   * record (it then survives everything but this instance dying). Resolves whether the delivery is new; a replay or
   * retry has been acknowledged and must be ignored (its record is cleared).
   */
  async function ackFirst(
    ack: () => Promise<void>,
    context: Record<string, unknown>,
    pending?: Promise<string | undefined>,
  ): Promise<boolean> {
    if (pending) await settleWithin(pending, ACK_WAIT_MS, undefined);
    await ack();
    if (await firstDelivery(context)) return true;
    log.info('slack: a delivery already handled (replay or retry) was acknowledged and ignored');
    if (pending) await ctx.inflight?.done(pending);
    return false;
  }

  /**
   * One request from ack to the last file, tracked so shutdown waits for it. `after` sees the outcome and the ts of
   * the public answer (to link it for edit to re-run).
   */
  function serve(
    ask: Ask,
    client: WebClient,
    d: Delivery,
    after?: (outcome: Outcome, ts: string | undefined) => Promise<void>,
  ): Promise<void> {
    return dispatcher.track(
      (async () => {
        try {
          // Let other requests waiting on the event loop be acked before this command's (synchronous,
          // CPU-bound) computing and drawing: Slack wants every ack within 3 s.
          await new Promise<void>((resolve) => setImmediate(resolve));
          // Shared files are downloaded only once the rate limit lets the command through (`prepare`).
          const outcome = await dispatcher.handle({
            platform: 'slack',
            userId: ask.userKey,
            ...(ask.files?.length
              ? { prepare: () => attachments(ask, client) }
              : ask.command
                ? { command: ask.command }
                : { text: ask.text ?? '' }),
            who: ask.who,
          });
          // The LaTeX item re-runs the text: not for answers about files (their bytes are not kept).
          const source = ask.text !== undefined && !ask.files?.length ? ask.text : undefined;
          const delivery: Delivery = { ...d, user: ask.who.user, ...(source !== undefined ? { source } : {}) };
          const ts = await deliver(outcome, client, delivery);
          if (after)
            await after(outcome, ts).catch((err: unknown) =>
              log.warn({ err, code: slackErrorCode(err) }, 'slack follow-up failed'),
            );
        } finally {
          await ctx.inflight?.done(d.pending);
        }
      })(),
    );
  }

  /**
   * The files of a message as the command's attachments: downloaded from Slack's file host with the workspace's token
   * (size checked first), then the text parsed with them (`@1`, `@2`; no matrix in the text: the files are the
   * operands). A bad file is an error outcome naming it.
   */
  async function attachments(ask: Ask, client: WebClient): Promise<Command | EngineError> {
    // Said privately, like the dispatcher's notices: in the asker's language when it is known.
    const locale = resolveLocale(replyLocale(ask.who, undefined, true));
    const tr = translator(locale);
    if (!client.token)
      return { ok: false, code: 'bad_file', message: tr('notice.noToken'), hint: tr('notice.noTokenHint') };
    const files = await downloadSlackFiles(ask.files ?? [], {
      token: client.token,
      filesUrl: slack!.filesUrl,
      ...(locale ? { locale } : {}),
    });
    if ('code' in files) {
      log.info({ code: files.code }, 'slack: a shared file was refused');
      return files;
    }
    const parsed = parseCommand(ask.text ?? '', { attachments: files });
    return parsed.ok ? parsed.value : parsed;
  }

  app.command(/^\/hadamard\b/, async ({ command, ack, respond, client, context }) => {
    const who = requester(client, command.team_id, command.channel_id, command.user_id);
    const pending = inFlight(who, command.response_url);
    if (!(await ackFirst(ack, context, pending))) return;
    // The asker's language (cached), learnt inside the command's tracked work (the dispatcher calls it), after the ack.
    who.loadLocale = async () => {
      const locale = await slackLocale(client, command.team_id, command.user_id);
      if (locale) who.locale = { user: locale };
    };
    // The asker's text is shown back without bidirectional controls, which could reorder the message.
    const asked = stripBidiControls(command.text);
    const echo = asked.length > 200 ? asked.slice(0, 200) + '…' : asked;
    await serve(
      {
        userKey: `${command.team_id}:${command.user_id}`,
        text: command.text,
        who,
      },
      client,
      {
        target: { channel: command.channel_id },
        helpPrivately: true,
        // command.text arrives with & < > already escaped by Slack.
        context: (tr) =>
          tr('notice.slack.asked', {
            user: `<@${command.user_id}>`,
            command: `\`${command.command} ${echo.replace(/`/g, "'")}\``,
          }),
        privately: (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
        fallback: (m) => respond({ response_type: 'in_channel', replace_original: false, ...m }),
        pending,
      },
    );
  });

  // A quiz button: ack at once, then the same `answer` as the text command, with private feedback.
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^${ANSWER_ACTION_PREFIX}`) },
    async ({ ack, body, action, respond, client, context }) => {
      const choice = parseChoiceValue(action.value);
      const channel = body.channel?.id ?? String(body.container.channel_id ?? '');
      const team = body.team?.id ?? body.user.team_id ?? '';
      const who = requester(client, team, channel, body.user.id);
      const pending = choice && channel ? inFlight(who, body.response_url) : undefined;
      if (!(await ackFirst(ack, context, pending))) return;
      const privately: Private = (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m });
      if (!choice || !channel) {
        log.warn({ actionId: action.action_id }, 'a quiz button without a quiz');
        return;
      }
      // The feedback is the presser's own: in their Slack language (cached), learnt inside the tracked work.
      who.loadLocale = async () => {
        const locale = await slackLocale(client, team, body.user.id);
        if (locale) who.locale = { user: locale };
      };
      await serve(
        {
          userKey: `${team}:${body.user.id}`,
          command: { verb: 'answer', operands: [], args: [choice.quizId, choice.choice] },
          who,
        },
        client,
        {
          target: { channel },
          helpPrivately: true,
          privately,
          replaceOriginal: (m) => respond({ response_type: 'ephemeral', replace_original: true, ...m }),
          pending,
        },
      );
    },
  );

  // "LaTeX" in an answer's overflow menu: the command it carries is re-run (the engine is deterministic, so the answer
  // is the same) and its LaTeX comes back privately. Nothing was stored for it.
  app.action<BlockAction<OverflowAction>>(
    { type: 'block_actions', action_id: LATEX_ACTION },
    async ({ ack, body, action, respond, client, context }) => {
      if (!(await ackFirst(ack, context))) return;
      const privately: Private = (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m });
      const channel = body.channel?.id ?? String(body.container.channel_id ?? '');
      const team = body.team?.id ?? body.user.team_id ?? '';
      const source = latexSourceOf(action.selected_option?.value, body.message?.blocks);
      if (source === undefined) {
        log.warn({ actionId: action.action_id }, 'a LaTeX action without its command');
        const locale = resolveLocale(await slackLocale(client, team, body.user.id));
        await privately(noticeToSlack(translator(locale)('notice.slack.noCommand'), ':warning:'));
        return;
      }
      await dispatcher.track(
        (async () => {
          const outcome = await dispatcher.handle({
            platform: 'slack',
            userId: `${team}:${body.user.id}`,
            text: source,
            who: requester(client, team, channel, body.user.id),
          });
          if (outcome.kind !== 'answer') {
            // An error, a rate limit or a fault: privately, as for any command.
            await deliver(outcome, client, { target: { channel }, helpPrivately: true, privately });
            return;
          }
          const latex = answerLatex(outcome.answer);
          await privately(
            latex
              ? latexToSlack(latex, outcome.locale)
              : noticeToSlack(translator(outcome.locale)('notice.noLatex'), ':information_source:'),
          );
        })().catch((err: unknown) => log.error({ err, code: slackErrorCode(err) }, 'slack: LaTeX reply failed')),
      );
    },
  );

  // "Hadamard this" on someone's message: its text through the grammar, answered in its thread.
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: HADAMARD_THIS_CALLBACK },
    async ({ ack, shortcut, respond, client, context }) => {
      const team = shortcut.team?.id ?? shortcut.user.team_id ?? '';
      const { channel, user, message } = shortcut;
      const who = requester(client, team, channel.id, user.id);
      const pending = inFlight(who, shortcut.response_url);
      if (!(await ackFirst(ack, context, pending))) return;
      const author = message.user ? `<@${message.user}>` : 'none';
      await serve(
        {
          userKey: `${team}:${user.id}`,
          text: stripMentions(message.text ?? ''),
          who,
        },
        client,
        {
          target: { channel: channel.id, threadTs: String(message.thread_ts ?? message.ts) },
          helpPrivately: true,
          context: (tr) => tr('notice.slack.shortcut', { user: `<@${user.id}>`, author }),
          privately: (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
          fallback: (m) => respond({ response_type: 'in_channel', replace_original: false, ...m }),
          pending,
        },
      );
    },
  );

  /**
   * A message for the bot (a mention, a DM, or an edit of one): answered where it was written, the answer linked to
   * the message (ids only) so an edit edits it. With `replyTs`, the earlier answer is edited instead of posting.
   */
  function answerMessage(client: WebClient, m: Written, replyTs?: string): Promise<void> {
    const target: Target = { channel: m.channel, ...(m.threadTs ? { threadTs: m.threadTs } : {}) };
    const privately: Private = m.dm
      ? (msg) =>
          client.chat.postMessage({ channel: m.channel, ...(m.threadTs ? { thread_ts: m.threadTs } : {}), ...msg })
      : (msg) =>
          client.chat.postEphemeral({
            channel: m.channel,
            user: m.user,
            ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
            ...msg,
          });
    // Linked as soon as it is posted, so an edit that follows at once finds it.
    const link = async (ts: string) => {
      if (groups && ts !== replyTs)
        await groups.linkReply({
          platform: 'slack',
          workspace: m.team,
          channel: m.channel,
          sourceMessageId: m.ts,
          user: m.user,
          replyMessageId: ts,
          createdAt: Date.now(),
        });
    };
    return serve(
      {
        userKey: `${m.team}:${m.user}`,
        text: stripMentions(m.text),
        who: requester(client, m.team, m.channel, m.user),
        ...(m.files?.length ? { files: m.files } : {}),
      },
      client,
      {
        target,
        helpPrivately: !m.dm,
        privateChannel: m.dm,
        privately,
        onPosted: link,
        ...(replyTs ? { replaceTs: replyTs } : {}),
      },
      async (outcome, ts) => {
        if (replyTs && !ts && !(outcome.kind === 'answer' && outcome.reveal)) {
          // The edited question got no public answer (an error, or a private one): the old answer must not stand.
          const note = translator(outcome.locale)('notice.slack.edited', { user: `<@${m.user}>` });
          await client.chat.update({ channel: m.channel, ts: replyTs, text: note, blocks: [] });
        }
      },
    );
  }

  app.event('app_mention', async ({ event, client, body, context }) => {
    // Events are acked by Bolt before listeners run; a retry (same event_id) or a replay is ignored here.
    if (!(await firstDelivery(context))) return;
    await answerMessage(client, {
      team: body.team_id,
      channel: event.channel,
      user: event.user ?? '',
      ts: event.ts,
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
      text: event.text,
      dm: false,
      ...((event as { files?: SlackFile[] }).files?.length ? { files: (event as { files?: SlackFile[] }).files } : {}),
    });
  });

  app.event('message', async ({ event, client, body, context }) => {
    if (!(await firstDelivery(context))) return;
    const m = event as unknown as MessageEvent;
    if (m.subtype === 'message_changed') {
      const me = context.botUserId ?? botUserId;
      if (me) await rerunEdited(client, body.team_id, me, m);
      return;
    }
    // Channel messages that mention the bot arrive as app_mention too: only DMs are answered here.
    // A file shared in the DM (subtype file_share) is a message with attachments.
    if (m.channel_type !== 'im' || (m.subtype && m.subtype !== 'file_share') || m.bot_id || !m.user) return;
    await answerMessage(client, {
      team: body.team_id,
      channel: m.channel,
      user: m.user,
      ts: m.ts,
      ...(m.thread_ts ? { threadTs: m.thread_ts } : {}),
      text: m.text ?? '',
      dm: true,
      ...(m.files?.length ? { files: m.files } : {}),
    });
  });

  /**
   * Edit to re-run: a user edited a message that mentions the bot (any message, in a DM). Its earlier answer, found
   * through the link, is edited; without one (the first text got an error, or did not mention the bot), it is
   * answered like a new mention. Unfurls and the bot's own edits also arrive as message_changed: they are ignored.
   */
  async function rerunEdited(client: WebClient, team: string, botUserId: string, m: MessageEvent): Promise<void> {
    const edited = m.message;
    if (!edited?.user || edited.bot_id || edited.subtype || edited.user === botUserId || !edited.edited) return;
    const text = edited.text ?? '';
    if (text === (m.previous_message?.text ?? '')) return;
    const dm = m.channel_type === 'im';
    if (!dm && !text.includes(`<@${botUserId}`)) return;
    // Without the store (down), the edit is answered as a new mention.
    const link = await groups
      ?.findReply({ platform: 'slack', channel: m.channel, sourceMessageId: edited.ts })
      .catch((err: unknown) => {
        if (!isStoreUnavailable(err)) throw err;
        return undefined;
      });
    await answerMessage(
      client,
      {
        team,
        channel: m.channel,
        user: edited.user,
        ts: edited.ts,
        ...(edited.thread_ts && edited.thread_ts !== edited.ts ? { threadTs: edited.thread_ts } : {}),
        text,
        dm,
      },
      link?.user === edited.user ? link.replyMessageId : undefined,
    );
  }

  // An uninstall, or the bot's token revoked: the workspace's installation goes (Bolt skips authorize for these).
  const forget = async (
    body: { team_id?: string; enterprise_id?: string; authorizations?: { is_enterprise_install?: boolean }[] },
    why: string,
  ) => {
    if (!installations) {
      log.warn(
        { team: body.team_id, why },
        'slack: the app was removed from the workspace (one-token mode: nothing stored)',
      );
      return;
    }
    const query = keyOf({
      teamId: body.team_id,
      enterpriseId: body.enterprise_id,
      isEnterpriseInstall: body.authorizations?.[0]?.is_enterprise_install,
    });
    await installations.deleteInstallation(query);
    log.info({ team: body.team_id, why }, 'slack: installation deleted');
  };
  app.event('app_uninstalled', async ({ body }) => forget(body, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only the bot's token matters here: user tokens are not used.
    if ((event.tokens.bot ?? []).length > 0) await forget(body, 'tokens_revoked');
  });

  let where: string;
  let mounted = false;
  if (socketMode) {
    await app.start();
    where = `socket mode via ${slack.apiUrl}`;
  } else if (ctx.http && receiver instanceof HTTPReceiver) {
    // On the instance's shared server: Bolt's own request listener answers /slack/… (signatures checked by Bolt).
    // The install page is served here, not through Bolt's listener: Bolt swallows its errors (a store that cannot
    // keep the state) and never answers, so the browser would wait for the server's timeout.
    const installer = receiver.installer;
    const serveInstallPage: Listener | undefined = installer
      ? (req, res) =>
          void installer
            .handleInstallPath(req, res, undefined, {
              scopes,
              ...(oauth?.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
            })
            .catch((err: unknown) => {
              log.error({ error: shortError(err) }, 'slack: the install page failed');
              if (res.headersSent) return void res.end();
              res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
              res.end(resultPage(false, 'Something went wrong on our side; try again later.'));
            })
      : undefined;
    const route = slackRoute(
      receiver.requestListener,
      serveInstallPage ? { [SLACK_INSTALL_PATH]: serveInstallPage } : {},
    );
    ctx.http.mount(SLACK_EVENTS_PATH, route);
    if (installations) {
      ctx.http.mount(SLACK_INSTALL_PATH, route);
      ctx.http.mount(SLACK_OAUTH_REDIRECT_PATH, route);
    }
    mounted = true;
    where = `${ctx.http.url ?? `http://${ctx.config.host}:${ctx.config.port}`}${SLACK_EVENTS_PATH}`;
  } else {
    const server = (await app.start({ port: ctx.config.port, host: ctx.config.host })) as Server;
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    where = `http://${host}:${address.port}${SLACK_EVENTS_PATH}`;
  }
  if (auth) log.info({ botUser: auth.user_id, team: auth.team_id }, 'slack connected');
  else log.info({ install: SLACK_INSTALL_PATH }, 'slack ready for installs (many workspaces, OAuth)');
  return {
    name: socketMode ? 'slack (socket mode)' : 'slack (http)',
    where,
    stop: async () => {
      await countEdits?.stop();
      if (receiver instanceof SocketModeReceiver) {
        // Bolt's receiver.stop() returns before the close handshake; wait for it (bounded) so no
        // half-closed socket or timer outlives the adapter.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          receiver.client.disconnect(),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000))),
        ]);
        clearTimeout(timer);
      } else if (!mounted) await app.stop();
    },
  };
}
