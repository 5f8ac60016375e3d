// Study groups across real bot processes: two `main.ts` processes (the entry point `npm start` runs) on one Postgres
// schema, behind one fake Slack. Fifty concurrent clicks from one user, split between the two, count once; both
// processes are then stopped before the round is due, two new ones start, and exactly one of their sweepers closes
// the round by time and edits the question: nothing was lost in the restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../../src/engine/index.js';
import { openStore } from '../../../src/store/index.js';
import { FakeSlack, TEAM_ID, buttonsOf, type PostedMessage } from '../../fakes/slack.js';
import { TEST_DATABASE_URL, createSchema, dropSchema, postgresRequirement } from '../../store/backends.js';
import { startBotProcess, type BotProcess } from './harness.js';

/** Long enough for the clicks and the restart to happen before the round is due; the store's minimum is 10. */
const QUIZ_SECONDS = 12;
const CLICKS = 50;

const pgNeed = await postgresRequirement();

test(
  `${CLICKS} concurrent clicks from one user on two bot processes sharing Postgres count once; a restart before the close loses nothing`,
  { skip: pgNeed.skip, timeout: 120_000 },
  async () => {
    pgNeed.assertAvailable();
    const { schema, url: databaseUrl } = await createSchema();
    const fake = await FakeSlack.start();
    fake.users.set('U0ADMIN', { is_admin: true });
    const env = { DATABASE_URL: databaseUrl, RATE_LIMIT_COUNT: '10000' };
    const bots: BotProcess[] = [];
    const start = async () => {
      const b = await startBotProcess(fake, env);
      bots.push(b);
      return b;
    };
    try {
      const [a, b] = await Promise.all([start(), start()]);
      const channel = 'C0PROCS01';
      const slash = async (bot: BotProcess, text: string, userId: string) => {
        const r = await fake.sendSlashCommand(bot.eventsUrl, { text, channelId: channel, userId });
        assert.equal(r.status, 200);
        return r;
      };
      const s = await slash(a, `settings quiz_seconds ${QUIZ_SECONDS}`, 'U0ADMIN');
      await fake.waitFor(() => fake.responses.some((x) => x.commandId === s.commandId), 20_000, 'the setting');
      assert.match(fake.responses.find((x) => x.commandId === s.commandId)!.allText, /quiz_seconds is now/);

      const q = generateQuiz({ seed: 3, topic: 'entry', level: 'easy' });
      await slash(b, 'quiz entry easy seed:3', 'U0CAROL');
      await fake.waitFor(() => fake.messages.some((m) => buttonsOf(m).length > 0), 20_000, 'the quiz');
      const question: PostedMessage = fake.messages.find((m) => buttonsOf(m).length > 0)!;
      const postedAt = Date.now();
      const buttons = buttonsOf(question);
      const quizId = buttons[0].value!.split(':')[0];
      const button = (choice: string) => buttons.find((x) => x.value === `${quizId}:${choice}`)!;
      const wrong = q.choices.find((c) => c.id !== q.correct)!.id;

      // Fifty clicks from Alice at once, on every choice, half to each process.
      const clicks = await Promise.all(
        Array.from({ length: CLICKS }, (_, i) =>
          fake.clickButton(i % 2 ? b.eventsUrl : a.eventsUrl, {
            message: question,
            button: buttons[i % buttons.length],
            userId: 'U0ALICE',
          }),
        ),
      );
      assert.ok(
        clicks.every((c) => c.status === 200 && c.body === ''),
        'every click acked',
      );
      const ids = new Set(clicks.map((c) => c.commandId));
      await fake.waitFor(
        () => fake.responses.filter((x) => ids.has(x.commandId)).length === CLICKS,
        30_000,
        'feedback to every click',
      );
      const feedback = fake.responses.filter((x) => ids.has(x.commandId));
      assert.ok(feedback.every((f) => f.body.response_type === 'ephemeral'));
      const already = feedback.filter((f) => /You already answered/.test(f.allText));
      const counted = feedback.filter((f) => !/You already answered/.test(f.allText));
      assert.equal(counted.length, 1, `one click counts: ${counted.map((f) => f.allText.slice(0, 80)).join(' | ')}`);
      assert.equal(already.length, CLICKS - 1);
      const aliceChoice = /(?:Right|Not this one): ([a-e])\)/.exec(counted[0].allText)?.[1];
      assert.ok(aliceChoice, counted[0].allText);
      for (const f of already) assert.match(f.allText, new RegExp(`You already answered ${aliceChoice}\\)`));

      // Bob (wrong) and Carol (right), one on each process.
      const bob = await fake.clickButton(b.eventsUrl, { message: question, button: button(wrong), userId: 'U0BOB' });
      const carol = await fake.clickButton(a.eventsUrl, {
        message: question,
        button: button(q.correct),
        userId: 'U0CAROL',
      });
      await fake.waitFor(
        () =>
          fake.responses.some((x) => x.commandId === bob.commandId) &&
          fake.responses.some((x) => x.commandId === carol.commandId),
        20_000,
        'Bob and Carol',
      );

      // The restart: both processes stop before the round is due; nothing has closed it yet.
      assert.deepEqual(await Promise.all([a.stop(), b.stop()]), [0, 0], 'both exit cleanly');
      assert.ok(Date.now() - postedAt < QUIZ_SECONDS * 1000, 'stopped before the round was due (the machine is slow?)');
      // Before the restart the question was only edited to show how many answered (three), never revealed.
      const revealed = () => fake.updates.filter((u) => u.ts === question.ts && /The answer is/.test(u.allText));
      assert.equal(revealed().length, 0, 'the question was not revealed before the restart');
      assert.ok(
        fake.updates.every((u) => buttonsOf(u).length === q.choices.length),
        'count edits keep the buttons',
      );

      const [c, d] = await Promise.all([start(), start()]);
      await fake.waitFor(() => revealed().length > 0, (QUIZ_SECONDS + 20) * 1000, 'the reveal');
      // Two sweepers run every second: give the loser a few rounds to (wrongly) publish too.
      await new Promise((r) => setTimeout(r, 3_000));
      const edits = revealed();
      assert.equal(edits.length, 1, 'exactly one process published the reveal');
      const closers = [c, d].filter((p) =>
        p.logs().some((l) => l.msg === 'quiz closed and revealed' && l.quiz === quizId),
      );
      assert.equal(closers.length, 1, 'exactly one process claimed the close');
      const right = 1 + Number(aliceChoice === q.correct);
      assert.match(edits[0].allText, new RegExp(`${right} of 3 got it`));
      assert.equal(buttonsOf(edits[0]).length, 0);
      await fake.waitFor(
        () => fake.completedUploads().some((u) => u.channel_id === channel && u.thread_ts === question.ts),
        20_000,
        'the worked figure',
      );
      assert.equal(
        fake.completedUploads().filter((u) => u.channel_id === channel && u.thread_ts === question.ts).length,
        1,
        'one worked figure',
      );

      // The scores, from a new process, match: Alice counted once.
      const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
      try {
        const answers = await store.roundAnswers(quizId);
        assert.deepEqual(answers.map((x) => x.user).sort(), ['U0ALICE', 'U0BOB', 'U0CAROL']);
        const board = await store.leaderboard({ platform: 'slack', workspace: TEAM_ID, channel, limit: 10 });
        const points = Object.fromEntries(board.map((r) => [r.user, r.points]));
        assert.deepEqual(points, { U0ALICE: aliceChoice === q.correct ? 10 : 0, U0BOB: 0, U0CAROL: 10 });
      } finally {
        await store.close();
      }
      const sc = await slash(d, 'scores', 'U0BOB');
      assert.ok(sc);
      await fake.waitFor(() => fake.messages.some((m) => /Leaderboard/.test(m.allText)), 20_000, 'the scores');
      assert.match(
        fake.messages.find((m) => /Leaderboard/.test(m.allText))!.allText,
        /u0carol: \*10\* points, 1 of 1 right/,
      );
    } finally {
      await Promise.all(bots.map((x) => x.stop().catch(() => x.kill())));
      await fake.close();
      await dropSchema(schema);
    }
  },
);
