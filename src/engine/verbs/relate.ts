/**
 * `relate`: the Hadamard product beside the ordinary one. The diagonal case A∘B = AB, the
 * vector case a∘b = diag(a)·b, the trace identity tr(AᵀB) = 1ᵀ(A∘B)1, and A∘B as the
 * submatrix of A⊗B at rows i·m+i, columns j·n+j.
 */
import type { RelateData } from '../data.js';
import { fence, inlineMatrix, matrixBlock, matrixLines, numericsNote } from '../format.js';
import {
  generate,
  hadamard,
  isDiagonal,
  isSquare,
  kron,
  matEqual,
  matMul,
  matrixJSON,
  maxAbs,
  sumEntries,
  trace,
  transpose,
  type Matrix,
} from '../numbers/matrix.js';
import { Rational } from '../numbers/rational.js';
import { equal, formatScalar, mul, scalarJSON } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';

/** Largest A⊗B (rows or columns) kept in `data` for drawing. */
const MAX_KRON_SIDE = 16;

export function relateVerb(o: Operands): VerbResult<RelateData> {
  requireSameShape(o);
  const [a, b] = o.mats;
  const [la, lb] = o.labels;
  const m = a.rows;
  const n = a.cols;
  const p = hadamard(a, b);
  const scale = Math.max(1, maxAbs(a)) * Math.max(1, maxAbs(b));
  const tol = o.exact ? 0 : 1e-12 * scale * m * n;

  // Trace identity.
  const trAtB = trace(matMul(transpose(a), b));
  const sum = sumEntries(p);
  const traceEqual = equal(trAtB, sum, tol);

  // Diagonal case.
  const diagApplies = isSquare(a) && isDiagonal(a) && isDiagonal(b);
  const ordinary = isSquare(a) ? matMul(a, b) : null;
  const diagEqual = diagApplies && ordinary ? matEqual(p, ordinary, tol) : null;

  // Vector case: a∘b = diag(a)·b, as column vectors.
  const isVec = m === 1 || n === 1;
  let vecEqual: boolean | null = null;
  let diagA: Matrix | null = null;
  if (isVec) {
    const av = a.e.flat();
    const bv = b.e.flat();
    diagA = generate(av.length, av.length, (i, j) => (i === j ? av[i] : Rational.ZERO));
    const col = generate(bv.length, 1, (i) => bv[i]);
    const prod = matMul(diagA, col);
    vecEqual = av.every((x, i) => equal(mul(x, bv[i]), prod.e[i][0], tol));
  }

  // Kronecker: (A⊗B)[i·m+i, j·n+j] = aᵢⱼ·bᵢⱼ.
  const rows = Array.from({ length: m }, (_, i) => i * m + i);
  const cols = Array.from({ length: n }, (_, j) => j * n + j);
  const kronEqual = rows.every((r, i) =>
    cols.every((c, j) => {
      const k = mul(a.e[Math.floor(r / m)][Math.floor(c / n)], b.e[r % m][c % n]);
      return equal(k, p.e[i][j], tol);
    }),
  );
  const K = m * m <= MAX_KRON_SIDE && n * n <= MAX_KRON_SIDE ? kron(a, b) : null;

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
      heading: 'Trace identity (Frobenius inner product)',
      body: `tr(${la}ᵀ${lb}) = ${f(trAtB)} and 1ᵀ(${la}∘${lb})1 = Σᵢⱼ aᵢⱼbᵢⱼ = ${f(sum)}: ${traceEqual ? 'equal ✓' : 'NOT equal ✗'}.`,
    },
  ];
  if (diagApplies && ordinary)
    sections.push({
      heading: 'Diagonal case',
      body: `${la} and ${lb} are both diagonal, so ${la}∘${lb} = ${la}${lb} = ${inlineMatrix(ordinary)} ${diagEqual ? '✓' : '✗'} — a rare case where the two products agree.`,
    });
  else
    sections.push({
      heading: 'Diagonal case',
      body: `${la} and ${lb} are not both diagonal, so ${la}∘${lb} and ${ordinary ? `${la}${lb} = ${inlineMatrix(ordinary)}` : `${la}${lb} (undefined for these shapes)`} generally differ. For diagonal matrices they coincide: try \`relate diag(1,2,3) diag(4,5,6)\`.`,
    });
  if (isVec && diagA)
    sections.push({
      heading: 'Vector case',
      body: `As vectors, a∘b = diag(a)·b ${vecEqual ? '✓' : '✗'}:\n${fence(['diag(a) =', ...matrixLines(diagA)].join('\n'))}`,
    });
  sections.push({
    heading: 'Inside the Kronecker product',
    body: `${la}∘${lb} is the submatrix of ${la}⊗${lb} (${m * m}×${n * n}) at rows ${rows.map((r) => r + 1).join(', ')} and columns ${cols.map((c) => c + 1).join(', ')}: the entry of ${la}⊗${lb} in row (i−1)·${m}+i, column (j−1)·${n}+j is aᵢⱼ·bᵢⱼ ${kronEqual ? '✓' : '✗'}.${K ? '' : ' (A⊗B is too large to draw; the indices are checked all the same.)'}`,
  });
  sections.push({ body: numericsNote(o.exact, o.exact ? undefined : tol, o.switched) });
  const summary = `tr(${la}ᵀ${lb}) = 1ᵀ(${la}∘${lb})1 = ${f(sum)}; ${la}∘${lb} sits inside ${la}⊗${lb} at rows/cols ${rows.map((r) => r + 1).join(',')} / ${cols.map((c) => c + 1).join(',')}${diagApplies ? `; diagonal, so ${la}∘${lb} = ${la}${lb}` : ''}.`;
  return {
    title: 'Relations to the ordinary product',
    summary,
    sections,
    data: {
      labels: [la, lb],
      A: matrixJSON(a),
      B: matrixJSON(b),
      product: matrixJSON(p),
      traceIdentity: { trAtB: scalarJSON(trAtB), sum: scalarJSON(sum), equal: traceEqual },
      diagonal: { applies: diagApplies, equal: diagEqual, ordinary: ordinary ? matrixJSON(ordinary) : null },
      vector: { applies: isVec, equal: vecEqual, diagA: diagA ? matrixJSON(diagA) : null },
      kronecker: { rows, cols, equal: kronEqual, matrix: K ? matrixJSON(K) : null },
      exact: o.exact,
    },
  };
}
