// Each delivery handled once (issue 17): the same signed request sent again (a captured request replayed within the
// signature window, or Slack retrying an event with X-Slack-Retry-Num) is acknowledged and ignored — no second post,
// no second computation, no second answer recorded — also when the copy reaches another instance on the same store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/types.js';
import { BOT_USER_ID, FakeSlack, buttonsOf } from '../../fakes/slack.js';
import { startBot, type BotUnderTest } from './harness.js';

let fake: FakeSlack;
let store: Store;
let dir: string;
/** Two instances of the bot on one store (a SQLite file both open, as two processes would). */
let one: BotUnderTest;
let two: BotUnderTest;
let channelNo = 0;
const newChannel = () => `C0RPLY${String(++channelNo).padStart(4, '0')}`;

before(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  dir = mkdtempSync(join(tmpdir(), 'hadamard-replay-'));
  fake = await FakeSlack.start();
  store = await openStore({ dataDir: dir });
  const other = await openStore({ dataDir: dir });
  one = await startBot(fake, { rateLimit: { count: 1000, windowSeconds: 30 }, store });
  two = await startBot(fake, { rateLimit: { count: 1000, windowSeconds: 30 }, store: other });
  (two as BotUnderTest & { extraStore?: Store }).extraStore = other;
});

after(async () => {
  await one.stop();
  await two.stop();
  await (two as BotUnderTest & { extraStore?: Store }).extraStore?.close();
  await store.close();
  await fake.close();
  const { rmSync } = await import('node:fs');
  rmSync(dir, { recursive: true, force: true });
});

/** Lets anything a duplicate might have started finish, so a second post would be seen. */
async function settle(): Promise<void> {
  for (let i = 0; i < 100 && (one.dispatcher.inFlight > 0 || two.dispatcher.inFlight > 0); i++) await sleep(20);
  await sleep(200);
}

test('a slash command sent twice (same bytes, same signature) is acked twice and answered once', async () => {
  const channel = newChannel();
  const first = await fake.sendSlashCommand(one.eventsUrl, { text: '[[2,3],[4,1]] [[5,6],[7,8]]', channelId: channel });
  assert.equal(first.status, 200);
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  // The same request again, to the same instance and to the other one.
  const again = await fake.resend(first.request);
  const elsewhere = await fake.resend({ ...first.request, url: two.eventsUrl });
  assert.equal(again.status, 200);
  assert.equal(elsewhere.status, 200);
  await settle();
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'one answer in the channel');
  assert.equal(fake.responses.filter((r) => r.commandId === first.commandId).length, 0, 'no private notes either');
  assert.ok(one.rawLogs().includes('already handled') || two.rawLogs().includes('already handled'));
});

test('an event Slack retries (same event_id, X-Slack-Retry-Num) is answered once', async () => {
  const channel = newChannel();
  const ts = '1764000000.000101';
  const event = { type: 'app_mention', user: 'U0STUDENT1', channel, ts, text: `<@${BOT_USER_ID}> psd [[2,1],[1,2]]` };
  const first = await fake.sendEvent(one.eventsUrl, event);
  assert.equal(first.status, 200);
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  for (const [num, url] of [
    [1, one.eventsUrl],
    [2, two.eventsUrl],
  ] as const) {
    const r = await fake.resend({ ...first.request, url }, { num, reason: 'http_timeout' });
    assert.equal(r.status, 200);
  }
  await settle();
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1);
});

test('a quiz click replayed counts once and gets one private reply', async () => {
  const channel = newChannel();
  await fake.sendSlashCommand(one.eventsUrl, { text: 'quiz entry easy seed:7', channelId: channel, userId: 'U0ALICE' });
  await fake.waitFor(
    () => fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0),
    10_000,
    'the quiz',
  );
  const message = fake.messages.find((m) => m.channel === channel && buttonsOf(m).length > 0)!;
  const button = buttonsOf(message)[0];
  const quizId = button.value!.split(':')[0];
  const click = await fake.clickButton(one.eventsUrl, { message, button, userId: 'U0BOB' });
  await fake.waitFor(() => fake.responses.some((r) => r.commandId === click.commandId), 10_000, 'the feedback');
  await fake.resend(click.request);
  await fake.resend({ ...click.request, url: two.eventsUrl });
  await settle();
  assert.equal(fake.responses.filter((r) => r.commandId === click.commandId).length, 1, 'one feedback line');
  const answers = await store.roundAnswers(quizId);
  assert.equal(answers.filter((a) => a.user === 'U0BOB').length, 1);
});

test('a new delivery with the same text is not a replay: it is answered', async () => {
  const channel = newChannel();
  await fake.sendSlashCommand(one.eventsUrl, { text: 'psd [[1,2],[2,1]]', channelId: channel });
  await fake.sendSlashCommand(two.eventsUrl, { text: 'psd [[1,2],[2,1]]', channelId: channel });
  await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length === 2, 10_000, 'two answers');
});
