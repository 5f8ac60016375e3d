/**
 * `oppenheim`: det(A∘B) ≥ det(A)·∏bᵢᵢ and ≥ det(B)·∏aᵢᵢ for PSD A, B, decided exactly for
 * rational input (Bareiss determinants); equality cases; the correlation-matrix case; and
 * Hadamard's inequality det(M) ≤ ∏mᵢᵢ for each PSD input.
 */
import type { Entry, OppenheimData, OppenheimValue } from '../data.js';
import { checkDeadline, msLeft } from '../deadline.js';
import { kindNote, matrixBlock } from '../format.js';
import { bareissDeterminant, floatDeterminantScaled } from '../linalg/bareiss.js';
import { encloseRows, encloseScalar, matrixKind, toPolyRows } from '../linalg/decide.js';
import { IntervalDomain, genericDeterminant, isUndecided } from '../linalg/domain.js';
import { hadamard, isDiagonal, toFloatRows, toRationalRows, type Matrix } from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import { Scaled, formatScaled, scaledJSON } from '../numbers/scaled.js';
import { certifiedTextLong, equal, formatScalar, scalarJSON, toFloat, type Scalar } from '../numbers/scalar.js';
import { Certified, CAP_DIGITS, precisionLadder } from '../numbers/certified.js';
import { Interval, NeedPrecision } from '../numbers/interval.js';
import { ExactOverflow } from '../numbers/surd.js';
import { LPoly, MixedSymbols, Symbolic } from '../numbers/symbolic.js';
import type { Section } from '../types.js';
import { latexBlocks, latexCirc, latexEntry, latexLabel, latexText } from '../latex.js';
import { digitsText, isPsd, psdVerdict, verdictWords } from '../theorems/psd-verdict.js';
import { named, requireSameShape, requireSquare, type Operands } from './operands.js';
import { t } from '../i18n/index.js';
import type { VerbResult } from './result.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';

/** A determinant-sized quantity: an exact or certified scalar, or floating in scaled form (never ±∞ or 0). */
type Value = Scalar | Scaled;

/**
 * The comparisons of one Oppenheim answer. A relation is true or false when proved; `undecided` lists the comparisons
 * whose difference stayed within 10⁻ᴺ of 0 at the precision cap (their holds/equality are then false).
 */
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
  /** Comparisons not decided: 'A', 'B' (the two bounds), 'hadamardA', 'hadamardB'. */
  undecided: string[];
  /** How the comparisons were decided. */
  mode: 'rational' | 'exact' | 'certified' | 'float';
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
    undecided: [],
    mode: 'rational',
  };
}

/** The four comparisons from their differences' signs (null: undecided). */
function fromSigns(
  values: Omit<
    Compared,
    'holdsA' | 'holdsB' | 'equalityA' | 'equalityB' | 'hadamardA' | 'hadamardB' | 'undecided' | 'mode'
  >,
  signs: { A: number | null; B: number | null; hadamardA: number | null; hadamardB: number | null },
  mode: Compared['mode'],
): Compared {
  const undecided = (Object.keys(signs) as (keyof typeof signs)[]).filter((k) => signs[k] === null);
  const rel = (s: number | null) => ({ holds: s !== null && s >= 0, equality: s === 0 });
  return {
    ...values,
    holdsA: rel(signs.A).holds,
    equalityA: rel(signs.A).equality,
    holdsB: rel(signs.B).holds,
    equalityB: rel(signs.B).equality,
    hadamardA: rel(signs.hadamardA),
    hadamardB: rel(signs.hadamardB),
    undecided,
    mode,
  };
}

/** det of an exact (rational or symbolic) matrix, exactly: fraction-free over its polynomial domain. */
function exactDeterminant(m: Matrix): Rational | Symbolic {
  const poly = toPolyRows(m.e as (Rational | Symbolic)[][]);
  const d = genericDeterminant(poly.dom, poly.a) as LPoly;
  const value = Symbolic.make(poly.dom.sym, poly.dom.d, d);
  return Symbolic.div(value, Symbolic.pow(poly.scale, m.rows));
}

