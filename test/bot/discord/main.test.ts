/**
 * `npm start` (src/bot/main.ts) with Discord credentials, against the fake: it starts the Discord
 * adapter, answers, and on SIGTERM finishes the command in flight (its answer reaches Discord)
 * before exiting 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { FakeDiscord } from '../../fakes/discord.js';
import { entryArgs } from '../entry.js';

/** An n×n integer matrix as JSON text. */
function matrix(n: number, seed: number): string {
  return JSON.stringify(
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ((i * 5 + j * 3 + seed) % 11) - 5)),
  );
}

test('npm start with Discord credentials: answers, and SIGTERM lets the command in flight finish', async () => {
  const fake = await FakeDiscord.start();
  const child = spawn(process.execPath, entryArgs('main'), {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'debug', ...fake.env() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    await fake.waitFor(() => fake.connected && out.includes('"msg":"ready"'), 'the bot to be ready', 20000);
    assert.match(out, /"adapter":"discord"/);

    const first = fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
    const answer = await fake.waitFor(() => fake.original(first.token), 'the first answer');
    assert.match(answer.content, /28/);

    // A large command (deferred at once); once the engine has it, the process is told to stop.
    const commandsBefore = (out.match(/"msg":"command text"/g) ?? []).length;
    // Six operands (the most a command takes): long enough that the SIGTERM, passed on by the launcher, arrives while
    // it runs (three took ~70 ms once the engine got faster, and the signal came after it on a loaded machine).
    const big = fake.dispatchCommand('product', {
      a: matrix(12, 1),
      b: matrix(12, 2),
      c: matrix(12, 3),
      d: matrix(12, 4),
      e: matrix(12, 5),
      f: matrix(12, 6),
    });
    await fake.waitFor(
      () => (out.match(/"msg":"command text"/g) ?? []).length > commandsBefore,
      'the command to reach the engine',
    );
    child.kill('SIGTERM');
    const code = await exited;
    assert.equal(code, 0, out.slice(-2000));
    const m = fake.original(big.token);
    assert.ok(m, 'the in-flight command was acknowledged');
    assert.equal(m.flags & (1 << 7), 0, 'and its answer edited in before the process exited');
    assert.ok(m.content.length > 0);
    assert.match(out, /"inFlight":[1-9]\d*[^\n]*shutting down/, 'SIGTERM arrived while the command was in flight');
    assert.ok(!out.includes(fake.token), 'the token never appears in the logs');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
  }
});

test('npm start with only DISCORD_PUBLIC_KEY: no gateway; /discord/interactions on the one HTTP server answers', async () => {
  const fake = await FakeDiscord.start();
  const env = fake.env({ DISCORD_PUBLIC_KEY: fake.publicKeyHex, PORT: '0' });
  delete (env as Record<string, string | undefined>).DISCORD_TOKEN;
  const child = spawn(process.execPath, entryArgs('main'), {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const base = await fake.waitFor(
      () => /health and metrics at (http:\/\/[^/\s]+)\/healthz/.exec(out)?.[1],
      'the bot to be ready',
      20000,
    );
    assert.match(out, /discord \(http interactions\)/);
    const url = `${base}/discord/interactions`;
    assert.deepEqual((await fake.signedPost(url, JSON.stringify({ id: '1', type: 1, token: 't' }))).body, { type: 1 });
    fake.useHttpInteractions(url);
    const { token } = fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
    const answer = await fake.waitFor(() => {
      const m = fake.original(token);
      return m && (m.flags & (1 << 7)) === 0 ? m : undefined;
    }, 'the answer');
    assert.match(answer.content, /28/);
    assert.equal(fake.identifies.length, 0, 'no gateway connection');
    child.kill('SIGTERM');
    assert.equal(await exited, 0, out.slice(-2000));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
  }
});
