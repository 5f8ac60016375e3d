// Scheduled runs and pinned boards on Discord, at the wire: the real discord.js adapter against the fake Discord, the
// real group service on a real store (a SQLite file, and the Postgres on this machine). A scheduled quiz is posted
// in the channel with its buttons (REST, bot token) and answered by a click; `scores pin` posts the board once and
// PATCHes that message as rounds close, posting it anew once deleted; Manage Channels is needed to schedule or pin.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import { ANSWER_PREFIX, parseAnswerCustomId } from '../../../src/bot/discord/quiz.js';
import { PIN_THROTTLE_MS } from '../../../src/bot/groups/service.js';
import { postgresBackend, sqliteFile, type StoreBackend } from '../../store/backends.js';
import { answerOf, buttons, startHarness } from './harness.js';

const postgres = await postgresBackend();
const EPHEMERAL = 64;
const T0 = Date.UTC(2026, 10, 25, 12); // Wednesday 25 November 2026, noon UTC

function suite(backend: StoreBackend): void {
  describe(`Discord: scheduled posts and a pinned board on ${backend.name}`, { skip: backend.skip }, () => {
    it('a scheduled quiz with buttons; a pinned board edited in place, reposted once deleted', async () => {
      backend.require?.();
      const db = await backend.fresh();
      const clock = { now: T0 };
      const h = await startHarness({ env: { RATE_LIMIT_COUNT: '1000' }, store: await db.open(), now: () => clock.now });
      const { fake } = h;
      try {
        const ask = async (verb: string, options: Record<string, string>, who = fake.bob) => {
          const m = await answerOf(fake, fake.dispatchCommand(verb, options, who).token);
          return m;
        };
        // Carol cannot manage the channel: refused, privately; Bob can.
        const refused = await ask(
          'schedule',
          { every: 'daily', at: '12:30', command: 'quiz entry easy seed:7' },
          fake.carol,
        );
        assert.equal(refused.flags & EPHEMERAL, EPHEMERAL);
        assert.match(refused.content, /needs the Manage Channels permission/);
        fake.grantManageChannels(fake.bob);
        const made = await ask('schedule', { every: 'daily', at: '12:30', command: 'quiz entry easy seed:7' });
        assert.equal(made.flags & EPHEMERAL, EPHEMERAL);
        assert.match(made.content, /Scheduled: `quiz entry easy seed:7` daily at 12:30 \(UTC\)/);
        const listed = await ask('schedule', {}, fake.carol);
        assert.match(listed.content, /daily at 12:30 \(UTC\): `quiz entry easy seed:7`/);

        const before = fake.publicMessages().length;
        clock.now = T0 + 30 * 60_000 + 3_000;
        const [run] = await h.groups!.tick();
        assert.equal(run.ok, true);
        const question = fake.publicMessages().at(-1)!;
        assert.equal(fake.publicMessages().length, before + 1);
        assert.equal(question.author.id, fake.appId, 'posted by the bot, unasked');
        assert.match(question.content, /Scheduled daily at 12:30 \(UTC\)/);
        const q = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
        assert.equal(buttons(question).length, q.choices.length, 'with its buttons, like a typed quiz');
        const quizId = parseAnswerCustomId(buttons(question)[0].customId)!.quizId;
        // Alice answers with a click.
        const feedback = await answerOf(
          fake,
          fake.pressButton(question, `${ANSWER_PREFIX}${quizId}:${q.correct}`, fake.alice).token,
        );
        assert.equal(feedback.flags & EPHEMERAL, EPHEMERAL);

        // Bob pins the board: one message, posted once.
        assert.match(
          (await ask('scores', { pin: 'pin' }, fake.carol)).content,
          /pinning the board needs the Manage Channels/,
        );
        const pinnedReply = await ask('scores', { pin: 'pin' });
        assert.equal(pinnedReply.flags & EPHEMERAL, EPHEMERAL);
        assert.match(pinnedReply.content, /board is posted in this channel and will update in place/);
        const board = fake.publicMessages().at(-1)!;
        // Alice's answer is pending until the round closes: nothing counted yet.
        assert.match(board.content, /no points counted yet: 10 are pending/);
        const posts = fake.publicMessages().length;

        // The quiz closes by time; after the throttle the board message is PATCHed, not posted again.
        clock.now += 60_000;
        assert.equal(await h.groups!.sweep(), 1);
        clock.now += PIN_THROTTLE_MS;
        await h.groups!.tick();
        const patches = fake.calls.filter(
          (c) => c.method === 'PATCH' && c.path === `/channels/${fake.channelId}/messages/${board.id}`,
        );
        assert.equal(patches.length, 1, 'the pinned message is edited');
        assert.match(fake.messages.get(board.id)!.content, /alice leads with 10 points|<@\d+> leads with 10 points/);
        assert.equal(fake.publicMessages().length, posts, 'edited, not reposted');

        // Deleted: the next change posts it anew.
        fake.messages.get(board.id)!.deleted = true;
        const second = await ask('quiz', { topic: 'entry', level: 'easy', seed: '8' }, fake.alice);
        assert.ok(buttons(second).length > 0);
        clock.now += 61_000;
        await h.groups!.sweep();
        clock.now += PIN_THROTTLE_MS;
        await h.groups!.tick();
        const anew = fake.publicMessages().at(-1)!;
        assert.notEqual(anew.id, board.id);
        assert.match(anew.content, /Leaderboard|leads with/);
        const pin = await h.groups!.store.getPinnedBoard({
          platform: 'discord',
          workspace: fake.guildId,
          channel: fake.channelId,
        });
        assert.equal(pin?.messageRef, `${fake.channelId}:${anew.id}`);
      } finally {
        await h.close();
        await db.drop();
      }
    });
  });
}

suite(sqliteFile);
suite(postgres);
