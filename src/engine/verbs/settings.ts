/**
 * `settings [key [value]]`: the channel's settings (a study-group verb: the group service keeps them in the store,
 * checks who may change them, and answers with `SettingsData`). The keys, their values and defaults live here, so
 * every word is checked before a command reaches the service.
 *
 * Args: `[]` shows every setting; `[key]` shows one; `[key, value]` sets it for the channel, the value in its
 * canonical word (`on`/`off`, `fractions`/`decimals`, seconds as digits, `light`/`dark`, an IANA time zone name as
 * the time-zone database spells it), or `default` to remove the channel's own value.
 * @example parseWords('quiz-seconds 2m') // { args: ['quiz_seconds', '120'] }
 */
import type { SettingKey } from '../data.js';
import { UserError, quote } from '../errors.js';
import { splitWords } from './group-words.js';
import { LOCALES, t, type MessageKey } from '../i18n/index.js';
import type { VerbModule, VerbSpec } from './module.js';

export interface SettingSpec {
  /** The canonical value when neither the workspace nor the channel sets one. */
  default: string;
  /** What it does, one line (help, errors, the settings answer). */
  description: string;
  /** The values it takes, as words (a range for quiz_seconds). */
  values: string;
}

export const SETTING_KEYS = [
  'private',
  'figures',
  'numbers',
  'quiz_seconds',
  'theme',
  'speed_bonus',
  'timezone',
  'language',
] as const satisfies readonly SettingKey[];

/** Seconds a quiz may stay open. */
export const QUIZ_SECONDS = { min: 10, max: 3600 } as const;

export const SETTINGS: Readonly<Record<SettingKey, SettingSpec>> = {
  private: {
    default: 'off',
    values: 'on or off',
    description: 'answers are private (ephemeral) unless asked otherwise',
  },
  figures: { default: 'on', values: 'on or off', description: 'answers come with their figures' },
  numbers: {
    default: 'fractions',
    values: 'fractions or decimals',
    description: 'exact values shown as fractions or as decimals',
  },
  quiz_seconds: {
    default: '60',
    values: `${QUIZ_SECONDS.min} to ${QUIZ_SECONDS.max} seconds`,
    description: 'how long a quiz stays open before the answer is revealed',
  },
  theme: { default: 'light', values: 'light or dark', description: 'the card colour of figures' },
  speed_bonus: {
    default: 'off',
    values: 'on or off',
    description: 'a small bonus for answering early (correctness always counts first)',
  },
  timezone: {
    default: 'UTC',
    values: 'an IANA time zone such as Europe/Berlin or America/New_York',
    description: "the channel's local time: when schedules run, and when its week starts (Monday 00:00)",
  },
  language: {
    // `default`: each post follows the platform (Discord: the server's locale; Slack: the asker's), else English.
    default: 'default',
    values: 'en, es, pt-BR, fr or de',
    description: "the language of the channel's posts (private replies follow each user's own language)",
  },
};

const DESCRIPTIONS: Readonly<Record<SettingKey, MessageKey>> = {
  private: 'settings.desc.private',
  figures: 'settings.desc.figures',
  numbers: 'settings.desc.numbers',
  quiz_seconds: 'settings.desc.quiz_seconds',
  theme: 'settings.desc.theme',
  speed_bonus: 'settings.desc.speed_bonus',
  timezone: 'settings.desc.timezone',
  language: 'settings.desc.language',
};

const VALUES: Readonly<Record<SettingKey, MessageKey>> = {
  private: 'settings.values.onOff',
  figures: 'settings.values.onOff',
  numbers: 'settings.values.numbers',
  quiz_seconds: 'settings.values.quiz_seconds',
  theme: 'settings.values.theme',
  speed_bonus: 'settings.values.onOff',
  timezone: 'settings.values.timezone',
  language: 'settings.values.language',
};

/** What a setting does, in the language of the command (SETTINGS[key].description is its English). */
export function settingDescription(key: SettingKey): string {
  return t(DESCRIPTIONS[key]);
}

/** The values a setting takes, in words, in the language of the command (the value words stay as typed). */
export function settingValues(key: SettingKey): string {
  return t(VALUES[key], { min: QUIZ_SECONDS.min, max: QUIZ_SECONDS.max });
}

const KEY_WORDS: Readonly<Record<string, SettingKey>> = {
  private: 'private',
  ephemeral: 'private',
  figures: 'figures',
  figure: 'figures',
  images: 'figures',
  numbers: 'numbers',
  number: 'numbers',
  quiz_seconds: 'quiz_seconds',
  'quiz-seconds': 'quiz_seconds',
  quizseconds: 'quiz_seconds',
  seconds: 'quiz_seconds',
  timer: 'quiz_seconds',
  theme: 'theme',
  speed_bonus: 'speed_bonus',
  'speed-bonus': 'speed_bonus',
  speedbonus: 'speed_bonus',
  speed: 'speed_bonus',
  timezone: 'timezone',
  'time-zone': 'timezone',
  time_zone: 'timezone',
  tz: 'timezone',
  zone: 'timezone',
  language: 'language',
  lang: 'language',
  locale: 'language',
  idioma: 'language',
  langue: 'language',
  sprache: 'language',
};

const SWITCH: Readonly<Record<string, string>> = {
  on: 'on',
  yes: 'on',
  true: 'on',
  enable: 'on',
  enabled: 'on',
  '1': 'on',
  off: 'off',
  no: 'off',
  false: 'off',
  disable: 'off',
  disabled: 'off',
  '0': 'off',
};

