// Study groups in Slack, at the wire: the real Bolt app against the fake Slack, through the real Dispatcher, the
// GroupService and a real store (a SQLite file, and the Postgres on this machine). Quiz buttons (block_actions) with
// private feedback, closing by time (the service's clock + sweep()) that edits the question, scores, settings
// permissions (users.info), private answers, edit to re-run (message_changed), the "Hadamard this" shortcut, and a
// restart between the answers and the close.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import { toMrkdwn } from '../../../src/bot/slack/format.js';
import type { Store } from '../../../src/store/types.js';
import {
  BOT_USER_ID,
  FakeSlack,
  TEAM_ID,
  blocksText,
  buttonsOf,
  type PostedButton,
  type PostedMessage,
  type ResponseUrlPost,
} from '../../fakes/slack.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';
import { startBot, type BotUnderTest } from './harness.js';

const T0 = Date.UTC(2026, 10, 25, 12); // a Wednesday, noon
const RATE = { count: 1000, windowSeconds: 30 };
const MENTION = `<@${BOT_USER_ID}>`;

let channels = 0;
const newChannel = () => `C0GRP${String(++channels).padStart(5, '0')}`;
let stamps = 0;
/** A fresh message ts, as a user's message would have. */
const newTs = () => `${1_764_000_000 + ++stamps}.000${String(stamps).padStart(3, '0')}`;

interface Env {
  fake: FakeSlack;
  bot: BotUnderTest;
  store: Store;
  clock: { now: number };
}

async function withBot(db: TestDatabase, fn: (env: Env) => Promise<void>): Promise<void> {
  const fake = await FakeSlack.start();
  fake.users.set('U0ADMIN', { display_name: 'Admin', is_admin: true });
  fake.users.set('U0OWNER', { display_name: 'Owner', is_owner: true });
  fake.users.set('U0ALICE', { display_name: 'Alice' });
  fake.users.set('U0BOB', { display_name: 'Bob' });
  fake.users.set('U0CAROL', { display_name: 'Carol' });
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

/** Sends a slash command and waits for its one private reply (response_url, ephemeral). */
async function privately(env: Env, text: string, channelId: string, userId: string): Promise<ResponseUrlPost> {
  const r = await env.fake.sendSlashCommand(env.bot.eventsUrl, { text, channelId, userId });
  assert.equal(r.status, 200);
  await env.fake.waitFor(() => env.fake.responses.some((x) => x.commandId === r.commandId), 10_000, `reply to ${text}`);
  const replies = env.fake.responses.filter((x) => x.commandId === r.commandId);
  assert.equal(replies.length, 1);
  assert.equal(replies[0].body.response_type, 'ephemeral');
  return replies[0];
}

/** `/hadamard quiz <words>` in a channel: the question as posted, its id and its buttons. */
async function postQuiz(env: Env, channel: string, words: string, userId = 'U0ALICE') {
  await env.fake.sendSlashCommand(env.bot.eventsUrl, { text: `quiz ${words}`, channelId: channel, userId });
  await env.fake.waitFor(
    () => env.fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0),
    10_000,
    'the quiz',
  );
  const message = env.fake.messages.find((m) => m.channel === channel && buttonsOf(m).length > 0)!;
  const buttons = buttonsOf(message);
  const id = buttons[0].value!.split(':')[0];
  const button = (choice: string): PostedButton => buttons.find((b) => b.value === `${id}:${choice}`)!;
  return { message, id, buttons, button };
}

/** A click on a button; resolves with the ack and the private feedback it got. */
async function click(env: Env, message: PostedMessage, button: PostedButton, userId: string) {
  const { fake } = env;
  const r = await fake.clickButton(env.bot.eventsUrl, { message, button, userId });
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, `feedback to ${userId}`);
  const [feedback] = fake.responses.filter((x) => x.commandId === r.commandId);
  return { ack: r, feedback };
}

/**
 * Waits until the bot has linked its answer to the user's message (it does so right after posting it), as a real
 * edit comes seconds later.
 */
