// Progress and a quiz that hangs together, in the group service on the real stores (SQLite file and Postgres): `me`,
// `practice`, `class`, `class export` and forget-me agree with each other and with `scores`; pending points, shared
// ranks and the words around them; the question lists its choices only where there are no buttons, and shows how many
// have answered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import {
  generateQuiz,
  parseCommand,
  run,
  type AnswerData,
  type ClassData,
  type Command,
  type MeData,
  type QuizData,
  type ScoresData,
} from '../../../src/engine/index.js';
import {
  EXPORT_COLUMNS,
  GroupService,
  competitionRanks,
  streakOf,
  type GroupReply,
  type Requester,
} from '../../../src/bot/groups/service.js';
import type { Round, Store } from '../../../src/store/types.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';

const T0 = Date.UTC(2026, 10, 25, 12); // a Wednesday
const DAY = 86_400_000;

function service(store: Store, clock: { now: number }): GroupService {
  return new GroupService({
    store,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
    async runWorked(text, options) {
      const p = parseCommand(text);
      return p.ok ? run(p.value, { ...options, figures: false }) : p;
    },
  });
}

const scope = { platform: 'slack', workspace: 'T1', channel: 'C1' };
const person = (user: string, manage?: boolean, buttons = true): Requester => ({
  ...scope,
  user,
  ...(manage === undefined ? {} : { canManage: async () => manage }),
  permissionName: 'a workspace admin or owner',
  buttons,
});

function cmd(text: string): Command {
  const p = parseCommand(text);
  assert.ok(p.ok, text);
  return p.value;
}

async function ok(p: Promise<GroupReply | { code: string }>): Promise<GroupReply> {
  const r = await p;
  assert.ok(!('code' in r), JSON.stringify(r));
  return r as GroupReply;
}

const data = <T>(r: GroupReply): T => r.answer.data as unknown as T;
const text = (r: GroupReply): string =>
  [r.answer.summary, ...r.answer.sections.map((s) => `${s.heading ?? ''}\n${s.body}`)].join('\n');

/** A channel round on `words`, answered by each user with the choice given ('right', 'wrong' or a letter), closed. */
async function round(
  g: GroupService,
  clock: { now: number },
  words: string,
  answers: Record<string, 'right' | 'wrong'>,
  close = true,
): Promise<QuizData['quiz']> {
  const r = await ok(g.handle(cmd(`quiz ${words}`), person('starter')));
  const q = r.quiz!;
  const seed = Number(/seed:(\d+)/.exec(words)![1]);
  const gen = generateQuiz({ seed, topic: q.topic as never, level: q.level });
  const wrong = gen.choices.find((c) => c.id !== gen.correct)!.id;
  for (const [user, how] of Object.entries(answers)) {
    clock.now += 1000;
    await ok(g.handle(cmd(`answer ${q.id} ${how === 'right' ? gen.correct : wrong}`), person(user)));
  }
  if (close) await ok(g.handle(cmd(`reveal ${q.id}`), person('starter')));
  return q;
}

