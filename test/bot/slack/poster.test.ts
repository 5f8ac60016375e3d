// Scheduled runs and pinned boards on Slack, at the wire: the real Bolt app against the fake Slack, the real group
// service on a real store (a SQLite file, and the Postgres on this machine). A scheduled quiz is posted with buttons
// like a typed one and answered by a click; `scores pin` posts a text board once and edits it (chat.update) as rounds
// close, posting it anew when it was deleted; only workspace admins may schedule or pin.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import { PIN_THROTTLE_MS } from '../../../src/bot/groups/service.js';
import { FakeSlack, TEAM_ID, buttonsOf, type ResponseUrlPost } from '../../fakes/slack.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';
import { startBot, type BotUnderTest } from './harness.js';

const T0 = Date.UTC(2026, 10, 25, 12); // Wednesday 25 November 2026, noon UTC
const CHANNEL = 'C0RHYTHM01';

interface Env {
  fake: FakeSlack;
  bot: BotUnderTest;
  clock: { now: number };
}

async function privately(env: Env, text: string, userId: string): Promise<ResponseUrlPost> {
  const r = await env.fake.sendSlashCommand(env.bot.eventsUrl, { text, channelId: CHANNEL, userId });
  assert.equal(r.status, 200);
  await env.fake.waitFor(() => env.fake.responses.some((x) => x.commandId === r.commandId), 10_000, `reply to ${text}`);
  const [reply] = env.fake.responses.filter((x) => x.commandId === r.commandId);
  assert.equal(reply.body.response_type, 'ephemeral', `${text} is answered privately`);
  return reply;
}