/** Surds and polynomials in π or e: every determinant and comparison exact. Throws ExactOverflow/MixedSymbols. */
function compareSymbolic(a: Matrix, b: Matrix, ab: Matrix): Compared {
  const [detA, detB, detAB] = [exactDeterminant(a), exactDeterminant(b), exactDeterminant(ab)];
  const diag = (m: Matrix): Rational | Symbolic =>
    m.e.reduce<Rational | Symbolic>((p, r, i) => Symbolic.mul(p, r[i] as Rational | Symbolic), Rational.ONE);
  const [diagA, diagB] = [diag(a), diag(b)];
  const boundA = Symbolic.mul(detA, diagB);
  const boundB = Symbolic.mul(detB, diagA);
  const sign = (x: Rational | Symbolic): number => (x instanceof Rational ? x.sign() : x.sign());
  return fromSigns(
    { detA, detB, detAB, diagA, diagB, boundA, boundB },
    {
      A: sign(Symbolic.sub(detAB, boundA)),
      B: sign(Symbolic.sub(detAB, boundB)),
      hadamardA: sign(Symbolic.sub(diagA, detA)),
      hadamardB: sign(Symbolic.sub(diagB, detB)),
    },
    'exact',
  );
}

/**
 * Certified values: every quantity enclosed at p = 64, 128, … bits until each difference excludes 0 or the cap is
 * reached. A determinant whose elimination meets no proved-nonzero pivot is enclosed division-free instead
 * (Berkowitz), so a singular matrix still gets an enclosure (containing 0). Exact structure proves what enclosures
 * cannot: a diagonal factor makes det(A∘B) equal its bound, exactly.
 */
