// The study-group service on the real stores (SQLite file and Postgres): quizzes, first answers, closing by time or
// on request (exactly once across instances), restarts, scores, settings with permissions, forget-me.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import {
  generateQuiz,
  parseCommand,
  run,
  type AnswerData,
  type Command,
  type QuizData,
} from '../../../src/engine/index.js';
import {
  GroupService,
  POINTS_CORRECT,
  startOfWeek,
  type GroupReply,
  type Requester,
} from '../../../src/bot/groups/service.js';
import type { Round, Store } from '../../../src/store/types.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';

const T0 = Date.UTC(2026, 10, 25, 12); // a Wednesday

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
const person = (user: string, manage = false): Requester => ({
  ...scope,
  user,
  canManage: async () => manage,
  permissionName: 'a workspace admin or owner',
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

async function startQuiz(g: GroupService, who: Requester, words = 'schur easy seed:7'): Promise<QuizData['quiz']> {
  const r = await ok(g.handle(cmd(`quiz ${words}`), who));
  assert.equal(r.visibility, 'public');
  assert.ok(r.quiz);
  return r.quiz;
}

function suite(backend: StoreBackend): void {
  describe(`group service on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('a quiz is posted without its answer; the round keeps the seed and closes after quiz_seconds', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        const quiz = await startQuiz(g, person('ada'));
        const expected = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' });
        assert.deepEqual(quiz.choices, expected.choices);
        assert.equal(quiz.closesAt, T0 + 60_000);
        assert.ok(!JSON.stringify(quiz).includes('correct'), 'the right choice is not in the quiz data');
        const round = (await store.getRound(quiz.id))!;
        assert.equal(round.correctChoice, expected.correct);
        assert.equal(round.seed, 7);
      }));

    it('first answer counts, a second click says already, wrong answers earn nothing, a closed round refuses', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        const quiz = await startQuiz(g, person('ada'));
        const right = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' }).correct;
        const wrong = quiz.choices.find((c) => c.id !== right)!.id;
        clock.now += 5_000;
        const a = await ok(g.handle(cmd(`answer ${quiz.id} ${right}`), person('bob')));
        assert.equal(a.visibility, 'private');
        assert.deepEqual((a.answer.data as unknown as AnswerData).result, {
          quizId: quiz.id,
          choice: right,
          correct: true,
          points: POINTS_CORRECT,
          already: false,
          feedback: (a.answer.data as unknown as AnswerData).result.feedback,
          pending: true,
          closesAt: quiz.closesAt,
        });
        assert.match(a.answer.summary, /\+10 points once the round closes in 55 s\./);
        const again = await ok(g.handle(cmd(`answer ${quiz.id} ${wrong}`), person('bob')));
        const r = (again.answer.data as unknown as AnswerData).result;
        assert.equal(r.already, true);
        assert.equal(r.choice, right, 'the first answer stands');
        assert.match(again.answer.summary, /already answered/);
        const w = await ok(g.handle(cmd(`answer ${quiz.id} ${wrong}`), person('cy')));
        assert.equal((w.answer.data as unknown as AnswerData).result.points, 0);
        clock.now = T0 + 61_000;
        const late = await g.handle(cmd(`answer ${quiz.id} ${right}`), person('dee'));
        assert.ok('code' in late, 'past closesAt the round is closed');
        assert.match((late as { message: string }).message, /closed/);
      }));

    it('the speed bonus is a setting: off by default, up to 5 points for answering at once when on', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        await ok(g.handle(cmd('settings speed_bonus on'), person('admin', true)));
        const quiz = await startQuiz(g, person('ada'));
        const right = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' }).correct;
        clock.now += 15_000; // a quarter of the minute gone: 3/4 of the bonus
        const a = await ok(g.handle(cmd(`answer ${quiz.id} ${right}`), person('bob')));
        assert.equal((a.answer.data as unknown as AnswerData).result.points, POINTS_CORRECT + 4);
      }));

    it('fifty concurrent clicks from one user on two instances count once', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const s1 = await db.open();
        const s2 = backend.shared ? await db.open() : s1;
        const [g1, g2] = [service(s1, clock), service(s2, clock)];
        const quiz = await startQuiz(g1, person('ada'));
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            (i % 2 ? g1 : g2).handle(
              cmd(`answer ${quiz.id} ${quiz.choices[i % quiz.choices.length].id}`),
              person('bob'),
            ),
          ),
        );
        const fresh = replies.filter((r) => !('code' in r) && !(r.answer.data as unknown as AnswerData).result.already);
        assert.equal(fresh.length, 1);
        assert.equal((await s1.roundAnswers(quiz.id)).length, 1);
      }));

    it('a round closes by time exactly once across instances, and the reveal counts every answer', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const s1 = await db.open();
        const s2 = backend.shared ? await db.open() : s1;
        const [g1, g2] = [service(s1, clock), service(s2, clock)];
        const published: [string, GroupReply][] = [];
        for (const [name, g] of [
          ['one', g1],
          ['two', g2],
        ] as const)
          g.registerPublisher({
            platform: 'slack',
            publish: async (round: Round, r) => void published.push([name, r]),
          });
        const quiz = await startQuiz(g1, person('ada'));
        await g1.attachMessage(quiz.id, 'C1:1700000000.000100');
        const right = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' }).correct;
        for (const u of ['b1', 'b2', 'b3']) await ok(g2.handle(cmd(`answer ${quiz.id} ${right}`), person(u)));
        assert.deepEqual(await Promise.all([g1.sweep(), g2.sweep()]), [0, 0], 'nothing is due yet');
        clock.now = T0 + 60_000;
        // Both instances sweep at once (and one of them twice: its second sweep joins the first).
        const [c1, c2, c1again] = await Promise.all([g1.sweep(), g2.sweep(), g1.sweep()]);
        assert.equal(c1, c1again);
        assert.equal(c1 + c2, 1, 'exactly one claim wins');
        assert.equal(published.length, 1, 'one instance posts the reveal');
        const reveal = published[0][1];
        assert.equal(reveal.reveal?.messageRef, 'C1:1700000000.000100');
        assert.match(reveal.answer.summary, new RegExp(`The answer is ${right}\\).* 3 of 3 got it`));
        assert.match(reveal.answer.sections.map((s) => s.body).join('\n'), /<@b1>, <@b2>, <@b3>/);
      }));

    it('a restart between the answers and the close loses nothing', { skip: !backend.persistent && 'in memory' }, () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const before = await db.open();
        const g = service(before, clock);
        const quiz = await startQuiz(g, person('ada'));
        const right = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' }).correct;
        await ok(g.handle(cmd(`answer ${quiz.id} ${right}`), person('bob')));
        await ok(g.handle(cmd(`answer ${quiz.id} ${quiz.choices.find((c) => c.id !== right)!.id}`), person('cy')));
        await g.stop();
        await before.close();
        const after = await db.open();
        const g2 = service(after, { now: T0 + 120_000 });
        const shown: GroupReply[] = [];
        g2.registerPublisher({ platform: 'slack', publish: async (_r, reply) => void shown.push(reply) });
        assert.equal(await g2.sweep(), 1);
        assert.match(shown[0].answer.summary, /1 of 2 got it/);
        const board = await ok(g2.handle(cmd('scores'), person('ada')));
        assert.deepEqual(
          (board.answer.data as { scores: { user: string; points: number }[] }).scores.map((s) => [s.user, s.points]),
          [
            ['bob', 10],
            ['cy', 0],
          ],
        );
      }),
    );

    it('reveal: early only for the starter or a manager; after the close it is shown privately, never posted twice', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        const quiz = await startQuiz(g, person('ada'));
        const refused = await g.handle(cmd(`reveal ${quiz.id}`), person('bob'));
        assert.ok('code' in refused && refused.code === 'not_allowed');
        assert.match(refused.message, /a workspace admin or owner/);
        const first = await ok(g.handle(cmd(`reveal ${quiz.id}`), person('ada')));
        assert.equal(first.visibility, 'public');
        assert.ok(first.reveal);
        const second = await ok(g.handle(cmd(`reveal ${quiz.id}`), person('bob')));
        assert.equal(second.visibility, 'private');
        assert.equal(second.reveal, undefined);
      }));

    it('settings: defaults, channel values with their source, refusal without permission, reset', () =>
      withDb(async (db) => {
        const g = service(await db.open(), { now: T0 });
        const refused = await g.handle(cmd('settings theme dark'), person('bob'));
        assert.ok('code' in refused && refused.code === 'not_allowed');
        assert.match(refused.message, /needs a workspace admin or owner/);
        const set = await ok(g.handle(cmd('settings theme dark'), person('boss', true)));
        assert.equal(set.visibility, 'private');
        const s = await g.settingsFor(scope);
        assert.deepEqual(s.theme, { value: 'dark', source: 'channel' });
        assert.deepEqual(s.figures, { value: 'on', source: 'default' });
        assert.deepEqual(GroupService.runOptions(s), { figures: true, theme: 'dark', numbers: 'fractions' });
        // Another channel is untouched.
        assert.equal((await g.settingsFor({ ...scope, channel: 'C2' })).theme.value, 'light');
        await ok(g.handle(cmd('settings theme default'), person('boss', true)));
        assert.deepEqual((await g.settingsFor(scope)).theme, { value: 'light', source: 'default' });
      }));

    it('without permission information (no canManage) the default is closed: settings and an early reveal are refused', () =>
      withDb(async (db) => {
        // A surface that says nothing about permissions (a new adapter that forgot canManage) must not let anyone
        // change a channel's settings or end someone else's round early.
        const clock = { now: T0 };
        const store = await db.open();
        const g = service(store, clock);
        const unknown: Requester = { ...scope, user: 'eve' };
        const refused = await g.handle(cmd('settings theme dark'), unknown);
        assert.ok('code' in refused && refused.code === 'not_allowed', JSON.stringify(refused));
        assert.match(
          refused.message,
          /needs permission to manage this channel/,
          'the generic words, no permissionName',
        );
        assert.deepEqual((await g.settingsFor(scope)).theme, { value: 'light', source: 'default' }, 'nothing changed');
        const quiz = await startQuiz(g, person('ada'));
        const early = await g.handle(cmd(`reveal ${quiz.id}`), unknown);
        assert.ok('code' in early && early.code === 'not_allowed', JSON.stringify(early));
        assert.match(early.message, /only the person who started it can reveal it early/);
        assert.equal((await store.getRound(quiz.id))?.closedAt, null, 'the round is still open');
        // Reading the settings needs no permission.
        const shown = await ok(g.handle(cmd('settings'), unknown));
        assert.ok(shown.answer.data && 'settings' in shown.answer.data);
      }));

    it('scores: this week against all time, best first, with the names the platform gives', () =>
      withDb(async (db) => {
        const clock = { now: startOfWeek(T0) - 3_600_000 }; // last Sunday
        const g = service(await db.open(), clock);
        const q1 = await startQuiz(g, person('ada'));
        const right = generateQuiz({ seed: 7, topic: 'schur', level: 'easy' }).correct;
        await ok(g.handle(cmd(`answer ${q1.id} ${right}`), person('old')));
        await ok(g.handle(cmd(`reveal ${q1.id}`), person('ada')));
        clock.now = T0;
        const q2 = await startQuiz(g, person('ada'));
        await ok(g.handle(cmd(`answer ${q2.id} ${right}`), person('new')));
        // While q2 is open its points are pending: on the board, not counted yet.
        const open = await ok(g.handle(cmd('scores'), person('ada')));
        assert.deepEqual(
          (open.answer.data as { scores: { user: string; points: number; pending: number }[] }).scores.map((r) => [
            r.user,
            r.points,
            r.pending,
          ]),
          [['new', 0, 10]],
        );
        await ok(g.handle(cmd(`reveal ${q2.id}`), person('ada')));
        const names = {
          ...person('ada'),
          names: async (ids: string[]) => Object.fromEntries(ids.map((i) => [i, i.toUpperCase()])),
        };
        const week = await ok(g.handle(cmd('scores'), names));
        const all = await ok(g.handle(cmd('scores all'), names));
        const rows = (r: GroupReply) => (r.answer.data as { scores: { user: string; name?: string }[] }).scores;
        assert.deepEqual(
          rows(week).map((r) => r.user),
          ['new'],
        );
        assert.deepEqual(
          rows(all)
            .map((r) => r.user)
            .sort(),
          ['new', 'old'],
        );
        assert.equal(rows(week)[0].name, 'NEW');
      }));

    it('forget-me deletes the user’s answers everywhere on the platform and keeps their quizzes for the others', () =>
      withDb(async (db) => {
        const store = await db.open();
        const g = service(store, { now: T0 });
        const quiz = await startQuiz(g, person('ada'));
        await ok(g.handle(cmd(`answer ${quiz.id} a`), person('ada')));
        await ok(g.handle(cmd(`answer ${quiz.id} b`), person('bob')));
        const f = await ok(g.handle(cmd('forget-me'), person('ada')));
        assert.deepEqual(f.answer.data, {
          forgotten: { rounds: 1, answers: 1, pending: 0, practiceRounds: 0, replies: 0 },
        });
        assert.equal((await store.getRound(quiz.id))!.createdBy, null);
        assert.deepEqual(
          (await store.roundAnswers(quiz.id)).map((a) => a.user),
          ['bob'],
        );
      }));
  });
}

suite(sqliteFile);
suite(await postgresBackend());
