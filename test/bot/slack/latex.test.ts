// "LaTeX" on Slack, at the wire: a public answer with `data.latex` gets an overflow menu (⋮) whose "LaTeX" item, picked
// (a signed block_actions payload from the fake), re-runs the command the item carries and replies privately with the
// LaTeX in a code block: equal to the engine's own LaTeX for that command. Short commands ride in the option's value,
// long ones in the message's block ids; nothing is stored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { answerLatex, runText } from '../../../src/engine/index.js';
import { LATEX_ACTION, latexSourceOf, withLatexAction } from '../../../src/bot/slack/format.js';
import { BOT_USER_ID, FakeSlack, overflowsOf, type PostedMessage } from '../../fakes/slack.js';
import { startBot, type BotUnderTest } from './harness.js';

let fake: FakeSlack;
let bot: BotUnderTest;
let channels = 0;
const newChannel = () => `C0LATEX${String(++channels).padStart(4, '0')}`;

before(async () => {
  fake = await FakeSlack.start();
  bot = await startBot(fake, { rateLimit: { count: 1000, windowSeconds: 30 } });
});
after(async () => {
  await bot.stop();
  await fake.close();
});

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function expectedLatex(text: string): Promise<string> {
  const r = await runText(text);
  assert.ok(r.ok);
  const latex = answerLatex(r);
  assert.ok(latex, 'the engine gives LaTeX for it');
  return latex;
}

/** A 7×7 matrix of fractions that does not compress well (k varies it). */
const m = (k: number) =>
  '[' +
  Array.from(
    { length: 7 },
    (_, i) => '[' + Array.from({ length: 7 }, (_, j) => `${(i * 7 + j + k) % 13}/${((i + 2 * j + k) % 11) + 1}`) + ']',
  ).join(',') +
  ']';

/** Posts a slash command and returns its public answer. */
async function answer(text: string): Promise<PostedMessage> {
  const channel = newChannel();
  const r = await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel });
  assert.equal(r.status, 200);
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, `the answer to ${text}`);
  return fake.messages.find((m) => m.channel === channel)!;
}

/** Picks "LaTeX" in the answer's menu as `userId`; returns the private replies. */
async function pickLatex(message: PostedMessage, userId = 'U0STUDENT2') {
  const [menu] = overflowsOf(message);
  assert.ok(menu, 'the answer has an overflow menu');
  assert.equal(menu.action_id, LATEX_ACTION);
  const r = await fake.chooseOverflow(bot.eventsUrl, { message, overflow: menu, option: 'LaTeX', userId });
  assert.equal(r.status, 200);
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the LaTeX reply');
  return fake.responses.filter((x) => x.commandId === r.commandId);
}

test('a short command: the LaTeX item rides in the option value; picking it replies privately with the engine’s LaTeX', async () => {
  const text = 'product [[1/2,2]] [[3,-1/4]]';
  const message = await answer(text);
  const [menu] = overflowsOf(message);
  assert.deepEqual(
    menu.options.map((o) => o.text.text),
    ['LaTeX'],
  );
  assert.match(menu.options[0].value, /^v1:/);
  const before = fake.messages.length;
  const replies = await pickLatex(message);
  assert.equal(replies.length, 1);
  assert.equal(replies[0].body.response_type, 'ephemeral');
  assert.equal(replies[0].body.replace_original, false);
  const t = String(replies[0].body.text);
  assert.match(t, /^```\n[\s\S]*\n```$/);
  assert.equal(unescape(t.slice(4, -4)), await expectedLatex(text));
  assert.match(t, /\\frac\{1\}\{2\}/);
  assert.match(t, /bmatrix/);
  assert.equal(fake.messages.length, before, 'nothing public is posted');
});

test('a long command rides in the block ids, and comes back whole', async () => {
  const text = `schur ${m(1)} ${m(5)}`;
  const message = await answer(text);
  const [menu] = overflowsOf(message);
  assert.match(menu.options[0].value, /^b1:\d+$/, 'too long for the value');
  assert.ok((message.blocks as { block_id?: string }[]).some((b) => /^hx0\./.test(b.block_id ?? '')));
  const replies = await pickLatex(message);
  assert.equal(unescape(String(replies[0].body.text).slice(4, -4)), await expectedLatex(text));
});

test('a mention’s answer has the item too; an answer without LaTeX has no menu; a garbled item gets a friendly notice', async () => {
  const channel = newChannel();
  await fake.sendEvent(bot.eventsUrl, {
    type: 'app_mention',
    user: 'U0STUDENT1',
    text: `<@${BOT_USER_ID}> psd [[2,1],[1,2]]`,
    ts: '1764100000.000100',
    channel,
  });
  await fake.waitFor(() => fake.messages.some((m) => m.channel === channel), 10_000, 'the mention answer');
  const mention = fake.messages.find((m) => m.channel === channel)!;
  const replies = await pickLatex(mention);
  assert.equal(unescape(String(replies[0].body.text).slice(4, -4)), await expectedLatex('psd [[2,1],[1,2]]'));

  const explained = await answer('explain schur');
  assert.equal(overflowsOf(explained).length, 0, 'no LaTeX, no menu');

  // The item's command cannot be read back (a block id lost): a private notice, no crash, nothing computed.
  const long = await answer(`product ${m(2)} ${m(3)}`);
  const [menu] = overflowsOf(long);
  assert.match(menu.options[0].value, /^b1:/);
  const damaged = {
    ...long,
    blocks: (long.blocks as { block_id?: string }[]).map((b) => ({
      ...b,
      block_id: b.block_id?.startsWith('hx0.') ? 'other' : b.block_id,
    })),
  };
  const r = await fake.chooseOverflow(bot.eventsUrl, {
    message: damaged,
    overflow: menu,
    option: 'LaTeX',
    userId: 'U0X',
  });
  await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the notice');
  const notice = fake.responses.find((x) => x.commandId === r.commandId)!;
  assert.equal(notice.body.response_type, 'ephemeral');
  assert.match(notice.allText, /run it again/);
});

test('withLatexAction / latexSourceOf round-trip, refuse garbage, and never inflate past the limit', () => {
  const msg = () => ({
    text: 't',
    blocks: [
      { type: 'header' as const, text: { type: 'plain_text' as const, text: 'h', emoji: true } },
      { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 's' } },
    ],
  });
  const short = msg();
  assert.ok(withLatexAction(short, '[[1]] [[2]]'));
  const value = (short.blocks[1] as { accessory?: { options: { value: string }[] } }).accessory!.options[0].value;
  assert.equal(latexSourceOf(value, short.blocks), '[[1]] [[2]]');
  assert.equal(latexSourceOf('v1:!!', []), undefined);
  assert.equal(latexSourceOf('b1:3', short.blocks), undefined);
  assert.equal(latexSourceOf(undefined, undefined), undefined);
  // Two blocks cannot carry a command that needs more: no item rather than a broken one.
  const random = Array.from({ length: 2000 }, (_, i) => String((i * 7919) % 104729)).join(',');
  assert.equal(withLatexAction(msg(), random), false);
  // A deflate bomb is cut at the limit, not inflated (1 MB of one letter, spread over block ids).
  const packed = deflateRawSync(Buffer.from('x'.repeat(1_000_000)), { level: 9 }).toString('base64url');
  const chunks = packed.match(/.{1,240}/g)!;
  const blocks = chunks.map((c, i) => ({ block_id: `hx${i}.${c}` }));
  assert.equal(latexSourceOf(`b1:${chunks.length}`, blocks), undefined);
});
