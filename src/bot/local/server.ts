/**
 * The local playground: with no chat credentials, `npm start` serves a chat-like page on
 * 127.0.0.1 that talks to the same Dispatcher (rate limit, engine, logging) as Slack and Discord.
 * Plain node:http and a whitelist of static files; no framework, no external requests.
 *
 * Routes:
 * - `GET /` and the files of `public/` (page, script, styles, icon), `Cache-Control: no-cache` (the page itself
 *   `no-store`: it carries this process's page token in `<meta name="hadamard-token">`).
 * - `GET /api/catalogue`: the verbs with their description, usage and examples (the page's chips).
 * - `GET /api/session`: `{"token": "…"}`, the page token (same-origin only), for a page whose token went stale.
 * - `POST /api/command` with `{"text": "…"}` (application/json, ≤ 16 KB), or multipart/form-data with a `text`
 *   field and up to two `file` parts; either may add how the figures will be shown, `theme` (`light` or `dark`: wins
 *   over the channel's `theme` setting) and `width` (CSS px of the column they are shown in: narrower than 390, they
 *   are laid out narrower so their text stays ≥ 9 px there; see {@link readView}) (CSV, TSV, JSON, PNG, JPEG; each at most the engine's `maxFileBytes`, the whole
 *   body at most two files and 64 KB more): the Answer as JSON, figures as URLs (see {@link CommandResponse}). Status
 *   200 whenever the bot replied, answer (`ok: true`) or user error (`ok: false`, with code, message and hint);
 *   400/413/415 for a malformed request, 403 for a cross-site one, 429 + Retry-After when rate-limited or busy, 503
 *   while shutting down, 500 for a bug (with an id).
 * - `GET /figures/<id>.png`: a figure of a recent answer (in-memory LRU), immutable for a year.
 * - `GET /api/feed?after=<rev>`: what the bot posted in the playground's channel unasked (scheduled runs, a pinned
 *   board and its edits) since revision `rev`, as {@link FeedResponse}; the page polls it (see {@link ChannelFeed}).
 *
 * Cross-site requests (see `checkSameSite`, notes/local.md): a request with any method but GET and HEAD is refused
 * (403) when its `Origin` is not this server's (`Origin: null` included) or its `Sec-Fetch-Site` is not `same-origin`
 * or `none`; and a command must carry a header that a page elsewhere cannot send: the page's `X-Hadamard-Token`, or
 * `X-Hadamard-Client: <name>` from a script (`curl -H 'X-Hadamard-Client: cli' …`). A cross-site form can set
 * neither, and a cross-site script can only with a CORS preflight, which this server never grants.
 *
 * Uploads (multipart): their declared size, the concurrent-upload cap (`LOCAL_MAX_UPLOADS`), the engine queue and the
 * rate limit are all checked before a byte of the body is read; the form is then parsed as it streams in
 * (@fastify/busboy), each file cut at its limit, so an upload holds at most its files in memory.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Busboy } from '@fastify/busboy';
import {
  CATALOGUE,
  DEFAULT_LIMITS,
  parseCommand,
  type Answer,
  type Attachment,
  type Command,
  type EngineError,
  type Figure,
  type Section,
  LOCALES,
  resolveLocale,
  describeVerb,
  translator,
  withLocale,
  type Locale,
} from '../../engine/index.js';
import type { Translate } from '../../engine/i18n/index.js';
import { en as englishMessages } from '../../engine/i18n/en.js';
import { answerToMarkdown } from '../../engine/text.js';
import type { AdapterContext, RunningAdapter } from '../adapter.js';
import type { FigureView } from '../groups/service.js';
import type { Outcome } from '../runtime/dispatch.js';
import type { GroupReply } from '../groups/service.js';
import {
  BodyTooLargeError,
  clientAddress,
  discardBody,
  NO_PROXY,
  rateKey,
  readBody,
  type TrustProxy,
} from './request.js';

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
  /** Uploads read at once (default: `config.localMaxUploads`, else 4); one more gets 429 `busy` before it is read. */
  maxUploads?: number;
}

