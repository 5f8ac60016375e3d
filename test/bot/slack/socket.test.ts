// The Slack adapter in Socket Mode (SLACK_APP_TOKEN set): the real Bolt SocketModeReceiver opens
// a connection through apps.connections.open on the fake, acks envelopes, and answers as over HTTP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/types.js';
import { BOT_USER_ID, FAKE_APP_TOKEN, FakeSlack, blocksText, buttonsOf } from '../../fakes/slack.js';
import { PNG_SIGNATURE, startBot, type BotUnderTest } from './harness.js';

let fake: FakeSlack;
let bot: BotUnderTest;
let store: Store;

before(async () => {
  fake = await FakeSlack.start();
  store = await openStore({ dataDir: ':memory:' });
  bot = await startBot(fake, { socket: true, store });
});

after(async () => {
  await bot.stop();
  await store.close();
  await fake.close();
});

test('it connects through apps.connections.open with the app token', () => {
  assert.equal(bot.adapter.name, 'slack (socket mode)');
  const open = fake.calls.find((c) => c.method === 'apps.connections.open');
  assert.equal(open?.token, FAKE_APP_TOKEN);
  assert.equal(fake.socketConnections, 1);
});

test('scenario 1 (Socket Mode): /hadamard is acked by envelope id, then the text and a PNG arrive', async () => {
  const channel = 'C0SOCKET01';
  fake.postMessageDelayMs = 1000; // the ack must not wait for the answer
  try {
    const sent = fake.socketSlashCommand({ text: '[[2,3],[4,1]] [[5,6],[7,8]]', channelId: channel });
    await fake.waitFor(() => fake.acks.has(sent.envelopeId), 5000, 'the ack');
    assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0, 'acked before answering');
    console.log(`# socket mode ack: ${(fake.acks.get(sent.envelopeId)!.at - sent.sentAt).toFixed(0)} ms`);
    await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  } finally {
    fake.postMessageDelayMs = 0;
  }
  const [m] = fake.messages.filter((x) => x.channel === channel);
  const text = blocksText(
    m.text,
    m.blocks.filter((b) => (b as { type?: string }).type !== 'context'),
  );
  assert.match(text, /10\D{1,40}18\D{1,40}28\D{1,40}8(?!\d)/);
  await fake.waitFor(() => fake.completedUploads().some((u) => u.channel_id === channel), 10_000, 'the figure');
  const png = fake.completedUploads().find((u) => u.channel_id === channel && u.filename.endsWith('.png'));
  assert.deepEqual(png?.bytes?.subarray(0, 8), PNG_SIGNATURE);
  assert.ok((png?.alt_text ?? '').length > 10);
});

test('bad input over Socket Mode: a private error through response_url, nothing in the channel', async () => {
  const channel = 'C0SOCKET02';
  const sent = fake.socketSlashCommand({ text: 'psd [[1,2],[3]]', channelId: channel });
  await fake.waitFor(() => fake.responses.some((r) => r.commandId === sent.commandId), 10_000, 'the error');
  const [r] = fake.responses.filter((x) => x.commandId === sent.commandId);
  assert.equal(r.body.response_type, 'ephemeral');
  assert.match(r.allText, /Try:/);
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
});

test('an app_mention event over Socket Mode is acked and answered in the channel', async () => {
  const channel = 'C0SOCKET03';
  const envelopeId = fake.socketEvent({
    type: 'app_mention',
    user: 'U0STUDENT9',
    text: `<@${BOT_USER_ID}> psd [[2,1],[1,2]]`,
    ts: '1700000400.000100',
    channel,
  });
  await fake.waitFor(() => fake.acks.has(envelopeId), 5000, 'the ack');
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  const [m] = fake.messages.filter((x) => x.channel === channel);
  assert.match(m.allText, /positive definite/i);
});

test('a quiz button over Socket Mode: the interactive envelope is acked, the feedback comes privately', async () => {
  const channel = 'C0SOCKET04';
  fake.socketSlashCommand({ text: 'quiz psd easy seed:2', channelId: channel, userId: 'U0STUDENT9' });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0), 10_000, 'quiz');
  const question = fake.messages.find((m) => m.channel === channel)!;
  const click = fake.socketClick({ message: question, button: buttonsOf(question)[0], userId: 'U0STUDENT8' });
  await fake.waitFor(() => fake.acks.has(click.envelopeId), 5000, 'the ack');
  await fake.waitFor(() => fake.responses.some((r) => r.commandId === click.commandId), 10_000, 'the feedback');
  const [feedback] = fake.responses.filter((r) => r.commandId === click.commandId);
  assert.equal(feedback.body.response_type, 'ephemeral');
  assert.match(feedback.allText, /Your answer to q/);
});
