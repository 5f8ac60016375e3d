// A channel's rhythm through the group service, on the real stores (a SQLite file: two instances are two
// connections; Postgres: two pools): schedules and who may change them, a due run fired once by two instances and
// across a restart, one catch-up after downtime (never a burst), local times across a daylight-saving change, the
// week in the channel's time zone, a scheduled `scores week` on a Monday, and a pinned board edited in place.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import {
  generateQuiz,
  parseCommand,
  run,
  type Command,
  type ScheduleData,
  type ScoresData,
} from '../../../src/engine/index.js';
import {
  GroupService,
  MAX_SCHEDULES_PER_CHANNEL,
  PIN_THROTTLE_MS,
  scheduledWeek,
  type ChannelPoster,
  type GroupReply,
  type Requester,
} from '../../../src/bot/groups/service.js';
import type { Scope, Store } from '../../../src/store/types.js';
import { StoreUnavailableError, isStoreUnavailable } from '../../../src/store/guard.js';
import { postgresBackend, sqliteFile, type StoreBackend, type TestDatabase } from '../../store/backends.js';

const at = (iso: string) => Date.parse(iso);
/** Wednesday 1 April 2026, 08:00 UTC. */
const T0 = at('2026-04-01T08:00:00Z');

const scope = { platform: 'slack', workspace: 'T1', channel: 'C1' };
const manager: Requester = { ...scope, user: 'Uadmin', canManage: async () => true };
const member: Requester = { ...scope, user: 'Ubob', canManage: async () => false, permissionName: 'a workspace admin' };
/** A requester the platform says nothing about (no permission information): refused, as for settings. */
const unknown: Requester = { ...scope, user: 'Uanon' };

function cmd(text: string): Command {
  const p = parseCommand(text);
  assert.ok(p.ok, `${text}: ${JSON.stringify(p)}`);
  return p.value;
}

async function ok(p: Promise<GroupReply | { code: string }>): Promise<GroupReply> {
  const r = await p;
  assert.ok(!('code' in r), JSON.stringify(r));
  return r as GroupReply;
}

async function refused(p: Promise<GroupReply | { code: string; message: string }>, code: string, message: RegExp) {
  const r = await p;
  assert.ok('code' in r, `refused: ${JSON.stringify(r).slice(0, 200)}`);
  assert.equal(r.code, code, r.message);
  assert.match(r.message, message);
}

/** What every instance's poster did, in order: posts and edits (shared by the instances of a test). */
interface Wall {
  posts: { instance: string; scope: Scope; ref: string; reply: GroupReply }[];
  edits: { instance: string; ref: string; reply: GroupReply }[];
  /** Message refs deleted in the channel: edits of them fail, as a platform says "message not found". */
  gone: Set<string>;
}

function poster(wall: Wall, instance: string): ChannelPoster {
  return {
    platform: 'slack',
    async post(s, reply) {
      const ref = `C1:${wall.posts.length + 1}`;
      wall.posts.push({ instance, scope: s, ref, reply });
      return ref;
    },
    async edit(_s, ref, reply) {
      if (wall.gone.has(ref)) return false;
      wall.edits.push({ instance, ref, reply });
      return true;
    },
  };
}

function service(store: Store, clock: { now: number }, wall?: Wall, instance = 'one'): GroupService {
  const g = new GroupService({
    store,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
    async runWorked(text, options) {
      const p = parseCommand(text);
      return p.ok ? run(p.value, { ...options, figures: false }) : p;
    },
  });
  if (wall) g.registerPoster(poster(wall, instance));
  return g;
}

const newWall = (): Wall => ({ posts: [], edits: [], gone: new Set() });