/** What `GET /api/feed` returns: the posts changed after the revision asked for, oldest change first. */
export interface FeedResponse {
  ok: true;
  /** This server's run: a page that knew another one starts again from `rev` (nothing old is replayed). */
  epoch: string;
  /** The latest revision: ask for `after=rev` next time. */
  rev: number;
  posts: { id: string; rev: number; reply: CommandResponse }[];
}

/**
 * The playground channel's own posts (scheduled runs, a pinned board): the page's view of what a Slack or Discord
 * channel would show without anyone asking. In memory (the last FEED_KEEP posts); an edit (a pinned board updated)
 * keeps the post's id with a new revision, so the page replaces it in place.
 */
export class ChannelFeed {
  readonly epoch = randomBytes(6).toString('hex');
  private rev = 0;
  private seq = 0;
  private readonly posts = new Map<string, { id: string; rev: number; reply: CommandResponse }>();

  /** Adds a post (`id` undefined) or replaces one; returns its id. */
  put(id: string | undefined, reply: CommandResponse): string {
    const key = id ?? `${this.epoch}-${++this.seq}`;
    this.posts.delete(key);
    this.posts.set(key, { id: key, rev: ++this.rev, reply });
    while (this.posts.size > FEED_KEEP) this.posts.delete(this.posts.keys().next().value!);
    return key;
  }

  has(id: string): boolean {
    return this.posts.has(id);
  }

  since(after: number): FeedResponse {
    const posts = [...this.posts.values()].filter((p) => p.rev > after).sort((a, b) => a.rev - b.rev);
    return { ok: true, epoch: this.epoch, rev: this.rev, posts };
  }
}

/** Posts the feed keeps for pages that poll now and then. */
const FEED_KEEP = 50;

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

/** Uploads read at once by default (`LOCAL_MAX_UPLOADS`). */
export const DEFAULT_MAX_UPLOADS = 4;

/** What a form may carry besides its files (the text, user, part headers), and the most one field may hold. */
const FORM_EXTRA_BYTES = 64 * 1024;

/** Seconds a refused upload is told to wait when every upload slot is taken (an upload takes about a second). */
const UPLOAD_RETRY_SECONDS = 2;

/** The page sends its token in this header; scripts name themselves in the other. */
export const TOKEN_HEADER = 'x-hadamard-token';
export const CLIENT_HEADER = 'x-hadamard-client';

/** A script's name in `X-Hadamard-Client` (`cli`, `soak-bench`). */
const CLIENT_NAME = /^[A-Za-z0-9._-]{1,40}$/;

/** What the page's meta tag looks like in index.html before the token is put in. */
const TOKEN_META = '<meta name="hadamard-token" content="" />';

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

/**
 * Where index.html takes the page's own words (`page.*` of the catalogue, per language): JSON in a meta tag's content,
 * HTML-escaped (the page has no inline script of any kind, data blocks included).
 */
const MESSAGES_META = '<meta name="hadamard-messages" content="" />';

/**
 * The page's interface words in each language it offers, and the pseudo-locale `qps` (the tests'), as
 * `{ "es": { "page.send": "Enviar", … }, … }`. The page fills `{name}` itself: each message is formatted here with its
 * placeholders given back as `{name}`, so what it gets is plain text with simple slots, ICU escapes resolved.
 */
export function pageMessages(): Record<string, Record<string, string>> {
  // The API's own errors (`page.api.*`) are written by the server, in each request's language: not the page's words.
  const keys = (Object.keys(englishMessages) as (keyof typeof englishMessages)[]).filter(
    (k) => k.startsWith('page.') && !k.startsWith('page.api.'),
  );
  const out: Record<string, Record<string, string>> = {};
  for (const locale of [...LOCALES, 'qps'] as Locale[]) {
    const tr = translator(locale);
    const messages: Record<string, string> = {};
    for (const key of keys) {
      const slots = Object.fromEntries(
        [...englishMessages[key].matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `{${m[1]}}`]),
      );
      messages[key] = tr(key, slots);
    }
    out[locale] = messages;
  }
  return out;
}

