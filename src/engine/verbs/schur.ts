/**
 * `schur`: the Schur product theorem on the user's A and B. Verdicts for A, B, A∘B and the
 * ordinary product AB; the theorem's promise when A, B ⪰ 0, what happened anyway when not;
 * and the proof sketch's identity checked numerically for one x.
 */
import type { Entry, SchurData } from '../data.js';
import { kindNote, matrixBlock, modeOf, widestMode } from '../format.js';
import { symmetricEigen } from '../linalg/eigen.js';
import { hadamard, isSymmetricFloat, matMul, matMulCertified, matrixJSON, type Matrix } from '../numbers/matrix.js';
import { matrixKind } from '../linalg/decide.js';
import {
  OutOfRange,
  formatScalar,
  magnitudeText,
  negligibleBelow,
  scalarJSON,
  toFloat,
  zeroLabel,
} from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { latexBlocks, latexCirc, latexLabel, latexMatrix, latexText, latexVerdict } from '../latex.js';
import { eigenvalueLabels, isPsd, psdVerdict, verdictWords, type PsdVerdictResult } from '../theorems/psd-verdict.js';
import { named, requireSameShape, requireSquare, type Operands } from './operands.js';
import { certificateText, enclosureText } from './psd.js';
import type { VerbResult } from './result.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';
import { t } from '../i18n/index.js';

type Key = 'A' | 'B' | 'AB' | 'ordinaryAB';

/**
 * Largest n whose proof sketch is checked: it needs every eigenvector of B (O(n³), ~100 ms at 256) to illustrate one
 * identity with x = (1, −2, 3, …, ±n), which says nothing more at 256 than at 12. Matrices from files skip it.
 */
export const IDENTITY_CHECK_MAX = 32;

/** xᵀ(A∘B)x and Σₖ λₖ (x∘vₖ)ᵀA(x∘vₖ) with B = Σ λₖ vₖvₖᵀ, for x = (1, −2, 3, …). */
export function schurIdentityCheck(a: Matrix, b: Matrix): SchurData['identityCheck'] {
  const n = a.rows;
  if (n > IDENTITY_CHECK_MAX) return null;
  const A = a.e.map((r) => r.map(toFloat));
  const B = b.e.map((r) => r.map(toFloat));
  // An illustration in plain doubles: only where every entry is of a size whose products and sums stay well inside
  // the double range (no overflow, and no nonzero lost to underflow).
  const modest = (x: number): boolean => x === 0 || (Math.abs(x) >= 1e-100 && Math.abs(x) <= 1e100);
  if (![...A, ...B].every((r) => r.every(modest))) return null;
  if (!isSymmetricFloat(B)) return null;
  const x = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : -1) * (i + 1));
  const quad = (m: number[][], y: number[]): number =>
    y.reduce((s, yi, i) => s + yi * m[i].reduce((t, mij, j) => t + mij * y[j], 0), 0);
  const lhs = quad(
    A.map((r, i) => r.map((v, j) => v * B[i][j])),
    x,
  );
  const { values, vectors } = symmetricEigen(B, true);
  let rhs = 0;
  for (let k = 0; k < n; k++) {
    const xv = x.map((xi, i) => xi * vectors![k][i]);
    rhs += values[k] * quad(A, xv);
  }
  const scale = Math.max(1, Math.abs(lhs), ...A.flat().map(Math.abs)) * Math.max(1, ...B.flat().map(Math.abs));
  const agree = Math.abs(lhs - rhs) <= 1e-9 * scale * n * n;
  return { x, lhs: round(lhs), rhs: round(rhs), agree };
}

function round(x: number): number {
  return Number(x.toPrecision(12));
}

