/**
 * Topic `psd`: is M positive semidefinite? The verdict is the psd verb's (exact LDLᵀ); the matrices are drawn to
 * set the classic traps: all entries positive yet not PSD, a positive diagonal that is not enough, negative entries
 * in a PD matrix, a singular PSD matrix taken for definite, and a non-symmetric matrix (PSD needs symmetry).
 */
import { inlineVector, subscript } from '../format.js';
import { t } from '../i18n/index.js';
import type { PsdData } from '../data.js';
import { Rational, gcd } from '../numbers/rational.js';
import { psdVerdict } from '../theorems/psd-verdict.js';
import { listedChoices, type Option } from './choices.js';
import { runWorked } from './engine.js';
import {
  R,
  entryName,
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

type Target = 'pd' | 'psd' | 'allPositive' | 'positiveDiagonal' | 'notSymmetric';

/** A vector x ≠ 0 with Mx = 0 (exact elimination), or null when M is nonsingular. */
export function kernelVector(rows: Rows): Rational[] | null {
  const n = rows[0].length;
  const m = rows.map((r) => [...r]);
  const pivotCols: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && !row[c].isZero());
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const inv = Rational.ONE.div(m[r][c]);
    m[r] = m[r].map((x) => x.mul(inv));
    for (let i = 0; i < m.length; i++)
      if (i !== r && !m[i][c].isZero()) {
        const f = m[i][c];
        m[i] = m[i].map((x, k) => x.sub(f.mul(m[r][k])));
      }
    pivotCols.push(c);
    r++;
  }
  const free = Array.from({ length: n }, (_, c) => c).find((c) => !pivotCols.includes(c));
  if (free === undefined) return null;
  const x = Array.from({ length: n }, () => Rational.ZERO);
  x[free] = Rational.ONE;
  pivotCols.forEach((c, i) => (x[c] = m[i][free].neg()));
  // Integers where a common denominator allows: (1/2, 1) → (1, 2).
  const lcm = x.reduce((l, v) => (l / gcd(l, v.den)) * v.den, 1n);
  const ints = x.map((v) => v.mul(Rational.of(lcm)).num);
  const g = ints.reduce((a, b) => gcd(a, b < 0n ? -b : b), 0n);
  // The first nonzero entry positive: (1, -2) rather than (-1, 2).
  const sign = ints.find((v) => v !== 0n)! < 0n ? -1n : 1n;
  return ints.map((v) => Rational.of((sign * v) / g));
}

function target(rng: Rng): Target {
  return rng.pick(['pd', 'pd', 'psd', 'psd', 'allPositive', 'positiveDiagonal', 'notSymmetric'] as const);
}

/** A matrix drawn for the target; the engine's verdict, not the target, decides the answer. */
function draw(rng: Rng, level: QuizLevel, t: Target, n: number): Rows {
  const verdictOf = (rows: Rows): string => psdVerdict(matrixOf(rows)).verdict;
  switch (t) {
    case 'pd':
      return ldlt(
        rng,
        level,
        Array.from({ length: n }, () => positivePivot(rng, level)),
      );
    case 'psd': {
      const zeros = n >= 3 && rng.chance(0.3) ? 2 : 1;
      const d = Array.from({ length: n }, (_, k) => (k >= n - zeros ? Rational.ZERO : positivePivot(rng, level)));
      return ldlt(rng, level, d);
    }
    case 'allPositive':
    case 'positiveDiagonal': {
      // Positive diagonal; off-diagonal entries large enough that some 2×2 minor goes negative.
      for (let tries = 0; tries < 40; tries++) {
        const diag = Array.from({ length: n }, () => R(rng.int(1, level === 'easy' ? 4 : 5)));
        const sign = (): number => (t === 'allPositive' ? 1 : rng.pick([-1, 1]));
        const rows = symmetricFrom(diag, () =>
          level === 'hard' && rng.chance(0.4)
            ? R(sign() * rng.int(1, 9), 2)
            : R(sign() * rng.int(1, level === 'easy' ? 6 : 7)),
        );
        const hasNegative = rows.some((r) => r.some((x) => x.sign() < 0));
        if (t === 'positiveDiagonal' && !hasNegative) continue;
        if (verdictOf(rows) === 'not_psd') return rows;
      }
      // Always available: a large off-diagonal pair on a small diagonal.
      return symmetricFrom(
        Array.from({ length: n }, () => R(1)),
        (i, j) => (i === 0 && j === 1 ? R(t === 'allPositive' ? 2 : -2) : R(t === 'allPositive' ? 1 : 0, 2)),
      );
    }
    case 'notSymmetric': {
      const base = ldlt(
        rng,
        level,
        Array.from({ length: n }, () => positivePivot(rng, level)),
      );
      const i = rng.int(0, n - 2);
      const j = rng.int(i + 1, n - 1);
      const bump = R(rng.pick([-2, -1, 1, 2, 3]), level === 'hard' ? rng.pick([1, 2]) : 1);
      base[i][j] = base[i][j].add(bump);
      return base;
    }
  }
}

