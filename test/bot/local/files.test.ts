/**
 * Files on the local page's API: multipart POST /api/command with CSV, TSV, JSON, PNG attachments (`@1`, `@2`), and
 * what is checked before an upload's body is read (declared size, the concurrent-upload cap, the rate limit, the
 * engine queue) or while it streams in (each file's size): those answers arrive while the client is still sending.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { parseCommand, run } from '../../../src/engine/index.js';
import { Dispatcher, type Request } from '../../../src/bot/runtime/dispatch.js';
import type { AdapterContext } from '../../../src/bot/adapter.js';
import type { CommandResponse, LocalServerOptions } from '../../../src/bot/local/server.js';
import { startServer, makeContext, SCRIPT_HEADERS, TINY_PNG } from './fixtures.js';

interface Part {
  name: string;
  bytes: Buffer | string;
  type?: string;
}

async function postForm(url: string, text: string | undefined, files: Part[]) {
  const form = new FormData();
  if (text !== undefined) form.set('text', text);
  for (const f of files)
    form.append(
      'file',
      new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)], { type: f.type ?? '' }),
      f.name,
    );
  const res = await fetch(url + '/api/command', { method: 'POST', headers: SCRIPT_HEADERS, body: form });
  return { res, json: (await res.json()) as CommandResponse };
}

async function withServer(
  fn: (url: string) => Promise<void>,
  options: LocalServerOptions = {},
  ctx: AdapterContext = makeContext(),
) {
  const s = await startServer(ctx, options);
  try {
    await fn(s.url);
  } finally {
    await s.close();
  }
}

const A_CSV = '1,2\n3,4\n';
const B_TSV = '5\t6\n7\t8\n';

/** What the engine answers for the same files, directly (the reference the endpoint must match). */
async function direct(text: string, files: Part[]) {
  const attachments = files.map((f) => ({
    name: f.name,
    bytes: new Uint8Array(Buffer.from(f.bytes)),
    contentType: f.type,
  }));
  const parsed = parseCommand(text, { attachments });
  assert.ok(parsed.ok);
  return run(parsed.value, { figures: false });
}

