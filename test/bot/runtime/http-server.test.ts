// The instance's one HTTP server (src/bot/runtime/http.ts): 404 for what is not mounted; with the start-up gate, 503
// with Retry-After on every path but health, readiness and metrics until startRouting(); and a handler that throws is
// a 500 with an error id whose log line is the id, the path and a short message, never the error (which may carry
// the request and its credentials).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { makeLogger } from '../../../src/bot/logger.js';
import { mountHealth } from '../../../src/bot/runtime/health.js';
import { HttpServer, NOT_READY_RETRY_AFTER_SECONDS, shortError } from '../../../src/bot/runtime/http.js';
import { Metrics } from '../../../src/bot/runtime/metrics.js';

function capture() {
  let raw = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      raw += String(chunk);
      cb();
    },
  });
  return {
    logger: makeLogger('debug', sink),
    raw: () => raw,
    lines: () =>
      raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

async function withServer(
  options: ConstructorParameters<typeof HttpServer>[1],
  fn: (http: HttpServer, base: string, log: ReturnType<typeof capture>) => Promise<void>,
): Promise<void> {
  const log = capture();
  const http = new HttpServer(log.logger, options);
  const base = await http.listen(0, '127.0.0.1');
  try {
    await fn(http, base, log);
  } finally {
    await http.close();
  }
}

test('by default every mounted route is served at once, and an unknown path is 404', () =>
  withServer({}, async (http, base) => {
    http.mount('/hello', (_req, res) => void res.end('hi'));
    assert.equal(http.isRouting, true);
    const ok = await fetch(`${base}/hello`);
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), 'hi');
    const missing = await fetch(`${base}/nothing/here`, { method: 'POST', body: 'x' });
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
  }));

test('before startRouting(): every path but /healthz, /readyz and /metrics is 503 with Retry-After; then routes', () =>
  withServer({ routing: false }, async (http, base) => {
    let started = false;
    mountHealth(http, { ready: () => started }, new Metrics());
    http.mount('/slack/events', (_req, res) => void res.end('events'));
    http.mount('/', (_req, res) => void res.end('page'), { prefix: true });
    assert.equal(http.isRouting, false);
    for (const path of ['/slack/events', '/discord/interactions', '/', '/api/command', '/not-mounted-at-all']) {
      const r = await fetch(`${base}${path}`, { method: 'POST', body: '{}' });
      assert.equal(r.status, 503, path);
      assert.equal(r.headers.get('retry-after'), String(NOT_READY_RETRY_AFTER_SECONDS), path);
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'starting');
    }
    assert.equal((await fetch(`${base}/healthz`)).status, 200, 'alive while starting');
    assert.equal((await fetch(`${base}/readyz`)).status, 503, 'not ready while starting');
    assert.equal((await fetch(`${base}/metrics`)).status, 200);

    http.startRouting();
    started = true;
    assert.equal(await (await fetch(`${base}/slack/events`)).text(), 'events');
    assert.equal(await (await fetch(`${base}/anything`)).text(), 'page');
    assert.equal((await fetch(`${base}/readyz`)).status, 200);
  }));

test('a handler that throws (an error carrying the request) is a 500 with an error id; the log holds no request', () =>
  withServer({}, async (http, base, log) => {
    http.mount('/boom', (req) => {
      // As Bolt's errors do: the request (and the response) attached to the error.
      throw Object.assign(new Error('Unhandled HTTP request (GET) made to /boom'), { code: 'some_code', req });
    });
    http.mount('/later', async (req: IncomingMessage) => {
      await new Promise((r) => setTimeout(r, 5));
      throw Object.assign(new Error('x'.repeat(5000)), { request: { headers: req.headers } });
    });
    const headers = {
      authorization: 'Bearer planted-auth-value-2c8e4f6a',
      cookie: 'sid=planted-cookie-value-9d1b3f5e',
      'x-slack-signature': 'v0=plantedsignature0123456789abcdef',
    };
    const r = await fetch(`${base}/boom?token=planted-query-token-77aa`, { headers });
    assert.equal(r.status, 500);
    const body = (await r.json()) as { error: { code: string; errorId: string } };
    assert.equal(body.error.code, 'internal');
    assert.match(body.error.errorId, /^[0-9a-f-]{36}$/);
    const later = await fetch(`${base}/later`, { method: 'POST', headers, body: 'secret-body-value-4e4e' });
    assert.equal(later.status, 500);

    const failures = log.lines().filter((l) => l.msg === 'http handler failed');
    assert.equal(failures.length, 2);
    assert.equal(failures[0].errorId, body.error.errorId, 'the id in the answer is the id in the log');
    assert.equal(failures[0].path, '/boom', 'the path without its query');
    assert.equal(failures[0].error, 'Error (some_code): Unhandled HTTP request (GET) made to /boom');
    assert.deepEqual(Object.keys(failures[0]).sort(), [
      'app',
      'error',
      'errorId',
      'level',
      'method',
      'msg',
      'path',
      'time',
    ]);
    const raw = log.raw();
    for (const planted of ['planted-auth', 'planted-cookie', 'plantedsignature', 'planted-query', 'secret-body'])
      assert.ok(!raw.includes(planted), `${planted} is not in the log`);
    const longest = Math.max(...raw.split('\n').map((l) => l.length));
    assert.ok(longest < 600, `short lines (longest ${longest})`);
  }));

test('shortError: name, code and at most 200 characters of the message; nothing else of the error', () => {
  const e = Object.assign(new TypeError('y'.repeat(300)), { code: 'E_X', data: { token: 'xoxb-1-2' } });
  assert.equal(shortError(e), `TypeError (E_X): ${'y'.repeat(200)}`);
  assert.equal(shortError('a string'), 'a string');
  assert.equal(shortError({ req: {} }), 'object');
});
