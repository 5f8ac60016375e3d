/**
 * Topic `oppenheim`: for PSD A and B, det(A∘B) ≥ det(A)·∏bᵢᵢ and ≥ det(B)·∏aᵢᵢ. Two kinds of question: which bound
 * is larger (or are they equal), and does equality hold for one bound. Every number comes from the oppenheim verb's
 * exact determinants; the matrices are drawn so that equal bounds and equality (a diagonal factor, a multiple of J)
 * come up often enough to be learnt.
 */
import type { OppenheimData } from '../data.js';
import { t } from '../i18n/index.js';
import { Rational } from '../numbers/rational.js';
import { listedChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import {
  R,
  entryRational,
  ldlt,
  positivePivot,
  rowsBlock,
  rowsText,
  sideFor,
  symmetricFrom,
  type Rows,
} from './matrices.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';

/** A PSD matrix that is not diagonal (a diagonal factor is an equality case: those are drawn on purpose). */
function psdRows(rng: Rng, level: QuizLevel, n: number, singular = false): Rows {
  let rows: Rows;
  let tries = 0;
  do
    rows = ldlt(
      rng,
      level,
      Array.from({ length: n }, (_, k) => (singular && k === 0 ? Rational.ZERO : positivePivot(rng, level))),
    );
  while (rows.every((r, i) => r.every((x, j) => i === j || x.isZero())) && ++tries < 10);
  return rows;
}

function diagonalRows(rng: Rng, level: QuizLevel, n: number): Rows {
  return symmetricFrom(
    Array.from({ length: n }, () => positivePivot(rng, level)),
    () => Rational.ZERO,
  );
}

/** c·J: every entry c > 0 (PSD, rank 1): A∘(cJ) = cA, so det(A∘B) = det(A)·∏bᵢᵢ. */
function multipleOfJ(rng: Rng, level: QuizLevel, n: number): Rows {
  const c = level === 'easy' ? R(rng.int(1, 3)) : positivePivot(rng, level);
  return Array.from({ length: n }, () => Array.from({ length: n }, () => c));
}

/** "3·(2·5)": det times the diagonal product, written out (n ≤ 4, so the diagonal is short). */
function boundWritten(det: Rational, diag: Rational[]): string {
  const f = (x: Rational): string => (x.sign() < 0 || !x.isInteger() ? `(${x})` : x.toString());
  return `${f(det)}·${diag.length > 1 ? `(${diag.map(f).join('·')})` : f(diag[0])}`;
}

export function oppenheimQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const n = level === 'hard' ? rng.pick([3, 3, 4]) : sideFor(rng, level);
  const kind = rng.pick(['larger', 'equality'] as const);
  let A: Rows;
  let B: Rows;
  if (kind === 'larger') {
    const style = rng.pick(['random', 'random', 'random', 'random', 'random', 'random', 'same', 'diagonal'] as const);
    A = psdRows(rng, level, n);
    B =
      style === 'same'
        ? A.map((r) => [...r])
        : style === 'diagonal'
          ? diagonalRows(rng, level, n)
          : psdRows(rng, level, n);
    if (style === 'diagonal') A = diagonalRows(rng, level, n);
  } else {
    const style = rng.pick(['random', 'random', 'random', 'diagonalA', 'J', 'singular'] as const);
    A = style === 'diagonalA' ? diagonalRows(rng, level, n) : psdRows(rng, level, n, style === 'singular');
    B = style === 'J' ? multipleOfJ(rng, level, n) : psdRows(rng, level, n, style === 'singular' && rng.chance(0.5));
  }
  const worked = `oppenheim ${rowsText(A)} ${rowsText(B)}`;
  const d: OppenheimData = runWorked('oppenheim', worked);
  if (!d.applicable) throw new Error(`quiz: drawn PSD matrices judged not PSD: ${worked}`);
  if (d.holdsA === false || d.holdsB === false)
    throw new Error(`quiz: the engine contradicts Oppenheim's inequality: ${worked}`);
  const v = {
    detA: entryRational(d.detA),
    detB: entryRational(d.detB),
    detAB: entryRational(d.detAB),
    boundA: entryRational(d.boundA),
    boundB: entryRational(d.boundB),
  };
  const diagA = A.map((r, i) => r[i]);
  const diagB = B.map((r, i) => r[i]);
  const bA = 'det(A)·∏bᵢᵢ';
  const bB = 'det(B)·∏aᵢᵢ';
  const writtenA = `${bA} = ${boundWritten(v.detA, diagB)} = ${v.boundA}`;
  const writtenB = `${bB} = ${boundWritten(v.detB, diagA)} = ${v.boundB}`;
  const detAB = `det(A∘B) = ${v.detAB}`;
  const mats = rowsBlock([
    { label: 'A', rows: A },
    { label: 'B', rows: B },
  ]);

  if (kind === 'larger') {
    const cmp = v.boundA.cmp(v.boundB);
    const right = cmp > 0 ? 0 : cmp < 0 ? 1 : 2;
    const both = t('quiz.opp.both', { a: writtenA, b: writtenB });
    const all: Option[] = [
      {
        label: t('quiz.opp.choiceLarger', { bound: bA }),
        misconception: 'oppenheim.bounds-misjudged',
        feedback:
          right === 0
            ? t('quiz.opp.fbLargerRight', { written: writtenA, other: v.boundB.toString() })
            : right === 2
              ? t('quiz.opp.fbBoundsEqual', { both })
              : t('quiz.opp.fbPairingA', { both }),
      },
      {
        label: t('quiz.opp.choiceLarger', { bound: bB }),
        misconception: 'oppenheim.bounds-misjudged',
        feedback:
          right === 1
            ? t('quiz.opp.fbLargerRight', { written: writtenB, other: v.boundA.toString() })
            : right === 2
              ? t('quiz.opp.fbBoundsEqual', { both })
              : t('quiz.opp.fbPairingB', { both }),
      },
      {
        label: t('quiz.opp.choiceEqual'),
        misconception: 'oppenheim.bounds-misjudged',
        feedback: right === 2 ? t('quiz.opp.fbEqualRight', { both }) : t('quiz.opp.fbDiffer', { both }),
      },
      {
        label: t('quiz.opp.choiceNeither'),
        misconception: 'oppenheim.inequality-reversed',
        feedback: t('quiz.opp.fbNeither', { detAB }),
      },
    ];
    const question = [t('quiz.opp.heading'), mats, t('quiz.opp.askLarger', { bA, bB })].join('\n');
    const larger = right === 0 ? bA : right === 1 ? bB : '';
    const explanation = [
      t('quiz.opp.whyBounds', { a: writtenA, b: writtenB }),
      right === 2 ? t('quiz.opp.whyEqualBounds') : t('quiz.opp.whySharper', { bound: larger }),
      t('quiz.opp.whyBelow', { detAB }),
    ].join(' ');
    return { question, ...listedChoices(all, right), explanation, worked };
  }

  const strict = v.detAB.cmp(v.boundA) > 0;
  const right = strict ? 0 : 1;
  const diagonalA = A.every((r, i) => r.every((x, j) => i === j || x.isZero()));
  const jLike = B.every((r) => r.every((x) => x.equals(B[0][0])));
  const c = B[0][0].isInteger() ? B[0][0].toString() : `(${B[0][0]})`;
  const why = diagonalA
    ? t('quiz.opp.eqDiagonal')
    : jLike
      ? t('quiz.opp.eqJ', { c, power: POWER[n] })
      : v.detAB.isZero()
        ? t('quiz.opp.eqZero')
        : t('quiz.opp.eqCoincidence');
  const all: Option[] = [
    {
      label: t('quiz.opp.choiceStrict', { bound: bA }),
      misconception: 'oppenheim.equality-missed',
      feedback: strict
        ? t('quiz.opp.fbStrictRight', { detAB, written: writtenA })
        : t('quiz.opp.fbReached', { detAB, written: writtenA, why }),
    },
    {
      label: t('quiz.opp.choiceEquality', { bound: bA }),
      misconception: 'oppenheim.equality-assumed',
      feedback: strict
        ? t('quiz.opp.fbNoEquality', { detAB, written: writtenA })
        : t('quiz.opp.fbEqualityRight', { detAB, written: writtenA, why }),
    },
    {
      label: `det(A∘B) < ${bA}`,
      misconception: 'oppenheim.inequality-reversed',
      feedback: t('quiz.opp.fbBelow', { detAB, written: writtenA }),
    },
    {
      label: t('quiz.opp.choiceNotApply'),
      misconception: 'oppenheim.schur-forgotten',
      feedback: t('quiz.opp.fbNotApply', { detAB, bound: v.boundA.toString() }),
    },
  ];
  const question = [t('quiz.opp.heading'), mats, t('quiz.opp.askEquality', { bound: bA })].join('\n');
  const explanation = [
    t('quiz.opp.whyBounds', { a: detAB, b: writtenA }),
    strict ? t('quiz.opp.whyStrict', { by: v.detAB.sub(v.boundA).toString() }) : t('quiz.opp.whyEquality', { why }),
    t('quiz.opp.whyCases'),
  ].join(' ');
  return { question, ...listedChoices(all, right), explanation, worked };
}

const POWER = ['⁰', '¹', '²', '³', '⁴'];
