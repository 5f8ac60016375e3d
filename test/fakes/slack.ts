/**
 * A fake Slack on 127.0.0.1 for adapter tests: the Web API methods the bot calls (chat.postMessage,
 * chat.postEphemeral, chat.update, users.info, conversations.open for a user's DM, the files upload trio), the
 * external upload URL,
 * `response_url`s (slash commands, buttons, shortcuts), and Socket Mode (`apps.connections.open` +
 * a websocket that says hello, sends envelopes and expects acks). It records everything, and it
 * can sign and send slash commands, events (app_mention, message.im, message_changed) and
 * interactive payloads (`block_actions` button clicks, `message_action` shortcuts: form-encoded
 * `payload=` JSON) to the bot's `/slack/events` exactly as Slack does.
 *
 * Many workspaces: `addWorkspace` creates another team with its own bot token; the OAuth v2 flow is served
 * (`/oauth/v2/authorize` redirects the browser back with a single-use code, `oauth.v2.access` trades it for that
 * team's token, given the client id and secret in `oauthClient`); `revoke` makes a team's token answer
 * `token_revoked`. Every Web API call records the token it came with, and sends take a `teamId`.
 *
 * Shared files (`shareFile`) are served at `filesUrl` to a valid bot token, each download recorded with its token; a
 * file may be served with a lying size, chunked, streamed, or answered with a redirect to another address.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const FAKE_BOT_TOKEN = 'xoxb-1111-2222-fakebottoken';
export const FAKE_APP_TOKEN = 'xapp-1-A0FAKEAPP-3333-fakeapptoken';
export const FAKE_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const TEAM_ID = 'T0FAKETEAM';
export const API_APP_ID = 'A0FAKEAPP';
export const BOT_USER_ID = 'U0HADAMARD';
export const BOT_ID = 'B0HADAMARD';

/** A workspace the fake knows: its bot token and bot user. */
export interface FakeWorkspace {
  teamId: string;
  name: string;
  token: string;
  botUserId: string;
  botId: string;
  /** Set by `revoke` (an uninstall): the token answers `token_revoked`. */
  revoked?: boolean;
}

/** One visit of the authorize page. */
export interface AuthorizeVisit {
  clientId: string;
  scope: string;
  state: string;
  redirectUri?: string;
  team: string;
}

/** A file as Slack describes it in a `message` / `app_mention` event. */
export interface SharedFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  mode: 'hosted';
  url_private: string;
  url_private_download: string;
}

/** A file host that sends the download elsewhere: `location` with `status` (301, 302, 303, 307 or 308). */
export interface Redirect {
  location: string;
  status: number;
}

/** A download of a shared file the bot made (`url_private`, with a bot token). */
export interface FileDownload {
  fileId: string;
  token?: string;
  at: number;
}

export interface ApiCall {
  method: string;
  args: Record<string, string>;
  token?: string;
  at: number;
}

export interface PostedMessage {
  channel: string;
  thread_ts?: string;
  ts: string;
  text: string;
  blocks: unknown[];
  /** text + every mrkdwn/plain text inside the blocks, for assertions. */
  allText: string;
  at: number;
}

export interface Upload {
  file_id: string;
  filename: string;
  alt_text?: string;
  length: number;
  bytes?: Buffer;
  /** Set when files.completeUploadExternal shared it. */
  channel_id?: string;
  thread_ts?: string;
  title?: string;
  completedAt?: number;
}

export interface UpdatedMessage extends PostedMessage {
  /** The ts of the message edited (chat.update keeps it). */
  ts: string;
}

/** A workspace member as users.info describes them. */
export interface FakeUser {
  name?: string;
  real_name?: string;
  display_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  /** The user's language, sent (as Slack does) only when users.info is asked with include_locale. */
  locale?: string;
}

/** A Block Kit button as the bot posted it. */
export interface PostedButton {
  type: 'button';
  action_id: string;
  value?: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  /** The actions block it sits in. */
  block_id: string;
}

export interface ResponseUrlPost {
  /** The id from the URL (one per slash command, button click or shortcut sent). */
  commandId: string;
  body: Record<string, unknown>;
  allText: string;
  at: number;
}

export interface SlashOptions {
  text: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  command?: string;
  /** Sign with another secret (bad signature test). */
  secret?: string;
  /** Unix seconds to put in the signature (stale signature test). */
  timestamp?: number;
  /** The workspace it comes from (default TEAM_ID). */
  teamId?: string;
}

/** A request exactly as it was signed and sent: `resend` sends the same bytes again (a replay, or Slack's retry). */
export interface SignedRequest {
  url: string;
  body: string;
  type: string;
  timestamp: string;
  signature: string;
}

