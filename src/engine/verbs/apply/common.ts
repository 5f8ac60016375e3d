/**
 * What the five applications share: reading a vector out of an operand (a 1×n row or an n×1 column: a file's
 * column will be one too), entries as data, and the words "exact" or "numerical" for the note under an answer.
 */
import { Rational } from '../../numbers/rational.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Entry } from '../../data.js';
import type { Matrix } from '../../numbers/matrix.js';
import { formatScalar, numberStyleNow, scalarJSON, withNumberStyle, type Scalar } from '../../numbers/scalar.js';
import { matrixBlock } from '../../format.js';

/** The entries of a row or column vector; anything else is a `not_vector` error naming the operand. */
export function vectorOf(m: Matrix, what: string, example: string): Scalar[] {
  if (m.rows === 1) return m.e[0];
  if (m.cols === 1) return m.e.map((r) => r[0]);
  throw new UserError(
    'not_vector',
    t('apply.notVector', { what, shape: `${m.rows}×${m.cols}` }),
    t('apply.notVectorHint', { example }),
  );
}

export function entries(v: Scalar[]): Entry[] {
  return v.map(scalarJSON);
}

/** The `exact` value of the messages that say "exact" or "numerical" (an ICU select). */
export function exactness(exact: boolean): 'yes' | 'no' {
  return exact ? 'yes' : 'no';
}

/** An exact value whose decimal expansion ends (denominator 2^a·5^b, at most 12 places): 3/20 = 0.15. */
export function terminates(x: Scalar): boolean {
  if (!(x instanceof Rational)) return false;
  let d = x.den;
  let places = 0;
  while (d % 10n === 0n) [d, places] = [d / 10n, places + 1];
  while (d % 2n === 0n) [d, places] = [d / 2n, places + 1];
  while (d % 5n === 0n) [d, places] = [d / 5n, places + 1];
  return d === 1n && places <= 12;
}

/** A value as text: a terminating exact fraction as its exact decimal (0.15, not 3/20), anything else as usual. */
export function readable(x: Scalar, digits = 6): string {
  return terminates(x) ? withNumberStyle('decimals', () => formatScalar(x, digits)) : formatScalar(x, digits);
}

/** matrixBlock, with exact decimals when every exact entry terminates (0.4782969 rather than 4782969/10000000). */
export function readableBlock(items: { label: string; m: Matrix }[], ops: string[] = []): string {
  const all = items.every(({ m }) => m.e.every((r) => r.every((x) => typeof x === 'number' || terminates(x))));
  return withNumberStyle(all ? 'decimals' : numberStyleNow(), () => matrixBlock(items, ops));
}
