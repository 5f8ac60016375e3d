/**
 * The local playground: with no chat credentials, `npm start` serves a chat-like page on
 * 127.0.0.1 that talks to the same Dispatcher (rate limit, engine, logging) as Slack and Discord.
 * Plain node:http and a whitelist of static files; no framework, no external requests.
 *
 * Routes:
 * - `GET /` and the files of `public/` (page, script, styles, icon), `Cache-Control: no-cache`.
 * - `GET /api/catalogue`: the verbs with their description, usage and examples (the page's chips).
 * - `POST /api/command` with `{"text": "…"}` (application/json, ≤ 16 KB), or multipart/form-data with a `text`
 *   field and up to two `file` parts (CSV, TSV, JSON, PNG, JPEG; each at most the engine's `maxFileBytes`, the whole
 *   body at most two files and 64 KB more): the Answer as JSON, figures as URLs (see {@link CommandResponse}). Status 200 whenever the bot replied, answer
 *   (`ok: true`) or user error (`ok: false`, with code, message and hint); 400/413/415 for a malformed
 *   request, 429 + Retry-After when rate-limited, 503 while shutting down, 500 for a bug (with an id).
 * - `GET /figures/<id>.png`: a figure of a recent answer (in-memory LRU), immutable for a year.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  CATALOGUE,
  DEFAULT_LIMITS,
  parseCommand,
  type Answer,
  type Attachment,
  type Figure,
  type Section,
} from '../../engine/index.js';
import { answerToMarkdown } from '../../engine/text.js';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import type { Outcome } from '../runtime/dispatch.js';
import { BodyTooLargeError, clientAddress, NO_PROXY, rateKey, readBody, type TrustProxy } from './request.js';

/** What `POST /api/command` returns. */
export type CommandResponse =
  | {
      ok: true;
      verb: Answer['verb'];
      title: string;
      summary: string;
      sections: Section[];
      /** The whole answer as neutral markdown (title, summary, sections), for scripts. */
      text: string;
      figures: FigureLink[];
      data: Record<string, unknown>;
      /** Shown only to the asker (a private answer, or the channel's `private` setting). */
      private?: boolean;
      /** A quiz: its id, choices (for buttons) and when it closes (epoch ms); `practice`: the asker's own. */
      quiz?: { id: string; choices: { id: string; label: string }[]; closesAt: number; practice?: true };
      /** Files that are not figures (`class export`'s CSV), as `data:` URLs the page offers to download. */
      files?: { name: string; type: string; url: string }[];
      /** A reveal: the quiz it closes. */
      reveal?: { quizId: string };
    }
  | { ok: false; error: { code: string; message: string; hint: string } };

export interface FigureLink {
  /** Path on this server, e.g. `/figures/3q2…Zk.png`. */
  url: string;
  alt: string;
  name: string;
  /** Pixel size, read from the PNG header (0 when unreadable). */
  width: number;
  height: number;
}

export interface LocalServerOptions {
  port?: number;
  host?: string;
  /** Largest accepted JSON request body in bytes (default 16 KB). */
  maxBodyBytes?: number;
  /** Largest file attached to a command (default: the engine's `maxFileBytes`, 8 MB). */
  maxFileBytes?: number;
  /** Which proxies may name the client in `X-Forwarded-For` (default: `config.trustProxy`, else none). */
  trustProxy?: TrustProxy;
  /** How many figures are kept for `/figures/…` at most (default 1,000) … */
  figureCapacity?: number;
  /** … and how many bytes of PNG at most (default 16 MB), least recently used out first. */
  figureBytes?: number;
}

