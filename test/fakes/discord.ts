/**
 * A fake Discord on 127.0.0.1 for the adapter tests: the REST API the bot and the register
 * script call, and the gateway websocket. Payloads are shaped like the real ones (API v10),
 * so the real discord.js client runs against it unmodified, pointed here by DISCORD_API_URL.
 *
 * REST (under /api/v10): GET /gateway/bot, GET /users/@me, GET /users/{id}, POST /users/@me/channels
 * (open a DM), PUT|GET application (and guild) commands (chat input, user and message commands),
 * POST /interactions/{id}/{token}/callback (JSON or multipart with files),
 * GET|PATCH|DELETE /webhooks/{app}/{token}/messages/{id|@original}, POST /webhooks/{app}/{token}
 * (follow-ups), POST /channels/{id}/messages, GET|PATCH|DELETE /channels/{id}/messages/{id} (JSON or
 * multipart), and the CDN (GET /attachments/…: files attached to options, served whole, chunked, or answered with a
 * redirect). Discord's limits are enforced with its error codes (content ≤ 2,000, attachment
 * descriptions ≤ 1,024, one acknowledgement per interaction, button labels ≤ 80 and custom ids ≤ 100,
 * only the author edits a message, a bot outside a channel gets 50001 Missing Access).
 *
 * Interactions: slash commands, message context-menu commands (with `data.resolved.messages`) and
 * button presses (type 3, only on an enabled button the message carries). Guild members carry their
 * roles; an interaction's `member.permissions` is the decimal bitfield of @everyone plus their roles
 * (a "Moderators" role grants Manage Channels), and `app_permissions` the bot's.
 *
 * Gateway (JSON, no compression, as discord.js uses without zlib-sync): HELLO, IDENTIFY → READY
 * (+ GUILD_CREATE), heartbeats → ACK, RESUME → replay of missed events + RESUMED, INVALID_SESSION.
 * Intents are honoured: MESSAGE_CREATE needs GuildMessages/DirectMessages, and without the
 * privileged MessageContent intent a message's content is blanked unless it mentions the bot or
 * is a DM, as Discord does. Privileged intents the app has not enabled close the socket with 4014.
 * A user's edit is a MESSAGE_UPDATE carrying the whole message (content blanked the same way).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';

const API_PREFIX = '/api/v10';

/** Gateway intents the fake looks at. */
/** The locales Discord accepts in `*_localizations` (its documentation's table). */
const DISCORD_LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

export const INTENTS = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
const PRIVILEGED = INTENTS.GuildMembers | INTENTS.GuildPresences | INTENTS.MessageContent;

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

/** Permission bits (decimal strings on the wire). */
export const PERMISSIONS = {
  /** What @everyone may do in the fake's server: view, send, embed, attach, read history, use commands… */
  everyone: 2222085186637376n,
  ManageChannels: 1n << 4n,
  /** Everything: the bot's own `app_permissions` in the server. */
  all: 1125899906842623n,
} as const;

export interface FakeFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RestCall {
  method: string;
  /** Path after /api/v10, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  /** JSON body, or the parsed `payload_json` of a multipart body. */
  json: unknown;
  files: FakeFile[];
  status: number;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  description?: string;
  content_type: string;
  size: number;
  data: Buffer;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: DiscordUser;
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  attachments: FakeAttachment[];
  flags: number;
  deleted: boolean;
  /** Set when the message answers an interaction (its original response or a follow-up). */
  interaction?: { id: string; user: DiscordUser; name: string; followUp: boolean; commandType?: number };
  reference?: { message_id: string; channel_id: string };
  type: number;
  /** When the author last edited it (ms), for `edited_timestamp`. */
  editedAt?: number;
}

export interface DiscordUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
  public_flags: number;
}

export type InteractionContext = 'guild' | 'bot_dm' | 'private_channel';

interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  user: DiscordUser;
  channelId: string;
  context: InteractionContext;
  /** Interaction callback type once acknowledged. */
  acknowledged?: number;
  originalMessageId?: string;
  name: string;
  /** Application command type for commands (1 chat input, 3 message), 0 otherwise. */
  commandType: number;
  /** Component interactions: the message the button is on. */
  messageId?: string;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export interface GatewayFrame {
  dir: 'in' | 'out';
  op: number;
  t?: string | null;
  d?: unknown;
}

export interface FakeDiscordOptions {
  token?: string;
  appId?: string;
  /** ms between heartbeats announced in HELLO (Discord: 41,250). */
  heartbeatInterval?: number;
  /** Privileged intents enabled for the app in the developer portal (bit mask; default none). */
  enabledPrivilegedIntents?: number;
  /**
   * Gateway shards Discord recommends (GET /gateway/bot). With more than one, IDENTIFY must carry `shard: [i, n]`, and
   * each guild's events go to shard (guild_id >> 22) % n, DMs to shard 0, as Discord routes them.
   */
  shards?: number;
}

/** A file a user attaches to a slash command's attachment option (`a_file`). */
export interface FakeUpload {
  filename: string;
  data: Buffer;
  contentType?: string;
  /** The size the interaction states (default: the real size); a test may make it differ from what is served. */
  statedSize?: number;
  /** Where the interaction says the file is (default: this fake's CDN); a test may point it elsewhere. */
  url?: string;
  /** Serve it without Content-Length (chunked), so only the cut during the download can stop an oversized file. */
  chunked?: boolean;
  /** The CDN answers the download with this redirect (`status`: 301, 302, 303, 307 or 308) instead of the file. */
  redirect?: { location: string; status: number };
}

/** A server besides the main one (`addGuild`), with one text channel. */
export interface FakeGuild {
  id: string;
  channelId: string;
}

let snowflakeCounter = 0n;
/** Real-looking snowflakes: ms since the Discord epoch << 22 | counter. */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0x3fffffn;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | snowflakeCounter).toString();
}

function user(id: string, username: string, bot = false): DiscordUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: bot ? null : username[0].toUpperCase() + username.slice(1),
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0,
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

