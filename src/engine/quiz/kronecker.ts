/**
 * Topic `kronecker`: where (A∘B)ᵢⱼ sits inside A⊗B. For m×n A and B, entry (r, c) of A⊗B (1-based) is
 * a_{⌈r/m⌉,⌈c/n⌉}·b_{(r−1) mod m + 1, (c−1) mod n + 1}, so aᵢⱼbᵢⱼ is at row (i−1)·m+i, column (j−1)·n+j. The right
 * place is read from the relate verb's answer; the wrong ones are the usual slips with the formula, and each one's
 * feedback says which product really sits there.
 */
import { subscript } from '../format.js';
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

const place = (r: number, c: number): string => `row ${r}, column ${c}`;

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
    feedback: `Right: row (i−1)·m+i = ${i - 1}·${m}+${i} = ${row} and column (j−1)·n+j = ${j - 1}·${n}+${j} = ${col}: block (${i},${j}) is a${idx}·B, and inside it position (${i},${j}) holds ${holds(row, col)}.`,
  };
  const mistakes: Option[] = [];
  const add = (r: number, c: number, why: string, misconception: MisconceptionId): void => {
    if (r < 1 || c < 1 || r > m * m || c > n * n) return;
    mistakes.push({
      misconception,
      label: place(r, c),
      feedback: `${place(r, c)[0].toUpperCase()}${place(r, c).slice(1)} holds ${holds(r, c)}, not ${target}: ${why}.`,
    });
  };
  add(
    i * m + i,
    j * n + j,
    `that is i·m+i and j·n+j, the 0-based formula used with 1-based i and j (one block too far)`,
    'kronecker.zero-based',
  );
  add(
    (i - 1) * m + j,
    (j - 1) * n + i,
    'the transpose slipped in: inside the block the position is (i, j) again, not (j, i)',
    'kronecker.transposed-in-block',
  );
  add(
    i * m + j,
    j * n + i,
    'that is i·m+j: block i starts after row (i−1)·m, and the row within it is i',
    'kronecker.block-start',
  );
  add(i, j, 'that is the top-left block a₁₁·B; (A∘B)ᵢⱼ is in block (i, j)', 'kronecker.top-left-block');
  if (m !== n)
    add(
      (i - 1) * n + i,
      (j - 1) * m + j,
      'm and n are mixed up: rows step by m (the rows of B), columns by n',
      'kronecker.m-n-mixed',
    );
  if (i !== j || m !== n) add(col, row, 'row and column are swapped', 'kronecker.row-column-swapped');
  add(
    (i - 1) * m + i - 1,
    (j - 1) * n + j - 1,
    'one place too early inside the block: the row is (i−1)·m + i, not (i−1)·m + i − 1',
    'kronecker.off-by-one',
  );
  add(
    (i - 1) * m + i + 1,
    (j - 1) * n + j + 1,
    'one place too far inside the block: the row is (i−1)·m + i',
    'kronecker.off-by-one',
  );
  add(
    row,
    j,
    `only the row moved to block ${i}; the column moves to block ${j} too: (j−1)·n+j = ${col}`,
    'kronecker.half-moved',
  );
  add(
    i,
    col,
    `only the column moved to block ${j}; the row moves to block ${i} too: (i−1)·m+i = ${row}`,
    'kronecker.half-moved',
  );
  add(
    (i - 1) * m + 1,
    (j - 1) * n + 1,
    `that is the first entry of block (${i},${j}); inside the block, (A∘B)ᵢⱼ is at position (i, j)`,
    'kronecker.block-corner',
  );
  add(
    i * m,
    j * n,
    `that is the last entry of block (${i},${j}); inside the block, (A∘B)ᵢⱼ is at position (i, j)`,
    'kronecker.block-corner',
  );

  const assembled = shuffledChoices(rng, right, mistakes, level === 'hard' ? 5 : 4);
  const question = [
    '**Inside the Kronecker product.**',
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    `A and B are ${m}×${n}, so A⊗B is ${m * m}×${n * n}, made of blocks aᵢⱼ·B. In which row and column of A⊗B is **(A∘B)${idx} = a${idx}b${idx}**?`,
  ].join('\n');
  const explanation = [
    `A∘B is the submatrix of A⊗B at rows (i−1)·m+i and columns (j−1)·n+j: here rows ${d.kronecker.rows.map((x) => x + 1).join(', ')} and columns ${d.kronecker.cols.map((x) => x + 1).join(', ')}.`,
    `So (A∘B)${idx} is at ${place(row, col)}: block (${i},${j}) of A⊗B is a${idx}·B, and inside it position (${i},${j}) is a${idx}·b${idx} = ${factor(A[i - 1][j - 1])}·${factor(B[i - 1][j - 1])} = ${value}.`,
    'From block (i, j) the submatrix keeps position (i, j): the same place inside the block as the block has in A⊗B.',
  ].join(' ');
  return { question, ...assembled, explanation, worked };
}
