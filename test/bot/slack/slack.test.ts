// The Slack adapter over HTTP: the real Bolt app against the fake Slack (test/fakes/slack.ts).
// Scenarios of issue 5: product answer + figure, every verb (the study-group verbs too, through the
// group service on an in-memory store), bad input, bad signatures, a 429 on upload, mentions in
// threads, DMs, a channel the bot is not in, help, and the rate limit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, runText, type VerbSpec } from '../../../src/engine/index.js';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/types.js';
import { toMrkdwn } from '../../../src/bot/slack/format.js';
import { METHOD_SCOPES } from '../../../scripts/slack-manifest.js';
import {
  BOT_USER_ID,
  FAKE_APP_TOKEN,
  FAKE_BOT_TOKEN,
  FAKE_SIGNING_SECRET,
  FakeSlack,
  blocksText,
  buttonsOf,
  type PostedMessage,
} from '../../fakes/slack.js';
import { PNG_SIGNATURE, startBot, type BotUnderTest } from './harness.js';

let fake: FakeSlack;
let bot: BotUnderTest;
let store: Store;
let channelNo = 0;
/** A fresh channel per test, so assertions only see that test's messages. */
const newChannel = () => `C0TEST${String(++channelNo).padStart(4, '0')}`;

/** What the answer says, without the context line that echoes the question. */
function answerText(m: PostedMessage): string {
  return blocksText(
    m.text,
    m.blocks.filter((b) => (b as { type?: string }).type !== 'context'),
  );
}

const PRODUCT_TEXT = '[[2,3],[4,1]] [[5,6],[7,8]]';
const PRODUCT_NUMBERS = /10\D{1,40}18\D{1,40}28\D{1,40}8(?!\d)/;

before(async () => {
  fake = await FakeSlack.start();
  store = await openStore({ dataDir: ':memory:' });
  bot = await startBot(fake, { rateLimit: { count: 1000, windowSeconds: 30 }, store });
});

after(async () => {
  await bot.stop();
  await store.close();
  await fake.close();
});

test('the adapter verified its token with auth.test and listens at /slack/events', () => {
  assert.match(bot.eventsUrl, /^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  assert.equal(bot.adapter.name, 'slack (http)');
  assert.ok(fake.calls.some((c) => c.method === 'auth.test' && c.token === FAKE_BOT_TOKEN));
});

test('scenario 1: /hadamard product is acked before the answer is sent, then posted in the channel', async () => {
  const channel = newChannel();
  fake.postMessageDelayMs = 1500; // the answer is held back; the ack must not wait for it
  let r;
  try {
    r = await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel });
    assert.equal(r.status, 200);
    assert.equal(r.body, '', 'an empty 200 is the ack');
    assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0, 'acked before answering');
    console.log(`# slash command ack: ${r.ackMs.toFixed(1)} ms`);
    await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  } finally {
    fake.postMessageDelayMs = 0;
  }
  const [m] = fake.messages.filter((x) => x.channel === channel);
  assert.match(answerText(m), PRODUCT_NUMBERS);
  assert.equal(m.thread_ts, undefined, 'slash command answers go to the channel itself');
  // The context line says who asked and what.
  assert.match(blocksText('', m.blocks), new RegExp(`<@U0STUDENT1> asked \`/hadamard \\[\\[2,3\\]`));
  // Every section respects Slack's 3,000 characters.
  for (const b of m.blocks as { text?: { text?: string } }[]) assert.ok((b.text?.text ?? '').length <= 3000);
  assert.equal(fake.responses.filter((x) => x.commandId === r.commandId).length, 0, 'nothing ephemeral');
});