/** The buttons of a message's action rows, in order. */
export function buttonsOf(m: FakeMessage): {
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
}[] {
  const rows = m.components as { components?: Record<string, unknown>[] }[];
  return rows.flatMap((r) => r.components ?? []).filter((c) => c.type === 2);
}

function invalidForm(field: string, message: string): HttpError {
  return new HttpError(400, {
    code: 50035,
    message: 'Invalid Form Body',
    errors: { [field]: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message }] } },
  });
}

export class FakeDiscord {
  readonly token: string;
  readonly appId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser: DiscordUser;
  readonly alice = user(snowflake(), 'alice');
  readonly bob = user(snowflake(), 'bob');
  readonly carol = user(snowflake(), 'carol');
  /** Owns the server (and so holds every permission); never acts in the tests. */
  readonly owner = user(snowflake(), 'owner');
  /** A role granting Manage Channels; `grantManageChannels` gives it to a user. */
  readonly moderatorRoleId = snowflake();
  private readonly moderators = new Set<string>();
  readonly calls: RestCall[] = [];
  readonly messages = new Map<string, FakeMessage>();
  readonly frames: GatewayFrame[] = [];
  /** Query strings of every gateway connection (`v`, `encoding`, `compress`). */
  readonly connections: Record<string, string>[] = [];
  /** Registered commands per scope key (`global` or the guild id). */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  private readonly interactions = new Map<string, FakeInteraction>();
  private readonly dmChannels = new Map<string, string>();
  /** Gateway sessions by shard id. */
  private readonly sessions = new Map<number, Session>();
  /** Servers besides the main one, each with a channel the bot is in. */
  readonly extraGuilds: FakeGuild[] = [];
  readonly shardCount: number;
  /** Files served by the fake's CDN (`/attachments/…`), by path. */
  private readonly uploads = new Map<string, FakeUpload>();
  /** Paths of every CDN download the bot started. */
  readonly downloads: string[] = [];
  /** CDN downloads whose whole file was sent (a download cut by the bot never gets here). */
  readonly completedDownloads: string[] = [];
  /** CDN downloads whose connection is over (completed or cut). */
  readonly closedDownloads: string[] = [];
  /**
   * HTTP interactions: once `useHttpInteractions(url)` is called, interactions are signed and POSTed to the bot's
   * endpoint (as Discord does for an app with an Interactions Endpoint URL) instead of sent over the gateway; the HTTP
   * response is the interaction's first response.
   */
  private httpTarget: string | undefined;
  /** The application's Ed25519 key pair (real keys: the bot verifies with the public one). */
  readonly keys = generateKeyPairSync('ed25519');
  /** Every HTTP interaction sent, with the bot's HTTP status and response body. */
  readonly httpInteractions: { token: string; status: number; body: unknown }[] = [];
  /** Every request signed and sent over HTTP, as sent (for `replaySigned`). */
  readonly signedRequests: { url: string; body: string; timestamp: string; signature: string }[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly heartbeatInterval: number;
  private readonly enabledPrivileged: number;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? `fake.${randomBytes(12).toString('hex')}`;
    this.appId = options.appId ?? snowflake();
    this.botUser = user(this.appId, 'hadamard-bot', true);
    this.heartbeatInterval = options.heartbeatInterval ?? 41250;
    this.enabledPrivileged = options.enabledPrivilegedIntents ?? 0;
    this.shardCount = options.shards ?? 1;
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** DISCORD_API_URL for the bot. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Where attachments are served (DISCORD_CDN_URL for the bot). */
  get cdnUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** DISCORD_PUBLIC_KEY for the bot: the raw 32 bytes of the public key, in hex, as the developer portal shows it. */
  get publicKeyHex(): string {
    return this.keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  }

  /** From now on, interactions go to `url` (the bot's `/discord/interactions`) over signed HTTP. */
  useHttpInteractions(url: string | undefined): void {
    this.httpTarget = url;
  }

  /**
   * Signs and POSTs a body to the bot's endpoint as Discord does: Ed25519 over timestamp + body. The test may pass
   * another key, timestamp or signature to see it refused. Resolves to the HTTP status and body.
   */
  async signedPost(
    url: string,
    body: string,
    options: { key?: KeyObject; timestamp?: string; signature?: string | null } = {},
  ): Promise<{ status: number; body: unknown }> {
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signature =
      options.signature === undefined
        ? sign(null, Buffer.from(timestamp + body, 'utf8'), options.key ?? this.keys.privateKey).toString('hex')
        : options.signature;
    if (signature !== null) this.signedRequests.push({ url, body, timestamp, signature });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-timestamp': timestamp };
    if (signature !== null) headers['x-signature-ed25519'] = signature;
    const r = await fetch(url, { method: 'POST', headers, body });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: r.status, body: parsed };
  }

