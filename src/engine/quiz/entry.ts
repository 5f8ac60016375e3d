/**
 * Topic `entry`: one entry of A∘B. The right value is read from the product verb's answer; the wrong ones are the
 * mistakes students make with it: the ordinary product's entry, the transposed pairing aᵢⱼ·bⱼᵢ, adding instead of
 * multiplying, the mirrored position, BA, a dropped sign, dividing fractions.
 */
import { subscript } from '../format.js';
import { t } from '../i18n/index.js';
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
    feedback: t('quiz.entry.right', { idx, aij, bij, fa: factor(a), fb: factor(b), value: value.toString() }),
  };

  const mistakes: Option[] = [];
  const square = rows === cols;
  if (square) {
    const terms = A[i].map((x, k) => [x, B[k][j]] as [typeof x, typeof x]);
    const ordinary = sumOf(terms.map(([x, y]) => x.mul(y)));
    mistakes.push({
      misconception: 'entry.ordinary-product',
      label: ordinary.toString(),
      feedback: t('quiz.entry.ordinary', {
        idx,
        sum: productSum(terms),
        value: ordinary.toString(),
        i: String(i + 1),
        j: String(j + 1),
        aij,
        bij,
      }),
    });
  }
  if (j < rows && i < cols && i !== j) {
    const bji = B[j][i];
    mistakes.push({
      misconception: 'entry.transposed-pairing',
      label: a.mul(bji).toString(),
      feedback: t('quiz.entry.transposed', {
        aij,
        bji: entryName('B', j, i),
        fa: factor(a),
        fb: factor(bji),
        value: a.mul(bji).toString(),
        idx,
        bij,
      }),
    });
  }
  mistakes.push({
    misconception: 'entry.added',
    label: a.add(b).toString(),
    feedback: t('quiz.entry.added', { aij, bij, fa: factor(a), fb: factor(b), value: a.add(b).toString() }),
  });
  if (j < rows && i < cols && i !== j) {
    const mirrored = A[j][i].mul(B[j][i]);
    mistakes.push({
      misconception: 'entry.mirrored-position',
      label: mirrored.toString(),
      feedback: t('quiz.entry.mirrored', {
        jdx: subscript(j + 1, i + 1),
        fa: factor(A[j][i]),
        fb: factor(B[j][i]),
        value: mirrored.toString(),
        idx,
        i: String(i + 1),
        j: String(j + 1),
      }),
    });
  }
  if (square) {
    const terms = B[i].map((x, k) => [x, A[k][j]] as [typeof x, typeof x]);
    const ba = sumOf(terms.map(([x, y]) => x.mul(y)));
    mistakes.push({
      misconception: 'entry.reversed-product',
      label: ba.toString(),
      feedback: t('quiz.entry.reversed', { idx, sum: productSum(terms), value: ba.toString(), aij, bij }),
    });
  }
  if (!value.isZero())
    mistakes.push({
      misconception: 'entry.sign',
      label: value.neg().toString(),
      feedback: t(value.sign() > 0 ? 'quiz.entry.signPositive' : 'quiz.entry.signNegative', {
        fa: factor(a),
        fb: factor(b),
        value: value.toString(),
      }),
    });
  if (!b.isZero() && (!a.isInteger() || !b.isInteger()))
    mistakes.push({
      misconception: 'entry.divided',
      label: a.div(b).toString(),
      feedback: t('quiz.entry.divided', {
        aij,
        bij,
        quotient: a.div(b).toString(),
        fa: factor(a),
        fb: factor(b),
        value: value.toString(),
      }),
    });
  mistakes.push({
    misconception: 'entry.extra-factor',
    label: value.mul(a.sign() === 0 ? b : a).toString(),
    feedback: t('quiz.entry.extra', { f: factor(a.sign() === 0 ? b : a), idx, aij, bij, value: value.toString() }),
  });

  const count = level === 'hard' ? 5 : 4;
  const assembled = shuffledChoices(rng, right, mistakes, count);
  const question = [
    t('quiz.entry.heading'),
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    t('quiz.entry.ask', { idx, i: String(i + 1), j: String(j + 1) }),
  ].join('\n');
  const explanation = [
    `(A∘B)${idx} = ${aij}·${bij} = ${factor(a)}·${factor(b)} = ${value}.`,
    t('quiz.entry.why'),
    square
      ? t('quiz.entry.whySquare', { i: String(i + 1), j: String(j + 1) })
      : t('quiz.entry.whyNotSquare', { shape: `${rows}×${cols}` }),
    t('quiz.entry.whyAll', { matrix: rowsText(data.product.map((r) => r.map(entryRational))) }),
  ].join(' ');
  return { question, ...assembled, explanation, worked };
}
