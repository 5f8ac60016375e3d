/**
 * `oppenheim`: det(A∘B) ≥ det(A)·∏bᵢᵢ and ≥ det(B)·∏aᵢᵢ for PSD A, B, decided exactly for
 * rational input (Bareiss determinants); equality cases; the correlation-matrix case; and
 * Hadamard's inequality det(M) ≤ ∏mᵢᵢ for each PSD input.
 */
import type { OppenheimData } from '../data.js';
import { matrixBlock, numericsNote } from '../format.js';
import { bareissDeterminant, floatDeterminant } from '../linalg/bareiss.js';
import { diagonalProduct, hadamard, toFloatRows, toRationalRows, type Matrix } from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import { equal, formatScalar, geq, mul, scalarJSON, toFloat, type Scalar } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { isPsd, psdVerdict, verdictWords } from '../theorems/psd-verdict.js';
import { requireSameShape, requireSquare, type Operands } from './operands.js';
import type { VerbResult } from './result.js';

/**
 * Exact (Bareiss) for rational input. For floating input, LU with partial pivoting, and a
 * value within 16·n·ε·∏‖rowᵢ‖ of zero (the rounding scale, by Hadamard's bound) is shown as 0.
 */
export function determinant(m: Matrix): Scalar {
  if (m.exact) return bareissDeterminant(toRationalRows(m));
  const rows = toFloatRows(m);
  const det = floatDeterminant(rows);
  const scale = rows.reduce((p, r) => p * Math.hypot(...r), 1);
  return Math.abs(det) <= 16 * rows.length * Number.EPSILON * scale ? 0 : det;
}

function hasUnitDiagonal(m: Matrix): boolean {
  return m.e.every((r, i) => equal(r[i], Rational.ONE, m.exact ? 0 : 1e-12));
}

