/** Why one entry expression failed, without its location (the matrix parser adds that), and an optional hint. */
import { defaultHint, textOf, type ErrorText } from '../errors.js';
import type { ErrorCode } from '../types.js';

export class EntryError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Why, as words from the catalogue (`() => t('err.entry.…')`), written again in the language of the error. */
    private readonly why: ErrorText,
    /** A correct example for this failure (log(0) → "log needs a positive number: log(2)"); else the code's hint. */
    private readonly example?: ErrorText,
  ) {
    super(textOf(why));
  }

  /** The reason, in the current language. */
  text(): string {
    return textOf(this.why);
  }

  /** The hint, to be written in the language of the error that carries this reason. */
  hintText(): ErrorText {
    const example = this.example;
    if (example === undefined) return () => defaultHint(this.code);
    return example;
  }

  get hint(): string | undefined {
    return this.example === undefined ? undefined : textOf(this.example);
  }
}
