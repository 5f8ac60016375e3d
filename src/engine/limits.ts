/** Limits on what one command may ask of the engine (DESIGN §7). Defaults; adapters may override. */
export interface Limits {
  /** Characters of command text. */
  maxTextLength: number;
  /** Operands of one command. */
  maxOperands: number;
  /** Rows and columns of a typed matrix. */
  maxDimension: number;
  /** Nesting depth of an entry expression (parentheses, unary signs, powers). */
  maxExpressionDepth: number;
  /** Decimal digits of an exact numerator or denominator before switching to floating point. */
  maxDigits: number;
  /**
   * Decimal digits of all exact entries of one matrix together (numerators and denominators).
   * Past it the matrix is computed in floating point: exact elimination on hundreds of
   * thousand-digit numbers (easy to write as `7^2000`) would take minutes.
   */
  maxTotalDigits: number;
  /** Milliseconds of work per command before a "too large" error. */
  maxMillis: number;
  /** Bytes of one attached file (adapters check the stated size before downloading, the engine again). */
  maxFileBytes: number;
  /** Rows and columns of a matrix read from a file (CSV, TSV, JSON, or an image used as a matrix). */
  maxFileDimension: number;
  /** Width and height of an attached image, read from its header before anything is decoded. */
  maxImageSide: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxTextLength: 4000,
  maxOperands: 6,
  maxDimension: 12,
  maxExpressionDepth: 32,
  maxDigits: 2000,
  maxTotalDigits: 4000,
  maxMillis: 2000,
  maxFileBytes: 8 * 1024 * 1024,
  maxFileDimension: 256,
  maxImageSide: 1024,
};