async function linked(env: Env, channel: string, sourceMessageId: string): Promise<void> {
  const until = Date.now() + 5_000;
  while (!(await env.store.findReply({ platform: 'slack', channel, sourceMessageId }))) {
    if (Date.now() > until) assert.fail(`no reply link for ${sourceMessageId}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function suite(backend: StoreBackend): void {
  describe(`Slack study groups on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('end to end: a quiz with buttons, three users click (one twice), it closes by time, the question is edited, the scores are right', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, bot, clock } = env;
          const channel = newChannel();
          const q = generateQuiz({ seed: 7, topic: 'entry', level: 'easy' });
          const quiz = await postQuiz(env, channel, 'entry easy seed:7');
          assert.equal(quiz.buttons.length, q.choices.length, 'one button per choice');
          assert.deepEqual(
            quiz.buttons.map((b) => b.text.text),
            q.choices.map((c) => `${c.id}) ${c.label}`.slice(0, 75)),
          );
          assert.ok(!quiz.message.allText.includes('The answer is'), 'the question does not give the answer away');
          const wrong = q.choices.find((c) => c.id !== q.correct)!.id;

          // Alice right, Bob wrong, Carol right and then (a second click) wrong.
          const alice = await click(env, quiz.message, quiz.button(q.correct), 'U0ALICE');
          const bob = await click(env, quiz.message, quiz.button(wrong), 'U0BOB');
          const carol = await click(env, quiz.message, quiz.button(q.correct), 'U0CAROL');
          const carolAgain = await click(env, quiz.message, quiz.button(wrong), 'U0CAROL');
          for (const c of [alice, bob, carol, carolAgain]) {
            assert.equal(c.ack.status, 200);
            assert.equal(c.ack.body, '', 'an empty 200 is the ack');
            assert.equal(c.feedback.body.response_type, 'ephemeral');
            assert.equal(c.feedback.body.replace_original, false, 'the question stays');
          }
          assert.match(alice.feedback.allText, new RegExp(`Right: ${q.correct}\\) is the answer\\. \\+10 points`));
          assert.match(bob.feedback.allText, new RegExp(`Not this one: ${wrong}\\)`));
          assert.ok(bob.feedback.allText.includes(toMrkdwn(q.feedback[wrong])), 'the mistake is named');
          assert.match(carolAgain.feedback.allText, new RegExp(`You already answered ${q.correct}\\)`));
          // Each one sees their own choice marked, privately; the channel gets no new line.
          assert.match(alice.feedback.allText, new RegExp(`\\*${q.correct}\\) .*\\* ← your answer`));
          assert.match(bob.feedback.allText, new RegExp(`\\*${wrong}\\) .*\\* ← your answer`));
          assert.match(carolAgain.feedback.allText, new RegExp(`\\*${q.correct}\\) .*\\* ← your answer`), 'her first');
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'no public line for a click');
          // The question shows how many answered (three: Carol's second click counts nothing), never what.
          await fake.waitFor(
            () =>
              fake.updates
                .filter((u) => u.ts === quiz.message.ts)
                .at(-1)
                ?.allText.includes('3 people have answered') === true,
            10_000,
            'the count of answers on the question',
          );
          for (const u of fake.updates.filter((x) => x.ts === quiz.message.ts)) {
            assert.equal(buttonsOf(u).length, q.choices.length, 'the buttons stay while it is open');
            assert.doesNotMatch(u.allText, /The answer is|U0ALICE|U0BOB|U0CAROL|your answer/);
          }
          const countEdits = fake.updates.filter((u) => u.ts === quiz.message.ts).length;
          assert.ok(countEdits >= 1 && countEdits <= 4, `${countEdits} edits for 4 clicks (throttled)`);

          // Not yet due: the sweeper closes nothing. Then the time is up.
          assert.equal(await bot.groups!.sweep(), 0);
          clock.now = T0 + 61_000;
          assert.equal(await bot.groups!.sweep(), 1, 'the round closes by time');
          assert.equal(await bot.groups!.sweep(), 0, 'once');
          const revealed = () =>
            fake.updates.filter((u) => u.ts === quiz.message.ts && u.allText.includes('The answer is'));
          await fake.waitFor(() => revealed().length > 0, 10_000, 'the edit');
          const reveal = revealed()[0];
          assert.equal(
            fake.messages.find((m) => m.ts === quiz.message.ts)?.allText,
            reveal.allText,
            'the reveal is what the question shows in the end',
          );
          assert.equal(reveal.channel, channel);
          assert.equal(buttonsOf(reveal).length, 0, 'the buttons are gone');
          assert.match(reveal.allText, new RegExp(`The answer is ${q.correct}\\)`));
          assert.match(reveal.allText, /2 of 3 got it/);
          assert.match(reveal.allText, /Got it: <@U0ALICE>, <@U0CAROL>\./, 'the winners, fastest first, as mentions');
          assert.match(
            reveal.allText,
            new RegExp(`:white_check_mark: Closed when the time was up: \\*${q.correct}\\)\\*`),
          );
          // The worked figure, in the question's thread.
          await fake.waitFor(
            () => fake.completedUploads().some((u) => u.channel_id === channel && u.thread_ts === quiz.message.ts),
            10_000,
            'the worked figure in the thread',
          );
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'no new message: an edit');

          // A click after the close is refused privately.
          const late = await click(env, reveal, quiz.button(q.correct), 'U0DAVE');
          assert.match(late.feedback.allText, /is closed/);

          // The scores: Alice and Carol 10 each (Alice first: earlier), Bob 0; names from users.info.
          await fake.sendSlashCommand(bot.eventsUrl, { text: 'scores', channelId: channel, userId: 'U0BOB' });
          await fake.waitFor(
            () => fake.messages.filter((m) => m.channel === channel).length === 2,
            10_000,
            'the scores',
          );
          const scores = fake.messages.filter((m) => m.channel === channel)[1];
          assert.match(scores.allText, /1\. Alice: \*10\* points, 1 of 1 right, streak 1 day/);
          assert.match(scores.allText, /1\. Carol: \*10\* points, 1 of 1 right/, 'equal points, one rank');
          assert.match(scores.allText, /3\. Bob: \*0\* points, 0 of 1 right/);
          const board = blocksText(
            scores.text,
            scores.blocks.filter((b) => (b as { type?: string }).type !== 'context'),
          );
          assert.doesNotMatch(board, /<@U0/, 'the leaderboard names people without pinging them');
          assert.equal((await env.store.roundAnswers(quiz.id)).length, 3);
        }),
      ));

    it('settings: a non-admin is refused privately, naming the permission; an admin and an owner are accepted', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, store } = env;
          const channel = newChannel();
          const scope = { platform: 'slack', workspace: TEAM_ID, channel };
          const infoCalls = () => fake.calls.filter((c) => c.method === 'users.info').length;

          const before = infoCalls();
          const shown = await privately(env, 'settings', channel, 'U0BOB');
          assert.match(shown.allText, /quiz_seconds/);
          // settings answers in the asker's language (issue 21): Slack is asked that (users.info with the locale,
          // cached), at most once, and no permission.
          assert.ok(infoCalls() - before <= 1, 'showing the settings asks Slack at most the asker’s language');
          assert.ok(
            fake.calls
              .filter((c) => c.method === 'users.info')
              .slice(before)
              .every((c) => c.args.include_locale),
          );

          const refused = await privately(env, 'settings quiz_seconds 90', channel, 'U0BOB');
          assert.match(refused.allText, /changing the channel's settings needs a Slack workspace admin or owner/);
          assert.ok(fake.calls.some((c) => c.method === 'users.info' && c.args.user === 'U0BOB'));
          assert.deepEqual(await store.getSettings(scope), [], 'nothing changed');

          const admin = await privately(env, 'settings quiz_seconds 90', channel, 'U0ADMIN');
          assert.match(admin.allText, /quiz_seconds is now 90 in this channel \(was 60\)/);
          const owner = await privately(env, 'settings theme dark', channel, 'U0OWNER');
          assert.match(owner.allText, /theme is now dark/);
          assert.deepEqual((await store.getSettings(scope)).map((r) => [r.key, r.value]).sort(), [
            ['quiz_seconds', '90'],
            ['theme', 'dark'],
          ]);
          // A user Slack does not know (users.info fails) is not an admin.
          fake.missingUsers.add('U0GHOST');
          const ghost = await privately(env, 'settings figures off', channel, 'U0GHOST');
          assert.match(ghost.allText, /needs a Slack workspace admin or owner/);
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0, 'all of it privately');
        }),
      ));

    it('private on: answers are ephemeral (slash: response_url, mention: chat.postEphemeral), nothing in the channel', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake } = env;
          const channel = newChannel();
          await privately(env, 'settings private on', channel, 'U0ADMIN');
          const psd = await privately(env, 'psd [[2,1],[1,2]]', channel, 'U0BOB');
          assert.match(psd.allText, /positive definite/i);
          assert.match(psd.allText, /Private answers come without their figures and files/);
          await fake.sendEvent(env.bot.eventsUrl, {
            type: 'app_mention',
            user: 'U0CAROL',
            text: `${MENTION} [[2,3],[4,1]] [[5,6],[7,8]]`,
            ts: newTs(),
            channel,
          });
          await fake.waitFor(() => fake.ephemerals.some((m) => m.channel === channel), 10_000, 'the ephemeral');
          const call = fake.calls.find((c) => c.method === 'chat.postEphemeral' && c.args.channel === channel);
          assert.equal(call?.args.user, 'U0CAROL');
          assert.match(fake.ephemerals.find((m) => m.channel === channel)!.allText, /10\D{1,40}18\D{1,40}28/);
          await new Promise((r) => setTimeout(r, 200));
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
          assert.ok(!fake.completedUploads().some((u) => u.channel_id === channel), 'no figure shared');
        }),
      ));

    it('edit to re-run: the earlier answer is edited, not duplicated; unfurls, bots and edits without a mention are ignored', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, bot } = env;
          const channel = newChannel();
          const ts = newTs();
          const first = `${MENTION} [[1,2]] [[3,4]]`;
          await fake.sendEvent(bot.eventsUrl, { type: 'app_mention', user: 'U0ALICE', text: first, ts, channel });
          // Slack also delivers the same new message as message.channels: it must not be answered twice.
          await fake.sendEvent(bot.eventsUrl, {
            type: 'message',
            channel_type: 'channel',
            user: 'U0ALICE',
            text: first,
            ts,
            channel,
          });
          await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
          await fake.waitFor(() => fake.completedUploads().some((u) => u.channel_id === channel), 10_000, 'figure');
          const [answer] = fake.messages.filter((m) => m.channel === channel);
          assert.match(answer.allText, /\[\s*3\s+8\s*\]/);
          await linked(env, channel, ts);

          const edit = (
            oldText: string,
            newText: string,
            extra: Partial<Parameters<typeof FakeSlack.messageChanged>[0]> = {},
          ) =>
            fake.sendEvent(
              bot.eventsUrl,
              FakeSlack.messageChanged({ channel, user: 'U0ALICE', ts, oldText, newText, ...extra }),
            );
          const second = `${MENTION} [[1,2]] [[5,6]]`;
          const r = await edit(first, second);
          assert.equal(r.status, 200);
          await fake.waitFor(() => fake.updates.some((u) => u.ts === answer.ts), 10_000, 'the edited answer');
          const updated = fake.updates.find((u) => u.ts === answer.ts)!;
          assert.match(updated.allText, /\[\s*5\s+12\s*\]/, 'the new product');
          assert.match(updated.allText, /Updated after the question was edited/);
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'edited, not posted again');
          // The new figure goes into the answer's thread, not into the channel.
          await fake.waitFor(
            () => fake.completedUploads().some((u) => u.channel_id === channel && u.thread_ts === answer.ts),
            10_000,
            'the new figure in the thread',
          );

          // Ignored: an unfurl (no `edited`), the bot's own message, an edit that drops the mention, the same text.
          const updatesBefore = fake.updates.length;
          await edit(second, second + ' https://example.org', { unfurl: true });
          await edit(second, `${MENTION} [[9]] [[9]]`, { botId: 'B0OTHER' });
          await edit(second, '[[1,2]] [[7,8]] no mention');
          await edit(second, second);
          await new Promise((r2) => setTimeout(r2, 300));
          assert.equal(fake.updates.length, updatesBefore, 'none of those edits the answer');

          // An edit that breaks the input: the error goes privately, the old answer gives way to a note.
          await edit(second, `${MENTION} [[1,2]] [[5,x]]`);
          await fake.waitFor(() => fake.ephemerals.some((m) => m.channel === channel), 10_000, 'the private error');
          assert.equal(fake.calls.find((c) => c.method === 'chat.postEphemeral')?.args.user, 'U0ALICE');
          await fake.waitFor(() => fake.updates.filter((u) => u.ts === answer.ts).length === 2, 10_000, 'the note');
          assert.match(fake.updates.filter((u) => u.ts === answer.ts)[1].allText, /edited the question/);
          // And fixed again: the same message carries the answer.
          await edit(`${MENTION} [[1,2]] [[5,x]]`, `${MENTION} [[1,2]] [[5,7]]`);
          await fake.waitFor(() => fake.updates.filter((u) => u.ts === answer.ts).length === 3, 10_000, 'fixed');
          assert.match(fake.updates.filter((u) => u.ts === answer.ts)[2].allText, /\[\s*5\s+14\s*\]/);
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'still one answer');

          // A mention whose first text was an error (no answer to edit): the fixed edit is answered once.
          const ts2 = newTs();
          await fake.sendEvent(bot.eventsUrl, {
            type: 'app_mention',
            user: 'U0BOB',
            text: `${MENTION} psd [[1,2],[3]]`,
            ts: ts2,
            channel,
          });
          await fake.waitFor(() => fake.ephemerals.filter((m) => m.channel === channel).length === 2, 10_000, 'err');
          await fake.sendEvent(
            bot.eventsUrl,
            FakeSlack.messageChanged({
              channel,
              user: 'U0BOB',
              ts: ts2,
              oldText: `${MENTION} psd [[1,2],[3]]`,
              newText: `${MENTION} psd [[1,2],[2,1]]`,
            }),
          );
          await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length === 2, 10_000, 'answer');
          assert.match(fake.messages.filter((m) => m.channel === channel)[1].allText, /not positive semidefinite/);

          // A mention that started a quiz: that message belongs to the round, so an edit is answered anew.
          const ts3 = newTs();
          const quizText = `${MENTION} quiz psd easy seed:4`;
          await fake.sendEvent(bot.eventsUrl, {
            type: 'app_mention',
            user: 'U0CAROL',
            text: quizText,
            ts: ts3,
            channel,
          });
          await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length === 3, 10_000, 'quiz');
          const quizMessage = fake.messages.filter((m) => m.channel === channel)[2];
          assert.ok(buttonsOf(quizMessage).length > 0);
          await fake.sendEvent(
            bot.eventsUrl,
            FakeSlack.messageChanged({
              channel,
              user: 'U0CAROL',
              ts: ts3,
              oldText: quizText,
              newText: `${MENTION} psd [[1]]`,
            }),
          );
          await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length === 4, 10_000, 'anew');
          assert.ok(!fake.updates.some((u) => u.ts === quizMessage.ts), 'the quiz stays as it is');
        }),
      ));

    it('edit to re-run in a thread and in a DM edits the answer where it is', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, bot } = env;
          const channel = newChannel();
          const parent = newTs();
          const ts = newTs();
          const text = `${MENTION} psd [[2,1],[1,2]]`;
          await fake.sendEvent(bot.eventsUrl, {
            type: 'app_mention',
            user: 'U0ALICE',
            text,
            ts,
            thread_ts: parent,
            channel,
          });
          await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
          const [answer] = fake.messages.filter((m) => m.channel === channel);
          assert.equal(answer.thread_ts, parent);
          await linked(env, channel, ts);
          await fake.sendEvent(
            bot.eventsUrl,
            FakeSlack.messageChanged({
              channel,
              user: 'U0ALICE',
              ts,
              threadTs: parent,
              oldText: text,
              newText: `${MENTION} psd [[1,2],[2,1]]`,
            }),
          );
          await fake.waitFor(() => fake.updates.some((u) => u.ts === answer.ts), 10_000, 'the edit');
          assert.match(fake.updates.find((u) => u.ts === answer.ts)!.allText, /not positive semidefinite/);
          await fake.waitFor(
            () =>
              fake.completedUploads().filter((u) => u.channel_id === channel && u.thread_ts === parent).length === 2,
            10_000,
            'both figures in the thread',
          );

          const dm = `D0GRP${String(++channels).padStart(5, '0')}`;
          const dts = newTs();
          await fake.sendEvent(bot.eventsUrl, {
            type: 'message',
            channel_type: 'im',
            user: 'U0BOB',
            text: '[[1]] [[2]]',
            ts: dts,
            channel: dm,
          });
          await fake.waitFor(() => fake.messages.some((m) => m.channel === dm), 10_000, 'the DM answer');
          const [dmAnswer] = fake.messages.filter((m) => m.channel === dm);
          await linked(env, dm, dts);
          await fake.sendEvent(
            bot.eventsUrl,
            FakeSlack.messageChanged({
              channel: dm,
              channelType: 'im',
              user: 'U0BOB',
              ts: dts,
              oldText: '[[1]] [[2]]',
              newText: '[[3]] [[2]]',
            }),
          );
          await fake.waitFor(() => fake.updates.some((u) => u.ts === dmAnswer.ts), 10_000, 'the DM edit');
          assert.match(fake.updates.find((u) => u.ts === dmAnswer.ts)!.allText, /\[\s*6\s*\]/);
          assert.equal(fake.messages.filter((m) => m.channel === dm).length, 1);
        }),
      ));

    it('the "Hadamard this" shortcut answers in the message’s thread (privately when the channel says so)', () =>
      withDb((db) =>
        withBot(db, async (env) => {
          const { fake, bot } = env;
          const channel = newChannel();
          const ts = newTs();
          const message = { ts, user: 'U0BOB', text: '[[2,3],[4,1]] ∘ [[5,6],[7,8]]' };
          const r = await fake.sendMessageShortcut(bot.eventsUrl, {
            callbackId: 'hadamard_this',
            userId: 'U0ALICE',
            channelId: channel,
            message,
          });
          assert.equal(r.status, 200);
          assert.equal(r.body, '', 'acked at once');
          await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
          const [answer] = fake.messages.filter((m) => m.channel === channel);
          assert.equal(answer.thread_ts, ts, 'in the message’s thread');
          assert.match(answer.allText, /10\D{1,40}18\D{1,40}28\D{1,40}8(?!\d)/);
          assert.match(answer.allText, /<@U0ALICE> used _Hadamard this_ on <@U0BOB>'s message/);
          await fake.waitFor(
            () => fake.completedUploads().some((u) => u.channel_id === channel && u.thread_ts === ts),
            10_000,
            'the figure in the thread',
          );

          // Text that is not a command: a private error through the shortcut's response_url.
          const bad = await fake.sendMessageShortcut(bot.eventsUrl, {
            callbackId: 'hadamard_this',
            userId: 'U0ALICE',
            channelId: channel,
            message: { ts: newTs(), user: 'U0BOB', text: 'see you at the library at 5' },
          });
          await fake.waitFor(() => fake.responses.some((x) => x.commandId === bad.commandId), 10_000, 'the error');
          const [err] = fake.responses.filter((x) => x.commandId === bad.commandId);
          assert.equal(err.body.response_type, 'ephemeral');
          assert.match(err.allText, /Try:/);

          // private on: the shortcut's answer is ephemeral.
          await privately(env, 'settings private on', channel, 'U0ADMIN');
          const quiet = await fake.sendMessageShortcut(bot.eventsUrl, {
            callbackId: 'hadamard_this',
            userId: 'U0CAROL',
            channelId: channel,
            message: { ts: newTs(), user: 'U0BOB', text: 'psd [[2,1],[1,2]]' },
          });
          await fake.waitFor(() => fake.responses.some((x) => x.commandId === quiet.commandId), 10_000, 'private');
          const [p] = fake.responses.filter((x) => x.commandId === quiet.commandId);
          assert.equal(p.body.response_type, 'ephemeral');
          assert.match(p.allText, /positive definite/i);
          assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'nothing more in the channel');
        }),
      ));

    it('a restart between the answers and the close loses nothing', { skip: !backend.persistent }, () =>
      withDb(async (db) => {
        const fake = await FakeSlack.start();
        const clock = { now: T0 };
        const channel = newChannel();
        const q = generateQuiz({ seed: 11, topic: 'trace', level: 'medium' });
        const wrong = q.choices.find((c) => c.id !== q.correct)!.id;
        try {
          // The first instance: the quiz and two answers.
          const store1 = await db.open();
          const bot1 = await startBot(fake, { store: store1, now: () => clock.now, rateLimit: RATE });
          const env1: Env = { fake, bot: bot1, store: store1, clock };
          const quiz = await postQuiz(env1, channel, 'trace medium seed:11');
          await click(env1, quiz.message, quiz.button(q.correct), 'U0ALICE');
          await click(env1, quiz.message, quiz.button(wrong), 'U0BOB');
          await bot1.stop();
          await store1.close();

          // The restarted instance: a new Bolt app, service and connection; nothing carried over in memory.
          clock.now = T0 + 30_000;
          const store2 = await db.open();
          const bot2 = await startBot(fake, { store: store2, now: () => clock.now, rateLimit: RATE });
          const env2: Env = { fake, bot: bot2, store: store2, clock };
          try {
            assert.notEqual(bot2.eventsUrl, bot1.eventsUrl);
            const again = await click(env2, quiz.message, quiz.button(wrong), 'U0ALICE');
            assert.match(again.feedback.allText, new RegExp(`You already answered ${q.correct}\\)`), 'remembered');
            const carol = await click(env2, quiz.message, quiz.button(q.correct), 'U0CAROL');
            assert.match(carol.feedback.allText, /Right/);
            clock.now = T0 + 61_000;
            assert.equal(await bot2.groups!.sweep(), 1);
            const revealed = () =>
              fake.updates.find((u) => u.ts === quiz.message.ts && u.allText.includes('The answer is'));
            await fake.waitFor(() => revealed() !== undefined, 10_000, 'the reveal');
            const reveal = revealed()!;
            assert.match(reveal.allText, /2 of 3 got it/);
            assert.match(reveal.allText, /Got it: <@U0ALICE>, <@U0CAROL>\./);
            const board = await store2.leaderboard({
              platform: 'slack',
              workspace: TEAM_ID,
              channel,
              limit: 10,
              now: clock.now,
            });
            assert.deepEqual(
              board.map((r) => [r.user, r.points, r.answered]),
              [
                ['U0ALICE', 10, 1],
                ['U0CAROL', 10, 1],
                ['U0BOB', 0, 1],
              ],
            );
          } finally {
            await bot2.stop();
          }
        } finally {
          await fake.close();
        }
      }),
    );
  });
}

suite(sqliteFile);
suite(await postgresBackend());
