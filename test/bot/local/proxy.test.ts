/**
 * The local API behind a reverse proxy: who the client is (X-Forwarded-For only with TRUST_PROXY, loopback as one
 * client, nothing the client declares), and oversized chunked bodies answered 413 rather than reset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { loadConfig, ConfigError } from '../../../src/bot/config.js';
import { normaliseAddress, parseTrustProxy, rateKey } from '../../../src/bot/local/request.js';
import type { LocalServerOptions } from '../../../src/bot/local/server.js';
import { Dispatcher } from '../../../src/bot/runtime/dispatch.js';
import { makeContext, SCRIPT_HEADERS, SEED, startServer } from './fixtures.js';

interface Sent {
  status: number;
  body: string;
}

/** POST /api/command with node:http, so the local address and any header can be chosen. */
function post(
  url: string,
  body: object,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(
      url + '/api/command',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...SCRIPT_HEADERS, ...options.headers },
        localAddress: options.localAddress,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Statuses of commands sent one after another. */
async function statuses(url: string, sends: Parameters<typeof post>[2][], body: object = { text: SEED }) {
  const out: number[] = [];
  for (const s of sends) out.push((await post(url, body, s)).status);
  return out;
}

async function withServer(options: LocalServerOptions, fn: (url: string) => Promise<void>, count = 2) {
  const s = await startServer(makeContext({ count, windowSeconds: 600 }), options);
  try {
    await fn(s.url);
  } finally {
    await s.close();
  }
}

test('a chunked body far over the limit gets a 413 with a JSON error, not a connection reset', async () => {
  await withServer({}, async (url) => {
    // 4 MB in 64 KB chunks, well past the 16 KB limit (and past the 1 MB the old reader drained before resetting).
    const got = await new Promise<Sent & { error?: string }>((resolve) => {
      const req = request(
        url + '/api/command',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...SCRIPT_HEADERS },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', (e) => resolve({ status: 0, body: '', error: e.message }));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 64) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    assert.equal(got.error, undefined, `no connection error (${got.error})`);
    assert.equal(got.status, 413);
    const json = JSON.parse(got.body) as { ok: boolean; error: { code: string; hint: string } };
    assert.equal(json.ok, false);
    assert.equal(json.error.code, 'body_too_large');
    assert.ok(json.error.hint.length > 0);
  });
});

test('raw HTTP: a chunked body over the limit reads back a complete 413 response', async () => {
  await withServer({}, async (url) => {
    const { hostname, port } = new URL(url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          'POST /api/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'X-Hadamard-Client: test\r\n' +
            'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
        );
        const part = 'x'.repeat(32 * 1024);
        for (let i = 0; i < 48; i++) socket.write(`${part.length.toString(16)}\r\n${part}\r\n`);
        socket.write('0\r\n\r\n');
      });
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (c: string) => (text += c));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(reply, /^HTTP\/1\.1 413 /);
    const body = reply.slice(reply.indexOf('\r\n\r\n') + 4);
    assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'body_too_large');
  });
});

test('X-Forwarded-For is ignored without TRUST_PROXY: a client cannot invent fresh buckets', async () => {
  await withServer({}, async (url) => {
    const xff = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
    assert.deepEqual(
      await statuses(url, [xff('203.0.113.1'), xff('203.0.113.2'), xff('203.0.113.3')]),
      [200, 200, 429],
    );
  });
});

test('with TRUST_PROXY=1 each forwarded client has its own bucket', async () => {
  await withServer({ trustProxy: parseTrustProxy('1') }, async (url) => {
    const xff = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
    // A spoofed left part is ignored: one proxy means only its own (rightmost) entry is believed.
    const a = (spoof: string) => ({ headers: { 'X-Forwarded-For': `${spoof}, 203.0.113.1` } });
    assert.deepEqual(await statuses(url, [a('10.1.1.1'), a('10.2.2.2'), a('10.3.3.3')]), [200, 200, 429]);
    assert.deepEqual(await statuses(url, [xff('203.0.113.2'), xff('203.0.113.2')]), [200, 200]);
    assert.deepEqual(await statuses(url, [xff('203.0.113.2')]), [429]);
  });
});

