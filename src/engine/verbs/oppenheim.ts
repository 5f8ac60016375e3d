/**
 * `oppenheim`: det(A∘B) ≥ det(A)·∏bᵢᵢ and ≥ det(B)·∏aᵢᵢ for PSD A, B, decided exactly for
 * rational input (Bareiss determinants); equality cases; the correlation-matrix case; and
 * Hadamard's inequality det(M) ≤ ∏mᵢᵢ for each PSD input.
 */
import type { Entry, OppenheimData } from '../data.js';
import { matrixBlock, numericsNote } from '../format.js';
import { bareissDeterminant, floatDeterminantScaled } from '../linalg/bareiss.js';
import { hadamard, toFloatRows, toRationalRows, type Matrix } from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import { Scaled, formatScaled, scaledJSON } from '../numbers/scaled.js';
import { equal, formatScalar } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { latexBlocks, latexCirc, latexEntry, latexLabel, latexText } from '../latex.js';
import { isPsd, psdVerdict, verdictWords } from '../theorems/psd-verdict.js';
import { named, requireSameShape, requireSquare, type Operands } from './operands.js';
import type { VerbResult } from './result.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';

/** A determinant-sized quantity: exact, or floating in scaled form (mantissa and power of two: never ±∞ or 0). */
type Value = Rational | Scaled;

/** The comparisons of one Oppenheim answer: exact for rational input, up to rounding error for floating input. */
interface Compared {
  detA: Value;
  detB: Value;
  detAB: Value;
  diagA: Value;
  diagB: Value;
  boundA: Value;
  boundB: Value;
  holdsA: boolean;
  holdsB: boolean;
  equalityA: boolean;
  equalityB: boolean;
  hadamardA: { holds: boolean; equality: boolean };
  hadamardB: { holds: boolean; equality: boolean };
}

function compareExact(a: Matrix, b: Matrix, ab: Matrix): Compared {
  const det = (m: Matrix): Rational => bareissDeterminant(toRationalRows(m));
  const diag = (m: Matrix): Rational => m.e.reduce((p, r, i) => p.mul(r[i] as Rational), Rational.ONE);
  const [detA, detB, detAB, diagA, diagB] = [det(a), det(b), det(ab), diag(a), diag(b)];
  const boundA = detA.mul(diagB);
  const boundB = detB.mul(diagA);
  return {
    detA,
    detB,
    detAB,
    diagA,
    diagB,
    boundA,
    boundB,
    holdsA: detAB.cmp(boundA) >= 0,
    holdsB: detAB.cmp(boundB) >= 0,
    equalityA: detAB.equals(boundA),
    equalityB: detAB.equals(boundB),
    hadamardA: { holds: diagA.cmp(detA) >= 0, equality: diagA.equals(detA) },
    hadamardB: { holds: diagB.cmp(detB) >= 0, equality: diagB.equals(detB) },
  };
}

/**
 * Floating input: every quantity in scaled form, so no size overflows; x ≥ y holds when x − y ≥ −(errₓ + err_y) and
 * equality when |x − y| ≤ errₓ + err_y, where a determinant's err is the smaller of 64·n·ε·∏‖rowᵢ‖₂ (its rounding
 * scale) and 3n³ε·ρ·κ∞·|det| (its condition-based bound, see floatDeterminantScaled), and a bound's err carries the
 * diagonal product along.
 */