function compareCertified(
  a: Matrix,
  b: Matrix,
  ab: Matrix,
  maxBits = Infinity,
  mode: Compared['mode'] = 'certified',
  allExact = false,
): Compared {
  const n = a.rows;
  // A factor that is exact on its own (rationals, or surds and π or e polynomials) keeps its exact determinant and
  // diagonal product, even when the other factor is certified: det(A) of a singular exact A is 0, not "≈0". The
  // determinant of a symbolic factor past EXACT_DET_MAX rows is enclosed first (exactly, over Q(√2, √3, √5, √7), it
  // takes seconds at 12×12): it is computed exactly only when the enclosures leave it or a comparison open.
  const exactA = exactParts(a, allExact);
  const exactB = exactParts(b, allExact);
  let last: { values: Interval[]; signs: (number | null)[] } | null = null;
  for (const p of precisionLadder().filter((q) => q <= maxBits)) {
    const started = performance.now();
    try {
      const dom = new IntervalDomain(p);
      const det = (m: Matrix): Interval => {
        const rows = encloseRows(m.e, p);
        const d = genericDeterminant(dom, rows);
        return isUndecided(d) ? berkowitz(dom, rows) : d;
      };
      const diag = (m: Matrix): Interval =>
        m.e.reduce<Interval>((q, r, i) => q.mul(encloseScalar(r[i], p), p), Interval.ONE);
      const [dA, dB, dAB, gA, gB] = [
        exactA?.det ? encloseScalar(exactA.det, p) : det(a),
        exactB?.det ? encloseScalar(exactB.det, p) : det(b),
        det(ab),
        exactA ? encloseScalar(exactA.diag, p) : diag(a),
        exactB ? encloseScalar(exactB.diag, p) : diag(b),
      ];
      const bA = dA.mul(gB, p);
      const bB = dB.mul(gA, p);
      const signs = [dAB.sub(bA, p).sign(), dAB.sub(bB, p).sign(), gA.sub(dA, p).sign(), gB.sub(dB, p).sign()];
      last = { values: [dA, dB, dAB, gA, gB, bA, bB], signs };
      // The determinants are shown and put in `data` too: refine until their own signs are proved as well (the
      // oracle found det A = π·10⁻²⁶ left at 64 bits, its midpoint −8.5e-20, once the comparisons were decided).
      const shown = [dA, dB, dAB].every((d) => d.sign() !== null);
      if (signs.every((s) => s !== null) && shown) break;
    } catch (e) {
      if (!(e instanceof NeedPrecision)) throw e;
    }
    if (msLeft() < 4 * (performance.now() - started) + 20) break;
  }
  // A deferred exact determinant settles what its enclosure left open: a determinant not proved nonzero (it may be
  // exactly 0) or an undecided comparison. Otherwise every sign is proved by the enclosures, the same signs.
  const open = !last || last.signs.some((s) => s === null);
  const deferredOpen = (x: ExactParts | undefined, k: number): boolean =>
    x !== undefined && x.det === undefined && (open || last!.values[k].sign() === null);
  if (!allExact && (deferredOpen(exactA, 0) || deferredOpen(exactB, 1)))
    return compareCertified(a, b, ab, maxBits, mode, true);
  if (!last) throw new NeedPrecision('no enclosure of the determinants');
  const [cA, cB, dAB, cgA, cgB, cbA, cbB] = last.values.map((v) => Certified.ofInterval(v));
  const signs = last.signs;
  const dA = exactA?.det ?? cA;
  const dB = exactB?.det ?? cB;
  const gA = exactA?.diag ?? cgA;
  const gB = exactB?.diag ?? cgB;
  // An exact zero determinant makes its bound exactly 0; so does an exact zero diagonal product.
  const zero = (x: Scalar | undefined): boolean => x !== undefined && equal(x, Rational.ZERO);
  const bA = zero(exactA?.det) || zero(exactB?.diag) ? Rational.ZERO : cbA;
  const bB = zero(exactB?.det) || zero(exactA?.diag) ? Rational.ZERO : cbB;
  // Hadamard's inequality of an exact factor is decided exactly.
  if (exactA?.det) signs[2] = Symbolic.sub(exactA.diag, exactA.det).sign();
  if (exactB?.det) signs[3] = Symbolic.sub(exactB.diag, exactB.det).sign();
  // A diagonal factor: A∘B is diagonal, det(A∘B) = ∏aᵢᵢbᵢᵢ = det(B)·∏aᵢᵢ when B is (and the other way round).
  if (isDiagonal(b)) signs[1] = 0;
  if (isDiagonal(a)) signs[0] = 0;
  void n;
  return fromSigns(
    { detA: dA, detB: dB, detAB: dAB, diagA: gA, diagB: gB, boundA: bA, boundB: bB },
    { A: signs[0], B: signs[1], hadamardA: signs[2], hadamardB: signs[3] },
    mode,
  );
}

/** Largest symbolic factor whose exact determinant is computed up front (the size compareAll computes exactly). */
const EXACT_DET_MAX = 4;

/** An exact factor's diagonal product, and its determinant unless deferred (symbolic, past EXACT_DET_MAX rows). */
interface ExactParts {
  det?: Rational | Symbolic;
  diag: Rational | Symbolic;
}

/**
 * The exact determinant and diagonal product of a matrix of exact entries, or undefined (certified or too large). A
 * symbolic matrix past EXACT_DET_MAX rows gets its determinant only when `withDet`.
 */
function exactParts(m: Matrix, withDet: boolean): ExactParts | undefined {
  const kind = matrixKind(m);
  if (kind !== 'rational' && kind !== 'symbolic') return undefined;
  try {
    if (kind === 'rational') {
      const rows = toRationalRows(m);
      return { det: bareissDeterminant(rows), diag: rows.reduce((p, r, i) => p.mul(r[i]), Rational.ONE) };
    }
    const diag = m.e.reduce<Rational | Symbolic>(
      (p, r, i) => Symbolic.mul(p, r[i] as Rational | Symbolic),
      Rational.ONE,
    );
    return withDet || m.rows <= EXACT_DET_MAX ? { det: exactDeterminant(m), diag } : { diag };
  } catch (e) {
    if (e instanceof ExactOverflow || e instanceof MixedSymbols) return undefined;
    throw e;
  }
}

