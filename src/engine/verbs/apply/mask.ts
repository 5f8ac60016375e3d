/**
 * `apply mask [scores] [causal] [padding:k]`: an attention mask on a score matrix, then a softmax along each row,
 * in both conventions: the 0/1 mask multiplied into the probabilities (P∘M, then each row divided by its sum again)
 * and −∞ added to the masked scores before the softmax. They give the same attention; the answer shows both and
 * their largest difference. Masked entries are exactly 0 in both (never exp(−∞) computed); an allowed probability
 * too small for floating point is refused, never shown as 0 (DESIGN §4).
 */
import type { MaskData } from '../../data.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { fence, matrixBlock } from '../../format.js';
import { latexBlocks, latexMatrix } from '../../latex.js';
import { makeMatrix, matrixJSON, type Matrix } from '../../numbers/matrix.js';
import { Rational } from '../../numbers/rational.js';
import { checkedFloat, cleanFloat, formatScalar, isExact, sub, type Scalar } from '../../numbers/scalar.js';
import type { Section } from '../../types.js';
import type { VerbResult } from '../result.js';

/** The built-in sentence: rows are queries, columns keys. */
export const BUILT_IN_TOKENS = ['The', 'cat', 'sat', 'on', 'the', 'mat'];

/** The built-in sentence in the answer's language: six words, articles where English has them (the scores' shape). */
export function builtInTokens(): string[] {
  const words = t('apply.mask.sentence').split(/\s+/);
  return words.length === BUILT_IN_TOKENS.length ? words : BUILT_IN_TOKENS;
}

/** Scores (query·key) of the built-in sentence: exact decimals, each word attending most to itself and its partners. */
export const BUILT_IN_SCORES = [
  ['2', '0.5', '0.1', '-0.3', '1.2', '0.2'],
  ['0.8', '2.5', '1.1', '-0.5', '0.3', '0.9'],
  ['0.2', '1.9', '1.4', '0.6', '-0.2', '0.7'],
  ['-0.4', '0.3', '1.6', '1.1', '0.5', '1.3'],
  ['1.5', '0.1', '-0.1', '0.4', '1.8', '0.6'],
  ['0.3', '1.4', '0.9', '1.2', '0.7', '2.2'],
];

export interface MaskRequest {
  causal: boolean;
  /** The last `padding` key positions are padding. */
  padding?: number;
}

const EXAMPLE = 'apply mask [[1,2,0],[0,1,3],[2,2,1]] causal';

/** One row's softmax over the allowed entries (the others exactly 0). Throws when an allowed value underflows. */
function softmaxRow(row: Scalar[], allowed: boolean[], where: (j: number) => string): number[] {
  let max: Scalar | null = null;
  for (let j = 0; j < row.length; j++) {
    const s = row[j];
    if (!allowed[j]) continue;
    if (max === null || (isExact(s) && isExact(max) ? s.cmp(max) > 0 : toNumber(s) > toNumber(max))) max = s;
  }
  const e = row.map((s, j) => {
    if (!allowed[j]) return 0;
    // s − max ≤ 0, exactly for exact scores; exp of it is in (0, 1].
    const d = isExact(s) && isExact(max!) ? s.sub(max).toNumber() : toNumber(sub(s, max!));
    const v = Math.exp(d);
    if (v === 0 || !Number.isFinite(d)) throw underflow(where(j), d);
    return v;
  });
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v, j) => {
    if (!allowed[j]) return 0;
    const p = v / sum;
    if (p === 0) throw underflow(where(j), Math.log(v) - Math.log(sum));
    return cleanFloat(p);
  });
}

function toNumber(x: Scalar): number {
  return checkedFloat(x);
}

function underflow(where: string, lnValue: number): UserError {
  const log10 = lnValue * Math.LOG10E;
  return new UserError(
    'out_of_range',
    t('apply.mask.underflow', { where, exponent: Number.isFinite(log10) ? String(Math.round(log10)) : '−∞' }),
    t('apply.mask.underflowHint', { example: EXAMPLE }),
  );
}

/** Rows of numbers with right-aligned columns. */
function aligned(rows: number[][], show: (x: number) => string): string[] {
  const cells = rows.map((r) => r.map(show));
  const w = Math.max(...cells.flat().map((c) => c.length));
  return cells.map((r) => r.map((c) => c.padStart(w)).join('  '));
}

