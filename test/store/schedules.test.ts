// The store's part of a channel's rhythm (DESIGN §12), on SQLite (a file: two instances = two connections) and the
// real Postgres (two pools): schedules bounded per channel, a due slot claimed once however many instances race for
// it, pinned boards refreshed once per change and at most once per throttle period, and leaderboards of a past week.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { NewRound, Schedule, Store } from '../../src/store/types.js';
import { postgresBackend, sqliteFile, sqliteMemory, type StoreBackend, type TestDatabase } from './backends.js';

const NOW = Date.UTC(2026, 3, 1, 9, 0, 0); // Wednesday 1 April 2026, 09:00 UTC
const DAY = 86_400_000;
const scope = { platform: 'slack', workspace: 'T1', channel: 'C1' };

function schedule(id: string, over: Partial<Schedule> = {}): Schedule {
  return {
    ...scope,
    id,
    every: 'daily',
    day: null,
    at: '09:00',
    timezone: 'UTC',
    command: 'quiz schur medium',
    createdAt: NOW - DAY,
    nextRunAt: NOW,
    ...over,
  };
}

function round(id: string, over: Partial<NewRound> = {}): NewRound {
  return {
    ...scope,
    id,
    createdBy: 'U0',
    topic: 'entry',
    level: 'easy',
    seed: 1,
    correctChoice: 'a',
    choiceIds: ['a', 'b', 'c'],
    createdAt: NOW,
    closesAt: NOW + 60_000,
    ...over,
  };
}

