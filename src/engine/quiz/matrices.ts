/**
 * Matrices for questions, drawn from the seeded generator: sizes and number kinds by level (easy: 2×2 small
 * integers; medium: 2×2 or 3×3 with negatives, sometimes halves; hard: 3×3 or 4×4 with fractions), symmetric ones
 * built as L·D·Lᵀ so a wanted verdict is likely (the engine still decides it), and their text forms: the inline
 * grammar form for commands and the aligned block for the question.
 */
import { matrixBlock, inlineMatrix, subscript } from '../format.js';
import { makeMatrix, type Matrix } from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';

export type Rows = Rational[][];

export const R = (n: number, d = 1): Rational => Rational.of(n, d);

/** The side of a square question matrix for a level. */
export function sideFor(rng: Rng, level: QuizLevel): number {
  return level === 'easy' ? 2 : level === 'medium' ? rng.pick([2, 3]) : rng.pick([3, 4]);
}

/** One entry of the level's kind: easy 1..9; medium −9..9, now and then a half; hard small fractions. */
export function entryFor(rng: Rng, level: QuizLevel, opts: { nonzero?: boolean } = {}): Rational {
  for (;;) {
    let x: Rational;
    if (level === 'easy') x = R(rng.int(1, 9));
    else if (level === 'medium') x = rng.chance(0.2) ? R(rng.int(-7, 7), 2) : R(rng.int(-9, 9));
    else x = rng.chance(0.55) ? R(rng.int(-9, 9), rng.pick([2, 3, 4, 5])) : R(rng.int(-9, 9));
    if (!(opts.nonzero && x.isZero())) return x;
  }
}

export function randomRows(rng: Rng, rows: number, cols: number, level: QuizLevel, nonzero = false): Rows {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => entryFor(rng, level, { nonzero })));
}

/** A small multiplier for L below the diagonal: integers, and halves from medium on. */
function lowerEntry(rng: Rng, level: QuizLevel): Rational {
  if (level === 'easy') return R(rng.int(-1, 2));
  if (level === 'medium') return rng.chance(0.25) ? R(rng.pick([-1, 1]), 2) : R(rng.int(-2, 2));
  return rng.chance(0.5) ? R(rng.pick([-3, -1, 1, 3]), 2) : R(rng.int(-2, 2));
}

/** A positive pivot of the level's kind. */
export function positivePivot(rng: Rng, level: QuizLevel): Rational {
  if (level === 'easy') return R(rng.int(1, 4));
  if (level === 'medium') return rng.chance(0.25) ? R(rng.pick([1, 3, 5]), 2) : R(rng.int(1, 5));
  return rng.chance(0.5) ? R(rng.int(1, 7), rng.pick([2, 3, 4])) : R(rng.int(1, 4));
}

/** L·diag(d)·Lᵀ with L unit lower triangular: symmetric, with the signs of `d` as its inertia. */
export function ldlt(rng: Rng, level: QuizLevel, d: Rational[]): Rows {
  const n = d.length;
  const L = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : j < i ? lowerEntry(rng, level) : Rational.ZERO)),
  );
  // A random symmetric permutation, so the zero or negative pivot is not always last.
  const perm = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const M = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let s = Rational.ZERO;
      for (let k = 0; k < n; k++) s = s.add(L[i][k].mul(d[k]).mul(L[j][k]));
      return s;
    }),
  );
  return perm.map((pi) => perm.map((pj) => M[pi][pj]));
}

/** A symmetric matrix with the given diagonal and off-diagonal entries from `off`. */
export function symmetricFrom(diag: Rational[], off: (i: number, j: number) => Rational): Rows {
  const n = diag.length;
  const M: Rows = Array.from({ length: n }, () => Array.from({ length: n }, () => Rational.ZERO));
  for (let i = 0; i < n; i++) {
    M[i][i] = diag[i];
    for (let j = i + 1; j < n; j++) M[i][j] = M[j][i] = off(i, j);
  }
  return M;
}

export function matrixOf(rows: Rows): Matrix {
  return makeMatrix(rows);
}

/** The grammar form, e.g. `[[2,1/2],[1/2,3]]`: what a `worked` command carries. */
export function rowsText(rows: Rows): string {
  return inlineMatrix(makeMatrix(rows));
}

/** Labelled matrices as an aligned block (a fenced code block), side by side when they fit. */
export function rowsBlock(items: { label: string; rows: Rows }[]): string {
  return matrixBlock(
    items.map(({ label, rows }) => ({ label, m: makeMatrix(rows) })),
    items.slice(1).map(() => ' '),
    56,
  );
}

/** `a₁₂` for label A and 0-based (0, 1). */
export function entryName(label: string, i: number, j: number): string {
  return `${label.toLowerCase()}${subscript(i + 1, j + 1)}`;
}

/** A factor in a product of numbers: negatives and fractions in parentheses, `(-1/2)·3`. */
export function factor(x: Rational): string {
  const s = x.toString();
  return x.sign() < 0 || !x.isInteger() ? `(${s})` : s;
}

/** Σ of terms written out, e.g. `2·6 + 3·8`. */
export function productSum(pairs: [Rational, Rational][]): string {
  return pairs.map(([x, y]) => `${factor(x)}·${factor(y)}`).join(' + ');
}

export function sumOf(xs: Rational[]): Rational {
  return xs.reduce((s, x) => s.add(x), Rational.ZERO);
}

/** An Entry of a verb's `data` (number or "p/q") as an exact Rational. */
export function entryRational(e: number | string): Rational {
  if (typeof e === 'number') {
    if (!Number.isSafeInteger(e)) throw new Error(`quiz: a non-integer number ${e} in exact data`);
    return Rational.int(e);
  }
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(e);
  if (!m) throw new Error(`quiz: ${e} is not an exact value`);
  return Rational.of(BigInt(m[1]), BigInt(m[2] ?? '1'));
}