test('with TRUST_PROXY=loopback the header is walked while the hop is a trusted proxy', async () => {
  await withServer({ trustProxy: parseTrustProxy('loopback') }, async (url) => {
    // Two proxies on this host: the client is the first address that is not loopback, from the right.
    const via = (ip: string) => ({ headers: { 'X-Forwarded-For': `${ip}, 127.0.0.5` } });
    assert.deepEqual(
      await statuses(url, [via('198.51.100.7'), via('198.51.100.8'), via('198.51.100.7')]),
      [200, 200, 200],
    );
    assert.deepEqual(await statuses(url, [via('198.51.100.7')]), [429]);
  });
});

test('every loopback address is one client: 127.0.0.2 shares 127.0.0.1’s bucket', async () => {
  await withServer({}, async (url) => {
    assert.deepEqual(
      await statuses(url, [
        { localAddress: '127.0.0.1' },
        { localAddress: '127.0.0.2' },
        { localAddress: '127.9.8.7' },
      ]),
      [200, 200, 429],
    );
  });
});

test('a client id in the body is no bucket: rotating it per request gets no fresh limit', async () => {
  await withServer({}, async (url) => {
    // The reproduction: a new id per request used to be a fresh bucket (30 of 30 accepted). Now the address counts.
    const got: number[] = [];
    for (let i = 0; i < 6; i++)
      got.push((await post(url, { text: SEED, client: `rotating-${i}-${'x'.repeat(8)}` })).status);
    assert.deepEqual(got, [200, 200, 429, 429, 429, 429]);
    // A form's `client` field neither: still the same address's bucket.
    const form = new FormData();
    form.set('text', SEED);
    form.set('client', 'another-browser-id');
    form.append('file', new Blob(['1,2\n3,4\n'], { type: 'text/csv' }), 'a.csv');
    const res = await fetch(url + '/api/command', { method: 'POST', headers: SCRIPT_HEADERS, body: form });
    assert.equal(res.status, 429);
    await res.arrayBuffer();
  });
});

test('rotating client ids add no rate-limit rows to the store', async () => {
  const keys = new Set<string>();
  const ctx = makeContext({ count: 100, windowSeconds: 600 });
  ctx.dispatcher = new Dispatcher({
    logger: ctx.logger,
    rateLimit: ctx.config.rateLimit,
    store: {
      hitRateLimit: async (key) => {
        keys.add(key);
        return { allowed: true, remaining: 99, retryAfterMs: 0 };
      },
    },
  });
  const s = await startServer(ctx);
  try {
    for (let i = 0; i < 5; i++)
      assert.equal((await post(s.url, { text: SEED, client: `client-id-${i}-abcdefgh` })).status, 200);
    assert.deepEqual([...keys], ['user:local:loopback'], 'one bucket (one store row) for the address');
  } finally {
    await s.close();
  }
});

test('rate keys: addresses normalised, nothing else', () => {
  assert.equal(normaliseAddress('127.0.0.1'), 'loopback');
  assert.equal(normaliseAddress('::ffff:127.3.2.1'), 'loopback');
  assert.equal(normaliseAddress('::1'), 'loopback');
  assert.equal(normaliseAddress('::ffff:192.0.2.4'), '192.0.2.4');
  assert.equal(normaliseAddress('2001:db8:1:2::1'), normaliseAddress('2001:db8:1:2:ffff::9'));
  assert.notEqual(normaliseAddress('2001:db8:1:2::1'), normaliseAddress('2001:db8:1:3::1'));
  assert.equal(rateKey('192.0.2.4'), '192.0.2.4');
  assert.equal(rateKey('::ffff:127.0.0.9'), 'loopback');
  assert.notEqual(rateKey('192.0.2.4'), rateKey('192.0.2.5'));
});

test('TRUST_PROXY is validated at start-up', () => {
  assert.equal(loadConfig({}).trustProxy?.kind, 'none');
  assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy?.kind, 'none');
  assert.deepEqual(loadConfig({ TRUST_PROXY: '2' }).trustProxy, { kind: 'hops', hops: 2 });
  assert.equal(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 192.0.2.1, fd00::/8' }).trustProxy?.kind, 'list');
  for (const bad of ['true', '11', '10.0.0.0/33', 'proxy.example', '1.2.3.4/8/9']) {
    assert.throws(
      () => loadConfig({ TRUST_PROXY: bad }),
      (e: unknown) => e instanceof ConfigError && e.variable === 'TRUST_PROXY',
      bad,
    );
  }
});
