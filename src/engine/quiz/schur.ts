/**
 * Topic `schur`: given A and B, is A∘B PSD, and does the Schur product theorem promise it? The four verdicts come
 * from the schur verb. When the hypothesis fails the product may or may not be PSD: both cases are drawn, and the
 * answer is what the engine finds. The wrong choices: a promise where there is none, luck where there is a theorem,
 * and the theorem read backwards (a non-PSD factor does not make A∘B non-PSD).
 */
import { inlineVector } from '../format.js';
import { t } from '../i18n/index.js';
import type { PsdVerdict, SchurData } from '../data.js';
import { Rational } from '../numbers/rational.js';
import { isPsd, psdVerdict } from '../theorems/psd-verdict.js';
import { listedChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import {
  R,
  entryRational,
  ldlt,
  matrixOf,
  positivePivot,
  rowsBlock,
  rowsText,
  sideFor,
  symmetricFrom,
  type Rows,
} from './matrices.js';
import type { MisconceptionId } from './misconceptions.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';

type Case = 'guaranteed' | 'lucky' | 'fails';

function psdRows(rng: Rng, level: QuizLevel, n: number): Rows {
  // Mostly definite, now and then singular (the theorem needs only semidefinite).
  const singular = rng.chance(0.25);
  return ldlt(
    rng,
    level,
    Array.from({ length: n }, (_, k) => (singular && k === n - 1 ? Rational.ZERO : positivePivot(rng, level))),
  );
}

/** Symmetric and not PSD: one negative pivot, or a positive diagonal with a large off-diagonal pair. */
function notPsdRows(rng: Rng, level: QuizLevel, n: number): Rows {
  if (rng.chance(0.5)) {
    const neg = rng.int(0, n - 1);
    return ldlt(
      rng,
      level,
      Array.from({ length: n }, (_, k) => (k === neg ? positivePivot(rng, level).neg() : positivePivot(rng, level))),
    );
  }
  const diag = Array.from({ length: n }, () => R(rng.int(1, 3)));
  return symmetricFrom(diag, () => R(rng.pick([-1, 1]) * rng.int(2, 5)));
}

const verdictOf = (rows: Rows): PsdVerdict => psdVerdict(matrixOf(rows)).verdict;

function hadamardRows(a: Rows, b: Rows): Rows {
  return a.map((r, i) => r.map((x, j) => x.mul(b[i][j])));
}

/** A and B drawn for the case; the engine's verdicts decide the answer whatever was aimed at. */
function draw(rng: Rng, level: QuizLevel, c: Case, n: number): [Rows, Rows] {
  if (c === 'guaranteed') return [psdRows(rng, level, n), psdRows(rng, level, n)];
  let last: [Rows, Rows] | null = null;
  for (let tries = 0; tries < 30; tries++) {
    const which = rng.pick(['A', 'B', 'B', 'both'] as const);
    const A = which === 'B' ? psdRows(rng, level, n) : notPsdRows(rng, level, n);
    // A lucky product often comes from a PSD factor with small off-diagonal entries: a diagonal one makes A∘B
    // diagonal, positive where the other's diagonal is.
    const B =
      which === 'A'
        ? c === 'lucky' && rng.chance(0.5)
          ? symmetricFrom(
              Array.from({ length: n }, () => positivePivot(rng, level)),
              () => Rational.ZERO,
            )
          : psdRows(rng, level, n)
        : notPsdRows(rng, level, n);
    last = [A, B];
    const productPsd = isPsd(verdictOf(hadamardRows(A, B)));
    if ((c === 'lucky') === productPsd) return rng.chance(0.5) ? [A, B] : [B, A];
  }
  return last!;
}

const words = (v: PsdVerdict | null): string =>
  v === 'pd'
    ? t('verdict.pd')
    : v === 'psd'
      ? t('verdict.psdSingular')
      : v === 'not_psd'
        ? t('quiz.schur.notPsd')
        : String(v);

export function schurQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const n = level === 'hard' ? rng.pick([3, 3, 4]) : sideFor(rng, level);
  const c = rng.pick(['guaranteed', 'guaranteed', 'lucky', 'fails'] as const);
  const [A, B] = draw(rng, level, c, n);
  const worked = `schur ${rowsText(A)} ${rowsText(B)}`;
  const d: SchurData = runWorked('schur', worked);
  const hyp = d.hypothesis;
  const productPsd = isPsd(d.verdicts.AB);
  if (hyp && !productPsd) throw new Error(`quiz: the engine contradicts the Schur product theorem: ${worked}`);
  const failing = (['A', 'B'] as const).filter((k) => !isPsd(d.verdicts[k]));
  // Who is not PSD ("A", "A and B") and how many, for the messages' plurals.
  const failingText = failing.length > 1 ? t('schurFig.both', { first: 'A', second: 'B' }) : (failing[0] ?? '');
  const nFailing = failing.length;
  const witness = (k: 'A' | 'B' | 'AB'): string => {
    const w = d.witnesses?.[k];
    const name = k === 'AB' ? '(A∘B)' : k;
    return w
      ? t('quiz.witness', { x: inlineVector(w.x.map(entryRational)), name, value: entryRational(w.value).toString() })
      : t('schurFig.isVerdict', { name: k === 'AB' ? 'A∘B' : k, verdict: words(d.verdicts[k]) });
  };
  const failingWhy = failing.map((k) => witness(k)).join('; ');
  const both = t('quiz.schur.both', { a: words(d.verdicts.A), b: words(d.verdicts.B) });
  const product = t('quiz.schur.product', { matrix: rowsText(hadamardRows(A, B)), verdict: words(d.verdicts.AB) });
  const who = { n: nFailing, who: failingText, why: failingWhy };
  const right = hyp ? 0 : productPsd ? 1 : 2;
  // What picking each wrong choice shows, in this case.
  const traps: [MisconceptionId, MisconceptionId, MisconceptionId, MisconceptionId] = hyp
    ? ['schur.hypothesis-missed', 'schur.hypothesis-missed', 'schur.theorem-doubted', 'schur.factor-misjudged']
    : [
        'schur.promise-without-hypothesis',
        'schur.product-misjudged',
        'schur.product-misjudged',
        'schur.theorem-backwards',
      ];

  const all: Option[] = [
    {
      label: t('quiz.schur.choiceGuaranteed'),
      misconception: traps[0],
      feedback: hyp
        ? t('quiz.schur.fbGuaranteedRight', { both, product })
        : productPsd
          ? t('quiz.schur.fbGuaranteedLucky', who)
          : t('quiz.schur.fbGuaranteedFails', who),
    },
    {
      label: t('quiz.schur.choiceLucky'),
      misconception: traps[1],
      feedback: hyp
        ? t('quiz.schur.fbLuckyHyp', { both })
        : productPsd
          ? t('quiz.schur.fbLuckyRight', { product, ...who })
          : t('quiz.schur.fbLuckyFails', { witness: witness('AB') }),
    },
    {
      label: t('quiz.schur.choiceNo'),
      misconception: traps[2],
      feedback: hyp
        ? t('quiz.schur.fbNoHyp', { both, product })
        : productPsd
          ? t('quiz.schur.fbNoLucky', { product })
          : t('quiz.schur.fbNoRight', { witness: witness('AB'), n: nFailing, who: failingText }),
    },
    {
      label: t('quiz.schur.choiceBackwards'),
      misconception: traps[3],
      feedback: hyp
        ? t('quiz.schur.fbBackwardsHyp', { both, product })
        : productPsd
          ? t('quiz.schur.fbBackwardsLucky', { product })
          : t('quiz.schur.fbBackwardsFails', { witness: witness('AB') }),
    },
  ];
  const assembled = listedChoices(all, right);
  const question = [
    t('quiz.schur.heading'),
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    t('quiz.schur.ask'),
  ].join('\n');
  const ordinary =
    d.verdicts.ordinaryAB === 'not_symmetric' ? t('quiz.schur.notEvenSymmetric') : words(d.verdicts.ordinaryAB);
  const explanation = hyp
    ? t(d.strongHypothesis ? 'quiz.schur.whyStrong' : 'quiz.schur.why', {
        both: `${both[0].toUpperCase()}${both.slice(1)}`,
        product,
        ordinary,
      })
    : t('quiz.schur.whyFails', {
        ...who,
        here: productPsd ? product : t('quiz.schur.itIsNot', { witness: witness('AB') }),
      });
  return { question, ...assembled, explanation, worked };
}
