/**
 * The words of the channel's rhythm (DESIGN §12): `schedule` (list, add, remove), the `timezone` setting and
 * `scores pin`: what each accepts and the args it makes, what it refuses and with which error and example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, type ErrorCode } from '../../../src/engine/index.js';
import { readClock } from '../../../src/engine/verbs/schedule.js';
import { canonicalTimeZone } from '../../../src/engine/verbs/settings.js';

function args(text: string): string[] | undefined {
  const r = parseCommand(text);
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r.value.args;
}

function refused(text: string, code: ErrorCode, message: RegExp): void {
  const r = parseCommand(text);
  assert.ok(!r.ok, `${text} should be refused`);
  assert.equal(r.code, code, `${text}: ${r.message}`);
  assert.match(r.message, message, text);
  assert.match(r.hint, /\/hadamard /, `${text}: the hint shows a command (${r.hint})`);
}

test('schedule: list, add (daily, weekdays, weekly with its day) and remove → args', () => {
  const cases: [string, string[]][] = [
    ['schedule', ['list']],
    ['schedules list', ['list']],
    ['schedule daily 09:00 quiz schur medium', ['add', 'daily', '', '09:00', 'quiz schur medium']],
    ['schedule daily 9:00 /hadamard quiz', ['add', 'daily', '', '09:00', 'quiz']],
    ['schedule weekdays at 8:30am quiz trace easy', ['add', 'weekdays', '', '08:30', 'quiz trace easy']],
    ['schedule WEEKLY Friday 5pm scores week', ['add', 'weekly', 'fri', '17:00', 'scores week']],
    ['schedule weekly mondays at 00:00 scores week', ['add', 'weekly', 'mon', '00:00', 'scores week']],
    ['schedule weekly sun 23h59 apply window', ['add', 'weekly', 'sun', '23:59', 'apply window']],
    // The command keeps its own spacing and case (matrices in it are the manager's text).
    [
      'schedule daily 12:00 [[1, 2],[3, 4]]  [[5,6],[7,8]]',
      ['add', 'daily', '', '12:00', '[[1, 2],[3, 4]]  [[5,6],[7,8]]'],
    ],
    ['schedule remove s4k9x2', ['remove', 's4k9x2']],
    ['schedule delete #S4K9X2', ['remove', 's4k9x2']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(args(text), expected, text);
});

test('schedule: a wrong frequency, day, time or id, a missing command and a schedule in a schedule are refused', () => {
  refused('schedule hourly 09:00 quiz', 'bad_argument', /"hourly" is not how often a schedule runs/);
  refused('schedule weekly 09:00 quiz', 'bad_argument', /"09:00" is not a day/);
  refused('schedule weekly', 'missing_argument', /needs its day/);
  refused('schedule daily mon 09:00 quiz', 'bad_argument', /takes no day; .* say weekly mon/);
  refused('schedule daily 25:00 quiz', 'bad_argument', /"25:00" is not a time of day/);
  refused('schedule daily 9 quiz', 'bad_argument', /"9" is not a time of day/);
  refused('schedule daily', 'missing_argument', /needs its local time/);
  refused('schedule daily 09:00', 'missing_argument', /needs the command it runs/);
  refused('schedule daily 09:00 schedule daily 10:00 quiz', 'bad_argument', /cannot run schedule/);
  refused('schedule daily 09:00 /hadamard schedules', 'bad_argument', /cannot run schedule/);
  refused('schedule remove', 'missing_argument', /needs the id/);
  refused('schedule remove s1 s2', 'bad_argument', /takes one id/);
  refused('schedule remove q7k2m9', 'bad_argument', /is not a schedule id/);
  refused(`schedule daily 09:00 ${'[[1]] '.repeat(200)}`, 'text_too_long', /at most 1000/);
});

test('readClock: 24-hour and am/pm times → HH:MM; bare numbers and impossible times are not times', () => {
  const ok: [string, string][] = [
    ['0:00', '00:00'],
    ['9:05', '09:05'],
    ['23:59', '23:59'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['1:30PM', '13:30'],
    ['17h', '17:00'],
    ['17h30', '17:30'],
  ];
  for (const [w, hhmm] of ok) assert.equal(readClock(w), hhmm, w);
  for (const w of ['9', '24:00', '13pm', '0am', '9:60', 'noon', '9:5', '-1:00'])
    assert.equal(readClock(w), undefined, w);
});

test('settings timezone: IANA names in any case → the database spelling; offsets, abbreviations and typos refused', () => {
  assert.deepEqual(args('settings timezone Europe/Berlin'), ['timezone', 'Europe/Berlin']);
  assert.deepEqual(args('settings tz europe/berlin'), ['timezone', 'Europe/Berlin']);
  assert.deepEqual(args('settings timezone=america/new_york'), ['timezone', 'America/New_York']);
  assert.deepEqual(args('settings timezone utc'), ['timezone', 'UTC']);
  assert.deepEqual(args('settings timezone default'), ['timezone', 'default']);
  assert.equal(canonicalTimeZone('Etc/GMT+1'), 'Etc/GMT+1');
  for (const bad of ['+01:00', 'CET1', 'Mars/Olympus', 'Europe/Berlln', 'PST'])
    assert.equal(canonicalTimeZone(bad), undefined, bad);
  refused('settings timezone Mars/Olympus', 'bad_argument', /"Mars\/Olympus" is not a time zone I know/);
});

test('scores pin: the board to keep posted, this week by default, or all time', () => {
  assert.deepEqual(args('scores pin'), ['week', 'pin']);
  assert.deepEqual(args('scores all pin'), ['all', 'pin']);
  assert.deepEqual(args('scores pin all'), ['all', 'pin']);
  assert.deepEqual(args('scores week'), ['week']);
  refused('scores pin forever', 'unknown_word', /"forever" is not a period/);
});
