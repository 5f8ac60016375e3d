/**
 * Topic `property`: true or false, for a statement on given matrices. Whether it holds for these matrices is read
 * from the engine's answer (`props`, `relate` or the product with I); whether it holds for every matrix is the
 * theorem (commutativity, associativity, distributivity, the identity J, the transpose rule hold always; A∘I = A and
 * A∘B = AB only for diagonal matrices, A∘A = AA hardly ever). The traps: I is not the identity of ∘, J is.
 */
import { subscript } from '../format.js';
import { t } from '../i18n/index.js';
import { Rational } from '../numbers/rational.js';
import { listedChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import { entryName, entryRational, factor, randomRows, rowsBlock, rowsText, sideFor, type Rows } from './matrices.js';
import type { MisconceptionId } from './misconceptions.js';
import type { Rng } from './random.js';
import type { QuizLevel } from './topics.js';
import type { QuizBody } from './types.js';

type Kind =
  'commute' | 'identityJ' | 'identityI' | 'transpose' | 'ordinary' | 'distributive' | 'associative' | 'square';

interface Statement {
  /** The statement, in markdown. */
  text: string;
  /** A theorem: it holds for all matrices of the shape. */
  always: boolean;
  /** Whether it holds for these matrices: computed by the engine. */
  holds: boolean;
  worked: string;
  /** Why it holds in general (always), or why it holds here although not in general. */
  why: string;
  /** Where it fails here (when it does), with numbers. */
  failure: string;
  /** Why it is not true in general (not always). */
  notGeneral: string;
  mats: { label: string; rows: Rows }[];
}

const same = (x: (number | string)[][], y: (number | string)[][]): boolean =>
  x.every((r, i) => r.every((v, j) => entryRational(v).equals(entryRational(y[i][j]))));

/** The first position where two matrices differ, 0-based, or null. */
function firstDifference(x: (number | string)[][], y: (number | string)[][]): [number, number] | null {
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < x[i].length; j++) if (!entryRational(x[i][j]).equals(entryRational(y[i][j]))) return [i, j];
  return null;
}

function diagonalRows(rng: Rng, n: number, level: QuizLevel): Rows {
  const d = randomRows(rng, 1, n, level, true)[0];
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? d[i] : Rational.ZERO)));
}

function statement(kind: Kind, rng: Rng, level: QuizLevel): Statement {
  const n = sideFor(rng, level);
  // The algebraic rules hold for any shape: from medium on, some questions use a rectangular one.
  const cols = level !== 'easy' && rng.chance(0.3) ? (n === 2 ? 3 : n - 1) : n;
  const any = (): Rows => randomRows(rng, n, cols, level, true);
  switch (kind) {
    case 'commute':
    case 'identityJ':
    case 'transpose': {
      const A = any();
      const B = any();
      const worked = `props ${rowsText(A)} ${rowsText(B)}`;
      const d = runWorked('props', worked);
      // Exact matrices: every property is decided (true); null (undecided) cannot arise here.
      const holds = (kind === 'commute' ? d.commutative : kind === 'identityJ' ? d.identity : d.transpose) === true;
      const texts: Record<typeof kind, [string, string]> = {
        commute: ['**A∘B = B∘A**', t('quiz.prop.whyCommute')],
        identityJ: [t('quiz.prop.identityJ'), t('quiz.prop.whyIdentityJ')],
        transpose: ['**(A∘B)ᵀ = Aᵀ∘Bᵀ**', t('quiz.prop.whyTranspose')],
      };
      return {
        text: texts[kind][0],
        always: true,
        holds,
        worked,
        why: texts[kind][1],
        failure: '',
        notGeneral: '',
        mats: [
          { label: 'A', rows: A },
          { label: 'B', rows: B },
        ],
      };
    }
    case 'distributive':
    case 'associative': {
      const [A, B, C] = [any(), any(), any()];
      const worked = `props ${rowsText(A)} ${rowsText(B)} ${rowsText(C)}`;
      const d = runWorked('props', worked);
      const dist = kind === 'distributive';
      return {
        text: dist ? '**A∘(B+C) = A∘B + A∘C**' : '**(A∘B)∘C = A∘(B∘C)**',
        always: true,
        holds: (dist ? d.distributive : d.associative) === true,
        worked,
        why: dist ? t('quiz.prop.whyDistributive') : t('quiz.prop.whyAssociative'),
        failure: '',
        notGeneral: '',
        mats: [
          { label: 'A', rows: A },
          { label: 'B', rows: B },
          { label: 'C', rows: C },
        ],
      };
    }
    case 'identityI': {
      // Now and then a diagonal A: then A∘I = A does hold, for this A only.
      const A = rng.chance(0.3) ? diagonalRows(rng, n, level) : randomRows(rng, n, n, level, true);
      const worked = `${rowsText(A)} eye(${n})`;
      const d = runWorked('product', worked);
      const a = d.operands[0];
      const holds = same(d.product, a);
      const diff = firstDifference(d.product, a);
      return {
        text: t('quiz.prop.identityI'),
        always: false,
        holds,
        worked,
        why: t('quiz.prop.whyIdentityI'),
        failure: diff
          ? t('quiz.prop.failIdentityI', {
              aij: entryName('A', diff[0], diff[1]),
              a: factor(entryRational(a[diff[0]][diff[1]])),
              idx: subscript(diff[0] + 1, diff[1] + 1),
            })
          : '',
        notGeneral: t('quiz.prop.notGeneralIdentityI'),
        mats: [{ label: 'A', rows: A }],
      };
    }
    case 'ordinary':
    case 'square': {
      const sq = kind === 'square';
      // Now and then diagonal matrices: the one case where the two products agree.
      const diagonal = rng.chance(0.35);
      const A = diagonal ? diagonalRows(rng, n, level) : randomRows(rng, n, n, level, true);
      const B = sq ? A : diagonal ? diagonalRows(rng, n, level) : randomRows(rng, n, n, level, true);
      const worked = `relate ${rowsText(A)} ${rowsText(B)}`;
      const d = runWorked('relate', worked);
      const ordinary = d.diagonal.ordinary;
      if (!ordinary) throw new Error('quiz: relate gave no ordinary product for square matrices');
      const holds = same(d.product, ordinary);
      const diff = firstDifference(d.product, ordinary);
      const name = sq ? 'AA' : 'AB';
      const hadName = sq ? 'A∘A' : 'A∘B';
      return {
        text: sq ? t('quiz.prop.square') : t('quiz.prop.ordinary'),
        always: false,
        holds,
        worked,
        why: d.diagonal.applies
          ? sq
            ? t('quiz.prop.whyDiagonalSquare')
            : t('quiz.prop.whyDiagonalOrdinary')
          : t('quiz.prop.whyCoincidence'),
        failure: diff
          ? t('quiz.prop.failProduct', {
              had: hadName,
              name,
              idx: subscript(diff[0] + 1, diff[1] + 1),
              x: entryRational(d.product[diff[0]][diff[1]]).toString(),
              y: entryRational(ordinary[diff[0]][diff[1]]).toString(),
            })
          : '',
        notGeneral: t('quiz.prop.notGeneralProduct', { had: hadName, one: sq ? 'aᵢⱼ²' : 'aᵢⱼbᵢⱼ', name }),
        mats: sq
          ? [{ label: 'A', rows: A }]
          : [
              { label: 'A', rows: A },
              { label: 'B', rows: B },
            ],
      };
    }
  }
}

