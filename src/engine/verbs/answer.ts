/**
 * `answer <quizId> <choice>`: a user's answer to a quiz round, as the buttons send it (a study-group verb: the group
 * service records the first answer of each user and replies privately with the feedback).
 *
 * Args: `[quizId, choiceId]`, e.g. `['q7k2m9', 'b']`: the id in lower case, the choice a letter a–e (typed `B`, `(b)`
 * or `2` it is read as `b`). Either order is accepted.
 * @example parseWords('q7k2m9 B') // { args: ['q7k2m9', 'b'] }
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import { ANSWER_EXAMPLE, choiceOf, isQuizId, readQuizId, splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

const hint = (): string => t('quiz.answerHint', { example: ANSWER_EXAMPLE });

export function readAnswerWords(words: string): [string, string] {
  const list = splitWords(words);
  if (list.length === 0) throw new UserError('missing_argument', t('quiz.answerMissing'), hint());
  if (list.length > 2) throw new UserError('bad_argument', t('quiz.answerTooMany', { n: String(list.length) }), hint());
  // The id may come first or second: a choice is one letter or digit, an id never is.
  const [first, second] =
    list.length === 2 && choiceOf(list[0]) !== undefined && isQuizId(list[1]) ? [list[1], list[0]] : list;
  const id = readQuizId(first, ANSWER_EXAMPLE);
  if (second === undefined)
    throw new UserError(
      'missing_argument',
      t('quiz.answerNoChoice', { id }),
      t('quiz.example', { example: `/hadamard answer ${id} b` }),
    );
  const choice = choiceOf(second);
  if (!choice)
    throw new UserError(
      'bad_argument',
      t('quiz.answerNotChoice', { word: quote(second, 20) }),
      t('quiz.example', { example: `/hadamard answer ${id} b` }),
    );
  return [id, choice];
}

const spec: VerbSpec = {
  verb: 'answer',
  description: 'Answer a quiz by its id and your choice (the buttons under the quiz do the same)',
  usage: '/hadamard answer <quizId> <choice>',
  grammar: { kind: 'words' },
  options: [
    { name: 'quiz', description: 'The quiz id, shown on the quiz message (e.g. q7k2m9)', required: true, kind: 'word' },
    { name: 'choice', description: 'Your choice', required: true, choices: ['a', 'b', 'c', 'd', 'e'], kind: 'word' },
  ],
  examples: ['answer q7k2m9 b'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: readAnswerWords(words) }),
} satisfies VerbModule;
