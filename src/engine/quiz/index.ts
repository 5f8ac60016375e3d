/**
 * The quiz generator: pure and seeded. The same (seed, topic, level) gives the same question, choices (in the same
 * order), right choice, feedback and explanation, on every machine; every right answer is computed by the engine's
 * own verbs on exact numbers (see `engine.ts`), never written down here. Rounds, answers and scores are the group
 * service's (DESIGN §9); this module only makes questions.
 *
 * @example
 * const q = generateQuiz({ seed: 42, topic: 'schur', level: 'easy' });
 * // q.choices → [{ id: 'a', label: 'Yes, and the Schur product theorem guarantees it' }, …]; q.correct → 'a' | 'b' | …
 */
import { currentLocale, withLocale } from '../i18n/index.js';
import { entryQuestion } from './entry.js';
import { kroneckerQuestion } from './kronecker.js';
import { oppenheimQuestion } from './oppenheim.js';
import { propertyQuestion } from './property.js';
import { psdQuestion } from './psd.js';
import { mixSeed, mulberry32 } from './random.js';
import { schurQuestion } from './schur.js';
import { MAX_QUIZ_SEED, QUIZ_LEVELS, QUIZ_TOPICS, type QuizLevel, type QuizTopic } from './topics.js';
import { traceQuestion } from './trace.js';
import { RedrawQuestion, type QuizBody, type QuizQuestion, type TopicGenerator } from './types.js';

export { MAX_QUIZ_SEED, QUIZ_LEVELS, QUIZ_TOPICS, QUIZ_TOPIC_TEXT, type QuizLevel, type QuizTopic } from './topics.js';
export type { QuizChoice, QuizQuestion } from './types.js';
export { CHOICE_IDS, MAX_LABEL } from './choices.js';

/** The longest question text: it must fit one chat message with room for the buttons' context. */
export const MAX_QUESTION_LENGTH = 1500;

const GENERATORS: Record<QuizTopic, TopicGenerator> = {
  entry: entryQuestion,
  property: propertyQuestion,
  psd: psdQuestion,
  schur: schurQuestion,
  oppenheim: oppenheimQuestion,
  trace: traceQuestion,
  kronecker: kroneckerQuestion,
};

/** Draws a question is allowed to take before it counts as a generator bug. */
const MAX_DRAWS = 50;

/**
 * The topic and level a seed picks when none is given. Each comes from its own stream of the seed, so giving one
 * does not change the other, and `generateQuiz({ seed })` equals `generateQuiz({ seed, topic, level })` with the
 * topic and level it picked: a question is replayed from its seed, topic and level.
 */
export function seedDefaults(seed: number): { topic: QuizTopic; level: QuizLevel } {
  return {
    topic: mulberry32(mixSeed(seed, 0x7091c)).pick(QUIZ_TOPICS),
    level: mulberry32(mixSeed(seed, 0x1e7e1)).pick(QUIZ_LEVELS),
  };
}

/**
 * A question from a seed (an unsigned 32-bit integer), on a topic and level (both picked by the seed when absent).
 * Throws RangeError for a seed, topic or level outside their ranges (callers validate user input first: the quiz
 * verb's parser does).
 */
export function generateQuiz(opts: { seed: number; topic?: QuizTopic; level?: QuizLevel }): QuizQuestion {
  const { seed } = opts;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_QUIZ_SEED)
    throw new RangeError(`quiz seed must be an integer from 0 to ${MAX_QUIZ_SEED}; got ${seed}`);
  const defaults = seedDefaults(seed);
  const topic = opts.topic ?? defaults.topic;
  const level = opts.level ?? defaults.level;
  const t = QUIZ_TOPICS.indexOf(topic);
  const l = QUIZ_LEVELS.indexOf(level);
  if (t < 0) throw new RangeError(`unknown quiz topic ${topic}`);
  if (l < 0) throw new RangeError(`unknown quiz level ${level}`);
  let lastReason = '';
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const stream = mixSeed(seed, t, l, draw);
    let body: QuizBody;
    // Which draw a seed keeps is decided in English (its lengths), so a question is the same one in every language:
    // the answers stored with ids and choices mean the same thing whoever reads them.
    try {
      body = withLocale('en', () => GENERATORS[topic](mulberry32(stream), level));
    } catch (e) {
      if (!(e instanceof RedrawQuestion)) throw e;
      lastReason = e.message;
      continue;
    }
    if (body.question.length > MAX_QUESTION_LENGTH) {
      lastReason = `question of ${body.question.length} characters`;
      continue;
    }
    // Then the same draw in the reader's language (the same stream gives the same numbers, choices and order).
    const locale = currentLocale();
    if (locale !== 'en') body = withLocale(locale, () => GENERATORS[topic](mulberry32(stream), level));
    return { seed, topic, level, ...body };
  }
  throw new Error(`quiz: no good ${topic}/${level} question for seed ${seed} in ${MAX_DRAWS} draws (${lastReason})`);
}
