// Progress in Slack, at the wire: the real Bolt app against the fake Slack, through the real Dispatcher, the
// GroupService and a real store (a SQLite file, and the Postgres on this machine). `practice` is an ephemeral question
// with buttons whose click replaces it with the answer and its reveal, nothing in the channel, nothing on the board;
// `me` answers privately and sends its figure to the user's DM; `class` and `class export` are for admins only, the
// CSV going to the admin's DM; and all of them agree, before and after forget-me.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz, type QuizTopic } from '../../../src/engine/index.js';
import type { Store } from '../../../src/store/types.js';
import {
  FakeSlack,
  buttonsOf,
  dmChannelOf,
  type PostedButton,
  type PostedMessage,
  type ResponseUrlPost,
} from '../../fakes/slack.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';
import { startBot, type BotUnderTest } from './harness.js';

const T0 = Date.UTC(2026, 10, 25, 12); // a Wednesday, noon
const RATE = { count: 1000, windowSeconds: 30 };

let channels = 0;
const newChannel = () => `C0PRG${String(++channels).padStart(5, '0')}`;

interface Env {
  fake: FakeSlack;
  bot: BotUnderTest;
  store: Store;
  clock: { now: number };
}

async function withBot(db: TestDatabase, fn: (env: Env) => Promise<void>): Promise<void> {
  const fake = await FakeSlack.start();
  fake.users.set('U0ADMIN', { display_name: 'Admin', is_admin: true });
  const store = await db.open();
  const clock = { now: T0 };
  const bot = await startBot(fake, { store, now: () => clock.now, rateLimit: RATE });
  try {
    await fn({ fake, bot, store, clock });
  } finally {
    await bot.stop();
    await fake.close();
  }
}

/** A slash command and its one private reply (response_url, ephemeral). */
async function privately(env: Env, text: string, channelId: string, userId: string): Promise<ResponseUrlPost> {
  const r = await env.fake.sendSlashCommand(env.bot.eventsUrl, { text, channelId, userId });
  assert.equal(r.status, 200);
  await env.fake.waitFor(() => env.fake.responses.some((x) => x.commandId === r.commandId), 10_000, `reply to ${text}`);
  const replies = env.fake.responses.filter((x) => x.commandId === r.commandId);
  assert.equal(replies.length, 1);
  assert.equal(replies[0].body.response_type, 'ephemeral');
  return replies[0];
}