test('scenario 1: the figure arrives as a real PNG with alt text, in the same channel (needs engine figures)', async () => {
  const channel = newChannel();
  await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel });
  await fake.waitFor(
    () => fake.completedUploads().some((u) => u.channel_id === channel),
    10_000,
    'a completed figure upload',
  );
  const uploads = fake.completedUploads().filter((u) => u.channel_id === channel);
  const png = uploads.find((u) => u.filename.endsWith('.png'));
  assert.ok(png?.bytes, 'a PNG was uploaded');
  assert.deepEqual(png.bytes.subarray(0, 8), PNG_SIGNATURE);
  assert.equal(png.bytes.length, png.length, 'the announced length matches the bytes');
  assert.ok((png.alt_text ?? '').length > 10, 'alt text is set');
  assert.ok((png.alt_text ?? '').length <= 1000);
});

/** Starts a quiz in `channel` by slash command; returns the posted question and its id (from its buttons). */
async function postQuiz(channel: string, userId = 'U0STUDENT1'): Promise<{ message: PostedMessage; id: string }> {
  await fake.sendSlashCommand(bot.eventsUrl, { text: 'quiz', channelId: channel, userId });
  await fake.waitFor(
    () => fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0),
    10_000,
    'a quiz',
  );
  const message = fake.messages.find((m) => m.channel === channel && buttonsOf(m).length > 0)!;
  return { message, id: buttonsOf(message)[0].value!.split(':')[0] };
}

/** A study-group verb's catalogue example, run through Slack as a student would: each lands where it should. */
async function groupExample(spec: VerbSpec, example: string, channel: string): Promise<void> {
  const privateReply = async (text: string, expect: RegExp) => {
    const r = await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel });
    await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, `${spec.verb} reply`);
    const [resp] = fake.responses.filter((x) => x.commandId === r.commandId);
    assert.equal(resp.body.response_type, 'ephemeral', `${spec.verb} answers privately`);
    assert.match(resp.allText, expect, `${spec.verb}: ${resp.allText}`);
  };
  switch (spec.verb) {
    case 'quiz': {
      await fake.sendSlashCommand(bot.eventsUrl, { text: example, channelId: channel });
      await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the quiz');
      const [m] = fake.messages.filter((x) => x.channel === channel);
      const buttons = buttonsOf(m);
      assert.ok(buttons.length >= 3 && buttons.length <= 5, 'one button per choice');
      const id = /Quiz (q[0-9a-z]+)/.exec(m.allText)?.[1];
      assert.ok(id, `a quiz id in: ${m.allText.slice(0, 200)}`);
      for (const [i, b] of buttons.entries()) {
        const letter = String.fromCharCode(97 + i);
        assert.equal(b.action_id, `hadamard_answer_${letter}`);
        assert.equal(b.value, `${id}:${letter}`);
        assert.ok(b.text.text.length <= 75);
      }
      return;
    }
    case 'answer': {
      // The example's quiz id names no round here: answer a real one, as the example means.
      const { id } = await postQuiz(channel);
      await privateReply(example.replace(/q[0-9a-z]{4,11}/, id), new RegExp(`Your answer to ${id}`));
      return;
    }
    case 'reveal': {
      const { message, id } = await postQuiz(channel);
      await privateReply(example.replace(/q[0-9a-z]{4,11}/, id), /Revealed/);
      await fake.waitFor(() => fake.updates.some((u) => u.ts === message.ts), 10_000, 'the question edited');
      assert.match(fake.updates.find((u) => u.ts === message.ts)!.allText, /the answer/);
      return;
    }
    case 'scores': {
      await fake.sendSlashCommand(bot.eventsUrl, { text: example, channelId: channel });
      await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the scores');
      assert.match(fake.messages.find((m) => m.channel === channel)!.allText, /Leaderboard, this week/);
      await fake.waitFor(() => fake.completedUploads().some((u) => u.channel_id === channel), 10_000, 'the figure');
      return;
    }
    case 'settings':
      return privateReply(example, /quiz_seconds/);
    case 'forget-me':
      return privateReply(example, /Deleted \d+ answer/);
    case 'schedule':
      return privateReply(example, /no schedules yet/);
    case 'me':
      return privateReply(example, /Your progress/);
    case 'practice': {
      // Privately, with its buttons; nothing in the channel.
      const r = await fake.sendSlashCommand(bot.eventsUrl, { text: example, channelId: channel });
      await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'practice');
      const resp = fake.responses.find((x) => x.commandId === r.commandId)!;
      assert.equal(resp.body.response_type, 'ephemeral');
      assert.ok(buttonsOf(resp.body as { blocks: unknown[] }).length >= 3, 'with buttons');
      assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
      return;
    }
    case 'class':
      // The fake's default user is no admin: refused, privately (default closed).
      return privateReply(example, /for those who manage this channel/);
    default:
      assert.fail(`no Slack check for the group verb ${spec.verb}`);
  }
}

