/**
 * The Discord adapter end to end: the real discord.js client against the fake Discord
 * (REST + gateway on 127.0.0.1), with the group service on a SQLite file. Slash commands (plain
 * and deferred), every verb (study-group verbs included), errors, the Delete button, mentions,
 * DMs and the user-installed (private channel) context.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE } from '../../../src/engine/index.js';
import { exampleOptions } from '../../../src/bot/discord/commands.js';
import { CONTENT_MAX, DELETE_PREFIX, NOT_YOURS, OVERFLOW_FILE } from '../../../src/bot/discord/discord.js';
import { parseAnswerCustomId } from '../../../src/bot/discord/quiz.js';
import type { FakeMessage } from '../../fakes/discord.js';
import { sqliteFile, type TestDatabase } from '../../store/backends.js';
import { answerOf, buttons, fencesBalanced, PNG_SIGNATURE, startHarness, type DiscordHarness } from './harness.js';

const EPHEMERAL = 64;

function callbackType(h: DiscordHarness, token: string): number | undefined {
  const cb = h.fake.callsFor(token).find((c) => c.path.endsWith('/callback'));
  return (cb?.json as { type?: number } | undefined)?.type;
}

function deleteButton(m: FakeMessage): string {
  const rows = m.components as { components: { custom_id?: string; label?: string }[] }[];
  const button = rows.flatMap((r) => r.components).find((c) => c.custom_id?.startsWith(DELETE_PREFIX));
  assert.ok(button, 'the answer carries a Delete button');
  return button.custom_id!;
}

/** A 10×10 integer matrix as JSON text (long enough that the adapter defers at once). */
function bigMatrix(seed: number): string {
  const rows = Array.from({ length: 10 }, (_, i) =>
    Array.from({ length: 10 }, (_, j) => ((i * 7 + j * 3 + seed) % 9) + 1),
  );
  return JSON.stringify(rows);
}

