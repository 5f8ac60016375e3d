/**
 * `apply taper [A] [B]`: covariance tapering. A spatial (or any) correlation A times a compactly supported taper B,
 * entry by entry: far-apart pairs become exactly 0 (a sparse matrix), and by the Schur product theorem the product
 * stays positive semidefinite. The verdicts are the engine's own (psdVerdict: exact LDLᵀ for rational input); the
 * smallest eigenvalues are floating evidence.
 */
import type { TaperData } from '../../data.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { kindNote, modeOf, widestMode } from '../../format.js';
import { readableBlock } from './common.js';
import { latexBlocks, latexMatrix, latexText, latexVerdict } from '../../latex.js';
import { generate, hadamard, isSquare, matrixJSON, sameShape, type Matrix } from '../../numbers/matrix.js';
import { Rational } from '../../numbers/rational.js';
import { formatScalar, isExact } from '../../numbers/scalar.js';
import { isPsd, psdVerdict, verdictWords } from '../../theorems/psd-verdict.js';
import type { Section } from '../../types.js';
import type { VerbResult } from '../result.js';
import { named } from '../operands.js';

export const BUILT_IN_SIZE = 8;
export const BUILT_IN_RHO = Rational.of(9, 10);
export const BUILT_IN_SUPPORT = 4;

/** ρ^|i−j|: the correlation of an AR(1) process, or of points on a line with exponential decay. */
export function kmsMatrix(n: number, rho: Rational): Matrix {
  return generate(n, n, (i, j) => rho.pow(Math.abs(i - j)));
}

/**
 * Wendland's taper φ(r) = (1 − r)⁴(4r + 1) for r = |i − j|/w < 1, else 0: compactly supported and positive definite
 * (in up to three dimensions), with rational values for rational r, so the taper and the product stay exact.
 */
export function wendlandTaper(n: number, support: number): Matrix {
  return generate(n, n, (i, j) => {
    const r = Rational.of(Math.abs(i - j), support);
    if (r.cmp(Rational.ONE) >= 0) return Rational.ZERO;
    return Rational.ONE.sub(r)
      .pow(4)
      .mul(r.mul(Rational.int(4)).add(Rational.ONE));
  });
}

const EXAMPLE = 'apply taper kms(6, 4/5) toeplitz(1, 2/3, 1/3, 0, 0, 0)';

function zerosOf(m: Matrix): number {
  return m.e.flat().filter((x) => (isExact(x) ? x.isZero() : x === 0)).length;
}

