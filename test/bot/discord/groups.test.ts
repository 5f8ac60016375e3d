/**
 * Study groups on Discord, at the wire: the real discord.js adapter against the fake Discord, through the real
 * Dispatcher and GroupService on a real store (a SQLite file; the quiz round trip and the restart also on Postgres).
 * Quizzes with buttons, clicks answered privately, the round closed by time (the service's sweeper, driven by its
 * clock) and by `reveal`, the question message edited into the reveal, scores, settings refused without Manage
 * Channels, private answers after a mention, edit to re-run, and "Hadamard this".
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import { ANSWER_PREFIX, parseAnswerCustomId } from '../../../src/bot/discord/quiz.js';
import { DELETE_PREFIX, MANAGE_PERMISSION_NAME } from '../../../src/bot/discord/discord.js';
import { MESSAGE_COMMAND_NAME } from '../../../src/bot/discord/commands.js';
import type { Round, Store } from '../../../src/store/types.js';
import { FakeDiscord, type DiscordUser, type FakeMessage } from '../../fakes/discord.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';
import { answerOf, buttons, PNG_SIGNATURE, replyTo, repliesTo, startHarness, type DiscordHarness } from './harness.js';

// Asked before any test is registered, so no test's work can hold up the connection check.
const postgres = await postgresBackend();

const EPHEMERAL = 64;
const PRIMARY = 1;
const SUCCESS = 3;
const SECONDARY = 2;
const RATE = { RATE_LIMIT_COUNT: '1000' };

/** The group service's clock: starts now, moved by the tests. */
function clock(): { now: number; fn: () => number } {
  const c = { now: Date.now(), fn: () => c.now };
  return c;
}

function quizIdOf(question: FakeMessage): string {
  const first = buttons(question)[0];
  assert.ok(first, 'the quiz carries buttons');
  const parsed = parseAnswerCustomId(first.customId);
  assert.ok(parsed, `a choice button: ${first.customId}`);
  return parsed.quizId;
}

/** Presses a choice and returns the private answer. */
async function click(h: DiscordHarness, question: FakeMessage, choice: string, who: DiscordUser): Promise<FakeMessage> {
  const id = `${ANSWER_PREFIX}${quizIdOf(question)}:${choice}`;
  const { token } = h.fake.pressButton(question, id, who);
  const m = await answerOf(h.fake, token);
  assert.equal(m.flags & EPHEMERAL, EPHEMERAL, `${who.username}'s feedback is private`);
  return m;
}

/** Posts `/hadamard quiz <topic> <level> seed:<seed>` as `who` and returns the question message. */
async function postQuiz(
  h: DiscordHarness,
  seed: number,
  who: DiscordUser,
  context: 'guild' | 'private_channel' = 'guild',
): Promise<FakeMessage> {
  const { token } = h.fake.dispatchCommand('quiz', { topic: 'entry', level: 'easy', seed: String(seed) }, who, context);
  const question = await answerOf(h.fake, token);
  assert.equal(question.flags & EPHEMERAL, 0, 'a quiz is posted for the channel');
  return question;
}

/** Scores as the channel sees them: `/hadamard scores all`. */
async function scores(h: DiscordHarness): Promise<FakeMessage> {
  const { token } = h.fake.dispatchCommand('scores', { period: 'all' }, h.fake.alice);
  return answerOf(h.fake, token);
}