function compareFloat(a: Matrix, b: Matrix, ab: Matrix): Compared {
  const n = a.rows;
  const k = Scaled.of(FLOAT_COMPARE_FACTOR * n * Number.EPSILON);
  const det = (m: Matrix): { det: Scaled; err: Scaled } => {
    const { det, rowNorms, relError } = floatDeterminantScaled(toFloatRows(m));
    // Two bounds on the rounding error, both valid: Hadamard's scale (sharp for small n) and the condition-based
    // relative one (sharp for large n, where ∏‖rowᵢ‖₂ dwarfs any determinant). The smaller decides; a determinant
    // is 0 only when neither bound can tell it from 0.
    const hadamardErr = rowNorms.mul(k);
    const snap = rowNorms.mul(Scaled.of(16 * n * Number.EPSILON));
    const provenNonzero = relError < 0.5;
    const condErr = provenNonzero ? det.abs().mul(Scaled.of(relError)) : hadamardErr;
    const err = condErr.sub(hadamardErr).sign() < 0 ? condErr : hadamardErr;
    return { det: !provenNonzero && det.abs().sub(snap).sign() <= 0 ? Scaled.ZERO : det, err };
  };
  const diag = (m: Matrix): Scaled => m.e.reduce((p, r, i) => p.mul(Scaled.from(r[i])), Scaled.ONE);
  const [A, B, AB] = [det(a), det(b), det(ab)];
  const [diagA, diagB] = [diag(a), diag(b)];
  const boundA = A.det.mul(diagB);
  const boundB = B.det.mul(diagA);
  const errBoundA = A.err.mul(diagB.abs());
  const errBoundB = B.err.mul(diagA.abs());
  const geq = (x: Scaled, y: Scaled, err: Scaled): boolean => x.sub(y).add(err).sign() >= 0;
  const eq = (x: Scaled, y: Scaled, err: Scaled): boolean => x.sub(y).abs().sub(err).sign() <= 0;
  return {
    detA: A.det,
    detB: B.det,
    detAB: AB.det,
    diagA,
    diagB,
    boundA,
    boundB,
    holdsA: geq(AB.det, boundA, AB.err.add(errBoundA)),
    holdsB: geq(AB.det, boundB, AB.err.add(errBoundB)),
    equalityA: eq(AB.det, boundA, AB.err.add(errBoundA)),
    equalityB: eq(AB.det, boundB, AB.err.add(errBoundB)),
    hadamardA: { holds: geq(diagA, A.det, A.err), equality: eq(diagA, A.det, A.err) },
    hadamardB: { holds: geq(diagB, B.det, B.err), equality: eq(diagB, B.det, B.err) },
  };
}

/** Floating comparisons allow FLOAT_COMPARE_FACTOR·n·ε times each determinant's Hadamard bound ∏‖rowᵢ‖₂. */
const FLOAT_COMPARE_FACTOR = 64;

function hasUnitDiagonal(m: Matrix): boolean {
  return m.e.every((r, i) => equal(r[i], Rational.ONE, m.exact ? 0 : 4 * Number.EPSILON));
}