test('scenario 3: every verb works once through Slack (first example of each catalogue entry)', async () => {
  for (const spec of CATALOGUE) {
    const channel = newChannel();
    if (spec.group) {
      await groupExample(spec, spec.examples[0], channel);
      continue;
    }
    const example = spec.examples[0];
    const expected = await runText(example);
    assert.ok(expected.ok, `the catalogue example "${example}" must succeed in the engine`);
    const r = await fake.sendSlashCommand(bot.eventsUrl, { text: example, channelId: channel });
    assert.equal(r.status, 200);
    if (spec.verb === 'help') {
      // Help is private: it comes back through response_url, not into the channel.
      await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'help');
      const [resp] = fake.responses.filter((x) => x.commandId === r.commandId);
      assert.equal(resp.body.response_type, 'ephemeral');
      assert.ok(resp.allText.includes(toMrkdwn(expected.summary)), 'help text arrives');
      assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
      continue;
    }
    await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, `the ${spec.verb} answer`);
    const [m] = fake.messages.filter((x) => x.channel === channel);
    const text = answerText(m);
    assert.ok(text.includes(expected.title), `${spec.verb}: title "${expected.title}" in the message`);
    assert.ok(text.includes(toMrkdwn(expected.summary).slice(0, 200)), `${spec.verb}: summary in the message`);
    if (expected.figures.length > 0) {
      await fake.waitFor(
        () => fake.completedUploads().filter((u) => u.channel_id === channel).length >= expected.figures.length,
        10_000,
        `${spec.verb} figures`,
      );
    }
  }
});

test('scenario 4: bad input gets a private error with the message and a hint; nothing is posted', async () => {
  const channel = newChannel();
  const text = '[[1,2],[3,x]] [[5,6],[7,8]]';
  const expected = await runText(text);
  assert.ok(!expected.ok, 'this input must be an error');
  const r = await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel });
  assert.equal(r.status, 200);
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the error');
  const [resp] = fake.responses.filter((x) => x.commandId === r.commandId);
  assert.equal(resp.body.response_type, 'ephemeral');
  assert.ok(resp.allText.includes(toMrkdwn(expected.message)), `message in: ${resp.allText}`);
  assert.ok(resp.allText.includes('Try:'), 'a hint follows');
  assert.ok(resp.allText.includes(expected.hint.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
  await new Promise((r2) => setTimeout(r2, 200));
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0, 'nothing in the channel');
  assert.equal(fake.ephemerals.length, 0);
});

