/**
 * The engine's public contract: the typed Command every adapter builds, and the
 * Answer / EngineError values `run()` gives back. Nothing here knows a chat platform.
 */

/**
 * A verb's name, as listed in the catalogue (`src/engine/catalogue.ts`, which also exports the runtime list VERBS).
 * `product` is the default when none is typed.
 */
export type Verb = string;

/**
 * One operand as the user typed it: the raw matrix text (e.g. `[[2,3],[4,1]]`, `[2 3; 4 1]`,
 * `eye(3)`) and an optional label (`A=`). Parsing into numbers happens in `run()`, so
 * Discord options (already split by the platform) and grammar text share one path.
 */
export interface OperandText {
  label?: string;
  text: string;
}

/** The typed command: what every adapter produces and the engine consumes. */
export interface Command {
  verb: Verb;
  operands: OperandText[];
  /** explain: topic; help: verb asked about. */
  topic?: string;
  /** Verbs that take words (quiz, answer, settings, …): the words, in order, as the verb's module read them. */
  args?: string[];
}

/** A figure ready to send: a PNG and words describing it (alt text, ≤ 1,000 chars). */
export interface Figure {
  name: string;
  png: Buffer;
  alt: string;
}

/**
 * A section of neutral markdown: `**bold**`, `` `code` ``, fenced code blocks for matrices,
 * `- ` bullets. Adapters translate it to mrkdwn / Discord markdown / HTML.
 */
export interface Section {
  heading?: string;
  body: string;
}

/** A successful answer. `data` is the machine-readable result per verb (DESIGN §5). */
export interface Answer {
  ok: true;
  verb: Verb;
  title: string;
  /** One line, shown first. */
  summary: string;
  sections: Section[];
  figures: Figure[];
  data: Record<string, unknown>;
}

/** Expected failures are values: what was wrong and where, and a correct example. */
export interface EngineError {
  ok: false;
  code: ErrorCode;
  message: string;
  hint: string;
}

export type ErrorCode =
  | 'empty_command'
  | 'text_too_long'
  | 'unknown_verb'
  | 'unknown_word'
  | 'unknown_topic'
  | 'missing_operand'
  | 'too_many_operands'
  | 'unbalanced_brackets'
  | 'ragged_rows'
  | 'empty_matrix'
  | 'not_a_number'
  | 'division_by_zero'
  | 'bad_expression'
  | 'too_deep'
  | 'too_large'
  | 'needs_channel'
  | 'not_allowed'
  | 'missing_argument'
  | 'bad_argument'
  | 'unknown_setting'
  | 'out_of_range'
  | 'shape_mismatch'
  | 'not_square'
  | 'not_vector'
  | 'timeout';

export type Result<T> = { ok: true; value: T } | EngineError;

/** Either an answer or an error: what `run()` and `runText()` return. */
export type Reply = Answer | EngineError;
