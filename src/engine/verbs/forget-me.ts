/**
 * `forget-me`: deletes the user's answers and scores everywhere the bot keeps them, and says how many rows went
 * (a study-group verb: the group service does it on the store, DESIGN §8).
 *
 * Args: `[]` (it takes no words).
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

const spec: VerbSpec = {
  verb: 'forget-me',
  aliases: ['forgetme', 'forget'],
  description: 'Delete your quiz answers and scores wherever the bot keeps them',
  usage: '/hadamard forget-me',
  grammar: { kind: 'words' },
  options: [],
  examples: ['forget-me'],
  group: true,
};

export default {
  spec,
  parseWords(words) {
    const list = splitWords(words);
    if (list.length > 0)
      throw new UserError(
        'bad_argument',
        t('forget.noWords', { words: quote(list.join(' '), 30) }),
        t('groups.example', { command: '/hadamard forget-me' }),
      );
    return { args: [] };
  },
} satisfies VerbModule;