test('bidirectional controls in a slash command are never echoed: not in the context line, the answer or an error', async () => {
  const HAS_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  const channel = newChannel();
  await fake.sendSlashCommand(bot.eventsUrl, {
    text: '\u2067[[2,3],[4,1]]\u2069 \u202E[[5,6],[7,8]]\u200F',
    channelId: channel,
  });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  // Wait for the figure too, so no call of this test runs into the next one.
  await fake.waitFor(() => fake.completedUploads().some((u) => u.channel_id === channel), 10_000, 'the figure');
  for (const u of fake.completedUploads().filter((x) => x.channel_id === channel))
    assert.doesNotMatch(u.alt_text ?? '', HAS_BIDI);
  const [m] = fake.messages.filter((x) => x.channel === channel);
  assert.match(answerText(m), PRODUCT_NUMBERS);
  const all = blocksText(m.text, m.blocks);
  assert.match(all, /asked `\/hadamard \[\[2,3\],\[4,1\]\] \[\[5,6\]/, 'the context line echoes the text without them');
  assert.doesNotMatch(all, HAS_BIDI);

  const bad = await fake.sendSlashCommand(bot.eventsUrl, { text: '[[1,2]] \u202E[[3,4]] done', channelId: channel });
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === bad.commandId), 10_000, 'the error');
  const [resp] = fake.responses.filter((x) => x.commandId === bad.commandId);
  assert.match(resp.allText, /"done" \(at character 18\)/);
  assert.doesNotMatch(resp.allText, HAS_BIDI);
});

test('scenario 5: a bad or stale signature gets 401 and no answer', async () => {
  const channel = newChannel();
  const before = fake.calls.length;
  const bad = await fake.sendSlashCommand(bot.eventsUrl, {
    text: PRODUCT_TEXT,
    channelId: channel,
    secret: 'not-the-secret',
  });
  assert.equal(bad.status, 401);
  const stale = await fake.sendSlashCommand(bot.eventsUrl, {
    text: PRODUCT_TEXT,
    channelId: channel,
    timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
  });
  assert.equal(stale.status, 401);
  const badEvent = await fake.sendEvent(
    bot.eventsUrl,
    { type: 'app_mention', user: 'U0STUDENT1', text: `<@${BOT_USER_ID}> ${PRODUCT_TEXT}`, ts: '1.1', channel },
    { secret: FAKE_APP_TOKEN },
  );
  assert.equal(badEvent.status, 401);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(fake.calls.length, before, 'no Web API call at all');
  assert.equal(
    fake.responses.filter((x) => x.commandId === bad.commandId || x.commandId === stale.commandId).length,
    0,
  );
});

test('scenario 6: files.getUploadURLExternal answers 429 (Retry-After: 1) once; the answer still arrives', async () => {
  const channel = newChannel();
  fake.failures.set('files.getUploadURLExternal', [{ status: 429, retryAfter: 1 }]);
  await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the text');
  await fake.waitFor(() => fake.completedUploads().some((u) => u.channel_id === channel), 15_000, 'the figure');
  assert.equal(fake.failures.get('files.getUploadURLExternal')?.length, 0, 'the 429 was served');
  const png = fake.completedUploads().find((u) => u.channel_id === channel && u.filename.endsWith('.png'));
  assert.deepEqual(png?.bytes?.subarray(0, 8), PNG_SIGNATURE);
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 1, 'answered once, not twice');
});

test('a mention in a thread is answered in that thread, without the mention', async () => {
  const channel = newChannel();
  const r = await fake.sendEvent(bot.eventsUrl, {
    type: 'app_mention',
    user: 'U0STUDENT2',
    text: `<@${BOT_USER_ID}> ${PRODUCT_TEXT}`,
    ts: '1700000100.000200',
    thread_ts: '1700000000.000100',
    channel,
  });
  assert.equal(r.status, 200);
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the answer');
  const [m] = fake.messages.filter((x) => x.channel === channel);
  assert.equal(m.thread_ts, '1700000000.000100');
  assert.match(answerText(m), PRODUCT_NUMBERS);
});

test('a mention with bad input gets an ephemeral error for that user only', async () => {
  const channel = newChannel();
  await fake.sendEvent(bot.eventsUrl, {
    type: 'app_mention',
    user: 'U0STUDENT3',
    text: `<@${BOT_USER_ID}> [[1,2],[3,x]] [[5,6],[7,8]]`,
    ts: '1700000200.000200',
    channel,
  });
  await fake.waitFor(() => fake.ephemerals.some((m) => m.channel === channel), 10_000, 'the ephemeral');
  const call = fake.calls.find((c) => c.method === 'chat.postEphemeral' && c.args.channel === channel);
  assert.equal(call?.args.user, 'U0STUDENT3');
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
});

test('a direct message is answered in the DM; the bot ignores its own and other bots’ messages', async () => {
  const dm = 'D0DIRECT01';
  await fake.sendEvent(bot.eventsUrl, {
    type: 'message',
    channel_type: 'im',
    user: 'U0STUDENT4',
    text: PRODUCT_TEXT,
    ts: '1700000300.000100',
    channel: dm,
    client_msg_id: '5d3c-4a1b',
  });
  await fake.sendEvent(bot.eventsUrl, {
    type: 'message',
    subtype: 'bot_message',
    channel_type: 'im',
    bot_id: 'B0OTHER',
    text: PRODUCT_TEXT,
    ts: '1700000301.000100',
    channel: dm,
  });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === dm), 10_000, 'the DM answer');
  await new Promise((r) => setTimeout(r, 300));
  const answers = fake.messages.filter((m) => m.channel === dm);
  assert.equal(answers.length, 1, 'one answer: the bot message was ignored');
  assert.match(answerText(answers[0]), PRODUCT_NUMBERS);
});

test('a channel the bot is not in: answered through response_url in_channel, plus a private invite hint', async () => {
  const channel = newChannel();
  fake.notInChannel.add(channel);
  const r = await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel });
  await fake.waitFor(
    () => fake.responses.filter((x) => x.commandId === r.commandId).length >= 2,
    10_000,
    'the fallback answer and the hint',
  );
  const resps = fake.responses.filter((x) => x.commandId === r.commandId);
  const pub = resps.find((x) => x.body.response_type === 'in_channel');
  const hint = resps.find((x) => x.body.response_type === 'ephemeral');
  assert.ok(pub && hint);
  assert.match(pub.allText, PRODUCT_NUMBERS);
  assert.match(hint.allText, /\/invite @hadamard-bot/);
  assert.ok(![...fake.uploads.values()].some((u) => u.channel_id === channel), 'no file can be shared there');
});

test('the rate limit answers privately and says when to try again', async () => {
  const fake2 = await FakeSlack.start();
  const bot2 = await startBot(fake2, { rateLimit: { count: 2, windowSeconds: 60 } });
  try {
    const rs: Awaited<ReturnType<FakeSlack['sendSlashCommand']>>[] = [];
    for (let i = 0; i < 3; i++) rs.push(await fake2.sendSlashCommand(bot2.eventsUrl, { text: PRODUCT_TEXT }));
    await fake2.waitFor(() => fake2.responses.some((x) => x.commandId === rs[2].commandId), 10_000, 'the notice');
    const [notice] = fake2.responses.filter((x) => x.commandId === rs[2].commandId);
    assert.equal(notice.body.response_type, 'ephemeral');
    assert.match(notice.allText, /try again in \d+ s/);
    await fake2.waitFor(() => fake2.messages.length === 2, 10_000, 'two answers');
  } finally {
    await bot2.stop();
    await fake2.close();
  }
});

test('an answer too long for Slack keeps every section ≤ 3,000 and attaches the full text as a file', async () => {
  const channel = newChannel();
  const text = Array.from({ length: 6 }, () => 'pascal(12)').join(' ');
  await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel });
  await fake.waitFor(
    () => fake.completedUploads().some((u) => u.channel_id === channel && u.filename.endsWith('.txt')),
    15_000,
    'the attached text file',
  );
  const [m] = fake.messages.filter((x) => x.channel === channel);
  for (const b of m.blocks as { text?: { text?: string } }[]) {
    const t = b.text?.text ?? '';
    assert.ok(t.length <= 3000, `a section of ${t.length} characters`);
    assert.equal((t.match(/```/g) ?? []).length % 2, 0, 'no code block cut in half');
  }
  const file = fake.completedUploads().find((u) => u.channel_id === channel && u.filename.endsWith('.txt'));
  // The corner entry of pascal(12)∘…∘pascal(12) (six times) is C(22,11)^6, written out in full.
  assert.ok(file?.bytes?.toString('utf8').includes(String(705432n ** 6n)));
  assert.match(m.allText, /hadamard-answer\.txt/);
});