export interface SendResult {
  status: number;
  body: string;
  /** Milliseconds from sending to the HTTP answer (the ack). */
  ackMs: number;
  /** The request as sent (for `resend`). */
  request: SignedRequest;
  /** The id in this request's response_url (see `responses`). */
  commandId: string;
}

/** Who clicks which button of which message. */
export interface ClickOptions {
  message: PostedMessage;
  button: PostedButton;
  userId: string;
  userName?: string;
  /** The workspace it comes from (default TEAM_ID). */
  teamId?: string;
  /**
   * The message is ephemeral (only this user saw it, e.g. a reply through a response_url): Slack then says so in the
   * container and sends no `message` with the click.
   */
  ephemeral?: boolean;
}

/** An overflow menu (⋮) beside a section of a posted message. */
export interface PostedOverflow {
  type: 'overflow';
  action_id: string;
  options: { text: { type: 'plain_text'; text: string }; value: string }[];
  /** The section it sits in. */
  block_id: string;
}

/** The overflow menus of a posted message's sections. */
export function overflowsOf(message: { blocks: unknown[] }): PostedOverflow[] {
  const out: PostedOverflow[] = [];
  for (const b of message.blocks as { type?: string; block_id?: string; accessory?: { type?: string } }[])
    if (b.type === 'section' && b.accessory?.type === 'overflow')
      out.push({ ...(b.accessory as Omit<PostedOverflow, 'block_id'>), block_id: b.block_id ?? '' });
  return out;
}

/** The buttons of a posted message's `actions` blocks. */
export function buttonsOf(message: { blocks: unknown[] }): PostedButton[] {
  const out: PostedButton[] = [];
  for (const b of message.blocks as { type?: string; block_id?: string; elements?: unknown[] }[])
    if (b.type === 'actions')
      for (const e of (b.elements ?? []) as Omit<PostedButton, 'block_id'>[])
        if (e.type === 'button') out.push({ ...e, block_id: b.block_id ?? '' });
  return out;
}

/** The channel id of the fake's direct messages with a user (what conversations.open answers). */
export function dmChannelOf(user: string): string {
  return `D${user.slice(1)}`;
}

