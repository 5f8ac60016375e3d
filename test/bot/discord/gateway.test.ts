/**
 * The gateway side of the Discord adapter against the fake: how discord.js connects (JSON, no
 * compression, API v10), which intents it asks for (no privileged one), heartbeats, and what
 * happens when the connection breaks mid-session: the bot resumes (missed events replayed) or,
 * when the session is gone, identifies again, and answers the next interaction either way.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, GatewayIntentBits } from 'discord.js';
import { FakeDiscord, INTENTS } from '../../fakes/discord.js';
import { answerOf, startHarness, type DiscordHarness } from './harness.js';

const PRODUCT = { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' };

describe('discord gateway', () => {
  let h: DiscordHarness;
  before(async () => {
    h = await startHarness({ fake: { heartbeatInterval: 250 }, env: { RATE_LIMIT_COUNT: '1000' } });
  });
  after(async () => {
    await h.close();
  });

  test('connects to the URL from GET /gateway/bot with v=10, JSON, no compression', () => {
    assert.ok(h.fake.calls.some((c) => c.method === 'GET' && c.path === '/gateway/bot'));
    assert.deepEqual(h.fake.connections[0], { v: '10', encoding: 'json' });
  });

  test('identifies with minimal intents and no privileged one', () => {
    const d = h.fake.identifies[0].d as { intents: number; token: string };
    assert.equal(d.token, h.fake.token);
    assert.equal(d.intents, INTENTS.Guilds | INTENTS.GuildMessages | INTENTS.DirectMessages);
    assert.equal(d.intents & (INTENTS.MessageContent | INTENTS.GuildMembers | INTENTS.GuildPresences), 0);
  });

  test('heartbeats are sent and acknowledged', async () => {
    await h.fake.waitFor(() => h.fake.heartbeats >= 2, 'two heartbeats');
    const acks = h.fake.frames.filter((f) => f.dir === 'out' && f.op === 11).length;
    assert.ok(acks >= 2);
    assert.ok(h.fake.connected, 'still connected: no zombie-connection reconnect');
  });

  test('closed mid-session (4000): resumes, replays the interaction sent meanwhile, answers the next', async () => {
    const identifiesBefore = h.fake.identifies.length;
    h.fake.closeGateway(4000);
    await h.fake.waitFor(() => !h.fake.connected, 'the socket to close');
    // Sent while the bot is disconnected: Discord keeps it in the session and replays it on RESUME.
    const missed = h.fake.dispatchCommand('product', PRODUCT);
    await h.fake.waitFor(() => h.fake.resumes.length >= 1, 'a RESUME');
    const missedAnswer = await answerOf(h.fake, missed.token);
    assert.match(missedAnswer.content, /28/);
    const next = h.fake.dispatchCommand('product', PRODUCT);
    assert.match((await answerOf(h.fake, next.token)).content, /28/);
    assert.equal(h.fake.identifies.length, identifiesBefore, 'resumed, not re-identified');
    const resume = h.fake.resumes.at(-1)!.d as { session_id: string; seq: number };
    assert.equal(typeof resume.seq, 'number');
  });

  test('connection dropped without a close frame: the bot comes back and answers', async () => {
    const resumesBefore = h.fake.resumes.length;
    h.fake.dropGateway();
    await h.fake.waitFor(() => h.fake.resumes.length > resumesBefore && h.fake.connected, 'resumed after the drop');
    const next = h.fake.dispatchCommand('psd', { m: '[[2,1],[1,2]]' });
    assert.match((await answerOf(h.fake, next.token)).content, /positive definite/i);
  });

  test('op 7 RECONNECT: the bot reconnects and resumes', async () => {
    const resumesBefore = h.fake.resumes.length;
    h.fake.requestReconnect();
    await h.fake.waitFor(() => h.fake.resumes.length > resumesBefore && h.fake.connected, 'resumed after op 7');
    const next = h.fake.dispatchCommand('explain', { topic: 'schur' });
    assert.equal((await answerOf(h.fake, next.token)).embeds.length, 1);
  });

  test('session gone (INVALID_SESSION on resume): identifies afresh and answers', async () => {
    const identifiesBefore = h.fake.identifies.length;
    h.fake.forgetSession();
    h.fake.closeGateway(4000);
    // discord.js spaces identifies out (max_concurrency 1: one per 5 s), so this may take a few seconds.
    await h.fake.waitFor(() => h.fake.identifies.length > identifiesBefore && h.fake.connected, 're-identify', 15000);
    const next = h.fake.dispatchCommand('product', PRODUCT);
    assert.match((await answerOf(h.fake, next.token)).content, /18/);
  });
});

describe('discord gateway: privileged intents', () => {
  test('the fake refuses a privileged intent the app has not enabled (4014), as Discord does', async () => {
    const fake = await FakeDiscord.start();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
      rest: { api: fake.apiUrl },
    });
    try {
      await assert.rejects(client.login(fake.token), /disallowed intents/i);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  test('so the bot, which starts against that app, asks for none', async () => {
    const h = await startHarness({ fake: { enabledPrivilegedIntents: 0 } });
    try {
      assert.ok(h.fake.connected);
      assert.equal(h.fake.frames.filter((f) => f.dir === 'out' && f.t === 'READY').length, 1);
    } finally {
      await h.close();
    }
  });
});