function suite(backend: StoreBackend): void {
  describe(`schedules and pinned boards through the service on ${backend.name}`, { skip: backend.skip }, () => {
    async function withDb(fn: (db: TestDatabase) => Promise<void>): Promise<void> {
      backend.require?.();
      const db = await backend.fresh();
      try {
        await fn(db);
      } finally {
        await db.drop();
      }
    }

    it('managers add and remove schedules; anyone lists them; members and unknown requesters are refused', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const g = service(await db.open(), clock);
        await refused(g.handle(cmd('schedule daily 09:00 quiz'), member), 'not_allowed', /needs a workspace admin/);
        await refused(g.handle(cmd('schedule daily 09:00 quiz'), unknown), 'not_allowed', /needs permission to manage/);
        const added = await ok(g.handle(cmd('schedule daily 09:00 quiz schur medium'), manager));
        assert.equal(added.visibility, 'private');
        const s = (added.answer.data as unknown as ScheduleData).schedule!;
        assert.deepEqual(
          { ...s, id: 'x' },
          {
            id: 'x',
            every: 'daily',
            at: '09:00',
            timezone: 'UTC',
            command: 'quiz schur medium',
            nextRunAt: at('2026-04-01T09:00:00Z'),
          },
        );
        assert.match(added.answer.summary, /First run: Wed, 1 Apr 2026, 09:00 UTC/);
        const list = await ok(g.handle(cmd('schedule'), member));
        assert.deepEqual(
          (list.answer.data as unknown as ScheduleData).schedules!.map((x) => x.id),
          [s.id],
        );
        assert.match(list.answer.sections[0].body, /daily at 09:00 \(UTC\): `quiz schur medium`/);
        await refused(g.handle(cmd(`schedule remove ${s.id}`), member), 'not_allowed', /schedules needs/);
        await refused(
          g.handle(cmd(`schedule remove ${s.id}`), { ...manager, channel: 'C2' }),
          'bad_argument',
          /this channel has no schedule/,
        );
        const removed = await ok(g.handle(cmd(`schedule remove ${s.id}`), manager));
        assert.deepEqual((removed.answer.data as unknown as ScheduleData).removed, { id: s.id });
        assert.deepEqual((await g.store.listSchedules(scope)).length, 0);
      }));

    it('a scheduled command is checked when it is made, and a channel has at most 10 schedules', () =>
      withDb(async (db) => {
        const g = service(await db.open(), { now: T0 });
        await refused(
          g.handle(cmd('schedule daily 09:00 quiz nonsense'), manager),
          'unknown_word',
          /scheduled command does not work/,
        );
        await refused(
          g.handle(cmd('schedule daily 09:00 psd [[1,2],[3,4]'), manager),
          'unbalanced_brackets',
          /does not work/,
        );
        await refused(
          g.handle(cmd('schedule daily 09:00 answer q1234 a'), manager),
          'bad_argument',
          /cannot run answer/,
        );
        await refused(g.handle(cmd('schedule daily 09:00 forget-me'), manager), 'bad_argument', /cannot run forget-me/);
        await refused(
          g.handle(cmd('schedule daily 09:00 scores pin'), manager),
          'bad_argument',
          /cannot run scores pin/,
        );
        for (let k = 0; k < MAX_SCHEDULES_PER_CHANNEL; k++)
          await ok(g.handle(cmd(`schedule daily 0${k}:00 apply window`), manager));
        await refused(g.handle(cmd('schedule daily 10:00 quiz'), manager), 'too_large', /has 10 schedules, the most/);
        // Another channel has its own ten.
        await ok(g.handle(cmd('schedule daily 10:00 quiz'), { ...manager, channel: 'C2' }));
      }));

    it('two instances ticking at the same instant run a due schedule once; a restart within the minute does not repeat it', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const wall = newWall();
        const s1 = await db.open();
        const s2 = backend.shared ? await db.open() : s1;
        const g1 = service(s1, clock, wall, 'one');
        const g2 = service(s2, clock, wall, 'two');
        await ok(g1.handle(cmd('schedule daily 09:00 apply window'), manager));
        assert.deepEqual(await Promise.all([g1.tick(), g2.tick()]), [[], []], 'not due yet');
        clock.now = at('2026-04-01T09:00:04Z');
        const [r1, r2] = await Promise.all([g1.tick(), g2.tick()]);
        assert.equal(r1.length + r2.length, 1, 'one instance runs it');
        assert.equal(wall.posts.length, 1, 'one post');
        const post = wall.posts[0];
        assert.equal(post.reply.answer.verb, 'apply');
        assert.equal(post.reply.visibility, 'public');
        assert.match(post.reply.answer.sections.at(-1)!.body, /Scheduled daily at 09:00 \(UTC\)/);
        assert.deepEqual([...r1, ...r2][0].dueAt, at('2026-04-01T09:00:00Z'));
        // A restart in the middle of the due minute: a new instance on the same database finds the run decided.
        await g1.stop();
        await g2.stop();
        if (backend.persistent) {
          const s3 = await db.open();
          clock.now = at('2026-04-01T09:00:40Z');
          const g3 = service(s3, clock, wall, 'three');
          assert.deepEqual(await g3.tick(), []);
          assert.equal(wall.posts.length, 1);
          // The next day it runs again, once.
          clock.now = at('2026-04-02T09:00:02Z');
          assert.equal((await g3.tick()).length, 1);
          assert.equal(wall.posts.length, 2);
        }
      }));

    it('after downtime: one catch-up within the hour, not a burst; older missed runs are skipped', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const wall = newWall();
        const g = service(await db.open(), clock, wall);
        await ok(g.handle(cmd('schedule daily 09:00 apply window'), manager));
        await ok(g.handle(cmd('schedule weekdays 09:30 explain schur'), manager));
        // Down from Wednesday 08:00 to Saturday 09:20: three 09:00 runs and two 09:30 weekday runs were missed.
        clock.now = at('2026-04-04T09:20:00Z');
        const ran = await g.tick();
        assert.deepEqual(
          ran.map((r) => [r.command, new Date(r.dueAt).toISOString()]),
          [['apply window', '2026-04-04T09:00:00.000Z']],
          "only Saturday's daily run is within the hour; the weekday one's last run was Friday",
        );
        assert.deepEqual(await g.tick(), [], 'and only once');
        const next = (await g.store.listSchedules(scope)).map((s) => [s.command, new Date(s.nextRunAt).toISOString()]);
        assert.deepEqual(next, [
          ['apply window', '2026-04-05T09:00:00.000Z'],
          ['explain schur', '2026-04-06T09:30:00.000Z'],
        ]);
        // Back after more than the grace period: nothing is made up.
        clock.now = at('2026-04-06T11:00:00Z');
        assert.deepEqual(await g.tick(), []);
        assert.equal(wall.posts.length, 1);
      }));

    it('Europe/Berlin: 09:00 local on both sides of the spring change; a new time zone moves the next run', () =>
      withDb(async (db) => {
        const clock = { now: at('2026-03-27T12:00:00Z') };
        const wall = newWall();
        const g = service(await db.open(), clock, wall);
        await ok(g.handle(cmd('settings timezone Europe/Berlin'), manager));
        const added = await ok(g.handle(cmd('schedule daily 09:00 apply window'), manager));
        assert.equal((added.answer.data as unknown as ScheduleData).schedule!.timezone, 'Europe/Berlin');
        const fired: string[] = [];
        // Every ten minutes from Saturday 06:00 to Monday 10:00 UTC: it fires at 08:00Z (CET), then 07:00Z (CEST).
        for (let t = at('2026-03-28T06:00:00Z'); t <= at('2026-03-30T10:00:00Z'); t += 10 * 60_000) {
          clock.now = t;
          for (const r of await g.tick()) fired.push(new Date(r.dueAt).toISOString());
        }
        assert.deepEqual(fired, ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
        // The channel moves to New York: the schedule keeps 09:00, now New York's.
        await ok(g.handle(cmd('settings timezone America/New_York'), manager));
        const [s] = await g.store.listSchedules(scope);
        assert.deepEqual(
          [s.timezone, new Date(s.nextRunAt).toISOString()],
          ['America/New_York', '2026-03-30T13:00:00.000Z'],
        );
      }));

    it("scores week counts the channel's week (Monday 00:00 in its zone); a scheduled Monday run posts the last week's final board", () =>
      withDb(async (db) => {
        const clock = { now: at('2026-03-29T21:00:00Z') }; // Sunday 23:00 in Berlin
        const wall = newWall();
        const g = service(await db.open(), clock, wall);
        await ok(g.handle(cmd('settings timezone Europe/Berlin'), manager));
        const play = async (user: string, seed: number) => {
          const q = await ok(g.handle(cmd(`quiz trace easy seed:${seed}`), manager));
          const right = generateQuiz({ seed, topic: 'trace', level: 'easy' }).correct;
          await ok(g.handle(cmd(`answer ${q.quiz!.id} ${right}`), { ...member, user }));
          await ok(g.handle(cmd(`reveal ${q.quiz!.id}`), manager));
        };
        await play('Uold', 1); // Sunday 23:00 Berlin: last week
        clock.now = at('2026-03-29T22:30:00Z'); // Monday 00:30 Berlin (still Sunday in UTC)
        await play('Unew', 2);
        const board = async () => {
          const r = await ok(g.handle(cmd('scores week'), member));
          return (r.answer.data as unknown as ScoresData).scores.map((x) => x.user);
        };
        assert.deepEqual(await board(), ['Unew'], "Berlin's week began at 00:00 local");
        await ok(g.handle(cmd('settings timezone UTC'), manager));
        assert.deepEqual((await board()).sort(), ['Unew', 'Uold'], 'in UTC it is still Sunday: one week');
        await ok(g.handle(cmd('settings timezone Europe/Berlin'), manager));
        // A weekly Monday 09:00 board: the final board of the week that ended Sunday 24:00 Berlin.
        await ok(g.handle(cmd('schedule weekly mon 09:00 scores week'), manager));
        clock.now = at('2026-03-30T07:00:05Z');
        assert.equal((await g.tick()).length, 1);
        const posted = wall.posts[0].reply;
        assert.deepEqual(
          (posted.answer.data as unknown as ScoresData).scores.map((x) => x.user),
          ['Uold'],
        );
        assert.match(posted.answer.title, /the week of Mon 23 Mar \(final\)/);
        // On other days, the week so far.
        assert.equal(scheduledWeek(at('2026-04-03T15:00:00Z'), 'Europe/Berlin').label, 'this week');
        assert.equal(scheduledWeek(at('2026-04-03T15:00:00Z'), 'Europe/Berlin').since, at('2026-03-29T22:00:00Z'));
      }));

    it('a scheduled quiz is posted with its choices and attached to its round, so its reveal can edit it', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const wall = newWall();
        const g = service(await db.open(), clock, wall);
        await ok(g.handle(cmd('schedule weekdays 09:00 quiz trace easy seed:5'), manager));
        clock.now = at('2026-04-01T09:00:01Z');
        const [r] = await g.tick();
        assert.equal(r.ok, true);
        const posted = wall.posts[0].reply;
        assert.ok(posted.quiz, 'posted as a quiz (buttons)');
        const round = (await g.store.getRound(posted.quiz.id))!;
        assert.equal(round.messageRef, wall.posts[0].ref);
        assert.equal(round.createdBy, `schedule:${r.scheduleId}`);
        assert.equal(round.channel, 'C1');
      }));

    it('a store outage fails the tick as "unavailable" (the ticker skips it quietly); a failed post is not retried', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const store = await db.open();
        const wall = newWall();
        const g = service(store, clock, wall);
        await ok(g.handle(cmd('schedule daily 09:00 apply window'), manager));
        // The store stops answering: the tick rejects with the guard's error, which the ticker logs at debug only.
        const down = new Proxy(store, {
          get(target, prop, receiver) {
            if (prop === 'dueSchedules')
              return () => Promise.reject(new StoreUnavailableError('the store is down', 'dueSchedules'));
            return Reflect.get(target, prop, receiver);
          },
        });
        clock.now = at('2026-04-01T09:00:05Z');
        await assert.rejects(service(down, clock, wall).tick(), (e: unknown) => isStoreUnavailable(e));
        assert.equal(wall.posts.length, 0);
        // The platform refuses the post: the run is reported failed and, decided once, is not made again.
        const failing = service(store, clock);
        failing.registerPoster({
          platform: 'slack',
          post: () => Promise.reject(new Error('channel_not_found')),
          edit: async () => false,
        });
        const [run] = await failing.tick();
        assert.equal(run.ok, false);
        // … and a pin it refuses is said to the manager, privately, not a fault.
        await refused(failing.handle(cmd('scores pin'), manager), 'unavailable', /could not be posted in this channel/);
        assert.deepEqual(await failing.tick(), []);
        assert.deepEqual(await g.tick(), []);
      }));

    it('forget-me leaves the schedules: they belong to the channel, not to the manager who made them', () =>
      withDb(async (db) => {
        const g = service(await db.open(), { now: T0 });
        await ok(g.handle(cmd('schedule daily 09:00 quiz'), manager));
        await ok(g.handle(cmd('forget-me'), manager));
        assert.equal((await g.store.listSchedules(scope)).length, 1);
      }));

    it('scores pin: managers only; posted once, then edited in place (throttled, once across instances), reposted if deleted', () =>
      withDb(async (db) => {
        const clock = { now: T0 };
        const wall = newWall();
        const s1 = await db.open();
        const s2 = backend.shared ? await db.open() : s1;
        const g1 = service(s1, clock, wall, 'one');
        const g2 = service(s2, clock, wall, 'two');
        await refused(g1.handle(cmd('scores pin'), member), 'not_allowed', /pinning the board needs/);
        await refused(g1.handle(cmd('scores pin'), unknown), 'not_allowed', /pinning the board needs/);
        await refused(service(s1, clock).handle(cmd('scores pin'), manager), 'needs_channel', /cannot post/);
        const pinned = await ok(g1.handle(cmd('scores pin'), manager));
        assert.equal(pinned.visibility, 'private');
        assert.equal(wall.posts.length, 1);
        assert.match(wall.posts[0].reply.answer.sections.at(-1)!.body, /Pinned: this board updates itself/);
        // Nothing changes: no edit.
        clock.now += 5 * 60_000;
        await Promise.all([g1.tick(), g2.tick()]);
        assert.equal(wall.edits.length, 0);
        // A round closes: within the throttle period, both instances tick; one edits, once, after the period.
        const q = await ok(g1.handle(cmd('quiz trace easy seed:3'), manager));
        const right = generateQuiz({ seed: 3, topic: 'trace', level: 'easy' }).correct;
        await ok(g1.handle(cmd(`answer ${q.quiz!.id} ${right}`), member));
        await ok(g1.handle(cmd(`reveal ${q.quiz!.id}`), manager));
        await Promise.all([g1.tick(), g2.tick()]);
        assert.equal(wall.edits.length, 1, 'edited, not reposted');
        assert.equal(wall.posts.length, 1);
        assert.equal(wall.edits[0].ref, wall.posts[0].ref);
        assert.deepEqual(
          (wall.edits[0].reply.answer.data as unknown as ScoresData).scores.map((x) => [x.user, x.points]),
          [['Ubob', 10]],
        );
        // Another round closes at once: throttled until PIN_THROTTLE_MS after the last edit.
        const q2 = await ok(g1.handle(cmd('quiz trace easy seed:4'), manager));
        await ok(g1.handle(cmd(`reveal ${q2.quiz!.id}`), manager));
        clock.now += PIN_THROTTLE_MS - 1_000;
        await Promise.all([g1.tick(), g2.tick()]);
        assert.equal(wall.edits.length, 1, 'throttled');
        clock.now += 1_000;
        await Promise.all([g1.tick(), g2.tick()]);
        assert.equal(wall.edits.length, 2);
        // Someone deleted the message: the next refresh posts it anew, and later edits go to the new one.
        wall.gone.add(wall.posts[0].ref);
        const q3 = await ok(g1.handle(cmd('quiz trace easy seed:5'), manager));
        await ok(g1.handle(cmd(`reveal ${q3.quiz!.id}`), manager));
        clock.now += PIN_THROTTLE_MS;
        await g2.tick();
        assert.equal(wall.posts.length, 2, 'posted anew');
        assert.equal((await s1.getPinnedBoard(scope))?.messageRef, wall.posts[1].ref);
        // A new pin replaces it; the old message says so.
        await ok(g2.handle(cmd('scores pin all'), manager));
        assert.equal(wall.posts.length, 3);
        assert.equal(wall.edits.at(-1)!.ref, wall.posts[1].ref);
        assert.match(wall.edits.at(-1)!.reply.answer.summary, /no longer updated/);
        assert.equal((await s1.getPinnedBoard(scope))?.period, 'all');
        // The week's end refreshes a week board by itself (the new week starts empty).
        await ok(g2.handle(cmd('scores pin'), manager));
        const edits = wall.edits.length;
        clock.now = at('2026-04-06T00:00:10Z');
        await g1.tick();
        assert.equal(wall.edits.length, edits + 1);
        assert.deepEqual((wall.edits.at(-1)!.reply.answer.data as unknown as ScoresData).scores, []);
      }));
  });
}

suite(sqliteFile);
suite(await postgresBackend());