  /**
   * Sends a request this fake signed and sent before (found by a substring of its body, e.g. an interaction's token),
   * byte for byte with its signature, to `url` (default: where it went): a captured request replayed within its
   * 5-minute window. The response is only returned, not applied (Discord takes one response per interaction).
   */
  async replaySigned(bodyIncludes: string, url?: string): Promise<{ status: number; body: unknown }> {
    const sent = this.signedRequests.find((r) => r.body.includes(bodyIncludes));
    if (!sent) throw new Error(`fake Discord: no signed request with ${bodyIncludes}`);
    const headers = {
      'content-type': 'application/json',
      'x-signature-timestamp': sent.timestamp,
      'x-signature-ed25519': sent.signature,
    };
    const r = await fetch(url ?? sent.url, { method: 'POST', headers, body: sent.body });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: r.status, body: parsed };
  }

  /** Sends an interaction over HTTP and applies the bot's response as its first response (the callback). */
  private async postInteraction(url: string, payload: Record<string, unknown>): Promise<void> {
    const token = String(payload.token);
    const { status, body } = await this.signedPost(url, JSON.stringify(payload));
    this.httpInteractions.push({ token, status, body });
    if (status !== 200) return;
    const call: RestCall = {
      method: 'POST',
      path: `/interactions/${String(payload.id)}/${token}/callback`,
      query: { with_response: 'false', via: 'http-response' },
      authorization: undefined,
      json: body,
      files: [],
      status: 200,
    };
    try {
      this.callback(String(payload.id), token, call);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      call.status = err.status;
    }
    this.calls.push(call);
  }

  /** Environment for loadConfig(). */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_APP_ID: this.appId,
      DISCORD_API_URL: this.apiUrl,
      DISCORD_CDN_URL: this.cdnUrl,
      ...extra,
    };
  }

  get identifies(): GatewayFrame[] {
    return this.frames.filter((f) => f.dir === 'in' && f.op === 2);
  }

  get resumes(): GatewayFrame[] {
    return this.frames.filter((f) => f.dir === 'in' && f.op === 6);
  }

  get heartbeats(): number {
    return this.frames.filter((f) => f.dir === 'in' && f.op === 1).length;
  }

  /** Shard 0's session (the only one without sharding). */
  private get session(): Session | null {
    return this.sessions.get(0) ?? null;
  }

  /** The shard a guild's events go to: (guild_id >> 22) % shards; DMs (no guild) go to shard 0. */
  shardOf(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount)) : 0;
  }

  /** Shards with a live socket. */
  get connectedShards(): number[] {
    return [...this.sessions.entries()]
      .filter(([, s]) => s.socket?.readyState === WebSocket.OPEN)
      .map(([k]) => k)
      .sort((a, b) => a - b);
  }

  /** Adds a server (with one channel, the bot a member) whose events go to `shard`. Call before the bot connects. */
  addGuild(shard = 0): FakeGuild {
    const base = BigInt(snowflake());
    let ts = base >> 22n;
    ts += (BigInt(shard) - (ts % BigInt(this.shardCount)) + BigInt(this.shardCount)) % BigInt(this.shardCount);
    const id = ((ts << 22n) | (base & 0x3fffffn)).toString();
    const guild = { id, channelId: snowflake() };
    this.extraGuilds.push(guild);
    return guild;
  }

  private guildOfChannel(channelId: string): string | undefined {
    if (channelId === this.channelId) return this.guildId;
    return this.extraGuilds.find((g) => g.channelId === channelId)?.id;
  }

  /** Whether a gateway socket is bound to a live session. */
  get connected(): boolean {
    return this.session?.socket?.readyState === WebSocket.OPEN;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Polls until `probe` returns something (not undefined/false), or fails after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = probe();
      if (v !== undefined && v !== false) return v;
      if (Date.now() > deadline) throw new Error(`fake discord: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** REST calls made with an interaction's token (callback, webhook edits, follow-ups, deletes). */
  callsFor(token: string): RestCall[] {
    return this.calls.filter((c) => c.path.includes(`/${token}`));
  }

  /** The message an interaction's "@original" points at (its answer). */
  original(token: string): FakeMessage | undefined {
    const it = this.interactions.get(token);
    return it?.originalMessageId ? this.messages.get(it.originalMessageId) : undefined;
  }

  /** Follow-up messages sent with an interaction's token. */
  followUps(token: string): FakeMessage[] {
    const it = this.interactions.get(token);
    if (!it) return [];
    return [...this.messages.values()].filter((m) => m.interaction?.id === it.id && m.interaction.followUp);
  }

  /** What everyone in a channel sees: messages neither ephemeral nor deleted nor still loading. */
  publicMessages(channelId = this.channelId): FakeMessage[] {
    return [...this.messages.values()].filter(
      (m) => m.channel_id === channelId && !m.deleted && (m.flags & EPHEMERAL) === 0,
    );
  }

  // ── gateway ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Sends a chat-input interaction `/hadamard <verb> name:value…` as `who`, in `context`; `files` fill attachment
   * options (type 11), described in `data.resolved.attachments` and served by the fake's CDN.
   */
  /** The language the asker's Discord client sends with each interaction (`locale`), and the server's. */
  userLocale = 'en-GB';
  guildLocale = 'en-US';

  dispatchCommand(
    verb: string,
    options: Record<string, string>,
    who: DiscordUser = this.alice,
    context: InteractionContext = 'guild',
    files: Record<string, FakeUpload> = {},
  ): { id: string; token: string } {
    const attachments: Record<string, Record<string, unknown>> = {};
    const fileOptions = Object.entries(files).map(([name, f]) => {
      const id = snowflake();
      const path = `/attachments/${this.channelId}/${id}/${encodeURIComponent(f.filename)}`;
      this.uploads.set(path, f);
      const url = f.url ?? `${this.cdnUrl}${path}?ex=0&is=0&hm=fake`;
      attachments[id] = {
        id,
        filename: f.filename,
        size: f.statedSize ?? f.data.length,
        url,
        proxy_url: url,
        ...(f.contentType ? { content_type: f.contentType } : {}),
        ephemeral: true,
      };
      return { type: 11, name, value: id };
    });
    const data: Record<string, unknown> = {
      id: this.commandId('hadamard'),
      name: 'hadamard',
      type: 1,
      options: [
        {
          type: 1,
          name: verb,
          options: [...Object.entries(options).map(([name, value]) => ({ type: 3, name, value })), ...fileOptions],
        },
      ],
    };
    if (fileOptions.length > 0) data.resolved = { attachments };
    return this.dispatchInteraction(2, data, who, context, `hadamard ${verb}`);
  }

  /**
   * Presses a button on a message, as `who`. Like a Discord client, only a button the message carries and that is
   * not disabled can be pressed; anything else throws here, in the test.
   */
  pressButton(message: FakeMessage, customId: string, who: DiscordUser): { id: string; token: string } {
    const buttons = buttonsOf(message);
    const button = buttons.find((b) => b.custom_id === customId);
    if (!button) throw new Error(`fake discord: message ${message.id} has no button ${customId}`);
    if (button.disabled) throw new Error(`fake discord: button ${customId} is disabled`);
    if (message.deleted) throw new Error(`fake discord: message ${message.id} was deleted`);
    return this.dispatchInteraction(
      3,
      { custom_id: customId, component_type: 2 },
      who,
      this.contextOf(message, who),
      '',
      message,
    );
  }

  /** Runs a message context-menu command (type 3, e.g. "Hadamard this") on `target`, as `who`. */
  dispatchMessageCommand(
    name: string,
    target: FakeMessage,
    who: DiscordUser = this.alice,
  ): { id: string; token: string } {
    const data = {
      id: this.commandId(name),
      name,
      type: 3,
      target_id: target.id,
      // Interactions carry the message's content whatever the gateway intents: it is what the user clicked on.
      resolved: { messages: { [target.id]: this.messageJson(target) } },
    };
    return this.dispatchInteraction(2, data, who, this.contextOf(target, who), name, undefined, target.channel_id);
  }

  /** Gives `who` the Moderators role (Manage Channels) in the server; `revoke` takes it away. */
  grantManageChannels(who: DiscordUser, revoke = false): void {
    if (revoke) this.moderators.delete(who.id);
    else this.moderators.add(who.id);
  }

  /** A member's permissions in the server's channel: @everyone, their roles, or everything for the owner. */
  permissionsOf(who: DiscordUser): bigint {
    if (who.id === this.owner.id) return PERMISSIONS.all;
    return PERMISSIONS.everyone | (this.moderators.has(who.id) ? PERMISSIONS.ManageChannels : 0n);
  }

  /** The author edits a message: its content changes and Discord sends MESSAGE_UPDATE with the whole message. */
  editUserMessage(m: FakeMessage, content: string): void {
    m.content = content;
    m.editedAt = Date.now();
    this.sendMessageEvent('MESSAGE_UPDATE', m);
  }

  private contextOf(message: FakeMessage, who: DiscordUser): InteractionContext {
    return message.guild_id
      ? 'guild'
      : message.channel_id === this.dmChannels.get(who.id)
        ? 'bot_dm'
        : 'private_channel';
  }

  /** A user posts a message: in the guild channel, or in their DM with the bot when `dm`. */
  dispatchMessage(content: string, who: DiscordUser = this.alice, dm = false, guild?: FakeGuild): FakeMessage {
    const channelId = dm ? this.dmChannelOf(who) : (guild?.channelId ?? this.channelId);
    const m: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      ...(dm ? {} : { guild_id: guild?.id ?? this.guildId }),
      author: who,
      content,
      embeds: [],
      components: [],
      attachments: [],
      flags: 0,
      deleted: false,
      type: 0,
    };
    this.messages.set(m.id, m);
    this.sendMessageEvent('MESSAGE_CREATE', m);
    return m;
  }

  /** MESSAGE_CREATE / MESSAGE_UPDATE for a user's message, as the bot's intents let Discord send it. */
  private sendMessageEvent(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', m: FakeMessage): void {
    const dm = m.guild_id === undefined;
    const intents = this.sessions.get(this.shardOf(m.guild_id))?.intents ?? 0;
    const needed = dm ? INTENTS.DirectMessages : INTENTS.GuildMessages;
    if ((intents & needed) === 0) return; // Discord does not send what the intents do not ask for.
    const mentionsBot = new RegExp(`<@!?${this.appId}>`).test(m.content);
    const readable = dm || mentionsBot || (intents & INTENTS.MessageContent) !== 0;
    const d: Record<string, unknown> = {
      ...this.messageJson(m),
      content: readable ? m.content : '',
      channel_type: dm ? 1 : 0,
      mentions: mentionsBot ? [{ ...this.botUser, ...(dm ? {} : { member: this.member(this.botUser, false) }) }] : [],
    };
    if (!dm) d.member = this.member(m.author, false);
    this.dispatch(t, d, this.shardOf(m.guild_id));
  }

  /** Closes the gateway socket mid-session with a close code (4000: unknown error → client resumes). */
  closeGateway(code = 4000): void {
    this.session?.socket?.close(code, 'fake: closing mid-session');
  }

  /** Drops the TCP connection without a close frame (a network failure). */
  dropGateway(): void {
    this.session?.socket?.terminate();
  }

  /** Expires the session on Discord's side: the next RESUME gets op 9 INVALID_SESSION (not resumable). */
  forgetSession(): void {
    if (this.session) this.session.id = `expired-${this.session.id}`;
  }

  /** Sends op 7 RECONNECT, as Discord does before moving a session. */
  requestReconnect(): void {
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  private dispatchInteraction(
    type: number,
    data: Record<string, unknown>,
    who: DiscordUser,
    context: InteractionContext,
    name: string,
    message?: FakeMessage,
    inChannel?: string,
  ): { id: string; token: string } {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`;
    const channelId =
      message?.channel_id ??
      inChannel ??
      (context === 'guild' ? this.channelId : context === 'bot_dm' ? this.dmChannelOf(who) : snowflake());
    const commandType = type === 2 ? Number(data.type ?? 1) : 0;
    this.interactions.set(token, {
      id,
      token,
      type,
      user: who,
      channelId,
      context,
      name,
      commandType,
      messageId: message?.id,
    });
    const base: Record<string, unknown> = {
      id,
      application_id: this.appId,
      type,
      data,
      channel_id: channelId,
      token,
      version: 1,
      locale: this.userLocale,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      context: context === 'guild' ? 0 : context === 'bot_dm' ? 1 : 2,
    };
    if (context === 'guild') {
      Object.assign(base, {
        guild_id: this.guildId,
        guild: { id: this.guildId, locale: this.guildLocale, features: [] },
        guild_locale: this.guildLocale,
        channel: { ...this.guildChannel(), permissions: this.permissionsOf(who).toString() },
        member: { ...this.member(who, true), permissions: this.permissionsOf(who).toString() },
        app_permissions: PERMISSIONS.all.toString(),
        authorizing_integration_owners: { '0': this.guildId },
      });
    } else if (context === 'bot_dm') {
      Object.assign(base, {
        user: who,
        channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [who] },
        app_permissions: PERMISSIONS.all.toString(),
        authorizing_integration_owners: { '1': who.id },
      });
    } else {
      // A DM between two users where the app is user-installed: the bot is not in the channel.
      Object.assign(base, {
        user: who,
        channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [this.bob] },
        app_permissions: '2251804225',
        authorizing_integration_owners: { '1': who.id },
      });
    }
    if (message) base.message = this.messageJson(message);
    if (this.httpTarget) void this.postInteraction(this.httpTarget, base);
    else this.dispatch('INTERACTION_CREATE', base, this.shardOf(base.guild_id as string | undefined));
    return { id, token };
  }

  private dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`fake discord: no gateway session on shard ${shard} (the bot never identified it)`);
    const s = ++session.seq;
    session.events.push({ s, t, d });
    if (session.socket?.readyState === WebSocket.OPEN) this.send(session.socket, { op: 0, t, s, d });
    // Otherwise it waits in the session and is replayed on RESUME, as Discord does.
  }

  private send(ws: WebSocket, frame: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    this.frames.push({ dir: 'out', op: frame.op, t: frame.t ?? null, d: frame.d });
    ws.send(JSON.stringify({ s: null, t: null, ...frame }));
  }

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    this.connections.push(Object.fromEntries(url.searchParams));
    ws.on('message', (raw) => {
      let frame: { op: number; d: unknown };
      try {
        frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.frames.push({ dir: 'in', op: frame.op, d: frame.d });
      this.onFrame(ws, frame);
    });
    ws.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === ws) session.socket = null;
    });
    if (url.searchParams.get('v') !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) {
      // This fake speaks plain JSON only; a client asking for etf or zlib-stream would get garbage.
      ws.close(4002, 'fake: only encoding=json without compression is supported');
      return;
    }
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatInterval, _trace: ['fake-gateway'] } });
  }

  private onFrame(ws: WebSocket, frame: { op: number; d: unknown }): void {
    switch (frame.op) {
      case 1:
        this.send(ws, { op: 11, d: null });
        return;
      case 2: {
        const d = frame.d as { token: string; intents: number; shard?: [number, number] };
        if (d.token !== this.token) return ws.close(4004, 'Authentication failed.');
        if ((d.intents & PRIVILEGED & ~this.enabledPrivileged) !== 0) return ws.close(4014, 'Disallowed intent(s).');
        const [shard, count] = d.shard ?? [0, 1];
        // Discord: 4011 Sharding required; 4010 Invalid shard (the count is not the one it expects, or i ≥ n).
        if (this.shardCount > 1 && count !== this.shardCount) return ws.close(4011, 'Sharding required.');
        if (shard < 0 || shard >= count) return ws.close(4010, 'Invalid shard.');
        const old = this.sessions.get(shard);
        if (old?.socket && old.socket !== ws) old.socket.terminate();
        const session: Session = {
          id: randomBytes(16).toString('hex'),
          seq: 0,
          intents: d.intents,
          events: [],
          socket: ws,
        };
        this.sessions.set(shard, session);
        const guilds = [{ id: this.guildId, channelId: this.channelId }, ...this.extraGuilds].filter(
          (g) => this.shardOf(g.id) === shard,
        );
        this.dispatch(
          'READY',
          {
            v: 10,
            user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
            guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard: [shard, count],
            application: { id: this.appId, flags: 1 << 23 },
            private_channels: [],
            presences: [],
            relationships: [],
            guild_join_requests: [],
            user_settings: {},
            geo_ordered_rtc_regions: [],
            _trace: ['fake-gateway'],
          },
          shard,
        );
        if (d.intents & INTENTS.Guilds)
          for (const g of guilds) this.dispatch('GUILD_CREATE', this.guildCreate(g.id, g.channelId), shard);
        return;
      }
      case 6: {
        const d = frame.d as { token: string; session_id: string; seq: number };
        const session = [...this.sessions.values()].find((x) => x.id === d.session_id);
        if (d.token !== this.token) return ws.close(4004, 'Authentication failed.');
        if (!session) {
          this.send(ws, { op: 9, d: false });
          return;
        }
        if (session.socket && session.socket !== ws) session.socket.terminate();
        session.socket = ws;
        for (const e of session.events) if (e.s > d.seq) this.send(ws, { op: 0, t: e.t, s: e.s, d: e.d });
        const s = ++session.seq;
        this.send(ws, { op: 0, t: 'RESUMED', s, d: { _trace: ['fake-gateway'] } });
        return;
      }
      default:
        return; // presence updates, voice state, request guild members: not needed here
    }
  }

  private guildChannel(guildId = this.guildId, channelId = this.channelId): Record<string, unknown> {
    return {
      id: channelId,
      type: 0,
      guild_id: guildId,
      name: 'linear-algebra',
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      flags: 0,
      permissions: PERMISSIONS.all.toString(),
    };
  }

  private guildCreate(guildId = this.guildId, channelId = this.channelId): Record<string, unknown> {
    const { guild_id: _g, permissions: _p, ...channel } = this.guildChannel(guildId, channelId);
    return {
      id: guildId,
      name: 'Study group',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.owner.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: PERMISSIONS.everyone.toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: this.moderatorRoleId,
          name: 'Moderators',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 1,
          permissions: (PERMISSIONS.everyone | PERMISSIONS.ManageChannels).toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [this.member(this.botUser, true)],
      channels: [channel],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      lazy: true,
    };
  }

  private member(u: DiscordUser, withUser: boolean): Record<string, unknown> {
    return {
      ...(withUser ? { user: u } : {}),
      roles: this.moderators.has(u.id) ? [this.moderatorRoleId] : [],
      premium_since: null,
      pending: false,
      nick: null,
      mute: false,
      joined_at: '2026-09-01T10:00:00.000000+00:00',
      flags: 0,
      deaf: false,
      communication_disabled_until: null,
      avatar: null,
      banner: null,
    };
  }

  private dmChannelOf(who: DiscordUser): string {
    let id = this.dmChannels.get(who.id);
    if (!id) {
      id = snowflake();
      this.dmChannels.set(who.id, id);
    }
    return id;
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) {
      const c = list.find((x) => x.name === name);
      if (c) return String(c.id);
    }
    return snowflake();
  }

  messageJson(m: FakeMessage): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: m.id,
      type: m.type,
      channel_id: m.channel_id,
      author: m.author,
      content: m.content,
      timestamp: new Date(Number((BigInt(m.id) >> 22n) + 1420070400000n)).toISOString(),
      edited_timestamp: m.editedAt !== undefined ? new Date(m.editedAt).toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        ...(a.description !== undefined ? { description: a.description } : {}),
        content_type: a.content_type,
        size: a.size,
        url: `http://127.0.0.1:${this.port}/attachments/${m.channel_id}/${a.id}/${a.filename}`,
        proxy_url: `http://127.0.0.1:${this.port}/attachments/${m.channel_id}/${a.id}/${a.filename}`,
      })),
      embeds: m.embeds,
      pinned: false,
      flags: m.flags,
      components: m.components,
    };
    if (m.guild_id) json.guild_id = m.guild_id;
    if (m.interaction) {
      json.webhook_id = this.appId;
      json.application_id = this.appId;
      json.interaction_metadata = {
        id: m.interaction.id,
        type: 2,
        user: m.interaction.user,
        authorizing_integration_owners: { '0': this.guildId },
        name: m.interaction.name,
        command_type: m.interaction.commandType ?? 1,
      };
    }
    if (m.reference) json.message_reference = { type: 0, ...m.reference };
    return json;
  }

  // ── REST ────────────────────────────────────────────────────────────────────────────────────

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url?.startsWith('/attachments/')) return this.serveUpload(req, res);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(
        url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname,
      ),
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      json: undefined,
      files: [],
      status: 0,
    };
    let status = 200;
    let answer: unknown;
    try {
      await this.parseBody(req.headers['content-type'] ?? '', body, call);
      if (!url.pathname.startsWith(API_PREFIX)) throw new HttpError(404, { message: '404: Not Found', code: 0 });
      answer = this.route(call);
      if (answer === undefined) status = 204;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      status = err.status;
      answer = err.body;
    }
    call.status = status;
    this.calls.push(call);
    if (status === 204) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  /** The CDN: an uploaded file, with Content-Length (or chunked when the upload says so), or its redirect. */
  private serveUpload(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    this.downloads.push(path);
    const f = this.uploads.get(path);
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    if (f.redirect) {
      res.writeHead(f.redirect.status, { location: f.redirect.location }).end();
      return;
    }
    const type = f.contentType ?? 'application/octet-stream';
    res.on('finish', () => this.completedDownloads.push(path));
    res.on('close', () => this.closedDownloads.push(path));
    if (!f.chunked) {
      res.writeHead(200, { 'content-type': type, 'content-length': String(f.data.length) }).end(f.data);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    const step = 64 * 1024;
    let at = 0;
    const pump = (): void => {
      while (at < f.data.length) {
        const ok = res.write(f.data.subarray(at, at + step));
        at += step;
        if (!ok) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  }

  private async parseBody(contentType: string, body: Buffer, call: RestCall): Promise<void> {
    if (body.length === 0) return;
    if (contentType.startsWith('application/json')) {
      call.json = JSON.parse(body.toString('utf8'));
      return;
    }
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
      for (const [field, value] of form) {
        if (typeof value === 'string') {
          if (field === 'payload_json') call.json = JSON.parse(value);
        } else {
          call.files.push({
            field,
            filename: value.name,
            contentType: value.type,
            data: Buffer.from(await value.arrayBuffer()),
          });
        }
      }
      return;
    }
    throw new HttpError(400, { message: `unsupported content type ${contentType}`, code: 0 });
  }

  private requireBot(call: RestCall): void {
    if (call.authorization !== `Bot ${this.token}`) throw new HttpError(401, { message: '401: Unauthorized', code: 0 });
  }

  private route(call: RestCall): unknown {
    const { method, path } = call;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      this.requireBot(call);
      return {
        url: this.gatewayUrl,
        shards: this.shardCount,
        // Shards of one bucket identify together (shard id % max_concurrency), as large bots are allowed to.
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: this.shardCount,
        },
      };
    }
    if (method === 'GET' && path === '/users/@me') {
      this.requireBot(call);
      return this.botUser;
    }
    if (method === 'GET' && (m = /^\/users\/(\d+)$/.exec(path))) {
      this.requireBot(call);
      const u = [this.alice, this.bob, this.carol, this.owner, this.botUser].find((x) => x.id === m![1]);
      if (!u) throw new HttpError(404, { message: 'Unknown User', code: 10013 });
      return u;
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      this.requireBot(call);
      const recipient = String((call.json as { recipient_id?: string } | undefined)?.recipient_id ?? '');
      const u = [this.alice, this.bob, this.carol].find((x) => x.id === recipient);
      if (!u) throw new HttpError(400, { message: 'Invalid Recipient(s)', code: 50033 });
      return { id: this.dmChannelOf(u), type: 1, last_message_id: null, flags: 0, recipients: [u] };
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      this.requireBot(call);
      if (m[1] !== this.appId) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
      const scope = m[2] ?? 'global';
      if (method === 'GET') return this.commands.get(scope) ?? [];
      if (method === 'PUT') return this.putCommands(scope, m[2], call.json);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.callback(m[1], m[2], call);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      if (m[1] !== this.appId) throw new HttpError(404, { message: 'Unknown Webhook', code: 10015 });
      return this.webhook(method, m[2], m[3], call);
    }
    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      this.requireBot(call);
      return this.channelMessages(method, m[1], m[2], call);
    }
    throw new HttpError(404, { message: '404: Not Found', code: 0 });
  }

  private putCommands(scope: string, guildId: string | undefined, body: unknown): unknown {
    if (!Array.isArray(body)) throw new HttpError(400, { message: 'Invalid Form Body', code: 50035 });
    const stored = (body as Record<string, unknown>[]).map((c) => {
      const name = String(c.name ?? '');
      const description = String(c.description ?? '');
      const type = Number(c.type ?? 1);
      if (type === 1) {
        if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(name) || name !== name.toLowerCase())
          throw invalidForm('name', 'Command name is invalid');
        if (description.length < 1 || description.length > 100)
          throw invalidForm('description', 'Must be between 1 and 100 in length.');
        // Localized descriptions, as Discord checks them: known locales only, 1–100 characters each, at every level.
        const checkLocalizations = (o: Record<string, unknown>): void => {
          const l = o.description_localizations as Record<string, unknown> | undefined | null;
          for (const [code, text] of Object.entries(l ?? {})) {
            if (!DISCORD_LOCALES.has(code)) throw invalidForm('description_localizations', `Invalid locale ${code}`);
            if (typeof text !== 'string' || text.length < 1 || text.length > 100)
              throw invalidForm('description_localizations', 'Must be between 1 and 100 in length.');
          }
          for (const sub of (o.options as Record<string, unknown>[] | undefined) ?? []) checkLocalizations(sub);
        };
        checkLocalizations(c);
      } else if (type === 2 || type === 3) {
        // User and message commands: 1–32 characters, spaces and capitals allowed; no description, no options.
        if (name.length < 1 || name.length > 32 || name.trim() !== name)
          throw invalidForm('name', 'Command name is invalid');
        if (description !== '') throw invalidForm('description', 'Context menu commands cannot have a description.');
        if (c.options !== undefined) throw invalidForm('options', 'Context menu commands cannot have options.');
      } else {
        throw invalidForm('type', `Unknown command type ${type}`);
      }
      return {
        id: this.commandId(name),
        application_id: this.appId,
        version: snowflake(),
        default_member_permissions: null,
        type,
        description: '',
        nsfw: false,
        ...(guildId ? { guild_id: guildId } : {}),
        ...c,
      };
    });
    this.commands.set(scope, stored);
    return stored;
  }

  private interaction(token: string): FakeInteraction {
    const it = this.interactions.get(token);
    if (!it) throw new HttpError(404, { message: 'Unknown interaction', code: 10062 });
    return it;
  }

  private callback(id: string, token: string, call: RestCall): unknown {
    const it = this.interaction(token);
    if (it.id !== id) throw new HttpError(404, { message: 'Unknown interaction', code: 10062 });
    if (it.acknowledged !== undefined)
      throw new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const body = call.json as { type: number; data?: Record<string, unknown> };
    const data = body.data ?? {};
    let message: FakeMessage | undefined;
    switch (body.type) {
      case 4: // CHANNEL_MESSAGE_WITH_SOURCE
      case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        message = this.newMessage(it, data, call.files, body.type === 5, false);
        it.originalMessageId = message.id;
        break;
      case 6: // DEFERRED_UPDATE_MESSAGE: "@original" is the message carrying the component
      case 7: {
        if (it.type !== 3) throw new HttpError(400, { message: 'Interaction is not a component', code: 40043 });
        const target = it.messageId!;
        it.originalMessageId = target;
        if (body.type === 7) this.editMessage(this.messages.get(target)!, data, call.files);
        break;
      }
      default:
        throw new HttpError(400, { message: `unsupported callback type ${body.type}`, code: 50035 });
    }
    it.acknowledged = body.type;
    if (call.query.with_response !== 'true') return undefined;
    return {
      interaction: {
        id: it.id,
        type: it.type,
        response_message_id: it.originalMessageId,
        response_message_loading: body.type === 5,
        response_message_ephemeral: message ? (message.flags & EPHEMERAL) !== 0 : false,
      },
      resource: message ? { type: body.type, message: this.messageJson(message) } : { type: body.type },
    };
  }

  private webhook(method: string, token: string, messageId: string | undefined, call: RestCall): unknown {
    const it = this.interaction(token);
    if (it.acknowledged === undefined) throw new HttpError(404, { message: 'Unknown Webhook', code: 10015 }); // nothing to edit or follow up yet
    if (messageId === undefined) {
      if (method !== 'POST') throw new HttpError(405, { message: '405: Method Not Allowed', code: 0 });
      const m = this.newMessage(it, (call.json as Record<string, unknown>) ?? {}, call.files, false, true);
      return this.messageJson(m);
    }
    const id = messageId === '@original' ? it.originalMessageId : messageId;
    const msg = id ? this.messages.get(id) : undefined;
    if (!msg || msg.deleted) throw new HttpError(404, { message: 'Unknown Message', code: 10008 });
    if (method === 'GET') return this.messageJson(msg);
    if (method === 'PATCH') {
      this.editMessage(msg, (call.json as Record<string, unknown>) ?? {}, call.files);
      return this.messageJson(msg);
    }
    if (method === 'DELETE') {
      msg.deleted = true;
      return undefined;
    }
    throw new HttpError(405, { message: '405: Method Not Allowed', code: 0 });
  }

  private channelMessages(method: string, channelId: string, messageId: string | undefined, call: RestCall): unknown {
    const botCanSee = this.guildOfChannel(channelId) !== undefined || [...this.dmChannels.values()].includes(channelId);
    if (!botCanSee) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
    if (method === 'POST' && messageId === undefined) {
      const data = (call.json as Record<string, unknown>) ?? {};
      const m: FakeMessage = {
        id: snowflake(),
        channel_id: channelId,
        ...(this.guildOfChannel(channelId) ? { guild_id: this.guildOfChannel(channelId) } : {}),
        author: this.botUser,
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        flags: 0,
        deleted: false,
        type: 0,
      };
      const ref = data.message_reference as { message_id?: string } | undefined;
      if (ref?.message_id) {
        m.reference = { message_id: ref.message_id, channel_id: channelId };
        m.type = 19;
      }
      this.editMessage(m, data, call.files);
      this.messages.set(m.id, m);
      return this.messageJson(m);
    }
    if (method === 'GET' && messageId !== undefined) {
      const msg = this.messages.get(messageId);
      if (!msg || msg.deleted || msg.channel_id !== channelId)
        throw new HttpError(404, { message: 'Unknown Message', code: 10008 });
      // Without the privileged MESSAGE_CONTENT intent, Discord blanks the content of others' messages that do not
      // mention the app (DMs with it excepted), over REST as over the gateway.
      const readable =
        msg.guild_id === undefined ||
        msg.author.id === this.appId ||
        new RegExp(`<@!?${this.appId}>`).test(msg.content) ||
        (this.enabledPrivileged & INTENTS.MessageContent) !== 0;
      return { ...this.messageJson(msg), content: readable ? msg.content : '' };
    }
    if (method === 'PATCH' && messageId !== undefined) {
      const msg = this.messages.get(messageId);
      if (!msg || msg.deleted || msg.channel_id !== channelId)
        throw new HttpError(404, { message: 'Unknown Message', code: 10008 });
      if (msg.author.id !== this.appId)
        throw new HttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
      this.editMessage(msg, (call.json as Record<string, unknown>) ?? {}, call.files);
      return this.messageJson(msg);
    }
    if (method === 'DELETE' && messageId !== undefined) {
      const msg = this.messages.get(messageId);
      if (!msg || msg.deleted || msg.channel_id !== channelId)
        throw new HttpError(404, { message: 'Unknown Message', code: 10008 });
      if (msg.author.id !== this.appId) throw new HttpError(403, { message: 'Missing Permissions', code: 50013 });
      msg.deleted = true;
      return undefined;
    }
    throw new HttpError(405, { message: '405: Method Not Allowed', code: 0 });
  }

  private newMessage(
    it: FakeInteraction,
    data: Record<string, unknown>,
    files: FakeFile[],
    loading: boolean,
    followUp: boolean,
  ): FakeMessage {
    const m: FakeMessage = {
      id: snowflake(),
      channel_id: it.channelId,
      ...(it.context === 'guild' ? { guild_id: this.guildId } : {}),
      author: this.botUser,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      flags: 0,
      deleted: false,
      interaction: { id: it.id, user: it.user, name: it.name, followUp, commandType: it.commandType || 1 },
      type: followUp ? 0 : 20,
    };
    const ephemeral = (Number(data.flags ?? 0) & EPHEMERAL) !== 0;
    this.editMessage(m, data, files);
    if (ephemeral) m.flags |= EPHEMERAL;
    if (loading) m.flags |= LOADING;
    this.messages.set(m.id, m);
    return m;
  }

  /** Applies a create/edit payload, with Discord's validation. */
  private editMessage(m: FakeMessage, data: Record<string, unknown>, files: FakeFile[]): void {
    if (typeof data.content === 'string') {
      if (data.content.length > 2000) throw invalidForm('content', 'Must be 2000 or fewer in length.');
      m.content = data.content;
    }
    if (Array.isArray(data.embeds)) {
      const embeds = data.embeds as { title?: string; description?: string }[];
      if (embeds.length > 10) throw invalidForm('embeds', 'Must be 10 or fewer in length.');
      for (const e of embeds) {
        if ((e.title ?? '').length > 256) throw invalidForm('embeds.0.title', 'Must be 256 or fewer in length.');
        if ((e.description ?? '').length > 4096)
          throw invalidForm('embeds.0.description', 'Must be 4096 or fewer in length.');
      }
      m.embeds = embeds as Record<string, unknown>[];
    }
    if (Array.isArray(data.components)) {
      const rows = data.components as { type?: number; components?: Record<string, unknown>[] }[];
      if (rows.length > 5) throw invalidForm('components', 'Must be 5 or fewer in length.');
      for (const row of rows) {
        const parts = row.components ?? [];
        if (row.type !== 1 || parts.length < 1 || parts.length > 5)
          throw invalidForm('components', 'An action row holds 1 to 5 components.');
        for (const b of parts) {
          if (typeof b.label === 'string' && b.label.length > 80)
            throw invalidForm('components.label', 'Must be 80 or fewer in length.');
          if (typeof b.custom_id === 'string' && (b.custom_id.length < 1 || b.custom_id.length > 100))
            throw invalidForm('components.custom_id', 'Must be between 1 and 100 in length.');
        }
      }
      m.components = rows as Record<string, unknown>[];
    }
    if (files.length > 10) throw invalidForm('files', 'Must be 10 or fewer in length.');
    const described = (data.attachments as { id: string | number; description?: string; filename?: string }[]) ?? [];
    if (Array.isArray(data.attachments) || files.length > 0) {
      const kept = m.attachments.filter((a) => described.some((d) => String(d.id) === a.id));
      const added = files.map((f) => {
        const key = /^files\[(\w+)\]$/.exec(f.field)?.[1] ?? '';
        const meta = described.find((d) => String(d.id) === key);
        if (meta?.description !== undefined && meta.description.length > 1024)
          throw invalidForm('attachments.description', 'Must be 1024 or fewer in length.');
        return {
          id: snowflake(),
          filename: meta?.filename ?? f.filename,
          ...(meta?.description !== undefined ? { description: meta.description } : {}),
          content_type: f.contentType,
          size: f.data.length,
          data: f.data,
        };
      });
      m.attachments = [...kept, ...added];
    }
    if (data.flags !== undefined) m.flags = (m.flags & ~LOADING & EPHEMERAL) | (Number(data.flags) & ~EPHEMERAL);
    else m.flags &= ~LOADING;
  }
}