/** The static files, the page with this process's token in its meta tag and its words in every language. */
function loadStatic(token: string): Map<string, StaticFile> {
  const dir = publicDir();
  const files = new Map<string, StaticFile>();
  for (const [route, [file, type]] of Object.entries(STATIC_FILES)) {
    let body = readFileSync(dir + file);
    if (file === 'index.html') {
      const html = body.toString('utf8');
      if (!html.includes(TOKEN_META)) throw new Error(`local page: index.html lacks ${TOKEN_META}`);
      if (!html.includes(MESSAGES_META)) throw new Error(`local page: index.html lacks ${MESSAGES_META}`);
      const messages = JSON.stringify(pageMessages())
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      body = Buffer.from(
        html
          .replace(TOKEN_META, TOKEN_META.replace('content=""', `content="${token}"`))
          .replace(MESSAGES_META, () => MESSAGES_META.replace('content=""', `content="${messages}"`)),
      );
    }
    files.set(route, { body, type });
  }
  return files;
}

/** The catalogue as the page needs it: one entry per verb. */
function catalogueJson(): string {
  return JSON.stringify({
    verbs: CATALOGUE.map((s) => ({
      verb: s.verb,
      description: s.description,
      // The description in each language the page offers (the chips' titles follow the page's language).
      descriptions: Object.fromEntries(
        [...LOCALES, 'qps' as const].map((l) => [l, withLocale(l, () => describeVerb(s))]),
      ),
      usage: s.usage,
      examples: s.examples,
    })),
  });
}

/** Width and height from a PNG's IHDR chunk; zeros if the buffer is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const sig = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== sig) return { width: 0, height: 0 };
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The language of a request's API words: its body's `locale`, else its Accept-Language, else English. */
function requestLocale(req: IncomingMessage, asked?: string): Locale {
  return resolveLocale(asked) ?? acceptLocale(req.headers['accept-language']) ?? 'en';
}

/** Words of an API error or hint, written in the request's language. */
type Words = (tr: Translate) => string;

/** An API error: its message and hint are written in the language of the request that gets it (`words`). */
class HttpError extends Error {
  /** The request's own language, once its body named one (else the page's Accept-Language applies). */
  locale?: Locale;

  constructor(
    readonly status: number,
    readonly code: string,
    private readonly messageWords: Words,
    private readonly hintWords: Words = () => '',
    readonly headers: Record<string, string> = {},
  ) {
    super(messageWords(translator('en')));
  }

  /** Message and hint in `locale`. */
  words(locale: Locale): { message: string; hint: string } {
    const tr = translator(locale);
    return { message: this.messageWords(tr), hint: this.hintWords(tr) };
  }
}

/** "e.g. {…}" around an example (the example is syntax: the same in every language). */
const eg =
  (example: string): Words =>
  (tr) =>
    tr('page.api.eg', { example });
/** "Send {…}." around an example. */
const sendThis =
  (example: string): Words =>
  (tr) =>
    tr('page.api.send', { example });

/**
 * The language of the page's API errors: the request's `locale` when its body named one, else the first language of
 * Accept-Language that the bot speaks (the pseudo-locale `qps` too, for tests), else English.
 */
export function acceptLocale(header: string | string[] | undefined): Locale | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return undefined;
  const tags = value
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((x) => /^\s*q=([\d.]+)\s*$/.exec(x)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of tags) {
    const locale = resolveLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}

const SEED = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';

