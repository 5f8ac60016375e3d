// The instance's one HTTP server (src/bot/runtime/http.ts): 404 for what is not mounted; with the start-up gate, 503
// with Retry-After on every path but health, readiness and metrics until startRouting(); and a handler that throws is
// a 500 with an error id whose log line is the id, the path and a short message, never the error (which may carry
// the request and its credentials). A real bot process whose second adapter is still starting answers 503 on the
// first one's routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { makeLogger } from '../../../src/bot/logger.js';
import { mountHealth } from '../../../src/bot/runtime/health.js';
import { HttpServer, NOT_READY_RETRY_AFTER_SECONDS, shortError } from '../../../src/bot/runtime/http.js';
import { Metrics } from '../../../src/bot/runtime/metrics.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack } from '../../fakes/slack.js';
import { entryArgs } from '../entry.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

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

test('a real bot process answers 503 with Retry-After on /slack/events while another adapter is still starting', async () => {
  // Discord's API here accepts connections and never answers: the gateway adapter (started after Slack's) hangs in
  // its login, so the process stays between "Slack mounted" and "every adapter started".
  const sockets = new Set<Socket>();
  const silent = createNetServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api`;
  const fake = await FakeSlack.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'hadamard-gate-'));
  const proc = spawn(process.execPath, entryArgs('main'), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
      SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DISCORD_TOKEN: 'not.a.token-the-fake-never-reads',
      DISCORD_APP_ID: '1180000000000000002',
      DISCORD_API_URL: silentUrl,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const slackUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Slack did not start in 30 s:\n${out}`)), 30_000);
      proc.stdout.on('data', (d) => {
        out += String(d);
        const where = /"adapter":"slack \(http\)","where":"([^"]+)"/.exec(out)?.[1];
        if (where) {
          clearTimeout(timer);
          resolve(where);
        }
      });
      proc.on('exit', (code) => reject(new Error(`the bot exited (${code}):\n${out}`)));
    });
    const base = new URL(slackUrl).origin;
    const events = await fake.sendSlashCommand(slackUrl, { text: 'help' });
    assert.equal(events.status, 503, 'mounted, but not routed yet');
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 503);
    assert.equal(page.headers.get('retry-after'), String(NOT_READY_RETRY_AFTER_SECONDS));
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.equal((await fetch(`${base}/readyz`)).status, 503);
    assert.ok(!out.includes('"msg":"ready"'), 'the process was indeed still starting');
    assert.equal(fake.responses.length + fake.messages.length, 0, 'nothing was answered');
  } finally {
    proc.kill('SIGKILL');
    for (const s of sockets) s.destroy();
    silent.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