test('Slack’s request-URL check (url_verification) is answered with the challenge', async () => {
  const r = await fake.sendUrlVerification(bot.eventsUrl, '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  assert.equal(r.status, 200);
  assert.match(r.body, /3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P/);
});

test('a send that Slack refuses is logged with an id, and the asker gets that id privately', async () => {
  const channel = newChannel();
  fake.failures.set('chat.postMessage', [{ status: 200, error: 'msg_too_long' }]);
  const r = await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel });
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the notice');
  const [notice] = fake.responses.filter((x) => x.commandId === r.commandId);
  assert.equal(notice.body.response_type, 'ephemeral');
  const id = /error id ([0-9a-f]{8})/.exec(notice.allText)?.[1];
  assert.ok(id, `an error id in: ${notice.allText}`);
  const line = bot.logs.find((l) => l.errorId === id);
  assert.equal(line?.msg, 'slack send failed');
  assert.equal(line?.code, 'msg_too_long');
  assert.equal(fake.messages.filter((m) => m.channel === channel).length, 0);
});

test('the adapter only calls Web API methods the manifest has scopes for, and never logs a secret', async () => {
  for (const method of fake.methodsCalled()) assert.ok(method in METHOD_SCOPES, `unexpected call ${method}`);
  const logs = bot.rawLogs();
  assert.ok(logs.length > 0);
  for (const secret of [FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FAKE_APP_TOKEN]) assert.ok(!logs.includes(secret));
  assert.ok(!logs.includes('[[2,3],[4,1]]'), 'user text is not logged at info level');
  const lines = bot.logs.filter((l) => l.msg === 'command' && l.platform === 'slack');
  assert.ok(lines.length > 5, 'one structured line per command');
});

