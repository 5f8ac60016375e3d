/**
 * `relate`: the Hadamard product beside the ordinary one. The diagonal case A∘B = AB, the
 * vector case a∘b = diag(a)·b, the trace identity tr(AᵀB) = 1ᵀ(A∘B)1, and A∘B as the
 * submatrix of A⊗B at rows i·m+i, columns j·n+j.
 */
import type { RelateData } from '../data.js';
import { fence, inlineMatrix, kindNote, matrixBlock, matrixLines, withDecimal } from '../format.js';
import {
  generate,
  hadamard,
  isDiagonal,
  isSquare,
  kron,
  matMul,
  matrixJSON,
  sumEntries,
  transpose,
  type Matrix,
} from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import {
  OutOfRange,
  add,
  formatScalar,
  mul,
  provedEqual,
  scalarJSON,
  toFloat,
  type Scalar,
} from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { latexBlocks, latexCirc, latexEntry, latexLabel, latexMatrix, latexText } from '../latex.js';
import { named, requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';
import { t } from '../i18n/index.js';

/** An undecided check's name (`data.undecided` keeps the English one) as the text says it. */
function checkName(what: string): string {
  return what === 'the trace identity'
    ? t('relate.nameTrace')
    : what === 'an equality'
      ? t('relate.nameEquality')
      : what;
}

/** 1-based indices for the text; a long list (a matrix from a file) as its first and last ones around "…". */
function indexText(xs: number[], sep = ', '): string {
  const one = xs.map((x) => String(x + 1));
  return one.length <= 12 ? one.join(sep) : [...one.slice(0, 4), '…', ...one.slice(-2)].join(sep);
}

/** Largest A⊗B (rows or columns) kept in `data` for drawing. */
const MAX_KRON_SIDE = 16;

export function relateVerb(o: Operands): VerbResult<RelateData> {
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const m = a.rows;
  const n = a.cols;
  const p = named(`${la}∘${lb}`, () => hadamard(a, b));
  // Doubles (files): two values agree up to their rounding error, 8·m·n·ε of the sizes summed (`scale`). Otherwise
  // equality is proved (exactly, or the same certified expression), and a certified difference that stays within
  // 10⁻¹⁰⁰⁰ of 0 is undecided: not claimed.
  const float = o.mode === 'float';
  const undecided: string[] = [];
  // true: proved equal; false: proved different; null: undecided (never reported as different).
  const close = (x: Scalar, y: Scalar, scale: number, what = 'an equality'): boolean | null => {
    if (float) return Math.abs(toFloat(x) - toFloat(y)) <= 8 * m * n * Number.EPSILON * scale + 8 * Number.MIN_VALUE;
    const e = provedEqual(x, y);
    if (e === null && !undecided.includes(what)) undecided.push(what);
    return e;
  };
  /** Every check at once: false if one is proved false, else null if one is undecided, else true. */
  const allOf = (checks: (boolean | null)[]): boolean | null =>
    checks.includes(false) ? false : checks.includes(null) ? null : true;
  const mark = (v: boolean | null): string => (v === null ? t('relate.undecidedMark') : v ? '✓' : '✗');
  // Σ|pᵢⱼ| times a small factor, summed so that it cannot overflow.
  const sizeOfSum = (k: number): number => p.e.flat().reduce<number>((t, x) => t + Math.abs(toFloat(x)) * k, 0) / k;

  // Trace identity: tr(AᵀB) from the diagonal of AᵀB only (its other entries may not even fit in a double).
  const at = transpose(a);
  const trAtB = named(`tr(${la}ᵀ${lb})`, () =>
    Array.from({ length: n }, (_, j) => j).reduce<Scalar>(
      (t, j) =>
        add(t, Array.from({ length: m }, (_, k) => mul(at.e[j][k], b.e[k][j])).reduce<Scalar>(add, Rational.ZERO)),
      Rational.ZERO,
    ),
  );
  const sum = named(t('relate.sumOfEntries', { ab: `${la}∘${lb}` }), () => sumEntries(p));
  const traceEqual = close(trAtB, sum, float ? sizeOfSum(8 * m * n * Number.EPSILON) : 0, 'the trace identity');

  // Diagonal case (and AB for the text, when it fits in floating point).
  const diagApplies = isSquare(a) && isDiagonal(a) && isDiagonal(b);
  let ordinary: Matrix | null = null;
  if (isSquare(a))
    try {
      ordinary = matMul(a, b);
    } catch (e) {
      if (!(e instanceof OutOfRange)) throw e;
    }
  const diagEqual =
    diagApplies && ordinary
      ? allOf(p.e.flatMap((r, i) => r.map((x, j) => close(x, ordinary!.e[i][j], Math.abs(toFloat(x))))))
      : null;

  // Vector case: a∘b = diag(a)·b, as column vectors.
  const isVec = m === 1 || n === 1;
  let vecEqual: boolean | null = null;
  let diagA: Matrix | null = null;
  if (isVec) {
    const av = a.e.flat();
    const bv = b.e.flat();
    diagA = generate(av.length, av.length, (i, j) => (i === j ? av[i] : Rational.ZERO));
    const col = generate(bv.length, 1, (i) => bv[i]);
    const prod = named(`diag(a)·b`, () => matMul(diagA!, col));
    vecEqual = allOf(
      av.map((x, i) => {
        const v = mul(x, bv[i]);
        return close(v, prod.e[i][0], Math.abs(toFloat(v)));
      }),
    );
  }

  // Kronecker: (A⊗B)[i·m+i, j·n+j] = aᵢⱼ·bᵢⱼ.
  const rows = Array.from({ length: m }, (_, i) => i * m + i);
  const cols = Array.from({ length: n }, (_, j) => j * n + j);
  const kronEqual = allOf(
    rows.flatMap((r, i) =>
      cols.map((c, j) => {
        const k = mul(a.e[Math.floor(r / m)][Math.floor(c / n)], b.e[r % m][c % n]);
        return close(k, p.e[i][j], Math.abs(toFloat(k)));
      }),
    ),
  );
  const K = m * m <= MAX_KRON_SIDE && n * n <= MAX_KRON_SIDE ? named(`${la}⊗${lb}`, () => kron(a, b)) : null;

  const f = (x: Parameters<typeof formatScalar>[0]): string => formatScalar(x);
  const sections: Section[] = [
    {
      body: matrixBlock(
        [
          { label: la, m: a },
          { label: lb, m: b },
          { label: `${la}∘${lb}`, m: p },
        ],
        ['∘', '='],
      ),
    },
    {
      heading: t('relate.traceHeading'),
      body: t('relate.traceBody', {
        a: la,
        b: lb,
        ab: `${la}∘${lb}`,
        tr: withDecimal(trAtB),
        sum: withDecimal(sum),
        verdict: traceEqual
          ? t('relate.traceEqual')
          : undecided.includes('the trace identity')
            ? t('relate.traceUndecided')
            : t('relate.traceNotEqual'),
      }),
    },
  ];
  const ab = `${la}∘${lb}`;
  const ord = `${la}${lb}`;
  if (diagApplies && ordinary)
    sections.push({
      heading: t('relate.diagHeading'),
      body: t('relate.diagBoth', { a: la, b: lb, ab, ord, matrix: inlineMatrix(ordinary), mark: mark(diagEqual) }),
    });
  else
    sections.push({
      heading: t('relate.diagHeading'),
      body: t('relate.diagNot', {
        a: la,
        b: lb,
        ab,
        other: ordinary
          ? `${ord} = ${inlineMatrix(ordinary)}`
          : isSquare(a)
            ? t('relate.ordRange', { ord })
            : t('relate.ordUndefined', { ord }),
      }),
    });
  if (isVec && diagA)
    sections.push({
      heading: t('relate.vectorHeading'),
      body: `${t('relate.vectorBody', { mark: mark(vecEqual) })}\n${fence(['diag(a) =', ...matrixLines(diagA)].join('\n'))}`,
    });
  sections.push({
    heading: t('relate.kronHeading'),
    body:
      t('relate.kronBody', {
        ab,
        kron: `${la}⊗${lb}`,
        kr: String(m * m),
        kc: String(n * n),
        rows: indexText(rows),
        cols: indexText(cols),
        m: String(m),
        n: String(n),
        mark: mark(kronEqual),
      }) + (K ? '' : t('relate.kronTooLarge')),
  });
  sections.push({
    body:
      kindNote(o.mode, o.switched) +
      (float ? t('relate.floatNote') : '') +
      (undecided.length ? t('relate.undecidedNote', { names: undecided.map(checkName).join(', ') }) : ''),
  });
  const where = {
    a: la,
    b: lb,
    ab,
    kron: `${la}⊗${lb}`,
    sum: f(sum),
    rows: indexText(rows, ','),
    cols: indexText(cols, ','),
  };
  const summary = diagApplies ? t('relate.summaryDiagonal', { ...where, ord }) : t('relate.summary', where);
  const data: RelateData = {
    labels: [la, lb],
    A: matrixJSON(a),
    B: matrixJSON(b),
    product: matrixJSON(p),
    traceIdentity: { trAtB: scalarJSON(trAtB), sum: scalarJSON(sum), equal: traceEqual },
    diagonal: { applies: diagApplies, equal: diagEqual, ordinary: ordinary ? matrixJSON(ordinary) : null },
    vector: { applies: isVec, equal: vecEqual, diagA: diagA ? matrixJSON(diagA) : null },
    kronecker: { rows, cols, equal: kronEqual, matrix: K ? matrixJSON(K) : null },
    exact: o.mode === 'rational' || o.mode === 'exact',
    ...(undecided.length ? { undecided } : {}),
  };
  return {
    title: t('relate.title'),
    summary,
    sections,
    data: { ...data, latex: relateLatex(data) },
  };
}

/** A∘B, the trace identity, the diagonal case and A∘B as a submatrix of A⊗B. */
export function relateLatex(d: RelateData): string {
  const [la, lb] = d.labels;
  const [a, b] = [latexLabel(la), latexLabel(lb)];
  const ab = latexCirc([la, lb]);
  const lines = [
    `${ab} = ${latexMatrix(d.A)} \\circ ${latexMatrix(d.B)} = ${latexMatrix(d.product)}`,
    `\\operatorname{tr}(${a}^{\\top} ${b}) = ${latexEntry(d.traceIdentity.trAtB)} ${latexRel(d.traceIdentity.equal)} \\sum_{i,j} (${ab})_{ij} = ${latexEntry(d.traceIdentity.sum)}`,
  ];
  if (d.diagonal.applies)
    lines.push(`${ab} ${latexRel(d.diagonal.equal)} ${a}${b} \\quad ${latexText(t('relate.latexBothDiagonal'))}`);
  const rows = d.kronecker.rows.map((r) => r + 1).join(', ');
  const cols = d.kronecker.cols.map((c) => c + 1).join(', ');
  lines.push(
    `${ab} ${latexRel(d.kronecker.equal)} (${a} \\otimes ${b})_{\\{${rows}\\},\\,\\{${cols}\\}} \\quad ${latexText(t('relate.latexKron'))}`,
  );
  return latexBlocks(lines);
}

const spec: VerbSpec = {
  verb: 'relate',
  aliases: ['relations'],
  description: 'Relations to the ordinary product: diagonal case, diag(a)b, trace identity, A⊗B',
  usage: '/hadamard relate A B',
  grammar: { kind: 'matrices', min: 2, max: 2 },
  options: [
    { name: 'a', description: `Matrix A, ${MATRIX_HINT}`, required: true },
    { name: 'b', description: 'Matrix B, same shape as A', required: true },
  ],
  examples: ['relate [[1,2],[3,4]] [[5,6],[7,8]]', 'relate diag(1,2,3) diag(4,5,6)', 'relate [1 2 3] [4 5 6]'],
};

export default {
  spec,
  compute: onMatrices(spec, relateVerb),
  async figures(data, options) {
    const { renderRelateFigure } = await import('../render/relate.js');
    return [await renderRelateFigure(data, options)];
  },
} satisfies VerbModule<RelateData>;

/** LaTeX relation of a check: =, ≠, or ≈ when undecided. */
function latexRel(v: boolean | null): string {
  return v === null ? '\\approx' : v ? '=' : '\\neq';
}