/** The first off-diagonal pair with mᵢⱼ ≠ mⱼᵢ. */
function asymmetry(rows: Rows): [number, number] {
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) if (!rows[i][j].equals(rows[j][i])) return [i, j];
  throw new Error('quiz: no asymmetric pair in a non-symmetric matrix');
}

function pivots(d: PsdData): string {
  return `diag(${(d.factorization?.D ?? []).join(', ')})`;
}

export function psdQuestion(rng: Rng, level: QuizLevel): QuizBody {
  const n = sideFor(rng, level);
  const aim = target(rng);
  const rows = draw(rng, level, aim, n);
  const worked = `psd ${rowsText(rows)}`;
  const d = runWorked('psd', worked);
  const v = d.verdict;
  const allPositive = rows.every((r) => r.every((x) => x.sign() > 0));
  const diagPositive = rows.every((r, i) => r[i].sign() > 0);
  const hasNegative = rows.some((r) => r.some((x) => x.sign() < 0));
  const negDiag = rows.findIndex((r, i) => r[i].sign() < 0);

  let witness = '';
  if (v === 'not_psd' && d.witness && d.witnessValue !== undefined)
    witness = t('quiz.witness', {
      x: inlineVector(d.witness.map(entryRational)),
      name: 'M',
      value: entryRational(d.witnessValue).toString(),
    });
  let kernel = '';
  if (v === 'psd') {
    const x = kernelVector(rows);
    if (!x) throw new Error('quiz: a singular PSD matrix with no kernel vector');
    kernel = t('quiz.psd.kernel', { x: inlineVector(x) });
  }
  let asym = '';
  if (v === 'not_symmetric') {
    const [i, j] = asymmetry(rows);
    asym = t('quiz.psd.asymmetry', {
      mij: entryName('M', i, j),
      a: rows[i][j].toString(),
      mji: entryName('M', j, i),
      b: rows[j][i].toString(),
    });
  }

  // Why "PSD" or "PD" is the wrong answer for a matrix that is not PSD: the trap it fell into.
  const notPsdWhy = (): string => {
    if (negDiag >= 0)
      return t('quiz.psd.negativeDiagonal', {
        mii: entryName('M', negDiag, negDiag),
        value: rows[negDiag][negDiag].toString(),
        e: `e${subscript(negDiag + 1)}`,
      });
    if (allPositive) return t('quiz.psd.allPositive', { witness });
    if (diagPositive) return t('quiz.psd.diagonalNotEnough', { witness });
    return witness;
  };

  // Quiz matrices are small rationals: always decided.
  const right = { pd: 0, psd: 1, not_psd: 2, not_symmetric: 3, not_square: -1, undecided: -1 }[v];
  if (right < 0) throw new Error('quiz: a square question matrix was judged not square');
  const D = pivots(d);
  const fb = {
    pd:
      v === 'pd'
        ? t('quiz.psd.fbPdRight', { D })
        : v === 'psd'
          ? t('quiz.psd.fbPdSingular', { kernel, D })
          : v === 'not_psd'
            ? t('quiz.psd.fbPdNotPsd', { why: notPsdWhy() })
            : t('quiz.psd.fbNeedsSymmetry', { asym }),
    psd:
      v === 'psd'
        ? t('quiz.psd.fbPsdRight', { D, kernel })
        : v === 'pd'
          ? t('quiz.psd.fbPsdDefinite', { D })
          : v === 'not_psd'
            ? t('quiz.psd.fbPsdNotPsd', { why: notPsdWhy() })
            : t('quiz.psd.fbNeedsSymmetry', { asym }),
    notPsd:
      v === 'not_psd'
        ? t('quiz.psd.fbNotPsdRight', { why: notPsdWhy() })
        : v === 'not_symmetric'
          ? t('quiz.psd.fbNotPsdNotSymmetric', { asym })
          : hasNegative
            ? t('quiz.psd.fbNotPsdNegatives', { D })
            : t('quiz.psd.fbNotPsdNoWitness', { D }),
    notSymmetric: v === 'not_symmetric' ? t('quiz.psd.fbNotSymmetricRight', { asym }) : t('quiz.psd.fbSymmetric'),
  };
  // The misconception of each wrong verdict: the trap the matrix was drawn to set, read from what it is.
  const notPsdTrap: MisconceptionId = allPositive
    ? 'psd.positive-entries'
    : diagPositive
      ? 'psd.positive-diagonal'
      : 'psd.witness-missed';
  const trap = (taken: 'pd' | 'psd' | 'notPsd' | 'notSymmetric'): MisconceptionId => {
    if (v === 'not_symmetric') return 'psd.symmetry-ignored';
    if (taken === 'notSymmetric') return 'psd.symmetry-missed';
    if (v === 'not_psd') return notPsdTrap;
    if (taken === 'notPsd') return hasNegative ? 'psd.negative-entries' : 'psd.pivots-misread';
    return v === 'pd' ? 'psd.definite-as-singular' : 'psd.singular-as-definite';
  };
  const all: Option[] = [
    { label: t('quiz.psd.choicePd'), feedback: fb.pd, misconception: trap('pd') },
    { label: t('quiz.psd.choicePsd'), feedback: fb.psd, misconception: trap('psd') },
    { label: t('quiz.psd.choiceNotPsd'), feedback: fb.notPsd, misconception: trap('notPsd') },
    { label: t('quiz.psd.choiceNotSymmetric'), feedback: fb.notSymmetric, misconception: trap('notSymmetric') },
  ];
  const assembled = listedChoices(all, right);
  const question = [t('quiz.psd.heading'), rowsBlock([{ label: 'M', rows }]), t('quiz.psd.ask')].join('\n');
  const sym = d.symmetricPart?.verdict;
  const explanation =
    v === 'pd'
      ? `${t('quiz.psd.whyPd', { D, rank: String(d.rank) })} ${hasNegative ? t('quiz.psd.whyPdNegatives') : t('quiz.psd.whyPdPositives')}`
      : v === 'psd'
        ? t('quiz.psd.whyPsd', { D, rank: String(d.rank), n: String(n), kernel })
        : v === 'not_psd'
          ? `${t('quiz.psd.whyNotPsd', { why: witness || notPsdWhy() })} ${allPositive ? t('quiz.psd.whyAllPositive') : diagPositive ? t('quiz.psd.whyDiagonalPositive') : t('quiz.psd.whyDiagonalNeeded')}`
          : t('quiz.psd.whyNotSymmetric', {
              asym: `${asym[0].toUpperCase()}${asym.slice(1)}`,
              verdict:
                sym === 'pd' ? t('verdict.pd') : sym === 'psd' ? t('quiz.psd.semidefinite') : t('verdict.not_psd'),
            });
  return { question, ...assembled, explanation, worked };
}