/** The characteristic polynomial's constant term by Berkowitz's division-free algorithm: det of enclosures, always. */
function berkowitz(dom: IntervalDomain, a: Interval[][]): Interval {
  const n = a.length;
  // c: coefficients of the characteristic polynomial of the leading k×k block, highest first.
  let c: Interval[] = [Interval.ONE, dom.neg(a[0][0])];
  for (let k = 1; k < n; k++) {
    checkDeadline();
    // Toeplitz column for step k: [1, −a_kk, −R·C, −R·A·C, …] with R = row k left of k, C = column k above k.
    const R = a[k].slice(0, k);
    let C = a.slice(0, k).map((row) => row[k]);
    const t: Interval[] = [Interval.ONE, dom.neg(a[k][k])];
    for (let j = 0; j < k; j++) {
      let rc = Interval.ZERO;
      for (let i = 0; i < k; i++) rc = dom.add(rc, dom.mul(R[i], C[i]));
      t.push(dom.neg(rc));
      C = a.slice(0, k).map((row) => row.slice(0, k).reduce((s, v, i) => dom.add(s, dom.mul(v, C[i])), Interval.ZERO));
    }
    const next: Interval[] = [];
    for (let i = 0; i <= k + 1; i++) {
      let s = Interval.ZERO;
      for (let j = 0; j <= Math.min(i, k); j++) if (i - j < t.length) s = dom.add(s, dom.mul(t[i - j], c[j]));
      next.push(s);
    }
    c = next;
  }
  const constant = c[n];
  return n % 2 === 0 ? constant : dom.neg(constant);
}

/**
 * Floating input (large matrices from files): every quantity in scaled form, so no size overflows; a comparison is
 * decided when the difference is beyond both rounding-error bounds (the smaller of 64·n·ε·∏‖rowᵢ‖₂ and
 * 3n³ε·ρ·κ∞·|det|, see floatDeterminantScaled), and undecided within them. Equality is never claimed from doubles.
 */
function compareFloat(a: Matrix, b: Matrix, ab: Matrix): Compared {
  const n = a.rows;
  const k = Scaled.of(FLOAT_COMPARE_FACTOR * n * Number.EPSILON);
  const det = (m: Matrix): { det: Scaled; err: Scaled } => {
    const { det, rowNorms, relError } = floatDeterminantScaled(toFloatRows(m));
    const hadamardErr = rowNorms.mul(k);
    const condErr = relError < 0.5 ? det.abs().mul(Scaled.of(relError)) : hadamardErr;
    const err = condErr.sub(hadamardErr).sign() < 0 ? condErr : hadamardErr;
    return { det, err };
  };
  const diag = (m: Matrix): Scaled => m.e.reduce((p, r, i) => p.mul(Scaled.of(toFloat(r[i]))), Scaled.ONE);
  const [A, B, AB] = [det(a), det(b), det(ab)];
  const [diagA, diagB] = [diag(a), diag(b)];
  const boundA = A.det.mul(diagB);
  const boundB = B.det.mul(diagA);
  const errBoundA = A.err.mul(diagB.abs());
  const errBoundB = B.err.mul(diagA.abs());
  const sign = (x: Scaled, y: Scaled, err: Scaled): number | null => {
    const d = x.sub(y);
    return d.abs().sub(err).sign() > 0 ? d.sign() : null;
  };
  const signs = {
    A: sign(AB.det, boundA, AB.err.add(errBoundA)),
    B: sign(AB.det, boundB, AB.err.add(errBoundB)),
    hadamardA: sign(diagA, A.det, A.err),
    hadamardB: sign(diagB, B.det, B.err),
  };
  return fromSigns({ detA: A.det, detB: B.det, detAB: AB.det, diagA, diagB, boundA, boundB }, signs, 'float');
}