function suite(backend: StoreBackend): void {
  describe(`schedules and pinned boards on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }
    /** Two instances where the backend shares its database, else one twice. */
    async function two(db: TestDatabase): Promise<[Store, Store]> {
      const a = await db.open();
      return [a, backend.shared ? await db.open() : a];
    }

    it('schedules: created, listed soonest first, bounded per channel, removed only from their own channel', () =>
      withDb(async (db) => {
        const s = await db.open();
        assert.equal(await s.createSchedule(schedule('s0001', { nextRunAt: NOW + 2 }), 3), 'created');
        assert.equal(
          await s.createSchedule(schedule('s0002', { nextRunAt: NOW + 1, every: 'weekly', day: 'fri' }), 3),
          'created',
        );
        assert.equal(await s.createSchedule(schedule('s0002'), 3), 'exists');
        assert.equal(await s.createSchedule(schedule('s0003', { channel: 'C2' }), 3), 'created');
        assert.equal(await s.createSchedule(schedule('s0004'), 3), 'created');
        assert.equal(await s.createSchedule(schedule('s0005'), 3), 'full', 'C1 has 3');
        const list = await s.listSchedules(scope);
        assert.deepEqual(
          list.map((x) => [x.id, x.day]),
          [
            ['s0004', null],
            ['s0002', 'fri'],
            ['s0001', null],
          ],
        );
        assert.deepEqual(list[1], schedule('s0002', { nextRunAt: NOW + 1, every: 'weekly', day: 'fri' }));
        assert.equal(await s.deleteSchedule({ ...scope, channel: 'C2' }, 's0001'), false, 'not from another channel');
        assert.equal(await s.deleteSchedule(scope, 's0001'), true);
        assert.equal(await s.deleteSchedule(scope, 's0001'), false);
        assert.equal(await s.createSchedule(schedule('s0005'), 3), 'created', 'room again');
      }));

    it('due schedules: by platform, soonest first, bounded', () =>
      withDb(async (db) => {
        const s = await db.open();
        await s.createSchedule(schedule('s0001', { nextRunAt: NOW - 5 }), 10);
        await s.createSchedule(schedule('s0002', { nextRunAt: NOW - 9, platform: 'discord' }), 10);
        await s.createSchedule(schedule('s0003', { nextRunAt: NOW + 1 }), 10);
        await s.createSchedule(schedule('s0004', { nextRunAt: NOW - 7 }), 10);
        assert.deepEqual(
          (await s.dueSchedules(NOW, ['slack'], 10)).map((x) => x.id),
          ['s0004', 's0001'],
        );
        assert.deepEqual(
          (await s.dueSchedules(NOW, ['slack', 'discord'], 2)).map((x) => x.id),
          ['s0002', 's0004'],
        );
        assert.deepEqual(await s.dueSchedules(NOW, [], 10), []);
      }));

    it('a due slot is claimed by exactly one of many racing calls on two instances; the schedule moves on', () =>
      withDb(async (db) => {
        const [a, b] = await two(db);
        await a.createSchedule(schedule('s0001'), 10);
        const claim = { scheduleId: 's0001', slot: NOW, dueAt: NOW, nextRunAt: NOW + DAY, now: NOW };
        // Instances may disagree on the run to make (a catch-up computed at another instant): the slot decides.
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, k) =>
            (k % 2 ? b : a).claimScheduleRun({ ...claim, dueAt: NOW + (k % 3), now: NOW + k }),
          ),
        );
        assert.equal(results.filter(Boolean).length, 1, JSON.stringify(results));
        assert.equal((await b.listSchedules(scope))[0].nextRunAt, NOW + DAY);
        // A late instance that read the old slot (before the move) finds it decided.
        assert.equal(await b.claimScheduleRun(claim), false);
        assert.deepEqual(await a.dueSchedules(NOW + DAY - 1, ['slack'], 10), []);
        // The next slot is another claim.
        assert.equal(
          await b.claimScheduleRun({ ...claim, slot: NOW + DAY, dueAt: NOW + DAY, nextRunAt: NOW + 2 * DAY }),
          true,
        );
      }));

    it('a slot too old to run is skipped (nobody runs it) and the schedule still moves on', () =>
      withDb(async (db) => {
        const s = await db.open();
        await s.createSchedule(schedule('s0001', { nextRunAt: NOW - 3 * DAY }), 10);
        const skip = { scheduleId: 's0001', slot: NOW - 3 * DAY, dueAt: null, nextRunAt: NOW + DAY, now: NOW };
        assert.equal(await s.claimScheduleRun(skip), false);
        assert.equal((await s.listSchedules(scope))[0].nextRunAt, NOW + DAY);
        await assert.rejects(
          s.claimScheduleRun({ ...skip, slot: NOW + DAY, nextRunAt: NOW + DAY }),
          /must move forward/,
        );
        // A removed schedule cannot be claimed.
        await s.deleteSchedule(scope, 's0001');
        assert.equal(
          await s.claimScheduleRun({ ...skip, slot: NOW + DAY, dueAt: NOW + DAY, nextRunAt: NOW + 2 * DAY }),
          false,
        );
      }));

    it('claims are pruned after a week; a time zone change recomputes the next run', () =>
      withDb(async (db) => {
        const s = await db.open();
        await s.createSchedule(schedule('s0001'), 10);
        await s.claimScheduleRun({ scheduleId: 's0001', slot: NOW, dueAt: NOW, nextRunAt: NOW + DAY, now: NOW });
        assert.equal((await s.pruneExpired(NOW + 6 * DAY)).scheduleRuns, 0);
        assert.equal((await s.pruneExpired(NOW + 7 * DAY)).scheduleRuns, 1);
        assert.equal(await s.retimeSchedule('s0001', 'Europe/Berlin', NOW + DAY - 2 * 3_600_000), true);
        const [x] = await s.listSchedules(scope);
        assert.deepEqual([x.timezone, x.nextRunAt], ['Europe/Berlin', NOW + DAY - 2 * 3_600_000]);
        assert.equal(await s.retimeSchedule('s9999', 'UTC', NOW), false);
      }));

    it('a pinned board: replaced by a new pin, refreshed once per closed round, at most once per throttle period', () =>
      withDb(async (db) => {
        const [a, b] = await two(db);
        const THROTTLE = 30_000;
        assert.equal(
          await a.pinBoard({
            ...scope,
            id: 'p1',
            period: 'week',
            messageRef: 'C1:100.1',
            now: NOW,
            expiresAt: NOW + DAY,
          }),
          undefined,
        );
        assert.equal(
          await b.pinBoard({
            ...scope,
            id: 'p2',
            period: 'week',
            messageRef: 'C1:200.1',
            now: NOW,
            expiresAt: NOW + DAY,
          }),
          'C1:100.1',
          'the old pin is named',
        );
        const pin = await a.getPinnedBoard(scope);
        assert.equal(pin?.id, 'p2');
        assert.equal(pin?.messageRef, 'C1:200.1');
        // Nothing changed: nothing to refresh.
        assert.deepEqual(await a.claimPinRefreshes(NOW + 60_000, THROTTLE, ['slack'], 10), []);
        // A round of the channel closes (and one elsewhere, which does not matter).
        await a.createRound(round('q0001'));
        await a.createRound(round('q0002', { channel: 'C9' }));
        await a.claimClose('q0002', NOW + 10_000);
        assert.deepEqual(await a.claimPinRefreshes(NOW + 60_000, THROTTLE, ['slack'], 10), []);
        await a.claimClose('q0001', NOW + 10_000);
        // Within the throttle period of the post: not yet.
        assert.deepEqual(await a.claimPinRefreshes(NOW + 20_000, THROTTLE, ['slack'], 10), []);
        assert.deepEqual(await a.claimPinRefreshes(NOW + 60_000, THROTTLE, ['discord'], 10), [], 'not this platform');
        const claims = await Promise.all(
          Array.from({ length: 8 }, (_, k) => (k % 2 ? b : a).claimPinRefreshes(NOW + 60_000, THROTTLE, ['slack'], 10)),
        );
        assert.equal(claims.flat().length, 1, 'one instance edits it');
        assert.equal(claims.flat()[0].boardAt, NOW + 60_000);
        // Drawn after the close: fresh until another round closes.
        assert.deepEqual(await b.claimPinRefreshes(NOW + 200_000, THROTTLE, ['slack'], 10), []);
        await a.createRound(round('q0003'));
        await a.claimClose('q0003', NOW + 70_000);
        assert.deepEqual(await b.claimPinRefreshes(NOW + 80_000, THROTTLE, ['slack'], 10), [], 'throttled');
        assert.equal((await b.claimPinRefreshes(NOW + 90_000, THROTTLE, ['slack'], 10)).length, 1);
        // A failed edit asks for another; so does the end of the week shown.
        await a.markPinStale('p2');
        assert.equal((await b.claimPinRefreshes(NOW + 120_000, THROTTLE, ['slack'], 10)).length, 1);
        await a.pinRefreshed('p2', { expiresAt: NOW + 200_000, messageRef: 'C1:300.1' });
        assert.deepEqual(await b.claimPinRefreshes(NOW + 199_000, THROTTLE, ['slack'], 10), []);
        const ended = await b.claimPinRefreshes(NOW + 200_000, THROTTLE, ['slack'], 10);
        assert.deepEqual(
          ended.map((p) => p.messageRef),
          ['C1:300.1'],
        );
      }));

    it("forget-me makes the pins of the user's channels stale; the schedules stay (they are the channel's)", () =>
      withDb(async (db) => {
        const s = await db.open();
        await s.createSchedule(schedule('s0001'), 10);
        await s.pinBoard({ ...scope, id: 'p1', period: 'week', messageRef: 'C1:1.1', now: NOW, expiresAt: null });
        await s.pinBoard({
          ...scope,
          channel: 'C2',
          id: 'p2',
          period: 'all',
          messageRef: 'C2:1.1',
          now: NOW,
          expiresAt: null,
        });
        await s.createRound(round('q0001'));
        await s.recordAnswer({
          roundId: 'q0001',
          user: 'U7',
          choice: 'a',
          correct: true,
          points: 10,
          answeredAt: NOW + 1,
        });
        // Read as drawn after every close so far.
        assert.deepEqual(await s.claimPinRefreshes(NOW + 60_000, 30_000, ['slack'], 10), []);
        await s.forgetUser({ platform: 'slack', user: 'U7' });
        const stale = await s.claimPinRefreshes(NOW + 60_000, 30_000, ['slack'], 10);
        assert.deepEqual(
          stale.map((p) => p.channel),
          ['C1'],
          'only where U7 answered',
        );
        assert.equal((await s.listSchedules(scope)).length, 1);
      }));

    it('a leaderboard of a past week: answers before `until` only', () =>
      withDb(async (db) => {
        const s = await db.open();
        await s.createRound(round('q0001', { closesAt: NOW + 10 * DAY }));
        await s.createRound(round('q0002', { closesAt: NOW + 10 * DAY }));
        await s.recordAnswer({ roundId: 'q0001', user: 'U1', choice: 'a', correct: true, points: 10, answeredAt: NOW });
        await s.recordAnswer({
          roundId: 'q0002',
          user: 'U2',
          choice: 'a',
          correct: true,
          points: 10,
          answeredAt: NOW + 2 * DAY,
        });
        await s.claimClose('q0001', NOW + 3 * DAY);
        await s.claimClose('q0002', NOW + 3 * DAY);
        const board = (until?: number) =>
          s
            .leaderboard({ ...scope, since: NOW - DAY, until, limit: 10, now: NOW + 3 * DAY })
            .then((rows) => rows.map((r) => r.user));
        assert.deepEqual(await board(), ['U1', 'U2']);
        assert.deepEqual(await board(NOW + DAY), ['U1']);
      }));
  });
}

suite(sqliteMemory);
suite(sqliteFile);
suite(await postgresBackend());