export interface LocalServer {
  server: Server;
  /** `http://host:port`, with the real port when 0 was asked for. */
  url: string;
  figures: FigureStore;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/** Files one command may carry (`@1`, `@2`). */
export const MAX_ATTACHMENTS = 2;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The figures of recent answers, for `GET /figures/<id>.png`: least recently used first out, bounded by bytes (the
 * PNGs' own sizes; each is an exactly-sized buffer, see engine-worker.ts) and, as a guard against very many tiny
 * figures, by count. A figure larger than the whole budget is kept alone until the next one arrives.
 * The default budget, 16 MB, holds the last hundred or more figures (typically 30–200 KB each), enough for a page
 * to load what it was just sent; older ones show their alt text (see notes/memory.md).
 */
export class FigureStore {
  private readonly items = new Map<string, Figure>();
  private bytes = 0;

  constructor(
    readonly capacity = 1000,
    readonly maxBytes = 16 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.items.size;
  }

  /** Bytes of PNG held now (≤ maxBytes, unless one figure alone is larger). */
  get bytesUsed(): number {
    return this.bytes;
  }

  /** Stores a figure and returns its unguessable id. */
  put(figure: Figure): string {
    const id = randomBytes(16).toString('base64url');
    this.items.set(id, figure);
    this.bytes += figure.png.length;
    while (this.items.size > this.capacity || (this.bytes > this.maxBytes && this.items.size > 1)) {
      const [oldest, f] = this.items.entries().next().value as [string, Figure];
      this.items.delete(oldest);
      this.bytes -= f.png.length;
    }
    return id;
  }

  get(id: string): Figure | undefined {
    const f = this.items.get(id);
    if (f) {
      this.items.delete(id);
      this.items.set(id, f);
    }
    return f;
  }
}

interface StaticFile {
  body: Buffer;
  type: string;
}

const STATIC_FILES: Readonly<Record<string, [file: string, type: string]>> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
  '/favicon.svg': ['favicon.svg', 'image/svg+xml'],
};

/** `public/` beside this file (tsx, tests), or in the source tree when running the compiled `dist/`. */
function publicDir(): string {
  const candidates = [
    new URL('./public/', import.meta.url),
    new URL('../../../../src/bot/local/public/', import.meta.url),
  ];
  for (const c of candidates) if (existsSync(new URL('index.html', c))) return fileURLToPath(c);
  throw new Error('local page: cannot find src/bot/local/public/index.html');
}

function loadStatic(): Map<string, StaticFile> {
  const dir = publicDir();
  const files = new Map<string, StaticFile>();
  for (const [route, [file, type]] of Object.entries(STATIC_FILES))
    files.set(route, { body: readFileSync(dir + file), type });
  return files;
}

/** The catalogue as the page needs it: one entry per verb. */
function catalogueJson(): string {
  return JSON.stringify({
    verbs: CATALOGUE.map((s) => ({ verb: s.verb, description: s.description, usage: s.usage, examples: s.examples })),
  });
}

/** Width and height from a PNG's IHDR chunk; zeros if the buffer is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const sig = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== sig) return { width: 0, height: 0 };
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint = '',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SEED = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';

function outcomeResponse(
  outcome: Outcome,
  figures: FigureStore,
): { status: number; body: CommandResponse; headers?: Record<string, string> } {
  switch (outcome.kind) {
    case 'answer': {
      const a = outcome.answer;
      const links = a.figures.map((f) => ({
        url: `/figures/${figures.put(f)}.png`,
        alt: f.alt,
        name: f.name,
        ...pngSize(f.png),
      }));
      return {
        status: 200,
        body: {
          ok: true,
          verb: a.verb,
          title: a.title,
          summary: a.summary,
          sections: a.sections,
          text: answerToMarkdown(a),
          figures: links,
          data: a.data,
          ...(outcome.private ? { private: true } : {}),
          ...(outcome.quiz
            ? {
                quiz: {
                  id: outcome.quiz.id,
                  choices: outcome.quiz.choices,
                  closesAt: outcome.quiz.closesAt,
                  ...(outcome.quiz.practice ? { practice: true as const } : {}),
                },
              }
            : {}),
          ...(a.files?.length
            ? {
                files: a.files.map((f) => ({
                  name: f.name,
                  type: f.type,
                  url: `data:${f.type};charset=utf-8;base64,${Buffer.from(f.content, 'utf8').toString('base64')}`,
                })),
              }
            : {}),
          ...(outcome.reveal ? { reveal: { quizId: outcome.reveal.roundId } } : {}),
        },
      };
    }
    case 'error': {
      const { code, message, hint } = outcome.error;
      // The bot answered (with a correction), so the exchange succeeded: 200, `ok: false` in the body.
      // 4xx is kept for malformed requests; a typo in a command should not read as an HTTP failure.
      return { status: 200, body: { ok: false, error: { code, message, hint } } };
    }
    case 'rate_limited':
      return {
        status: 429,
        headers: { 'Retry-After': String(outcome.retryAfterSeconds) },
        body: {
          ok: false,
          error: {
            // `busy`: the instance shed the command (queue full or waited too long); `rate_limited`: this user's limit.
            code: outcome.reason === 'busy' ? 'busy' : 'rate_limited',
            message: outcome.message,
            hint: `Wait ${outcome.retryAfterSeconds} s, then press ↑ and Enter to send it again.`,
          },
        },
      };
    case 'closing':
      return {
        status: 503,
        headers: { 'Retry-After': '60' },
        body: { ok: false, error: { code: 'closing', message: outcome.message, hint: 'Reload the page in a minute.' } },
      };
    case 'fault':
      return {
        status: 500,
        body: {
          ok: false,
          error: {
            code: 'internal',
            message: outcome.message,
            hint: `Try another command; if this one keeps failing, report error id ${outcome.id}.`,
          },
        },
      };
  }
}

/** Where the playground's commands happen (its quizzes, scores and settings live there). */
export const LOCAL_SCOPE = { platform: 'local', workspace: 'local', channel: 'playground' } as const;

/** The user a request names (`user`: a short name for quizzes and scores), or "you". */
function userOf(u: unknown): string {
  return typeof u === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(u) ? u : 'you';
}

/** What a command request carries, from JSON or from a form. */
interface CommandBody {
  text: string;
  /** Display name for the study-group verbs. */
  user?: unknown;
  /** The page's per-browser id (rate limit; see `rateKey`). */
  client?: unknown;
  attachments: Attachment[];
}

function tooLarge(limit: number, form: boolean): HttpError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return form
    ? new HttpError(
        413,
        'body_too_large',
        `The form is larger than ${mb(limit)}.`,
        `Attach at most ${MAX_ATTACHMENTS} files of at most ${mb((limit - 64 * 1024) / MAX_ATTACHMENTS)} each.`,
      )
    : new HttpError(
        413,
        'body_too_large',
        `The request body is larger than ${limit} bytes.`,
        `Send one command of at most 4,000 characters as {"text": "…"}, e.g. {"text": "${SEED}"}.`,
      );
}