/** The round once the adapter has attached its question message (just after posting it). */
async function attached(store: Store, quizId: string): Promise<Round> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const round = await store.getRound(quizId);
    if (round?.messageRef) return round;
    if (Date.now() > deadline) throw new Error(`quiz ${quizId} was never attached to its message`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function edited(fake: FakeDiscord, question: FakeMessage): Promise<FakeMessage> {
  return fake.waitFor(() => {
    const choices = buttons(question).filter((b) => b.customId.startsWith(ANSWER_PREFIX));
    return choices.length > 0 && choices.every((b) => b.disabled) ? question : undefined;
  }, 'the question message to be edited into the reveal');
}

function roundTrip(backend: StoreBackend): void {
  describe(`discord quiz round trip on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('a quiz with buttons, three users click (one twice), the round closes by time, the question is edited, scores are right', () =>
      withDb(async (db) => {
        const t = clock();
        const store = await db.open();
        const h = await startHarness({ store, now: t.fn, env: RATE });
        try {
          const q = generateQuiz({ seed: 42, topic: 'entry', level: 'easy' });
          const question = await postQuiz(h, 42, h.fake.alice);
          const quizId = quizIdOf(question);
          // One button per choice, `a) label` within 80 characters, custom ids within 100; no Delete on an open round.
          assert.deepEqual(
            buttons(question).map((b) => [b.customId, b.label, b.disabled]),
            q.choices.map((c) => [`hadamard:answer:${quizId}:${c.id}`, `${c.id}) ${c.label}`.slice(0, 80), false]),
          );
          for (const b of buttons(question)) assert.ok(b.customId.length <= 100 && b.label.length <= 80);
          assert.ok(!buttons(question).some((b) => b.customId.startsWith(DELETE_PREFIX)));
          assert.match(question.content, new RegExp(quizId));
          const round = await attached(store, quizId);
          assert.equal(round.messageRef, `${question.channel_id}:${question.id}`, 'the question is attached');
          const wrong = q.choices.find((c) => c.id !== q.correct)!.id;

          const publicBefore = h.fake.publicMessages().length;
          const alice = await click(h, question, q.correct, h.fake.alice);
          assert.match(alice.content, /Right/);
          assert.match((await click(h, question, wrong, h.fake.bob)).content, /Not this one/);
          const again = await click(h, question, q.correct, h.fake.bob);
          assert.match(again.content, /already answered/, 'a second click changes nothing and says so');
          assert.match((await click(h, question, q.correct, h.fake.carol)).content, /Right/);
          assert.equal(h.fake.publicMessages().length, publicBefore, 'clicks post nothing in the channel');
          // Each sees their own choice marked, privately (Bob's first one, after his second click), nothing more.
          const mark = (m: FakeMessage) =>
            buttons(m)
              .filter((b) => b.style === PRIMARY)
              .map((b) => [b.customId.slice(-1), b.label.slice(0, 2), b.disabled]);
          assert.deepEqual(mark(alice), [[q.correct, '● ', true]]);
          assert.deepEqual(mark(again), [[wrong, '● ', true]]);
          assert.ok(!buttons(again).some((b) => b.style === SUCCESS), 'the right one is not shown before the reveal');
          // The question shows how many have answered (three), never what; its buttons stay.
          await h.fake.waitFor(
            () => (question.content.includes('3 people have answered so far') ? question : undefined),
            'the count of answers on the question',
          );
          assert.ok(buttons(question).every((b) => !b.disabled));
          assert.doesNotMatch(question.content, /The answer is/);

          t.now = round.closesAt + 1;
          assert.equal(await h.groups!.sweep(), 1, 'the sweeper closes the round');
          await edited(h.fake, question);
          const edit = h.fake.calls.find(
            (c) => c.method === 'PATCH' && c.path === `/channels/${question.channel_id}/messages/${question.id}`,
          );
          assert.ok(edit, 'edited through PATCH /channels/{c}/messages/{m} with the bot token');
          assert.equal(edit.authorization, `Bot ${h.fake.token}`);
          const after = buttons(question).filter((b) => !b.customId.startsWith(DELETE_PREFIX));
          assert.deepEqual(
            after.map((b) => [b.customId.slice(-1), b.style, b.disabled]),
            q.choices.map((c) => [c.id, c.id === q.correct ? SUCCESS : SECONDARY, true]),
            'every choice disabled, the right one green',
          );
          assert.match(after.find((b) => b.style === SUCCESS)!.label, /^✓ /);
          assert.match(question.content, new RegExp(`The answer is ${q.correct}\\)`));
          assert.match(question.content, /2 of 3 got it/);
          assert.match(question.content, new RegExp(`<@${h.fake.alice.id}>, <@${h.fake.carol.id}>`));
          const figure = question.attachments.find((a) => a.filename.endsWith('.png'));
          assert.ok(figure, 'the worked figure is attached');
          assert.deepEqual(figure.data.subarray(0, 8), PNG_SIGNATURE);
          assert.ok(figure.description && figure.description.length > 10, 'with its alt text');
          assert.ok(
            buttons(question).some((b) => b.customId === `${DELETE_PREFIX}${h.fake.alice.id}`),
            'once closed, the one who started it may delete it',
          );
          assert.throws(() => h.fake.pressButton(question, after[0].customId, h.fake.bob), /disabled/);
          assert.equal(await h.groups!.sweep(), 0, 'closed once');

          const board = await scores(h);
          assert.equal(board.flags & EPHEMERAL, 0);
          const lines = board.content.split('\n').filter((l) => /^\d+\. /.test(l));
          assert.deepEqual(lines, [
            `1. <@${h.fake.alice.id}>: **10** points, 1 of 1 right, streak 1 day`,
            `1. <@${h.fake.carol.id}>: **10** points, 1 of 1 right, streak 1 day`,
            `3. <@${h.fake.bob.id}>: **0** points, 0 of 1 right`,
          ]);
          const card = board.attachments.find((a) => a.filename === 'scores.png');
          assert.ok(card, 'the leaderboard figure');
          assert.match(card.description ?? '', /Alice.*Carol.*Bob/, 'names from the members the bot has seen');
          assert.ok(
            !h.fake.calls.some((c) => c.method === 'GET' && c.path.startsWith('/users/') && c.path !== '/users/@me'),
            'no REST look-up for names already cached',
          );
        } finally {
          await h.close();
        }
      }));

    it('a restart between the answers and the close loses nothing: the new bot closes the round and edits the question', () =>
      withDb(async (db) => {
        const t = clock();
        const fake = await FakeDiscord.start();
        try {
          const q = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
          const wrong = q.choices.find((c) => c.id !== q.correct)!.id;
          const store1 = await db.open();
          const first = await startHarness({ fake, store: store1, now: t.fn, env: RATE });
          const question = await postQuiz(first, 7, fake.alice);
          await attached(store1, quizIdOf(question));
          await click(first, question, q.correct, fake.alice);
          await click(first, question, wrong, fake.bob);
          await click(first, question, q.correct, fake.carol);
          await first.close();
          await store1.close();

          const store2 = await db.open();
          const second = await startHarness({ fake, store: store2, now: t.fn, env: RATE });
          try {
            const callsBefore = fake.calls.length;
            t.now = (await store2.getRound(quizIdOf(question)))!.closesAt + 1;
            assert.equal(await second.groups!.sweep(), 1);
            await edited(fake, question);
            assert.ok(
              fake.calls.slice(callsBefore).some((c) => c.method === 'PATCH' && c.path.endsWith(`/${question.id}`)),
              'edited by the new process',
            );
            assert.match(question.content, /2 of 3 got it/);
            // The user cache is empty after the restart: names come from GET /users/{id}.
            const board = await scores(second);
            assert.match(board.content, new RegExp(`1\\. <@${fake.alice.id}>: \\*\\*10\\*\\* points`));
            assert.match(board.content, new RegExp(`3\\. <@${fake.bob.id}>: \\*\\*0\\*\\* points`));
            assert.match(board.attachments.find((a) => a.filename === 'scores.png')?.description ?? '', /Carol/);
          } finally {
            await second.close();
          }
        } finally {
          await fake.close();
        }
      }));
  });
}

roundTrip(sqliteFile);
roundTrip(postgres);

describe('discord study groups (SQLite file)', () => {
  async function withBot(fn: (h: DiscordHarness, store: Store, t: ReturnType<typeof clock>) => Promise<void>) {
    const db = await sqliteFile.fresh();
    const store = await db.open();
    const t = clock();
    const h = await startHarness({ store, now: t.fn, env: RATE });
    try {
      await fn(h, store, t);
    } finally {
      await h.close();
      await db.drop();
    }
  }

  it('settings: refused privately without Manage Channels (naming it), accepted with it; DMs may', () =>
    withBot(async (h, store) => {
      const scope = { platform: 'discord', workspace: h.fake.guildId, channel: h.fake.channelId };
      const change = (who: DiscordUser) =>
        answerOf(h.fake, h.fake.dispatchCommand('settings', { key: 'quiz_seconds', value: '90' }, who).token);

      const refused = await change(h.fake.bob);
      assert.equal(refused.flags & EPHEMERAL, EPHEMERAL, 'the refusal is private');
      assert.match(refused.content, new RegExp(MANAGE_PERMISSION_NAME));
      assert.deepEqual(await store.getSettings(scope), [], 'nothing changed');

      h.fake.grantManageChannels(h.fake.alice);
      const accepted = await change(h.fake.alice);
      assert.equal(accepted.flags & EPHEMERAL, EPHEMERAL);
      assert.match(accepted.content, /quiz_seconds is now 90/);
      assert.deepEqual(
        (await store.getSettings(scope)).map((r) => [r.key, r.value]),
        [['quiz_seconds', '90']],
      );

      // A mention: the permission comes from the member's roles (Moderators) in the channel.
      const bobAsks = h.fake.dispatchMessage(`<@${h.fake.appId}> settings theme dark`, h.fake.bob);
      assert.match((await replyTo(h.fake, bobAsks)).content, /Manage Channels permission/);
      const aliceAsks = h.fake.dispatchMessage(`<@${h.fake.appId}> settings theme dark`, h.fake.alice);
      await replyTo(h.fake, aliceAsks);
      assert.ok((await store.getSettings(scope)).some((r) => r.key === 'theme' && r.value === 'dark'));

      // In the bot's DM, the user manages their own "channel".
      const dm = await answerOf(
        h.fake,
        h.fake.dispatchCommand('settings', { key: 'figures', value: 'off' }, h.fake.bob, 'bot_dm').token,
      );
      assert.match(dm.content, /figures is now off/);
    }));

  it('reveal: early only for the starter (or Manage Channels); it edits the question and answers privately', () =>
    withBot(async (h) => {
      const question = await postQuiz(h, 3, h.fake.alice);
      const quizId = quizIdOf(question);
      const early = await answerOf(h.fake, h.fake.dispatchCommand('reveal', { quiz: quizId }, h.fake.bob).token);
      assert.equal(early.flags & EPHEMERAL, EPHEMERAL);
      assert.match(early.content, /only the person who started it or someone with the Manage Channels permission/);
      assert.ok(
        buttons(question).every((b) => !b.disabled),
        'still open',
      );

      const done = await answerOf(h.fake, h.fake.dispatchCommand('reveal', { quiz: quizId }, h.fake.alice).token);
      assert.equal(done.flags & EPHEMERAL, EPHEMERAL);
      assert.match(done.content, /question message now shows the answer/);
      await edited(h.fake, question);
      assert.match(question.content, /0 of 0 got it/);
      assert.equal(await h.groups!.sweep(), 0, 'nothing left for the sweeper');
    }));

  it('a quiz by mention: buttons on the reply; an answer by mention is sent by DM, the channel gets a short note', () =>
    withBot(async (h, store, t) => {
      const asked = h.fake.dispatchMessage(`<@${h.fake.appId}> quiz entry easy seed:5`, h.fake.alice);
      const question = await replyTo(h.fake, asked, 'the quiz');
      const quizId = quizIdOf(question);
      assert.equal((await attached(store, quizId)).messageRef, `${question.channel_id}:${question.id}`);
      const right = generateQuiz({ seed: 5, topic: 'entry', level: 'easy' }).correct;
      assert.doesNotMatch(question.content, /Choices/, 'the choices once: as the buttons');
      assert.match(question.content, /Press a button/);
      // The answer by mention counts like a click: the question shows it (once the throttled edit has run).

      const answer = h.fake.dispatchMessage(`<@${h.fake.appId}> answer ${quizId} ${right}`, h.fake.bob);
      const noteInChannel = await replyTo(h.fake, answer, 'the note');
      assert.match(noteInChannel.content, /sent to you by DM/);
      assert.doesNotMatch(noteInChannel.content, /Right|Not this one/, 'the feedback stays private');
      const dm = await h.fake.waitFor(
        () =>
          [...h.fake.messages.values()].find(
            (m) => m.guild_id === undefined && m.author.bot && /Right/.test(m.content),
          ),
        'the DM with the feedback',
      );
      assert.notEqual(dm.channel_id, h.fake.channelId);
      await h.fake.waitFor(
        () => (question.content.includes('1 person has answered so far') ? question : undefined),
        'the count of answers on the question',
      );

      t.now += 61_000;
      assert.equal(await h.groups!.sweep(), 1);
      await edited(h.fake, question);
      assert.match(question.content, /1 of 1 got it/);
    }));

  it('edit to re-run: editing a message that mentioned the bot edits the reply, never a second reply; also after a restart', async () => {
    const db = await sqliteFile.fresh();
    const fake = await FakeDiscord.start();
    try {
      const store = await db.open();
      const h = await startHarness({ fake, store, env: RATE });
      const asked = fake.dispatchMessage(`<@${fake.appId}> [[1,2]] [[3,4]]`, fake.bob);
      const reply = await replyTo(fake, asked);
      try {
        assert.match(reply.content, /\b8\b/);
        const figure = reply.attachments.find((a) => a.filename.endsWith('.png'))?.id;

        fake.editUserMessage(asked, `<@${fake.appId}> [[1,2]] [[5,6]]`);
        await fake.waitFor(() => /\b12\b/.test(reply.content), 'the reply to be edited');
        assert.equal(repliesTo(fake, asked).length, 1, 'no second reply');
        assert.ok(fake.calls.some((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${reply.id}`)));
        assert.ok(
          reply.attachments.some((a) => a.filename.endsWith('.png')) && !reply.attachments.some((a) => a.id === figure),
          'the figure was replaced, not added to',
        );
        assert.equal(reply.embeds.length, 1);

        // A typo answered with an error, then fixed: the error becomes the answer.
        const typo = fake.dispatchMessage(`<@${fake.appId}> psd [[2,1],[1,x]]`, fake.bob);
        const error = await replyTo(fake, typo);
        assert.match(error.content, /Try:/);
        fake.editUserMessage(typo, `<@${fake.appId}> psd [[2,1],[1,2]]`);
        await fake.waitFor(() => /positive definite/i.test(error.content), 'the error edited into the answer');
        assert.equal(repliesTo(fake, typo).length, 1);
        assert.ok(buttons(error).some((b) => b.customId === `${DELETE_PREFIX}${fake.bob.id}`));
      } finally {
        await h.close();
      }

      // The link is in the store: a new process (an empty message cache) edits the same reply.
      const again = await startHarness({ fake, store, env: RATE });
      try {
        fake.editUserMessage(asked, `<@${fake.appId}> [[1,2]] [[7,9]]`);
        await fake.waitFor(() => /\b18\b/.test(reply.content), 'the reply edited by the new process');
        assert.equal(repliesTo(fake, asked).length, 1);
      } finally {
        await again.close();
      }
    } finally {
      await fake.close();
      await db.drop();
    }
  });

  it('"Hadamard this" on someone else\'s message answers it; privately when the channel says so', () =>
    withBot(async (h) => {
      // Bob's message does not mention the bot: the gateway gives the bot no content and it stays quiet.
      const bobs = h.fake.dispatchMessage('[[2,3],[4,1]] ∘ [[5,6],[7,8]]', h.fake.bob);
      const run = async () =>
        answerOf(h.fake, h.fake.dispatchMessageCommand(MESSAGE_COMMAND_NAME, bobs, h.fake.alice).token);
      const answer = await run();
      assert.equal(answer.flags & EPHEMERAL, 0, 'public by default');
      for (const n of ['10', '18', '28']) assert.match(answer.content, new RegExp(`\\b${n}\\b`));
      assert.ok(buttons(answer).some((b) => b.customId === `${DELETE_PREFIX}${h.fake.alice.id}`));
      assert.equal(repliesTo(h.fake, bobs).length, 0, 'no reply to the message itself');

      h.fake.grantManageChannels(h.fake.alice);
      await answerOf(h.fake, h.fake.dispatchCommand('settings', { key: 'private', value: 'on' }, h.fake.alice).token);
      const quiet = await run();
      assert.equal(quiet.flags & EPHEMERAL, EPHEMERAL, 'the channel keeps answers private');
      assert.match(quiet.content, /28/);

      const blank = h.fake.dispatchMessage('', h.fake.bob);
      const none = await answerOf(
        h.fake,
        h.fake.dispatchMessageCommand(MESSAGE_COMMAND_NAME, blank, h.fake.alice).token,
      );
      assert.equal(none.flags & EPHEMERAL, EPHEMERAL);
      assert.match(none.content, /no text/);
    }));

  it('user-installed in a private channel the bot is not in: the question is edited through the quiz interaction', () =>
    withBot(async (h, store, t) => {
      const question = await postQuiz(h, 11, h.fake.alice, 'private_channel');
      const round = await attached(store, quizIdOf(question));
      t.now = round.closesAt + 1;
      assert.equal(await h.groups!.sweep(), 1);
      await edited(h.fake, question);
      const patches = h.fake.calls.filter((c) => c.method === 'PATCH');
      assert.equal(patches.at(-2)?.status, 403, 'the channel edit is refused (Missing Access)');
      assert.match(patches.at(-1)!.path, /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
      assert.ok(question.attachments.some((a) => a.filename.endsWith('.png')));
    }));
});