function outcomeResponse(
  outcome: Outcome,
  figures: FigureStore,
  asked: Locale = 'en',
): { status: number; body: CommandResponse; headers?: Record<string, string> } {
  const tr = translator(outcome.locale ?? asked);
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
            hint: tr('page.api.retryHint', { seconds: String(outcome.retryAfterSeconds) }),
          },
        },
      };
    case 'closing':
      return {
        status: 503,
        headers: { 'Retry-After': '60' },
        body: {
          ok: false,
          error: { code: 'closing', message: outcome.message, hint: tr('page.api.closingHint') },
        },
      };
    case 'fault':
      return {
        status: 500,
        body: {
          ok: false,
          error: {
            code: 'internal',
            message: outcome.message,
            hint: tr('page.api.faultHint', { id: outcome.id }),
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

/** What a command request carries, from JSON or from a form (a `client` field, once the page's id, is ignored). */
interface CommandBody {
  text: string;
  /** Display name for the study-group verbs: it names the person inside the playground, never a rate-limit bucket. */
  user?: unknown;
  attachments: Attachment[];
  /** How the asker will see the figures (the page's look and column width). */
  view: FigureView;
  /** The page's language (its selector, else the browser's), as a tag: `es`, `pt-BR`, `fr`, `de`, `en`. */
  locale?: string;
}

/** A request's `locale` (JSON or form): one of the languages the bot speaks, or absent. */
export function readLocale(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const known = typeof value === 'string' ? resolveLocale(value) : undefined;
  if (!known || known === 'qps')
    throw new HttpError(
      400,
      'bad_request',
      (tr) => tr('page.api.badLocale', { locales: LOCALES.join(', '), value: JSON.stringify(value).slice(0, 40) }),
      eg('{"text": "explain schur", "locale": "es"}'),
    );
  return known;
}

/** The widest `width` taken (px); a wider column gets the full card anyway. */
const MAX_VIEW_WIDTH = 10_000;

/**
 * `theme` and `width` of a request (JSON values, or a form's strings): how the figures will be shown. Absent, the
 * channel's settings and the full-width card apply. The page's own look wins over the channel's `theme` setting
 * for what the page shows (notes/local.md); a script that sends neither gets the channel's.
 */
export function readView(theme: unknown, width: unknown): FigureView {
  const view: FigureView = {};
  if (theme !== undefined && theme !== '') {
    if (theme !== 'light' && theme !== 'dark')
      throw new HttpError(
        400,
        'bad_request',
        (tr) => tr('page.api.badTheme', { value: JSON.stringify(theme).slice(0, 40) }),
        eg(`{"text": "${SEED}", "theme": "dark"}`),
      );
    view.theme = theme;
  }
  if (width !== undefined && width !== '') {
    const px = typeof width === 'string' && /^\d{1,6}$/.test(width.trim()) ? Number(width) : width;
    if (typeof px !== 'number' || !Number.isInteger(px) || px < 1 || px > MAX_VIEW_WIDTH)
      throw new HttpError(
        400,
        'bad_request',
        (tr) => tr('page.api.badWidth', { max: String(MAX_VIEW_WIDTH), value: JSON.stringify(width).slice(0, 40) }),
        (tr) => tr('page.api.badWidthHint', { example: `{"text": "${SEED}", "width": 376}` }),
      );
    view.figureWidth = px;
  }
  return view;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(limit: number, form: boolean): HttpError {
  return form
    ? new HttpError(
        413,
        'body_too_large',
        (tr) => tr('page.api.formTooLarge', { size: mb(limit) }),
        (tr) =>
          tr('page.api.formTooLargeHint', {
            max: MAX_ATTACHMENTS,
            size: mb((limit - FORM_EXTRA_BYTES) / MAX_ATTACHMENTS),
          }),
      )
    : new HttpError(
        413,
        'body_too_large',
        (tr) => tr('page.api.bodyTooLarge', { limit: String(limit) }),
        (tr) => tr('page.api.bodyTooLargeHint', { shape: '{"text": "…"}', example: `{"text": "${SEED}"}` }),
      );
}

function readJson(raw: Buffer): CommandBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad_json', (tr) => tr('page.api.badJson'), sendThis(`{"text": "${SEED}"}`));
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof text !== 'string')
    throw new HttpError(400, 'bad_request', (tr) => tr('page.api.notObject'), sendThis(`{"text": "${SEED}"}`));
  const { user, theme, width, locale } = parsed as {
    user?: unknown;
    theme?: unknown;
    width?: unknown;
    locale?: unknown;
  };
  const asked = readLocale(locale);
  return { text, user, attachments: [], view: withErrorLocale(asked, () => readView(theme, width)), locale: asked };
}

/** Runs `read`; an HttpError it throws is written in `locale` (the request's, already read). */
function withErrorLocale<T>(locale: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof HttpError && locale) err.locale = resolveLocale(locale);
    throw err;
  }
}

