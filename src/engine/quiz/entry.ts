/**
 * Topic `entry`: one entry of A∘B. The right value is read from the product verb's answer; the wrong ones are the
 * mistakes students make with it: the ordinary product's entry, the transposed pairing aᵢⱼ·bⱼᵢ, adding instead of
 * multiplying, the mirrored position, BA, a dropped sign, dividing fractions.
 */
import { subscript } from '../format.js';
import { shuffledChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import {
  entryName,
  entryRational,
  factor,
  productSum,
  randomRows,
  rowsBlock,
  rowsText,
  sideFor,
  sumOf,
} from './matrices.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';

export function entryQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const rows = sideFor(rng, level);
  const cols = level === 'easy' ? 2 : rng.chance(0.75) ? rows : rng.pick([2, 3, 4].filter((c) => c !== rows));
  const A = randomRows(rng, rows, cols, level, true);
  const B = randomRows(rng, rows, cols, level, true);
  // An off-diagonal entry (when there is one both ways), so the transposed pairing is a different number.
  const i = rng.int(0, rows - 1);
  const others = Array.from({ length: cols }, (_, j) => j).filter((j) => j !== i && j < rows && i < cols);
  const j = others.length ? rng.pick(others) : rng.int(0, cols - 1);
  const worked = `${rowsText(A)} ${rowsText(B)}`;
  const data = runWorked('product', worked);
  const value = entryRational(data.product[i][j]);
  const a = A[i][j];
  const b = B[i][j];
  const idx = subscript(i + 1, j + 1);
  const aij = entryName('A', i, j);
  const bij = entryName('B', i, j);
  const right: Option = {
    label: value.toString(),
    feedback: `Right: (A∘B)${idx} = ${aij}·${bij} = ${factor(a)}·${factor(b)} = ${value}, the two entries in the same place multiplied.`,
  };

  const mistakes: Option[] = [];
  const square = rows === cols;
  if (square) {
    const terms = A[i].map((x, k) => [x, B[k][j]] as [typeof x, typeof x]);
    const ordinary = sumOf(terms.map(([x, y]) => x.mul(y)));
    mistakes.push({
      misconception: 'entry.ordinary-product',
      label: ordinary.toString(),
      feedback: `That is the ordinary product's entry (AB)${idx} = ${productSum(terms)} = ${ordinary}: row ${i + 1} of A times column ${j + 1} of B; the Hadamard product multiplies only ${aij} and ${bij}.`,
    });
  }
  if (j < rows && i < cols && i !== j) {
    const bji = B[j][i];
    mistakes.push({
      misconception: 'entry.transposed-pairing',
      label: a.mul(bji).toString(),
      feedback: `That is ${aij}·${entryName('B', j, i)} = ${factor(a)}·${factor(bji)} = ${a.mul(bji)}: the transpose slipped in; (A∘B)${idx} pairs ${aij} with ${bij}, same row, same column.`,
    });
  }
  mistakes.push({
    misconception: 'entry.added',
    label: a.add(b).toString(),
    feedback: `That is ${aij} + ${bij} = ${factor(a)} + ${factor(b)} = ${a.add(b)}: the Hadamard product multiplies the two entries, it does not add them.`,
  });
  if (j < rows && i < cols && i !== j) {
    const mirrored = A[j][i].mul(B[j][i]);
    mistakes.push({
      misconception: 'entry.mirrored-position',
      label: mirrored.toString(),
      feedback: `That is (A∘B)${subscript(j + 1, i + 1)} = ${factor(A[j][i])}·${factor(B[j][i])} = ${mirrored}: row and column swapped; (A∘B)${idx} is in row ${i + 1}, column ${j + 1}.`,
    });
  }
  if (square) {
    const terms = B[i].map((x, k) => [x, A[k][j]] as [typeof x, typeof x]);
    const ba = sumOf(terms.map(([x, y]) => x.mul(y)));
    mistakes.push({
      misconception: 'entry.reversed-product',
      label: ba.toString(),
      feedback: `That is (BA)${idx} = ${productSum(terms)} = ${ba}, an ordinary product (and in the other order); the Hadamard product is ${aij}·${bij}.`,
    });
  }
  if (!value.isZero())
    mistakes.push({
      misconception: 'entry.sign',
      label: value.neg().toString(),
      feedback: `The sign slipped: ${factor(a)}·${factor(b)} = ${value}, ${value.sign() > 0 ? 'positive' : 'negative'}.`,
    });
  if (!b.isZero() && (!a.isInteger() || !b.isInteger()))
    mistakes.push({
      misconception: 'entry.divided',
      label: a.div(b).toString(),
      feedback: `That is ${aij} ÷ ${bij} = ${a.div(b)}: fractions multiply numerator by numerator and denominator by denominator, ${factor(a)}·${factor(b)} = ${value}.`,
    });
  mistakes.push({
    misconception: 'entry.extra-factor',
    label: value.mul(a.sign() === 0 ? b : a).toString(),
    feedback: `That multiplies by ${factor(a.sign() === 0 ? b : a)} once too often: (A∘B)${idx} = ${aij}·${bij} = ${value}.`,
  });

  const count = level === 'hard' ? 5 : 4;
  const assembled = shuffledChoices(rng, right, mistakes, count);
  const question = [
    '**Entry of a Hadamard product.**',
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    `What is **(A∘B)${idx}**, the entry in row ${i + 1}, column ${j + 1} of A∘B?`,
  ].join('\n');
  const explanation = [
    `(A∘B)${idx} = ${aij}·${bij} = ${factor(a)}·${factor(b)} = ${value}.`,
    'The Hadamard product multiplies the two entries in the same place and nothing else: no row meets a column, nothing is summed.',
    square
      ? `The ordinary product would combine row ${i + 1} of A with column ${j + 1} of B instead.`
      : `(The ordinary product AB is not even defined for two ${rows}×${cols} matrices.)`,
    `All of it: A∘B = ${rowsText(data.product.map((r) => r.map(entryRational)))}.`,
  ].join(' ');
  return { question, ...assembled, explanation, worked };
}
