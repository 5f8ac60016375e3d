/**
 * One operand's text → a Matrix: JSON-style `[[2,3],[4,1]]`, MATLAB-style `[2 3; 4 1]`,
 * a flat row `[1,2,3]`, and the builders `eye(3)`, `I3`, `ones(2,3)`, `J3`, `hilbert(4)`,
 * `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)`, `gauss(4, 2)`, `hann(5)`, `causal(4)`, `toeplitz(1, 1/2, 0)`.
 * Errors name the operand, the row and column, or the character.
 */
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Limits } from '../limits.js';
import { Rational } from '../numbers/rational.js';
import { generate, makeMatrix, type Matrix } from '../numbers/matrix.js';
import { div, isExactValue, isZeroScalar, mul, neg, type Scalar } from '../numbers/scalar.js';
import { Certified } from '../numbers/certified.js';
import { Symbolic } from '../numbers/symbolic.js';
import { applyFunction, ePower } from './functions.js';
import { windowValues } from '../numbers/windows.js';
import { EntryError, evaluateEntry, type ExpressionLimits } from './expression.js';
import { normalizeText } from './normalize.js';

export interface ParsedOperand {
  label?: string;
  matrix: Matrix;
  /** Some entry was too long to keep exact and is floating point now. */
  switchedToFloat: boolean;
}

