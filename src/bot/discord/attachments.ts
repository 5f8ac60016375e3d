/**
 * Files from Discord's attachment options (`a_file`, `b_file`, `m_file`): downloaded only from Discord's own file
 * hosts (DISCORD_CDN_URL; tests point it at the fake), never from a URL anyone typed; the size checked before
 * downloading (the size the interaction states, then Content-Length) and the download cut at the limit. The engine
 * checks the bytes again and reads them (CSV, TSV, JSON, PNG, JPEG).
 */
import { DEFAULT_LIMITS, engineError, type Attachment, type EngineError } from '../../engine/index.js';

/** What the interaction says about an attachment (`data.resolved.attachments[id]`). */
export interface StatedAttachment {
  filename: string;
  size?: number;
  url: string;
  content_type?: string;
}

export interface DownloadOptions {
  /** Hosts (`host[:port]`) files may come from. */
  hosts: readonly string[];
  /** Largest file read, in bytes (the engine's own limit by default). */
  maxBytes?: number;
  /** Give up on a download after this long. */
  timeoutMs?: number;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Downloads one attachment, or says why not (an error value naming the option and the file; nothing thrown).
 * `option` is the option's name (`a_file`), for the message.
 */
export async function downloadAttachment(
  option: string,
  a: StatedAttachment,
  options: DownloadOptions,
): Promise<Attachment | EngineError> {
  const max = options.maxBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const what = `${option} (${a.filename})`;
  const tooBig = (size: number) =>
    engineError('bad_file', `${what} is ${sizeText(size)}; attached files may be at most ${sizeText(max)}`);
  let url: URL;
  try {
    url = new URL(a.url);
  } catch {
    return engineError('bad_file', `${what} has no address I can read`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !options.hosts.includes(url.host))
    return engineError('bad_file', `${what} is not on Discord's file server, so I do not fetch it`);
  if (typeof a.size === 'number' && a.size > max) return tooBig(a.size);
  let res: Response;
  try {
    // No redirects: a file host that sends us elsewhere is not trusted with it.
    res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
  } catch {
    return engineError('bad_file', `${what} could not be downloaded; please attach it again`);
  }
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => undefined);
    return engineError('bad_file', `${what} could not be downloaded (HTTP ${res.status}); please attach it again`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    return tooBig(declared);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch {
        return engineError('bad_file', `${what} could not be downloaded; please attach it again`);
      }
      if (step.done) break;
      total += step.value.byteLength;
      if (total > max) {
        // Cut at the limit: the rest is never read.
        await reader.cancel().catch(() => undefined);
        return tooBig(total);
      }
      chunks.push(step.value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { name: a.filename, bytes, ...(a.content_type ? { contentType: a.content_type } : {}) };
}
