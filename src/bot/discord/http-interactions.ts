/**
 * Discord interactions over HTTP: `POST /discord/interactions` on the instance's one HTTP server (the application's
 * "Interactions Endpoint URL"). Every request is verified before anything else happens: an Ed25519 signature
 * (`X-Signature-Ed25519`) over `X-Signature-Timestamp` + the raw body, with the application's public key
 * (DISCORD_PUBLIC_KEY), by Node's own crypto; a timestamp more than 5 minutes away from now is refused too, so a
 * captured request cannot be replayed later. A bad, missing or stale signature gets 401 and nothing is parsed or run.
 * A signed body that is not an interaction (not JSON, or `null`, a number, an array, a string, an object without a
 * type, id or token) gets 400; a wrong method 405.
 *
 * PING gets PONG. Everything else goes through the same code path as the gateway's interactions (interactions.ts);
 * only the first response differs: it is this HTTP response. It is JSON; an answer with files (the PNG figures) is
 * sent as a deferred response (type 5) and then edited in through the interaction's webhook, as multipart. Nothing is
 * kept in memory between requests, so any number of instances behind a load balancer can serve this endpoint.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, MessageFlags, REST, type APIInteraction } from 'discord.js';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import { HttpServer } from '../runtime/http.js';
import { translator } from '../../engine/i18n/index.js';
import {
  InteractionHandler,
  InteractionReply,
  interactionLocale,
  patchOriginal,
  type DiscordOptions,
  type FirstResponse,
} from './interactions.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** How far a request's timestamp may be from now (Discord signs every request as it sends it). */
export const MAX_SKEW_SECONDS = 5 * 60;
/** Interactions are small JSON documents (a 4,000-character option at most, and the resolved message). */
const BODY_MAX = 256 * 1024;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the 32 raw key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, as the developer portal shows it) as a Node key. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Whether a request is Discord's: its signature verifies over timestamp + body, and its timestamp is recent.
 * `nowSeconds` is injectable for the tests.
 */
export function verifyRequest(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds = Date.now() / 1000,
): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

/**
 * Why a parsed body is not an interaction (undefined when it is one): a JSON object with an integer `type`, and, for
 * anything but a PING, the `id`, `application_id` and `token` every interaction carries.
 */
export function interactionShapeError(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body is not a JSON object';
  const o = body as Record<string, unknown>;
  if (!Number.isInteger(o.type)) return 'body has no interaction type';
  if (o.type === InteractionType.Ping) return undefined;
  for (const field of ['id', 'application_id', 'token'])
    if (typeof o[field] !== 'string' || o[field] === '') return `interaction has no ${field}`;
  return undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The raw body, or undefined when it is larger than BODY_MAX (then 413 has been sent). */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | undefined> {
  const declared = Number(header(req, 'content-length') ?? 0);
  if (declared > BODY_MAX) {
    sendJson(res, 413, { error: 'body too large' });
    req.resume();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > BODY_MAX) {
      sendJson(res, 413, { error: 'body too large' });
      req.resume();
      return undefined;
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

class HttpInteractions {
  private readonly key: KeyObject;
  private readonly rest: REST;
  readonly handler: InteractionHandler;

  constructor(
    private readonly ctx: AdapterContext,
    options: DiscordOptions,
  ) {
    const discord = ctx.config.discord;
    if (!discord?.publicKey) throw new Error('startDiscordInteractions needs DISCORD_PUBLIC_KEY');
    this.key = publicKeyFromHex(discord.publicKey);
    this.rest = new REST({ version: '10', api: discord.apiUrl });
    if (discord.token) this.rest.setToken(discord.token);
    this.handler = new InteractionHandler({
      ctx,
      log: ctx.logger.child({ adapter: 'discord-http' }),
      rest: this.rest,
      botToken: Boolean(discord.token),
      options,
    });
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    const body = await readBody(req, res);
    if (!body) return;
    if (!verifyRequest(this.key, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body)) {
      sendJson(res, 401, { error: 'invalid request signature' });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, { error: 'body is not JSON' });
      return;
    }
    // Signed is not the same as well-formed: `null`, a number, an array or a string is no interaction.
    const shape = interactionShapeError(parsed);
    if (shape) {
      sendJson(res, 400, { error: shape });
      return;
    }
    const raw = parsed as APIInteraction;
    if (raw.type === InteractionType.Ping) {
      sendJson(res, 200, { type: InteractionResponseType.Pong });
      return;
    }
    let answered: (() => void) | undefined;
    const sent = new Promise<void>((resolve) => (answered = resolve));
    const finished = new Promise<void>((resolve) => res.once('finish', () => resolve()));
    const first: FirstResponse = async (response, files) => {
      if (files.length === 0 || response.type !== InteractionResponseType.ChannelMessageWithSource) {
        sendJson(res, 200, response);
        answered!();
        return null;
      }
      // Files cannot ride in this JSON response: "thinking…" now, the answer with its files as an edit.
      const flags = Number(response.data?.flags ?? 0) & MessageFlags.Ephemeral;
      sendJson(res, 200, {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(flags ? { data: { flags } } : {}),
      });
      answered!();
      await finished;
      return patchOriginal(this.rest, raw.application_id, raw.token, { body: response.data ?? {}, files });
    };
    const work = this.ctx.dispatcher.track(this.handler.handle(new InteractionReply(raw, first, this.rest, false)));
    const done = await Promise.race([sent.then(() => 'sent' as const), work]);
    if (res.headersSent) return;
    if (done === 'duplicate') {
      // Already handled (a replayed or repeated request): acknowledged, with nothing computed, posted or changed. A
      // deferred acknowledgement carries no content; Discord keeps the first response it got for an interaction.
      sendJson(res, 200, {
        type:
          raw.type === InteractionType.MessageComponent
            ? InteractionResponseType.DeferredMessageUpdate
            : InteractionResponseType.DeferredChannelMessageWithSource,
      });
      return;
    }
    // Nothing this bot knows (a stale button of an older version): say so, rather than let Discord time out.
    sendJson(res, 200, {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: translator(interactionLocale(raw))('notice.discord.unknown'), flags: 64 },
    });
  }
}

/**
 * Mounts `POST /discord/interactions` on the instance's HTTP server (or, without one, listens on PORT itself).
 * main.ts calls this when DISCORD_PUBLIC_KEY and DISCORD_APP_ID are set.
 */
export async function startDiscordInteractions(
  ctx: AdapterContext,
  options: DiscordOptions = {},
): Promise<RunningAdapter & { url: string | undefined }> {
  const adapter = new HttpInteractions(ctx, options);
  // The gateway adapter, when it also runs, registers an equivalent publisher; either can show a reveal.
  adapter.handler.registerPublisher();
  const own = ctx.http ? undefined : new HttpServer(ctx.logger);
  const http = ctx.http ?? own!;
  http.mount(INTERACTIONS_PATH, (req, res) => adapter.serve(req, res));
  if (own) await own.listen(ctx.config.port, ctx.config.host);
  return {
    name: 'discord (http interactions)',
    where: `${http.url ?? `port ${ctx.config.port}`}${INTERACTIONS_PATH}`,
    url: http.url ? `${http.url}${INTERACTIONS_PATH}` : undefined,
    stop: async () => {
      await adapter.handler.stop();
      await own?.close();
    },
  };
}