/** Floating comparisons allow FLOAT_COMPARE_FACTOR·n·ε times each determinant's Hadamard bound ∏‖rowᵢ‖₂. */
const FLOAT_COMPARE_FACTOR = 64;

function compareAll(a: Matrix, b: Matrix, ab: Matrix): Compared {
  const kind = matrixKind(a, b, ab);
  if (kind === 'rational') return compareExact(a, b, ab);
  if (kind === 'float') return compareFloat(a, b, ab);
  if (kind === 'symbolic') {
    // Small matrices: exact determinants (3π², not 29.6088). Larger ones: enclosures decide the signs in microseconds
    // (their values are shown with proved digits); the exact domain only settles what they cannot (an equality).
    if (a.rows > 4) {
      const quick = compareCertified(a, b, ab, 512, 'exact');
      if (quick.undecided.length === 0) return quick;
    }
    try {
      return compareSymbolic(a, b, ab);
    } catch (e) {
      if (!(e instanceof ExactOverflow) && !(e instanceof MixedSymbols)) throw e;
    }
  }
  return compareCertified(a, b, ab);
}

function hasUnitDiagonal(m: Matrix): boolean {
  return m.e.every((r, i) => equal(r[i], Rational.ONE));
}

export function oppenheimVerb(o: Operands): VerbResult<OppenheimData> {
  requireSquare(o, 'oppenheim');
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const n = a.rows;
  const ab = named(`${la}∘${lb}`, () => hadamard(a, b));
  const c = compareAll(a, b, ab);
  const { detA, detB, detAB, diagA, diagB, boundA, boundB, holdsA, holdsB, equalityA, equalityB } = c;
  const vA = psdVerdict(a);
  const vB = psdVerdict(b);
  const applicable = isPsd(vA.verdict) && isPsd(vB.verdict);
  const hA = isPsd(vA.verdict) ? c.hadamardA : null;
  const hB = isPsd(vB.verdict) ? c.hadamardB : null;
  const corr = { A: hasUnitDiagonal(a), B: hasUnitDiagonal(b) };
  // A certified value is written ≈ with the digits it proves (8 at most), never as if it were exact; a sum is
  // parenthesised as a factor: 144·(6720 + 1680*sqrt(2)).
  const f = (x: Value): string =>
    x instanceof Scaled
      ? formatScaled(x, (v) => formatScalar(v))
      : x instanceof Certified
        ? approx(certifiedTextLong(x, 8))
        : formatScalar(x);
  const approx = (t: string): string => (t.startsWith('≈') ? t : `≈${t}`);
  const factor = (x: Value): string => {
    const t = f(x);
    return /\S\s[+-]\s/.test(t) ? `(${t})` : t;
  };
  /** "= ≈7419.67" reads "≈ 7419.67". */
  const tidy = (line: string): string => line.replace(/= ≈/g, '≈ ');
  const j = (x: Value): Entry => (x instanceof Scaled ? scaledJSON(x) : scalarJSON(x));
  const undecidedA = c.undecided.includes('A');
  const undecidedB = c.undecided.includes('B');
  const rel = (holds: boolean, eq: boolean, open = false): string => (open ? '≈' : eq ? '=' : holds ? '≥' : '<');
  const digits = digitsText(CAP_DIGITS);
  const verdict = (holds: boolean, eq: boolean, open: boolean): string =>
    open ? t('opp.undecided', { digits }) : t(eq ? 'opp.holdsEquality' : holds ? 'opp.holds' : 'opp.fails');
  const det = `det(${la}∘${lb})`;
  const boundAName = `det(${la})·∏${lb.toLowerCase()}ᵢᵢ`;
  const boundBName = `det(${lb})·∏${la.toLowerCase()}ᵢᵢ`;

  const lines = [
    `- ${det} = ${f(detAB)}`,
    t('opp.boundLine', {
      bound: boundAName,
      factors: `${factor(detA)}·${factor(diagB)}`,
      value: f(boundA),
      det,
      rel: rel(holdsA, equalityA, undecidedA),
      verdict: verdict(holdsA, equalityA, undecidedA),
    }),
    t('opp.boundLine', {
      bound: boundBName,
      factors: `${factor(detB)}·${factor(diagA)}`,
      value: f(boundB),
      det,
      rel: rel(holdsB, equalityB, undecidedB),
      verdict: verdict(holdsB, equalityB, undecidedB),
    }),
  ].map(tidy);
  const notes: string[] = [];
  if (applicable) {
    notes.push(
      t(holdsA && holdsB ? 'opp.appliesHold' : undecidedA || undecidedB ? 'opp.appliesUndecided' : 'opp.appliesBug', {
        a: la,
        b: lb,
      }),
    );
  } else {
    // "A is not positive semidefinite" as one sentence of its own ("A no es…", not "A es no…").
    const failing = (name: string, v: typeof vA.verdict): string =>
      v === 'not_psd' ? t('opp.isNotPsd', { name }) : t('opp.isVerdict', { name, verdict: verdictWords(v) });
    notes.push(
      !isPsd(vA.verdict) && !isPsd(vB.verdict)
        ? t('opp.needsBoth', { a: la, b: lb, failingA: failing(la, vA.verdict), failingB: failing(lb, vB.verdict) })
        : t('opp.needsOne', {
            a: la,
            b: lb,
            failing: isPsd(vA.verdict) ? failing(lb, vB.verdict) : failing(la, vA.verdict),
          }),
    );
  }
  if (equalityA || equalityB)
    notes.push(
      `${t(c.mode === 'certified' ? 'opp.equalityStructure' : 'opp.equalityExact')} ${t('opp.equalityCases', {
        a: la,
        ab: `${la}∘${lb}`,
        bound: boundAName,
      })}`,
    );
  if (corr.B && applicable) notes.push(t('opp.correlationB', { a: la, b: lb, ab: `${la}∘${lb}` }));
  if (corr.A && applicable && !corr.B) notes.push(t('opp.correlationA', { a: la, b: lb, ab: `${la}∘${lb}` }));
  const had = (l: string, h: typeof hA, det: Value, diag: Value, open: boolean): string | null =>
    h
      ? open
        ? tidy(
            t('opp.hadamardUndecided', { label: l, det: f(det), prod: `∏${l.toLowerCase()}ᵢᵢ`, diag: f(diag), digits }),
          )
        : tidy(
            t('opp.hadamardLine', {
              label: l,
              det: f(det),
              rel: h.equality ? '=' : '≤',
              prod: `∏${l.toLowerCase()}ᵢᵢ`,
              diag: f(diag),
              status: t(
                h.holds ? (h.equality ? 'opp.hadamardHoldsEquality' : 'opp.hadamardHolds') : 'opp.hadamardFails',
              ),
            }),
          )
      : null;
  const hadLines = [
    had(la, hA, detA, diagA, c.undecided.includes('hadamardA')),
    had(lb, hB, detB, diagB, c.undecided.includes('hadamardB')),
  ].filter((x): x is string => x !== null);
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
    { heading: t('opp.bounds'), body: lines.join('\n') },
    { body: notes.join('\n') },
  ];
  if (hadLines.length) sections.push({ heading: t('opp.hadamard'), body: hadLines.join('\n') });
  sections.push({
    body:
      kindNote(c.mode, o.switched) +
      (c.mode === 'float' ? ` ${t('opp.floatNote', { factor: String(FLOAT_COMPARE_FACTOR) })}` : ''),
  });
  const summary = tidy(
    applicable
      ? t(equalityA || equalityB ? 'opp.summaryEquality' : 'opp.summary', {
          det,
          value: f(detAB),
          relA: rel(holdsA, equalityA, undecidedA),
          boundA: boundAName,
          valueA: f(boundA),
          relB: rel(holdsB, equalityB, undecidedB),
          boundB: boundBName,
          valueB: f(boundB),
        })
      : t('opp.summaryNotApplicable', {
          a: la,
          b: lb,
          det,
          value: f(detAB),
          valueA: f(boundA),
          valueB: f(boundB),
        }),
  );
  const values: Record<OppenheimValue, Value> = {
    detA,
    detB,
    detAB,
    diagProdA: diagA,
    diagProdB: diagB,
    boundA,
    boundB,
  };
  const approximate = (Object.keys(values) as OppenheimValue[]).filter((k) => values[k] instanceof Certified);
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
    ...(approximate.length ? { approximate } : {}),
    // Undecided (the difference stayed within 10⁻ᴺ of 0): equality is null; the bound holds by the theorem when both
    // matrices are proved PSD, and is null (unknown) otherwise. Never `false` for what was not proved false.
    holdsA: undecidedA ? (applicable ? true : null) : holdsA,
    holdsB: undecidedB ? (applicable ? true : null) : holdsB,
    equalityA: undecidedA ? null : equalityA,
    equalityB: undecidedB ? null : equalityB,
    applicable,
    verdicts: { A: vA.verdict, B: vB.verdict },
    correlation: corr,
    hadamard: {
      A: hA && c.undecided.includes('hadamardA') ? { holds: true, equality: null } : hA,
      B: hB && c.undecided.includes('hadamardB') ? { holds: true, equality: null } : hB,
    },
    exact: c.mode === 'rational' || c.mode === 'exact',
    ...(c.mode === 'float' ? { tolerance: FLOAT_COMPARE_FACTOR * n * Number.EPSILON } : {}),
    ...(c.mode === 'certified' ? { certified: true } : {}),
    ...(c.undecided.length ? { undecided: c.undecided } : {}),
  };
  return {
    title: t('opp.title'),
    summary,
    sections,
    data: { ...data, latex: oppenheimLatex(data) },
  };
}

