/**
 * Topic `trace`: tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, the Frobenius inner product. The value is the relate verb's; the
 * wrong ones are tr(AB) (the transpose forgotten), the diagonal of A∘B only, tr(A)·tr(B), the sum of all of AB,
 * (Σaᵢⱼ)(Σbᵢⱼ), and adding instead of multiplying.
 */
import { t } from '../i18n/index.js';
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
    feedback: t('quiz.trace.right', { value: value.toString() }),
  };
  const mistakes: Option[] = [];
  const square = m === n;
  const trOf = (M: Rows): Rational => sumOf(M.map((r, i) => r[i]));
  if (square) {
    const swapped = sumOf(A.flatMap((r, i) => r.map((x, j) => x.mul(B[j][i]))));
    mistakes.push({
      misconception: 'trace.dropped-transpose',
      label: swapped.toString(),
      feedback: t('quiz.trace.droppedTranspose', { value: swapped.toString() }),
    });
  }
  const diagonal = sumOf(A.slice(0, Math.min(m, n)).map((r, i) => r[i].mul(B[i][i])));
  mistakes.push({
    misconception: 'trace.diagonal-only',
    label: diagonal.toString(),
    feedback: t('quiz.trace.diagonalOnly', { value: diagonal.toString() }),
  });
  if (square) {
    const trA = trOf(A);
    const trB = trOf(B);
    mistakes.push({
      misconception: 'trace.product-of-traces',
      label: trA.mul(trB).toString(),
      feedback: t('quiz.trace.productOfTraces', {
        a: factor(trA),
        b: factor(trB),
        value: trA.mul(trB).toString(),
      }),
    });
    const all = sumOf(A.flatMap((r, i) => r.map((_, j) => sumOf(A[i].map((x, k) => x.mul(B[k][j]))))));
    mistakes.push({
      misconception: 'trace.sum-of-ab',
      label: all.toString(),
      feedback: t('quiz.trace.sumOfAB', { value: all.toString() }),
    });
  }
  const sumA = sumOf(A.flat());
  const sumB = sumOf(B.flat());
  mistakes.push({
    misconception: 'trace.product-of-sums',
    label: sumA.mul(sumB).toString(),
    feedback: t('quiz.trace.productOfSums', {
      a: factor(sumA),
      b: factor(sumB),
      value: sumA.mul(sumB).toString(),
    }),
  });
  mistakes.push({
    misconception: 'trace.added',
    label: sumA.add(sumB).toString(),
    feedback: t('quiz.trace.added', { value: sumA.add(sumB).toString() }),
  });
  if (!value.isZero())
    mistakes.push({
      misconception: 'trace.sign',
      label: value.neg().toString(),
      feedback: t('quiz.trace.sign', { sum: written, value: value.toString() }),
    });

  const assembled = shuffledChoices(rng, right, mistakes, level === 'hard' ? 5 : 4);
  const question = [
    t('quiz.trace.heading'),
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    square ? t('quiz.trace.ask') : t('quiz.trace.askShaped', { shape: `${m}×${n}`, square: `${n}×${n}` }),
  ].join('\n');
  const explanation = [`tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = ${written} = ${value}.`, t('quiz.trace.why')].join(' ');
  return { question, ...assembled, explanation, worked };
}
