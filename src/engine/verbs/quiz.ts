/**
 * `quiz [topic] [easy|medium|hard] [seed:N]`: a multiple-choice question for the channel (a study-group verb: the
 * group service posts it, keeps the round and takes the answers; the generator is `../quiz/`).
 *
 * Args, in this order and each only when given: `topic=<topic>` (one of QUIZ_TOPICS), `level=<level>`,
 * `seed=<N>` (0 ≤ N ≤ 4294967295). `quiz` alone gives `[]` (the service picks a seed; the seed picks the rest).
 * @example parseWords('kron hard seed:42') // { args: ['topic=kronecker', 'level=hard', 'seed=42'] }
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import {
  MAX_QUIZ_SEED,
  QUIZ_LEVELS,
  QUIZ_LEVEL_WORDS,
  QUIZ_TOPICS,
  QUIZ_TOPIC_WORDS,
  type QuizLevel,
  type QuizTopic,
} from '../quiz/topics.js';
import { splitWords } from './group-words.js';
import type { VerbModule, VerbSpec } from './module.js';

const EXAMPLE = '/hadamard quiz schur hard';
const wordsHint = (): string =>
  t('quiz.wordsHint', { topics: QUIZ_TOPICS.join(', '), levels: QUIZ_LEVELS.join(', '), example: EXAMPLE });

/** What the quiz verb's args say (the group service reads them with this). */
export interface QuizRequest {
  topic?: QuizTopic;
  level?: QuizLevel;
  seed?: number;
}

/** `quiz`'s words → its request (throws UserError). */
export function readQuizWords(words: string): QuizRequest {
  const out: QuizRequest = {};
  const list = splitWords(words.toLowerCase());
  for (let k = 0; k < list.length; k++) {
    let w = list[k].replace(/^\/+/, '');
    let seedText: string | undefined;
    const keyed = /^(topic|level|seed)[:=](.*)$/.exec(w);
    if (keyed && keyed[2] === '' && k + 1 < list.length) {
      // `seed: 42`, `topic = schur`: the value is the next word.
      w = `${keyed[1]}:${list[++k]}`;
    }
    const kv = /^(topic|level|seed)[:=](.+)$/.exec(w);
    if (w === 'seed' && k + 1 < list.length) seedText = list[++k];
    else if (kv?.[1] === 'seed') seedText = kv[2];
    else if (/^#?\d+$/.test(w)) seedText = w.replace('#', '');
    if (seedText !== undefined) {
      if (!/^\d+$/.test(seedText) || Number(seedText) > MAX_QUIZ_SEED)
        throw new UserError(
          'bad_argument',
          t('quiz.badSeed', { seed: quote(seedText, 20), max: String(MAX_QUIZ_SEED) }),
          t('quiz.badSeedHint'),
        );
      if (out.seed !== undefined) throw new UserError('bad_argument', t('quiz.twoSeeds'), wordsHint());
      out.seed = Number(seedText);
      continue;
    }
    const word = kv ? kv[2] : w;
    const topic = kv?.[1] === 'level' ? undefined : QUIZ_TOPIC_WORDS[word];
    const level = kv?.[1] === 'topic' ? undefined : QUIZ_LEVEL_WORDS[word];
    if (topic) {
      if (out.topic && out.topic !== topic)
        throw new UserError('bad_argument', t('quiz.twoTopics', { a: out.topic, b: topic }), wordsHint());
      out.topic = topic;
    } else if (level) {
      if (out.level && out.level !== level)
        throw new UserError('bad_argument', t('quiz.twoLevels', { a: out.level, b: level }), wordsHint());
      out.level = level;
    } else if (word === 'any' || word === 'random') {
      continue;
    } else {
      throw new UserError(
        'unknown_word',
        t('quiz.unknownWord', { word: quote(list[k], 30), topics: QUIZ_TOPICS.join(', ') }),
        wordsHint(),
      );
    }
  }
  return out;
}

/** The request as the command's args: `topic=…`, `level=…`, `seed=…`, in this order, each only when given. */
export function quizArgs(r: QuizRequest): string[] {
  const args: string[] = [];
  if (r.topic) args.push(`topic=${r.topic}`);
  if (r.level) args.push(`level=${r.level}`);
  if (r.seed !== undefined) args.push(`seed=${r.seed}`);
  return args;
}

/** The command's args back as a request (what the group service calls). Throws UserError on args it never made. */
export function quizRequestFromArgs(args: readonly string[]): QuizRequest {
  return readQuizWords(args.map((a) => a.replace('=', ':')).join(' '));
}

const spec: VerbSpec = {
  verb: 'quiz',
  description: 'A multiple-choice question for the channel: entry, property, psd, schur, oppenheim, trace, kronecker',
  usage: '/hadamard quiz [topic] [easy|medium|hard] [seed:N]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'topic',
      description: 'What to ask about (default: the seed picks)',
      required: false,
      choices: QUIZ_TOPICS,
      kind: 'word',
    },
    {
      name: 'level',
      description: 'easy, medium or hard (default: the seed picks)',
      required: false,
      choices: QUIZ_LEVELS,
      kind: 'word',
    },
    {
      name: 'seed',
      description: 'Replay a question: the seed shown under it (a whole number)',
      required: false,
      kind: 'word',
    },
  ],
  examples: ['quiz', 'quiz schur hard', 'quiz trace easy seed:42'],
  group: true,
};

export default {
  spec,
  parseWords: (words) => ({ args: quizArgs(readQuizWords(words)) }),
} satisfies VerbModule;
