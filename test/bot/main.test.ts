// The entry point as a real child process: config errors name the variable; with Slack credentials
// it starts the Slack adapter; SIGTERM while commands are in flight answers them all, then exits 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/bot/config.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack } from '../fakes/slack.js';
import { entryArgs } from './entry.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Child {
  proc: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first JSON log line matching `pred`. */
  waitForLog: (pred: (l: Record<string, unknown>) => boolean, ms?: number) => Promise<Record<string, unknown>>;
}

function startMain(env: Record<string, string>, cwd = ROOT): Child {
  const proc = spawn(process.execPath, entryArgs('main'), {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  proc.stdout.on('data', (d) => {
    out += String(d);
    listeners.forEach((l) => l());
  });
  proc.stderr.on('data', (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const waitForLog = (pred: (l: Record<string, unknown>) => boolean, ms = 20_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const hit = lines().find(pred);
        if (hit) {
          clearTimeout(timer);
          listeners.delete(check);
          resolve(hit);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no such log line within ${ms} ms.\nstdout:\n${out}\nstderr:\n${err}`));
      }, ms);
      listeners.add(check);
      void exited.then(() => setTimeout(check, 10));
      check();
    });
  return { proc, stdout: () => out, stderr: () => err, exited, waitForLog };
}

test('a malformed variable stops start-up with its name, exit code 1 and no stack trace', async () => {
  const child = startMain({ PORT: 'eighty' });
  const { code } = await child.exited;
  assert.equal(code, 1);
  assert.match(child.stderr(), /configuration error: PORT: must be a whole number/);
  assert.doesNotMatch(child.stderr(), /\n\s+at /, 'no stack trace');
});

test('a half-configured Slack names the missing variable', async () => {
  const child = startMain({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN });
  const { code } = await child.exited;
  assert.equal(code, 1);
  assert.match(child.stderr(), /SLACK_SIGNING_SECRET: is missing/);
  assert.ok(!child.stderr().includes(FAKE_BOT_TOKEN), 'the token is not echoed');
});

test('NODE_ENV=production without STORE_ENCRYPTION_KEY refuses to start: exit 1, the variable named', async () => {
  const child = startMain({ NODE_ENV: 'production', PORT: '0' });
  const { code } = await child.exited;
  assert.equal(code, 1);
  assert.match(child.stderr(), /configuration error: STORE_ENCRYPTION_KEY: is required when NODE_ENV=production/);
  assert.doesNotMatch(child.stderr(), /\n\s+at /, 'no stack trace');
});

test('SIGTERM while commands are in flight: every one is answered (text and figure) before exit 0', async () => {
  const fake = await FakeSlack.start();
  const child = startMain({
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
    SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    RATE_LIMIT_COUNT: '1000',
  });
  try {
    const started = await child.waitForLog((l) => l.msg === 'adapter started');
    assert.equal(started.adapter, 'slack (http)');
    const url = String(started.where);
    assert.match(url, /\/slack\/events$/);
    const config = await child.waitForLog((l) => l.msg === 'hadamard-bot starting');
    assert.ok(!JSON.stringify(config).includes(FAKE_BOT_TOKEN), 'config summary has no secret');

    fake.postMessageDelayMs = 1500; // keeps every reply in flight when the signal arrives
    const n = 12;
    const channels = Array.from({ length: n }, (_, i) => `C0SHUT${String(i).padStart(3, '0')}`);
    const acks = await Promise.all(
      channels.map((channelId, i) =>
        fake.sendSlashCommand(url, { text: `[[2,3],[4,${i + 1}]] [[5,6],[7,8]]`, channelId }),
      ),
    );
    assert.ok(acks.every((a) => a.status === 200));
    const answeredAtSignal = fake.messages.length;
    child.proc.kill('SIGTERM');
    const { code } = await child.exited;
    assert.equal(code, 0, `exit code 0; stderr: ${child.stderr()}`);
    assert.ok(answeredAtSignal < n, 'some commands were still in flight at SIGTERM');
    for (const channel of channels) {
      assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, `${channel} answered once`);
      assert.ok(
        fake.completedUploads().some((u) => u.channel_id === channel),
        `${channel}'s figure was uploaded before exit`,
      );
    }
    assert.ok(child.stdout().includes('"msg":"stopped"'));
  } finally {
    if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
    await fake.close();
  }
});

test('with no chat credentials it starts the local page, and stops on SIGINT', async () => {
  const child = startMain({ PORT: '0', LOG_LEVEL: 'info' });
  try {
    const started = await child.waitForLog((l) => l.msg === 'adapter started');
    assert.equal(started.adapter, 'local page');
    assert.match(String(started.where), /^http:\/\/127\.0\.0\.1:\d+/);
    // Without STORE_ENCRYPTION_KEY (and not in production): it starts, and says so once.
    const unencrypted = child
      .stdout()
      .split('\n')
      .filter((l) => l.includes('tokens are stored unencrypted; set STORE_ENCRYPTION_KEY'));
    assert.equal(unencrypted.length, 1);
    assert.equal((JSON.parse(unencrypted[0]) as { level: number }).level, 40, 'at warn');
    child.proc.kill('SIGINT');
    const { code } = await child.exited;
    assert.equal(code, 0);
  } finally {
    if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
  }
});

test('npm start reads ./.env; variables set in the environment win; other entry points ignore it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hadamard-dotenv-'));
  writeFileSync(join(dir, '.env'), 'RATE_LIMIT_COUNT=7\nLOG_LEVEL=warn\nPORT=0\n');
  for (const lifecycle of ['start', 'test']) {
    const child = startMain({ npm_lifecycle_event: lifecycle, LOG_LEVEL: 'info', PORT: '0' }, dir);
    try {
      // Logged at info: the environment's LOG_LEVEL=info beat the file's warn.
      const starting = await child.waitForLog((l) => l.msg === 'hadamard-bot starting');
      const config = starting.config as { rateLimit: { count: number } };
      assert.equal(config.rateLimit.count, lifecycle === 'start' ? 7 : 10, lifecycle);
      await child.waitForLog((l) => l.msg === 'ready');
      child.proc.kill('SIGINT');
      assert.equal((await child.exited).code, 0);
    } finally {
      if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
    }
  }
});

test('.env.example tells users that npm start reads .env, as the README does', () => {
  const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const header = example.slice(0, example.indexOf('\n\n'));
  assert.match(header, /`npm start` reads (this )?`?\.env`?/);
  assert.doesNotMatch(example, /--env-file/, 'no other way to start is suggested');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.match(readme, /npm start` \(it reads `\.env`\)/);
});

test('.env.example documents every variable config.ts reads, and as shipped it is a valid config', () => {
  const source = readFileSync(new URL('../../src/bot/config.ts', import.meta.url), 'utf8');
  const read = new Set([...source.matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]));
  for (const m of source.matchAll(/pair\(env, '([A-Z_]+)', '([A-Z_]+)'\)/g)) read.add(m[1]).add(m[2]);
  // The store reads its own two (storeOptionsFromEnv in src/store/index.ts).
  const store = readFileSync(new URL('../../src/store/index.ts', import.meta.url), 'utf8');
  for (const m of store.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]);
  assert.ok(read.size >= 13, `found ${[...read].join(', ')}`);
  const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const env: Record<string, string> = {};
  for (const line of example.split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  for (const name of read) assert.ok(name in env, `.env.example lacks ${name}`);
  for (const name of Object.keys(env))
    assert.ok(read.has(name), `.env.example lists ${name}, which config.ts never reads`);
  const config = loadConfig(env);
  assert.equal(config.slack, undefined);
  assert.equal(config.port, 3000);
});
