/**
 * `class [week|export]`: the channel's week for whoever manages it, privately: participation, rounds, accuracy per
 * topic and the most chosen misconceptions; `class export` attaches a CSV of the channel's answers (user id, round,
 * topic, choice, right, time). A study-group verb: the group service checks the permission (default closed) and
 * fills `ClassData`.
 *
 * Args: `['week']` (the default) or `['export']`.
 * @example parseWords('csv') // { args: ['export'] }
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

export const CLASS_VIEWS = ['week', 'export'] as const;

const WORDS: Readonly<Record<string, (typeof CLASS_VIEWS)[number]>> = {
  week: 'week',
  summary: 'week',
  export: 'export',
  csv: 'export',
  download: 'export',
};

export function readClassWords(words: string): [(typeof CLASS_VIEWS)[number]] {
  const list = splitWords(words.toLowerCase());
  if (list.length === 0) return ['week'];
  const view = list.length === 1 ? WORDS[list[0]] : undefined;
  if (!view)
    throw new UserError(
      'unknown_word',
      t('class.notView', { word: quote(list.join(' '), 30) }),
      t('groups.example', { command: '/hadamard class export' }),
    );
  return [view];
}

const spec: VerbSpec = {
  verb: 'class',
  aliases: ['classview'],
  description: "For channel managers: this week's participation, accuracy and misconceptions; export as CSV",
  usage: '/hadamard class [week|export]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'view',
      description: 'This week (default) or export: the channel’s answers as a CSV file',
      required: false,
      choices: CLASS_VIEWS,
      kind: 'word',
    },
  ],
  examples: ['class', 'class export'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readClassWords(words) }),
} satisfies VerbModule;
