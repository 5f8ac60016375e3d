/**
 * `schedule`: commands a channel runs by itself (DESIGN §12), a study-group verb: the group service keeps the
 * schedules in the store, checks who may change them, validates the command with the grammar and runs it when due.
 * Here only the words are read, so every shape is checked before a command reaches the service.
 *
 * Args:
 * - `['list']`: `schedule` (or `schedule list`) shows the channel's schedules;
 * - `['remove', id]`: `schedule remove s4k9x2`;
 * - `['add', every, day, 'HH:MM', command]`: `schedule daily 09:00 quiz schur medium`, `schedule weekdays 8:30am
 *   quiz`, `schedule weekly fri 17:00 scores week` (`day` is `''` unless weekly). The command is the rest of the text.
 * @example parseWords('weekly Monday at 9am scores week') // { args: ['add', 'weekly', 'mon', '09:00', 'scores week'] }
 */
import type { ScheduleEvery, WeekDay } from '../data.js';
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { bare, splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

export const SCHEDULE_EVERY = ['daily', 'weekdays', 'weekly'] as const satisfies readonly ScheduleEvery[];
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly WeekDay[];

/** Schedule ids: the letter s and 4 to 11 lower-case letters or digits, e.g. `s4k9x2`. */
export const SCHEDULE_ID_PATTERN = /^s[0-9a-z]{4,11}$/;

/** The longest command a schedule may run (a command with matrices in it can be long; a schedule is not a file). */
export const SCHEDULE_COMMAND_MAX = 1000;

const EXAMPLE = '/hadamard schedule daily 09:00 quiz schur medium';

const EVERY_WORDS: Readonly<Record<string, ScheduleEvery>> = {
  daily: 'daily',
  day: 'daily',
  everyday: 'daily',
  weekdays: 'weekdays',
  weekday: 'weekdays',
  workdays: 'weekdays',
  'mon-fri': 'weekdays',
  weekly: 'weekly',
  week: 'weekly',
};

const DAY_WORDS: Readonly<Record<string, WeekDay>> = Object.fromEntries(
  (
    [
      ['mon', 'monday'],
      ['tue', 'tues', 'tuesday'],
      ['wed', 'wednesday'],
      ['thu', 'thur', 'thurs', 'thursday'],
      ['fri', 'friday'],
      ['sat', 'saturday'],
      ['sun', 'sunday'],
    ] as const
  ).flatMap((names) => names.map((n) => [n, names[0]] as const)),
);

const REMOVE_WORDS = new Set(['remove', 'delete', 'rm', 'del', 'cancel', 'stop']);
const LIST_WORDS = new Set(['list', 'ls', 'show']);

/** `9:00`, `09:00`, `9am`, `5:30pm`, `17h30` → `HH:MM`; undefined for anything else. */
export function readClock(word: string): string | undefined {
  const m = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm|h)?$/i.exec(word.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  // A bare number is not a time (`9` could be anything); `9am`, `9h` and `9:00` are.
  if (m[2] === undefined && half === undefined) return undefined;
  if (half === 'am' || half === 'pm') {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The schedule id in `word`, or a clear error naming the word and the shape of an id. */
export function readScheduleId(word: string): string {
  const w = bare(word);
  if (SCHEDULE_ID_PATTERN.test(w)) return w;
  throw new UserError(
    'bad_argument',
    t('schedule.notId', { word: quote(word, 30) }),
    t('groups.example', { command: '/hadamard schedule remove s4k9x2' }),
  );
}

/** The first word of `text` and what follows it (spaces inside the rest kept as typed). */
function firstWord(text: string): { word: string; rest: string } | undefined {
  const m = /^\s*(\S+)([\s\S]*)$/.exec(text);
  return m ? { word: m[1], rest: m[2] } : undefined;
}

/** `schedule`'s words → its args (throws UserError). */
export function readScheduleWords(words: string): string[] {
  const first = firstWord(words);
  if (!first) return ['list'];
  const head = first.word.toLowerCase();
  if (LIST_WORDS.has(head)) {
    if (splitWords(first.rest).length > 0)
      throw new UserError(
        'bad_argument',
        t('schedule.listNoWords'),
        t('groups.example', { command: '/hadamard schedule' }),
      );
    return ['list'];
  }
  if (REMOVE_WORDS.has(head)) {
    const ids = splitWords(first.rest);
    if (ids.length !== 1)
      throw new UserError(
        ids.length === 0 ? 'missing_argument' : 'bad_argument',
        ids.length === 0 ? t('schedule.removeNeedsId') : t('schedule.removeOneId', { words: quote(ids.join(' '), 40) }),
        t('schedule.removeHint'),
      );
    return ['remove', readScheduleId(ids[0])];
  }
  const every = EVERY_WORDS[head];
  if (!every)
    throw new UserError(
      'bad_argument',
      t('schedule.notEvery', { word: quote(first.word, 30) }),
      t('schedule.formsHint', { forms: t('schedule.forms'), command: EXAMPLE }),
    );
  let rest = first.rest;
  let day: WeekDay | '' = '';
  let next = firstWord(rest);
  if (every === 'weekly') {
    const d = next && DAY_WORDS[next.word.toLowerCase().replace(/s$/, '')];
    if (!next || !d)
      throw new UserError(
        next ? 'bad_argument' : 'missing_argument',
        next
          ? t('schedule.notDay', { word: quote(next.word, 20), days: WEEK_DAYS.join(', ') })
          : t('schedule.needsDay', { days: WEEK_DAYS.join(', ') }),
        t('groups.example', { command: '/hadamard schedule weekly fri 17:00 scores week' }),
      );
    day = d;
    rest = next.rest;
    next = firstWord(rest);
  } else if (next && DAY_WORDS[next.word.toLowerCase()])
    throw new UserError(
      'bad_argument',
      t(every === 'daily' ? 'schedule.dailyNoDay' : 'schedule.weekdaysNoDay', {
        day: DAY_WORDS[next.word.toLowerCase()],
      }),
      t('groups.example', { command: '/hadamard schedule weekly mon 09:00 scores week' }),
    );
  // `at 9:00` reads like `9:00`.
  if (next && next.word.toLowerCase() === 'at') {
    rest = next.rest;
    next = firstWord(rest);
  }
  const at = next ? readClock(next.word) : undefined;
  if (!next || !at)
    throw new UserError(
      next ? 'bad_argument' : 'missing_argument',
      next ? t('schedule.notTime', { word: quote(next.word, 20) }) : t('schedule.needsTime'),
      t('groups.example', { command: EXAMPLE }),
    );
  const command = next.rest.trim().replace(/^\/hadamard\b\s*/i, '');
  if (command === '')
    throw new UserError('missing_argument', t('schedule.needsCommand'), t('groups.example', { command: EXAMPLE }));
  if (command.length > SCHEDULE_COMMAND_MAX)
    throw new UserError(
      'text_too_long',
      t('schedule.tooLong', { length: command.length, max: SCHEDULE_COMMAND_MAX }),
      t('groups.example', { command: EXAMPLE }),
    );
  const verb = bare(firstWord(command)!.word);
  if (verb === spec.verb || spec.aliases?.includes(verb))
    throw new UserError('bad_argument', t('schedule.noSchedule'), t('groups.example', { command: EXAMPLE }));
  return ['add', every, day, at, command];
}

const spec: VerbSpec = {
  verb: 'schedule',
  aliases: ['schedules'],
  description: 'Run a command in this channel by itself: daily, on weekdays or weekly at a local time',
  usage: '/hadamard schedule [daily|weekdays|weekly <day>] [HH:MM <command>] | schedule remove <id>',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'every',
      description: 'daily, weekdays (Mon–Fri) or weekly; remove deletes one; empty lists them',
      required: false,
      choices: [...SCHEDULE_EVERY, 'remove'],
      kind: 'word',
    },
    { name: 'day', description: 'The day of a weekly schedule', required: false, choices: WEEK_DAYS, kind: 'word' },
    {
      name: 'at',
      description: "Local time HH:MM, 24-hour, in the channel's time zone (or the id to remove)",
      required: false,
      kind: 'word',
    },
    {
      name: 'command',
      description: 'The command it runs, e.g. quiz schur medium, scores week, apply window',
      required: false,
      kind: 'word',
      rest: true,
    },
  ],
  examples: ['schedule', 'schedule daily 09:00 quiz schur medium', 'schedule weekly fri 17:00 scores week'],
  notes: [
    '- Times are local to the channel: `/hadamard settings timezone Europe/Berlin` (default UTC). A schedule keeps its local time across daylight-saving changes; a time that does not exist that day (the spring gap) runs just after the gap, one that happens twice runs once.',
    "- Only people who may manage the channel add or remove schedules; anyone may list them. A channel has at most 10. The command is checked when you schedule it; a scheduled run posts in the channel for everyone, on nobody's behalf (so not `answer`, `reveal`, `settings`, `forget-me`).",
    '- Each run happens once, however many copies of the bot run. After downtime the bot makes up the latest missed run if it is less than an hour old, and skips older ones: never a burst.',
    "- A scheduled `scores week` that runs on a Monday (the channel's week starts Monday 00:00 local) posts the final board of the week that just ended; on other days, the week so far. `schedule weekly mon 09:00 scores week` posts last week's winners every Monday.",
  ].join('\n'),
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readScheduleWords(words) }),
} satisfies VerbModule;