test('languages: a user whose Slack is in Spanish gets psd, schur and explain in Spanish; users.info is asked once', async () => {
  fake.users.set('U0ESTUDIANTE', { name: 'lucia', locale: 'es-ES' });
  const channel = newChannel();
  const localeCalls = () =>
    fake.calls.filter((c) => c.method === 'users.info' && c.args.user === 'U0ESTUDIANTE' && c.args.include_locale);
  await fake.sendSlashCommand(bot.eventsUrl, {
    text: 'psd [[1,2],[2,1]]',
    channelId: channel,
    userId: 'U0ESTUDIANTE',
  });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the psd answer');
  assert.equal(localeCalls().length, 1, 'the first command asks the language');
  assert.match(answerText(fake.messages.filter((m) => m.channel === channel)[0]), /M no es \*semidefinida positiva\*/);
  await fake.sendSlashCommand(bot.eventsUrl, {
    text: 'schur [[2,1],[1,2]] [[1,1],[1,1]]',
    channelId: channel,
    userId: 'U0ESTUDIANTE',
  });
  await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length >= 2, 10_000, 'the schur answer');
  const schur = fake.messages.filter((m) => m.channel === channel)[1];
  assert.match(answerText(schur), /semidefinida positiva/);
  await fake.sendSlashCommand(bot.eventsUrl, { text: 'explain schur', channelId: channel, userId: 'U0ESTUDIANTE' });
  await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length >= 3, 10_000, 'explain');
  assert.match(answerText(fake.messages.filter((m) => m.channel === channel)[2]), /teorema del producto de Schur/i);
  assert.equal(localeCalls().length, 1, 'the language is kept: one users.info for three commands');
  // Another user, English Slack: English.
  await fake.sendSlashCommand(bot.eventsUrl, { text: 'explain schur', channelId: channel, userId: 'U0STUDENT1' });
  await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length >= 4, 10_000, 'explain (en)');
  assert.match(
    answerText(fake.messages.filter((m) => m.channel === channel)[3]),
    /If A and B are positive semidefinite/,
  );
  // A bare pair of matrices is a product: translated too (its language already known, no new users.info).
  await fake.sendSlashCommand(bot.eventsUrl, { text: PRODUCT_TEXT, channelId: channel, userId: 'U0ESTUDIANTE' });
  await fake.waitFor(() => fake.messages.filter((m) => m.channel === channel).length >= 5, 10_000, 'the product');
  assert.match(answerText(fake.messages.filter((m) => m.channel === channel)[4]), /Entrada por entrada/);
  assert.equal(localeCalls().length, 1);
});
