// Local time for the study groups: next runs in a channel's time zone across daylight-saving changes, the one
// catch-up after downtime, and the Monday that starts a channel's week (croner's arithmetic, checked by instants).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  catchUpRun,
  cronPattern,
  isMonday,
  nextRunAfter,
  startOfWeek,
  weekOf,
  type Recurrence,
} from '../../../src/bot/groups/calendar.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
const at = (s: string) => Date.parse(s);
const HOUR = 3_600_000;

test('patterns: daily, weekdays (Mon–Fri) and weekly on a day', () => {
  assert.equal(cronPattern({ every: 'daily', at: '09:05' }), '5 9 * * *');
  assert.equal(cronPattern({ every: 'weekdays', at: '17:30' }), '30 17 * * 1-5');
  assert.equal(cronPattern({ every: 'weekly', day: 'sun', at: '00:00' }), '0 0 * * 0');
  assert.throws(() => cronPattern({ every: 'weekly', at: '09:00' }), /needs its day/);
});

test('Europe/Berlin 09:00 daily stays 09:00 local across both daylight-saving changes of 2026', () => {
  const nine: Recurrence = { every: 'daily', at: '09:00' };
  const runs: string[] = [];
  let t = at('2026-03-27T12:00:00Z');
  for (let k = 0; k < 4; k++) runs.push(iso((t = nextRunAfter(nine, 'Europe/Berlin', t)))!);
  // CET (UTC+1) until Sunday 29 March 02:00, CEST (UTC+2) after.
  assert.deepEqual(runs, [
    '2026-03-28T08:00:00.000Z',
    '2026-03-29T07:00:00.000Z',
    '2026-03-30T07:00:00.000Z',
    '2026-03-31T07:00:00.000Z',
  ]);
  // Back to CET on Sunday 25 October.
  t = at('2026-10-24T00:00:00Z');
  assert.equal(iso((t = nextRunAfter(nine, 'Europe/Berlin', t))), '2026-10-24T07:00:00.000Z');
  assert.equal(iso(nextRunAfter(nine, 'Europe/Berlin', t)), '2026-10-25T08:00:00.000Z');
});

test('a local time inside the spring-forward gap runs after the gap that day; a doubled one runs once', () => {
  const early: Recurrence = { every: 'daily', at: '02:30' };
  // 29 March 2026: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist: 03:00 CEST (01:00Z) instead.
  assert.equal(iso(nextRunAfter(early, 'Europe/Berlin', at('2026-03-28T23:00:00Z'))), '2026-03-29T01:00:00.000Z');
  // 25 October 2026: 02:30 happens twice (CEST, then CET): once, the first time (00:30Z), then the next day.
  const first = nextRunAfter(early, 'Europe/Berlin', at('2026-10-24T23:00:00Z'));
  assert.equal(iso(first), '2026-10-25T00:30:00.000Z');
  assert.equal(iso(nextRunAfter(early, 'Europe/Berlin', first)), '2026-10-26T01:30:00.000Z');
});

test('the next run is strictly after the instant given; weekdays skip the weekend; weekly keeps its day', () => {
  const nine: Recurrence = { every: 'daily', at: '09:00' };
  assert.equal(iso(nextRunAfter(nine, 'UTC', at('2026-03-30T09:00:00Z'))), '2026-03-31T09:00:00.000Z');
  assert.equal(iso(nextRunAfter(nine, 'UTC', at('2026-03-30T08:59:59.999Z'))), '2026-03-30T09:00:00.000Z');
  // Friday 3 April 2026 after 09:00 → Monday 6 April.
  const weekdays: Recurrence = { every: 'weekdays', at: '09:00' };
  assert.equal(iso(nextRunAfter(weekdays, 'UTC', at('2026-04-03T10:00:00Z'))), '2026-04-06T09:00:00.000Z');
  const friday: Recurrence = { every: 'weekly', day: 'fri', at: '17:00' };
  assert.equal(
    iso(nextRunAfter(friday, 'America/New_York', at('2026-04-04T00:00:00Z'))),
    '2026-04-10T21:00:00.000Z', // 17:00 EDT
  );
});

test('after downtime: the latest run missed within the grace period, else none (never a burst)', () => {
  const nine: Recurrence = { every: 'daily', at: '09:00' };
  // Down from Monday to Thursday 09:20: only Thursday's 09:00 is within an hour.
  assert.equal(iso(catchUpRun(nine, 'UTC', at('2026-04-02T09:20:00Z'), HOUR)), '2026-04-02T09:00:00.000Z');
  // Back at 10:30: Thursday's run is 90 minutes old: none.
  assert.equal(catchUpRun(nine, 'UTC', at('2026-04-02T10:30:00Z'), HOUR), undefined);
  // Exactly at the run: it is due now.
  assert.equal(iso(catchUpRun(nine, 'UTC', at('2026-04-02T09:00:00Z'), HOUR)), '2026-04-02T09:00:00.000Z');
});

test("a channel's week starts on Monday 00:00 in its time zone", () => {
  // Wednesday 1 April 2026, 12:00 UTC.
  const wed = at('2026-04-01T12:00:00Z');
  assert.equal(iso(startOfWeek(wed)), '2026-03-30T00:00:00.000Z');
  assert.equal(iso(startOfWeek(wed, 'Europe/Berlin')), '2026-03-29T22:00:00.000Z');
  assert.equal(iso(startOfWeek(wed, 'Pacific/Auckland')), '2026-03-29T11:00:00.000Z');
  // Sunday 23:30 in Berlin is still the old week; Monday 00:00 is the new one.
  assert.equal(iso(startOfWeek(at('2026-03-29T21:30:00Z'), 'Europe/Berlin')), '2026-03-22T23:00:00.000Z');
  assert.equal(iso(startOfWeek(at('2026-03-29T22:00:00Z'), 'Europe/Berlin')), '2026-03-29T22:00:00.000Z');
  // The week across the spring change is an hour short: 167 hours.
  const w = weekOf(at('2026-03-25T12:00:00Z'), 'Europe/Berlin');
  assert.equal((w.end - w.start) / HOUR, 167);
  assert.equal(isMonday(at('2026-03-29T22:30:00Z'), 'Europe/Berlin'), true);
  assert.equal(isMonday(at('2026-03-29T22:30:00Z'), 'UTC'), false);
});