test('a CSV with "psd @1" is the psd of that file', async () => {
  await withServer(async (url) => {
    const files = [{ name: 'cov.csv', bytes: '2,1\n1,2\n', type: 'text/csv' }];
    const { res, json } = await postForm(url, 'psd @1', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    assert.equal(json.verb, 'psd');
    const expected = await direct('psd @1', files);
    assert.ok(expected.ok);
    if (expected.ok) assert.equal(json.title, expected.title);
    assert.match(json.text, /cov\.csv/, 'the answer names the file');
  });
});

test('two files and no text: the files are the operands, in order (a CSV and a TSV)', async () => {
  await withServer(async (url) => {
    const files = [
      { name: 'a.csv', bytes: A_CSV, type: 'text/csv' },
      { name: 'b.tsv', bytes: B_TSV, type: 'text/tab-separated-values' },
    ];
    const { res, json } = await postForm(url, '', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    assert.equal(json.verb, 'product');
    // 1·5, 2·6, 3·7, 4·8, exactly.
    assert.match(json.text, /\b5\b[\s\S]*\b12\b[\s\S]*\b21\b[\s\S]*\b32\b/);
    assert.ok(json.figures.length >= 1, 'with its figure');
    const fig = await fetch(url + json.figures[0].url);
    assert.equal(fig.status, 200);
  });
});

test('a PNG is a matrix of gray levels: "@1 @1" squares it entrywise', async () => {
  await withServer(async (url) => {
    const files = [{ name: 'tiny.png', bytes: TINY_PNG, type: 'image/png' }];
    const { res, json } = await postForm(url, '@1 @1', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    const expected = await direct('@1 @1', files);
    assert.ok(expected.ok);
    if (expected.ok) {
      assert.equal(json.title, expected.title);
      assert.deepEqual(json.data.shape, expected.data.shape);
    }
  });
});

test('@2 with one file, and a file that is no matrix, are friendly errors (200, ok: false)', async () => {
  await withServer(async (url) => {
    const missing = await postForm(url, '@1 @2', [{ name: 'a.csv', bytes: A_CSV }]);
    assert.equal(missing.res.status, 200);
    assert.equal(missing.json.ok, false);
    if (!missing.json.ok) assert.equal(missing.json.error.code, 'missing_attachment');
    const ragged = await postForm(url, 'psd @1', [{ name: 'ragged.csv', bytes: '1,2\n3\n' }]);
    assert.equal(ragged.res.status, 200);
    assert.equal(ragged.json.ok, false);
    if (!ragged.json.ok) assert.match(ragged.json.error.message, /ragged\.csv/);
  });
});

test('sizes are checked before decoding: a file over the limit is 413, a form over the limit too', async () => {
  await withServer(
    async (url) => {
      const big = 'x'.repeat(2048);
      const one = await postForm(url, 'psd @1', [{ name: 'big.csv', bytes: big }]);
      assert.equal(one.res.status, 413);
      assert.equal(one.json.ok, false);
      if (!one.json.ok) {
        assert.equal(one.json.error.code, 'file_too_large');
        assert.match(one.json.error.message, /big\.csv/);
      }
      // Past two files' worth (and the form's 64 KB allowance), the body is not even read to the end.
      const huge = await postForm(url, '@1 @2', [
        { name: 'a.csv', bytes: 'y'.repeat(80 * 1024) },
        { name: 'b.csv', bytes: 'z'.repeat(80 * 1024) },
      ]);
      assert.equal(huge.res.status, 413);
      if (!huge.json.ok) assert.equal(huge.json.error.code, 'body_too_large');
    },
    { maxFileBytes: 1024 },
  );
});

test('three files are refused; a form with neither text nor file is a 400', async () => {
  await withServer(async (url) => {
    const three = await postForm(url, '@1 @2', [
      { name: 'a.csv', bytes: A_CSV },
      { name: 'b.csv', bytes: A_CSV },
      { name: 'c.csv', bytes: A_CSV },
    ]);
    assert.equal(three.res.status, 400);
    if (!three.json.ok) assert.equal(three.json.error.code, 'too_many_files');
    const nothing = await postForm(url, undefined, []);
    assert.equal(nothing.res.status, 400);
  });
});

const BOUNDARY = 'hadamard-test-boundary';

/** The start of a form with a text field and one file part, up to the file's first byte. */
function formHead(text: string, fileName: string): string {
  return (
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="text"\r\n\r\n${text}\r\n` +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
    'Content-Type: text/csv\r\n\r\n'
  );
}
const FORM_TAIL = `\r\n--${BOUNDARY}--\r\n`;

interface Answered {
  status: number;
  headers: IncomingHttpHeaders;
  json: CommandResponse;
}

/**
 * An upload sent by hand: the head of the form goes at once, the rest only when the test says (`finish`). `answered`
 * resolves with the server's answer whenever it comes; `sending` is true while the client has not finished its body,
 * so an answer that arrives with `sending` still true was given before the body was read.
 */
function upload(url: string, options: { text?: string; declared?: number } = {}) {
  const head = formHead(options.text ?? 'psd @1', 'cov.csv');
  const headers: Record<string, string> = {
    'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
    ...SCRIPT_HEADERS,
    ...(options.declared !== undefined ? { 'Content-Length': String(options.declared) } : {}),
  };
  const state = { sending: true };
  const req = request(url + '/api/command', { method: 'POST', headers });
  const answered = new Promise<Answered & { whileSending: boolean }>((resolve, reject) => {
    req.on('response', (res) => {
      const whileSending = state.sending;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(body), whileSending }),
      );
    });
    req.on('error', reject);
  });
  req.write(head);
  // A server that waited for the body would never answer a half-sent form: fail then, rather than hang.
  let timer: NodeJS.Timeout | undefined;
  const bounded = Promise.race([
    answered,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer within 20 s while the form was half sent')), 20_000);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
  bounded.catch(() => undefined);
  return {
    answered: bounded,
    /** More of the file (not the end). */
    write: (bytes: string) => req.write(bytes),
    /** The rest of the form: the file's bytes and the closing boundary. */
    finish(fileBytes = '2,1\n1,2\n') {
      state.sending = false;
      req.end(fileBytes + FORM_TAIL);
      return bounded;
    },
    abort() {
      state.sending = false;
      req.destroy();
      answered.catch(() => undefined);
    },
  };
}

/** A context whose dispatcher records what reaches it (`seen`), and may report the engine busy. */
function recordingContext(options: { rateLimit?: { count: number; windowSeconds: number }; engineBusy?: number } = {}) {
  const ctx = makeContext(options.rateLimit);
  const seen: Request[] = [];
  class Recording extends Dispatcher {
    override handle(req: Request) {
      seen.push(req);
      return super.handle(req);
    }
    override engineBusy(): number {
      return options.engineBusy ?? 0;
    }
  }
  ctx.dispatcher = new Recording({ logger: ctx.logger, rateLimit: ctx.config.rateLimit });
  return { ctx, seen };
}

/** Waits (bounded) until `cond` holds. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond(), what);
}

test('a declared body over the limit is refused (413) before it is read: the client is still sending', async () => {
  await withServer(
    async (url) => {
      const u = upload(url, { declared: 10 * 1024 * 1024 });
      const got = await u.answered;
      u.abort();
      assert.equal(got.status, 413);
      assert.equal(got.whileSending, true, 'answered before the body was sent');
      assert.ok(!got.json.ok && got.json.error.code === 'body_too_large');
    },
    { maxFileBytes: 1024 },
  );
});

test('a file over its limit, streamed without a length, is refused (413) as it passes the limit', async () => {
  await withServer(
    async (url) => {
      const u = upload(url);
      u.write('1,'.repeat(1024)); // 2 KB of a 1 KB-limited file, and the form not finished
      const got = await u.answered;
      u.abort();
      assert.equal(got.status, 413);
      assert.equal(got.whileSending, true);
      assert.ok(!got.json.ok && got.json.error.code === 'file_too_large');
      if (!got.json.ok) assert.match(got.json.error.message, /cov\.csv/);
    },
    { maxFileBytes: 1024 },
  );
});

test('the concurrent-upload cap holds: one more upload is 429 busy with Retry-After, before it is read', async () => {
  const { ctx, seen } = recordingContext();
  await withServer(
    async (url) => {
      // Two uploads in progress (their forms half sent) take both slots.
      const held = [upload(url), upload(url)];
      await until(() => seen.length === 2, 'both uploads reached the dispatcher');
      const extra = Array.from({ length: 5 }, () => upload(url));
      for (const u of extra) {
        const got = await u.answered;
        u.abort();
        assert.equal(got.status, 429);
        assert.equal(got.whileSending, true, 'refused before its body was read');
        assert.ok(!got.json.ok && got.json.error.code === 'busy');
        const retry = Number(got.headers['retry-after']);
        assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${retry}`);
      }
      assert.equal(seen.length, 2, 'no refused upload reached the dispatcher (nor the rate limit)');
      // The two held ones finish and are answered; then the slots are free again.
      for (const u of held) {
        const got = await u.finish();
        assert.equal(got.status, 200);
        assert.ok(got.json.ok, JSON.stringify(got.json));
      }
      const after = await upload(url).finish();
      assert.equal(after.status, 200);
    },
    { maxUploads: 2 },
    ctx,
  );
});

