/**
 * Discord interactions over HTTP (`POST /discord/interactions`), at the wire: the fake Discord signs each interaction
 * with a real Ed25519 key pair (made in the test) and POSTs it to the bot's endpoint; the HTTP response is applied as
 * the interaction's first response, and edits and follow-ups reach the fake's REST as usual. A bad, missing or stale
 * signature is refused with 401 before anything is computed; a signed body that is no interaction gets 400; PING gets PONG; answers carry their PNGs; a quiz click
 * is counted once, even when clicked twice; and a quiz posted over HTTP where the bot cannot edit the
 * channel is revealed by another instance, through the interaction token kept with the question in the store.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { generateQuiz } from '../../../src/engine/index.js';
import { ANSWER_PREFIX, parseAnswerCustomId, parseMessageRef } from '../../../src/bot/discord/quiz.js';
import { MAX_SKEW_SECONDS, publicKeyFromHex, verifyRequest } from '../../../src/bot/discord/http-interactions.js';
import type { Round, Store } from '../../../src/store/types.js';
import { FakeDiscord, snowflake, type FakeMessage } from '../../fakes/discord.js';
import { sqliteFile } from '../../store/backends.js';
import { ConfigError, loadConfig } from '../../../src/bot/config.js';
import { answerOf, buttons, PNG_SIGNATURE, startHarness, type DiscordHarness } from './harness.js';

const EPHEMERAL = 64;
const RATE = { RATE_LIMIT_COUNT: '1000' };

/** A slash command's body as Discord would send it, without going through the fake's sender. */
function productBody(fake: FakeDiscord): string {
  return JSON.stringify({
    id: snowflake(),
    application_id: fake.appId,
    type: 2,
    token: `aW50ZXJhY3Rpb24${Math.random().toString(36).slice(2)}`,
    version: 1,
    channel_id: fake.channelId,
    guild_id: fake.guildId,
    member: { user: fake.alice, permissions: '0', roles: [] },
    data: {
      id: snowflake(),
      name: 'hadamard',
      type: 1,
      options: [
        {
          type: 1,
          name: 'product',
          options: [
            { type: 3, name: 'a', value: '[[2,3],[4,1]]' },
            { type: 3, name: 'b', value: '[[5,6],[7,8]]' },
          ],
        },
      ],
    },
  });
}

async function withHttp(fn: (h: DiscordHarness) => Promise<void>, extra: Parameters<typeof startHarness>[0] = {}) {
  const h = await startHarness({ mode: 'http', env: RATE, ...extra });
  try {
    await fn(h);
  } finally {
    await h.close();
  }
}

