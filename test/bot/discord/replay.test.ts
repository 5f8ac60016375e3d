/**
 * Each interaction handled once (issue 17): a signed Discord interaction captured and sent again within its 5-minute
 * window — to the same instance or to another on the same store — is acknowledged without content and ignored:
 * nothing computed, posted, edited or recorded a second time. Also over the gateway, a repeated interaction id.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateQuiz } from '../../../src/engine/index.js';
import { ANSWER_PREFIX, parseAnswerCustomId } from '../../../src/bot/discord/quiz.js';
import type { Store } from '../../../src/store/types.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { sqliteFile } from '../../store/backends.js';
import { answerOf, buttons, startHarness, type DiscordHarness } from './harness.js';

const RATE = { RATE_LIMIT_COUNT: '1000' };

async function twoInstances(fn: (a: DiscordHarness, b: DiscordHarness, store: Store) => Promise<void>): Promise<void> {
  const db = await sqliteFile.fresh();
  const store = await db.open();
  const other = await db.open();
  const fake = await FakeDiscord.start();
  const a = await startHarness({ mode: 'http', fake, store, env: RATE });
  const b = await startHarness({ mode: 'http', fake, store: other, env: RATE });
  try {
    await fn(a, b, store);
  } finally {
    await a.close();
    await b.close();
    await fake.close();
    await db.drop();
  }
}

/** Waits until neither instance has work in flight, then a little longer (a duplicate's post would show by then). */
async function settle(...hs: DiscordHarness[]): Promise<void> {
  for (let i = 0; i < 100 && hs.some((h) => h.dispatcher.inFlight > 0); i++) await sleep(20);
  await sleep(200);
}

describe('discord: replayed interactions', { skip: sqliteFile.skip }, () => {
  it('a slash command replayed to the same and to another instance is computed and answered once', () =>
    twoInstances(async (a, b) => {
      const { token } = a.fake.dispatchCommand('product', { a: '[[2,3],[4,1]]', b: '[[5,6],[7,8]]' });
      const answer = await answerOf(a.fake, token);
      assert.match(answer.content, /28/);
      const computed = a.handled() + b.handled();
      const callsBefore = a.fake.callsFor(token).length;
      const again = await a.fake.replaySigned(token);
      const elsewhere = await a.fake.replaySigned(token, b.interactionsUrl);
      for (const r of [again, elsewhere]) {
        assert.equal(r.status, 200);
        // A deferred acknowledgement without content: Discord keeps the first response it got.
        assert.deepEqual(r.body, { type: 5 });
      }
      await settle(a, b);
      assert.equal(a.handled() + b.handled(), computed, 'nothing computed again');
      assert.equal(a.fake.callsFor(token).length, callsBefore, 'no edit or follow-up with its token');
    }));

  it('a quiz click replayed is counted once, with one private reply', () =>
    twoInstances(async (a, b, store) => {
      const q = generateQuiz({ seed: 11, topic: 'entry', level: 'easy' });
      const { token } = a.fake.dispatchCommand('quiz', { topic: 'entry', level: 'easy', seed: '11' });
      const question = await answerOf(a.fake, token);
      const quizId = parseAnswerCustomId(buttons(question)[0].customId)!.quizId;
      const click = a.fake.pressButton(question, `${ANSWER_PREFIX}${quizId}:${q.correct}`, a.fake.bob);
      assert.match((await answerOf(a.fake, click.token)).content, /Right/);
      const calls = a.fake.callsFor(click.token).length;
      for (const r of [
        await a.fake.replaySigned(click.token),
        await a.fake.replaySigned(click.token, b.interactionsUrl),
      ])
        assert.deepEqual(r.body, { type: 6 }, 'acknowledged as a deferred update: no message, no "already answered"');
      await settle(a, b);
      assert.equal(a.fake.callsFor(click.token).length, calls, 'no second reply');
      const answers = await store.roundAnswers(quizId);
      assert.deepEqual(
        answers.map((x) => x.user),
        [a.fake.bob.id],
      );
    }));
});