export function taperApplication(operands: Matrix[], labels: string[], texts: string[]): VerbResult<TaperData> {
  if (operands.length > 2)
    throw new UserError(
      'too_many_operands',
      t('apply.taper.tooMany', { n: String(operands.length) }),
      t('apply.example', { example: EXAMPLE }),
    );
  const builtIn = operands.length === 0;
  const n0 = operands[0]?.rows ?? BUILT_IN_SIZE;
  const support = builtIn ? BUILT_IN_SUPPORT : Math.max(2, Math.ceil(n0 / 2));
  const A = operands[0] ?? kmsMatrix(BUILT_IN_SIZE, BUILT_IN_RHO);
  const B = operands[1] ?? wendlandTaper(A.rows, support);
  const [la, lb] = builtIn || operands.length < 2 ? [labels[0] ?? 'A', 'B'] : [labels[0], labels[1]];
  for (const [m, l] of [
    [A, la],
    [B, lb],
  ] as const)
    if (!isSquare(m))
      throw new UserError(
        'not_square',
        t('apply.taper.notSquare', { name: l, shape: `${m.rows}×${m.cols}` }),
        t('apply.example', { example: EXAMPLE }),
      );
  if (!sameShape(A, B))
    throw new UserError(
      'shape_mismatch',
      t('apply.taper.shapes', { a: la, shapeA: `${A.rows}×${A.cols}`, b: lb, shapeB: `${B.rows}×${B.cols}` }),
      t('apply.example', { example: EXAMPLE }),
    );
  const describe: [string, string] = [
    builtIn ? t('apply.taper.describeA', { n: String(BUILT_IN_SIZE) }) : `${la} = ${short(texts[0])}`,
    operands[1] ? `${lb} = ${short(texts[1])}` : t('apply.taper.describeB', { w: String(support) }),
  ];
  const P = named(`${la}∘${lb}`, () => hadamard(A, B));
  const vA = psdVerdict(A);
  const vB = psdVerdict(B);
  const vP = psdVerdict(P);
  // The smallest eigenvalue; null when not computed or when its enclosure is around 0 (not proved 0).
  const lambda = (ev: readonly (number | null)[]) => (ev.length ? ev[0] : null);
  const mode = widestMode(...[vA, vB, vP].map((v) => modeOf(v.kind)));
  const exact = mode === 'rational' || mode === 'exact';
  const hypothesis = isPsd(vA.verdict) && isPsd(vB.verdict);
  const name = `${la}∘${lb}`;
  const lmin = (ev: readonly (number | null)[]) =>
    ev.length === 0 ? t('apply.taper.notComputed') : ev[0] === null ? '≈0' : formatScalar(ev[0], 4);
  const verdictLine = (l: string, v: typeof vA) =>
    `- ${l}: **${verdictWords(v.verdict, v.rank)}**, λmin = ${lmin(v.eigenvalues)}`;
  const zeros = { B: zerosOf(B), product: zerosOf(P), total: A.rows * A.cols };
  const failing = [vA, vB]
    .map((v, k) =>
      isPsd(v.verdict) ? '' : t('schurFig.isVerdict', { name: [la, lb][k], verdict: verdictWords(v.verdict) }),
    )
    .filter(Boolean);
  const theorem = hypothesis
    ? t('apply.taper.holds', { a: la, b: lb, ab: name, verdict: verdictWords(vP.verdict, vP.rank) })
    : t('apply.taper.fails', {
        failing: failing.length === 2 ? t('schurFig.both', { first: failing[0], second: failing[1] }) : failing[0],
        ab: name,
        verdict: verdictWords(vP.verdict, vP.rank),
      });
  const why = t('apply.taper.why');
  const sections: Section[] = [
    {
      body: readableBlock(
        [
          { label: la, m: A },
          { label: lb, m: B },
          { label: name, m: P },
        ],
        ['∘', '='],
      ),
    },
    {
      heading: t('schur.verdicts'),
      body: [verdictLine(la, vA), verdictLine(lb, vB), verdictLine(name, vP)].join('\n'),
    },
    {
      heading: t('schur.title'),
      body: `${theorem} ${t('apply.taper.zeros', { zeros: String(zeros.product), total: String(zeros.total), ab: name })}`,
    },
    { heading: t('apply.why'), body: why },
    {
      body: `${kindNote(mode, false, vP.tolerance ?? vA.tolerance ?? vB.tolerance)} ${t('apply.taper.lambdaNote')}`,
    },
  ];
  const data: TaperData = {
    application: 'taper',
    builtIn,
    exact,
    why,
    labels: [la, lb],
    describe,
    A: matrixJSON(A),
    B: matrixJSON(B),
    product: matrixJSON(P),
    verdicts: { A: vA.verdict, B: vB.verdict, product: vP.verdict },
    ranks: { A: vA.rank, B: vB.rank, product: vP.rank },
    lambdaMin: { A: lambda(vA.eigenvalues), B: lambda(vB.eigenvalues), product: lambda(vP.eigenvalues) },
    zeros,
    ...(exact ? {} : { tolerance: vP.tolerance ?? vA.tolerance ?? vB.tolerance }),
  };
  data.latex = latexBlocks([
    `${la} \\circ ${lb} = ${latexMatrix(data.A)} \\circ ${latexMatrix(data.B)} = ${latexMatrix(data.product)}`,
    latexVerdict(la, vA.verdict, vA.rank),
    latexVerdict(lb, vB.verdict, vB.rank),
    latexVerdict(name, vP.verdict, vP.rank).replace(`\\mathrm{${name}}`, `${la} \\circ ${lb}`),
    hypothesis
      ? `${la} \\succeq 0,\\ ${lb} \\succeq 0 \\;\\Longrightarrow\\; ${la} \\circ ${lb} \\succeq 0 \\quad ${latexText(t('schur.latexTheorem'))}`
      : latexText(t('schur.latexHypothesisFailsShort')),
  ]);
  return {
    title: t('apply.taper.title'),
    summary: t('apply.taper.summary', {
      ab: name,
      verdict: verdictWords(vP.verdict, vP.rank),
      hypothesis: hypothesis ? 'yes' : 'no',
      zeros: String(zeros.product),
      total: String(zeros.total),
      exact: exact ? 'yes' : 'no',
    }),
    sections,
    data,
  };
}

function short(text: string | undefined): string {
  const s = (text ?? t('apply.taper.givenMatrix')).replace(/\s+/g, ' ').trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