export function schurVerb(o: Operands): VerbResult<SchurData> {
  requireSquare(o, 'schur');
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const ab = named(`${la}∘${lb}`, () => hadamard(a, b));
  // AB is only the contrast: beyond the double range it is left out rather than refusing the whole answer.
  let ord: Matrix | null = null;
  let ordOut: OutOfRange | null = null;
  try {
    // Rationals and doubles have fast exact (or floating) products; symbolic and certified matrices past 4×4 get a
    // certified AB, enclosed only as far as its verdict needs.
    const fast = (a.exact && b.exact) || matrixKind(a, b) === 'float' || a.rows <= 4;
    ord = fast ? matMul(a, b) : matMulCertified(a, b);
  } catch (e) {
    if (!(e instanceof OutOfRange)) throw e;
    ordOut = e;
  }
  const r: Record<Key, PsdVerdictResult> = {
    A: psdVerdict(a),
    B: psdVerdict(b),
    AB: psdVerdict(ab),
    // Its symmetric part's verdict would cost more than it teaches.
    ordinaryAB: ord
      ? psdVerdict(ord, { symmetricPart: false })
      : { verdict: 'not_square', rank: null, eigenvalues: [], exact: true, kind: 'rational' },
  };
  const hypothesis = isPsd(r.A.verdict) && isPsd(r.B.verdict);
  const hypothesisOpen =
    !hypothesis &&
    [r.A, r.B].some((v) => v.verdict === 'undecided') &&
    [r.A, r.B].every((v) => isPsd(v.verdict) || v.verdict === 'undecided');
  const strong = r.A.verdict === 'pd' && r.B.verdict === 'pd';
  const names: Record<Key, string> = { A: la, B: lb, AB: `${la}∘${lb}`, ordinaryAB: `${la}${lb}` };
  const witnesses: SchurData['witnesses'] = {};
  for (const k of ['A', 'B', 'AB', 'ordinaryAB'] as Key[]) {
    const w = r[k];
    if (w.witness && w.witnessValue !== undefined)
      witnesses[k] = { x: w.witness.map(scalarJSON) as Entry[], value: scalarJSON(w.witnessValue) };
  }
  const line = (k: Key): string => {
    const v = r[k];
    let s = t('schur.line', { name: names[k], verdict: verdictWords(v.verdict, v.rank) });
    if (k === 'ordinaryAB' && v.verdict === 'not_symmetric') s += t('schur.lineNotSymmetricAB');
    else if (v.verdict === 'not_symmetric' && v.symmetricPart)
      s += t('schur.lineSymmetricPart', {
        verdict: verdictWords(v.symmetricPart.result.verdict, v.symmetricPart.result.rank),
      });
    if (k === 'ordinaryAB' && !ord)
      return t('schur.lineNotComputed', {
        name: names[k],
        where: ordOut?.entry
          ? t('schur.entryAt', { row: String(ordOut.entry.row), col: String(ordOut.entry.col) })
          : t('schur.anEntry'),
        size: magnitudeText(ordOut?.log10 ?? NaN),
      });
    if (v.eigenEnclosures?.length) {
      s += t('schur.smallest', {
        value: enclosureText(v.eigenEnclosures[0], (v.exactZeroEigenvalues ?? 0) > 0, 4, isPsd(v.verdict)),
      });
    } else if (v.eigenvalues.length) {
      const exact = v.kind !== 'float';
      const negligible = v.eigenvaluesAreEntries ? 0 : negligibleBelow(v.eigenvalues, v.tolerance);
      const label = zeroLabel(v.eigenvalues[0], negligible, exact || v.eigenvaluesAreEntries === true);
      s += t('schur.smallest', { value: label ?? formatScalar(v.eigenvalues[0] ?? 0, 4) });
    }
    const cert = certificateText(names[k], v);
    return cert && (v.verdict === 'not_psd' || v.verdict === 'undecided') ? `${s}. ${cert}` : s;
  };

  let summary: string;
  let theorem: string;
  if (hypothesis) {
    const ok = strong ? r.AB.verdict === 'pd' : isPsd(r.AB.verdict);
    const ab = `${la}∘${lb}`;
    summary = strong
      ? t('schur.summaryStrong', { a: la, b: lb, ab })
      : t('schur.summaryPsd', { a: la, b: lb, ab, verdict: verdictWords(r.AB.verdict, r.AB.rank) });
    const rel = strong ? '≻' : '⪰';
    theorem = ok
      ? t('schur.theoremOk', { ab: names.AB, rel })
      : r.AB.verdict === 'undecided'
        ? t('schur.theoremUndecided', {
            ab: names.AB,
            rel,
            digits: Math.min(r.AB.undecided?.digits ?? 0, 1000).toLocaleString('en-US'),
          })
        : t('schur.theoremBug');
  } else if (hypothesisOpen) {
    summary = t('schur.summaryOpen', {
      a: la,
      b: lb,
      ab: `${la}∘${lb}`,
      verdict: verdictWords(r.AB.verdict, r.AB.rank),
    });
    theorem = t('schur.theoremOpen', { a: la, b: lb });
  } else {
    const failing = (['A', 'B'] as Key[])
      .filter((k) => !isPsd(r[k].verdict))
      .map((k) => t('schur.failing', { name: names[k], verdict: verdictWords(r[k].verdict) }));
    summary = t('schur.summaryFails', {
      failing: failing.join('; '),
      ab: `${la}∘${lb}`,
      verdict: verdictWords(r.AB.verdict, r.AB.rank),
    });
    const why = (['A', 'B'] as Key[]).some((k) => r[k].verdict === 'not_symmetric') ? t('schur.whyNotSymmetric') : '';
    theorem = t('schur.theoremFails', {
      a: la,
      b: lb,
      why,
      ab: names.AB,
      verdict: verdictWords(r.AB.verdict, r.AB.rank),
    });
  }
  const contrast = !ord
    ? t('schur.contrastRange', { ord: names.ordinaryAB })
    : isPsd(r.ordinaryAB.verdict)
      ? t('schur.contrastLuck', {
          ord: names.ordinaryAB,
          verdict: verdictWords(r.ordinaryAB.verdict, r.ordinaryAB.rank),
        })
      : t('schur.contrastNot', { ord: names.ordinaryAB, verdict: verdictWords(r.ordinaryAB.verdict) });
  const check = schurIdentityCheck(a, b);
  const sections: Section[] = [
    {
      body: matrixBlock(
        [
          { label: la, m: a },
          { label: lb, m: b },
          { label: names.AB, m: ab },
        ],
        ['∘', '='],
      ),
    },
    { heading: t('schur.verdicts'), body: (['A', 'B', 'AB', 'ordinaryAB'] as Key[]).map(line).join('\n') },
    { heading: t('schur.theorem'), body: `${theorem}\n${contrast}` },
  ];
  if (check)
    sections.push({
      heading: t('schur.proof'),
      body: t('schur.proofBody', {
        a: la,
        b: lb,
        ab: names.AB,
        x: check.x.join(', '),
        lhs: formatScalar(check.lhs, 8),
        rhs: formatScalar(check.rhs, 8),
        agree: t(check.agree ? 'schur.agree' : 'schur.disagree'),
      }),
    });
  // Each verdict was decided on its own balanced matrix; the note states the largest tolerance that decided one.
  const tolerances = (['A', 'B', 'AB', 'ordinaryAB'] as Key[])
    .map((k) => r[k].tolerance)
    .filter((t): t is number => t !== undefined);
  const tolerance = tolerances.length ? Math.max(...tolerances) : undefined;
  const mode = widestMode(...(['A', 'B', 'AB', 'ordinaryAB'] as Key[]).map((k) => modeOf(r[k].kind)));
  sections.push({
    body: kindNote(mode, o.switched, tolerance, tolerance === undefined && mode === 'float' ? 'signs' : undefined),
  });
  const data: SchurData = {
    labels: [la, lb],
    matrices: { A: matrixJSON(a), B: matrixJSON(b), AB: matrixJSON(ab), ordinaryAB: ord ? matrixJSON(ord) : null },
    verdicts: { A: r.A.verdict, B: r.B.verdict, AB: r.AB.verdict, ordinaryAB: ord ? r.ordinaryAB.verdict : null },
    eigenvalues: {
      A: r.A.eigenvalues,
      B: r.B.eigenvalues,
      AB: r.AB.eigenvalues,
      ordinaryAB: r.ordinaryAB.eigenvalues,
    },
    ...(Object.keys(witnesses).length ? { witnesses } : {}),
    ...smallestLabels(r),
    hypothesis,
    strongHypothesis: strong,
    identityCheck: check,
    exact: mode === 'rational' || mode === 'exact',
    ...(mode === 'certified' ? { certified: true } : {}),
    kinds: {
      A: modeOf(r.A.kind),
      B: modeOf(r.B.kind),
      AB: modeOf(r.AB.kind),
      ordinaryAB: ord ? modeOf(r.ordinaryAB.kind) : null,
    },
    ...(tolerance !== undefined ? { tolerance } : {}),
  };
  return {
    title: t('schur.title'),
    summary,
    sections,
    data: { ...data, latex: schurLatex(data) },
  };
}