describe('discord over HTTP interactions', () => {
  it('verifyRequest: the signature over timestamp + body, and a timestamp within 5 minutes', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const key = publicKeyFromHex(hex);
    const body = Buffer.from('{"type":1}');
    const now = 1_790_000_000;
    const ts = String(now);
    const sig = sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString('hex');
    assert.equal(verifyRequest(key, sig, ts, body, now), true);
    assert.equal(verifyRequest(key, sig, ts, Buffer.from('{"type":2}'), now), false, 'another body');
    assert.equal(verifyRequest(key, sig, String(now + 1), body, now), false, 'another timestamp');
    assert.equal(verifyRequest(key, sig, ts, body, now + MAX_SKEW_SECONDS + 1), false, 'stale');
    assert.equal(verifyRequest(key, sig, ts, body, now - MAX_SKEW_SECONDS - 1), false, 'from the future');
    assert.equal(verifyRequest(key, undefined, ts, body, now), false, 'no signature');
    assert.equal(verifyRequest(key, sig, undefined, body, now), false, 'no timestamp');
    assert.equal(verifyRequest(key, 'zz', ts, body, now), false, 'not hex');
  });

  it('PING gets PONG', () =>
    withHttp(async (h) => {
      const r = await h.fake.signedPost(h.interactionsUrl!, JSON.stringify({ id: snowflake(), type: 1, token: 'x' }));
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { type: 1 });
    }));

  it('a bad, missing or stale signature gets 401 and nothing is computed', () =>
    withHttp(async (h) => {
      const url = h.interactionsUrl!;
      const body = productBody(h.fake);
      const stranger = generateKeyPairSync('ed25519').privateKey;
      const stale = String(Math.floor(Date.now() / 1000) - MAX_SKEW_SECONDS - 60);
      const refused = [
        await h.fake.signedPost(url, body, { key: stranger }),
        await h.fake.signedPost(url, body, { signature: null }),
        await h.fake.signedPost(url, body, { signature: '00'.repeat(64) }),
        await h.fake.signedPost(url, body, { timestamp: stale }),
      ];
      // A valid signature over one body, sent with another.
      const ts = String(Math.floor(Date.now() / 1000));
      const other = sign(null, Buffer.from(ts + '{"type":1}'), h.fake.keys.privateKey).toString('hex');
      refused.push(await h.fake.signedPost(url, body, { timestamp: ts, signature: other }));
      assert.deepEqual(
        refused.map((r) => r.status),
        [401, 401, 401, 401, 401],
      );
      assert.equal(h.handled(), 0, 'the dispatcher was never called');
      assert.equal(h.fake.calls.filter((c) => c.path.includes('/webhooks/')).length, 0, 'nothing was sent to Discord');
      // The same body, properly signed, is answered: the refusals were the signatures'.
      const ok = await h.fake.signedPost(url, body);
      assert.equal(ok.status, 200);
      // The HTTP response (the deferral) does not wait for the dispatch, which follows the delivery claim.
      for (let i = 0; i < 100 && h.handled() === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(h.handled(), 1);
    }));

  it('a signed body that is not an interaction (null, a number, an array, a string, no type or token) gets 400, never 500', () =>
    withHttp(async (h) => {
      const url = h.interactionsUrl!;
      const bodies = ['null', '1', '[]', '[{"type":1}]', '"x"', 'true', '{}', '{"type":"1"}', '{"type":2}'];
      const statuses: number[] = [];
      for (const body of bodies) statuses.push((await h.fake.signedPost(url, body)).status);
      assert.deepEqual(
        statuses,
        bodies.map(() => 400),
      );
      const noToken = JSON.parse(productBody(h.fake)) as Record<string, unknown>;
      delete noToken.token;
      assert.equal((await h.fake.signedPost(url, JSON.stringify(noToken))).status, 400);
      assert.equal((await h.fake.signedPost(url, '{not json')).status, 400);
      assert.equal(h.handled(), 0, 'the dispatcher was never called');
      const wrongMethod = await fetch(url);
      assert.equal(wrongMethod.status, 405);
      assert.equal(wrongMethod.headers.get('allow'), 'POST');
      assert.deepEqual(
        h.logs.filter((l) => Number(l.level) >= 50),
        [],
        'nothing logged as an error',
      );
    }));

  it('a slash command is answered: deferred in the HTTP response, its answer and PNG edited in through REST', () =>
    withHttp(async (h) => {
      const { token } = h.fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
      const answer = await answerOf(h.fake, token);
      assert.match(answer.content, /10/);
      assert.match(answer.content, /28/);
      assert.equal(answer.flags & EPHEMERAL, 0, 'in the channel');
      const png = answer.attachments.find((a) => a.filename.endsWith('.png'));
      assert.ok(png, 'the figure is attached');
      assert.deepEqual(png.data.subarray(0, 8), PNG_SIGNATURE);
      const http = h.fake.httpInteractions.find((x) => x.token === token);
      assert.equal(http?.status, 200);
      assert.equal((http?.body as { type: number }).type, 5, 'the HTTP response defers (files cannot ride in it)');
      const patch = h.fake.callsFor(token).find((c) => c.method === 'PATCH');
      assert.ok(patch, 'the answer is a PATCH of @original');
      assert.match(patch.path, /\/messages\/@original$/);
      assert.ok(
        patch.files.some((f) => f.data.subarray(0, 8).equals(PNG_SIGNATURE)),
        'multipart with the PNG',
      );
      assert.ok(!h.fake.connected, 'no gateway connection in HTTP mode');
    }));

  it('errors are answered privately in the HTTP response itself (type 4, ephemeral)', () =>
    withHttp(async (h) => {
      const { token } = h.fake.dispatchCommand('product', { a: '[[1,2]]', b: '[[1,2,3]]' });
      const answer = await answerOf(h.fake, token);
      assert.equal(answer.flags & EPHEMERAL, EPHEMERAL);
      const http = h.fake.httpInteractions.find((x) => x.token === token);
      assert.equal((http?.body as { type: number }).type, 4);
      assert.equal(h.fake.callsFor(token).filter((c) => c.method !== 'POST').length, 0, 'no edit needed');
    }));

  it('"Hadamard this" and Delete work over HTTP too', () =>
    withHttp(async (h) => {
      const target: FakeMessage = {
        id: snowflake(),
        channel_id: h.fake.channelId,
        guild_id: h.fake.guildId,
        author: h.fake.bob,
        content: '[[1,2],[3,4]] [[2,2],[2,2]]',
        embeds: [],
        components: [],
        attachments: [],
        flags: 0,
        deleted: false,
        type: 0,
      };
      h.fake.messages.set(target.id, target);
      const { token } = h.fake.dispatchMessageCommand('Hadamard this', target, h.fake.alice);
      const answer = await answerOf(h.fake, token);
      assert.match(answer.content, /\b8\b/);
      const del = buttons(answer).find((b) => b.label === 'Delete');
      assert.ok(del);
      h.fake.pressButton(answer, del.customId, h.fake.alice);
      await h.fake.waitFor(() => answer.deleted, 'the answer to be deleted');
    }));
});