/** Concatenates a message's fallback text and all the text inside its blocks. */
export function blocksText(text: unknown, blocks: unknown): string {
  const out: string[] = [typeof text === 'string' ? text : ''];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x);
    }
  };
  walk(blocks);
  return out.join('\n');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly ephemerals: PostedMessage[] = [];
  /** chat.update calls that succeeded, in order (the message in `messages` is edited in place too). */
  readonly updates: UpdatedMessage[] = [];
  /**
   * users.info answers. An id not listed here is an ordinary member (name from the id), as most users are;
   * `missingUsers` answer `user_not_found`.
   */
  readonly users = new Map<string, FakeUser>();
  readonly missingUsers = new Set<string>();
  readonly uploads = new Map<string, Upload>();
  readonly responses: ResponseUrlPost[] = [];
  /** Every response_url handed out (in slash commands, clicks, shortcuts): secrets a test may look for in logs. */
  readonly responseUrls: string[] = [];
  /** The secret requests to the bot are signed with (the bot's SLACK_SIGNING_SECRET). */
  signingSecret = FAKE_SIGNING_SECRET;
  /** Socket Mode acks received, by envelope id. */
  readonly acks = new Map<string, { payload: unknown; at: number }>();
  /** Channels where chat.postMessage answers `not_in_channel`. */
  readonly notInChannel = new Set<string>();
  /**
   * Per method: failures to give before succeeding (e.g. one 429 with Retry-After: 1, or a
   * platform error: status 200 with `error`, as Slack answers `{ ok: false, error }`).
   */
  readonly failures = new Map<string, { status: number; retryAfter?: number; error?: string }[]>();
  /** Delay (ms) before answering chat.postMessage, to keep sends in flight. */
  postMessageDelayMs = 0;
  /** Workspaces by team id; TEAM_ID with FAKE_BOT_TOKEN is there from the start. */
  readonly workspaces = new Map<string, FakeWorkspace>([
    [
      TEAM_ID,
      { teamId: TEAM_ID, name: 'Fake study group', token: FAKE_BOT_TOKEN, botUserId: BOT_USER_ID, botId: BOT_ID },
    ],
  ]);
  /** The app's OAuth credentials (oauth.v2.access checks them) and its registered redirect URL. */
  oauthClient = { id: '1111111111.2222222222', secret: 'fake-client-secret-0123456789' };
  redirectUrl = '';
  readonly authorizeVisits: AuthorizeVisit[] = [];
  /** Files shared in the fake Slack, served at `filesUrl` to a valid bot token. */
  private readonly hosted = new Map<
    string,
    { bytes: Buffer; contentLength?: number; chunked?: boolean; streamBytes?: number; redirect?: Redirect }
  >();
  readonly downloads: FileDownload[] = [];
  /** Codes handed out by the authorize page and not yet traded: code → team. */
  private readonly codes = new Map<string, string>();

  private server!: Server;
  private wss!: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private ts = 1_700_000_000;
  private ids = 0;
  private pingTimer?: NodeJS.Timeout;

  private constructor() {}

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.server = createServer((req, res) => {
      fake.route(req, res).catch((err: unknown) => {
        json(res, 500, { ok: false, error: 'fake_slack_bug', detail: String(err) });
      });
    });
    fake.wss = new WebSocketServer({ noServer: true });
    fake.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link/')) {
        socket.destroy();
        return;
      }
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onSocket(ws));
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.pingTimer = setInterval(() => fake.sockets.forEach((s) => s.ping()), 10_000);
    fake.pingTimer.unref();
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What SLACK_API_URL is set to. */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A new workspace with its own bot token (installable through the OAuth flow). */
  addWorkspace(teamId: string, name = `Workspace ${teamId}`): FakeWorkspace {
    const suffix = teamId.replace(/[^A-Z0-9]/g, '');
    const w: FakeWorkspace = {
      teamId,
      name,
      token: `xoxb-${suffix}-${randomBytes(6).toString('hex')}`,
      botUserId: `U0BOT${suffix}`.slice(0, 14),
      botId: `B0BOT${suffix}`.slice(0, 14),
    };
    this.workspaces.set(teamId, w);
    return w;
  }

  /** The workspace uninstalls the app: its token answers `token_revoked` from now on. */
  revoke(teamId: string): void {
    const w = this.workspaces.get(teamId);
    if (w) w.revoked = true;
  }

  /** Web API calls made with this workspace's token. */
  callsOf(teamId: string): ApiCall[] {
    const token = this.workspaces.get(teamId)?.token;
    return this.calls.filter((c) => c.token !== undefined && c.token === token);
  }

  /** Where shared files are served (what SLACK_FILES_URL is set to). */
  get filesUrl(): string {
    return `${this.base}/files/`;
  }

  /**
   * A file shared in Slack: the object an event carries. `size` is what the event states (default the real length);
   * `contentLength` what the download's header says; `chunked` sends no Content-Length; `streamBytes` streams that many
   * bytes instead of `bytes` (a large file without holding it); `redirect` answers the download (with a valid token)
   * with that redirect instead of the file.
   */
  shareFile(
    name: string,
    bytes: Buffer | string,
    o: {
      size?: number;
      contentLength?: number;
      chunked?: boolean;
      streamBytes?: number;
      mimetype?: string;
      redirect?: Redirect;
    } = {},
  ): SharedFile {
    const id = `F0SHARED${String(++this.ids).padStart(4, '0')}`;
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
    this.hosted.set(id, {
      bytes: data,
      contentLength: o.contentLength,
      chunked: o.chunked,
      streamBytes: o.streamBytes,
      redirect: o.redirect,
    });
    const ext = name.split('.').pop() ?? '';
    return {
      id,
      name,
      title: name,
      mimetype: o.mimetype ?? (ext === 'csv' ? 'text/csv' : ext === 'png' ? 'image/png' : 'application/octet-stream'),
      filetype: ext,
      size: o.size ?? o.streamBytes ?? data.length,
      mode: 'hosted',
      url_private: `${this.filesUrl}${TEAM_ID}-${id}/${encodeURIComponent(name)}`,
      url_private_download: `${this.filesUrl}${TEAM_ID}-${id}/download/${encodeURIComponent(name)}`,
    };
  }

  private serveFile(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const id = /^\/files\/[A-Z0-9]+-(F0[A-Z0-9]+)\//.exec(url.pathname)?.[1] ?? '';
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    this.downloads.push({ fileId: id, token, at: Date.now() });
    this.changed();
    const w = [...this.workspaces.values()].find((x) => x.token === token && !x.revoked);
    const f = this.hosted.get(id);
    // Like Slack: without a valid token, url_private answers with a login page, not the file.
    if (!w || !f) {
      res.writeHead(w ? 404 : 302, w ? {} : { location: 'https://slack.com/signin' });
      res.end();
      return;
    }
    if (f.redirect) {
      res.writeHead(f.redirect.status, { location: f.redirect.location }).end();
      return;
    }
    const length = f.streamBytes ?? f.bytes.length;
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream' };
    if (!f.chunked) headers['content-length'] = f.contentLength ?? length;
    res.writeHead(200, headers);
    if (f.streamBytes === undefined) {
      res.end(f.bytes);
      return;
    }
    // Stream `streamBytes` bytes in 64 KB chunks, stopping when the client goes away.
    const chunk = Buffer.alloc(64 * 1024, 0x31);
    let sent = 0;
    const pump = () => {
      while (sent < length) {
        const n = Math.min(chunk.length, length - sent);
        sent += n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => (sent = length));
    pump();
  }

  /** Names of Web API methods called so far (distinct). */
  methodsCalled(): string[] {
    return [...new Set(this.calls.map((c) => c.method))].sort();
  }

  /** Uploads that were completed (shared), in order. */
  completedUploads(): Upload[] {
    return [...this.uploads.values()].filter((u) => u.completedAt !== undefined);
  }

  /** Resolves when `predicate` holds (checked after every recorded request), or rejects after `ms`. */
  waitFor(predicate: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (predicate()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`fake Slack: timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      this.waiters.add(check);
    });
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }

  // ---- HTTP side (Web API, upload URL, response_url) ----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const body = await readBody(req);
    if (url.pathname === '/oauth/v2/authorize') return this.authorizePage(url, req, res);
    if (url.pathname.startsWith('/files/')) return this.serveFile(url, req, res);
    if (url.pathname.startsWith('/api/')) return this.api(url.pathname.slice(5), req, body, res);
    if (url.pathname.startsWith('/upload/v1/')) return this.upload(url.pathname.slice(11), req, body, res);
    if (/^\/(commands|actions|app)\//.test(url.pathname)) {
      // response_url: /commands/… for slash commands, /actions/… for buttons, /app/… for shortcuts.
      const commandId = url.pathname.split('/')[3] ?? '';
      const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      this.responses.push({ commandId, body: parsed, allText: blocksText(parsed.text, parsed.blocks), at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      this.changed();
      return;
    }
    res.writeHead(404);
    res.end();
  }

  private parseArgs(req: IncomingMessage, body: Buffer): Record<string, string> {
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json')) {
      const o = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    }
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  }

  private async api(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const args = this.parseArgs(req, body);
    const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? args.token;
    this.calls.push({ method, args, token: auth, at: Date.now() });
    this.changed();
    const queued = this.failures.get(method);
    const fail = queued?.shift();
    if (fail) {
      const headers: Record<string, string> = fail.retryAfter ? { 'retry-after': String(fail.retryAfter) } : {};
      json(res, fail.status, { ok: false, error: fail.error ?? 'ratelimited' }, headers);
      return;
    }
    if (method === 'oauth.v2.access') return this.oauthAccess(req, args, res);
    const wantApp = method === 'apps.connections.open';
    const workspace = [...this.workspaces.values()].find((w) => w.token === auth);
    if (workspace?.revoked) {
      json(res, 200, { ok: false, error: 'token_revoked' });
      return;
    }
    if (wantApp ? auth !== FAKE_APP_TOKEN : !workspace) {
      json(res, 200, { ok: false, error: auth ? 'invalid_auth' : 'not_authed' });
      return;
    }
    switch (method) {
      case 'auth.test': {
        const w = workspace!;
        return json(res, 200, {
          ok: true,
          url: `https://${w.teamId.toLowerCase()}.slack.com/`,
          team: w.name,
          user: 'hadamard-bot',
          team_id: w.teamId,
          user_id: w.botUserId,
          bot_id: w.botId,
          is_enterprise_install: false,
        });
      }
      case 'chat.postMessage': {
        if (this.postMessageDelayMs > 0) await new Promise((r) => setTimeout(r, this.postMessageDelayMs));
        if (this.notInChannel.has(args.channel)) return json(res, 200, { ok: false, error: 'not_in_channel' });
        const m = this.record(args);
        this.messages.push(m);
        this.changed();
        return json(res, 200, {
          ok: true,
          channel: m.channel,
          ts: m.ts,
          message: { type: 'message', text: m.text, user: BOT_USER_ID, bot_id: BOT_ID, ts: m.ts },
        });
      }
      case 'chat.update': {
        const m = this.messages.find((x) => x.channel === args.channel && x.ts === args.ts);
        if (!m) return json(res, 200, { ok: false, error: 'message_not_found' });
        const blocks = args.blocks ? (JSON.parse(args.blocks) as unknown[]) : [];
        const text = args.text ?? '';
        Object.assign(m, { text, blocks, allText: blocksText(text, blocks) });
        this.updates.push({ ...m, blocks, text, allText: blocksText(text, blocks), at: Date.now() });
        this.changed();
        return json(res, 200, {
          ok: true,
          channel: m.channel,
          ts: m.ts,
          text,
          message: { type: 'message', text, user: BOT_USER_ID, bot_id: BOT_ID, blocks, edited: { user: BOT_USER_ID } },
        });
      }
      case 'users.info': {
        const id = args.user ?? '';
        if (!/^[UW][A-Z0-9]+$/.test(id) || this.missingUsers.has(id))
          return json(res, 200, { ok: false, error: 'user_not_found' });
        const u = this.users.get(id) ?? {};
        const name = u.name ?? id.toLowerCase();
        return json(res, 200, {
          ok: true,
          user: {
            id,
            team_id: TEAM_ID,
            name,
            deleted: false,
            real_name: u.real_name ?? name,
            tz: 'Europe/London',
            profile: { display_name: u.display_name ?? '', real_name: u.real_name ?? name, team: TEAM_ID },
            ...(String(args.include_locale) === 'true' ? { locale: u.locale ?? 'en-US' } : {}),
            is_admin: u.is_admin ?? false,
            is_owner: u.is_owner ?? false,
            is_primary_owner: false,
            is_restricted: false,
            is_ultra_restricted: false,
            is_bot: u.is_bot ?? false,
            is_app_user: false,
            updated: 1_700_000_000,
          },
        });
      }
      case 'conversations.open': {
        // A direct message with one user: `D` and the user id without its first letter, the same each time.
        const user = (args.users ?? '').split(',')[0];
        if (!/^[UW][A-Z0-9]+$/.test(user)) return json(res, 200, { ok: false, error: 'user_not_found' });
        return json(res, 200, { ok: true, channel: { id: dmChannelOf(user) } });
      }
      case 'chat.postEphemeral': {
        const m = this.record(args);
        this.ephemerals.push({ ...m, thread_ts: args.thread_ts });
        this.changed();
        return json(res, 200, { ok: true, message_ts: m.ts });
      }
      case 'files.getUploadURLExternal': {
        if (!args.filename || !args.length) return json(res, 200, { ok: false, error: 'invalid_arguments' });
        const file_id = `F0${String(++this.ids).padStart(8, '0')}`;
        this.uploads.set(file_id, {
          file_id,
          filename: args.filename,
          alt_text: args.alt_text,
          length: Number(args.length),
        });
        return json(res, 200, { ok: true, upload_url: `${this.base}/upload/v1/${file_id}`, file_id });
      }
      case 'files.completeUploadExternal': {
        const files = JSON.parse(args.files ?? '[]') as { id: string; title?: string }[];
        const out = [];
        for (const f of files) {
          const u = this.uploads.get(f.id);
          if (!u?.bytes) return json(res, 200, { ok: false, error: 'file_not_found' });
          Object.assign(u, {
            channel_id: args.channel_id,
            thread_ts: args.thread_ts,
            title: f.title,
            completedAt: Date.now(),
          });
          out.push({ id: u.file_id, name: u.filename, title: f.title ?? u.filename, size: u.bytes.length });
        }
        this.changed();
        return json(res, 200, { ok: true, files: out });
      }
      case 'apps.connections.open':
        return json(res, 200, {
          ok: true,
          url: `ws://127.0.0.1:${this.port}/link/?ticket=${randomBytes(8).toString('hex')}`,
        });
      default:
        return json(res, 200, { ok: false, error: 'unknown_method' });
    }
  }

  /**
   * Slack's authorize page, as a browser signed in to workspace `x-fake-team` (default TEAM_ID) sees it after
   * clicking "Allow": a redirect to the app's redirect URL with a single-use code and the state given.
   */
  private authorizePage(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const q = url.searchParams;
    const team = String(req.headers['x-fake-team'] ?? TEAM_ID);
    const visit: AuthorizeVisit = {
      clientId: q.get('client_id') ?? '',
      scope: q.get('scope') ?? '',
      state: q.get('state') ?? '',
      ...(q.get('redirect_uri') ? { redirectUri: q.get('redirect_uri')! } : {}),
      team,
    };
    this.authorizeVisits.push(visit);
    this.changed();
    const back = visit.redirectUri ?? this.redirectUrl;
    if (visit.clientId !== this.oauthClient.id || !this.workspaces.has(team) || !back) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('invalid_client_id, unknown team or no redirect URL');
      return;
    }
    const code = `${Date.now()}.${randomBytes(10).toString('hex')}`;
    this.codes.set(code, team);
    const to = new URL(back);
    to.searchParams.set('code', code);
    if (visit.state) to.searchParams.set('state', visit.state);
    res.writeHead(302, { location: to.href });
    res.end();
  }

  /** oauth.v2.access: the client id and secret (form fields or HTTP Basic) and a code trade for the team's token. */
  private oauthAccess(req: IncomingMessage, args: Record<string, string>, res: ServerResponse): void {
    let id = args.client_id;
    let secret = args.client_secret;
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (basic) [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    if (id !== this.oauthClient.id || secret !== this.oauthClient.secret)
      return json(res, 200, { ok: false, error: 'invalid_client' });
    const team = this.codes.get(args.code ?? '');
    this.codes.delete(args.code ?? '');
    const w = team ? this.workspaces.get(team) : undefined;
    if (!w) return json(res, 200, { ok: false, error: 'invalid_code' });
    w.revoked = false;
    return json(res, 200, {
      ok: true,
      app_id: API_APP_ID,
      authed_user: { id: 'U0INSTALLER' },
      scope: [...this.authorizeVisits].reverse().find((v) => v.team === team)?.scope ?? '',
      token_type: 'bot',
      access_token: w.token,
      bot_user_id: w.botUserId,
      team: { id: w.teamId, name: w.name },
      enterprise: null,
      is_enterprise_install: false,
    });
  }

  private record(args: Record<string, string>): PostedMessage {
    const blocks = args.blocks ? (JSON.parse(args.blocks) as unknown[]) : [];
    const text = args.text ?? '';
    return {
      channel: args.channel,
      thread_ts: args.thread_ts,
      ts: `${++this.ts}.000100`,
      text,
      blocks,
      allText: blocksText(text, blocks),
      at: Date.now(),
    };
  }

  private async upload(fileId: string, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const u = this.uploads.get(fileId);
    if (!u) {
      res.writeHead(404);
      res.end();
      return;
    }
    // The SDK posts multipart/form-data; the file is its one part.
    const type = req.headers['content-type'] ?? 'application/octet-stream';
    let bytes = body;
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
      for (const v of form.values()) if (typeof v !== 'string') bytes = Buffer.from(await v.arrayBuffer());
    }
    u.bytes = bytes;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${bytes.length}`);
    this.changed();
  }

  // ---- Socket Mode ----

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) {
        this.acks.set(msg.envelope_id, { payload: msg.payload, at: Date.now() });
        this.changed();
      }
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: API_APP_ID },
      }),
    );
  }

  get socketConnections(): number {
    return this.sockets.size;
  }

  private envelope(type: string, payload: unknown): string {
    const id = `env-${randomBytes(6).toString('hex')}`;
    const data = JSON.stringify({
      envelope_id: id,
      payload,
      type,
      accepts_response_payload: type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
    });
    for (const s of this.sockets) s.send(data);
    return id;
  }

  /** Sends a slash command over Socket Mode; returns the envelope id and the command's response_url id. */
  socketSlashCommand(o: SlashOptions): { envelopeId: string; commandId: string; sentAt: number } {
    const { fields, commandId } = this.slashFields(o);
    const sentAt = Date.now();
    return { envelopeId: this.envelope('slash_commands', fields), commandId, sentAt };
  }

  /** Sends an Events API event over Socket Mode. */
  socketEvent(event: Record<string, unknown>): string {
    return this.envelope('events_api', this.eventCallback(event));
  }

  // ---- Sending to the bot over HTTP, signed like Slack ----

  private slashFields(o: SlashOptions): { fields: Record<string, string>; commandId: string } {
    const commandId = this.nextId();
    const team = o.teamId ?? TEAM_ID;
    return {
      commandId,
      fields: {
        token: 'gIkuvaNzQIHg97ATvDxqgjtO',
        team_id: team,
        team_domain: 'fake-study-group',
        channel_id: o.channelId ?? 'C0MATHS01',
        channel_name: o.channelName ?? 'linear-algebra',
        user_id: o.userId ?? 'U0STUDENT1',
        user_name: o.userName ?? 'ada',
        command: o.command ?? '/hadamard',
        text: o.text,
        api_app_id: API_APP_ID,
        is_enterprise_install: 'false',
        response_url: this.responseUrl('commands', team, commandId),
        trigger_id: `${commandId}.${team}.${randomBytes(8).toString('hex')}`,
      },
    };
  }

  /** An event_callback body as the Events API sends it. */
  eventCallback(event: Record<string, unknown>, team = TEAM_ID): Record<string, unknown> {
    const botUser = this.workspaces.get(team)?.botUserId ?? BOT_USER_ID;
    return {
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      team_id: team,
      context_team_id: team,
      context_enterprise_id: null,
      api_app_id: API_APP_ID,
      event: { event_ts: event.ts, ...event },
      type: 'event_callback',
      event_id: `Ev0${randomBytes(5).toString('hex').toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { enterprise_id: null, team_id: team, user_id: botUser, is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
      event_context: `4-${randomBytes(12).toString('hex')}`,
    };
  }

  /** Sends a correctly signed (unless told otherwise) form-encoded slash command to `eventsUrl`. */
  async sendSlashCommand(eventsUrl: string, o: SlashOptions): Promise<SendResult> {
    const { fields, commandId } = this.slashFields(o);
    const body = new URLSearchParams(fields).toString();
    const r = await this.post(eventsUrl, body, 'application/x-www-form-urlencoded', o.secret, o.timestamp);
    return { ...r, commandId };
  }

  /** Sends a signed event_callback (app_mention, message.im …) to `eventsUrl`. */
  async sendEvent(
    eventsUrl: string,
    event: Record<string, unknown>,
    sign: { secret?: string; timestamp?: number; teamId?: string } = {},
  ): Promise<Omit<SendResult, 'commandId'>> {
    return this.post(
      eventsUrl,
      JSON.stringify(this.eventCallback(event, sign.teamId)),
      'application/json',
      sign.secret,
      sign.timestamp,
    );
  }

  /**
   * A user clicks a button of a message the bot posted: the `block_actions` payload Slack sends (form-encoded
   * `payload=` JSON, signed), with the message as it is now.
   */
  async clickButton(eventsUrl: string, o: ClickOptions): Promise<SendResult> {
    const { payload, commandId } = this.blockAction(o);
    return { ...(await this.sendInteractive(eventsUrl, payload)), commandId };
  }

  /** A user picks an option of an overflow menu (⋮) of a message the bot posted: `block_actions`, signed. */
  async chooseOverflow(
    eventsUrl: string,
    o: { message: PostedMessage; overflow: PostedOverflow; option: string; userId: string; teamId?: string },
  ): Promise<SendResult> {
    const option = o.overflow.options.find((x) => x.text.text === o.option);
    if (!option) throw new Error(`fake Slack: no option ${o.option}`);
    const { payload, commandId } = this.blockAction({
      ...o,
      button: { type: 'button', action_id: o.overflow.action_id, block_id: o.overflow.block_id, text: option.text },
    });
    (payload.actions as unknown[])[0] = {
      type: 'overflow',
      action_id: o.overflow.action_id,
      block_id: o.overflow.block_id,
      selected_option: option,
      action_ts: `${Math.floor(Date.now() / 1000)}.${String(++this.ids).padStart(6, '0')}`,
    };
    return { ...(await this.sendInteractive(eventsUrl, payload)), commandId };
  }

  /** The same click over Socket Mode (an `interactive` envelope); returns the envelope id and the response_url id. */
  socketClick(o: ClickOptions): { envelopeId: string; commandId: string; sentAt: number } {
    const { payload, commandId } = this.blockAction(o);
    const sentAt = Date.now();
    return { envelopeId: this.envelope('interactive', payload), commandId, sentAt };
  }

  private blockAction(o: ClickOptions): { payload: Record<string, unknown>; commandId: string } {
    const commandId = this.nextId();
    const actionTs = `${Math.floor(Date.now() / 1000)}.${String(++this.ids).padStart(6, '0')}`;
    const team = o.teamId ?? TEAM_ID;
    const bot = this.workspaces.get(team) ?? { botId: BOT_ID, botUserId: BOT_USER_ID };
    const payload = {
      type: 'block_actions',
      user: {
        id: o.userId,
        username: o.userName ?? o.userId.toLowerCase(),
        name: o.userName ?? o.userId.toLowerCase(),
        team_id: team,
      },
      api_app_id: API_APP_ID,
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      container: {
        type: 'message',
        message_ts: o.message.ts,
        channel_id: o.message.channel,
        is_ephemeral: o.ephemeral === true,
        ...(o.message.thread_ts ? { thread_ts: o.message.thread_ts } : {}),
      },
      trigger_id: `${commandId}.${team}.${randomBytes(8).toString('hex')}`,
      team: { id: team, domain: team.toLowerCase() },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: o.message.channel, name: 'linear-algebra' },
      ...(o.ephemeral
        ? {}
        : {
            message: {
              type: 'message',
              subtype: 'bot_message',
              text: o.message.text,
              ts: o.message.ts,
              bot_id: bot.botId,
              user: bot.botUserId,
              blocks: o.message.blocks,
              ...(o.message.thread_ts ? { thread_ts: o.message.thread_ts } : {}),
            },
          }),
      state: { values: {} },
      response_url: this.responseUrl('actions', team, commandId),
      actions: [
        {
          action_id: o.button.action_id,
          block_id: o.button.block_id,
          text: o.button.text,
          ...(o.button.value !== undefined ? { value: o.button.value } : {}),
          type: 'button',
          action_ts: actionTs,
        },
      ],
    };
    return { payload, commandId };
  }

  /** A user runs a message shortcut on a message: the `message_action` payload Slack sends (form-encoded, signed). */
  async sendMessageShortcut(
    eventsUrl: string,
    o: {
      callbackId: string;
      userId: string;
      channelId: string;
      message: { ts: string; text: string; user?: string; thread_ts?: string };
    },
  ): Promise<SendResult> {
    const commandId = this.nextId();
    const payload = {
      type: 'message_action',
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      action_ts: `${Math.floor(Date.now() / 1000)}.${String(++this.ids).padStart(6, '0')}`,
      team: { id: TEAM_ID, domain: 'fake-study-group' },
      user: { id: o.userId, username: o.userId.toLowerCase(), name: o.userId.toLowerCase(), team_id: TEAM_ID },
      channel: { id: o.channelId, name: 'linear-algebra' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: o.callbackId,
      trigger_id: `${commandId}.${TEAM_ID}.${randomBytes(8).toString('hex')}`,
      response_url: this.responseUrl('app', TEAM_ID, commandId),
      message_ts: o.message.ts,
      message: {
        client_msg_id: randomBytes(8).toString('hex'),
        type: 'message',
        text: o.message.text,
        user: o.message.user,
        ts: o.message.ts,
        team: TEAM_ID,
        ...(o.message.thread_ts ? { thread_ts: o.message.thread_ts } : {}),
      },
    };
    return { ...(await this.sendInteractive(eventsUrl, payload)), commandId };
  }

  /** Interactive payloads arrive form-encoded, the JSON in one `payload` field (Slack's wire format). */
  private sendInteractive(eventsUrl: string, payload: Record<string, unknown>) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.post(eventsUrl, body, 'application/x-www-form-urlencoded');
  }

  /**
   * The `message` event Slack sends (message.channels / .groups / .im) when a user edits a message:
   * subtype message_changed, the message as it is now and as it was.
   */
  static messageChanged(o: {
    channel: string;
    channelType?: 'channel' | 'group' | 'im';
    user: string;
    ts: string;
    oldText: string;
    newText: string;
    threadTs?: string;
    /** Not an edit by the user (an unfurl): no `edited` field. */
    unfurl?: boolean;
    botId?: string;
  }): Record<string, unknown> {
    const eventTs = `${Math.floor(Date.now() / 1000)}.${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, '0')}`;
    const base = {
      type: 'message',
      user: o.user,
      team: TEAM_ID,
      ts: o.ts,
      ...(o.threadTs ? { thread_ts: o.threadTs, parent_user_id: o.user } : {}),
      ...(o.botId ? { bot_id: o.botId } : {}),
    };
    return {
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      message: {
        ...base,
        text: o.newText,
        client_msg_id: 'a1b2c3d4-0000-4000-8000-000000000001',
        ...(o.unfurl ? {} : { edited: { user: o.user, ts: eventTs } }),
        source_team: TEAM_ID,
        user_team: TEAM_ID,
      },
      channel: o.channel,
      previous_message: { ...base, text: o.oldText, client_msg_id: 'a1b2c3d4-0000-4000-8000-000000000001' },
      event_ts: eventTs,
      ts: eventTs,
      channel_type: o.channelType ?? 'channel',
    };
  }

  /** A response_url (`/commands/…` for slash commands, `/actions/…` for buttons, `/app/…` for shortcuts), recorded. */
  private responseUrl(kind: 'commands' | 'actions' | 'app', team: string, commandId: string): string {
    const url = `${this.base}/${kind}/${team}/${commandId}/${randomBytes(12).toString('hex')}`;
    this.responseUrls.push(url);
    return url;
  }

  private nextId(): string {
    return String(Date.now()) + String(++this.ids).padStart(6, '0');
  }

  /** Slack's request-URL check (sent when the app's Event Subscriptions URL is saved). */
  async sendUrlVerification(eventsUrl: string, challenge: string): Promise<Omit<SendResult, 'commandId'>> {
    const body = JSON.stringify({ token: 'gIkuvaNzQIHg97ATvDxqgjtO', challenge, type: 'url_verification' });
    return this.post(eventsUrl, body, 'application/json');
  }

  private async post(url: string, body: string, type: string, secret = this.signingSecret, ts?: number) {
    const timestamp = String(ts ?? Math.floor(Date.now() / 1000));
    const signature = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
    return this.sendSigned({ url, body, type, timestamp, signature });
  }

  /**
   * Sends a request already sent once, byte for byte with its signature: what an attacker who captured it does, or
   * Slack retrying an event (then with `X-Slack-Retry-Num` and `X-Slack-Retry-Reason`).
   */
  resend(request: SignedRequest, retry?: { num: number; reason: string }) {
    return this.sendSigned(request, retry);
  }

  private async sendSigned(signed: SignedRequest, retry?: { num: number; reason: string }) {
    const { url, body, type, timestamp, signature } = signed;
    const started = performance.now();
    // node:http with a fresh connection per request (like Slack), so no keep-alive reuse races.
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': type,
            'content-length': Buffer.byteLength(body),
            'x-slack-request-timestamp': timestamp,
            'x-slack-signature': signature,
            'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
            ...(retry ? { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    return { status, body: text, ackMs: performance.now() - started, request: signed };
  }

  async close(): Promise<void> {
    clearInterval(this.pingTimer);
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