function suite(backend: StoreBackend): void {
  describe(`progress and the quiz's coherence on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('an answer says when its points count; scores shows them pending until the round closes', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        // Private boards: each asker reads their own copy, so it may say "you".
        await ok(g.handle(cmd('settings private on'), person('boss', true)));
        const q = (await ok(g.handle(cmd('quiz entry easy seed:3'), person('ada')))).quiz!;
        const right = generateQuiz({ seed: 3, topic: 'entry', level: 'easy' }).correct;
        clock.now += 15_000;
        const a = await ok(g.handle(cmd(`answer ${q.id} ${right}`), person('bob')));
        assert.match(a.answer.summary, /^✓ Right: .*\+10 points once the round closes in 45 s\.$/);
        assert.equal(data<AnswerData>(a).result.pending, true);
        const board = await ok(g.handle(cmd('scores'), person('bob')));
        assert.deepEqual(
          data<ScoresData>(board).scores.map((r) => [r.user, r.rank, r.points, r.pending]),
          [['bob', 1, 0, 10]],
        );
        assert.match(board.answer.summary, /no points counted yet: 10 are pending until their rounds close\./);
        assert.match(board.answer.summary, /Your 10 pending points count once the round closes\./);
        assert.match(text(board), /1\. you: \*\*0\*\* points \(\+10 pending\), nothing counted yet/);
        assert.doesNotMatch(board.answer.summary, /leads with 0|lead with 0/);
        const wrong = await ok(g.handle(cmd(`answer ${q.id} ${right === 'a' ? 'b' : 'a'}`), person('cy')));
        assert.match(wrong.answer.summary, /revealed when the round closes in 45 s\./);
        assert.ok(data<AnswerData>(wrong).result.misconception?.id.startsWith('entry.'));
        clock.now = q.closesAt + 1;
        await g.registerPublisher({ platform: 'slack', publish: async () => undefined });
        assert.equal(await g.sweep(), 1);
        const after = await ok(g.handle(cmd('scores'), person('bob')));
        assert.match(after.answer.summary, /^2 players this week; you lead with 10 points\.$/);
        const other = await ok(g.handle(cmd('scores'), person('cy')));
        assert.match(other.answer.summary, /<@bob> leads with 10 points\./);
        assert.doesNotMatch(other.answer.summary, /you/);
      }));

    it('ties share a rank (1, 1, 3) in the text, the data and the figure; "share the lead"', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        await round(g, clock, 'trace easy seed:11', { ann: 'right', bob: 'right', cy: 'wrong' });
        // Posted in the channel, the board names everyone (nobody is "you" there).
        const posted = await ok(g.handle(cmd('scores'), person('bob')));
        assert.equal(posted.visibility, 'public');
        assert.match(posted.answer.summary, /^3 players this week; <@ann> and <@bob> share the lead with 10 points\.$/);
        assert.match(text(posted), /^3\. <@cy>: \*\*0\*\* points/m);
        assert.equal(data<ScoresData>(posted).you, undefined);
        await ok(g.handle(cmd('settings private on'), person('boss', true)));
        const board = await ok(g.handle(cmd('scores'), person('bob')));
        const rows = data<ScoresData>(board).scores;
        assert.deepEqual(
          rows.map((r) => [r.user, r.rank, r.points]),
          [
            ['ann', 1, 10],
            ['bob', 1, 10],
            ['cy', 3, 0],
          ],
        );
        assert.match(text(board), /^1\. <@ann>: \*\*10\*\* points/m);
        assert.match(text(board), /^1\. you: \*\*10\*\* points/m);
        assert.match(text(board), /^3\. <@cy>: \*\*0\*\* points/m);
        assert.match(board.answer.summary, /^3 players this week; you and <@ann> share the lead with 10 points\.$/);
        // The figure draws the data's ranks (its alt text says them).
        const withFigure = service(store, clock);
        const figs = await ok(withFigure.handle(cmd('scores'), person('cy')));
        assert.match(
          figs.answer.figures[0].alt,
          /1\. ann: 10 points.*; 1\. bob: 10 points.*; 3\. cy \(you\): 0 points/,
        );
        assert.deepEqual(competitionRanks([30, 30, 20, 10, 10, 0]), [1, 1, 3, 4, 4, 6]);
      }));

    it('the question lists its choices only without buttons, and speaks of buttons only with them', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        const chat = await ok(g.handle(cmd('quiz psd easy seed:5'), person('ada', false, true)));
        assert.match(text(chat), /Press a button/);
        assert.doesNotMatch(text(chat), /Choices/);
        for (const c of chat.quiz!.choices) assert.ok(!text(chat).includes(`**${c.id})** ${c.label}`), c.label);
        const cli = await ok(
          g.handle(cmd('quiz psd easy seed:5'), { ...person('ada', false, false), platform: 'cli' }),
        );
        assert.doesNotMatch(text(cli), /button/i);
        assert.match(text(cli), /Choices/);
        assert.match(text(cli), /`hadamard answer q[0-9a-z]+ <letter>`/);
        for (const c of cli.quiz!.choices) assert.ok(text(cli).includes(`**${c.id})** ${c.label}`), c.label);
      }));

    it('quizMessage: the open question with how many answered (never what); nothing once closed or for practice', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        const q = await round(g, clock, 'schur easy seed:8', { ann: 'right', bob: 'wrong' }, false);
        assert.equal(await g.quizMessage(q.id), undefined, 'no message posted yet');
        await g.attachMessage(q.id, 'C1:1700000000.000100');
        const m = await g.quizMessage(q.id);
        assert.ok(m);
        assert.equal(m.quiz.answered, 2);
        assert.match(m.answer.summary, /2 people have answered so far\./);
        assert.doesNotMatch(JSON.stringify(m.answer), /"correct"|\bann\b|\bbob\b/);
        assert.doesNotMatch(text({ answer: m.answer } as GroupReply), /Choices/);
        await ok(g.handle(cmd(`reveal ${q.id}`), person('starter')));
        assert.equal(await g.quizMessage(q.id), undefined);
      }));

    it('practice: private, from the weakest topic, answered at once with its reveal, never on the board', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        // ann: right on entry, wrong on trace → trace is her weakest.
        await round(g, clock, 'entry easy seed:1', { ann: 'right' });
        await round(g, clock, 'trace medium seed:2', { ann: 'wrong' });
        const p = await ok(g.handle(cmd('practice'), person('ann')));
        assert.equal(p.visibility, 'private');
        assert.equal(p.quiz?.practice, true);
        assert.equal(p.quiz?.topic, 'trace');
        assert.equal(p.quiz?.level, 'easy', '0 of 1 right: start easy');
        assert.match(p.answer.title, /^Practice q/);
        // Someone else cannot see or answer it.
        const intruder = await g.handle(cmd(`answer ${p.quiz!.id} a`), person('bob'));
        assert.ok('code' in intruder && /there is no quiz/.test(intruder.message));
        const peek = await g.handle(cmd(`reveal ${p.quiz!.id}`), person('bob'));
        assert.ok('code' in peek);
        const gen = generateQuiz({ seed: p.quiz!.seed, topic: 'trace', level: 'easy' });
        const a = await ok(g.handle(cmd(`answer ${p.quiz!.id} ${gen.correct}`), person('ann')));
        assert.equal(a.visibility, 'private');
        assert.equal(data<AnswerData>(a).result.points, 0);
        assert.equal(data<AnswerData>(a).result.practice, true);
        assert.equal(data<AnswerData>(a).reveal?.correctChoice, gen.correct);
        assert.match(text(a), /Why/);
        assert.deepEqual(a.marked, {
          roundId: p.quiz!.id,
          choice: gen.correct,
          choices: gen.choices,
          recorded: true,
          practice: true,
        });
        assert.notEqual(
          (await store.getRound(p.quiz!.id))?.closedAt,
          null,
          'the practice round closed with its answer',
        );
        const again = await g.handle(cmd(`answer ${p.quiz!.id} ${gen.correct}`), person('ann'));
        assert.ok(!('code' in again) && data<AnswerData>(again).result.already);
        // Not on the board; in `me`.
        const board = await ok(g.handle(cmd('scores'), person('ann')));
        assert.deepEqual(
          data<ScoresData>(board).scores.map((r) => [r.user, r.points, r.answered]),
          [['ann', 10, 2]],
        );
        const me = data<MeData>(await ok(g.handle(cmd('me'), person('ann')))).me;
        assert.deepEqual([me.answered, me.correct, me.practiced, me.points], [3, 2, 1, 10]);
        assert.deepEqual(
          me.topics.find((t) => t.topic === 'trace'),
          { topic: 'trace', answered: 2, correct: 1 },
        );
        // A named topic and level are kept.
        const named = await ok(g.handle(cmd('practice kronecker hard'), person('ann')));
        assert.deepEqual([named.quiz?.topic, named.quiz?.level], ['kronecker', 'hard']);
      }));

    it('an unanswered practice round closes by time quietly: nothing is published', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        const published: Round[] = [];
        g.registerPublisher({ platform: 'slack', publish: async (r) => void published.push(r) });
        const p = await ok(g.handle(cmd('practice psd'), person('ann')));
        clock.now += 601_000;
        assert.equal(await g.sweep(), 1);
        assert.deepEqual(published, []);
        assert.notEqual((await store.getRound(p.quiz!.id))?.closedAt, null);
        const late = await g.handle(cmd(`answer ${p.quiz!.id} a`), person('ann'));
        assert.ok('code' in late && /closed/.test(late.message));
        // Its player may still see the answer, privately.
        const shown = await ok(g.handle(cmd(`reveal ${p.quiz!.id}`), person('ann')));
        assert.equal(shown.visibility, 'private');
      }));

    it('class: managers only, closed when the surface cannot tell; practice and open rounds are not counted', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        await round(g, clock, 'schur easy seed:4', { ann: 'right', bob: 'wrong' });
        await round(g, clock, 'schur easy seed:6', { ann: 'right' }, false);
        await ok(g.handle(cmd('practice psd'), person('ann')));
        for (const who of [person('bob', false), person('bob')]) {
          const refused = await g.handle(cmd('class'), who);
          assert.ok('code' in refused && refused.code === 'not_allowed', JSON.stringify(refused));
          assert.match(refused.message, /manage this channel/);
          const exp = await g.handle(cmd('class export'), who);
          assert.ok('code' in exp && exp.code === 'not_allowed');
        }
        const view = await ok(g.handle(cmd('class'), person('boss', true)));
        assert.equal(view.visibility, 'private');
        const c = data<ClassData>(view).class;
        assert.deepEqual([c.players, c.rounds, c.closedRounds, c.answered, c.correct], [2, 2, 1, 2, 1]);
        assert.equal(c.accuracy, 0.5);
        assert.deepEqual(
          c.topics.find((t) => t.topic === 'schur'),
          {
            topic: 'schur',
            answered: 2,
            correct: 1,
            players: 2,
          },
        );
        assert.equal(c.misconceptions.length, 1);
        assert.equal(c.misconceptions[0].count, 1);
        assert.match(text(view), /Most chosen misconceptions/);
      }));

    it('me, class, class export, scores and forget-me agree with each other', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        // Three rounds this week, one practice each for ann and bob, one round still open.
        await round(g, clock, 'entry easy seed:21', { ann: 'right', bob: 'wrong', cy: 'wrong' });
        await round(g, clock, 'trace easy seed:22', { ann: 'wrong', bob: 'right' });
        await round(g, clock, 'psd easy seed:23', { ann: 'wrong', cy: 'right' });
        await round(g, clock, 'schur easy seed:24', { ann: 'right' }, false);
        for (const user of ['ann', 'bob']) {
          const p = await ok(g.handle(cmd('practice kronecker easy'), person(user)));
          const gen = generateQuiz({ seed: p.quiz!.seed, topic: 'kronecker', level: 'easy' });
          await ok(
            g.handle(cmd(`answer ${p.quiz!.id} ${gen.choices.find((x) => x.id !== gen.correct)!.id}`), person(user)),
          );
        }
        const users = ['ann', 'bob', 'cy'];
        const me = Object.fromEntries(
          await Promise.all(users.map(async (u) => [u, data<MeData>(await ok(g.handle(cmd('me'), person(u)))).me])),
        ) as Record<string, MeData['me']>;
        const c = data<ClassData>(await ok(g.handle(cmd('class'), person('boss', true)))).class;
        const exported = await ok(g.handle(cmd('class export'), person('boss', true)));
        const csv = exported.answer.files![0];
        const lines = csv.content.trimEnd().split('\r\n');
        const board = data<ScoresData>(await ok(g.handle(cmd('scores all'), person('ann')))).scores;

        assert.equal(csv.type, 'text/csv');
        assert.match(csv.name, /^class-C1-2026-11-25\.csv$/);
        assert.equal(lines[0], EXPORT_COLUMNS.join(','));
        // Closed, non-practice answers: the class counts them, the file has a row for each, and each user's `me`
        // (less their practice) adds up to them.
        const sum = (f: (m: MeData['me']) => number) => users.reduce((s, u) => s + f(me[u]), 0);
        assert.equal(c.answered, 7);
        assert.equal(lines.length - 1, c.answered);
        assert.equal(
          sum((m) => m.answered - m.practiced),
          c.answered,
        );
        assert.equal(c.players, 3);
        assert.equal(data<ClassData>(exported).class.export?.rows, c.answered);
        // Per topic, the class equals the users' non-practice tallies.
        for (const t of c.topics) {
          const rows = lines.slice(1).filter((l) => l.split(',')[2] === t.topic);
          assert.equal(rows.length, t.answered, t.topic);
          assert.equal(rows.filter((l) => l.split(',')[5] === 'yes').length, t.correct, t.topic);
        }
        // Misconceptions: each wrong row names one, the class counts them, and they are the users' (less practice).
        const wrongRows = lines.slice(1).filter((l) => l.split(',')[5] === 'no');
        assert.ok(
          wrongRows.every((l) => /^[a-z]+\.[a-z0-9-]+$/.test(l.split(',')[7])),
          'every wrong row has its id',
        );
        assert.equal(
          c.misconceptions.reduce((s, m) => s + m.count, 0),
          wrongRows.length,
        );
        // Points and streaks: `me` is the board's row.
        for (const row of board) {
          assert.equal(me[row.user].points, row.points, row.user);
          assert.equal(me[row.user].pending, row.pending, row.user);
          assert.equal(me[row.user].streak, row.streak, row.user);
        }
        assert.equal(me.ann.pending, 10);
        assert.deepEqual([me.ann.practiced, me.bob.practiced, me.cy.practiced], [1, 1, 0]);
        assert.equal(
          me.ann.misconceptions.reduce((s, m) => s + m.count, 0),
          3,
          'two wrong rounds and one practice',
        );

        // forget-me: ann is gone from all of it; the others are untouched.
        const f = await ok(g.handle(cmd('forget-me'), person('ann')));
        assert.equal(data<{ forgotten: { answers: number; practiceRounds: number } }>(f).forgotten.answers, 5);
        assert.equal(data<{ forgotten: { practiceRounds: number } }>(f).forgotten.practiceRounds, 1);
        const meAfter = data<MeData>(await ok(g.handle(cmd('me'), person('ann')))).me;
        assert.deepEqual(
          [meAfter.answered, meAfter.points, meAfter.pending, meAfter.misconceptions.length],
          [0, 0, 0, 0],
        );
        const cAfter = data<ClassData>(await ok(g.handle(cmd('class'), person('boss', true)))).class;
        assert.equal(cAfter.answered, c.answered - (me.ann.answered - me.ann.practiced));
        assert.equal(cAfter.players, 2);
        const csvAfter = (await ok(g.handle(cmd('class export'), person('boss', true)))).answer.files![0].content;
        assert.doesNotMatch(csvAfter, /^ann,/m);
        assert.ok(
          !data<ScoresData>(await ok(g.handle(cmd('scores all'), person('bob')))).scores.some((r) => r.user === 'ann'),
        );
        const bobAfter = data<MeData>(await ok(g.handle(cmd('me'), person('bob')))).me;
        assert.deepEqual(bobAfter, me.bob);
      }));

    it('me: the figure, the suggestion, and a first-timer', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        const first = await ok(g.handle(cmd('me'), person('new')));
        assert.equal(first.visibility, 'private');
        assert.match(first.answer.summary, /No answers of yours here yet/);
        assert.deepEqual(data<MeData>(first).me.suggestion.topic, 'entry');
        assert.equal(first.answer.figures[0]?.name, 'me.png');
        await round(g, clock, 'entry easy seed:31', { ann: 'right' });
        await round(g, clock, 'property easy seed:32', { ann: 'right' });
        const me = data<MeData>(await ok(g.handle(cmd('me'), person('ann')))).me;
        assert.equal(me.suggestion.topic, 'psd', 'all tried topics at 100 %: the first untried one');
        assert.match(text(await ok(g.handle(cmd('me'), person('ann')))), /`\/hadamard practice psd easy`/);
      }));

    it('streakOf counts UTC days ending today or yesterday, as the board does', () => {
      assert.equal(streakOf([], T0), 0);
      assert.equal(streakOf([T0, T0 - DAY, T0 - 2 * DAY], T0), 3);
      assert.equal(streakOf([T0 - DAY, T0 - 2 * DAY], T0), 2);
      assert.equal(streakOf([T0 - 2 * DAY], T0), 0);
      assert.equal(streakOf([T0, T0 - 2 * DAY], T0), 1);
    });
  });
}

suite(sqliteFile);
suite(await postgresBackend());
