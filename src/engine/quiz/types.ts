/** The shape of a generated question (what `generateQuiz` returns), and of one topic's generator. */
import type { Misconception } from './misconceptions.js';
import type { Rng } from './random.js';
import type { QuizLevel, QuizTopic } from './topics.js';

/** One choice as a button shows it: ids are 'a', 'b', 'c', … in display order. */
export interface QuizChoice {
  id: string;
  label: string;
}

export interface QuizQuestion {
  seed: number;
  topic: QuizTopic;
  level: QuizLevel;
  /** Neutral markdown (bold, `code`, fenced blocks for matrices); at most 1,500 characters. */
  question: string;
  /** 3 to 5 choices with distinct labels (each ≤ 75 characters, so they fit Slack's and Discord's buttons). */
  choices: QuizChoice[];
  /** The right choice's id. */
  correct: string;
  /**
   * Per choice id, one sentence shown privately to whoever picks it: for the right choice why it is right, for each
   * wrong one the mistake it stands for, named, with this question's numbers.
   */
  feedback: Record<string, string>;
  /**
   * Per wrong choice id, the misconception its feedback names (a stable id and a short label): what `me` and `class`
   * count. The right choice has none.
   */
  misconceptions: Record<string, Misconception>;
  /** Shown at the reveal: 2–5 sentences with the exact numbers. */
  explanation: string;
  /** A command (DESIGN §3 grammar, without `/hadamard`) whose answer and figure are the worked solution. */
  worked: string;
}

/** What a topic's generator makes; `generateQuiz` adds the seed, topic and level. */
export type QuizBody = Omit<QuizQuestion, 'seed' | 'topic' | 'level'>;

export type TopicGenerator = (rng: Rng, level: QuizLevel) => QuizBody;

/**
 * Thrown by a topic generator when a draw cannot make a good question (say, too few distinct mistakes, or a
 * question too long for a chat message): `generateQuiz` then draws again from the next stream of the same seed.
 */
export class RedrawQuestion extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RedrawQuestion';
  }
}