const CURL_FORM = `curl -H 'X-Hadamard-Client: cli' -F 'text=psd @1' -F file=@cov.csv http://127.0.0.1:3000/api/command`;

function badForm(): HttpError {
  return new HttpError(400, 'bad_form', (tr) => tr('page.api.badForm'), eg(CURL_FORM));
}

/**
 * A multipart form, parsed as it streams in: `text`, optional `user`, and up to two `file` parts. Each file is cut at
 * `maxFile` (413 naming it, while the client may still be sending) and the whole body at `maxBody`, so this never
 * holds more than the files it returns. On a refusal the rest of the body is thrown away unread (`discardBody`).
 */
function readForm(req: IncomingMessage, contentType: string, maxFile: number, maxBody: number): Promise<CommandBody> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let parser: InstanceType<typeof Busboy>;
    try {
      parser = new Busboy({
        headers: { ...req.headers, 'content-type': contentType },
        limits: {
          files: MAX_ATTACHMENTS,
          fileSize: maxFile,
          fields: 8,
          fieldSize: FORM_EXTRA_BYTES,
          parts: MAX_ATTACHMENTS + 8,
          headerPairs: 16,
        },
      });
    } catch {
      discardBody(req);
      return reject(badForm());
    }
    const files: { name: string; type: string; chunks: Buffer[]; size: number; done: boolean }[] = [];
    const fields = new Map<string, string>();
    let received = 0;
    const fail = (err: HttpError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.off('data', count);
      for (const f of files) f.chunks.length = 0;
      discardBody(req);
      reject(err);
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBody) fail(tooLarge(maxBody, true));
    };
    req.on('data', count);
    req.on('aborted', () =>
      fail(
        new HttpError(
          400,
          'incomplete',
          (tr) => tr('page.api.incomplete'),
          (tr) => tr('page.api.incompleteHint'),
        ),
      ),
    );
    req.on('error', () => fail(badForm()));
    parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
      if (valueTruncated)
        return fail(
          new HttpError(
            413,
            'body_too_large',
            (tr) => tr('page.api.fieldTooLarge', { name: name.slice(0, 40) }),
            eg(CURL_FORM),
          ),
        );
      if (name === 'file')
        return fail(new HttpError(400, 'bad_request', (tr) => tr('page.api.fileField'), sendThis('-F file=@cov.csv')));
      if (!fields.has(name)) fields.set(name, value);
    });
    parser.on('file', (field, stream, filename, _encoding, mimeType) => {
      stream.on('error', () => fail(badForm()));
      if (field !== 'file') {
        stream.resume();
        if (field === 'text')
          fail(new HttpError(400, 'bad_request', (tr) => tr('page.api.textFile'), sendThis('-F "text=psd @1"')));
        return;
      }
      const name = (filename || `file${files.length + 1}`).slice(0, 200);
      const file = { name, type: mimeType, chunks: [] as Buffer[], size: 0, done: false };
      files.push(file);
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        file.chunks.push(chunk);
        file.size += chunk.length;
      });
      stream.on('limit', () =>
        fail(
          new HttpError(
            413,
            'file_too_large',
            (tr) => tr('page.api.fileTooLarge', { name, size: mb(maxFile) }),
            (tr) => tr('err.file.tooLargeHint', { side: '256', image: '1024' }),
          ),
        ),
      );
      stream.on('end', () => (file.done = true));
    });
    parser.on('filesLimit', () =>
      fail(
        new HttpError(
          400,
          'too_many_files',
          (tr) => tr('page.api.tooManyFiles', { max: MAX_ATTACHMENTS }),
          (tr) => tr('page.api.tooManyFilesHint'),
        ),
      ),
    );
    parser.on('partsLimit', () => fail(badForm()));
    parser.on('fieldsLimit', () => fail(badForm()));
    parser.on('error', () => fail(badForm()));
    parser.on('finish', () => {
      if (settled) return;
      if (files.some((f) => !f.done)) return fail(badForm());
      settled = true;
      req.off('data', count);
      // Each file once, exactly sized (its chunks are let go as it is copied).
      const attachments: Attachment[] = files.map((f) => {
        const bytes = new Uint8Array(f.size);
        let at = 0;
        for (const c of f.chunks.splice(0)) {
          bytes.set(c, at);
          at += c.length;
        }
        return { name: f.name, bytes, contentType: f.type || undefined };
      });
      const text = fields.get('text') ?? '';
      if (text.trim() === '' && attachments.length === 0)
        return reject(
          new HttpError(
            400,
            'bad_request',
            (tr) => tr('page.api.noText'),
            sendThis('-F "text=psd @1" -F file=@cov.csv'),
          ),
        );
      let view: FigureView;
      let locale: string | undefined;
      try {
        locale = readLocale(fields.get('locale'));
        const asked = locale;
        view = withErrorLocale(asked, () => readView(fields.get('theme'), fields.get('width')));
      } catch (err) {
        return reject(err as Error);
      }
      resolve({ text, user: fields.get('user'), attachments, view, locale });
    });
    req.pipe(parser);
  });
}

