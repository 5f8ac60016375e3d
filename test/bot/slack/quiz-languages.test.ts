// A quiz in another language on Slack, at the wire (issue 21): a Spanish user's `/hadamard quiz` is posted in Spanish
// (text and buttons), a German user's click is answered privately in German (feedback and marked choices), and the
// round closed by time is revealed in the language the question was posted in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz, withLocale } from '../../../src/engine/index.js';
import { toMrkdwn } from '../../../src/bot/slack/format.js';
import { FakeSlack, buttonsOf } from '../../fakes/slack.js';
import { sqliteFile } from '../../store/backends.js';
import { startBot } from './harness.js';

const T0 = Date.UTC(2026, 10, 25, 12);

describe('slack quiz languages', () => {
  it('a Spanish quiz, a German click, a Spanish reveal', async () => {
    const db = await sqliteFile.fresh();
    const fake = await FakeSlack.start();
    fake.users.set('U0LUCIA', { display_name: 'Lucía', locale: 'es-ES' });
    fake.users.set('U0JONAS', { display_name: 'Jonas', locale: 'de-DE' });
    const clock = { now: T0 };
    const bot = await startBot(fake, {
      store: await db.open(),
      now: () => clock.now,
      rateLimit: { count: 1000, windowSeconds: 30 },
    });
    try {
      const channel = 'C0LANGQUIZ';
      const es = withLocale('es', () => generateQuiz({ seed: 42, topic: 'schur', level: 'easy' }));
      const de = withLocale('de', () => generateQuiz({ seed: 42, topic: 'schur', level: 'easy' }));
      await fake.sendSlashCommand(bot.eventsUrl, {
        text: 'quiz schur easy seed:42',
        channelId: channel,
        userId: 'U0LUCIA',
      });
      await fake.waitFor(
        () => fake.messages.some((m) => m.channel === channel && buttonsOf(m).length > 0),
        10_000,
        'the quiz',
      );
      const message = fake.messages.find((m) => m.channel === channel && buttonsOf(m).length > 0)!;
      assert.match(message.allText, /Teorema del producto de Schur/);
      assert.match(message.allText, /Pulsa un botón para responder/);
      assert.doesNotMatch(message.allText, /Press a button/);
      const buttons = buttonsOf(message);
      assert.deepEqual(
        buttons.map((b) => b.text.text),
        es.choices.map((c) => `${c.id}) ${c.label}`.slice(0, 75)),
      );
      const id = buttons[0].value!.split(':')[0];
      const wrong = es.choices.find((c) => c.id !== es.correct)!.id;

      // Jonas's Slack is German: his private feedback is German, his choice marked in German.
      const r = await fake.clickButton(bot.eventsUrl, {
        message,
        button: buttons.find((b) => b.value === `${id}:${wrong}`)!,
        userId: 'U0JONAS',
      });
      await fake.waitFor(() => fake.responses.some((x) => x.commandId === r.commandId), 10_000, 'the feedback');
      const feedback = fake.responses.find((x) => x.commandId === r.commandId)!;
      assert.equal(feedback.body.response_type, 'ephemeral');
      assert.match(feedback.allText, new RegExp(`Nicht diese: ${wrong}\\)`));
      assert.ok(feedback.allText.includes(toMrkdwn(de.feedback[wrong])), 'the mistake, named in German');
      assert.match(feedback.allText, new RegExp(`\\*${wrong}\\) .*\\* ← deine Antwort`));
      assert.doesNotMatch(feedback.allText, /your answer|Not this one/);

      // Time is up: the question is edited into a Spanish reveal.
      clock.now = T0 + 61_000;
      assert.equal(await bot.groups!.sweep(), 1);
      const revealed = () => fake.updates.filter((u) => u.ts === message.ts && u.allText.includes('La respuesta es'));
      await fake.waitFor(() => revealed().length > 0, 10_000, 'the reveal');
      const reveal = revealed()[0];
      assert.match(reveal.allText, /Esta vez nadie acertó|Acertaron/);
      assert.match(reveal.allText, /Cerrado al acabarse el tiempo/);
      assert.doesNotMatch(reveal.allText, /The answer is|Closed when the time was up/);
    } finally {
      await bot.stop();
      await fake.close();
      await db.drop();
    }
  });
});