const CHOICES: Readonly<Partial<Record<SettingKey, Record<string, string>>>> = {
  numbers: {
    fractions: 'fractions',
    fraction: 'fractions',
    exact: 'fractions',
    decimals: 'decimals',
    decimal: 'decimals',
  },
  theme: { light: 'light', dark: 'dark' },
  language: Object.fromEntries(
    LOCALES.flatMap((l) => [
      [l.toLowerCase(), l],
      ...(l === 'pt-BR' ? [['pt', l] as const, ['pt_br', l] as const] : []),
    ]),
  ),
};

const EXAMPLES: Record<SettingKey, string> = {
  private: '/hadamard settings private on',
  figures: '/hadamard settings figures off',
  numbers: '/hadamard settings numbers decimals',
  quiz_seconds: '/hadamard settings quiz_seconds 90',
  theme: '/hadamard settings theme dark',
  speed_bonus: '/hadamard settings speed_bonus on',
  timezone: '/hadamard settings timezone Europe/Berlin',
  language: '/hadamard settings language es',
};

/**
 * An IANA time zone as typed (any case: `europe/berlin`, `utc`) → its name as the time-zone database spells it
 * (`Europe/Berlin`, `UTC`), or undefined when the runtime's time-zone data does not know it. Offsets (`+01:00`) and
 * abbreviations (`CET`, `PST`) are not zones: they do not follow daylight saving time.
 */
export function canonicalTimeZone(word: string): string | undefined {
  const w = word.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(w)) return undefined;
  const lower = w.toLowerCase();
  if (lower === 'utc' || lower === 'etc/utc' || lower === 'gmt' || lower === 'z') return 'UTC';
  const listed = knownZones().find((z) => z.toLowerCase() === lower);
  if (listed) return listed;
  // Names without a region (`PST`, `EST5EDT`) are legacy abbreviations, even where the runtime maps them to a zone.
  if (!w.includes('/')) return undefined;
  try {
    // Links the list leaves out (`Asia/Calcutta` for `Asia/Kolkata`, `US/Eastern`): valid, so the runtime's spelling.
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: w }).resolvedOptions().timeZone;
    return zone;
  } catch {
    return undefined;
  }
}

let zones: readonly string[] | undefined;
/** The runtime's canonical zone names (about 400), read once. */
function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

export function readSettingKey(word: string): SettingKey {
  const key = KEY_WORDS[word.toLowerCase()];
  if (!key)
    throw new UserError(
      'unknown_setting',
      t('settings.unknownKey', { word: quote(word, 30), keys: SETTING_KEYS.join(', ') }),
      t('settings.unknownKeyHint', { keys: SETTING_KEYS.join(', ') }),
    );
  return key;
}

/** A value typed for `key` → its canonical word, or `default`. Throws UserError naming the values it takes. */
export function readSettingValue(key: SettingKey, word: string): string {
  const w = word.toLowerCase();
  if (w === 'default' || w === 'reset') return 'default';
  let value: string | undefined;
  if (key === 'quiz_seconds') {
    // 90, 90s, 2m, 2min, 1m30s
    const m = /^(?:(\d{1,5})\s*(?:m|min|mins|minutes?))?\s*(?:(\d{1,6})\s*(?:s|sec|secs|seconds?)?)?$/.exec(w);
    if (m && (m[1] !== undefined || m[2] !== undefined)) {
      const seconds = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
      if (seconds >= QUIZ_SECONDS.min && seconds <= QUIZ_SECONDS.max) value = String(seconds);
      else
        throw new UserError(
          'bad_argument',
          t('settings.badSeconds', {
            min: QUIZ_SECONDS.min,
            max: QUIZ_SECONDS.max,
            word: quote(word, 20),
            seconds,
          }),
          t('groups.example', { command: EXAMPLES.quiz_seconds }),
        );
    }
  } else if (key === 'timezone') {
    value = canonicalTimeZone(word);
    if (value === undefined)
      throw new UserError(
        'bad_argument',
        t('settings.badZone', { word: quote(word, 40) }),
        t('settings.badZoneHint', { command: EXAMPLES.timezone }),
      );
  } else if (key === 'numbers' || key === 'theme' || key === 'language') value = CHOICES[key]?.[w];
  else value = SWITCH[w];
  if (value === undefined)
    throw new UserError(
      'bad_argument',
      t('settings.badValue', { word: quote(word, 20), key, values: settingValues(key) }),
      t('groups.example', { command: EXAMPLES[key] }),
    );
  return value;
}

export function readSettingsWords(words: string): string[] {
  // `key=value` and `key: value` read like `key value`.
  const list = splitWords(words.replace(/[=:]/g, ' '));
  if (list.length === 0) return [];
  const key = readSettingKey(list[0]);
  if (list.length === 1) return [key];
  // `quiz_seconds 1 m 30 s`: a duration may have spaces.
  const rest = key === 'quiz_seconds' ? [list.slice(1).join('')] : list.slice(1);
  if (rest.length > 1)
    throw new UserError(
      'bad_argument',
      t('settings.oneValue', { words: quote(list.join(' '), 40) }),
      t('groups.example', { command: EXAMPLES[key] }),
    );
  return [key, readSettingValue(key, rest[0])];
}

const spec: VerbSpec = {
  verb: 'settings',
  aliases: ['setting', 'config'],
  description: "Show or change the channel's settings: private, figures, numbers, quiz_seconds, theme, timezone…",
  usage: '/hadamard settings [key [value|default]]',
  grammar: { kind: 'words' },
  options: [
    { name: 'key', description: 'The setting to show or change', required: false, choices: SETTING_KEYS, kind: 'word' },
    {
      name: 'value',
      description: 'on/off, fractions/decimals, 10–3600 (seconds), light/dark, a time zone, or default',
      required: false,
      kind: 'word',
    },
  ],
  examples: ['settings', 'settings quiz_seconds 90', 'settings theme default'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readSettingsWords(words) }),
} satisfies VerbModule;