test('a rate-limited upload is refused (429) before its body is read; the limit counts the address', async () => {
  const { ctx } = recordingContext({ rateLimit: { count: 1, windowSeconds: 600 } });
  await withServer(
    async (url) => {
      assert.equal((await upload(url).finish()).status, 200);
      const u = upload(url);
      const got = await u.answered;
      u.abort();
      assert.equal(got.status, 429);
      assert.equal(got.whileSending, true, 'refused before its body was read');
      assert.ok(!got.json.ok && got.json.error.code === 'rate_limited');
    },
    {},
    ctx,
  );
});

test('with the engine queue long, an upload is 429 busy before it is read; a JSON command still goes through', async () => {
  const { ctx, seen } = recordingContext({ engineBusy: 7 });
  await withServer(
    async (url) => {
      const u = upload(url);
      const got = await u.answered;
      u.abort();
      assert.equal(got.status, 429);
      assert.equal(got.whileSending, true);
      assert.equal(got.headers['retry-after'], '7');
      assert.ok(!got.json.ok && got.json.error.code === 'busy');
      assert.equal(seen.length, 0);
      const res = await fetch(url + '/api/command', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS },
        body: JSON.stringify({ text: '[[1]] [[2]]' }),
      });
      assert.equal(res.status, 200);
      await res.arrayBuffer();
    },
    {},
    ctx,
  );
});

test('a form streamed in pieces is read to the end and answered like one sent at once', async () => {
  await withServer(async (url) => {
    const u = upload(url, { text: '@1 @1' });
    for (const piece of ['1,', '2\n', '3,', '4']) u.write(piece);
    const got = await u.finish('\n');
    assert.equal(got.status, 200);
    assert.ok(got.json.ok, JSON.stringify(got.json));
    if (got.json.ok)
      assert.deepEqual(got.json.data.product, [
        [1, 4],
        [9, 16],
      ]);
  });
});
