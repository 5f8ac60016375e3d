/**
 * The pseudo-locale run of the bot end to end (issue 21): a Slack user whose language is `qps` (English, accented and
 * in brackets) drives every verb through the real Bolt adapter, the study-group service and the fake Slack: every
 * example of every verb, `help` and `explain` for each, the usual mistakes, and a quiz with its buttons and its
 * reveal. Every word the fake received (messages, edits, ephemeral replies, uploads' titles and alt text, buttons)
 * is read back; an English function word outside code, a matrix or a user's name is text that bypassed the
 * catalogue.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, leaks } from './pseudo-corpus.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { blocksText, buttonsOf, FakeSlack } from '../fakes/slack.js';
import { startBot, type BotUnderTest } from './slack/harness.js';

let fake: FakeSlack;
let store: Store;
let bot: BotUnderTest;
const USER = 'U0PSEUDO';
let channels = 0;

before(async () => {
  fake = await FakeSlack.start();
  fake.users.set(USER, { name: 'pseudo', locale: 'qps' });
  store = await openStore({ dataDir: ':memory:' });
  bot = await startBot(fake, { rateLimit: { count: 100_000, windowSeconds: 30 }, store });
});

after(async () => {
  await bot.stop();
  await store.close();
  await fake.close();
});

/** Every text the bot sent Slack since call number `from`: Web API arguments and response_url bodies. */
function sentSince(from: { calls: number; responses: number }): string[] {
  const out: string[] = [];
  for (const c of fake.calls.slice(from.calls)) {
    if (c.method === 'users.info' || c.method === 'auth.test' || c.method === 'conversations.info') continue;
    const args = c.args as Record<string, unknown>;
    const blocks = typeof args.blocks === 'string' ? safeJson(args.blocks) : args.blocks;
    out.push(blocksText(args.text, blocks));
    for (const k of ['alt_text', 'title', 'initial_comment']) if (typeof args[k] === 'string') out.push(args[k]);
    if (typeof args.files === 'string') {
      for (const f of (safeJson(args.files) as { title?: string; alt_text?: string }[] | undefined) ?? [])
        out.push(f.title ?? '', f.alt_text ?? '');
    }
  }
  for (const r of fake.responses.slice(from.responses)) out.push(r.allText);
  return out;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Sends one command as the pseudo-locale user in a fresh channel; resolves when the bot has finished with it. */
async function send(text: string): Promise<{ channel: string; texts: string[] }> {
  const channel = `CPSEUDO${++channels}`;
  const from = { calls: fake.calls.length, responses: fake.responses.length };
  const r = await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel, userId: USER });
  assert.equal(r.status, 200, text);
  await settle(
    () => fake.messages.some((m) => m.channel === channel) || fake.responses.some((x) => x.commandId === r.commandId),
    text,
  );
  return { channel, texts: sentSince(from) };
}

/** Waits for `first`, then until the dispatcher has nothing in flight and the fake has seen no new call for a while. */
async function settle(first: () => boolean, what: string): Promise<void> {
  await fake.waitFor(first, 20_000, what);
  let seen = -1;
  while (seen !== fake.calls.length + fake.responses.length || bot.dispatcher.inFlight > 0) {
    seen = fake.calls.length + fake.responses.length;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test(`pseudo-locale end to end over Slack: ${corpus.length} commands, a quiz with its buttons and reveal`, async () => {
  const found: string[] = [];
  for (const text of corpus) {
    const { texts } = await send(text);
    for (const l of leaks(texts)) found.push(`${text}  →  ${l.slice(0, 160)}`);
  }
  // A quiz: the question, a button press (a private reply), the reveal.
  const quiz = await send('quiz entry easy seed:7');
  const message = fake.messages.find((m) => m.channel === quiz.channel && buttonsOf(m).length > 0);
  assert.ok(message, 'the quiz has buttons');
  const from = { calls: fake.calls.length, responses: fake.responses.length };
  const r = await fake.clickButton(bot.eventsUrl, { message, button: buttonsOf(message)[0], userId: USER });
  await settle(() => fake.responses.some((x) => x.commandId === r.commandId), 'the button reply');
  const id = buttonsOf(message)[0].value!.split(':')[0];
  const reveal = await fake.sendSlashCommand(bot.eventsUrl, {
    text: `reveal ${id}`,
    channelId: quiz.channel,
    userId: USER,
  });
  await settle(
    () => fake.calls.length > from.calls + 2 || fake.responses.some((x) => x.commandId === reveal.commandId),
    'the reveal',
  );
  for (const l of leaks([...quiz.texts, ...sentSince(from)])) found.push(`quiz flow  →  ${l.slice(0, 160)}`);
  assert.deepEqual(found, [], `${found.length} lines of English outside the catalogue`);
});
