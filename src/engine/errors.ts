/**
 * Expected failures as values. Parsing code throws `UserError` internally (it unwinds deep
 * recursion cleanly); `run()` and `parseCommand()` catch it and return the `EngineError` value.
 * Every error names what was wrong and where, and carries a correct example as its hint.
 */
import { stripBidiControls } from './parse/normalize.js';
import type { EngineError, ErrorCode } from './types.js';
import { currentLocale, t, withLocale, type Locale, type MessageKey } from './i18n/index.js';

export const EXAMPLE = '/hadamard [[2,3],[4,1]] [[5,6],[7,8]]';

/** Each code's hint, a correct example with the words around it (the examples are syntax: the same in every language). */
const DEFAULT_HINTS: Record<ErrorCode, MessageKey> = {
  empty_command: 'err.hint.empty_command',
  text_too_long: 'err.hint.text_too_long',
  unknown_verb: 'err.hint.unknown_verb',
  unknown_word: 'err.hint.unknown_word',
  unknown_topic: 'err.hint.unknown_topic',
  missing_operand: 'err.hint.missing_operand',
  too_many_operands: 'err.hint.too_many_operands',
  unbalanced_brackets: 'err.hint.unbalanced_brackets',
  ragged_rows: 'err.hint.ragged_rows',
  empty_matrix: 'err.hint.empty_matrix',
  not_a_number: 'err.hint.not_a_number',
  division_by_zero: 'err.hint.division_by_zero',
  bad_expression: 'err.hint.bad_expression',
  too_deep: 'err.hint.too_deep',
  too_large: 'err.hint.too_large',
  bad_file: 'err.hint.bad_file',
  missing_attachment: 'err.hint.missing_attachment',
  unavailable: 'err.hint.unavailable',
  not_allowed: 'err.hint.not_allowed',
  needs_channel: 'err.hint.needs_channel',
  missing_argument: 'err.hint.missing_argument',
  bad_argument: 'err.hint.bad_argument',
  unknown_setting: 'err.hint.unknown_setting',
  out_of_range: 'err.hint.out_of_range',
  shape_mismatch: 'err.hint.shape_mismatch',
  not_square: 'err.hint.not_square',
  not_vector: 'err.hint.not_vector',
  timeout: 'err.hint.timeout',
};

/** A code's hint, in the language of the command in progress. */
export function defaultHint(code: ErrorCode): string {
  return t(DEFAULT_HINTS[code], { example: EXAMPLE });
}

/**
 * An error's words: a string, or a function that writes them from the catalogue (`() => t('err.…', {…})`). A function
 * can be written again in another language: an error raised while an untranslated verb computes (in English) is
 * still shown in the asker's language when every word of it comes from the catalogue (`UserError.toValue(locale)`).
 */
export type ErrorText = string | (() => string);

export function textOf(text: ErrorText): string {
  return typeof text === 'function' ? text() : text;
}

/** An expected failure, thrown inside the parser and caught at the engine's face. */
export class UserError extends Error {
  readonly hint: string;
  /** Writes message and hint again in the current language; only when both come from the catalogue. */
  private readonly words?: () => { message: string; hint: string };

  constructor(
    readonly code: ErrorCode,
    message: ErrorText,
    hint: ErrorText = () => defaultHint(code),
  ) {
    super(textOf(message));
    this.name = 'UserError';
    this.hint = textOf(hint);
    if (typeof message === 'function' && typeof hint === 'function')
      this.words = () => ({ message: message(), hint: hint() });
  }

  /**
   * The error as a value; given `locale`, in that language when every word comes from the catalogue (else as it was
   * written, in the language of the code that raised it: never half and half).
   */
  toValue(locale?: Locale): EngineError {
    if (locale && this.words && locale !== currentLocale()) {
      const { message, hint } = withLocale(locale, this.words);
      return { ok: false, code: this.code, message, hint };
    }
    return { ok: false, code: this.code, message: this.message, hint: this.hint };
  }
}

export function engineError(code: ErrorCode, message: string, hint: string = defaultHint(code)): EngineError {
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
