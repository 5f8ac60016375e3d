// The one store suite, run against every backend (test/store/*.test.ts pass a StoreBackend).
// Where a backend shares its database between instances, the concurrency tests split their calls
// over two store instances (two connections, or two Postgres pools); otherwise over one.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Migration } from '../../src/store/migrations.js';
import { MIGRATIONS, SchemaTooNewError, StoreCipher } from '../../src/store/index.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { NewRound, PendingReply, RecordAnswerResult, Store, StoreLogger } from '../../src/store/types.js';
import { driverOf, type StoreBackend, type TestDatabase } from './backends.js';

const DAY = 86_400_000;
/** 2026-11-20T12:00:00Z: a fixed "now" so that day boundaries are known. */
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const MIDNIGHT = Date.UTC(2026, 10, 20); // start of NOW's UTC day

function round(id: string, over: Partial<NewRound> = {}): NewRound {
  return {
    id,
    platform: 'discord',
    workspace: 'G1',
    channel: 'C1',
    createdBy: 'U0',
    topic: 'entry',
    level: 'easy',
    seed: 12345,
    correctChoice: 'b',
    choiceIds: ['a', 'b', 'c', 'd'],
    createdAt: NOW,
    closesAt: NOW + 60_000,
    ...over,
  };
}

function captureLogger(): StoreLogger & { lines: { obj: Record<string, unknown>; msg?: string }[] } {
  const lines: { obj: Record<string, unknown>; msg?: string }[] = [];
  return {
    lines,
    info: (obj, msg) => lines.push({ obj: obj as Record<string, unknown>, msg }),
    warn: (obj, msg) => lines.push({ obj: obj as Record<string, unknown>, msg }),
  };
}

const appliedLines = (l: ReturnType<typeof captureLogger>) => l.lines.filter((x) => x.msg?.includes('migrations'));

function count<T>(xs: T[], pred: (x: T) => boolean): number {
  return xs.filter(pred).length;
}

/** Closes every open round: only closed rounds count on the leaderboard. */
async function closeAll(s: Store): Promise<void> {
  for (const r of await s.dueRounds(Number.MAX_SAFE_INTEGER, 1000)) await s.claimClose(r.id, r.closesAt);
}

/**
 * Makes every DELETE on `table` fail from now on (a trigger raising an error), so that the statement of a batch that
 * deletes from it fails after the statements before it have run. Returns the undo.
 */
async function failDeletesOn(s: Store, table: string): Promise<() => Promise<void>> {
  const d = driverOf(s);
  if (s.kind === 'sqlite') {
    await d.query(
      `CREATE TRIGGER planted_failure BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'planted failure'); END`,
    );
    return async () => void (await d.query('DROP TRIGGER planted_failure'));
  }
  await d.query(
    `CREATE FUNCTION planted_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'planted failure'; END $$`,
  );
  await d.query(
    `CREATE TRIGGER planted_failure BEFORE DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION planted_failure()`,
  );
  return async () => void (await d.query(`DROP TRIGGER planted_failure ON ${table}`));
}

/**
 * A test's deadline: a store call that waits forever (a batch that needs a second connection from a pool of one)
 * fails the test instead of hanging the suite.
 */
const TEST_TIMEOUT_MS = 60_000;

/** Databases of tests that have not finished (a test past its deadline stays here: its store call never returned). */
const unfinished = new Set<TestDatabase>();
let watchingForHangs = false;

/**
 * After the file's tests: a test that timed out left its store call waiting on an open connection, which would keep
 * the process (and the whole run) alive for ever. Drop what it opened (bounded), then end the process.
 */