/** Builds the request handler (exported for tests that bring their own server). */
export function createLocalHandler(
  ctx: AdapterContext,
  options: LocalServerOptions = {},
  figures = new FigureStore(options.figureCapacity, options.figureBytes),
): (req: IncomingMessage, res: ServerResponse) => void {
  // The page token: random per process, in the page's meta tag and at GET /api/session (same-origin only).
  const token = randomBytes(24).toString('base64url');
  const statics = loadStatic(token);
  const catalogue = catalogueJson();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxFile = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  // Two files and the form's other fields (text, user, part headers).
  const maxUpload = MAX_ATTACHMENTS * maxFile + FORM_EXTRA_BYTES;
  const maxUploads = options.maxUploads ?? ctx.config.localMaxUploads ?? DEFAULT_MAX_UPLOADS;
  /** Uploads accepted and not yet answered (their files may be in memory until then). */
  let uploads = 0;
  const trustProxy = options.trustProxy ?? ctx.config.trustProxy ?? NO_PROXY;
  const loopbackOnly = isLoopback(options.host ?? ctx.config.host);
  // Scheduled runs and pinned boards of the playground's channel go to its feed, which the page polls.
  const feed = new ChannelFeed();
  const feedReply = (reply: GroupReply): CommandResponse =>
    outcomeResponse({ kind: 'answer', answer: reply.answer, ...(reply.quiz ? { quiz: reply.quiz } : {}) }, figures)
      .body;
  ctx.groups?.registerPoster({
    platform: LOCAL_SCOPE.platform,
    post: async (_scope, reply) => feed.put(undefined, feedReply(reply)),
    edit: async (_scope, ref, reply) => feed.has(ref) && feed.put(ref, feedReply(reply)) === ref,
  });

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
        (tr) => tr('page.api.method', { method: String(req.method) }),
        (tr) =>
          allowed.length === 1
            ? tr('page.api.methodHint', { method: allowed[0] })
            : tr('page.api.methodsHint', { first: allowed[0], second: allowed[1] }),
        {
          Allow: allowed.join(', '),
        },
      );
  }

  /**
   * A command must come from the page or from a script, never from a page elsewhere: the page's token, or a script's
   * name, each in a header that a cross-site form cannot set (and a cross-site script only after a CORS preflight,
   * which is never granted). `checkSameSite` has already looked at Origin and Sec-Fetch-Site.
   */
  function requirePageOrScript(req: IncomingMessage): void {
    const sent = req.headers[TOKEN_HEADER];
    if (typeof sent === 'string') {
      if (sameSecret(sent, token)) return;
      throw new HttpError(
        403,
        'stale_token',
        (tr) => tr('page.api.stale'),
        (tr) => tr('page.api.staleHint'),
      );
    }
    const client = req.headers[CLIENT_HEADER];
    if (typeof client === 'string' && CLIENT_NAME.test(client)) return;
    throw new HttpError(
      403,
      'missing_token',
      (tr) => tr('page.api.noToken'),
      eg(
        `curl -H 'X-Hadamard-Client: cli' -H 'Content-Type: application/json' -d '{"text": "${SEED}"}' http://127.0.0.1:3000/api/command`,
      ),
    );
  }

  function busy(retryAfterSeconds: number, message: Words): HttpError {
    return new HttpError(
      429,
      'busy',
      message,
      (tr) => tr('page.api.retryHint', { seconds: String(retryAfterSeconds) }),
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }

  async function command(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requireMethod(req, ['POST']);
    requirePageOrScript(req);
    const contentType = req.headers['content-type'] ?? '';
    const type = contentType.split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && type !== 'multipart/form-data')
      throw new HttpError(
        415,
        'unsupported_media_type',
        (tr) => tr('page.api.mediaType'),
        eg(`curl -H 'X-Hadamard-Client: cli' -H 'Content-Type: application/json' -d '{"text": "${SEED}"}'`),
      );
    if (type === 'multipart/form-data') return upload(req, res, contentType);
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBody);
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw tooLarge(maxBody, false);
      throw err;
    }
    const asked = readJson(raw);
    const outcome = await ctx.dispatcher.handle({
      platform: 'local',
      userId: rateKey(clientAddress(req, trustProxy)),
      text: asked.text,
      // One page, one study group: the playground's channel, and the person at the keyboard may change settings.
      who: {
        ...LOCAL_SCOPE,
        user: userOf(asked.user),
        canManage: async () => true,
        view: asked.view,
        buttons: true,
        ...(asked.locale ? { locale: { user: asked.locale } } : {}),
      },
    });
    const { status, body, headers } = outcomeResponse(outcome, figures, requestLocale(req, asked.locale));
    sendJson(res, status, body, headers);
  }

  /**
   * A command with files. Before a byte of the body is read: its declared size, the upload slots, the engine queue,
   * then (in the dispatcher) the rate limit; the form is read only in the dispatcher's `prepare`, which runs once the
   * rate limit let it through. A refused upload's body is thrown away unread.
   */
  async function upload(req: IncomingMessage, res: ServerResponse, contentType: string): Promise<void> {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxUpload) {
      discardBody(req);
      throw tooLarge(maxUpload, true);
    }
    if (uploads >= maxUploads) {
      discardBody(req);
      ctx.dispatcher.countShed('local');
      throw busy(UPLOAD_RETRY_SECONDS, (tr) =>
        tr('page.api.uploadsBusy', { n: uploads, seconds: String(UPLOAD_RETRY_SECONDS) }),
      );
    }
    const wait = ctx.dispatcher.engineBusy();
    if (wait > 0) {
      discardBody(req);
      ctx.dispatcher.countShed('local');
      throw busy(wait, (tr) => tr('notice.busy', { seconds: String(wait) }));
    }
    uploads++;
    let refused: HttpError | undefined;
    let user = 'you';
    let view: FigureView = {};
    let locale: string | undefined;
    try {
      const outcome = await ctx.dispatcher.handle({
        platform: 'local',
        userId: rateKey(clientAddress(req, trustProxy)),
        // The files read below are this request's own copies: the engine pool moves them to its worker.
        ownsAttachments: true,
        prepare: async () => {
          try {
            const asked = await readForm(req, contentType, maxFile, maxUpload);
            user = userOf(asked.user);
            view = asked.view;
            locale = asked.locale;
            return unwrap(parseCommand(asked.text, { attachments: asked.attachments, locale }));
          } catch (err) {
            if (!(err instanceof HttpError)) throw err;
            // Answered below as an HTTP error; the dispatcher logs it as a user error (a bad or oversized file).
            refused = err;
            return {
              ok: false,
              code: err.status === 413 ? 'too_large' : 'bad_file',
              ...err.words(err.locale ?? requestLocale(req)),
            };
          }
        },
        // `user` and `view` are read from the form, which the dispatcher reads (prepare) before it looks at who asks.
        who: {
          ...LOCAL_SCOPE,
          get user() {
            return user;
          },
          get view() {
            return view;
          },
          get locale() {
            return locale ? { user: locale } : undefined;
          },
          canManage: async () => true,
        },
      });
      if (refused) throw refused;
      const { status, body, headers } = outcomeResponse(outcome, figures, requestLocale(req, locale));
      sendJson(res, status, body, headers);
    } finally {
      uploads--;
      // Refused before reading (rate-limited, closing): the body is thrown away unread.
      discardBody(req);
    }
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
        (tr) => tr('page.api.wrongHost'),
        (tr) => tr('page.api.wrongHostHint'),
      );
    if (!SAFE_METHODS.has(req.method ?? '')) checkSameSite(req);
    if (path === '/api/command') return command(req, res);
    if (path === '/api/session') {
      requireMethod(req, ['GET', 'HEAD']);
      checkSameSite(req);
      return send(
        res,
        200,
        'application/json; charset=utf-8',
        JSON.stringify({ token }),
        { 'Cache-Control': 'no-store' },
        head,
      );
    }
    if (path === '/api/feed') {
      requireMethod(req, ['GET']);
      const after = Number(new URL(req.url ?? '/', 'http://local').searchParams.get('after') ?? 0);
      return sendJson(res, 200, feed.since(Number.isSafeInteger(after) && after >= 0 ? after : 0));
    }
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
          (tr) => tr('page.api.figureGone'),
          (tr) => tr('page.api.figureGoneHint'),
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
      // The page carries the token: not kept in any cache; the rest is revalidated.
      const cache = file.type.startsWith('text/html') ? 'no-store' : 'no-cache';
      return send(res, 200, file.type, file.body, { 'Cache-Control': cache }, head);
    }
    throw new HttpError(
      404,
      'not_found',
      (tr) => tr('page.api.notFound', { path }),
      (tr) => tr('page.api.notFoundHint'),
    );
  }

  return (req, res) => {
    const work = route(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Whatever of the body was not read is thrown away, at most DRAIN_BYTES of it, never held.
      discardBody(req);
      if (err instanceof HttpError) {
        const { message, hint } = err.words(err.locale ?? requestLocale(req));
        sendJson(res, err.status, { ok: false, error: { code: err.code, message, hint } }, err.headers);
        return;
      }
      const id = randomBytes(4).toString('hex');
      ctx.logger.error({ err, errorId: id, platform: 'local' }, 'local page request failed');
      sendJson(res, 500, {
        ok: false,
        error: { code: 'internal', message: translator(requestLocale(req))('page.api.internal', { id }), hint: '' },
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

/** Methods that change nothing here; every other one goes through `checkSameSite`. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses (403) a request a browser marks as coming from elsewhere: an `Origin` that is not this server's (`null`
 * included: sandboxed frames, `data:` pages, some redirects send it), or a `Sec-Fetch-Site` other than `same-origin`
 * and `none` (typed by the user). Scripts send neither header and pass; they still need `requirePageOrScript`.
 */
function checkSameSite(req: IncomingMessage): void {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined && !sameOrigin(origin, req.headers.host))
    throw new HttpError(
      403,
      'cross_origin',
      (tr) => tr('page.api.crossSite'),
      (tr) => tr('page.api.crossSiteHint'),
    );
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new HttpError(
      403,
      'cross_site',
      (tr) => tr('page.api.crossSite'),
      (tr) => tr('page.api.crossSiteHint'),
    );
}

/** Whether `Origin` names this very server (scheme aside: a TLS proxy in front changes it): never `null`. */
function sameOrigin(origin: string, host: string | undefined): boolean {
  if (origin === 'null' || host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** Constant-time comparison of a sent token with ours. */
function sameSecret(sent: string, ours: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(ours);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A parse result as the dispatcher's `prepare` returns it: the command, or the error value. */
function unwrap(parsed: ReturnType<typeof parseCommand>): Command | EngineError {
  return parsed.ok ? parsed.value : parsed;
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