/** A click on a button; resolves with the private reply it got. */
async function click(env: Env, message: PostedMessage, button: PostedButton, userId: string, ephemeral = false) {
  const r = await env.fake.clickButton(env.bot.eventsUrl, { message, button, userId, ephemeral });
  await env.fake.waitFor(() => env.fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the reply');
  return env.fake.responses.find((x) => x.commandId === r.commandId)!;
}

/** A channel quiz answered (right or wrong) by each user, then revealed by its starter. */
async function playRound(env: Env, channel: string, words: string, answers: Record<string, boolean>) {
  const { fake } = env;
  const before = fake.messages.length;
  await fake.sendSlashCommand(env.bot.eventsUrl, { text: `quiz ${words}`, channelId: channel, userId: 'U0ADMIN' });
  await fake.waitFor(() => fake.messages.slice(before).some((m) => buttonsOf(m).length > 0), 10_000, 'the quiz');
  const message = fake.messages.slice(before).find((m) => buttonsOf(m).length > 0)!;
  const id = buttonsOf(message)[0].value!.split(':')[0];
  const [, topic, level, seed] = /^(\w+) (\w+) seed:(\d+)$/.exec(words)!;
  const q = generateQuiz({ seed: Number(seed), topic: topic as QuizTopic, level: level as 'easy' });
  const wrong = q.choices.find((c) => c.id !== q.correct)!.id;
  for (const [user, right] of Object.entries(answers)) {
    const button = buttonsOf(message).find((b) => b.value === `${id}:${right ? q.correct : wrong}`)!;
    await click(env, message, button, user);
  }
  await privately(env, `reveal ${id}`, channel, 'U0ADMIN');
}

function suite(backend: StoreBackend): void {
  describe(`Slack progress on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('practice: an ephemeral question with buttons; the click replaces it with the answer and its reveal; nothing public', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, store } = env;
          const channel = newChannel();
          const question = await privately(env, 'practice trace easy', channel, 'U0BOB');
          const blocks = question.body.blocks as unknown[];
          const buttons = buttonsOf({ blocks });
          assert.ok(buttons.length >= 3, 'the practice question has its buttons');
          assert.match(question.allText, /practice question, for you alone/);
          assert.doesNotMatch(question.allText, /Choices/, 'the choices are the buttons, not a list too');
          const id = buttons[0].value!.split(':')[0];
          const round = (await store.getRound(id))!;
          assert.equal(round.practice, true);
          const q = generateQuiz({ seed: round.seed, topic: 'trace', level: 'easy' });
          // The click on the ephemeral question (Slack sends no `message` for it).
          const asMessage = { channel, ts: '1700000000.000001', text: question.allText, blocks } as PostedMessage;
          const reply = await click(
            env,
            asMessage,
            buttons.find((b) => b.value === `${id}:${q.correct}`)!,
            'U0BOB',
            true,
          );
          assert.equal(reply.body.replace_original, true, 'the question is replaced by its answer');
          assert.equal(reply.body.response_type, 'ephemeral');
          assert.match(reply.allText, /Right: .* is the answer\. \(Practice: no points/);
          assert.match(reply.allText, /The answer is/);
          assert.match(reply.allText, /:white_check_mark: \*.*\* ← your answer/, 'the choice marked, and right');
          assert.equal(buttonsOf(reply.body as { blocks: unknown[] }).length, 0, 'no buttons left to click');
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0, 'nothing in the channel');
          assert.equal(fake.ephemerals.filter((m) => m.channel === channel).length, 0);
          const board = await store.leaderboard({ platform: 'slack', workspace: 'T0FAKETEAM', channel, limit: 10 });
          assert.deepEqual(board, [], 'not on the board');
        }),
      ));

    it('me: privately, its figure in the DM; class: admins only; class export: the CSV in the DM; forget-me clears all', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake } = env;
          const channel = newChannel();
          await playRound(env, channel, 'entry easy seed:5', { U0ALICE: true, U0BOB: false });
          await playRound(env, channel, 'schur easy seed:6', { U0ALICE: false, U0BOB: false });

          const me = await privately(env, 'me', channel, 'U0BOB');
          assert.match(me.allText, /0 points in this channel; 0 of 2 right \(0%\)/);
          assert.match(me.allText, /went to your direct messages with me/);
          await fake.waitFor(
            () => fake.completedUploads().some((u) => u.channel_id === dmChannelOf('U0BOB') && u.filename === 'me.png'),
            10_000,
            'the me figure in the DM',
          );
          assert.ok(fake.calls.some((c) => c.method === 'conversations.open' && c.args.users === 'U0BOB'));

          const refused = await privately(env, 'class', channel, 'U0BOB');
          assert.match(refused.allText, /for those who manage this channel \(a Slack workspace admin or owner\)/);
          const refusedExport = await privately(env, 'class export', channel, 'U0BOB');
          assert.match(refusedExport.allText, /class export is for those who manage/);
          assert.ok(!fake.completedUploads().some((u) => /\.csv$/.test(u.filename)), 'no CSV for a non-admin');

          const view = await privately(env, 'class', channel, 'U0ADMIN');
          assert.match(view.allText, /This week: 2 players, 2 rounds \(2 closed\), 4 answers, 25% right\./);
          assert.match(view.allText, /Most chosen misconceptions/);
          const exported = await privately(env, 'class export', channel, 'U0ADMIN');
          assert.match(exported.allText, /4 answers to this channel's closed rounds/);
          await fake.waitFor(
            () =>
              fake.completedUploads().some((u) => u.channel_id === dmChannelOf('U0ADMIN') && /\.csv$/.test(u.filename)),
            10_000,
            'the CSV in the admin DM',
          );
          const csv = fake
            .completedUploads()
            .find((u) => u.channel_id === dmChannelOf('U0ADMIN') && /\.csv$/.test(u.filename))!;
          const lines = csv.bytes!.toString('utf8').trimEnd().split('\r\n');
          assert.equal(lines[0], 'user,round,topic,level,choice,right,points,misconception,time');
          assert.equal(lines.length - 1, 4);
          assert.equal(lines.filter((l) => l.startsWith('U0BOB,')).length, 2);
          assert.equal(fake.messages.filter((m) => m.channel === channel && /Class/.test(m.allText)).length, 0);

          const forgot = await privately(env, 'forget-me', channel, 'U0BOB');
          assert.match(forgot.allText, /Deleted 2 answers/);
          const after = await privately(env, 'class', channel, 'U0ADMIN');
          assert.match(after.allText, /This week: 1 player, 2 rounds \(2 closed\), 2 answers, 50% right\./);
          const meAfter = await privately(env, 'me', channel, 'U0BOB');
          assert.match(meAfter.allText, /No answers of yours here yet/);
        }),
      ));
  });
}

suite(sqliteFile);
suite(await postgresBackend());