describe('discord quizzes over HTTP (SQLite file)', { skip: sqliteFile.skip }, () => {
  async function withStore(fn: (store: Store, t: { now: number }) => Promise<void>): Promise<void> {
    const db = await sqliteFile.fresh();
    const store = await db.open();
    try {
      await fn(store, { now: Date.now() });
    } finally {
      await store.close();
      await db.drop();
    }
  }

  async function attached(store: Store, quizId: string): Promise<Round> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const round = await store.getRound(quizId);
      if (round?.messageRef) return round;
      if (Date.now() > deadline) throw new Error(`quiz ${quizId} was never attached`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('a quiz click over HTTP is counted once, also when the user clicks twice', () =>
    withStore(async (store, t) => {
      const h = await startHarness({ mode: 'http', store, now: () => t.now, env: RATE });
      try {
        const q = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
        const { token } = h.fake.dispatchCommand('quiz', { topic: 'entry', level: 'easy', seed: '7' });
        const question = await answerOf(h.fake, token);
        const quizId = parseAnswerCustomId(buttons(question)[0].customId)!.quizId;
        const round = await attached(store, quizId);
        assert.equal(round.messageRef, `${question.channel_id}:${question.id}`, 'a guild install keeps ids only');

        const id = `${ANSWER_PREFIX}${quizId}:${q.correct}`;
        const click = h.fake.pressButton(question, id, h.fake.alice);
        const feedback = await answerOf(h.fake, click.token);
        assert.match(feedback.content, /Right/);
        assert.equal(feedback.flags & EPHEMERAL, EPHEMERAL);
        // A second click (a double click, or an impatient user): told, not counted.
        const again = h.fake.pressButton(question, id, h.fake.alice);
        assert.match((await answerOf(h.fake, again.token)).content, /already answered/);

        const answers = await store.roundAnswers(quizId);
        assert.deepEqual(
          answers.map((x) => x.user),
          [h.fake.alice.id],
          'one answer stored',
        );
        t.now = round.closesAt + 1;
        assert.equal(await h.groups!.sweep(), 1);
        await h.fake.waitFor(() => buttons(question).some((x) => x.disabled), 'the reveal');
        const scores = h.fake.dispatchCommand('scores', { period: 'all' });
        const board = await answerOf(h.fake, scores.token);
        assert.match(board.content, /^1 player/, board.content);
        assert.match(board.content, new RegExp(`<@${h.fake.alice.id}>: \\*\\*10\\*\\* points, 1 of 1 right`));
      } finally {
        await h.close();
      }
    }));

  it('user-installed, no bot token: another instance reveals the question through the token kept in the store', () =>
    withStore(async (store, t) => {
      const fake = await FakeDiscord.start();
      const a = await startHarness({ mode: 'http', fake, store, now: () => t.now, env: RATE, noToken: true });
      const b = await startHarness({ mode: 'http', fake, store, now: () => t.now, env: RATE, noToken: true });
      try {
        fake.useHttpInteractions(a.interactionsUrl);
        const { token } = fake.dispatchCommand(
          'quiz',
          { topic: 'entry', level: 'easy', seed: '11' },
          fake.alice,
          'private_channel',
        );
        const question = await answerOf(fake, token);
        const quizId = parseAnswerCustomId(buttons(question)[0].customId)!.quizId;
        const round = await attached(store, quizId);
        const ref = parseMessageRef(round.messageRef);
        assert.equal(ref?.token, token, 'the interaction token is kept with the reference');
        assert.ok(ref.until! > Date.now() && ref.until! <= Date.now() + 15 * 60 * 1000, 'until it expires');

        // Instance B (which never saw the quiz) closes the round when its time is up.
        await a.groups!.stop();
        t.now = round.closesAt + 1;
        assert.equal(await b.groups!.sweep(), 1);
        await fake.waitFor(
          () => buttons(question).some((x) => x.disabled) && question,
          'the question to be edited into the reveal',
        );
        const patch = fake.calls.filter((c) => c.method === 'PATCH').at(-1)!;
        assert.match(patch.path, new RegExp(`^/webhooks/${fake.appId}/${token}/messages/@original$`));
        assert.equal(patch.authorization, undefined, 'no bot token was used (there is none)');
      } finally {
        await a.close();
        await b.close();
        await fake.close();
      }
    }));
});

describe('configuration of the HTTP endpoint', () => {
  const appId = '123456789012345678';
  const key = 'ab'.repeat(32);
  it('DISCORD_PUBLIC_KEY + DISCORD_APP_ID alone: HTTP interactions, no gateway', () => {
    const d = loadConfig({ DISCORD_PUBLIC_KEY: key, DISCORD_APP_ID: appId }).discord!;
    assert.equal(d.publicKey, key);
    assert.equal(d.gateway, false);
    assert.equal(d.token, undefined);
  });
  it('with DISCORD_TOKEN too: both, unless DISCORD_GATEWAY=off', () => {
    const env = { DISCORD_PUBLIC_KEY: key, DISCORD_APP_ID: appId, DISCORD_TOKEN: 't' };
    assert.equal(loadConfig(env).discord!.gateway, true);
    assert.equal(loadConfig({ ...env, DISCORD_GATEWAY: 'off' }).discord!.gateway, false);
  });
  it('a wrong or half-given variable names itself', () => {
    const refused = (env: Record<string, string>, variable: string) =>
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && e.variable === variable,
      );
    refused({ DISCORD_PUBLIC_KEY: 'not-hex', DISCORD_APP_ID: appId }, 'DISCORD_PUBLIC_KEY');
    refused({ DISCORD_PUBLIC_KEY: key }, 'DISCORD_APP_ID');
    refused({ DISCORD_PUBLIC_KEY: key, DISCORD_APP_ID: appId, DISCORD_GATEWAY: 'on' }, 'DISCORD_TOKEN');
    refused({ DISCORD_PUBLIC_KEY: key, DISCORD_APP_ID: appId, DISCORD_GATEWAY: 'maybe' }, 'DISCORD_GATEWAY');
  });
});