function suite(backend: StoreBackend): void {
  describe(`Slack: scheduled posts and a pinned board on ${backend.name}`, { skip: backend.skip }, () => {
    it('a scheduled quiz with buttons, a pinned text board edited in place and reposted once deleted', async () => {
      backend.require?.();
      const db: TestDatabase = await backend.fresh();
      const fake = await FakeSlack.start();
      fake.users.set('U0ADMIN', { display_name: 'Admin', is_admin: true });
      fake.users.set('U0ALICE', { display_name: 'Alice' });
      const clock = { now: T0 };
      const bot = await startBot(fake, {
        store: await db.open(),
        now: () => clock.now,
        rateLimit: { count: 1000, windowSeconds: 30 },
      });
      const env: Env = { fake, bot, clock };
      try {
        const groups = bot.groups!;
        // Only a workspace admin or owner may schedule or pin.
        assert.match(
          (await privately(env, 'schedule daily 12:30 quiz entry easy seed:7', 'U0ALICE')).allText,
          /needs a Slack workspace admin or owner/,
        );
        assert.match(
          (await privately(env, 'scores pin', 'U0ALICE')).allText,
          /pinning the board needs a Slack workspace admin/,
        );
        const made = await privately(env, 'schedule daily 12:30 quiz entry easy seed:7', 'U0ADMIN');
        assert.match(made.allText, /Scheduled: .*daily at 12:30 \(UTC\)/);
        assert.equal(fake.messages.filter((m) => m.channel === CHANNEL).length, 0, 'nothing public yet');

        // 12:30: the tick posts the quiz in the channel, with its buttons, as a typed quiz is.
        clock.now = T0 + 30 * 60_000 + 2_000;
        const [run] = await groups.tick();
        assert.equal(run.ok, true);
        const question = fake.messages.find((m) => m.channel === CHANNEL && buttonsOf(m).length > 0);
        assert.ok(question, 'the scheduled quiz is posted with buttons');
        assert.match(question.allText, /Scheduled daily at 12:30 \(UTC\)/);
        const q = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
        assert.equal(buttonsOf(question).length, q.choices.length);
        const quizId = buttonsOf(question)[0].value!.split(':')[0];
        assert.equal((await bot.groups!.store.getRound(quizId))?.messageRef, `${CHANNEL}:${question.ts}`);
        // Alice answers with a click, as on any quiz.
        const right = buttonsOf(question).find((b) => b.value === `${quizId}:${q.correct}`)!;
        const click = await fake.clickButton(bot.eventsUrl, { message: question, button: right, userId: 'U0ALICE' });
        await fake.waitFor(() => fake.responses.some((x) => x.commandId === click.commandId), 10_000, 'feedback');

        // The admin pins the week's board: one text message, no files under it.
        const uploads = fake.completedUploads().length;
        assert.match((await privately(env, 'scores pin', 'U0ADMIN')).allText, /Board pinned/);
        const pinned = fake.messages.filter((m) => m.channel === CHANNEL).at(-1)!;
        // Alice's answer is pending until the round closes: nothing counted yet.
        assert.match(pinned.allText, /no points counted yet: 10 are pending/);
        assert.match(pinned.allText, /Pinned: this board updates itself/);
        const posts = fake.messages.filter((m) => m.channel === CHANNEL).length;
        assert.equal(
          fake.completedUploads().length,
          uploads,
          'a pinned board shares no files (Slack cannot edit them)',
        );

        // The quiz closes by time (its question is edited into the reveal); after the throttle, the board is edited.
        clock.now += 60_000;
        assert.equal(await groups.sweep(), 1);
        const afterReveal = fake.completedUploads().length;
        clock.now += PIN_THROTTLE_MS;
        await groups.tick();
        const edit = fake.updates.filter((u) => u.ts === pinned.ts).at(-1);
        assert.ok(edit, 'chat.update on the pinned message');
        assert.match(edit.allText, /Alice: \*10\* points/);
        assert.equal(fake.messages.filter((m) => m.channel === CHANNEL).length, posts, 'edited, not reposted');
        assert.equal(fake.completedUploads().length, afterReveal, 'nor does its edit');

        // Someone deletes the pinned message: the next change posts the board anew, and the pin follows it.
        fake.messages.splice(fake.messages.indexOf(fake.messages.find((m) => m.ts === pinned.ts)!), 1);
        const before = fake.messages.length;
        await fake.sendSlashCommand(bot.eventsUrl, {
          text: 'quiz entry easy seed:8',
          channelId: CHANNEL,
          userId: 'U0ALICE',
        });
        await fake.waitFor(() => fake.messages.length > before, 10_000, 'the second quiz');
        clock.now += 61_000;
        await groups.sweep();
        clock.now += PIN_THROTTLE_MS;
        await groups.tick();
        const again = fake.messages.filter((m) => m.channel === CHANNEL).at(-1)!;
        assert.notEqual(again.ts, pinned.ts);
        assert.match(again.allText, /Leaderboard, this week/);
        const pin = await groups.store.getPinnedBoard({ platform: 'slack', workspace: TEAM_ID, channel: CHANNEL });
        assert.equal(pin?.messageRef, `${CHANNEL}:${again.ts}`);
      } finally {
        await bot.stop();
        await fake.close();
        await db.drop();
      }
    });

    it('two bot instances on one database, ticking at the same instant, post a due schedule once', async () => {
      backend.require?.();
      const db: TestDatabase = await backend.fresh();
      const fake = await FakeSlack.start();
      fake.users.set('U0ADMIN', { display_name: 'Admin', is_admin: true });
      const clock = { now: T0 };
      const rate = { count: 1000, windowSeconds: 30 };
      const one = await startBot(fake, { store: await db.open(), now: () => clock.now, rateLimit: rate });
      const two = await startBot(fake, { store: await db.open(), now: () => clock.now, rateLimit: rate });
      try {
        await privately({ fake, bot: one, clock }, 'schedule weekdays 12:15 explain schur', 'U0ADMIN');
        clock.now = T0 + 15 * 60_000 + 1_000;
        // Each instance ticks twice at once (a second tick joins the first), the two at the same instant.
        const ran = (await Promise.all([one.groups!.tick(), two.groups!.tick(), one.groups!.tick()])).flat();
        const posted = fake.messages.filter((m) => m.channel === CHANNEL);
        assert.equal(posted.length, 1, 'one post in the channel');
        assert.match(posted[0].allText, /Schur/);
        assert.equal(new Set(ran.map((r) => r.scheduleId)).size, 1);
        // Tomorrow (Thursday) it runs again, on whichever instance ticks first.
        clock.now += 24 * 3_600_000;
        await Promise.all([two.groups!.tick(), one.groups!.tick()]);
        assert.equal(fake.messages.filter((m) => m.channel === CHANNEL).length, 2);
      } finally {
        await one.stop();
        await two.stop();
        await fake.close();
        await db.drop();
      }
    });
  });
}

suite(sqliteFile);
suite(await postgresBackend());
