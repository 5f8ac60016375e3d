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
  /** Milliseconds of work per command before a "too large" error. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxTextLength: 4000,
  maxOperands: 6,
  maxDimension: 12,
  maxExpressionDepth: 32,
  maxDigits: 2000,
  maxMillis: 2000,
};
