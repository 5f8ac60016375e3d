// downloadSlackFiles directly (the wire tests are files.test.ts), against a small file host on 127.0.0.1 that records
// every request with its token, or a fetch stand-in: the limit itself allowed (stated, declared and read), errors with
// their codes and hints, at most four files, the names a message uses, deleted and external files never fetched, the
// download deadline (with node:test's mocked timers, no waiting) and its timer cleared after a download. Written for
// the survivors of `npm run mutation:downloads` (notes/mutation.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { downloadSlackFiles, onSlackFileHost, type SlackFile } from '../../../src/bot/slack/files.js';
import type { Attachment, EngineError } from '../../../src/engine/index.js';

const TOKEN = 'xoxb-test-download-token';
type Route = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Route>();
const asked: { url: string; authorization?: string }[] = [];
const server = createServer((req, res) => {
  asked.push({ url: req.url ?? '', authorization: req.headers.authorization });
  const route = routes.get(req.url ?? '');
  if (route) route(req, res);
  else res.writeHead(404).end();
});
let filesUrl = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/files/`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => i % 251));

/** A file served at /files/<name>: with its Content-Length, or chunked in pieces of `piece` bytes. */
function hosted(name: string, body: Buffer, o: { chunked?: boolean; piece?: number } = {}): SlackFile {
  routes.set(`/files/${name}`, (_req, res) => {
    if (!o.chunked) {
      res.writeHead(200, { 'content-length': String(body.length) }).end(body);
      return;
    }
    res.writeHead(200);
    const piece = o.piece ?? 16 * 1024;
    let at = 0;
    const pump = () => {
      if (at >= body.length) return void res.end();
      res.write(body.subarray(at, at + piece));
      at += piece;
      setImmediate(pump);
    };
    pump();
  });
  return { id: `F${name}`, name, size: body.length, mode: 'hosted', url_private_download: `${filesUrl}${name}` };
}

function download(files: SlackFile[], o: { limit?: number; fetchImpl?: typeof fetch } = {}) {
  return downloadSlackFiles(files, { token: TOKEN, filesUrl, ...o });
}

function refused(r: Attachment[] | EngineError, code = 'bad_file'): EngineError {
  assert.ok(!Array.isArray(r), `refused, not downloaded: ${JSON.stringify(r).slice(0, 200)}`);
  assert.equal(r.code, code, r.message);
  return r;
}

function got(r: Attachment[] | EngineError): Attachment[] {
  assert.ok(Array.isArray(r), `downloaded: ${JSON.stringify(r)}`);
  return r;
}

test('exactly the limit is allowed: by the stated size, the Content-Length and the bytes read; one more is too_large', async () => {
  const body = pattern(64);
  const exact = hosted('exact.csv', body);
  assert.deepEqual(Buffer.from(got(await download([exact], { limit: 64 }))[0].bytes), body);
  const chunked = hosted('exact-chunked.csv', body, { chunked: true, piece: 8 });
  assert.deepEqual(Buffer.from(got(await download([{ ...chunked, size: undefined }], { limit: 64 }))[0].bytes), body);
  const more = pattern(65);
  for (const f of [
    hosted('stated.csv', more),
    { ...hosted('declared.csv', more), size: undefined },
    { ...hosted('read.csv', more, { chunked: true, piece: 8 }), size: undefined },
  ]) {
    const e = refused(await download([f], { limit: 64 }), 'too_large');
    assert.match(
      e.message,
      new RegExp(`^${f.name!.replace('.', '\\.')} is .*MB; attached files may be at most 0\\.0 MB$`),
    );
    assert.equal(
      e.hint,
      'Send a smaller file: matrices up to 256×256 (CSV, TSV or JSON), images up to 1024×1024 pixels.',
    );
  }
  assert.ok(!asked.some((a) => a.url === '/files/stated.csv'), 'the stated size refuses before any request');
});

test('a file in many chunks is put together in order, with its type, fetched with the token', async () => {
  const body = pattern(300 * 1024);
  const f = { ...hosted('big.csv', body, { chunked: true, piece: 7_001 }), mimetype: 'text/csv' };
  const [a] = got(await download([f]));
  assert.deepEqual(Buffer.from(a.bytes), body);
  assert.equal(a.name, 'big.csv');
  assert.equal(a.contentType, 'text/csv');
  assert.equal(asked.find((x) => x.url === '/files/big.csv')?.authorization, `Bearer ${TOKEN}`);
  const [bare] = got(await download([hosted('bare.csv', pattern(3))]));
  assert.ok(!('contentType' in bare), 'no content type when the file states none');
});

test('url_private serves when there is no url_private_download', async () => {
  const f = hosted('private.csv', pattern(5));
  const [a] = got(await download([{ ...f, url_private_download: undefined, url_private: f.url_private_download }]));
  assert.deepEqual(Buffer.from(a.bytes), pattern(5));
});

test('at most four files at once; four are fine; five are refused before any request', async () => {
  const four = [1, 2, 3, 4].map((i) => hosted(`four-${i}.csv`, pattern(i)));
  assert.equal(got(await download(four)).length, 4);
  const before = asked.length;
  const five = [...four, hosted('five.csv', pattern(5))];
  assert.equal(refused(await download(five)).message, '5 files came with the message; at most 4 can be used at once');
  assert.equal(asked.length, before);
});

test('deleted and external files, and files without an address, are refused by name and never fetched', async () => {
  const before = asked.length;
  const f = hosted('gone.csv', pattern(2));
  const says = (x: SlackFile) => download([x]).then((r) => refused(r).message);
  const why = 'cannot be downloaded from Slack (it was deleted, or it is an external link)';
  assert.equal(await says({ ...f, mode: 'tombstone' }), `gone.csv ${why}`);
  assert.equal(await says({ ...f, mode: 'external' }), `gone.csv ${why}`);
  assert.equal(await says({ id: 'F1', title: 'Title only', mode: 'hosted' }), `Title only ${why}`);
  assert.equal(await says({ id: 'F2', name: 'n.csv', title: 'Its title', mode: 'tombstone' }), `n.csv ${why}`);
  assert.equal(await says({ id: 'F3', mode: 'tombstone' }), `F3 ${why}`);
  assert.equal(await says({ mode: 'tombstone' }), `a file ${why}`);
  assert.equal(asked.length, before);
});

test('onSlackFileHost: a user name or a password alone in the URL is refused too', () => {
  const host = 'https://files.slack.com/';
  assert.ok(!onSlackFileHost('https://user@files.slack.com/a.csv', host));
  assert.ok(!onSlackFileHost('https://:pw@files.slack.com/a.csv', host));
});

test('a host that cannot be reached, or a connection that dies mid-file: bad_file, try again', async () => {
  const unreachable: typeof fetch = async () => {
    throw new TypeError('fetch failed');
  };
  const f = hosted('down.csv', pattern(4));
  assert.equal(
    refused(await download([f], { fetchImpl: unreachable })).message,
    'down.csv could not be downloaded from Slack; try again',
  );
  routes.set('/files/dies.csv', (req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write(pattern(10));
    setTimeout(() => req.socket.destroy(), 100);
  });
  const dies = { ...hosted('x.csv', pattern(1)), name: 'dies.csv', url_private_download: `${filesUrl}dies.csv` };
  assert.equal(refused(await download([dies])).message, 'dies.csv could not be downloaded from Slack; try again');
});

test('an HTTP error, even one without a body, is refused with its status', async () => {
  const nobody: typeof fetch = async () => new Response(null, { status: 204 });
  const f = hosted('nobody.csv', pattern(1));
  assert.equal(
    refused(await download([f], { fetchImpl: nobody })).message,
    'nobody.csv could not be downloaded from Slack (HTTP 204)',
  );
  const missing = { ...f, name: 'missing.csv', url_private_download: `${filesUrl}missing.csv` };
  assert.equal(refused(await download([missing])).message, 'missing.csv could not be downloaded from Slack (HTTP 404)');
});

test('a 200 without a body is an empty file', async () => {
  const empty: typeof fetch = async () => new Response(null, { status: 200 });
  const [a] = got(await download([hosted('empty.csv', Buffer.alloc(0))], { fetchImpl: empty }));
  assert.equal(a.bytes.length, 0);
});

test('the download deadline: a host that never answers is given up after 20 s (mocked timers: no waiting)', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const signals: AbortSignal[] = [];
  const never: typeof fetch = (_url, init) =>
    new Promise((_resolve, reject) => {
      const signal = init!.signal!;
      signals.push(signal);
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  const pending = download([hosted('stalls.csv', pattern(4))], { fetchImpl: never });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(signals.length, 1);
  t.mock.timers.tick(19_999);
  assert.equal(signals[0].aborted, false, 'not before 20 s');
  t.mock.timers.tick(1);
  assert.equal(signals[0].aborted, true, 'given up at 20 s');
  assert.equal(refused(await pending).message, 'stalls.csv could not be downloaded from Slack; try again');
});

test('after a download its deadline is cleared: nothing aborts it later', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const signals: AbortSignal[] = [];
  const quick: typeof fetch = async (_url, init) => {
    signals.push(init!.signal!);
    return new Response(pattern(3), { status: 200 });
  };
  got(await download([hosted('quick.csv', pattern(3))], { fetchImpl: quick }));
  t.mock.timers.tick(60_000);
  assert.equal(signals[0].aborted, false);
});