function readJson(raw: Buffer): CommandBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad_json', 'The body is not valid JSON.', `Send {"text": "${SEED}"}.`);
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof text !== 'string')
    throw new HttpError(
      400,
      'bad_request',
      'The body must be an object with a "text" string.',
      `Send {"text": "${SEED}"}.`,
    );
  const { user, client } = parsed as { user?: unknown; client?: unknown };
  return { text, user, client, attachments: [] };
}

/**
 * A multipart form (its size already bounded): `text`, optional `user` and `client`, and up to two `file` parts.
 * Each file's size is checked here, before the engine sniffs or decodes a byte of it. Node's own fetch `Request`
 * parses the form (no dependency).
 */
async function readForm(raw: Buffer, contentType: string, maxFile: number): Promise<CommandBody> {
  let form: FormData;
  try {
    form = await new Request('http://local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw.buffer as ArrayBuffer, raw.byteOffset, raw.length),
    }).formData();
  } catch {
    throw new HttpError(
      400,
      'bad_form',
      'The body is not a valid multipart form.',
      `e.g. curl -F 'text=psd @1' -F file=@cov.csv http://127.0.0.1:3000/api/command`,
    );
  }
  const text = form.get('text') ?? '';
  if (typeof text !== 'string')
    throw new HttpError(
      400,
      'bad_request',
      'The form\'s "text" must be a field, not a file.',
      'Send -F "text=psd @1".',
    );
  const files = form.getAll('file');
  if (files.length > MAX_ATTACHMENTS)
    throw new HttpError(
      400,
      'too_many_files',
      `${files.length} files came with the command; at most ${MAX_ATTACHMENTS} may (@1 and @2).`,
      'Attach one or two files.',
    );
  const attachments: Attachment[] = [];
  for (const f of files) {
    if (typeof f === 'string')
      throw new HttpError(400, 'bad_request', 'Each "file" part must be a file.', 'Send -F file=@cov.csv.');
    const name = (f.name || `file${attachments.length + 1}`).slice(0, 200);
    if (f.size > maxFile)
      throw new HttpError(
        413,
        'file_too_large',
        `${name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; attached files may be at most ${(maxFile / 1024 / 1024).toFixed(1)} MB.`,
        'Send a smaller file: matrices up to 256×256, images up to 1024×1024 pixels.',
      );
    attachments.push({ name, bytes: new Uint8Array(await f.arrayBuffer()), contentType: f.type || undefined });
  }
  if (text.trim() === '' && attachments.length === 0)
    throw new HttpError(
      400,
      'bad_request',
      'The form has no "text" and no file.',
      'Send -F "text=psd @1" -F file=@cov.csv.',
    );
  const user = form.get('user') ?? undefined;
  const client = form.get('client') ?? undefined;
  return { text, user, client, attachments };
}