/** det(A∘B) against both of Oppenheim's bounds, with the relation the exact (or scaled) comparison decided. */
export function oppenheimLatex(d: OppenheimData): string {
  const [la, lb] = d.labels;
  const det = `\\det(${latexCirc([la, lb])})`;
  // An undecided comparison (null) is written ≈: the two sides agree to the precision cap.
  const rel = (holds: boolean | null, equality: boolean | null): string =>
    equality === null ? '\\approx' : equality ? '=' : holds ? '\\ge' : '<';
  // A value known only through an enclosure is ≈ (\\approx); a sum is parenthesised as a factor.
  const approx = new Set(d.approximate ?? []);
  const eq = (...keys: OppenheimValue[]): string => (keys.some((k) => approx.has(k)) ? '\\approx' : '=');
  const factor = (e: Entry): string => {
    const t = latexEntry(e);
    return /\S\s[+-]\s/.test(t) ? `\\left(${t}\\right)` : t;
  };
  const bound = (
    x: string,
    y: string,
    detX: Entry,
    diagY: Entry,
    value: Entry,
    keys: [OppenheimValue, OppenheimValue, OppenheimValue],
  ): string =>
    `\\det(${latexLabel(x)}) \\prod_{i} ${latexLabel(y).toLowerCase()}_{ii} ${eq(keys[0], keys[1])} ${factor(detX)} \\cdot ${factor(diagY)} ${eq(keys[2])} ${latexEntry(value)}`;
  const lines = [
    `${det} ${eq('detAB')} ${latexEntry(d.detAB)}`,
    `${det} ${rel(d.holdsA, d.equalityA)} ${bound(la, lb, d.detA, d.diagProdB, d.boundA, ['detA', 'diagProdB', 'boundA'])}`,
    `${det} ${rel(d.holdsB, d.equalityB)} ${bound(lb, la, d.detB, d.diagProdA, d.boundB, ['detB', 'diagProdA', 'boundB'])}`,
  ];
  if (!d.applicable) lines.push(latexText(t('opp.latexNotApplicable', { a: la, b: lb })));
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
