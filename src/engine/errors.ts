/**
 * Expected failures as values. Parsing code throws `UserError` internally (it unwinds deep
 * recursion cleanly); `run()` and `parseCommand()` catch it and return the `EngineError` value.
 * Every error names what was wrong and where, and carries a correct example as its hint.
 */
import { stripBidiControls } from './parse/normalize.js';
import type { EngineError, ErrorCode } from './types.js';

export const EXAMPLE = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';

const DEFAULT_HINTS: Record<ErrorCode, string> = {
  empty_command: `Try: ${EXAMPLE} — or \`/hadamard help\` for everything the bot can do.`,
  text_too_long: 'Send smaller matrices (up to 12×12), or split the question into several commands.',
  unknown_verb:
    'Verbs: product, schur, psd, oppenheim, props, relate, apply, explain, help; in a channel also quiz, answer, reveal, scores, settings, forget-me, schedule. Example: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  unknown_word: `Matrices look like [[2,3],[4,1]] or [2 3; 4 1]; builders: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Example: ${EXAMPLE}`,
  unknown_topic:
    'Topics: definition, properties, schur, oppenheim, relations, applications. Example: /hadamard explain schur',
  missing_operand: `Give the matrices one after another. Example: ${EXAMPLE}`,
  too_many_operands: 'The product takes 2 to 6 matrices. Example: /hadamard [1 2] [3 4] [5 6]',
  unbalanced_brackets: 'Every [ needs its ]. Example: [[2,3],[4,1]] (JSON style) or [2 3; 4 1] (MATLAB style).',
  ragged_rows: 'Every row needs the same number of entries. Example: [[1,2,3],[4,5,6]] is 2×3.',
  empty_matrix: 'A matrix needs at least one entry. Example: [[2,3],[4,1]]',
  not_a_number:
    'Entries are numbers like 2, -1.5, 1/3, 2.5e-3, or expressions like 2*sqrt(3)/5, pi/4, cos(pi/3) and log(2).',
  division_by_zero: 'Division by zero is undefined. Example of a fraction entry: [[1/2, 1/3],[1/4, 1/5]]',
  bad_expression:
    'Entries may use numbers, + - * / ^ ( ), pi, e and sqrt sin cos tan exp log abs. Example: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  too_deep: 'Simplify the entry: at most 32 nested parentheses, signs or powers. Example: (1+2)*(3-4)/5',
  too_large: 'Use smaller matrices (up to 12×12) or smaller numbers. Example: hilbert(12) .* pascal(12)',
  bad_file:
    'Attach a CSV or TSV file (one row per line, numbers only, no header), a JSON array of rows such as [[2,3],[4,1]], or a PNG or JPEG image. Example: a.csv holding the two lines 2,3 and 4,1.',
  missing_attachment:
    '@1 names the first attached file, @2 the second. Example: hadamard --attach a.csv --attach b.csv "schur @1 @2" (in the CLI).',
  unavailable: `Try again in a minute. Computations work meanwhile, e.g. ${EXAMPLE}`,
  not_allowed: 'Ask someone who manages this channel. You can always see the settings: /hadamard settings',
  needs_channel:
    'Study-group commands (quiz, answer, reveal, scores, settings, forget-me) run in a chat channel, the local page or the CLI. Example: /hadamard quiz',
  missing_argument: 'Give the words the command needs. Examples: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  bad_argument:
    'Examples: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  unknown_setting:
    'Settings: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Example: /hadamard settings quiz_seconds 90',
  out_of_range:
    'Numbers of any size are carried (1e400, exp(-1000)), but not sizes whose exponent itself has more than 14 digits, such as exp(1e20). Rescale the entries (psd and schur verdicts do not change when a matrix is multiplied by a positive number). Example: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  shape_mismatch:
    'The entrywise product needs matrices of the same shape (no broadcasting). Example: [[1,2]] [[3,4]] (both 1×2).',
  not_square: 'This needs square matrices (n×n). Example: /hadamard psd [[2,1],[1,2]]',
  not_vector: 'Give vectors like [1 2 3].',
  timeout:
    'Use shorter numbers or smaller matrices; decimals with a few digits or small fractions stay fast. Example: /hadamard schur hilbert(6) pascal(6)',
};

/** An expected failure, thrown inside the parser and caught at the engine's face. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string = DEFAULT_HINTS[code],
  ) {
    super(message);
    this.name = 'UserError';
  }

  toValue(): EngineError {
    return { ok: false, code: this.code, message: this.message, hint: this.hint };
  }
}

export function engineError(code: ErrorCode, message: string, hint: string = DEFAULT_HINTS[code]): EngineError {
  return { ok: false, code, message, hint };
}

/** "first", "second", … for messages ("entry (2,3) of the second matrix"). */
export function ordinal(i: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i] ?? `#${i + 1}`;
}

/**
 * Shows a short piece of user text in a message, on one line and safely trimmed: bidirectional
 * controls are dropped (they would reorder the message around them), other control characters
 * become spaces, and a long text is cut between characters, never inside one.
 */
export function quote(text: string, max = 40): string {
  const chars = [...stripBidiControls(text).replace(/\p{Cc}/gu, ' ')];
  const t = chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
  return `"${t}"`;
}