function exitIfHung(): void {
  if (watchingForHangs) return;
  watchingForHangs = true;
  after(async () => {
    if (unfinished.size === 0) return;
    console.error(
      `# ${unfinished.size} store test(s) never finished (timed out); their connections are closed by exit`,
    );
    const drops = Promise.all([...unfinished].map((db) => db.drop().catch(() => undefined)));
    await Promise.race([drops, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    setTimeout(() => process.exit(1), 1_000).unref();
  });
}

export function storeContract(backend: StoreBackend): void {
  exitIfHung();
  /** A test on a fresh database; the stores it opens are closed and the database dropped after. */
  function test(
    name: string,
    fn: (db: TestDatabase) => Promise<void>,
    needs: { persistent?: boolean; shared?: boolean } = {},
  ): void {
    const skip =
      backend.skip ??
      (needs.persistent && !backend.persistent ? `${backend.name} keeps nothing after close` : undefined) ??
      (needs.shared && !backend.shared ? `${backend.name} opens a new database each time` : undefined);
    it(name, { skip, timeout: TEST_TIMEOUT_MS }, async () => {
      backend.require?.();
      const db = await backend.fresh();
      unfinished.add(db);
      try {
        await fn(db);
      } finally {
        await db.drop();
        unfinished.delete(db);
      }
    });
  }

  /** Two instances on one database where the backend can share it, else the same one twice. */
  async function two(db: TestDatabase): Promise<[Store, Store]> {
    const a = await db.open();
    return [a, backend.shared ? await db.open() : a];
  }

  describe(`store on ${backend.name}`, () => {
    // ---- lifecycle and migrations ----

    test('opens migrated, answers ping, and reports its kind', async (db) => {
      const log = captureLogger();
      const s = await db.open({ logger: log });
      await s.ping();
      assert.equal(s.kind, backend.name.startsWith('Postgres') ? 'postgres' : 'sqlite');
      assert.deepEqual(
        appliedLines(log)[0]?.obj.applied,
        MIGRATIONS.map((m) => m.version),
      );
    });

    test('ping rejects once the store is closed (what /readyz reports); close is idempotent', async (db) => {
      const s = await db.open();
      await s.close();
      await assert.rejects(s.ping());
      await s.close(); // a second close is harmless
    });

    if (backend.shared) {
      test('migrations are idempotent: a second open applies nothing', async (db) => {
        const first = captureLogger();
        const second = captureLogger();
        await db.open({ logger: first });
        const s = await db.open({ logger: second });
        assert.equal(appliedLines(first).length, 1);
        assert.equal(appliedLines(second).length, 0);
        assert.equal(await s.createRound(round('r1')), true);
      });

      test('migrations are concurrency-safe: four instances opening at once apply each migration once', async (db) => {
        const logs = [captureLogger(), captureLogger(), captureLogger(), captureLogger()];
        const stores = await Promise.all(logs.map((logger) => db.open({ logger })));
        const applied = logs.flatMap((l) => appliedLines(l).map((x) => x.obj.applied));
        assert.deepEqual(applied, [MIGRATIONS.map((m) => m.version)]);
        await Promise.all(stores.map((s) => s.ping()));
      });

      test('a database migrated by newer code is refused with a clear error', async (db) => {
        const newer: Migration[] = [
          ...MIGRATIONS,
          { version: 99, name: 'from the future', sql: 'CREATE TABLE future_things (id INTEGER)' },
        ];
        await db.open({ migrations: newer });
        await assert.rejects(db.open(), (err: unknown) => {
          assert.ok(err instanceof SchemaTooNewError);
          const latest = Math.max(...MIGRATIONS.map((m) => m.version));
          assert.match(err.message, new RegExp(`version 99, newer than this code knows \\(${latest}\\)`));
          return true;
        });
      });
    }

    test(
      'data survives closing and reopening the store (a restart)',
      async (db) => {
        const s = await db.open();
        await s.createRound(round('r1'));
        await s.recordAnswer({
          roundId: 'r1',
          user: 'U1',
          choice: 'b',
          correct: true,
          points: 10,
          answeredAt: NOW + 5,
        });
        await s.setSetting({
          platform: 'discord',
          workspace: 'G1',
          channel: 'C1',
          key: 'figures',
          value: 'off',
          updatedAt: NOW,
        });
        await s.close();
        const again = await db.open();
        assert.equal((await again.getRound('r1'))?.seed, 12345);
        const second = await again.recordAnswer({
          roundId: 'r1',
          user: 'U1',
          choice: 'a',
          correct: false,
          points: 0,
          answeredAt: NOW + 6,
        });
        assert.equal(second.outcome, 'already');
        assert.deepEqual(
          (await again.getSettings({ platform: 'discord', workspace: 'G1', channel: 'C1' })).map((r) => r.value),
          ['off'],
        );
        // The sweeper finds the round that was open before the restart and closes it once.
        assert.deepEqual(
          (await again.dueRounds(NOW + 60_000, 10)).map((r) => r.id),
          ['r1'],
        );
        assert.equal(await again.claimClose('r1', NOW + 60_000), true);
      },
      { persistent: true },
    );

    // ---- rounds ----

    test('rounds: create once, read back, remember the message, list open and due ones', async (db) => {
      const s = await db.open();
      assert.equal(await s.createRound(round('r1', { closesAt: NOW + 30_000 })), true);
      assert.equal(await s.createRound(round('r1', { topic: 'other' })), false, 'an existing id is not replaced');
      await s.createRound(round('r2', { closesAt: NOW + 10_000 }));
      await s.createRound(round('r3', { closesAt: NOW + 90_000, channel: 'C2' }));
      const r1 = await s.getRound('r1');
      assert.deepEqual(r1, {
        ...round('r1', { closesAt: NOW + 30_000 }),
        closedAt: null,
        messageRef: null,
        practice: false,
      });
      assert.equal(await s.getRound('nope'), undefined);
      assert.equal(await s.setRoundMessage('r1', '1700000000.000100'), true);
      assert.equal(await s.setRoundMessage('nope', 'x'), false);
      assert.equal((await s.getRound('r1'))?.messageRef, '1700000000.000100');

      assert.deepEqual(
        (await s.openRounds({ platform: 'discord', workspace: 'G1', channel: 'C1' })).map((r) => r.id),
        ['r1', 'r2'],
      );
      assert.deepEqual(
        (await s.dueRounds(NOW + 30_000, 10)).map((r) => r.id),
        ['r2', 'r1'],
        'soonest first, closesAt ≤ now',
      );
      assert.deepEqual(
        (await s.dueRounds(NOW + 100_000, 2)).map((r) => r.id),
        ['r2', 'r1'],
      );
      assert.equal(await s.claimClose('r2', NOW + 10_000), true);
      assert.deepEqual(
        (await s.dueRounds(NOW + 100_000, 10)).map((r) => r.id),
        ['r1', 'r3'],
        'a closed round is no longer due',
      );
      assert.equal((await s.getRound('r2'))?.closedAt, NOW + 10_000);
    });

    test('claimClose: exactly one of 40 concurrent claims over two instances wins', async (db) => {
      const [a, b] = await two(db);
      await a.createRound(round('r1'));
      const claims = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).claimClose('r1', NOW + 60_000 + i)),
      );
      assert.equal(count(claims, Boolean), 1);
      const winner = claims.indexOf(true);
      assert.equal((await b.getRound('r1'))?.closedAt, NOW + 60_000 + winner);
      assert.equal(await a.claimClose('nope', NOW), false);
    });

    // ---- answers ----

    test('first answer wins: 50 concurrent answers by one user over two instances count once', async (db) => {
      const [a, b] = await two(db);
      await a.createRound(round('r1'));
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? a : b).recordAnswer({
            roundId: 'r1',
            user: 'U1',
            choice: ['a', 'b', 'c', 'd'][i % 4],
            correct: i % 4 === 1,
            points: i % 4 === 1 ? 10 : 0,
            answeredAt: NOW + 1_000 + i,
          }),
        ),
      );
      assert.equal(
        count(results, (r) => r.outcome === 'recorded'),
        1,
      );
      assert.equal(
        count(results, (r) => r.outcome === 'already'),
        49,
      );
      const first = results.find((r) => r.outcome === 'recorded');
      assert.ok(first && first.outcome === 'recorded');
      for (const r of results) if (r.outcome === 'already') assert.deepEqual(r.answer, first.answer);
      assert.deepEqual(await a.roundAnswers('r1'), [first.answer]);
      await closeAll(b);
      const board = await b.leaderboard({ platform: 'discord', workspace: 'G1', channel: 'C1', limit: 10, now: NOW });
      assert.equal(board[0].answered, 1);
      assert.equal(board[0].points, first.answer.points);
    });

    test('thirty users answering at once are all recorded; the scope comes from the round', async (db) => {
      const [a, b] = await two(db);
      await a.createRound(round('r1', { platform: 'slack', workspace: 'T9', channel: 'C9' }));
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          (i % 2 ? a : b).recordAnswer({
            roundId: 'r1',
            user: `U${i}`,
            choice: 'b',
            correct: true,
            points: 10,
            answeredAt: NOW + i,
          }),
        ),
      );
      assert.ok(results.every((r) => r.outcome === 'recorded'));
      assert.equal((await a.roundAnswers('r1')).length, 30);
      await closeAll(a);
      const board = await a.leaderboard({ platform: 'slack', workspace: 'T9', channel: 'C9', limit: 50, now: NOW });
      assert.equal(board.length, 30);
    });

    test('answers are refused once the round is closed or past closesAt, and for unknown rounds', async (db) => {
      const s = await db.open();
      await s.createRound(round('r1'));
      await s.createRound(round('r2'));
      const answer = (roundId: string, user: string, answeredAt: number) =>
        s.recordAnswer({ roundId, user, choice: 'b', correct: true, points: 10, answeredAt });
      assert.equal((await answer('r1', 'U1', NOW + 60_000)).outcome, 'recorded', 'at closesAt still counts');
      assert.deepEqual(await answer('r1', 'U2', NOW + 60_001), { outcome: 'closed' }, 'past closesAt, unswept');
      await s.claimClose('r2', NOW + 1_000);
      assert.deepEqual(await answer('r2', 'U1', NOW + 2_000), { outcome: 'closed' });
      assert.deepEqual(await answer('nope', 'U1', NOW), { outcome: 'no-round' });
      // A user who answered before the close is told "already", with the answer, not "closed".
      await s.claimClose('r1', NOW + 60_000);
      assert.equal((await answer('r1', 'U1', NOW + 60_000)).outcome, 'already');
    });

    test('an answer racing the close is counted before the close or refused, never lost', async (db) => {
      const [a, b] = await two(db);
      for (let trial = 0; trial < 5; trial++) {
        const id = `race${trial}`;
        await a.createRound(round(id));
        let atClose: string[] | undefined;
        const answers: Promise<RecordAnswerResult>[] = [];
        let close!: Promise<void>;
        for (let i = 0; i < 40; i++) {
          answers.push(
            (i % 2 ? a : b).recordAnswer({
              roundId: id,
              user: `U${i}`,
              choice: 'a',
              correct: false,
              points: 0,
              answeredAt: NOW + i,
            }),
          );
          if (i === 10 + trial * 5)
            // The closer reads the answers right after winning, as the reveal does.
            close = a.claimClose(id, NOW + 30_000).then(async (won) => {
              assert.equal(won, true);
              atClose = (await a.roundAnswers(id)).map((x) => x.user).sort();
            });
        }
        const results = await Promise.all(answers);
        await close;
        const recorded = results.flatMap((r, i) => (r.outcome === 'recorded' ? [`U${i}`] : [])).sort();
        assert.ok(results.every((r) => r.outcome === 'recorded' || r.outcome === 'closed'));
        assert.deepEqual(atClose, recorded, 'the reveal saw exactly the answers that were told "recorded"');
        assert.deepEqual((await b.roundAnswers(id)).map((x) => x.user).sort(), recorded);
      }
    });

    test('roundAnswers lists a round’s answers earliest first', async (db) => {
      const s = await db.open();
      await s.createRound(round('r1'));
      await s.recordAnswer({ roundId: 'r1', user: 'U2', choice: 'a', correct: false, points: 0, answeredAt: NOW + 9 });
      await s.recordAnswer({ roundId: 'r1', user: 'U1', choice: 'b', correct: true, points: 12, answeredAt: NOW + 3 });
      assert.deepEqual(await s.roundAnswers('r1'), [
        { roundId: 'r1', user: 'U1', choice: 'b', correct: true, points: 12, answeredAt: NOW + 3, misconception: null },
        { roundId: 'r1', user: 'U2', choice: 'a', correct: false, points: 0, answeredAt: NOW + 9, misconception: null },
      ]);
      assert.deepEqual(await s.roundAnswers('nope'), []);
    });

    // ---- scores ----

    /** One round per answer, in channel C1 unless said otherwise. */
    async function answerAt(
      s: Store,
      user: string,
      at: number,
      correct: boolean,
      points = correct ? 10 : 0,
      channel = 'C1',
    ) {
      const id = `r-${user}-${at}-${channel}`;
      await s.createRound(round(id, { channel, createdAt: at - 1, closesAt: at + 60_000 }));
      const r = await s.recordAnswer({
        roundId: id,
        user,
        choice: correct ? 'b' : 'a',
        correct,
        points,
        answeredAt: at,
      });
      assert.equal(r.outcome, 'recorded');
    }
    const C1 = { platform: 'discord', workspace: 'G1', channel: 'C1' };

    test('leaderboard: answers to a round still open are pending until it closes, then count', async (db) => {
      const s = await db.open();
      await s.createRound(round('open1', { closesAt: NOW + 60_000 }));
      const answer = { roundId: 'open1', user: 'ann', choice: 'b', correct: true, points: 10, answeredAt: NOW };
      assert.equal((await s.recordAnswer(answer)).outcome, 'recorded');
      const row = (r: { user: string; points: number; pending: number; pendingAnswers: number; answered: number }) => [
        r.user,
        r.points,
        r.pending,
        r.pendingAnswers,
        r.answered,
      ];
      assert.deepEqual((await s.leaderboard({ ...C1, limit: 10, now: NOW })).map(row), [['ann', 0, 10, 1, 0]]);
      assert.ok(await s.claimClose('open1', NOW + 60_000));
      assert.deepEqual((await s.leaderboard({ ...C1, limit: 10, now: NOW })).map(row), [['ann', 10, 0, 0, 1]]);
    });

    test('leaderboard: practice rounds never count, open or closed; pending breaks ties after correct', async (db) => {
      const s = await db.open();
      await s.createRound(round('p1', { practice: true, createdBy: 'ann' }));
      await s.createRound(round('g1'));
      await s.createRound(round('g2'));
      const at = (roundId: string, user: string, points: number, t: number) =>
        s.recordAnswer({ roundId, user, choice: 'b', correct: points > 0, points, answeredAt: NOW + t });
      await at('p1', 'ann', 0, 1);
      await at('g1', 'bob', 10, 2);
      await at('g1', 'cy', 10, 3);
      assert.ok(await s.claimClose('g1', NOW + 60_000));
      await at('g2', 'cy', 10, 4); // cy: 10 counted + 10 pending, above bob (10, same correct)
      assert.ok(await s.claimClose('p1', NOW + 60_000));
      const board = await s.leaderboard({ ...C1, limit: 10, now: NOW });
      assert.deepEqual(
        board.map((r) => [r.user, r.points, r.pending]),
        [
          ['cy', 10, 10],
          ['bob', 10, 0],
        ],
      );
      assert.equal((await s.getRound('p1'))?.practice, true);
      assert.equal((await s.getRound('g1'))?.practice, false);
    });

    test('answersIn: a channel’s answers with their rounds, oldest first; by user, since, closed only, practice', async (db) => {
      const s = await db.open();
      await s.createRound(round('g1', { topic: 'schur', level: 'hard', seed: 9 }));
      await s.createRound(round('g2', { topic: 'trace' }));
      await s.createRound(round('p1', { topic: 'psd', practice: true, createdBy: 'ann' }));
      await s.createRound(round('x1', { channel: 'C9' }));
      const at = (roundId: string, user: string, correct: boolean, t: number, misconception?: string) =>
        s.recordAnswer({
          roundId,
          user,
          choice: correct ? 'b' : 'a',
          correct,
          points: correct ? 10 : 0,
          answeredAt: NOW + t,
          misconception: misconception ?? null,
        });
      await at('g1', 'ann', false, 5, 'schur.theorem-backwards');
      await at('g1', 'bob', true, 3);
      await at('g2', 'ann', true, 7);
      await at('p1', 'ann', false, 9, 'psd.positive-entries');
      await at('x1', 'ann', true, 1);
      assert.ok(await s.claimClose('g1', NOW + 60_000));
      const all = await s.answersIn({ ...C1, limit: 100 });
      assert.deepEqual(
        all.map((a) => [a.roundId, a.user, a.topic, a.closed, a.practice, a.misconception]),
        [
          ['g1', 'bob', 'schur', true, false, null],
          ['g1', 'ann', 'schur', true, false, 'schur.theorem-backwards'],
          ['g2', 'ann', 'trace', false, false, null],
        ],
      );
      assert.deepEqual(all[0], {
        roundId: 'g1',
        user: 'bob',
        choice: 'b',
        correct: true,
        points: 10,
        answeredAt: NOW + 3,
        misconception: null,
        topic: 'schur',
        level: 'hard',
        seed: 9,
        practice: false,
        closed: true,
      });
      const ann = await s.answersIn({ ...C1, user: 'ann', practice: true, limit: 100 });
      assert.deepEqual(
        ann.map((a) => [a.roundId, a.practice, a.misconception]),
        [
          ['g1', false, 'schur.theorem-backwards'],
          ['g2', false, null],
          ['p1', true, 'psd.positive-entries'],
        ],
      );
      assert.deepEqual(
        (await s.answersIn({ ...C1, closedOnly: true, limit: 100 })).map((a) => a.user),
        ['bob', 'ann'],
      );
      assert.deepEqual(
        (await s.answersIn({ ...C1, since: NOW + 4, limit: 100 })).map((a) => a.roundId),
        ['g1', 'g2'],
      );
      // The most recent `limit`, still oldest first.
      assert.deepEqual(
        (await s.answersIn({ ...C1, user: 'ann', practice: true, limit: 2 })).map((a) => a.roundId),
        ['g2', 'p1'],
      );
      assert.deepEqual(await s.countRounds({ ...C1, since: NOW }), { rounds: 2, closed: 1 });
      assert.deepEqual(await s.countRounds({ ...C1, since: NOW + 1 }), { rounds: 0, closed: 0 });
    });

    test('leaderboard: points, then correct answers, then who got there earlier; since and limit', async (db) => {
      const s = await db.open();
      await answerAt(s, 'ann', NOW - 3 * DAY, true, 10);
      await answerAt(s, 'ann', NOW - 1_000, false, 0);
      await answerAt(s, 'bob', NOW - 2_000, true, 10);
      await answerAt(s, 'cat', NOW - 5_000, true, 7);
      await answerAt(s, 'cat', NOW - 4_000, true, 3); // cat: 10 points, 2 correct → above bob and ann
      await answerAt(s, 'dan', NOW - 6_000, true, 10); // dan ties bob (10, 1) but got there earlier
      await answerAt(s, 'eve', NOW - 100, true, 50, 'C2'); // another channel
      await closeAll(s);
      const all = await s.leaderboard({ ...C1, limit: 10, now: NOW });
      assert.deepEqual(
        all.map((r) => [r.user, r.points, r.correct, r.answered]),
        [
          ['cat', 10, 2, 2],
          ['dan', 10, 1, 1],
          ['bob', 10, 1, 1],
          ['ann', 10, 1, 2],
        ],
      );
      await closeAll(s);
      const week = await s.leaderboard({ ...C1, since: NOW - 2 * DAY, limit: 10, now: NOW });
      assert.deepEqual(
        week.map((r) => [r.user, r.points]),
        [
          ['cat', 10],
          ['dan', 10],
          ['bob', 10],
          ['ann', 0],
        ],
      );
      await closeAll(s);
      assert.deepEqual(
        (await s.leaderboard({ ...C1, limit: 2, now: NOW })).map((r) => r.user),
        ['cat', 'dan'],
      );
      await closeAll(s);
      assert.deepEqual(await s.leaderboard({ ...C1, workspace: 'G2', limit: 10, now: NOW }), []);
    });

    test('streak: consecutive UTC days with a correct answer, ending today or yesterday', async (db) => {
      const s = await db.open();
      // ann: correct on each of the last 3 days including today, with a wrong-only day before that.
      await answerAt(s, 'ann', MIDNIGHT, true); // today 00:00:00.000
      await answerAt(s, 'ann', MIDNIGHT - 1, true); // yesterday 23:59:59.999
      await answerAt(s, 'ann', MIDNIGHT - 2 * DAY, true); // 2 days ago 00:00:00.000
      await answerAt(s, 'ann', MIDNIGHT - 3 * DAY + 5, false); // 3 days ago, wrong: ends the run
      await answerAt(s, 'ann', MIDNIGHT - 5 * DAY, true); // an older run, not counted
      // bob: yesterday and the day before, nothing today yet: the streak is still alive.
      await answerAt(s, 'bob', MIDNIGHT - 10, true);
      await answerAt(s, 'bob', MIDNIGHT - DAY - 10, true);
      await answerAt(s, 'bob', MIDNIGHT - DAY - 20, true); // two on one day count once
      // cat: last correct two days ago: no streak.
      await answerAt(s, 'cat', MIDNIGHT - DAY - 1, true);
      await answerAt(s, 'cat', MIDNIGHT + 2_000, false);
      // dan: correct today in another channel only.
      await answerAt(s, 'dan', MIDNIGHT + 3_000, true, 10, 'C2');
      await answerAt(s, 'dan', MIDNIGHT + 4_000, false);

      const streaks = async (now: number) => {
        await closeAll(s);
        return Object.fromEntries((await s.leaderboard({ ...C1, limit: 10, now })).map((r) => [r.user, r.streak]));
      };
      assert.deepEqual(await streaks(NOW), { ann: 3, bob: 2, cat: 0, dan: 0 });
      // The first millisecond of tomorrow: ann's run ended "yesterday" (still 3), bob's is broken.
      assert.deepEqual(await streaks(MIDNIGHT + DAY), { ann: 3, bob: 0, cat: 0, dan: 0 });
      // The last millisecond of yesterday: today's answer is in the future and does not count yet.
      assert.deepEqual(await streaks(MIDNIGHT - 1), { ann: 2, bob: 2, cat: 1, dan: 0 });
      // The week board still shows the whole streak (since limits points, not streaks).
      await closeAll(s);
      const week = await s.leaderboard({ ...C1, since: MIDNIGHT, limit: 10, now: NOW });
      assert.equal(week.find((r) => r.user === 'ann')?.streak, 3);
    });

    // ---- settings ----

    test('settings: workspace and channel scopes, upsert, delete to reset', async (db) => {
      const s = await db.open();
      const ws = { platform: 'slack', workspace: 'T1' };
      await s.setSetting({ ...ws, channel: null, key: 'figures', value: 'off', updatedAt: NOW });
      await s.setSetting({ ...ws, channel: null, key: 'quiz_seconds', value: '90', updatedAt: NOW });
      await s.setSetting({ ...ws, channel: 'C1', key: 'quiz_seconds', value: '30', updatedAt: NOW + 1 });
      await s.setSetting({ ...ws, channel: 'C2', key: 'theme', value: 'dark', updatedAt: NOW });
      await s.setSetting({
        platform: 'slack',
        workspace: 'T2',
        channel: null,
        key: 'theme',
        value: 'light',
        updatedAt: NOW,
      });
      await s.setSetting({ ...ws, channel: 'C1', key: 'quiz_seconds', value: '45', updatedAt: NOW + 2 }); // upsert
      assert.deepEqual(await s.getSettings({ ...ws, channel: 'C1' }), [
        { scope: 'workspace', key: 'figures', value: 'off', updatedAt: NOW },
        { scope: 'workspace', key: 'quiz_seconds', value: '90', updatedAt: NOW },
        { scope: 'channel', key: 'quiz_seconds', value: '45', updatedAt: NOW + 2 },
      ]);
      assert.equal(await s.deleteSetting({ ...ws, channel: 'C1', key: 'quiz_seconds' }), true);
      assert.equal(await s.deleteSetting({ ...ws, channel: 'C1', key: 'quiz_seconds' }), false);
      assert.equal(await s.deleteSetting({ ...ws, channel: null, key: 'figures' }), true);
      assert.deepEqual(await s.getSettings({ ...ws, channel: 'C1' }), [
        { scope: 'workspace', key: 'quiz_seconds', value: '90', updatedAt: NOW },
      ]);
      assert.deepEqual(await s.getSettings({ platform: 'discord', workspace: 'T1', channel: 'C1' }), []);
    });

    // ---- Slack installations and OAuth states ----

    test('installations: save, fetch, replace and delete, by team or by enterprise', async (db) => {
      const s = await db.open();
      const team = { teamId: 'T1', isEnterpriseInstall: false };
      const org = { enterpriseId: 'E1', teamId: 'T7', isEnterpriseInstall: true };
      const install = { team: { id: 'T1' }, bot: { token: 'xoxb-1', userId: 'B1' }, isEnterpriseInstall: false };
      await s.saveInstallation(team, install);
      await s.saveInstallation(org, { enterprise: { id: 'E1' }, bot: { token: 'xoxb-e' }, isEnterpriseInstall: true });
      assert.deepEqual(await s.fetchInstallation(team), install);
      // An org-wide install answers for any of its workspaces.
      assert.equal(
        (
          (await s.fetchInstallation({ enterpriseId: 'E1', teamId: 'T8', isEnterpriseInstall: true })) as {
            bot: { token: string };
          }
        ).bot.token,
        'xoxb-e',
      );
      await s.saveInstallation(team, { ...install, bot: { token: 'xoxb-2', userId: 'B1' } });
      assert.deepEqual((await s.fetchInstallation(team))?.bot, { token: 'xoxb-2', userId: 'B1' });
      assert.equal(await s.fetchInstallation({ teamId: 'T2', isEnterpriseInstall: false }), undefined);
      assert.equal(await s.deleteInstallation(team), true);
      assert.equal(await s.deleteInstallation(team), false);
      assert.equal(await s.fetchInstallation(team), undefined);
      assert.ok(await s.fetchInstallation(org));
      await assert.rejects(s.fetchInstallation({ isEnterpriseInstall: false }), /needs teamId/);
    });

    test('OAuth state: single use even under 20 concurrent consumers; expired and unknown refused', async (db) => {
      const [a, b] = await two(db);
      await a.saveOAuthState('st-1', NOW + 600_000);
      await a.saveOAuthState('st-old', NOW - 1);
      const uses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).consumeOAuthState('st-1', NOW)),
      );
      assert.equal(count(uses, Boolean), 1);
      assert.equal(await b.consumeOAuthState('st-1', NOW), false, 'a replay is refused');
      assert.equal(await b.consumeOAuthState('st-old', NOW), false, 'expired');
      assert.equal(await b.consumeOAuthState('forged', NOW), false, 'never issued');
    });

    // ---- shared rate limit ----

    test('rate limit: 50 concurrent hits over two instances, limit 10, allow exactly 10', async (db) => {
      const [a, b] = await two(db);
      const opts = { limit: 10, windowMs: 30_000, now: NOW };
      const hits = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).hitRateLimit('discord:U1', opts)),
      );
      assert.equal(
        count(hits, (h) => h.allowed),
        10,
      );
      assert.deepEqual(
        hits
          .filter((h) => h.allowed)
          .map((h) => h.remaining)
          .sort((x, y) => x - y),
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      );
      for (const h of hits.filter((x) => !x.allowed)) {
        assert.equal(h.remaining, 0);
        assert.ok(h.retryAfterMs > 0);
      }
      assert.equal((await a.hitRateLimit('discord:U2', opts)).allowed, true, 'keys are independent');
    });

    test('rate limit: retryAfterMs is exact, and the previous window fades out', async (db) => {
      const s = await db.open();
      const W = 10_000;
      const start = Math.floor(NOW / W) * W;
      const hit = (now: number) => s.hitRateLimit('k', { limit: 4, windowMs: W, now });
      for (let i = 0; i < 4; i++) assert.equal((await hit(start + 2_000 + i)).allowed, true);
      const refused = await hit(start + 5_000);
      assert.equal(refused.allowed, false);
      // 4 hits in this window: the next window allows one when 4·(W − e) + W ≤ 4W, i.e. e ≥ W/4.
      assert.equal(refused.retryAfterMs, start + W + 2_500 - (start + 5_000));
      assert.equal((await hit(start + 5_000 + refused.retryAfterMs - 1)).allowed, false, 'one ms early');
      const ok = await hit(start + 5_000 + refused.retryAfterMs);
      assert.equal(ok.allowed, true, 'on time');
      assert.equal(ok.remaining, 0);
      // Two windows later the bucket is empty again.
      const fresh = await hit(start + 3 * W);
      assert.deepEqual(fresh, { allowed: true, remaining: 3, retryAfterMs: 0 });
    });

    // ---- edit-to-rerun links ----

    test('reply links: link, find, replace, prune by age', async (db) => {
      const s = await db.open();
      const link = {
        platform: 'discord',
        workspace: 'G1',
        channel: 'C1',
        sourceMessageId: 'm1',
        user: 'U1',
        replyMessageId: 'r1',
        createdAt: NOW - DAY,
      };
      await s.linkReply(link);
      await s.linkReply({ ...link, sourceMessageId: 'm2', replyMessageId: 'r2', createdAt: NOW });
      assert.deepEqual(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm1' }), link);
      await s.linkReply({ ...link, replyMessageId: 'r1b' });
      assert.equal(
        (await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm1' }))?.replyMessageId,
        'r1b',
      );
      assert.equal(await s.findReply({ platform: 'slack', channel: 'C1', sourceMessageId: 'm1' }), undefined);
      assert.equal(await s.pruneReplies(NOW - 1), 1);
      assert.equal(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm1' }), undefined);
      assert.ok(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm2' }));
    });

    test('pruneExpired deletes expired OAuth states and idle rate-limit buckets only', async (db) => {
      const s = await db.open();
      await s.saveOAuthState('old', NOW - 1);
      await s.saveOAuthState('live', NOW + 1_000);
      await s.hitRateLimit('idle', { limit: 5, windowMs: 1_000, now: NOW - 10_000 });
      await s.hitRateLimit('busy', { limit: 5, windowMs: 1_000, now: NOW - 500 });
      await s.claimDelivery('slack:event:old', NOW, NOW - 60_000);
      await s.claimDelivery('slack:event:live', NOW + 1, NOW - 60_000);
      assert.deepEqual(await s.pruneExpired(NOW), {
        oauthStates: 1,
        rateLimits: 1,
        pendingReplies: 0,
        deliveries: 1,
        scheduleRuns: 0,
      });
      assert.equal(await s.consumeOAuthState('live', NOW), true);
      assert.equal((await s.hitRateLimit('busy', { limit: 5, windowMs: 1_000, now: NOW })).remaining < 4, true);
      assert.equal(await s.claimDelivery('slack:event:live', NOW + 60_000, NOW), false);
    });

    // ---- deliveries ----

    test('claimDelivery: 40 concurrent claims of one id over two instances, exactly one wins; expired ids can be claimed again', async (db) => {
      const a = await db.open();
      const b = backend.shared ? await db.open() : a;
      const claims = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? a : b).claimDelivery('discord:interaction:1', NOW + 600_000, NOW),
        ),
      );
      assert.equal(claims.filter(Boolean).length, 1);
      // Other ids are independent.
      assert.equal(await a.claimDelivery('slack:trigger:T1', NOW + 600_000, NOW), true);
      assert.equal(await b.claimDelivery('slack:trigger:T1', NOW + 600_000, NOW + 1), false);
      // Still claimed just before its expiry, claimable again at it (a platform id is not reused within the TTL).
      assert.equal(await a.claimDelivery('discord:interaction:1', NOW + 1_200_000, NOW + 599_999), false);
      assert.equal(await b.claimDelivery('discord:interaction:1', NOW + 1_200_000, NOW + 600_000), true);
      assert.equal(await a.claimDelivery('discord:interaction:1', NOW + 1_800_000, NOW + 600_001), false);
    });

    // ---- commands in flight ----

    const pending = (id: string, extra: Partial<PendingReply> = {}): PendingReply => ({
      id,
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      user: 'U1',
      replyTo: `https://hooks.example/${id}`,
      createdAt: NOW,
      expiresAt: NOW + 30 * 60_000,
      ...extra,
    });

    test('pending replies: tracked, renewed, finished once; only lapsed leases with a live handle are orphans', async (db) => {
      const s = await db.open();
      await s.trackPending(pending('p1'), { instance: 'A', leaseUntil: NOW + 30_000 });
      await s.trackPending(pending('p2', { createdAt: NOW + 1 }), { instance: 'A', leaseUntil: NOW + 30_000 });
      await s.trackPending(pending('p3'), { instance: 'B', leaseUntil: NOW + 10_000 });
      await s.trackPending(pending('dead', { expiresAt: NOW + 5_000 }), { instance: 'B', leaseUntil: NOW + 1_000 });
      // A lives (renews); B stops renewing.
      assert.equal(await s.renewPending({ instance: 'A', leaseUntil: NOW + 60_000 }), 2);
      assert.deepEqual(await s.claimOrphans({ instance: 'C', leaseUntil: NOW + 90_000 }, NOW + 5_000, 10, 'slack'), []);
      const t = NOW + 20_000;
      const orphans = await s.claimOrphans({ instance: 'C', leaseUntil: t + 30_000 }, t, 10, 'slack');
      assert.deepEqual(orphans, [pending('p3')], 'B’s live row only: the expired handle is not claimed');
      assert.deepEqual(
        await s.claimOrphans({ instance: 'D', leaseUntil: t + 30_000 }, t, 10, 'slack'),
        [],
        'claimed once',
      );
      assert.equal(await s.finishPending('p1'), true);
      assert.equal(await s.finishPending('p1'), false, 'a second finish finds nothing');
      assert.deepEqual(await s.pruneExpired(t), {
        oauthStates: 0,
        rateLimits: 0,
        pendingReplies: 1,
        deliveries: 0,
        scheduleRuns: 0,
      });
      // A dies too: its p2 becomes an orphan once its lease lapses, and the new holder's lease protects it.
      const later = NOW + 61_000;
      assert.equal(await s.renewPending({ instance: 'C', leaseUntil: later + 30_000 }), 1, 'C lives and keeps p3');
      assert.deepEqual(
        (await s.claimOrphans({ instance: 'C', leaseUntil: later + 30_000 }, later, 10, 'slack')).map((p) => p.id),
        ['p2'],
      );
      assert.deepEqual(await s.claimOrphans({ instance: 'D', leaseUntil: later + 60_000 }, later + 1, 10, 'slack'), []);
      const f = await s.forgetUser({ platform: 'slack', user: 'U1' });
      assert.equal(f.pending, 2, 'p2 and p3 are the user’s and still there');
    });

    test('claimOrphans: 60 orphans claimed by 6 concurrent sweepers over two instances, each exactly once', async (db) => {
      const [a, b] = await two(db);
      for (let i = 0; i < 60; i++)
        await a.trackPending(pending(`o${i}`, { createdAt: NOW + i }), { instance: 'X', leaseUntil: NOW });
      const t = NOW + 1_000;
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, k) =>
          (k % 2 ? a : b).claimOrphans({ instance: `S${k}`, leaseUntil: t + 30_000 }, t, 25, 'slack'),
        ),
      );
      const ids = claims.flat().map((p) => p.id);
      assert.equal(ids.length, 60);
      assert.equal(new Set(ids).size, 60, 'no row handed out twice');
    });

    // ---- tokens at rest ----

    const key = (name: string) => createHash('sha256').update(name).digest();
    const [KEY_A, KEY_B, KEY_C] = [key('key A'), key('key B'), key('key C')];
    /** Planted secrets: none may appear in a raw row once a key is set. */
    const BOT_TOKEN = 'xoxb-planted-1234-abcdefSECRET';
    const RESPONSE_URL = 'https://hooks.slack.com/commands/T1/99/plantedSECRETresponse';
    const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246plantedSECRETtoken';
    const INSTALL = { team: { id: 'T1' }, bot: { token: BOT_TOKEN, userId: 'B1' }, isEnterpriseInstall: false };
    const TEAM = { teamId: 'T1', isEnterpriseInstall: false };
    const REF = `111111111111111111:222222222222222222:${NOW + 900_000}:${INTERACTION_TOKEN}`;

    /** One of each secret: an installation, a command in flight (lease lapsed), a round's message ref. */
    async function plant(s: Store, suffix = ''): Promise<void> {
      await s.saveInstallation({ ...TEAM, teamId: `T1${suffix}` }, { ...INSTALL, team: { id: `T1${suffix}` } });
      await s.trackPending(pending(`p${suffix}`, { replyTo: RESPONSE_URL }), { instance: 'X', leaseUntil: NOW });
      await s.createRound(round(`r${suffix}`));
      await s.setRoundMessage(`r${suffix}`, REF);
    }

    /** The three columns as the database holds them. */
    async function raw(s: Store): Promise<string[]> {
      const q = async (sql: string) => (await driverOf(s).query(sql)).rows.map((r) => String(r.v));
      return [
        ...(await q('SELECT installation AS v FROM slack_installations ORDER BY install_key')),
        ...(await q('SELECT reply_to AS v FROM pending_replies ORDER BY id')),
        ...(await q('SELECT message_ref AS v FROM rounds WHERE message_ref IS NOT NULL ORDER BY id')),
      ];
    }

    const undecryptable = (l: ReturnType<typeof captureLogger>) =>
      l.lines.filter((x) => /could not be decrypted/.test(x.msg ?? ''));

    const claimAll = (s: Store) =>
      s.claimOrphans({ instance: 'Y', leaseUntil: NOW + 60_000 }, NOW + 1_000, 100, 'slack');

    /** A tampered copy: one character in the middle of the ciphertext changed (every bit of it is used). */
    function tamper(sealed: string): string {
      const i = sealed.lastIndexOf(':') + 10;
      return sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
    }

    test('tokens at rest: with a key the raw rows hold no token, and every value reads back', async (db) => {
      const a = new StoreCipher(KEY_A);
      const s = await db.open({ cipher: a });
      await plant(s);
      const rows = await raw(s);
      assert.equal(rows.length, 3);
      for (const v of rows) {
        assert.match(v, new RegExp(`^enc:v1:${a.kid}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$`));
        for (const secret of [BOT_TOKEN, RESPONSE_URL, INTERACTION_TOKEN, 'SECRET', 'xoxb-', 'hooks.slack.com'])
          assert.ok(!v.includes(secret), `the raw row holds no ${secret}`);
      }
      assert.deepEqual(await s.fetchInstallation(TEAM), INSTALL);
      assert.equal((await s.getRound('r'))?.messageRef, REF);
      assert.equal((await s.openRounds({ platform: 'discord', workspace: 'G1', channel: 'C1' }))[0]?.messageRef, REF);
      assert.equal((await s.dueRounds(NOW + 60_000, 10))[0]?.messageRef, REF);
      assert.deepEqual(await claimAll(s), [pending('p', { replyTo: RESPONSE_URL })]);
      // The same value sealed twice differs (a fresh IV each time).
      await s.saveInstallation(TEAM, INSTALL);
      assert.notEqual((await raw(s))[0], rows[0]);
      assert.deepEqual(await s.fetchInstallation(TEAM), INSTALL);
    });

    test('tokens at rest: without a key values are stored as given; legacy plain rows still read with a key', async (db) => {
      const plain = await db.open();
      await plant(plain);
      assert.deepEqual(await raw(plain), [JSON.stringify(INSTALL), RESPONSE_URL, REF]);
      // The rows of a store that ran without a key, read by one with a key (same database, written raw here).
      const s = await db.open({ cipher: new StoreCipher(KEY_A) });
      const d = driverOf(s);
      if (d !== driverOf(plain)) {
        await d.query(
          `INSERT INTO slack_installations (install_key, enterprise_id, team_id, is_enterprise_install, installation, updated_at)
           VALUES ('team:T1', NULL, 'T1', 0, $1, 0) ON CONFLICT (install_key) DO NOTHING`,
          [JSON.stringify(INSTALL)],
        );
      }
      assert.deepEqual(await s.fetchInstallation(TEAM), INSTALL);
    });

    test('tokens at rest: a tampered value, or one moved to another row or column, reads as absent, said once without the value', async (db) => {
      const log = captureLogger();
      const s = await db.open({ cipher: new StoreCipher(KEY_A), logger: log });
      const d = driverOf(s);
      await plant(s);
      await plant(s, '2');
      const [inst] = await raw(s);
      // Team T1's sealed installation copied into T12's row: a valid ciphertext, for another row.
      await d.query("UPDATE slack_installations SET installation = $1 WHERE install_key = 'team:T12'", [inst]);
      assert.equal(await s.fetchInstallation({ ...TEAM, teamId: 'T12' }), undefined, 'moved to another row');
      await d.query("UPDATE slack_installations SET installation = $1 WHERE install_key = 'team:T1'", [tamper(inst)]);
      assert.equal(await s.fetchInstallation(TEAM), undefined, 'tampered: not installed');
      assert.equal(await s.fetchInstallation(TEAM), undefined, 'and again');
      // A reply handle copied into a round's message ref, the rows having the same id: only the column differs.
      await s.trackPending(pending('r', { replyTo: REF }), { instance: 'Z', leaseUntil: NOW + 60_000 });
      const [{ v: moved }] = (await d.query("SELECT reply_to AS v FROM pending_replies WHERE id = 'r'")).rows;
      await s.finishPending('r');
      await d.query("UPDATE rounds SET message_ref = $1 WHERE id = 'r'", [String(moved)]);
      assert.equal((await s.getRound('r'))?.messageRef, null, 'moved to another column');
      const [{ v: handle }] = (await d.query("SELECT reply_to AS v FROM pending_replies WHERE id = 'p'")).rows;
      assert.equal((await s.getRound('r2'))?.messageRef, REF, 'the other round is intact');
      // A pending row that cannot be read is skipped and finished; the intact one is claimed.
      await d.query("UPDATE pending_replies SET reply_to = $1 WHERE id = 'p'", [tamper(String(handle))]);
      assert.deepEqual(
        (await claimAll(s)).map((p) => [p.id, p.replyTo]),
        [['p2', RESPONSE_URL]],
      );
      assert.equal(await s.finishPending('p'), false, 'the unreadable row is gone');
      const warned = undecryptable(log);
      assert.deepEqual(
        warned.map((l) => [l.obj.column, l.obj.reason]),
        [
          ['slack_installations.installation', 'authentication failed'],
          ['rounds.message_ref', 'authentication failed'],
          ['pending_replies.reply_to', 'authentication failed'],
        ],
        'once per column and reason, however many reads',
      );
      const text = JSON.stringify(warned);
      for (const secret of [BOT_TOKEN, RESPONSE_URL, INTERACTION_TOKEN, inst, String(handle), String(moved)])
        assert.ok(!text.includes(secret), 'the log holds no value');
    });

    test(
      'tokens at rest: rotation: old keys still read, a rewrite uses the new key, and a forgotten key reads as absent',
      async (db) => {
        const [a, b] = [new StoreCipher(KEY_A), new StoreCipher(KEY_B, [KEY_A])];
        assert.deepEqual([b.kid, b.oldKids], [new StoreCipher(KEY_B).kid, [a.kid]]);
        const sA = await db.open({ cipher: a });
        await plant(sA);
        await plant(sA, '2');
        // Key B current, A old: everything written under A reads.
        const sB = await db.open({ cipher: b });
        assert.deepEqual(await sB.fetchInstallation(TEAM), INSTALL);
        assert.equal((await sB.getRound('r'))?.messageRef, REF);
        // Written again: under B.
        await sB.saveInstallation(TEAM, INSTALL);
        await sB.setRoundMessage('r', REF);
        const kids = async () => (await raw(sB)).map((v) => v.split(':')[2]);
        assert.deepEqual(await kids(), [b.kid, a.kid, a.kid, a.kid, b.kid, a.kid]);
        // Only B: what B wrote reads; what is still under A is absent, not a crash, and said once per column.
        const log = captureLogger();
        const onlyB = await db.open({ cipher: new StoreCipher(KEY_B), logger: log });
        assert.deepEqual(await onlyB.fetchInstallation(TEAM), INSTALL);
        assert.equal(await onlyB.fetchInstallation({ ...TEAM, teamId: 'T12' }), undefined);
        assert.equal((await onlyB.getRound('r'))?.messageRef, REF);
        assert.equal((await onlyB.getRound('r2'))?.messageRef, null);
        assert.deepEqual(await claimAll(onlyB), [], 'the handles under A are skipped and finished');
        assert.deepEqual(
          undecryptable(log).map((l) => [l.obj.column, l.obj.reason, l.obj.kid]),
          [
            ['slack_installations.installation', 'unknown key', a.kid],
            ['rounds.message_ref', 'unknown key', a.kid],
            ['pending_replies.reply_to', 'unknown key', a.kid],
          ],
        );
        // And a store without any key reads no sealed value (and says why).
        const none = captureLogger();
        const plain = await db.open({ logger: none });
        assert.equal(await plain.fetchInstallation(TEAM), undefined);
        assert.equal(undecryptable(none)[0]?.obj.reason, 'no key configured');
      },
      { shared: true },
    );

    test(
      'tokens at rest: rekeySecrets rewrites old-key and plain values under the current key, leaves unknown ones',
      async (db) => {
        await plant(await db.open({ cipher: new StoreCipher(KEY_A) }));
        await plant(await db.open(), '2'); // legacy plain text
        await plant(await db.open({ cipher: new StoreCipher(KEY_C) }), '3'); // a key nobody has any more
        const b = new StoreCipher(KEY_B, [KEY_A]);
        const s = (await db.open({ cipher: b })) as SqlStore;
        const report = await s.rekeySecrets(2); // pages of 2 rows: the paging is exercised
        const each = { rewritten: 2, current: 0, unreadable: 1 };
        assert.deepEqual(report, {
          'slack_installations.installation': each,
          'pending_replies.reply_to': each,
          'rounds.message_ref': each,
        });
        const rows = await raw(s);
        const kidC = new StoreCipher(KEY_C).kid;
        assert.deepEqual(
          rows.map((v) => v.split(':')[2]),
          [b.kid, b.kid, kidC, b.kid, b.kid, kidC, b.kid, b.kid, kidC],
        );
        assert.ok(!rows.some((v) => v.includes('SECRET')), 'the plain rows are sealed now');
        const again = await s.rekeySecrets();
        assert.deepEqual(again['rounds.message_ref'], { rewritten: 0, current: 2, unreadable: 1 });
        // Only B reads every value A and the plain rows held.
        const onlyB = await db.open({ cipher: new StoreCipher(KEY_B) });
        for (const team of ['T1', 'T12'])
          assert.equal(
            ((await onlyB.fetchInstallation({ ...TEAM, teamId: team }))?.bot as { token: string }).token,
            BOT_TOKEN,
          );
        assert.deepEqual(
          (await claimAll(onlyB)).map((p) => p.replyTo),
          [RESPONSE_URL, RESPONSE_URL],
        );
      },
      { shared: true },
    );

    // ---- forget-me ----

    test('forgetUser deletes the user’s answers and links on the platform, anonymises their rounds, and counts', async (db) => {
      const s = await db.open();
      await s.createRound(round('r1', { createdBy: 'U1' })); // U1's quiz, answered by U2
      await s.createRound(round('r2', { createdBy: 'U2', workspace: 'G2', channel: 'C7' }));
      await s.createRound(round('r3', { createdBy: 'U1', platform: 'slack', workspace: 'T1' })); // other platform
      const answer = (roundId: string, user: string) =>
        s.recordAnswer({ roundId, user, choice: 'b', correct: true, points: 10, answeredAt: NOW + 1 });
      await answer('r1', 'U1');
      await answer('r1', 'U2');
      await answer('r2', 'U1');
      await answer('r3', 'U1');
      const link = { platform: 'discord', workspace: 'G1', channel: 'C1', replyMessageId: 'b1', createdAt: NOW };
      await s.linkReply({ ...link, sourceMessageId: 'm1', user: 'U1' });
      await s.linkReply({ ...link, sourceMessageId: 'm2', user: 'U2' });

      assert.deepEqual(await s.forgetUser({ platform: 'discord', user: 'U1' }), {
        rounds: 1,
        practiceRounds: 0,
        answers: 2,
        replies: 1,
        pending: 0,
      });
      assert.equal((await s.getRound('r1'))?.createdBy, null, 'the quiz stays for those who answered it');
      assert.deepEqual(
        (await s.roundAnswers('r1')).map((a) => a.user),
        ['U2'],
      );
      assert.deepEqual(await s.roundAnswers('r2'), []);
      assert.equal((await s.roundAnswers('r3')).length, 1, 'other platforms are other people');
      assert.equal((await s.getRound('r3'))?.createdBy, 'U1');
      assert.equal(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm1' }), undefined);
      assert.ok(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm2' }));
      await closeAll(s);
      assert.deepEqual(
        (await s.leaderboard({ ...C1, limit: 10, now: NOW })).map((r) => r.user),
        ['U2'],
      );
      assert.deepEqual(await s.forgetUser({ platform: 'discord', user: 'U1' }), {
        rounds: 0,
        practiceRounds: 0,
        answers: 0,
        replies: 0,
        pending: 0,
      });
    });

    test('forgetUser deletes the user’s practice rounds with their answers, and counts them', async (db) => {
      const s = await db.open();
      await s.createRound(round('p1', { createdBy: 'U1', practice: true }));
      await s.createRound(round('p2', { createdBy: 'U1', practice: true }));
      await s.createRound(round('g1', { createdBy: 'U1' }));
      await s.createRound(round('p9', { createdBy: 'U2', practice: true }));
      const answer = (roundId: string, user: string) =>
        s.recordAnswer({ roundId, user, choice: 'a', correct: false, points: 0, answeredAt: NOW + 1 });
      await answer('p1', 'U1');
      await answer('g1', 'U1');
      await answer('g1', 'U2');
      await answer('p9', 'U2');
      assert.deepEqual(await s.forgetUser({ platform: 'discord', user: 'U1' }), {
        rounds: 1,
        practiceRounds: 2,
        answers: 2,
        replies: 0,
        pending: 0,
      });
      assert.equal(await s.getRound('p1'), undefined);
      assert.equal(await s.getRound('p2'), undefined);
      assert.equal((await s.getRound('g1'))?.createdBy, null);
      assert.equal((await s.getRound('p9'))?.createdBy, 'U2', 'someone else’s practice stays');
      assert.deepEqual(
        (await s.answersIn({ ...C1, practice: true, limit: 10 })).map((a) => [a.roundId, a.user]),
        [
          ['g1', 'U2'],
          ['p9', 'U2'],
        ],
      );
    });

    test('forget-me racing the same user’s clicks on their own quizzes neither fails nor leaves a stale count', async (db) => {
      const [a, b] = await two(db);
      // Their own quizzes, half of them practice rounds (deleted by forget-me, not only anonymised).
      for (let r = 0; r < 10; r++) await a.createRound(round(`own${r}`, { createdBy: 'U1', practice: r % 2 === 1 }));
      const calls: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++) {
        const s = i % 2 ? a : b;
        calls.push(
          s.recordAnswer({
            roundId: `own${i % 10}`,
            user: 'U1',
            choice: 'b',
            correct: true,
            points: 10,
            answeredAt: NOW + i,
          }),
        );
        if (i % 8 === 3) calls.push(s.forgetUser({ platform: 'discord', user: 'U1' }));
      }
      await Promise.all(calls); // a lock cycle on Postgres would reject one of these
      await a.forgetUser({ platform: 'discord', user: 'U1' });
      for (let r = 0; r < 10; r++) assert.deepEqual(await b.roundAnswers(`own${r}`), []);
      assert.deepEqual(await b.forgetUser({ platform: 'discord', user: 'U1' }), {
        rounds: 0,
        practiceRounds: 0,
        answers: 0,
        replies: 0,
        pending: 0,
      });
    });

    // ---- batches are transactions ----

    test('a batch is one transaction: when a later statement fails, nothing of the earlier ones is kept', async (db) => {
      const [s, other] = await two(db);
      const d = driverOf(s);
      await d.query('CREATE TABLE batch_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)');
      const insert = (id: number) => ({
        sql: 'INSERT INTO batch_probe (id, note) VALUES ($1, $2)',
        params: [id, `n${id}`],
      });
      const ids = async (st: Store) =>
        (await driverOf(st).query('SELECT id FROM batch_probe ORDER BY id')).rows.map((r) => Number(r.id));
      // The third statement breaks the primary key: the first two must not stay.
      await assert.rejects(d.batch([insert(1), insert(2), insert(1)]));
      assert.deepEqual(await ids(s), [], 'rolled back');
      assert.deepEqual(await ids(other), [], 'rolled back, as another instance sees it');
      // A batch that succeeds keeps everything, in order, with its counts.
      const done = await d.batch([insert(1), insert(2), { sql: 'DELETE FROM batch_probe WHERE id = $1', params: [1] }]);
      assert.deepEqual(
        done.map((r) => r.changes),
        [1, 1, 1],
      );
      assert.deepEqual(await ids(other), [2]);
      // The connection the failed batch used is usable again (no transaction left open on it); a statement may come
      // without parameters.
      await d.batch([insert(3), { sql: 'DELETE FROM batch_probe WHERE id = 2' }]);
      assert.deepEqual(await ids(s), [3]);
    });

    test('forgetUser and pruneExpired are all or nothing: a failure in their last statement keeps everything', async (db) => {
      const s = await db.open();
      await s.createRound(round('r1', { createdBy: 'U1' }));
      await s.recordAnswer({ roundId: 'r1', user: 'U1', choice: 'b', correct: true, points: 10, answeredAt: NOW + 1 });
      await s.linkReply({
        platform: 'discord',
        workspace: 'G1',
        channel: 'C1',
        sourceMessageId: 'm1',
        user: 'U1',
        replyMessageId: 'b1',
        createdAt: NOW,
      });
      await s.trackPending(pending('p1', { platform: 'discord', expiresAt: NOW - 1 }), {
        instance: 'A',
        leaseUntil: NOW,
      });
      await s.saveOAuthState('old', NOW - 1);
      await s.hitRateLimit('idle', { limit: 5, windowMs: 1_000, now: NOW - 10_000 });
      // Both batches delete from pending_replies after their other changes to the user's or expired rows.
      const undo = await failDeletesOn(s, 'pending_replies');
      await assert.rejects(s.forgetUser({ platform: 'discord', user: 'U1' }), /planted failure/);
      assert.equal((await s.getRound('r1'))?.createdBy, 'U1', 'the round still names its author');
      assert.deepEqual(
        (await s.roundAnswers('r1')).map((a) => a.user),
        ['U1'],
        'the answer is still there',
      );
      assert.ok(await s.findReply({ platform: 'discord', channel: 'C1', sourceMessageId: 'm1' }), 'the link too');
      await assert.rejects(s.pruneExpired(NOW), /planted failure/);
      const d = driverOf(s);
      assert.equal((await d.query('SELECT state FROM oauth_states')).rows.length, 1, 'the expired state is kept');
      assert.equal((await d.query('SELECT bucket_key FROM rate_limits')).rows.length, 1, 'the idle bucket is kept');
      // Without the failure both go through, and count what the failed attempts did not delete.
      await undo();
      assert.deepEqual(await s.forgetUser({ platform: 'discord', user: 'U1' }), {
        rounds: 1,
        practiceRounds: 0,
        answers: 1,
        replies: 1,
        pending: 1,
      });
      assert.deepEqual(await s.pruneExpired(NOW), {
        oauthStates: 1,
        rateLimits: 1,
        pendingReplies: 0,
        deliveries: 0,
        scheduleRuns: 0,
      });
    });

    test('a migration written per dialect runs the text of this database', async (db) => {
      const next = Math.max(...MIGRATIONS.map((m) => m.version)) + 1;
      const probe = (kind: string) =>
        `CREATE TABLE dialect_probe (kind TEXT); INSERT INTO dialect_probe VALUES ('${kind}')`;
      const s = await db.open({
        migrations: [
          ...MIGRATIONS,
          { version: next, name: 'dialects', sql: { sqlite: probe('sqlite'), postgres: probe('postgres') } },
        ],
      });
      assert.deepEqual((await driverOf(s).query('SELECT kind FROM dialect_probe')).rows, [{ kind: s.kind }]);
    });

    // ---- Postgres: the pool ----

    if (backend.poolSize !== undefined) {
      const size = backend.poolSize;
      test(`the pool holds at most ${size} connection(s): six queries at once use min(6, ${size})`, async (db) => {
        const d = driverOf(await db.open());
        const pids = await Promise.all(
          Array.from({ length: 6 }, () => d.query('SELECT pg_backend_pid() AS pid').then((r) => Number(r.rows[0].pid))),
        );
        assert.equal(new Set(pids).size, Math.min(6, size));
      });

      test('an idle connection that the server ends is logged (its error, not a crash) and replaced', async (db) => {
        const log = captureLogger();
        const s = await db.open({ logger: log });
        const pid = Number((await driverOf(s).query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
        // Another connection ends this store's idle one, as a server restart or an administrator would.
        const other = await db.open();
        const ended = await driverOf(other).query('SELECT pg_terminate_backend($1) AS ok', [pid]);
        assert.equal(ended.rows[0].ok, true);
        const failed = () => log.lines.find((l) => l.msg === 'postgres: idle connection failed');
        for (let i = 0; i < 200 && !failed(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
        const line = failed();
        assert.ok(line, 'the failure is logged');
        assert.match(String(line.obj.err), /terminat/i, 'with the error’s message');
        await s.ping(); // a new connection serves the store
        // Without a logger the failure is dropped quietly (no crash): the store goes on with a new connection.
        const quiet = await db.open();
        const quietPid = Number((await driverOf(quiet).query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
        await driverOf(other).query('SELECT pg_terminate_backend($1)', [quietPid]);
        let now = quietPid;
        for (let i = 0; i < 200 && now === quietPid; i++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          now = await driverOf(quiet)
            .query('SELECT pg_backend_pid() AS pid')
            .then((r) => Number(r.rows[0].pid))
            .catch(() => quietPid); // the ended connection may answer once more with its error
        }
        assert.notEqual(now, quietPid, 'a new connection');
      });
    }
  });
}
