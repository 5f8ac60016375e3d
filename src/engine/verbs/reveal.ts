/**
 * `reveal <quizId>`: closes a quiz round now and shows the right choice, who got it, the explanation and the worked
 * figure (a study-group verb; the group service does the same when the round's time is up).
 *
 * Args: `[quizId]`, in lower case.
 * @example parseWords('#Q7K2M9') // { args: ['q7k2m9'] }
 */
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { readQuizId, splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

const EXAMPLE = '/hadamard reveal q7k2m9';

export function readRevealWords(words: string): [string] {
  const list = splitWords(words);
  if (list.length === 0)
    throw new UserError('missing_argument', t('quiz.revealMissing'), t('quiz.revealMissingHint', { example: EXAMPLE }));
  if (list.length > 1)
    throw new UserError(
      'bad_argument',
      t('quiz.revealTooMany', { n: String(list.length) }),
      t('quiz.example', { example: EXAMPLE }),
    );
  return [readQuizId(list[0], EXAMPLE)];
}

const spec: VerbSpec = {
  verb: 'reveal',
  description: 'Close a quiz now: the right answer, who got it, and the worked solution',
  usage: '/hadamard reveal <quizId>',
  grammar: { kind: 'words' },
  options: [
    { name: 'quiz', description: 'The quiz id, shown on the quiz message (e.g. q7k2m9)', required: true, kind: 'word' },
  ],
  examples: ['reveal q7k2m9'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readRevealWords(words) }),
} satisfies VerbModule;