export function maskApplication(scoresMatrix: Matrix | null, request: MaskRequest): VerbResult<MaskData> {
  const builtIn = scoresMatrix === null;
  const S = scoresMatrix ?? makeMatrix(BUILT_IN_SCORES.map((r) => r.map((x) => Rational.parseDecimal(x) as Rational)));
  const [m, n] = [S.rows, S.cols];
  const k = request.padding ?? 0;
  if (request.causal && m !== n)
    throw new UserError(
      'not_square',
      t('apply.mask.notSquare', { m: String(m), n: String(n) }),
      t('apply.mask.notSquareHint', { example: EXAMPLE }),
    );
  if (k >= n)
    throw new UserError(
      'bad_argument',
      t('apply.mask.allPadding', { k: String(k), n: String(n) }),
      t('apply.mask.allPaddingHint', { k: String(Math.max(1, n - 1)) }),
    );
  const mask = Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => ((request.causal && j > i) || j >= n - k ? 0 : 1)),
  );
  const tokens = builtIn ? builtInTokens().map((w, j) => (j >= n - k ? 'pad' : w)) : undefined;
  const where = (i: number) => (j: number) =>
    tokens
      ? t('apply.mask.whereToken', { query: tokens[i], key: tokens[j], i: String(i + 1), j: String(j + 1) })
      : t('apply.mask.whereEntry', { i: String(i + 1), j: String(j + 1) });
  const all = Array.from({ length: n }, () => true);
  const probabilities = S.e.map((row, i) => softmaxRow(row, all, where(i)));
  const additive = S.e.map((row, i) => softmaxRow(row, mask[i].map(Boolean), where(i)));
  const multiplied = probabilities.map((row, i) => row.map((p, j) => (mask[i][j] ? p : 0)));
  const rowSums = multiplied.map((row) => cleanFloat(row.reduce((a, b) => a + b, 0)));
  // A row's kept mass is > 0: the diagonal (causal) or the first keys (padding) are always allowed, each p > 0.
  const renormalised = multiplied.map((row, i) => row.map((p) => cleanFloat(p / rowSums[i])));
  let maxDifference = 0;
  renormalised.forEach((row, i) =>
    row.forEach((p, j) => (maxDifference = Math.max(maxDifference, Math.abs(p - additive[i][j])))),
  );
  const kind = request.causal && k > 0 ? 'causal+padding' : request.causal ? 'causal' : 'padding';
  const maskWords =
    kind === 'causal'
      ? t('apply.mask.causal')
      : kind === 'padding'
        ? t('apply.mask.padding', { k })
        : t('apply.mask.both', { k: String(k) });
  const why = t('apply.mask.why');
  const show = (x: number) => formatScalar(x, 3);
  const sections: Section[] = [];
  if (n <= 6)
    sections.push({
      body: matrixBlock(
        [
          { label: t('apply.mask.scores'), m: S },
          { label: t('apply.mask.mask'), m: makeMatrix(mask.map((r) => r.map((x) => Rational.int(x)))) },
        ],
        [''],
      ),
    });
  sections.push(
    {
      heading: t('apply.mask.convention1'),
      body:
        t('apply.mask.rowSums', { sums: rowSums.map(show).join(', ') }) +
        '\n' +
        (n <= 6 ? fence([t('apply.mask.eachRow'), ...aligned(renormalised, show)].join('\n')) : ''),
    },
    {
      heading: t('apply.mask.convention2'),
      body: t('apply.mask.same', { difference: maxDifference === 0 ? '0' : formatScalar(maxDifference, 2) }),
    },
    { heading: t('apply.why'), body: why },
    { body: t('apply.mask.note', { builtIn: builtIn ? 'yes' : 'no', exact: S.exact ? 'yes' : 'no' }) },
  );
  const data: MaskData = {
    application: 'mask',
    builtIn,
    exact: false,
    why,
    kind,
    ...(k > 0 ? { padding: k } : {}),
    ...(tokens ? { tokens } : {}),
    scores: matrixJSON(S),
    mask,
    probabilities,
    multiplied,
    rowSums,
    renormalised,
    additive,
    maxDifference: cleanFloat(maxDifference),
  };
  data.latex = latexBlocks([
    `S = ${latexMatrix(data.scores)}, \\quad M = ${latexMatrix(mask)}`,
    `\\operatorname{softmax}(S) \\circ M = ${latexMatrix(multiplied)}`,
    `\\operatorname{diag}\\big((\\operatorname{softmax}(S) \\circ M)\\mathbf{1}\\big)^{-1} \\big(\\operatorname{softmax}(S) \\circ M\\big) = \\operatorname{softmax}\\big(S + (-\\infty)(J - M)\\big) = ${latexMatrix(additive)}`,
  ]);
  return {
    title: t('apply.mask.title'),
    summary: t('apply.mask.summary', { mask: maskWords, sums: rowSums.map(show).join(', ') }),
    sections,
    data,
  };
}