/** Builds the request handler (exported for tests that bring their own server). */
export function createLocalHandler(
  ctx: AdapterContext,
  options: LocalServerOptions = {},
  figures = new FigureStore(options.figureCapacity, options.figureBytes),
): (req: IncomingMessage, res: ServerResponse) => void {
  const statics = loadStatic();
  const catalogue = catalogueJson();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxFile = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  // Two files and the form's other fields (text, user, client, part headers).
  const maxUpload = MAX_ATTACHMENTS * maxFile + 64 * 1024;
  const trustProxy = options.trustProxy ?? ctx.config.trustProxy ?? NO_PROXY;
  const loopbackOnly = isLoopback(options.host ?? ctx.config.host);

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
    head = false,
  ): void {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': String(buf.length),
      ...headers,
    });
    res.end(head ? undefined : buf);
  }

  function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), {
      'Cache-Control': 'no-store',
      ...headers,
    });
  }

  function requireMethod(req: IncomingMessage, allowed: readonly string[]): void {
    if (!allowed.includes(req.method ?? ''))
      throw new HttpError(
        405,
        'method_not_allowed',
        `${req.method} is not allowed here.`,
        `Use ${allowed.join(' or ')}.`,
        {
          Allow: allowed.join(', '),
        },
      );
  }

  async function command(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requireMethod(req, ['POST']);
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && !sameOrigin(origin, req.headers.host))
      throw new HttpError(403, 'cross_origin', 'Commands are only accepted from this page.', 'Open the page itself.');
    const contentType = req.headers['content-type'] ?? '';
    const type = contentType.split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && type !== 'multipart/form-data')
      throw new HttpError(
        415,
        'unsupported_media_type',
        'The body must be JSON (Content-Type: application/json), or a form with files (multipart/form-data).',
        `e.g. curl -H 'Content-Type: application/json' -d '{"text": "${SEED}"}'`,
      );
    const limit = type === 'multipart/form-data' ? maxUpload : maxBody;
    let raw: Buffer;
    try {
      raw = await readBody(req, limit);
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw tooLarge(limit, type === 'multipart/form-data');
      throw err;
    }
    const asked = type === 'multipart/form-data' ? await readForm(raw, contentType, maxFile) : readJson(raw);
    // With files, the command is parsed here so that `@1`, `@2` name them; a text that does not parse goes to the
    // dispatcher as text, which answers (and counts, and logs) the same error as without files.
    const parsed = asked.attachments.length ? parseCommand(asked.text, { attachments: asked.attachments }) : undefined;
    const outcome = await ctx.dispatcher.handle({
      platform: 'local',
      userId: rateKey(clientAddress(req, trustProxy), asked.client),
      text: asked.text,
      ...(parsed?.ok ? { command: parsed.value } : {}),
      // One page, one study group: the playground's channel, and the person at the keyboard may change settings.
      who: { ...LOCAL_SCOPE, user: userOf(asked.user), canManage: async () => true, buttons: true },
    });
    const { status, body, headers } = outcomeResponse(outcome, figures);
    sendJson(res, status, body, headers);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const head = req.method === 'HEAD';
    // Bound to loopback, only loopback names may reach us: a web page whose DNS name was re-pointed
    // at 127.0.0.1 (DNS rebinding) is refused, as dev servers do.
    if (loopbackOnly && !isLoopbackHostHeader(req.headers.host))
      throw new HttpError(
        403,
        'wrong_host',
        'This playground only answers on 127.0.0.1 or localhost.',
        'Open http://127.0.0.1 with the port it printed.',
      );
    if (path === '/api/command') return command(req, res);
    if (path === '/api/catalogue') {
      requireMethod(req, ['GET', 'HEAD']);
      return send(res, 200, 'application/json; charset=utf-8', catalogue, { 'Cache-Control': 'no-cache' }, head);
    }
    const fig = /^\/figures\/([A-Za-z0-9_-]{1,64})\.png$/.exec(path);
    if (fig) {
      requireMethod(req, ['GET', 'HEAD']);
      const f = figures.get(fig[1]);
      if (!f)
        throw new HttpError(
          404,
          'figure_gone',
          'This figure is no longer kept (the server keeps recent figures only, in memory).',
          'Send the command again to draw it anew.',
        );
      return send(
        res,
        200,
        'image/png',
        f.png,
        {
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Content-Disposition': `inline; filename="${safeName(f.name)}.png"`,
        },
        head,
      );
    }
    const file = statics.get(path);
    if (file) {
      requireMethod(req, ['GET', 'HEAD']);
      return send(res, 200, file.type, file.body, { 'Cache-Control': 'no-cache' }, head);
    }
    throw new HttpError(404, 'not_found', `Nothing at ${path}.`, 'The playground is at /.');
  }

  return (req, res) => {
    const work = route(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        sendJson(
          res,
          err.status,
          { ok: false, error: { code: err.code, message: err.message, hint: err.hint } },
          err.headers,
        );
        return;
      }
      const id = randomBytes(4).toString('hex');
      ctx.logger.error({ err, errorId: id, platform: 'local' }, 'local page request failed');
      sendJson(res, 500, {
        ok: false,
        error: { code: 'internal', message: `Sorry, something went wrong on our side (error id ${id}).`, hint: '' },
      });
    });
    void ctx.dispatcher.track(work);
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `Host: 127.0.0.1:3000`, `localhost:3000`, `[::1]:3000` (or no Host at all, from a non-browser client). */
function isLoopbackHostHeader(host: string | undefined): boolean {
  if (host === undefined) return true;
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return isLoopback(name) || name.endsWith('.localhost');
}

