// downloadAttachment directly (the wire tests are attachments.test.ts), against a small file host on 127.0.0.1 that
// records what it is asked: the sizes in its messages, the limit itself allowed (stated, declared and read), a body
// in many chunks put together in order, addresses refused before any request, a host's HTTP error and a connection
// that dies mid-file refused with a message naming the option and the file. Written for the survivors of
// `npm run mutation:downloads` (notes/mutation.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { downloadAttachment, type DownloadOptions } from '../../../src/bot/discord/attachments.js';
import type { Attachment, EngineError } from '../../../src/engine/index.js';

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Route>();
const asked: string[] = [];
const server = createServer((req, res) => {
  asked.push(req.url ?? '');
  const route = routes.get(req.url ?? '');
  if (route) route(req, res);
  else res.writeHead(404).end();
});
let host = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Bytes 0, 1, … 250, 0, 1, … (a pattern that shows any chunk out of place). */
const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => i % 251));

/** Serves `body` at `path`: with its Content-Length, or chunked in pieces of `piece` bytes. */
function serve(path: string, body: Buffer, o: { chunked?: boolean; piece?: number } = {}): string {
  routes.set(path, (_req, res) => {
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
  return `http://${host}${path}`;
}

function download(url: string, extra: { size?: number; content_type?: string } = {}, o: Partial<DownloadOptions> = {}) {
  return downloadAttachment('m_file', { filename: 'm.csv', url, ...extra }, { hosts: [host], ...o });
}

function refused(r: Attachment | EngineError): EngineError {
  assert.ok('code' in r, `refused, not downloaded: ${JSON.stringify(r).slice(0, 200)}`);
  assert.equal(r.code, 'bad_file');
  return r;
}

function bytesOf(r: Attachment | EngineError): Buffer {
  assert.ok(!('code' in r), `downloaded: ${JSON.stringify(r)}`);
  return Buffer.from(r.bytes);
}

test('sizes in a refusal: KB below a mebibyte, MB from one; nothing is fetched', async () => {
  const url = serve('/sizes.csv', pattern(10));
  const kb = refused(await download(url, { size: 2_000 }, { maxBytes: 1_024 }));
  assert.equal(kb.message, 'm_file (m.csv) is 2 KB; attached files may be at most 1 KB');
  const mb = refused(await download(url, { size: 1024 * 1024 }, { maxBytes: 1_000 }));
  assert.equal(mb.message, 'm_file (m.csv) is 1.0 MB; attached files may be at most 1 KB');
  const under = refused(await download(url, { size: 1024 * 1024 - 1 }, { maxBytes: 1_000 }));
  assert.equal(under.message, 'm_file (m.csv) is 1024 KB; attached files may be at most 1 KB');
  assert.deepEqual(asked, []);
});

test('exactly the limit is allowed: by the stated size, the Content-Length and the bytes read', async () => {
  const body = pattern(64);
  assert.deepEqual(bytesOf(await download(serve('/exact.csv', body), { size: 64 }, { maxBytes: 64 })), body);
  assert.deepEqual(
    bytesOf(await download(serve('/exact-chunked.csv', body, { chunked: true }), {}, { maxBytes: 64 })),
    body,
  );
  // One byte more is refused, by each check.
  const more = pattern(65);
  assert.match(refused(await download(serve('/more.csv', more), { size: 65 }, { maxBytes: 64 })).message, /is 1 KB/);
  assert.match(refused(await download(serve('/more.csv', more), {}, { maxBytes: 64 })).message, /is 1 KB/);
  const chunked = serve('/more-chunked.csv', more, { chunked: true, piece: 8 });
  assert.match(refused(await download(chunked, {}, { maxBytes: 64 })).message, /is 1 KB/);
});

test('a file in many chunks is put together in order, with its content type', async () => {
  const body = pattern(300 * 1024);
  const r = await download(serve('/big.csv', body, { chunked: true, piece: 7_001 }), { content_type: 'text/csv' });
  assert.deepEqual(bytesOf(r), body);
  assert.ok(!('code' in r));
  assert.equal(r.name, 'm.csv');
  assert.equal(r.contentType, 'text/csv');
  const bare = await download(serve('/bare.csv', pattern(3)));
  assert.ok(!('code' in bare) && !('contentType' in bare), 'no content type when none is stated');
});

test('an address that is not a URL, or not http(s), is refused before any request', async () => {
  const before = asked.length;
  assert.equal(refused(await download('not a url')).message, 'm_file (m.csv) has no address I can read');
  assert.match(refused(await download(`ftp://${host}/m.csv`)).message, /is not on Discord's file server/);
  assert.match(refused(await download(`http://localhost:1/m.csv`)).message, /is not on Discord's file server/);
  assert.equal(asked.length, before);
  // https on the allowed host passes the check (this plain-HTTP host then fails the TLS handshake).
  assert.equal(
    refused(await download(`https://${host}/m.csv`)).message,
    'm_file (m.csv) could not be downloaded; please attach it again',
  );
});

test('an HTTP error from the host, or a connection that dies mid-file, is refused naming the file', async () => {
  assert.equal(
    refused(await download(`http://${host}/missing.csv`)).message,
    'm_file (m.csv) could not be downloaded (HTTP 404); please attach it again',
  );
  // A status whose response has no body at all (fetch gives it none to cancel).
  routes.set('/nobody.csv', (_req, res) => res.writeHead(204).end());
  assert.equal(
    refused(await download(`http://${host}/nobody.csv`)).message,
    'm_file (m.csv) could not be downloaded (HTTP 204); please attach it again',
  );
  routes.set('/dies.csv', (req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write(pattern(10));
    // Headers and the first bytes are sent; then the connection is cut before the rest.
    setTimeout(() => req.socket.destroy(), 100);
  });
  assert.equal(
    refused(await download(`http://${host}/dies.csv`)).message,
    'm_file (m.csv) could not be downloaded; please attach it again',
  );
});