export function oppenheimVerb(o: Operands): VerbResult<OppenheimData> {
  requireSquare(o, 'oppenheim');
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const n = a.rows;
  const ab = hadamard(a, b);
  const detA = determinant(a);
  const detB = determinant(b);
  const detAB = determinant(ab);
  const diagA = diagonalProduct(a);
  const diagB = diagonalProduct(b);
  const boundA = mul(detA, diagB);
  const boundB = mul(detB, diagA);
  // Floating input: relative tolerance on the determinant scale (stated in the answer).
  const scale = Math.max(...[detAB, boundA, boundB, diagA, diagB].map((x) => Math.abs(toFloat(x))), Number.MIN_VALUE);
  const tol = o.exact ? 0 : 64 * n * Number.EPSILON * scale;
  const vA = psdVerdict(a);
  const vB = psdVerdict(b);
  const applicable = isPsd(vA.verdict) && isPsd(vB.verdict);
  const holdsA = geq(detAB, boundA, tol);
  const holdsB = geq(detAB, boundB, tol);
  const equalityA = equal(detAB, boundA, tol);
  const equalityB = equal(detAB, boundB, tol);
  const hadamardOf = (m: Matrix, v: string, det: Scalar, diag: Scalar): OppenheimData['hadamard']['A'] =>
    isPsd(v as never) ? { holds: geq(diag, det, tol), equality: equal(diag, det, tol) } : null;
  const hA = hadamardOf(a, vA.verdict, detA, diagA);
  const hB = hadamardOf(b, vB.verdict, detB, diagB);
  const corr = { A: hasUnitDiagonal(a), B: hasUnitDiagonal(b) };
  const f = (x: Scalar): string => formatScalar(x);
  const rel = (holds: boolean, eq: boolean): string => (eq ? '=' : holds ? '≥' : '<');

  const lines = [
    `- det(${la}∘${lb}) = ${f(detAB)}`,
    `- det(${la})·∏${lb.toLowerCase()}ᵢᵢ = ${f(detA)}·${f(diagB)} = ${f(boundA)}  →  det(${la}∘${lb}) ${rel(holdsA, equalityA)} bound: ${holdsA ? 'holds' : 'fails'}${equalityA ? ' with equality' : ''}`,
    `- det(${lb})·∏${la.toLowerCase()}ᵢᵢ = ${f(detB)}·${f(diagA)} = ${f(boundB)}  →  det(${la}∘${lb}) ${rel(holdsB, equalityB)} bound: ${holdsB ? 'holds' : 'fails'}${equalityB ? ' with equality' : ''}`,
  ];
  const notes: string[] = [];
  if (applicable) {
    notes.push(
      `${la} and ${lb} are positive semidefinite, so Oppenheim's inequality applies both ways round${holdsA && holdsB ? ', and both bounds hold' : ' — yet a bound fails: please report this as a bug'}.`,
    );
  } else {
    notes.push(
      `Oppenheim's inequality needs ${la} ⪰ 0 and ${lb} ⪰ 0, but ${[
        !isPsd(vA.verdict) ? `${la} is ${verdictWords(vA.verdict)}` : '',
        !isPsd(vB.verdict) ? `${lb} is ${verdictWords(vB.verdict)}` : '',
      ]
        .filter(Boolean)
        .join(' and ')}: the bounds are shown but nothing is promised.`,
    );
  }
  if (equalityA || equalityB)
    notes.push(
      `Equality holds here, decided ${o.exact ? 'exactly' : 'within the tolerance'}. Typical equality cases: a diagonal factor (then ${la}∘${lb} is diagonal with entries aᵢᵢbᵢᵢ and det(${la}∘${lb}) = det(${la})·∏${lb.toLowerCase()}ᵢᵢ), the all-ones J (${la}∘J = ${la}), and a singular product whose bound is 0 as well.`,
    );
  if (corr.B && applicable)
    notes.push(`${lb} has unit diagonal (a correlation matrix), so the bound reads det(${la}∘${lb}) ≥ det(${la}).`);
  if (corr.A && applicable && !corr.B)
    notes.push(`${la} has unit diagonal (a correlation matrix), so det(${la}∘${lb}) ≥ det(${lb}).`);
  const had = (l: string, h: typeof hA, det: Scalar, diag: Scalar): string | null =>
    h
      ? `Hadamard's inequality for ${l}: det(${l}) = ${f(det)} ${h.equality ? '=' : '≤'} ∏${l.toLowerCase()}ᵢᵢ = ${f(diag)} (${h.holds ? 'holds' : 'FAILS'}${h.equality ? ', with equality' : ''}).`
      : null;
  const hadLines = [had(la, hA, detA, diagA), had(lb, hB, detB, diagB)].filter((x): x is string => x !== null);
  const sections: Section[] = [
    {
      body: matrixBlock(
        [
          { label: la, m: a },
          { label: lb, m: b },
          { label: `${la}∘${lb}`, m: ab },
        ],
        ['∘', '='],
      ),
    },
    { heading: 'The bounds', body: lines.join('\n') },
    { body: notes.join('\n') },
  ];
  if (hadLines.length) sections.push({ heading: "Hadamard's inequality", body: hadLines.join('\n') });
  sections.push({ body: numericsNote(o.exact, o.exact ? undefined : tol, o.switched) });
  const summary = applicable
    ? `det(${la}∘${lb}) = ${f(detAB)} ${rel(holdsA, equalityA)} det(${la})·∏${lb.toLowerCase()}ᵢᵢ = ${f(boundA)} and ${rel(holdsB, equalityB)} det(${lb})·∏${la.toLowerCase()}ᵢᵢ = ${f(boundB)}${equalityA || equalityB ? ' (equality)' : ''}.`
    : `Oppenheim does not apply (${la} and ${lb} must both be PSD); det(${la}∘${lb}) = ${f(detAB)}, bounds ${f(boundA)} and ${f(boundB)}.`;
  return {
    title: "Oppenheim's inequality",
    summary,
    sections,
    data: {
      labels: [la, lb],
      n,
      detA: scalarJSON(detA),
      detB: scalarJSON(detB),
      detAB: scalarJSON(detAB),
      diagProdA: scalarJSON(diagA),
      diagProdB: scalarJSON(diagB),
      boundA: scalarJSON(boundA),
      boundB: scalarJSON(boundB),
      holdsA,
      holdsB,
      equalityA,
      equalityB,
      applicable,
      verdicts: { A: vA.verdict, B: vB.verdict },
      correlation: corr,
      hadamard: { A: hA, B: hB },
      exact: o.exact,
      ...(o.exact ? {} : { tolerance: tol }),
    },
  };
}