/** Browsers send Origin on cross-site POSTs: refuse those (a page elsewhere must not drive this one). */
function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function safeName(name: string): string {
  return (
    name
      .replace(/\.png$/i, '')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .slice(0, 80) || 'figure'
  );
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts the playground server; resolves once it listens (port 0 picks a free port). */
export async function listenLocal(ctx: AdapterContext, options: LocalServerOptions = {}): Promise<LocalServer> {
  const figures = new FigureStore(options.figureCapacity, options.figureBytes);
  const server = createServer(createLocalHandler(ctx, options, figures));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const host = options.host ?? ctx.config.host;
  const port = options.port ?? ctx.config.port;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new Error(`local page: port ${port} on ${host} is already in use; set PORT to another port`));
      else if (err.code === 'EADDRNOTAVAIL')
        reject(new Error(`local page: HOST ${host} is not an address of this machine`));
      else reject(err);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${hostForUrl(host)}:${addr.port}`;
  return {
    server,
    url,
    figures,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The adapter entry point main.ts calls when no chat credentials are set. */
export async function startLocal(ctx: AdapterContext): Promise<RunningAdapter> {
  if (ctx.http) {
    // Everything the other routes (/healthz, /readyz, /metrics) do not take is the page's.
    ctx.http.mount('/', createLocalHandler(ctx, { host: ctx.config.host }), { prefix: true });
    return {
      name: 'local page',
      where: `http://${hostForUrl(ctx.config.host)}:${ctx.config.port}`,
      stop: async () => undefined,
    };
  }
  const local = await listenLocal(ctx);
  return { name: 'local page', where: local.url, stop: () => local.close() };
}