/** A∘B written out, the three verdicts, and the theorem's implication when its hypothesis holds. */
export function schurLatex(d: SchurData): string {
  const [la, lb] = d.labels;
  const ab = latexCirc([la, lb]);
  const lines = [
    `${ab} = ${latexMatrix(d.matrices.A)} \\circ ${latexMatrix(d.matrices.B)} = ${latexMatrix(d.matrices.AB)}`,
    latexVerdict(la, d.verdicts.A),
    latexVerdict(lb, d.verdicts.B),
    latexVerdict(`${la}∘${lb}`, d.verdicts.AB).replace(latexLabel(`${la}∘${lb}`), ab),
  ];
  const rel = d.strongHypothesis ? '\\succ' : '\\succeq';
  lines.push(
    d.hypothesis
      ? `${latexLabel(la)} ${rel} 0,\\ ${latexLabel(lb)} ${rel} 0 \\;\\Longrightarrow\\; ${ab} ${rel} 0 \\quad ${latexText(t('schur.latexTheorem'))}`
      : latexText(t('schur.latexHypothesisFails', { a: la, b: lb })),
  );
  return latexBlocks(lines);
}

const spec: VerbSpec = {
  verb: 'schur',
  aliases: ['schurproduct'],
  description: 'Schur product theorem: PSD verdicts for A, B and A∘B, contrasted with AB',
  usage: '/hadamard schur A B',
  grammar: { kind: 'matrices', min: 2, max: 2 },
  options: [
    { name: 'a', description: `Square matrix A, ${MATRIX_HINT}`, required: true },
    { name: 'b', description: 'Square matrix B, same size as A', required: true },
  ],
  examples: ['schur [[2,1],[1,2]] [[1,1],[1,1]]', 'schur [[2,3],[4,1]] [[5,6],[7,8]]', 'schur hilbert(3) pascal(3)'],
};

export default {
  spec,
  compute: onMatrices(spec, schurVerb),
  async figures(data, options) {
    const { renderSchurFigure } = await import('../render/schur.js');
    return [await renderSchurFigure(data, options)];
  },
} satisfies VerbModule<SchurData>;

/** The smallest eigenvalue of each verdict that has certified enclosures, as the text shows it. */
function smallestLabels(r: Record<Key, PsdVerdictResult>): Pick<SchurData, 'smallestEigenvalueLabels'> {
  const labels: Partial<Record<Key, string>> = {};
  for (const k of ['A', 'B', 'AB', 'ordinaryAB'] as Key[]) {
    const first = eigenvalueLabels(r[k])[0];
    if (first !== undefined) labels[k] = first;
  }
  return Object.keys(labels).length ? { smallestEigenvalueLabels: labels } : {};
}
