/**
 * Topic `trace`: tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, the Frobenius inner product. The value is the relate verb's; the
 * wrong ones are tr(AB) (the transpose forgotten), the diagonal of A∘B only, tr(A)·tr(B), the sum of all of AB,
 * (Σaᵢⱼ)(Σbᵢⱼ), and adding instead of multiplying.
 */
import { shuffledChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import {
  entryRational,
  factor,
  productSum,
  randomRows,
  rowsBlock,
  rowsText,
  sideFor,
  sumOf,
  type Rows,
} from './matrices.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';
import type { Rational } from '../numbers/rational.js';

export function traceQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const m = sideFor(rng, level);
  // The identity holds for any shape: from medium on, now and then a rectangular pair.
  const n = level !== 'easy' && rng.chance(0.25) ? (m === 2 ? 3 : m - 1) : m;
  const A = randomRows(rng, m, n, level, true);
  const B = randomRows(rng, m, n, level, true);
  const worked = `relate ${rowsText(A)} ${rowsText(B)}`;
  const d = runWorked('relate', worked);
  if (!d.traceIdentity.equal) throw new Error(`quiz: the engine says the trace identity fails: ${worked}`);
  const value = entryRational(d.traceIdentity.trAtB);
  const pairs = A.flatMap((r, i) => r.map((x, j) => [x, B[i][j]] as [Rational, Rational]));
  const written = productSum(pairs);
  const right: Option = {
    label: value.toString(),
    feedback: `Right: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = ${value}, the sum of every entry of A∘B.`,
  };
  const mistakes: Option[] = [];
  const square = m === n;
  const trOf = (M: Rows): Rational => sumOf(M.map((r, i) => r[i]));
  if (square) {
    const swapped = sumOf(A.flatMap((r, i) => r.map((x, j) => x.mul(B[j][i]))));
    mistakes.push({
      misconception: 'trace.dropped-transpose',
      label: swapped.toString(),
      feedback: `That is tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = ${swapped}: the transpose was dropped, so row i of A met column i of B instead of column i of A.`,
    });
  }
  const diagonal = sumOf(A.slice(0, Math.min(m, n)).map((r, i) => r[i].mul(B[i][i])));
  mistakes.push({
    misconception: 'trace.diagonal-only',
    label: diagonal.toString(),
    feedback: `That is only the diagonal of A∘B, Σᵢ aᵢᵢbᵢᵢ = ${diagonal}; tr(AᵀB) adds up every entry of A∘B, off the diagonal too.`,
  });
  if (square) {
    const trA = trOf(A);
    const trB = trOf(B);
    mistakes.push({
      misconception: 'trace.product-of-traces',
      label: trA.mul(trB).toString(),
      feedback: `That is tr(A)·tr(B) = ${factor(trA)}·${factor(trB)} = ${trA.mul(trB)}: the trace of a product is not the product of the traces.`,
    });
    const all = sumOf(A.flatMap((r, i) => r.map((_, j) => sumOf(A[i].map((x, k) => x.mul(B[k][j]))))));
    mistakes.push({
      misconception: 'trace.sum-of-ab',
      label: all.toString(),
      feedback: `That is the sum of every entry of the ordinary product AB (= ${all}); tr(AᵀB) is the sum of every entry of A∘B.`,
    });
  }
  const sumA = sumOf(A.flat());
  const sumB = sumOf(B.flat());
  mistakes.push({
    misconception: 'trace.product-of-sums',
    label: sumA.mul(sumB).toString(),
    feedback: `That is (Σaᵢⱼ)·(Σbᵢⱼ) = ${factor(sumA)}·${factor(sumB)} = ${sumA.mul(sumB)}: it pairs every entry of A with every entry of B, not only the ones in the same place.`,
  });
  mistakes.push({
    misconception: 'trace.added',
    label: sumA.add(sumB).toString(),
    feedback: `That is Σ(aᵢⱼ + bᵢⱼ) = ${sumA.add(sumB)}: the entries in the same place are multiplied, then summed.`,
  });
  if (!value.isZero())
    mistakes.push({
      misconception: 'trace.sign',
      label: value.neg().toString(),
      feedback: `A sign slipped: Σᵢⱼ aᵢⱼbᵢⱼ = ${written} = ${value}.`,
    });

  const assembled = shuffledChoices(rng, right, mistakes, level === 'hard' ? 5 : 4);
  const question = [
    '**Trace identity.**',
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    `What is **tr(AᵀB)**${square ? '' : ` (A and B are ${m}×${n}, so AᵀB is ${n}×${n})`}?`,
  ].join('\n');
  const explanation = [
    `tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = ${written} = ${value}.`,
    'The diagonal entry j of AᵀB is column j of A dotted with column j of B, so the trace visits every position once: it is 1ᵀ(A∘B)1, the sum of all entries of the Hadamard product (the Frobenius inner product of A and B).',
    'No matrix product is needed.',
  ].join(' ');
  return { question, ...assembled, explanation, worked };
}