describe('discord adapter', () => {
  let h: DiscordHarness;
  let db: TestDatabase;
  before(async () => {
    db = await sqliteFile.fresh();
    // The first command of the file starts the engine cold; on a loaded machine it once took longer than the
    // bot's 1.2 s before it defers, and the plain-reply test saw a deferral. Here the bot waits up to 2.5 s (still
    // inside Discord's 3 s) before deferring; the deferral itself has its own tests below.
    h = await startHarness({
      env: { RATE_LIMIT_COUNT: '1000' },
      store: await db.open(),
      discord: { deferAfterMs: 2_500 },
    });
  });
  after(async () => {
    await h.close();
    await db.drop();
  });

  test('/hadamard product answers with a plain reply: content, embed, figure with alt text, Delete button', async () => {
    const { token } = h.fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
    const m = await answerOf(h.fake, token);
    assert.equal(callbackType(h, token), 4, 'answered straight away (CHANNEL_MESSAGE_WITH_SOURCE), not deferred');
    for (const n of ['10', '18', '28', '8']) assert.match(m.content, new RegExp(`\\b${n}\\b`));
    assert.ok(m.content.length <= CONTENT_MAX);
    assert.ok(m.content.includes('```'), 'matrices sit in code blocks');
    assert.ok(fencesBalanced(m.content));
    assert.equal(m.flags & EPHEMERAL, 0, 'an answer is public');
    assert.equal(m.embeds.length, 1);
    assert.equal(typeof m.embeds[0].title, 'string');
    assert.equal(typeof m.embeds[0].color, 'number');
    assert.match(String(m.embeds[0].description), /10/);
    assert.ok(deleteButton(m).endsWith(h.fake.alice.id), 'the Delete button names the asker');
    // Figures: needs run() to render them (the engine's product figure).
    const pngs = m.attachments.filter((a) => a.filename.endsWith('.png'));
    assert.ok(pngs.length >= 1, 'the product figure is attached');
    for (const a of pngs) {
      assert.deepEqual(a.data.subarray(0, 8), PNG_SIGNATURE, `${a.filename} is a PNG`);
      assert.ok(a.description && a.description.length > 20, `${a.filename} has alt text`);
      assert.ok(a.description.length <= 1024);
    }
    assert.deepEqual(
      h.fake.publicMessages().map((x) => x.id),
      [m.id],
    );
  });

  test('large input is deferred at once: deferReply, then editReply; overflow goes to answer.txt whole', async () => {
    const a = bigMatrix(1);
    const b = bigMatrix(4);
    const { token } = h.fake.dispatchCommand('product', { a, b });
    const m = await answerOf(h.fake, token);
    assert.equal(callbackType(h, token), 5, 'DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE first');
    const edit = h.fake.callsFor(token).find((c) => c.method === 'PATCH');
    assert.ok(edit, 'then the answer arrives as an edit of @original');
    assert.match(edit.path, /\/messages\/@original$/);
    assert.ok(m.content.length > 0 && m.content.length <= CONTENT_MAX);
    assert.ok(fencesBalanced(m.content), 'no code block is cut in half');
    const A = JSON.parse(a) as number[][];
    const B = JSON.parse(b) as number[][];
    const expectedRow = A[9].map((x, j) => x * B[9][j]).join(' ');
    const txt = m.attachments.find((x) => x.filename === OVERFLOW_FILE);
    const everything = m.content + (txt ? txt.data.toString('utf8') : '');
    // The last row of the product appears somewhere whole, in the content or the attached text.
    assert.ok(
      everything
        .replace(/[^\d\n ]/g, ' ')
        .replace(/ +/g, ' ')
        .includes(expectedRow),
      `the full product (last row ${expectedRow}) is in the answer`,
    );
    if (txt) assert.ok(fencesBalanced(txt.data.toString('utf8')));
  });

  test('every verb answers once, from its catalogue example turned into options (study-group verbs too)', async () => {
    // The settings example changes a setting: Alice may (Manage Channels). The answer and reveal examples name a quiz
    // id; the quiz the quiz example just posted stands in for it, so every example succeeds.
    h.fake.grantManageChannels(h.fake.alice);
    let quizId: string | undefined;
    for (const spec of CATALOGUE) {
      const example = spec.examples.map((e) => exampleOptions(spec, e)).find((o) => o !== undefined);
      assert.ok(example, `${spec.verb}: one catalogue example maps onto the subcommand's options`);
      if (example.quiz !== undefined) {
        assert.ok(quizId, `${spec.verb}: a quiz was posted before`);
        example.quiz = quizId;
      }
      const { token } = h.fake.dispatchCommand(spec.verb, example);
      const m = await answerOf(h.fake, token);
      const line = h.logs.filter((l) => l.msg === 'command' && l.verb === spec.verb).at(-1);
      assert.equal(line?.outcome, 'ok', `${spec.verb}: ${m.content.slice(0, 200)}`);
      // Feedback, settings, forget-me, schedules, the note after a reveal, progress, practice and the class view are
      // for the asker only (DESIGN §9, §12).
      const privately = ['answer', 'reveal', 'settings', 'forget-me', 'schedule', 'me', 'practice', 'class'].includes(
        spec.verb,
      );
      assert.equal(m.flags & EPHEMERAL, privately ? EPHEMERAL : 0, `${spec.verb}: ${m.content.slice(0, 200)}`);
      assert.ok(m.content.length > 0 && m.content.length <= CONTENT_MAX, `${spec.verb}: content within limits`);
      assert.ok(fencesBalanced(m.content), `${spec.verb}: code fences balanced`);
      if (spec.verb === 'reveal') assert.match(m.content, /question message now shows the answer/);
      else assert.equal(m.embeds.length, 1, `${spec.verb}: one embed`);
      if (spec.verb === 'quiz') quizId = parseAnswerCustomId(buttons(m)[0]?.customId ?? '')?.quizId;
    }
  });

  test("a study-group subcommand's words are read by its grammar: a malformed quiz id is a private error", async () => {
    const before = h.fake.publicMessages().length;
    const { token } = h.fake.dispatchCommand('answer', { quiz: 'nope', choice: 'b' });
    const m = await answerOf(h.fake, token);
    assert.equal(m.flags & EPHEMERAL, EPHEMERAL, 'the error is ephemeral');
    assert.match(m.content, /"nope" is not a quiz id/);
    assert.match(m.content, /Try: `Example: \/hadamard answer q7k2m9 b`/);
    assert.equal(h.fake.publicMessages().length, before, 'nothing was posted in the channel');
  });

  test('bad input: an ephemeral error with the message and a hint; nothing public', async () => {
    const before = h.fake.publicMessages().length;
    const { token } = h.fake.dispatchCommand('product', { a: '[[1,2],[3]]', b: '[[5,6],[7,8]]' });
    const m = await answerOf(h.fake, token);
    assert.equal(callbackType(h, token), 4);
    assert.equal(m.flags & EPHEMERAL, EPHEMERAL, 'the error is ephemeral');
    assert.match(m.content, /row/i, 'says what is wrong');
    assert.match(m.content, /Try: `[^`]+`/, 'and shows a correct example');
    assert.equal(m.components.length, 0, 'no Delete button on a private note');
    assert.equal(h.fake.publicMessages().length, before, 'nothing was posted in the channel');
  });

  test('bad large input: the public "thinking…" placeholder is removed and the error follows privately', async () => {
    const before = h.fake.publicMessages().length;
    const ragged = bigMatrix(2).replace('],[', ',7],['); // first row one entry longer
    const { token } = h.fake.dispatchCommand('product', { a: ragged, b: bigMatrix(3) });
    const note = await h.fake.waitFor(() => h.fake.followUps(token)[0], 'the private follow-up');
    assert.equal(callbackType(h, token), 5);
    assert.equal(note.flags & EPHEMERAL, EPHEMERAL);
    assert.match(note.content, /Try:/);
    assert.ok(h.fake.original(token)?.deleted, 'the deferred placeholder was deleted');
    assert.equal(h.fake.publicMessages().length, before);
  });

  test('Delete button: another user is refused privately; the asker deletes the answer', async () => {
    const { token } = h.fake.dispatchCommand('psd', { m: '[[2,1],[1,2]]' });
    const answer = await answerOf(h.fake, token);
    const customId = deleteButton(answer);

    const bobPress = h.fake.pressButton(answer, customId, h.fake.bob);
    const refusal = await answerOf(h.fake, bobPress.token);
    assert.equal(refusal.content, NOT_YOURS);
    assert.equal(refusal.flags & EPHEMERAL, EPHEMERAL);
    assert.equal(answer.deleted, false, 'still there after someone else pressed Delete');

    const alicePress = h.fake.pressButton(answer, customId, h.fake.alice);
    await h.fake.waitFor(() => answer.deleted, 'the answer to be deleted');
    assert.equal(callbackType(h, alicePress.token), 6, 'DEFERRED_UPDATE_MESSAGE, then delete @original');
    assert.ok(h.fake.callsFor(alicePress.token).some((c) => c.method === 'DELETE' && c.path.endsWith('/@original')));
  });

  test('a mention with grammar text gets a reply in the channel; other messages are ignored', async () => {
    const chatter = h.fake.dispatchMessage('the determinant of [[1,2],[3,4]] is -2, right?', h.fake.bob);
    const asked = h.fake.dispatchMessage(`<@${h.fake.appId}> [2 3; 4 1] ∘ [5 6; 7 8]`);
    const reply = await h.fake.waitFor(
      () => [...h.fake.messages.values()].find((m) => m.reference?.message_id === asked.id),
      'the reply to the mention',
    );
    for (const n of ['10', '18', '28', '8']) assert.match(reply.content, new RegExp(`\\b${n}\\b`));
    assert.equal(reply.channel_id, h.fake.channelId);
    assert.ok([...h.fake.messages.values()].every((m) => m.reference?.message_id !== chatter.id));
    const post = h.fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${h.fake.channelId}/messages`);
    assert.deepEqual((post?.json as { allowed_mentions?: unknown }).allowed_mentions, {
      parse: [],
      replied_user: false,
    });

    // Its Delete button: a channel message of the bot, deleted through the channel.
    h.fake.pressButton(reply, deleteButton(reply), h.fake.alice);
    await h.fake.waitFor(() => reply.deleted, 'the mention reply to be deleted');
  });

  test('a mention with bad input gets a short error reply (messages cannot be ephemeral)', async () => {
    const asked = h.fake.dispatchMessage(`<@!${h.fake.appId}> psd [[1,2],[3,x]]`);
    const reply = await h.fake.waitFor(
      () => [...h.fake.messages.values()].find((m) => m.reference?.message_id === asked.id),
      'the error reply',
    );
    assert.match(reply.content, /Try:/);
    assert.ok(reply.content.length < 600, 'kept short');
  });

  test('a DM to the bot needs no mention', async () => {
    const asked = h.fake.dispatchMessage('[[2,3],[4,1]] [[5,6],[7,8]]', h.fake.bob, true);
    const reply = await h.fake.waitFor(
      () => [...h.fake.messages.values()].find((m) => m.reference?.message_id === asked.id),
      'the reply in the DM',
    );
    assert.equal(reply.channel_id, asked.channel_id);
    assert.match(reply.content, /28/);
  });

  test('user-installed, in a private channel the bot is not in: answered and deletable through the interaction', async () => {
    const { token } = h.fake.dispatchCommand(
      'product',
      { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' },
      h.fake.alice,
      'private_channel',
    );
    const answer = await answerOf(h.fake, token);
    assert.match(answer.content, /28/);
    const press = h.fake.pressButton(answer, deleteButton(answer), h.fake.alice);
    await h.fake.waitFor(() => answer.deleted, 'the answer to be deleted');
    assert.ok(
      h.fake.callsFor(press.token).some((c) => c.method === 'DELETE'),
      'deleted through the interaction webhook',
    );
    assert.ok(
      !h.fake.calls.some((c) => c.path.startsWith(`/channels/${answer.channel_id}`)),
      'never through the channel',
    );
  });

  test('help and explain work in the bot DM context', async () => {
    const { token } = h.fake.dispatchCommand('help', { verb: 'schur' }, h.fake.bob, 'bot_dm');
    const m = await answerOf(h.fake, token);
    assert.match(m.content, /schur/i);
    assert.equal(m.flags & EPHEMERAL, 0);
  });

  test('one structured log line per command, without the user text or the token', () => {
    const lines = h.logs.filter((l) => l.msg === 'command' && l.platform === 'discord');
    assert.ok(lines.length >= 10);
    const all = JSON.stringify(h.logs);
    assert.ok(!all.includes(h.fake.token), 'no token in the logs');
    assert.ok(!all.includes('[[2,3],[4,1]]'), 'no user text at info level');
  });
});

