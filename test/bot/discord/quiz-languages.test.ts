/**
 * A quiz in another language on Discord, at the wire (issue 21): the question posted in a Spanish server is Spanish
 * (text and buttons), a click is answered privately in the presser's language (German here) with the choices in it,
 * and the reveal is posted in the channel's language; the store keeps ids and choices only.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz, withLocale } from '../../../src/engine/index.js';
import { ANSWER_PREFIX, parseAnswerCustomId } from '../../../src/bot/discord/quiz.js';
import { sqliteFile } from '../../store/backends.js';
import { answerOf, buttons, startHarness } from './harness.js';

const EPHEMERAL = 64;

describe('discord quiz languages', () => {
  it('a Spanish server gets a Spanish quiz; a German user presses a button and reads German; the reveal is Spanish', async () => {
    const db = await sqliteFile.fresh();
    const h = await startHarness({ store: await db.open(), env: { RATE_LIMIT_COUNT: '1000' } });
    try {
      h.fake.guildLocale = 'es-ES';
      h.fake.userLocale = 'es-ES';
      const es = withLocale('es', () => generateQuiz({ seed: 42, topic: 'schur', level: 'easy' }));
      const de = withLocale('de', () => generateQuiz({ seed: 42, topic: 'schur', level: 'easy' }));
      const { token } = h.fake.dispatchCommand('quiz', { topic: 'schur', level: 'easy', seed: '42' }, h.fake.alice);
      const question = await answerOf(h.fake, token);
      assert.equal(question.flags & EPHEMERAL, 0, question.content);
      assert.match(question.content, /Teorema del producto de Schur/);
      assert.match(question.content, /Pulsa un botón para responder/);
      assert.doesNotMatch(question.content, /Press a button|positive semidefinite/);
      assert.deepEqual(
        buttons(question).map((b) => b.label),
        es.choices.map((c) => `${c.id}) ${c.label}`.slice(0, 80)),
      );
      const quizId = parseAnswerCustomId(buttons(question)[0].customId)!.quizId;

      // Bob's client is German: his private feedback and his marked choices are German.
      h.fake.userLocale = 'de';
      const wrong = es.choices.find((c) => c.id !== es.correct)!.id;
      const press = h.fake.pressButton(question, `${ANSWER_PREFIX}${quizId}:${wrong}`, h.fake.bob);
      const feedback = await answerOf(h.fake, press.token);
      assert.equal(feedback.flags & EPHEMERAL, EPHEMERAL, 'the feedback is private');
      assert.match(feedback.content, /Nicht diese/);
      assert.ok(feedback.content.includes(de.feedback[wrong]), 'the feedback sentence, in German');
      assert.deepEqual(
        buttons(feedback).map((b) => b.label.replace(/^[●✓] /, '')),
        de.choices.map((c) => `${c.id}) ${c.label}`.slice(0, 80)),
      );

      // Alice (Spanish) reveals it early: the channel's reveal is Spanish.
      h.fake.userLocale = 'es-ES';
      const reveal = await answerOf(h.fake, h.fake.dispatchCommand('reveal', { quiz: quizId }, h.fake.alice).token);
      assert.match(reveal.content, /El quiz .* está cerrado|La respuesta es/);
      const closed = await h.fake.waitFor(
        () =>
          buttons(question).every((b) => !b.customId.startsWith(ANSWER_PREFIX) || b.disabled) ? question : undefined,
        'the question edited into the reveal',
      );
      assert.match(closed.content, /La respuesta es/);
      assert.match(closed.content, /Por qué/);
      assert.doesNotMatch(closed.content, /The answer is|Why/);
    } finally {
      await h.close();
      await db.drop();
    }
  });
});
