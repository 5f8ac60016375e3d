/**
 * The quiz's vocabulary: topics, levels and the words that name them. No imports, so the `quiz` verb's module (which
 * the catalogue loads) can read words without pulling in the generator, which itself runs verbs through the catalogue.
 */

/** What a question is about, in the order of the reference article. */
export const QUIZ_TOPICS = ['entry', 'property', 'psd', 'schur', 'oppenheim', 'trace', 'kronecker'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

export const QUIZ_LEVELS = ['easy', 'medium', 'hard'] as const;
export type QuizLevel = (typeof QUIZ_LEVELS)[number];

/** One line per topic, for help and errors. */
export const QUIZ_TOPIC_TEXT: Record<QuizTopic, string> = {
  entry: 'an entry of A∘B',
  property: 'true or false: a property on given matrices',
  psd: 'is M positive semidefinite?',
  schur: 'will A∘B be PSD, given A and B? (Schur)',
  oppenheim: "Oppenheim's bounds: which is larger, does equality hold?",
  trace: 'tr(AᵀB) as a sum',
  kronecker: 'where A∘B sits inside A⊗B',
};

/** Words a user may type for a topic (lower case; the topic names themselves included). */
export const QUIZ_TOPIC_WORDS: Readonly<Record<string, QuizTopic>> = {
  entry: 'entry',
  entries: 'entry',
  product: 'entry',
  definition: 'entry',
  property: 'property',
  properties: 'property',
  props: 'property',
  algebra: 'property',
  psd: 'psd',
  definite: 'psd',
  semidefinite: 'psd',
  schur: 'schur',
  oppenheim: 'oppenheim',
  determinant: 'oppenheim',
  det: 'oppenheim',
  trace: 'trace',
  frobenius: 'trace',
  tr: 'trace',
  kronecker: 'kronecker',
  kron: 'kronecker',
  tensor: 'kronecker',
};

/** Words a user may type for a level. */
export const QUIZ_LEVEL_WORDS: Readonly<Record<string, QuizLevel>> = {
  easy: 'easy',
  beginner: 'easy',
  medium: 'medium',
  normal: 'medium',
  intermediate: 'medium',
  hard: 'hard',
  difficult: 'hard',
  expert: 'hard',
};

/** Largest seed: seeds are unsigned 32-bit integers (the generator's state). */
export const MAX_QUIZ_SEED = 0xffffffff;
