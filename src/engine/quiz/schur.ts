/**
 * Topic `schur`: given A and B, is A∘B PSD, and does the Schur product theorem promise it? The four verdicts come
 * from the schur verb. When the hypothesis fails the product may or may not be PSD: both cases are drawn, and the
 * answer is what the engine finds. The wrong choices: a promise where there is none, luck where there is a theorem,
 * and the theorem read backwards (a non-PSD factor does not make A∘B non-PSD).
 */
import { inlineVector } from '../format.js';
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
    ? 'positive definite'
    : v === 'psd'
      ? 'positive semidefinite (singular)'
      : v === 'not_psd'
        ? 'not PSD'
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
  const failingText = failing.join(' and ');
  const witness = (k: 'A' | 'B' | 'AB'): string => {
    const w = d.witnesses?.[k];
    const name = k === 'AB' ? '(A∘B)' : k;
    return w
      ? `x = ${inlineVector(w.x.map(entryRational))} gives xᵀ${name}x = ${entryRational(w.value)} < 0`
      : `${k === 'AB' ? 'A∘B' : k} is ${words(d.verdicts[k])}`;
  };
  const failingWhy = failing.map((k) => witness(k)).join('; ');
  const both = `A is ${words(d.verdicts.A)} and B is ${words(d.verdicts.B)}`;
  const product = `A∘B = ${rowsText(hadamardRows(A, B))} is ${words(d.verdicts.AB)}`;
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
      label: 'Yes, and the Schur product theorem guarantees it',
      misconception: traps[0],
      feedback: hyp
        ? `Right: ${both}, so the theorem promises A∘B ⪰ 0, and indeed ${product}.`
        : productPsd
          ? `A∘B is PSD here, but the theorem did not promise it: ${failingText} ${failing.length > 1 ? 'are' : 'is'} not PSD (${failingWhy}).`
          : `The theorem needs both factors PSD, and ${failingText} ${failing.length > 1 ? 'are' : 'is'} not (${failingWhy}); here A∘B is not PSD at all.`,
    },
    {
      label: 'Yes, but the theorem does not guarantee it here',
      misconception: traps[1],
      feedback: hyp
        ? `It does guarantee it: ${both}, which is exactly the theorem's hypothesis.`
        : productPsd
          ? `Right: ${product}, but ${failingText} ${failing.length > 1 ? 'are' : 'is'} not PSD (${failingWhy}), so no theorem promised it.`
          : `A∘B is not PSD here: ${witness('AB')}.`,
    },
    {
      label: 'No, A∘B is not PSD',
      misconception: traps[2],
      feedback: hyp
        ? `It must be PSD: ${both}, so Schur's theorem applies, and ${product}.`
        : productPsd
          ? `It is PSD here, though nothing promised it: ${product}.`
          : `Right: ${witness('AB')}; the theorem promised nothing, since ${failingText} ${failing.length > 1 ? 'are' : 'is'} not PSD.`,
    },
    {
      label: 'No: A or B is not PSD, so A∘B cannot be PSD',
      misconception: traps[3],
      feedback: hyp
        ? `Both are PSD here (${both}), and then A∘B is PSD by Schur's theorem: ${product}.`
        : productPsd
          ? `The theorem does not work backwards: a factor that is not PSD leaves A∘B free to be PSD, and here ${product}.`
          : `A∘B is indeed not PSD, but not because of the theorem, which says nothing when a factor is not PSD: ${witness('AB')}.`,
    },
  ];
  const assembled = listedChoices(all, right);
  const question = [
    '**Schur product theorem.**',
    rowsBlock([
      { label: 'A', rows: A },
      { label: 'B', rows: B },
    ]),
    'Is **A∘B** positive semidefinite, and does the Schur product theorem promise it?',
  ].join('\n');
  const explanation = hyp
    ? `${both[0].toUpperCase()}${both.slice(1)}, so the Schur product theorem applies: A∘B is positive semidefinite${d.strongHypothesis ? ', even definite, since both are definite' : ''}. The engine confirms it exactly: ${product}. The ordinary product AB is ${d.verdicts.ordinaryAB === 'not_symmetric' ? 'not even symmetric' : words(d.verdicts.ordinaryAB)}: only the entrywise product keeps PSD.`
    : `${failingText} ${failing.length > 1 ? 'are' : 'is'} not PSD (${failingWhy}), so the theorem's hypothesis fails and it promises nothing. Then A∘B may or may not be PSD; here ${productPsd ? product : `it is not: ${witness('AB')}`}.`;
  return { question, ...assembled, explanation, worked };
}