/** The trap of a statement that is no theorem: believing it holds in general. */
const TRAPS: Readonly<Record<'identityI' | 'ordinary' | 'square', MisconceptionId>> = {
  identityI: 'property.identity-is-i',
  ordinary: 'property.hadamard-is-ordinary',
  square: 'property.square-is-a2',
};

const KINDS: readonly Kind[] = [
  'commute',
  'identityJ',
  'identityI',
  'transpose',
  'ordinary',
  'distributive',
  'associative',
  'square',
];

export function propertyQuestion(rng: Rng, level: QuizLevel): QuizBody {
  // The traps (I, ordinary product, A∘A) come up as often as the rules themselves.
  const kind = rng.chance(0.5) ? rng.pick(['identityI', 'ordinary', 'square'] as const) : rng.pick(KINDS);
  const s = statement(kind, rng, level);
  if (s.always && !s.holds) throw new Error(`quiz: the engine says a theorem fails (${kind}): ${s.worked}`);
  const right = s.always ? 0 : s.holds ? 1 : 2;
  const trap: MisconceptionId = kind in TRAPS ? TRAPS[kind as keyof typeof TRAPS] : 'property.theorem-doubted';
  const shape = `${s.mats[0].rows.length}×${s.mats[0].rows[0].length}`;
  // How many matrices the statement is about ("this matrix", "these matrices"), for the messages' plurals.
  const n = s.mats.length;
  const { why, failure, notGeneral } = s;
  const all: Option[] = [
    {
      label: t('quiz.prop.choiceAlways'),
      misconception: trap,
      feedback:
        right === 0
          ? t('quiz.prop.fbAlwaysRight', { why, shape, n })
          : right === 1
            ? t('quiz.prop.fbAlwaysHere', { n, notGeneral })
            : t('quiz.prop.fbAlwaysFails', { failure, notGeneral }),
    },
    {
      label: t('quiz.prop.choiceHere'),
      misconception: right === 0 ? 'property.theorem-as-coincidence' : trap,
      feedback:
        right === 1
          ? t('quiz.prop.fbHereRight', { why, notGeneral })
          : right === 0
            ? t('quiz.prop.fbHereAlways', { why })
            : t('quiz.prop.fbHereFails', { n, failure }),
    },
    {
      label: t('quiz.prop.choiceFalse'),
      misconception: right === 0 ? 'property.theorem-doubted' : 'property.misread-entries',
      feedback:
        right === 2
          ? t('quiz.prop.fbFalseRight', { failure, notGeneral })
          : right === 0
            ? t('quiz.prop.fbFalseAlways', { n, why })
            : t('quiz.prop.fbFalseHolds', { why }),
    },
    {
      label: t('quiz.prop.choiceSquare'),
      misconception: 'property.square-only',
      feedback:
        right === 0
          ? t('quiz.prop.fbSquareAlways', { why })
          : right === 1
            ? t('quiz.prop.fbSquareHere', { why, notGeneral })
            : t('quiz.prop.fbSquareFails', { n, failure }),
    },
  ];
  const assembled = listedChoices(all, right);
  const question = [t('quiz.prop.heading'), rowsBlock(s.mats), t('quiz.prop.ask', { n, statement: s.text })].join('\n');
  const verdict =
    right === 0
      ? t('quiz.prop.whyAlways', { why })
      : right === 1
        ? t('quiz.prop.whyHere', { why, notGeneral })
        : t('quiz.prop.whyFails', { failure, notGeneral });
  const explanation = `${verdict} ${t('quiz.prop.whyChecked')}`;
  return { question, ...assembled, explanation, worked: s.worked };
}