const LABEL = /^([A-Za-z][A-Za-z0-9_]{0,7})\s*=\s*/;
const BUILDER_CALL = /^(eye|ones|hilbert|pascal|diag|zeros|kms|gauss|hann|causal|toeplitz)\s*\(/i;
/** Every builder, as the help text and hints show them. */
export const BUILDER_EXAMPLES =
  'eye(3) I3, ones(2,3) J3, hilbert(4), pascal(4), diag(1,2,3), kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0)';
const BUILDER_SHORT = /^([IJ])_?(\d{1,3})$/;

/** Where an error is ("the second matrix"), written in the language of the message around it. */
export type Where = () => string;

/** Parses operand `index` (0-based, for messages). Throws UserError. */
export function parseOperand(raw: string, index: number, limits: Limits): ParsedOperand {
  const where = (): string => t('err.where.matrix', { n: index + 1 });
  let text = normalizeText(raw).replace(/\n/g, ' \n ');
  let label: string | undefined;
  const lm = LABEL.exec(text);
  if (lm && !BUILDER_CALL.test(text)) {
    label = lm[1];
    text = text.slice(lm[0].length);
  }
  text = text.trim();
  if (text === '') throw new UserError('missing_operand', () => t('err.matrix.empty', { where: where() }));
  let switched = false;
  // The same text gives the same value: a symmetric matrix types most entries twice (and a Toeplitz-like one many
  // times). One value object per text also shares its enclosures (memoised on the value) wherever it sits.
  const seen = new Map<string, Scalar>();
  const entry = (src: string, i: number, j: number): Scalar => {
    const known = seen.get(src);
    if (known !== undefined) return known;
    try {
      const v = evaluateEntry(src, entryLimits(limits));
      if (v.switchedToFloat) switched = true;
      seen.set(src, v.value);
      return v.value;
    } catch (e) {
      if (e instanceof EntryError)
        throw new UserError(
          e.code,
          () => t('err.matrix.entry', { row: String(i + 1), col: String(j + 1), where: where(), reason: e.text() }),
          e.hintText(),
        );
      throw e;
    }
  };
  const parsed = text.startsWith('[')
    ? parseBracketed(text, where, entry, limits)
    : parseBuilder(text.replace(/\s+/g, ' '), where, limits);
  const kept = exactWithinBudget(parsed, limits, (i, j) => `entry (${i + 1},${j + 1}) of ${where()}`);
  return { label, matrix: kept.matrix, switchedToFloat: switched || kept.switched };
}

/**
 * The digit budget of one matrix (DESIGN §7): an exact matrix with more than `maxTotalDigits` digits in all is computed
 * with certified enclosures (`switched`): each exact entry becomes the leaf of a certified value, so nothing is lost,
 * only exact elimination on the huge numbers is avoided. `place` is kept for callers' messages.
 */
export function exactWithinBudget(
  matrix: Matrix,
  limits: Limits,
  place: (i: number, j: number) => string,
): { matrix: Matrix; switched: boolean } {
  void place;
  const digits = totalDigits(matrix);
  if (digits <= limits.maxTotalDigits) return { matrix, switched: false };
  const rows = matrix.e.map((r) => r.map((x) => (isExactValue(x) && !isZeroScalar(x) ? Certified.of(x) : x)));
  return { matrix: makeMatrix(rows), switched: true };
}

export function entryLimits(limits: Limits): ExpressionLimits {
  return { maxDepth: limits.maxExpressionDepth, maxDigits: limits.maxDigits, maxKeptDigits: limits.maxTotalDigits };
}

/** Decimal digits of all numerators and denominators together (exact counts). */
function totalDigits(m: Matrix): number {
  let digits = 0;
  for (const r of m.e)
    for (const x of r) {
      if (x instanceof Rational) digits += x.totalDigits();
      else if (x instanceof Symbolic) digits += Math.ceil((x.num.bits() + x.den.bits()) * 0.30103);
    }
  return digits;
}

function checkSize(rows: number, cols: number, where: Where, limits: Limits): void {
  if (rows > limits.maxDimension || cols > limits.maxDimension)
    throw new UserError('too_large', () =>
      t('err.matrix.tooLarge', {
        where: where(),
        rows: String(rows),
        cols: String(cols),
        max: String(limits.maxDimension),
      }),
    );
}

function parseBuilder(text: string, where: Where, limits: Limits): Matrix {
  const short = BUILDER_SHORT.exec(text);
  if (short) {
    const n = Number(short[2]);
    return buildSquare(short[1] === 'I' ? 'eye' : 'ones', [n, n], where, limits);
  }
  const call = BUILDER_CALL.exec(text);
  if (!call) {
    const word = text.split(/[\s([]/)[0] || text;
    throw new UserError('unknown_word', () => t('err.matrix.notAMatrix', { where: where(), word: quote(word) }));
  }
  const name = call[1].toLowerCase();
  const close = text.lastIndexOf(')');
  if (close < 0)
    throw new UserError('unbalanced_brackets', () =>
      t('err.matrix.missingParen', { where: where(), text: quote(text) }),
    );
  if (text.slice(close + 1).trim() !== '')
    throw new UserError('unknown_word', () =>
      t('err.matrix.afterBuilder', { where: where(), word: quote(text.slice(close + 1).trim()), name }),
    );
  const inner = text.slice(call[0].length, close).trim();
  if (name === 'diag') {
    const items = (inner.startsWith('[') && inner.endsWith(']') ? inner.slice(1, -1) : inner)
      .split(/[,;\s]+/)
      .filter((s) => s !== '');
    if (items.length === 0) throw new UserError('empty_matrix', () => t('err.matrix.diagEmpty', { where: where() }));
    checkSize(items.length, items.length, where, limits);
    const vals = items.map((s, k) => {
      try {
        return evaluateEntry(s, entryLimits(limits)).value;
      } catch (e) {
        if (e instanceof EntryError)
          throw new UserError(
            e.code,
            () => t('err.matrix.diagEntry', { k: String(k + 1), where: where(), reason: e.text() }),
            e.hintText(),
          );
        throw e;
      }
    });
    return generate(vals.length, vals.length, (i, j) => (i === j ? vals[i] : Rational.ZERO));
  }
  if (name === 'kms' || name === 'gauss' || name === 'hann' || name === 'causal' || name === 'toeplitz')
    return parseNewBuilder(name, inner, where, limits);
  if (name === 'zeros')
    throw new UserError(
      'unknown_word',
      () => t('err.matrix.zeros', { where: where() }),
      () => t('err.hint.builders', { builders: BUILDER_EXAMPLES }),
    );
  const args = inner.split(',').map((s) => s.trim());
  const dims = args.map((s) => (/^\d{1,4}$/.test(s) ? Number(s) : NaN));
  if (args.length < 1 || args.length > 2 || dims.some((d) => !Number.isInteger(d) || d < 1))
    throw new UserError(
      'bad_expression',
      () => t('err.matrix.builderSizes', { where: where(), call: `${name}(${inner})`, ones: String(name === 'ones') }),
      () => t('err.example', { example: 'eye(3), ones(2,3), hilbert(4), pascal(4)' }),
    );
  if (args.length === 2 && name !== 'ones')
    throw new UserError('bad_expression', () => t('err.matrix.oneSize', { where: where(), name }));
  const [m, n = m] = dims;
  return buildSquare(name, [m, n], where, limits);
}

/** A builder's argument that is an entry expression (`1/2`, `cos(pi/3)`), with errors naming the builder. */
function builderScalar(src: string, call: string, what: Where, where: Where, limits: Limits): Scalar {
  try {
    return evaluateEntry(src, entryLimits(limits)).value;
  } catch (e) {
    if (e instanceof EntryError)
      throw new UserError(
        e.code,
        () => t('err.matrix.builderArgument', { what: what(), call, where: where(), reason: e.text() }),
        e.hintText(),
      );
    throw e;
  }
}

/** A builder's size argument: a whole number from 1 to the size limit. */
function builderSize(
  src: string | undefined,
  call: string,
  where: Where,
  limits: Limits,
  example: () => string,
): number {
  const n = src !== undefined && /^\d{1,4}$/.test(src.trim()) ? Number(src.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1)
    throw new UserError('bad_expression', () => t('err.matrix.builderSize', { where: where(), call }), example);
  checkSize(n, n, where, limits);
  return n;
}

/** The hint of a builder's error: a correct call, and what it builds. */
function builderExample(name: string): () => string {
  return () => t('err.hint.builder', { name });
}

/**
 * kms(n, ρ) = ρ^|i−j| (Kac–Murdock–Szegő: exact for rational ρ); gauss(n, s) = exp(−(i−j)²/s²) (floating off the
 * diagonal); hann(n): the symmetric Hann window as a 1×n row (a signal is a row; `diag(…)` of it is never needed,
 * since x∘w = diag(w)x); causal(n): ones on and below the diagonal (an attention mask); toeplitz(c₁, …, c_k): the
 * symmetric k×k Toeplitz matrix with first column c.
 */
function parseNewBuilder(name: string, inner: string, where: Where, limits: Limits): Matrix {
  const call = `${name}(${inner})`;
  const example = builderExample(name);
  const args = splitTopLevel(inner, ',').map((a) => a.trim());
  const arity = (k: number): void => {
    if (args.length !== k || args.some((a) => a === ''))
      throw new UserError(
        'bad_expression',
        () => t('err.matrix.arity', { where: where(), name, k, call: quote(call, 30) }),
        example,
      );
  };
  if (name === 'toeplitz') {
    if (args.length === 1 && args[0] === '')
      throw new UserError('empty_matrix', () => t('err.matrix.toeplitzEmpty', { where: where() }), example);
    checkSize(args.length, args.length, where, limits);
    const c = args.map((a, k) =>
      builderScalar(a, 'toeplitz(…)', () => t('err.matrix.argument', { k: String(k + 1) }), where, limits),
    );
    return generate(c.length, c.length, (i, j) => c[Math.abs(i - j)]);
  }
  if (name === 'hann' || name === 'causal') {
    arity(1);
    const n = builderSize(args[0], call, where, limits, example);
    if (name === 'hann') return makeMatrix([windowValues('hann', n)]);
    return generate(n, n, (i, j) => (j <= i ? Rational.ONE : Rational.ZERO));
  }
  arity(2);
  const n = builderSize(args[0], call, where, limits, example);
  const p = builderScalar(args[1], call, () => (name === 'kms' ? 'ρ' : 's'), where, limits);
  if (name === 'kms') {
    // Powers by repeated multiplication: exact for an exact ρ, certified otherwise (no size is out of range).
    const powers: Scalar[] = [Rational.ONE];
    for (let k = 1; k < n; k++) powers.push(mul(powers[k - 1], p));
    return generate(n, n, (i, j) => powers[Math.abs(i - j)]);
  }
  const s2 = mul(p, p);
  if (isZeroScalar(s2))
    throw new UserError('division_by_zero', () => t('err.matrix.gaussZero', { where: where(), call }), example);
  // exp(−d²/s²): an exact power of e for a rational s² (gauss(4, 2) has exp(-1/4), exp(-1), exp(-9/4)).
  const values = new Map<number, Scalar>();
  return generate(n, n, (i, j) => {
    if (i === j) return Rational.ONE;
    const d = (i - j) * (i - j);
    let v = values.get(d);
    if (v === undefined) {
      const x = div(Rational.int(d), s2);
      v = x instanceof Rational ? ePower(x.neg()) : applyFunction('exp', neg(x), call);
      values.set(d, v);
    }
    return v;
  });
}

function buildSquare(name: string, [m, n]: number[], where: Where, limits: Limits): Matrix {
  checkSize(m, n, where, limits);
  switch (name) {
    case 'eye':
      return generate(m, n, (i, j) => (i === j ? Rational.ONE : Rational.ZERO));
    case 'ones':
      return generate(m, n, () => Rational.ONE);
    case 'hilbert':
      return generate(m, n, (i, j) => Rational.of(1, i + j + 1));
    default: {
      // pascal(n): symmetric Pascal matrix, entries C(i+j, i).
      const c: bigint[][] = Array.from({ length: m }, () => new Array<bigint>(n).fill(1n));
      for (let i = 1; i < m; i++) for (let j = 1; j < n; j++) c[i][j] = c[i - 1][j] + c[i][j - 1];
      return generate(m, n, (i, j) => Rational.int(c[i][j]));
    }
  }
}

type EntryFn = (src: string, i: number, j: number) => Scalar;

/** `[...]` in JSON or MATLAB style. */
function parseBracketed(text: string, where: Where, entry: EntryFn, limits: Limits): Matrix {
  checkBrackets(text, where);
  if (!text.endsWith(']')) {
    const end = matchingBracket(text, 0);
    throw new UserError('unknown_word', () =>
      t('err.matrix.afterMatrix', { where: where(), word: quote(text.slice(end + 1).trim()) }),
    );
  }
  const inner = text.slice(1, -1).trim();
  if (inner === '') throw new UserError('empty_matrix', () => t('err.matrix.emptyBrackets', { where: where() }));
  let rowsText: string[];
  if (inner.startsWith('[')) {
    // JSON style: a list of [ … ] rows separated by commas (or semicolons / spaces).
    rowsText = [];
    let i = 0;
    while (i < inner.length) {
      const c = inner[i];
      if (c === '[') {
        const end = matchingBracket(inner, i);
        const row = inner.slice(i + 1, end);
        if (row.includes('[')) throw new UserError('too_deep', () => t('err.matrix.threeLevels', { where: where() }));
        rowsText.push(row);
        i = end + 1;
      } else if (c === ',' || c === ';' || /\s/.test(c)) i++;
      else
        throw new UserError(
          'unknown_word',
          () => t('err.matrix.betweenRows', { where: where(), word: quote(inner.slice(i).split(/[\s,[\]]/)[0] || c) }),
          () => t('err.example', { example: '[[1,2],[3,4]]' }),
        );
    }
  } else {
    if (inner.includes('['))
      throw new UserError(
        'unbalanced_brackets',
        () => t('err.matrix.mixedRows', { where: where() }),
        () => t('err.hint.mixedRows'),
      );
    rowsText = inner.split(/;|\n/).filter((r) => r.trim() !== '');
  }
  const rows = rowsText.map((r) => splitRow(r));
  rows.forEach((r, i) => {
    if (r.length === 0)
      throw new UserError('empty_matrix', () => t('err.matrix.emptyRow', { row: String(i + 1), where: where() }));
  });
  if (rows.length === 0) throw new UserError('empty_matrix', () => t('err.matrix.empty', { where: where() }));
  const cols = rows[0].length;
  checkSize(rows.length, Math.max(...rows.map((r) => r.length)), where, limits);
  rows.forEach((r, i) => {
    if (r.length !== cols)
      throw new UserError('ragged_rows', () =>
        t('err.matrix.ragged', { row: String(i + 1), where: where(), n: r.length, cols: String(cols) }),
      );
  });
  return makeMatrix(rows.map((r, i) => r.map((src, j) => entry(src, i, j))));
}

/**
 * Splits a row into entries: commas always separate; spaces separate too, MATLAB-style,
 * except around binary operators: `1 - 2` is one entry, `1 -2` two, `2 * 3` one.
 */
export function splitRow(row: string): string[] {
  const out: string[] = [];
  for (const part of splitTopLevel(row, ',')) {
    const chunks = splitTopLevel(part, ' ').filter((c) => c !== '');
    const items: string[] = [];
    let glue = false;
    for (const c of chunks) {
      const lone = /^[+\-*/^×·−]$/.test(c);
      const startsBinary = /^[*/^)×·]/.test(c);
      if (items.length > 0 && (glue || lone || startsBinary)) items[items.length - 1] += c;
      else items.push(c);
      glue = /[+\-*/^(×·−]$/.test(c);
    }
    if (items.length === 0 && part.trim() === '' && splitTopLevel(row, ',').length > 1) items.push('');
    out.push(...items);
  }
  return out;
}

/** Splits on `sep` (',' or whitespace) outside parentheses. */
function splitTopLevel(s: string, sep: ',' | ' '): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    const isSep = sep === ',' ? ch === ',' : /\s/.test(ch);
    if (isSep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return sep === ',' ? out : out.map((x) => x.trim());
}

/** Index of the `]` matching the `[` at `open`. */
function matchingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Unbalanced `[ ]` or `( )` → an error naming the character position. `position(i)` turns an
 * index of `text` into the 1-based character the user sees (by default, within `text`).
 */
export function checkBrackets(text: string, where: Where, position: (i: number) => number = (i) => i + 1): void {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '(') stack.push({ ch, at: i });
    else if (ch === ']' || ch === ')') {
      const open = stack.pop();
      const want = ch === ']' ? '[' : '(';
      if (!open)
        throw new UserError('unbalanced_brackets', () =>
          t('err.brackets.unmatched', { where: where(), ch, at: String(position(i)), want }),
        );
      if (open.ch !== want)
        throw new UserError('unbalanced_brackets', () =>
          t('err.brackets.mismatched', {
            where: where(),
            open: open.ch,
            at: String(position(open.at)),
            ch,
            closeAt: String(position(i)),
          }),
        );
    }
  }
  const open = stack.pop();
  if (open)
    throw new UserError('unbalanced_brackets', () =>
      t('err.brackets.unclosed', { where: where(), open: open.ch, at: String(position(open.at)) }),
    );
}
