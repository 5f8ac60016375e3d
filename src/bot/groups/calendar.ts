/**
 * Local time for the study groups (DESIGN §12): when a schedule runs next in its channel's time zone, the one
 * catch-up run allowed after downtime, and where the channel's week begins (Monday 00:00 local). All of it is time
 * zone arithmetic, done by one well-kept library, `croner` (cron patterns evaluated in an IANA zone, daylight saving
 * time handled as Vixie cron does: a local time that does not exist on a spring-forward day runs at the first valid
 * time after the gap, one that occurs twice on a fall-back day runs once, at the first occurrence). See
 * notes/schedules.md for why croner.
 *
 * Times are epoch milliseconds; every function is pure (no clock, no state but a bounded cache of parsed patterns).
 */
import { Cron } from 'croner';
import type { ScheduleEvery, WeekDay } from '../../engine/index.js';

/** How a schedule recurs: `every` day, weekday (Mon–Fri) or week (on `day`), at the local time `at` (`HH:MM`). */
export interface Recurrence {
  every: ScheduleEvery;
  day?: WeekDay | null;
  at: string;
}

const CRON_DAYS: Readonly<Record<WeekDay, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** The cron pattern of a recurrence: `MM HH * * *`, `MM HH * * 1-5` or `MM HH * * D`. */
export function cronPattern(r: Recurrence): string {
  const m = /^(\d{2}):(\d{2})$/.exec(r.at);
  if (!m) throw new Error(`a schedule's time is HH:MM, got ${r.at}`);
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  const days = r.every === 'daily' ? '*' : r.every === 'weekdays' ? '1-5' : String(CRON_DAYS[r.day ?? 'mon']);
  if (r.every === 'weekly' && !r.day) throw new Error('a weekly schedule needs its day');
  return `${minute} ${hour} * * ${days}`;
}

/** Parsed patterns by zone (a pattern is parsed once; at most CACHE_SIZE kept, least recently used out first). */
const CACHE_SIZE = 1_000;
const crons = new Map<string, Cron>();

function cronOf(pattern: string, timeZone: string): Cron {
  const key = `${timeZone} ${pattern}`;
  let c = crons.get(key);
  if (c) crons.delete(key);
  // Without a function croner schedules nothing: it only answers when the pattern next (or last) matches.
  else c = new Cron(pattern, { timezone: timeZone, paused: true });
  crons.set(key, c);
  if (crons.size > CACHE_SIZE) crons.delete(crons.keys().next().value!);
  return c;
}

/** The first run strictly after `after`. */
export function nextRunAfter(r: Recurrence, timeZone: string, after: number): number {
  const next = cronOf(cronPattern(r), timeZone).nextRun(new Date(after));
  if (!next) throw new Error(`no next run for ${cronPattern(r)} in ${timeZone}`);
  return next.getTime();
}

/**
 * After downtime: the run to make up, if any. Of the runs that were due in (now − grace, now], the latest (at most
 * one for schedules at most daily with a grace under a day); undefined when none was, so older missed runs are
 * skipped and never come as a burst.
 */
export function catchUpRun(r: Recurrence, timeZone: string, now: number, graceMs: number): number | undefined {
  let latest: number | undefined;
  let t = nextRunAfter(r, timeZone, now - graceMs);
  // Bounded: a daily pattern has a run a day; 8 iterations cover any grace up to a week.
  for (let k = 0; k < 8 && t <= now; k++) {
    latest = t;
    t = nextRunAfter(r, timeZone, t);
  }
  return latest;
}

const WEEK_START = '0 0 * * 1';

/**
 * Monday 00:00 in `timeZone` of the week containing `now` (where midnight does not exist that Monday, the first
 * valid time after it).
 * @example startOfWeek(Date.UTC(2026, 2, 30, 10), 'Europe/Berlin') // Date.UTC(2026, 2, 29, 22): Mon 00:00 CEST
 */
export function startOfWeek(now: number, timeZone = 'UTC'): number {
  // croner works in whole seconds and counts previous runs strictly before the reference.
  const [start] = cronOf(WEEK_START, timeZone).previousRuns(1, new Date(Math.floor(now / 1000) * 1000 + 1000));
  if (!start) throw new Error(`no week start before ${new Date(now).toISOString()} in ${timeZone}`);
  return start.getTime();
}

/** The week containing `now` in `timeZone`: [start, end), Monday 00:00 to the next Monday 00:00. */
export function weekOf(now: number, timeZone = 'UTC'): { start: number; end: number } {
  const start = startOfWeek(now, timeZone);
  return { start, end: cronOf(WEEK_START, timeZone).nextRun(new Date(start))!.getTime() };
}

/** Whether `instant` falls on a Monday in `timeZone`. */
export function isMonday(instant: number, timeZone = 'UTC'): boolean {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(instant) === 'Mon';
}

/**
 * The Intl language a date is written in for one of the bot's languages (`locale`, as the catalogue names them):
 * English (and the pseudo-locale) as in Britain, `Mon 30 Mar 2026`; the others as their own (weekday and month names).
 */
export function dateLocale(locale?: string): string {
  return !locale || locale === 'en' || locale === 'qps' ? 'en-GB' : locale;
}

/**
 * `instant` as the channel reads it: `Mon 30 Mar 2026, 09:00` in `timeZone` (with the zone's abbreviation), in the
 * reply's language (`locale`: weekday and month names, their order; English by default).
 */
export function localTime(instant: number, timeZone = 'UTC', locale?: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}
