/**
 * `practice [topic] [easy|medium|hard] [seed:N]`: a question for you alone, privately, with buttons: recorded for
 * `me`, never on the channel's board (a study-group verb: the group service keeps the practice round; with no topic
 * it picks your weakest one). The words are the quiz's.
 *
 * Args: as `quiz`'s (`topic=…`, `level=…`, `seed=…`, each only when given).
 * @example parseWords('trace') // { args: ['topic=trace'] }
 */
import { QUIZ_LEVELS, QUIZ_TOPICS } from '../quiz/topics.js';
import type { VerbModule, VerbSpec } from './module.js';
import { quizArgs, readQuizWords } from './quiz.js';

const spec: VerbSpec = {
  verb: 'practice',
  aliases: ['practise', 'train'],
  description: 'A private question for you alone, from your weakest topic unless you name one; off the board',
  usage: '/hadamard practice [topic] [easy|medium|hard]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'topic',
      description: 'What to practise (default: your weakest topic)',
      required: false,
      choices: QUIZ_TOPICS,
      kind: 'word',
    },
    {
      name: 'level',
      description: 'easy, medium or hard (default: one that fits your accuracy)',
      required: false,
      choices: QUIZ_LEVELS,
      kind: 'word',
    },
  ],
  examples: ['practice', 'practice trace', 'practice schur hard'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: quizArgs(readQuizWords(words)) }),
} satisfies VerbModule;
