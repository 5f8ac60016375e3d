/**
 * Topic `property`: true or false, for a statement on given matrices. Whether it holds for these matrices is read
 * from the engine's answer (`props`, `relate` or the product with I); whether it holds for every matrix is the
 * theorem (commutativity, associativity, distributivity, the identity J, the transpose rule hold always; A∘I = A and
 * A∘B = AB only for diagonal matrices, A∘A = AA hardly ever). The traps: I is not the identity of ∘, J is.
 */
import { subscript } from '../format.js';
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
        commute: ['**A∘B = B∘A**', 'each entry is aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, and numbers commute'],
        identityJ: [
          '**A∘J = A**, where J is the all-ones matrix',
          'J has a 1 in every position and aᵢⱼ·1 = aᵢⱼ: J is the identity of ∘',
        ],
        transpose: [
          '**(A∘B)ᵀ = Aᵀ∘Bᵀ**',
          'entry (i,j) of both sides is aⱼᵢ·bⱼᵢ: transposing moves both factors to the same place',
        ],
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
        why: dist
          ? 'each entry is aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, the distributive law of numbers in every position'
          : 'each entry is (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), the associative law of numbers in every position',
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
        text: '**A∘I = A**, where I is the identity matrix',
        always: false,
        holds,
        worked,
        why: 'A is diagonal, and A∘I keeps exactly the diagonal of A',
        failure: diff
          ? `${entryName('A', diff[0], diff[1])} = ${factor(entryRational(a[diff[0]][diff[1]]))} but (A∘I)${subscript(diff[0] + 1, diff[1] + 1)} = ${factor(entryRational(a[diff[0]][diff[1]]))}·0 = 0`
          : '',
        notGeneral:
          'A∘I keeps only the diagonal of A (I has zeros off its diagonal); the identity of ∘ is the all-ones J',
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
        text: sq
          ? '**A∘A = AA** (the entrywise square equals the ordinary square A²)'
          : '**A∘B = AB** (the Hadamard product equals the ordinary product)',
        always: false,
        holds,
        worked,
        why: d.diagonal.applies
          ? `${sq ? 'A is' : 'A and B are'} diagonal, and then both products are the diagonal matrix of ${sq ? 'the aᵢᵢ²' : 'the aᵢᵢbᵢᵢ'}`
          : `these particular numbers make every entry agree`,
        failure: diff
          ? `(${hadName})${subscript(diff[0] + 1, diff[1] + 1)} = ${entryRational(d.product[diff[0]][diff[1]])} but (${name})${subscript(diff[0] + 1, diff[1] + 1)} = ${entryRational(ordinary[diff[0]][diff[1]])}`
          : '',
        notGeneral: `(${hadName})ᵢⱼ is one product ${sq ? 'aᵢⱼ²' : 'aᵢⱼbᵢⱼ'}, while (${name})ᵢⱼ sums a whole row against a whole column`,
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
  const these = s.mats.length === 1 ? 'this matrix' : 'these matrices';
  const all: Option[] = [
    {
      label: 'True for all matrices of this shape',
      misconception: trap,
      feedback:
        right === 0
          ? `Right: ${s.why}, so it holds for all ${shape} matrices, ${these === 'this matrix' ? 'this one' : 'these'} included.`
          : right === 1
            ? `It holds for ${these}, but not in general: ${s.notGeneral}.`
            : `Not even here: ${s.failure}; in general ${s.notGeneral}.`,
    },
    {
      label: 'True here, but not for all matrices',
      misconception: right === 0 ? 'property.theorem-as-coincidence' : trap,
      feedback:
        right === 1
          ? `Right: ${s.why}; in general it fails, since ${s.notGeneral}.`
          : right === 0
            ? `It is true in general, not by luck: ${s.why}.`
            : `It is not true for ${these}: ${s.failure}.`,
    },
    {
      label: 'False here',
      misconception: right === 0 ? 'property.theorem-doubted' : 'property.misread-entries',
      feedback:
        right === 2
          ? `Right: ${s.failure}; ${s.notGeneral}.`
          : right === 0
            ? `It holds, for ${these} and all others: ${s.why}.`
            : `Check the entries: it does hold here (${s.why}), though not in general.`,
    },
    {
      label: 'True only for square matrices',
      misconception: 'property.square-only',
      feedback:
        right === 0
          ? `Shape plays no part: ${s.why}, for m×n matrices of any shape.`
          : right === 1
            ? `Being square is not what makes it hold: ${s.why}; plenty of square matrices fail it, since ${s.notGeneral}.`
            : `${these === 'this matrix' ? 'This matrix is' : 'These matrices are'} square and it still fails: ${s.failure}.`,
    },
  ];
  const assembled = listedChoices(all, right);
  const question = ['**True or false?**', rowsBlock(s.mats), `For ${these}, is ${s.text}?`].join('\n');
  const verdict =
    right === 0
      ? `It holds here, and for all matrices: ${s.why}.`
      : right === 1
        ? `It holds here because ${s.why}, but not in general: ${s.notGeneral}.`
        : `It fails here: ${s.failure}. In general ${s.notGeneral}.`;
  const explanation = `${verdict} The worked answer checks it entry by entry, exactly.`;
  return { question, ...assembled, explanation, worked: s.worked };
}
