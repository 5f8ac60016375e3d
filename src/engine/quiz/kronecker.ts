/**
 * Topic `kronecker`: where (A∘B)ᵢⱼ sits inside A⊗B. For m×n A and B, entry (r, c) of A⊗B (1-based) is
 * a_{⌈r/m⌉,⌈c/n⌉}·b_{(r−1) mod m + 1, (c−1) mod n + 1}, so aᵢⱼbᵢⱼ is at row (i−1)·m+i, column (j−1)·n+j. The right
 * place is read from the relate verb's answer; the wrong ones are the usual slips with the formula, and each one's
 * feedback says which product really sits there.
 */
import { subscript } from '../format.js';
import { t } from '../i18n/index.js';
import { shuffledChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import { factor, randomRows, rowsBlock, rowsText } from './matrices.js';
import type { MisconceptionId } from './misconceptions.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';

function shape(rng: Rng, level: QuizLevel): [number, number] {
  if (level === 'easy') return [2, 2];
  if (level === 'medium')
    return rng.pick([
      [3, 3],
      [2, 3],
      [3, 2],
    ] as [number, number][]);
  return rng.pick([
    [3, 3],
    [3, 4],
    [4, 3],
    [4, 4],
  ] as [number, number][]);
}

const place = (r: number, c: number): string => t('quiz.kron.place', { r: String(r), c: String(c) });

export function kroneckerQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const [m, n] = shape(rng, level);
  const A = randomRows(rng, m, n, level, true);
  const B = randomRows(rng, m, n, level, true);
  // Not (1,1): there every formula agrees and no mistake shows.
  let i: number;
  let j: number;
  do {
    i = rng.int(1, m);
    j = rng.int(1, n);
  } while (i === 1 && j === 1);
  const worked = `relate ${rowsText(A)} ${rowsText(B)}`;
  const d = runWorked('relate', worked);
  if (!d.kronecker.equal) throw new Error(`quiz: the engine says A∘B is not inside A⊗B: ${worked}`);
  const row = d.kronecker.rows[i - 1] + 1;
  const col = d.kronecker.cols[j - 1] + 1;
  const idx = subscript(i, j);
  const value = A[i - 1][j - 1].mul(B[i - 1][j - 1]);

  /** What sits at (r, c) of A⊗B (1-based), in words with numbers. */
  const holds = (r: number, c: number): string => {
    const [p, q] = [Math.ceil(r / m), Math.ceil(c / n)];
    const [k, l] = [((r - 1) % m) + 1, ((c - 1) % n) + 1];
    const a = A[p - 1][q - 1];
    const b = B[k - 1][l - 1];
    return `a${subscript(p, q)}·b${subscript(k, l)} = ${factor(a)}·${factor(b)} = ${a.mul(b)}`;
  };
  const target = `a${idx}b${idx} = ${value}`;
  const right: Option = {
    label: place(row, col),
    feedback: t('quiz.kron.right', {
      rowSum: `${i - 1}·${m}+${i}`,
      row: String(row),
      colSum: `${j - 1}·${n}+${j}`,
      col: String(col),
      block: `(${i},${j})`,
      idx,
      holds: holds(row, col),
    }),
  };
  const mistakes: Option[] = [];
  const add = (r: number, c: number, why: string, misconception: MisconceptionId): void => {
    if (r < 1 || c < 1 || r > m * m || c > n * n) return;
    mistakes.push({
      misconception,
      label: place(r, c),
      feedback: t('quiz.kron.wrong', {
        place: `${place(r, c)[0].toUpperCase()}${place(r, c).slice(1)}`,
        holds: holds(r, c),
        target,
        why,
      }),
    });
  };
  add(i * m + i, j * n + j, t('quiz.kron.zeroBased'), 'kronecker.zero-based');
  add((i - 1) * m + j, (j - 1) * n + i, t('quiz.kron.transposedInBlock'), 'kronecker.transposed-in-block');
  add(i * m + j, j * n + i, t('quiz.kron.blockStart'), 'kronecker.block-start');
  add(i, j, t('quiz.kron.topLeft'), 'kronecker.top-left-block');
  if (m !== n) add((i - 1) * n + i, (j - 1) * m + j, t('quiz.kron.mnMixed'), 'kronecker.m-n-mixed');
  if (i !== j || m !== n) add(col, row, t('quiz.kron.swapped'), 'kronecker.row-column-swapped');
  add((i - 1) * m + i - 1, (j - 1) * n + j - 1, t('quiz.kron.tooEarly'), 'kronecker.off-by-one');
  add((i - 1) * m + i + 1, (j - 1) * n + j + 1, t('quiz.kron.tooFar'), 'kronecker.off-by-one');
  add(row, j, t('quiz.kron.rowOnly', { i: String(i), j: String(j), col: String(col) }), 'kronecker.half-moved');
  add(i, col, t('quiz.kron.columnOnly', { i: String(i), j: String(j), row: String(row) }), 'kronecker.half-moved');
  add((i - 1) * m + 1, (j - 1) * n + 1, t('quiz.kron.blockFirst', { block: `(${i},${j})` }), 'kronecker.block-corner');
  add(i * m, j * n, t('quiz.kron.blockLast', { block: `(${i},${j})` }), 'kronecker.block-corner');

  const assembled = shuffledChoices(rng, right, mistakes, level === 'hard' ? 5 : 4);
  const question = [
    t('quiz.kron.heading'),
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    t('quiz.kron.ask', { shape: `${m}×${n}`, big: `${m * m}×${n * n}`, idx }),
  ].join('\n');
  const explanation = [
    t('quiz.kron.whySubmatrix', {
      rows: d.kronecker.rows.map((x) => x + 1).join(', '),
      cols: d.kronecker.cols.map((x) => x + 1).join(', '),
    }),
    t('quiz.kron.whyHere', {
      idx,
      place: place(row, col),
      block: `(${i},${j})`,
      fa: factor(A[i - 1][j - 1]),
      fb: factor(B[i - 1][j - 1]),
      value: value.toString(),
    }),
    t('quiz.kron.whyRule'),
  ].join(' ');
  return { question, ...assembled, explanation, worked };
}