describe('discord adapter deferral timer', () => {
  test('an answer not ready after deferAfterMs is deferred, then edited in', async () => {
    const h = await startHarness({ slowMs: 300, discord: { deferAfterMs: 20 } });
    try {
      const { token } = h.fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
      const m = await answerOf(h.fake, token);
      assert.equal(callbackType(h, token), 5, 'deferred');
      assert.ok(
        h.fake.callsFor(token).some((c) => c.method === 'PATCH'),
        'then edited',
      );
      for (const n of ['10', '18', '28', '8']) assert.match(m.content, new RegExp(`\\b${n}\\b`));
      assert.ok(
        m.attachments.some((a) => a.filename.endsWith('.png') && a.description),
        'figure with alt text',
      );
      assert.equal(m.flags & EPHEMERAL, 0);
    } finally {
      await h.close();
    }
  });

  test('a late answer that is private is deferred privately: a public "thinking…" never flashes and vanishes', async () => {
    const db = await sqliteFile.fresh();
    const h = await startHarness({ slowMs: 300, discord: { deferAfterMs: 20 }, store: await db.open() });
    try {
      h.fake.grantManageChannels(h.fake.bob);
      // `scores pin`: the board is its own public post; the reply saying so is for the one who asked.
      const { token } = h.fake.dispatchCommand('scores', { pin: 'pin' }, h.fake.bob);
      const m = await answerOf(h.fake, token);
      const cb = h.fake.callsFor(token).find((c) => c.path.endsWith('/callback'));
      assert.deepEqual(cb?.json, { type: 5, data: { flags: EPHEMERAL } }, 'deferred, privately');
      assert.equal(m.flags & EPHEMERAL, EPHEMERAL);
      assert.match(m.content, /board is posted in this channel/);
      assert.ok(!h.fake.callsFor(token).some((c) => c.method === 'DELETE'), 'nothing public to delete');
    } finally {
      await h.close();
      await db.drop();
    }
  });
});

