/**
 * `scores [week|all] [pin]`: the channel's leaderboard, with points, accuracy and daily streaks, and a bar chart (a
 * study-group verb: the group service reads the store and fills `ScoresData`; the figure is drawn here). `pin` posts
 * the board once in the channel and keeps that message up to date as rounds close (DESIGN §9).
 *
 * Args: `[period]`, the period always present: `week` (the default) or `all`; `[period, 'pin']` for a pin.
 * @example parseWords('') // { args: ['week'] }; parseWords('all-time') // { args: ['all'] }; parseWords('pin') // { args: ['week', 'pin'] }
 */
import type { ScoresData } from '../data.js';
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

export const SCORE_PERIODS = ['week', 'all'] as const;

const PERIOD_WORDS: Readonly<Record<string, (typeof SCORE_PERIODS)[number]>> = {
  week: 'week',
  weekly: 'week',
  'this-week': 'week',
  '7d': 'week',
  all: 'all',
  'all-time': 'all',
  alltime: 'all',
  ever: 'all',
  total: 'all',
};

const PIN_WORDS = new Set(['pin', 'pinned', 'sticky', 'live']);

export function readScoresWords(
  words: string,
): [(typeof SCORE_PERIODS)[number]] | [(typeof SCORE_PERIODS)[number], 'pin'] {
  const all = splitWords(words.toLowerCase());
  const pin = all.some((w) => PIN_WORDS.has(w));
  const list = all.filter((w) => !PIN_WORDS.has(w));
  if (list.length === 0) return pin ? ['week', 'pin'] : ['week'];
  const period = list.length === 1 ? PERIOD_WORDS[list[0]] : undefined;
  if (!period)
    throw new UserError(
      'unknown_word',
      t('scores.notPeriod', { word: quote(list.join(' '), 30) }),
      t('groups.example', { command: '/hadamard scores all' }),
    );
  return pin ? [period, 'pin'] : [period];
}

const spec: VerbSpec = {
  verb: 'scores',
  aliases: ['leaderboard', 'score', 'top'],
  description: "The channel's leaderboard, this week or all time: points, accuracy and streaks; pin keeps it posted",
  usage: '/hadamard scores [week|all] [pin]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'period',
      description: 'This week (default) or all time',
      required: false,
      choices: SCORE_PERIODS,
      kind: 'word',
    },
    {
      name: 'pin',
      description: 'pin: post the board once and update that message as rounds close (channel managers)',
      required: false,
      choices: ['pin'],
      kind: 'word',
    },
  ],
  examples: ['scores', 'scores all', 'scores pin'],
  notes: [
    "- Points count when a round closes. `week` is the channel's week: from Monday 00:00 in its time zone (`/hadamard settings timezone Europe/Berlin`; default UTC).",
    '- `scores pin` (people who may manage the channel) posts the board once and then edits that same message as rounds close, at most every 30 seconds; a week board starts afresh on Monday. A new pin replaces the old one (which then says so); if the message is deleted, the next update posts it again. On Slack a pinned board is text only (Slack cannot edit a shared image).',
  ].join('\n'),
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readScoresWords(words) }),
  async figures(data, options) {
    const { renderScoresFigure } = await import('../render/scores.js');
    return [await renderScoresFigure(data, options)];
  },
} satisfies VerbModule<ScoresData>;
