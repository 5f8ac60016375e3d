/**
 * `scores [week|all]`: the channel's leaderboard, with points, accuracy and daily streaks, and a bar chart (a
 * study-group verb: the group service reads the store and fills `ScoresData`; the figure is drawn here).
 *
 * Args: `[period]`, always present: `week` (the default) or `all`.
 * @example parseWords('') // { args: ['week'] }; parseWords('all-time') // { args: ['all'] }
 */
import type { ScoresData } from '../data.js';
import { UserError, quote } from '../errors.js';
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

export function readScoresWords(words: string): [(typeof SCORE_PERIODS)[number]] {
  const list = splitWords(words.toLowerCase());
  if (list.length === 0) return ['week'];
  const period = list.length === 1 ? PERIOD_WORDS[list[0]] : undefined;
  if (!period)
    throw new UserError(
      'unknown_word',
      `${quote(list.join(' '), 30)} is not a period: scores are for this week (week) or all time (all)`,
      'Example: /hadamard scores all',
    );
  return [period];
}

const spec: VerbSpec = {
  verb: 'scores',
  aliases: ['leaderboard', 'score', 'top'],
  description: "The channel's leaderboard, this week or all time: points, accuracy and streaks",
  usage: '/hadamard scores [week|all]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'period',
      description: 'This week (default) or all time',
      required: false,
      choices: SCORE_PERIODS,
      kind: 'word',
    },
  ],
  examples: ['scores', 'scores all'],
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