describe('discord adapter languages', () => {
  test('the interaction locale answers privately and in DMs; the server locale answers in public; English unchanged', async () => {
    const h = await startHarness({ env: { RATE_LIMIT_COUNT: '1000' } });
    try {
      // A Spanish server: a public schur answer in Spanish, text and figure.
      h.fake.guildLocale = 'es-ES';
      const es = await answerOf(
        h.fake,
        h.fake.dispatchCommand('schur', { a: '[[2,1],[1,2]]', b: '[[1,1],[1,1]]' }).token,
      );
      assert.match(es.content, /semidefinida positiva/);
      const png = es.attachments.find((a) => a.filename.endsWith('.png'));
      assert.match(png?.description ?? '', /teorema del producto de Schur/);
      // A Brazilian user in an English server: public posts follow the server (English)…
      h.fake.guildLocale = 'en-US';
      h.fake.userLocale = 'pt-BR';
      const pub = await answerOf(h.fake, h.fake.dispatchCommand('explain', { topic: 'schur' }).token);
      assert.match(pub.content, /If A and B are positive semidefinite/);
      // …and a DM with the bot follows the user: Portuguese.
      const dm = await answerOf(
        h.fake,
        h.fake.dispatchCommand('explain', { topic: 'schur' }, h.fake.alice, 'bot_dm').token,
      );
      assert.match(dm.content, /semidefinidas positivas/);
      // A Spanish user with an interaction locale es-ES in a DM: Spanish help.
      h.fake.userLocale = 'es-ES';
      const help = await answerOf(h.fake, h.fake.dispatchCommand('help', {}, h.fake.alice, 'bot_dm').token);
      assert.match(help.content, /Calcula y aprende el producto de Hadamard/);
      // A language the bot does not speak: English.
      h.fake.userLocale = 'ja';
      const ja = await answerOf(h.fake, h.fake.dispatchCommand('help', {}, h.fake.alice, 'bot_dm').token);
      assert.match(ja.content, /Compute and learn the Hadamard/);
    } finally {
      await h.close();
    }
  });
});

describe('discord adapter rate limit', () => {
  test('past the per-user limit the reply is private and says when to try again', async () => {
    const h = await startHarness({ env: { RATE_LIMIT_COUNT: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    try {
      const first = h.fake.dispatchCommand('explain', {});
      await answerOf(h.fake, first.token);
      const second = h.fake.dispatchCommand('explain', {});
      const m = await answerOf(h.fake, second.token);
      assert.equal(m.flags & EPHEMERAL, EPHEMERAL);
      assert.match(m.content, /try again in \d+ s/i);
      const other = h.fake.dispatchCommand('explain', {}, h.fake.bob);
      assert.equal((await answerOf(h.fake, other.token)).flags & EPHEMERAL, 0, 'other users are not affected');
    } finally {
      await h.close();
    }
  });
});