export function oppenheimVerb(o: Operands): VerbResult<OppenheimData> {
  requireSquare(o, 'oppenheim');
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const n = a.rows;
  const ab = named(`${la}∘${lb}`, () => hadamard(a, b));
  const c = o.exact ? compareExact(a, b, ab) : compareFloat(a, b, ab);
  const { detA, detB, detAB, diagA, diagB, boundA, boundB, holdsA, holdsB, equalityA, equalityB } = c;
  const vA = psdVerdict(a);
  const vB = psdVerdict(b);
  const applicable = isPsd(vA.verdict) && isPsd(vB.verdict);
  const hA = isPsd(vA.verdict) ? c.hadamardA : null;
  const hB = isPsd(vB.verdict) ? c.hadamardB : null;
  const corr = { A: hasUnitDiagonal(a), B: hasUnitDiagonal(b) };
  const f = (x: Value): string => (x instanceof Scaled ? formatScaled(x, (v) => formatScalar(v)) : formatScalar(x));
  const j = (x: Value): Entry => (x instanceof Scaled ? scaledJSON(x) : x.toJSON());
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
  const had = (l: string, h: typeof hA, det: Value, diag: Value): string | null =>
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
  sections.push({
    body:
      numericsNote(o.exact, undefined, o.switched) +
      (o.exact
        ? ''
        : ` Determinants are computed with a separate power of two, so no size overflows, and compared up to their rounding error, ${FLOAT_COMPARE_FACTOR}·n·ε times Hadamard's bound ∏‖rowᵢ‖₂.`),
  });
  const summary = applicable
    ? `det(${la}∘${lb}) = ${f(detAB)} ${rel(holdsA, equalityA)} det(${la})·∏${lb.toLowerCase()}ᵢᵢ = ${f(boundA)} and ${rel(holdsB, equalityB)} det(${lb})·∏${la.toLowerCase()}ᵢᵢ = ${f(boundB)}${equalityA || equalityB ? ' (equality)' : ''}.`
    : `Oppenheim does not apply (${la} and ${lb} must both be PSD); det(${la}∘${lb}) = ${f(detAB)}, bounds ${f(boundA)} and ${f(boundB)}.`;
  const data: OppenheimData = {
    labels: [la, lb],
    n,
    detA: j(detA),
    detB: j(detB),
    detAB: j(detAB),
    diagProdA: j(diagA),
    diagProdB: j(diagB),
    boundA: j(boundA),
    boundB: j(boundB),
    holdsA,
    holdsB,
    equalityA,
    equalityB,
    applicable,
    verdicts: { A: vA.verdict, B: vB.verdict },
    correlation: corr,
    hadamard: { A: hA, B: hB },
    exact: o.exact,
    ...(o.exact ? {} : { tolerance: FLOAT_COMPARE_FACTOR * n * Number.EPSILON }),
  };
  return {
    title: "Oppenheim's inequality",
    summary,
    sections,
    data: { ...data, latex: oppenheimLatex(data) },
  };
}

/** det(A∘B) against both of Oppenheim's bounds, with the relation the exact (or scaled) comparison decided. */
export function oppenheimLatex(d: OppenheimData): string {
  const [la, lb] = d.labels;
  const det = `\\det(${latexCirc([la, lb])})`;
  const rel = (holds: boolean, equality: boolean): string => (equality ? '=' : holds ? '\\ge' : '<');
  const bound = (x: string, y: string, detX: Entry, diagY: Entry, value: Entry): string =>
    `\\det(${latexLabel(x)}) \\prod_{i} ${latexLabel(y).toLowerCase()}_{ii} = ${latexEntry(detX)} \\cdot ${latexEntry(diagY)} = ${latexEntry(value)}`;
  const lines = [
    `${det} = ${latexEntry(d.detAB)}`,
    `${det} ${rel(d.holdsA, d.equalityA)} ${bound(la, lb, d.detA, d.diagProdB, d.boundA)}`,
    `${det} ${rel(d.holdsB, d.equalityB)} ${bound(lb, la, d.detB, d.diagProdA, d.boundB)}`,
  ];
  if (!d.applicable)
    lines.push(
      latexText(`Oppenheim's inequality needs ${la} and ${lb} positive semidefinite; here it does not apply.`),
    );
  return latexBlocks(lines);
}

const spec: VerbSpec = {
  verb: 'oppenheim',
  description: "Oppenheim's inequality det(A∘B) ≥ det(A)·∏bᵢᵢ both ways round, and Hadamard's",
  usage: '/hadamard oppenheim A B',
  grammar: { kind: 'matrices', min: 2, max: 2 },
  options: [
    { name: 'a', description: `Square matrix A, ${MATRIX_HINT}`, required: true },
    { name: 'b', description: 'Square matrix B, same size as A', required: true },
  ],
  examples: [
    'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]',
    'oppenheim [[2,1],[1,2]] ones(2,2)',
    'oppenheim [[4,2],[2,3]] [1 1/2; 1/2 1]',
  ],
};

export default {
  spec,
  compute: onMatrices(spec, oppenheimVerb),
  async figures(data, options) {
    const { renderOppenheimFigure } = await import('../render/oppenheim.js');
    return [await renderOppenheimFigure(data, options)];
  },
} satisfies VerbModule<OppenheimData>;
