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
 * A file the user attached (DESIGN §11): its name as the platform gave it, its bytes, and the type the platform stated
 * (a hint only: the engine sniffs the content). The engine never sees a path or a URL: the CLI reads the file, adapters
 * download it (size-checked before and during the download), and the engine checks the size again.
 */
export interface Attachment {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/**
 * One operand as the user typed it: the raw matrix text (e.g. `[[2,3],[4,1]]`, `[2 3; 4 1]`,
 * `eye(3)`) and an optional label (`A=`). Parsing into numbers happens in `run()`, so
 * Discord options (already split by the platform) and grammar text share one path.
 *
 * An operand may be a file instead: `attachment` is set and `text` is how the user referred to it (`@1`) or empty.
 * Adapters with typed file options (Discord's `a_file`) set `attachment` directly; the grammar's `@1`, `@2` are
 * resolved against `Command.attachments` by `run()`.
 */
export interface OperandText {
  label?: string;
  text: string;
  attachment?: Attachment;
}

/** The typed command: what every adapter produces and the engine consumes. */
export interface Command {
  verb: Verb;
  operands: OperandText[];
  /**
   * Files that came with the message, in order: `@1` in an operand's text names the first. With attachments and no
   * matrix in the text, the attachments are the operands, in order.
   */
  attachments?: Attachment[];
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

/** A file that goes with an answer and is not a figure (a CSV export): its name, type and text. */
export interface TextFile {
  name: string;
  /** `text/csv`, `text/plain` … */
  type: string;
  content: string;
  /** One line on what it is (Discord's attachment description, Slack's title). */
  description: string;
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
  /** Files that are not figures (`class export`'s CSV); adapters attach them, the CLI writes them to --out. */
  files?: TextFile[];
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
  | 'bad_file'
  | 'missing_attachment'
  | 'needs_channel'
  | 'unavailable'
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
