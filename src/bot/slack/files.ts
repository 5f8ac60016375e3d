/**
 * Files shared with the bot on Slack (a mention or a DM with files): downloaded as attachments for the engine (`@1`,
 * `@2`; with no matrix in the text, the files are the operands). Safety first, in this order: only from Slack's own
 * file host (SLACK_FILES_URL; a `url_private` anywhere else is refused and never fetched, so the bot token never leaves
 * for another host), the size the event states, then the response's Content-Length, then the download itself is cut
 * at the limit. Redirects are not followed. Nothing is stored: the bytes live for the one command.
 */
import { DEFAULT_LIMITS, engineError, type Attachment, type EngineError } from '../../engine/index.js';
import { translator, type Locale, type Translate } from '../../engine/i18n/index.js';

/** The fields of a Slack file object (in `message` / `app_mention` events) that matter here. */
export interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  size?: number;
  mimetype?: string;
  mode?: string;
  url_private?: string;
  url_private_download?: string;
}

/** At most this many files per message (the grammar names them `@1` … `@4`). */
export const MAX_SLACK_FILES = 4;
const DOWNLOAD_TIMEOUT_MS = 20_000;

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** `size` undefined: the bytes went past the limit while they were read (their size is not known). */
function tooLarge(tr: Translate, name: string, size: string | undefined, limit: number): EngineError {
  return engineError(
    'too_large',
    size === undefined
      ? tr('notice.fileTooLargeOver', { name, limit: mb(limit) })
      : tr('notice.fileTooLarge', { name, size, limit: mb(limit) }),
    tr('notice.fileTooLargeHint'),
  );
}

function badFile(tr: Translate, message: string): EngineError {
  return engineError('bad_file', message, tr('notice.fileHint'));
}

/** True when `url` is on Slack's file host as configured (same origin, under its path). */
export function onSlackFileHost(url: string, filesUrl: string): boolean {
  let u: URL;
  let base: URL;
  try {
    u = new URL(url);
    base = new URL(filesUrl);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  return u.origin === base.origin && u.pathname.startsWith(base.pathname);
}

/**
 * Downloads the files of one message, in order, with the workspace's bot token. Returns the attachments, or the first
 * file's error (naming it) as an engine error value.
 */
export async function downloadSlackFiles(
  files: SlackFile[],
  o: { token: string; filesUrl: string; limit?: number; fetchImpl?: typeof fetch; locale?: Locale },
): Promise<Attachment[] | EngineError> {
  const limit = o.limit ?? DEFAULT_LIMITS.maxFileBytes;
  const tr = translator(o.locale);
  if (files.length > MAX_SLACK_FILES)
    return badFile(tr, tr('notice.fileTooMany', { count: files.length, max: MAX_SLACK_FILES }));
  const out: Attachment[] = [];
  for (const f of files) {
    const name = f.name || f.title || f.id || tr('notice.fileUnnamed');
    const url = f.url_private_download ?? f.url_private;
    if (f.mode === 'tombstone' || f.mode === 'external' || !url) return badFile(tr, tr('notice.fileGone', { name }));
    if (!onSlackFileHost(url, o.filesUrl)) return badFile(tr, tr('notice.fileNotSlack', { name }));
    // 1. The size the event states.
    if (typeof f.size === 'number' && f.size > limit) return tooLarge(tr, name, mb(f.size), limit);
    const got = await download(tr, url, name, o.token, limit, o.fetchImpl ?? fetch);
    if ('code' in got) return got;
    out.push({ name, bytes: got.bytes, ...(f.mimetype ? { contentType: f.mimetype } : {}) });
  }
  return out;
}

async function download(
  tr: Translate,
  url: string,
  name: string,
  token: string,
  limit: number,
  fetchImpl: typeof fetch,
): Promise<{ bytes: Uint8Array } | EngineError> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
        signal: controller.signal,
      });
    } catch {
      return badFile(tr, tr('notice.fileRetry', { name }));
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      return badFile(tr, tr('notice.fileHttp', { name, status: String(res.status) }));
    }
    // 2. The size the response states.
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      controller.abort();
      return tooLarge(tr, name, mb(declared), limit);
    }
    // 3. The bytes themselves, cut at the limit.
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = res.body?.getReader();
    if (!reader) return { bytes: new Uint8Array() };
    for (;;) {
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        r = await reader.read();
      } catch {
        return badFile(tr, tr('notice.fileRetry', { name }));
      }
      if (r.done) break;
      length += r.value.byteLength;
      if (length > limit) {
        controller.abort();
        await reader.cancel().catch(() => undefined);
        return tooLarge(tr, name, undefined, limit);
      }
      chunks.push(r.value);
    }
    return { bytes: Buffer.concat(chunks, length) };
  } finally {
    clearTimeout(timer);
  }
}
