/** Why one entry expression failed, without its location (the matrix parser adds that), and an optional hint. */
import type { ErrorCode } from '../types.js';

export class EntryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A correct example for this failure (log(0) → "log needs a positive number: log(2)"); else the code's hint. */
    readonly hint?: string,
  ) {
    super(message);
  }
}
