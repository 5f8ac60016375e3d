// The engine's exact answers against independent oracles (./oracles.ts): every verdict, rank,
// witness, determinant, bound, flag, trace and entry is recomputed from the typed input by code
// that shares nothing with the engine but the Rational number type. Random exact matrices up to
// 5×5, non-square ones included, with magnitudes from 10⁻³⁰ to 10³⁰ (see ./random-matrices.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../fc-seed.js';
import fc from 'fast-check';
import { runText, type Answer } from '../../src/engine/index.js';
import { Rational } from '../../src/engine/numbers/rational.js';
import {
  det,
  diagProduct,
  entrySum,
  fromEntry,
  fromMatrixData,
  fromVectorData,
  hadamardQ,
  isDiagonal,
  isPsdVerdict,
  isSquare,
  kronQ,
  matMulQ,
  parseEntryText,
  parseMatrixText,
  psdVerdictOracle,
  quadraticForm,
  rank,
  rankByMinors,
  shape,
  submatrix,
  symmetricPartQ,
  trace,
  transposeQ,
  entryText,
  matrixText,
  type Q,
  type QMatrix,
  type Verdict,
} from './oracles.js';
import {
  anyMatrix,
  anyShape,
  commutingWith,
  congruenceMatrix,
  lowRankMatrix,
  randomMatrix,
  scalar,
  size,
  squareMatrix,
  typed,
  type Typed,
} from './random-matrices.js';

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

/** Entry-by-entry equality of engine data and an oracle matrix, with the first difference named. */
function assertMatrix(actual: unknown, expected: QMatrix, what: string): void {
  assertSameQ(fromMatrixData(actual, what), expected, what);
}

function assertSameQ(got: QMatrix, expected: QMatrix, what: string): void {
  assert.deepEqual(shape(got), shape(expected), `${what}: shape`);
  got.forEach((r, i) =>
    r.forEach((x, j) => assert.ok(x.equals(expected[i][j]), `${what}[${i}][${j}] = ${x}, expected ${expected[i][j]}`)),
  );
}

function assertScalar(actual: unknown, expected: Q, what: string): void {
  const got = fromEntry(actual, what);
  assert.ok(got.equals(expected), `${what} = ${got}, expected ${expected}`);
}

/** The verdict/rank/witness contract of one PSD judgement, against the oracle. */
function checkVerdict(m: QMatrix, verdict: unknown, what: string): Verdict {
  const expected = psdVerdictOracle(m);
  assert.equal(verdict, expected, `${what}: verdict ${verdict}, principal minors say ${expected}`);
  return expected;
}

function checkWitness(m: QMatrix, w: { x: unknown; value: unknown } | undefined, what: string): void {
  assert.ok(w, `${what}: not_psd needs a witness`);
  const x = fromVectorData(w.x, `${what} witness`);
  assert.equal(x.length, m.length, `${what}: witness length`);
  const value = quadraticForm(m, x);
  assert.ok(value.sign() < 0, `${what}: xᵀMx = ${value} for x = (${x.join(', ')}) is not < 0`);
  assertScalar(w.value, value, `${what}: witnessValue`);
}

const cmd = (verb: string, ...ops: Typed[]) => `${verb} ${ops.map((o) => o.text).join(' ')}`;

// ------------------------------------------------------------------ the oracles themselves

test('oracle self-check: the text writer and reader round-trip every spelling exactly', () => {
  fc.assert(
    fc.property(scalar, fc.integer({ min: 0, max: 3 }), (x, style) => {
      const text = entryText(x, style);
      assert.ok(parseEntryText(text).equals(x), `${x} → ${text}`);
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(
      anyShape(5).chain(([r, c]) => anyMatrix(r, c).chain(typed)),
      ({ m, text }) => {
        const back = parseMatrixText(text);
        assert.ok(back.every((r, i) => r.every((x, j) => x.equals(m[i][j]))) && back.length === m.length, text);
      },
    ),
    { numRuns: 200 },
  );
  assert.equal(entryText(Rational.of(3, 10n ** 30n)), '3e-30');
  assert.equal(entryText(Rational.int(7n * 10n ** 25n)), '7e25');
  assert.equal(entryText(Rational.of(1, 8), 2), '1.25e-1');
  assert.equal(matrixText([[Rational.ONE, Rational.of(-1, 3)]], 'matlab'), '[1 -1/3]');
});

test('oracle self-check: determinants, ranks and verdicts on known matrices', () => {
  const m = (rows: (number | string)[][]): QMatrix => rows.map((r) => r.map((x) => parseEntryText(String(x))));
  assert.equal(
    det(
      m([
        ['1', '1/2', '1/3'],
        ['1/2', '1/3', '1/4'],
        ['1/3', '1/4', '1/5'],
      ]),
    ).toString(),
    '1/2160',
  );
  assert.equal(
    det(
      m([
        [1, 1, 1, 1],
        [1, 2, 3, 4],
        [1, 3, 6, 10],
        [1, 4, 10, 20],
      ]),
    ).toString(),
    '1',
  );
  assert.equal(
    det(
      m([
        [0, 1],
        [1, 0],
      ]),
    ).toString(),
    '-1',
  );
  const cases: [(number | string)[][], Verdict, number][] = [
    [
      [
        [1, 1, 0],
        [1, 1, 0],
        [0, 0, -1],
      ],
      'not_psd',
      2,
    ],
    [
      [
        [2, 1],
        [1, 2],
      ],
      'pd',
      2,
    ],
    [
      [
        [1, 1],
        [1, 1],
      ],
      'psd',
      1,
    ],
    [
      [
        [1, 2],
        [2, 1],
      ],
      'not_psd',
      2,
    ],
    [
      [
        [0, 0],
        [0, -1],
      ],
      'not_psd',
      1,
    ], // leading minors 0, 0: only a non-leading minor shows it
    [
      [
        [0, 1],
        [1, 0],
      ],
      'not_psd',
      2,
    ],
    [[[0]], 'psd', 0],
    [
      [
        [1, 2],
        [0, 1],
      ],
      'not_symmetric',
      2,
    ],
    [[[1, 2, 3]], 'not_square', 1],
  ];
  for (const [rows, verdict, r] of cases) {
    assert.equal(psdVerdictOracle(m(rows)), verdict, JSON.stringify(rows));
    assert.equal(rank(m(rows)), r, `rank of ${JSON.stringify(rows)}`);
  }
});

test('oracle self-check: row-basis rank equals the largest nonzero minor', () => {
  fc.assert(
    fc.property(
      anyShape(4).chain(([r, c]) => fc.oneof(anyMatrix(r, c), lowRankMatrix(r, c))),
      (a) => assert.equal(rank(a), rankByMinors(a), JSON.stringify(a.map((r) => r.map(String)))),
    ),
    { numRuns: 300 },
  );
});

test('oracle self-check: PSD by minors means xᵀMx ≥ 0 for random x, PD means > 0', () => {
  fc.assert(
    fc.property(
      size(5).chain((n) =>
        fc.tuple(congruenceMatrix(n), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n })),
      ),
      ([a, xs]) => {
        const v = psdVerdictOracle(a);
        const x = xs.map((k) => Rational.int(k));
        const value = quadraticForm(a, x);
        if (isPsdVerdict(v)) assert.ok(value.sign() >= 0);
        if (v === 'pd' && xs.some((k) => k !== 0)) assert.ok(value.sign() > 0);
      },
    ),
    { numRuns: 300 },
  );
});

// ------------------------------------------------------------------ psd

/** psd on a typed matrix: verdict, rank, witness, the matrix read, the certificate, the symmetric part. */
async function checkPsd({ m, text }: Typed): Promise<void> {
  const r = await answer(`psd ${text}`);
  const d = r.data;
  const what = `psd ${text}`;
  assert.equal(d.exact, true, `${what}: exact input is computed exactly`);
  assertMatrix(d.matrix, m, `${what}: the matrix read`);
  const v = checkVerdict(m, d.verdict, what);
  if (v === 'not_square' || v === 'not_symmetric') assert.equal(d.rank, null, `${what}: rank`);
  else assert.equal(d.rank, rank(m), `${what}: rank ${d.rank}, Gaussian elimination says ${rank(m)}`);
  if (v === 'not_psd') checkWitness(m, { x: d.witness, value: d.witnessValue }, what);
  else assert.equal(d.witness, undefined, `${what}: no witness unless not_psd`);
  if (v === 'pd' || v === 'psd') {
    // The LDLᵀ certificate, multiplied out by us: M[perm][perm] = L·D·Lᵀ, D ≥ 0, rank of them > 0.
    const f = d.factorization as { perm: number[]; L: unknown; D: unknown } | undefined;
    assert.ok(f, `${what}: a certificate`);
    const L = fromMatrixData(f.L, `${what}: L`);
    const D = fromVectorData(f.D, `${what}: D`);
    assert.deepEqual(
      [...f.perm].sort((a, b) => a - b),
      [...m.keys()],
      `${what}: perm is a permutation`,
    );
    assert.ok(
      D.every((x) => x.sign() >= 0),
      `${what}: D ≥ 0`,
    );
    assert.equal(D.filter((x) => x.sign() > 0).length, rank(m), `${what}: positive pivots = rank`);
    const LD = L.map((row) => row.map((x, j) => x.mul(D[j])));
    assertSameQ(matMulQ(LD, transposeQ(L)), submatrix(m, f.perm), `${what}: L·D·Lᵀ = M[perm][perm]`);
  }
  if (v === 'not_symmetric') {
    const s = d.symmetricPart as { matrix: unknown; verdict: unknown };
    const sym = symmetricPartQ(m);
    assertMatrix(s.matrix, sym, `${what}: (M+Mᵀ)/2`);
    checkVerdict(sym, s.verdict, `${what}: symmetric part`);
  }
}

test('psd: verdict = principal minors, rank = elimination, witness xᵀMx < 0 recomputed', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .oneof(
          { weight: 5, arbitrary: size(5).chain((n) => squareMatrix(n)) },
          { weight: 1, arbitrary: anyShape(5).chain(([r, c]) => anyMatrix(r, c)) },
        )
        .chain(typed),
      checkPsd,
    ),
    {
      numRuns: 1000,
      // The issue's rank bug: skipping a row in the exact elimination said rank 3.
      examples: [[{ m: parseMatrixText('[[1,1,0],[1,1,0],[0,0,-1]]'), text: '[[1,1,0],[1,1,0],[0,0,-1]]' }]],
    },
  );
});

// ------------------------------------------------------------------ schur

test('schur: the verdicts of A, B, A∘B and AB all equal the principal-minor oracle', async () => {
  const pair = size(5).chain((n) =>
    squareMatrix(n).chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.oneof({ weight: 4, arbitrary: squareMatrix(n) }, { weight: 1, arbitrary: commutingWith(a) }),
      ),
    ),
  );
  const issueA = parseMatrixText('[[2,1],[1,2]]');
  const issueB = parseMatrixText('[[0,1],[1,0]]');
  await fc.assert(
    fc.asyncProperty(
      pair.chain(([a, b]) => fc.tuple(typed(a), typed(b))),
      async ([A, B]) => {
        const text = cmd('schur', A, B);
        const r = await answer(text);
        const d = r.data as {
          verdicts: Record<string, unknown>;
          matrices: Record<string, unknown>;
          witnesses?: Record<string, { x: unknown; value: unknown }>;
          hypothesis: boolean;
          strongHypothesis: boolean;
          exact: boolean;
        };
        assert.equal(d.exact, true, text);
        const mats: Record<'A' | 'B' | 'AB' | 'ordinaryAB', QMatrix> = {
          A: A.m,
          B: B.m,
          AB: hadamardQ(A.m, B.m),
          ordinaryAB: matMulQ(A.m, B.m),
        };
        const v = {} as Record<keyof typeof mats, Verdict>;
        for (const k of ['A', 'B', 'AB', 'ordinaryAB'] as const) {
          assertMatrix(d.matrices[k], mats[k], `${text}: ${k}`);
          v[k] = checkVerdict(mats[k], d.verdicts[k], `${text}: ${k}`);
          if (v[k] === 'not_psd') checkWitness(mats[k], d.witnesses?.[k], `${text}: ${k}`);
        }
        assert.equal(d.hypothesis, isPsdVerdict(v.A) && isPsdVerdict(v.B), `${text}: hypothesis`);
        assert.equal(d.strongHypothesis, v.A === 'pd' && v.B === 'pd', `${text}: strong hypothesis`);
        // The theorem, on the oracle's verdicts (a check of the oracle as much as of the engine).
        if (isPsdVerdict(v.A) && isPsdVerdict(v.B)) assert.ok(isPsdVerdict(v.AB), `${text}: Schur`);
        if (v.A === 'pd' && v.B === 'pd') assert.equal(v.AB, 'pd', `${text}: Schur, strong form`);
      },
    ),
    {
      numRuns: 500,
      // The issue's Schur bug: reporting A's verdict (pd) for A∘B = [[0,1],[1,0]] (not PSD).
      examples: [
        [
          [
            { m: issueA, text: '[[2,1],[1,2]]' },
            { m: issueB, text: '[[0,1],[1,0]]' },
          ],
        ],
      ],
    },
  );
});

test('schur and oppenheim refuse non-square or mismatched shapes with the right error', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .tuple(anyShape(4), anyShape(4))
        .filter(([[r1, c1], [r2, c2]]) => r1 !== c1 || r2 !== c2 || r1 !== r2)
        .chain(([[r1, c1], [r2, c2]]) =>
          fc.tuple(randomMatrix(r1, c1).chain(typed), randomMatrix(r2, c2).chain(typed)),
        ),
      fc.constantFrom('schur', 'oppenheim'),
      async ([A, B], verb) => {
        const r = await runText(cmd(verb, A, B), { figures: false });
        assert.equal(r.ok, false, cmd(verb, A, B));
        if (r.ok) return;
        const square = isSquare(A.m) && isSquare(B.m);
        const same = A.m.length === B.m.length && A.m[0].length === B.m[0].length;
        const allowed = [...(square ? [] : ['not_square']), ...(same ? [] : ['shape_mismatch'])];
        assert.ok(allowed.includes(r.code), `${cmd(verb, A, B)}: ${r.code}, expected ${allowed.join(' or ')}`);
      },
    ),
    { numRuns: 80 },
  );
});

// ------------------------------------------------------------------ oppenheim

test('oppenheim: determinants by cofactor expansion, both bounds, every flag recomputed', async () => {
  await fc.assert(
    fc.asyncProperty(
      size(5)
        .chain((n) => fc.tuple(squareMatrix(n), squareMatrix(n)))
        .chain(([a, b]) => fc.tuple(typed(a), typed(b))),
      async ([A, B]) => {
        const text = cmd('oppenheim', A, B);
        const d = (await answer(text)).data;
        const a = A.m;
        const b = B.m;
        const detA = det(a);
        const detB = det(b);
        const detAB = det(hadamardQ(a, b));
        const diagA = diagProduct(a);
        const diagB = diagProduct(b);
        const boundA = detA.mul(diagB);
        const boundB = detB.mul(diagA);
        const values: [string, Q][] = [
          ['detA', detA],
          ['detB', detB],
          ['detAB', detAB],
          ['diagProdA', diagA],
          ['diagProdB', diagB],
          ['boundA', boundA],
          ['boundB', boundB],
        ];
        for (const [k, x] of values) assertScalar(d[k], x, `${text}: ${k}`);
        const vA = psdVerdictOracle(a);
        const vB = psdVerdictOracle(b);
        const applicable = isPsdVerdict(vA) && isPsdVerdict(vB);
        assert.deepEqual(
          {
            holdsA: d.holdsA,
            holdsB: d.holdsB,
            equalityA: d.equalityA,
            equalityB: d.equalityB,
            applicable: d.applicable,
            verdicts: d.verdicts,
            exact: d.exact,
          },
          {
            holdsA: detAB.cmp(boundA) >= 0,
            holdsB: detAB.cmp(boundB) >= 0,
            equalityA: detAB.equals(boundA),
            equalityB: detAB.equals(boundB),
            applicable,
            verdicts: { A: vA, B: vB },
            exact: true,
          },
          text,
        );
        const had = (v: Verdict, dt: Q, dg: Q) =>
          isPsdVerdict(v) ? { holds: dg.cmp(dt) >= 0, equality: dg.equals(dt) } : null;
        assert.deepEqual(d.hadamard, { A: had(vA, detA, diagA), B: had(vB, detB, diagB) }, `${text}: Hadamard`);
        const unit = (m: QMatrix) => m.every((r, i) => r[i].equals(Rational.ONE));
        assert.deepEqual(d.correlation, { A: unit(a), B: unit(b) }, `${text}: correlation`);
        // The theorem on our own numbers: for PSD A and B both bounds hold.
        if (applicable) assert.ok(detAB.cmp(boundA) >= 0 && detAB.cmp(boundB) >= 0, `${text}: Oppenheim`);
      },
    ),
    { numRuns: 400 },
  );
});

// ------------------------------------------------------------------ relate

test('relate: tr(AᵀB) = Σaᵢⱼbᵢⱼ, Kronecker indices and entries, diagonal and vector cases', async () => {
  await fc.assert(
    fc.asyncProperty(
      anyShape(5)
        .chain(([r, c]) => fc.tuple(anyMatrix(r, c), anyMatrix(r, c)))
        .chain(([a, b]) => fc.tuple(typed(a), typed(b))),
      async ([A, B]) => {
        const text = cmd('relate', A, B);
        const d = (await answer(text)).data as Record<string, Record<string, unknown>> & { exact: boolean };
        const a = A.m;
        const b = B.m;
        const [m, n] = shape(a);
        assert.equal(d.exact, true);
        assertMatrix(d.A, a, `${text}: A`);
        assertMatrix(d.B, b, `${text}: B`);
        assertMatrix(d.product, hadamardQ(a, b), `${text}: A∘B`);
        const sum = entrySum(a, b);
        assert.ok(trace(matMulQ(transposeQ(a), b)).equals(sum), 'oracle: tr(AᵀB) = Σaᵢⱼbᵢⱼ');
        assertScalar(d.traceIdentity.trAtB, sum, `${text}: trAtB`);
        assertScalar(d.traceIdentity.sum, sum, `${text}: sum`);
        assert.equal(d.traceIdentity.equal, true, `${text}: trace identity`);
        // (A⊗B)[i·m+i][j·n+j] = aᵢⱼbᵢⱼ: the rows and columns where A∘B sits inside A⊗B.
        const rows = [...Array(m).keys()].map((i) => i * m + i);
        const cols = [...Array(n).keys()].map((j) => j * n + j);
        assert.deepEqual(d.kronecker.rows, rows, `${text}: Kronecker rows`);
        assert.deepEqual(d.kronecker.cols, cols, `${text}: Kronecker cols`);
        const K = kronQ(a, b);
        assert.ok(
          rows.every((r, i) => cols.every((c, j) => K[r][c].equals(a[i][j].mul(b[i][j])))),
          'oracle: A∘B inside A⊗B',
        );
        assert.equal(d.kronecker.equal, true, `${text}: Kronecker`);
        if (d.kronecker.matrix !== null) assertMatrix(d.kronecker.matrix, K, `${text}: A⊗B`);
        const square = m === n;
        const diagonal = square && isDiagonal(a) && isDiagonal(b);
        assert.equal(d.diagonal.applies, diagonal, `${text}: diagonal case applies`);
        if (square) assertMatrix(d.diagonal.ordinary, matMulQ(a, b), `${text}: AB`);
        else assert.equal(d.diagonal.ordinary, null);
        if (diagonal) {
          const ab = matMulQ(a, b);
          assert.ok(
            hadamardQ(a, b).every((r, i) => r.every((x, j) => x.equals(ab[i][j]))),
            'oracle: diagonal case',
          );
          assert.equal(d.diagonal.equal, true, `${text}: A∘B = AB`);
        } else assert.equal(d.diagonal.equal, null, `${text}: diagonal.equal`);
        const vector = m === 1 || n === 1;
        assert.equal(d.vector.applies, vector, `${text}: vector case applies`);
        if (vector) {
          const av = a.flat();
          assertMatrix(
            d.vector.diagA,
            av.map((x, i) => av.map((_, j) => (i === j ? x : Rational.ZERO))),
            `${text}: diag(a)`,
          );
          assert.equal(d.vector.equal, true, `${text}: a∘b = diag(a)b`);
        }
      },
    ),
    { numRuns: 300 },
  );
});

// ------------------------------------------------------------------ props

test('props: the five flags recomputed with a plain loop over the entries', async () => {
  await fc.assert(
    fc.asyncProperty(
      anyShape(5).chain(([r, c]) =>
        fc.tuple(
          anyMatrix(r, c).chain(typed),
          anyMatrix(r, c).chain(typed),
          fc.option(anyMatrix(r, c).chain(typed), { freq: 3 }),
        ),
      ),
      async ([A, B, C]) => {
        const text = C ? cmd('props', A, B, C) : cmd('props', A, B);
        const d = (await answer(text)).data;
        const a = A.m;
        const b = B.m;
        const c = C?.m;
        const every = (f: (i: number, j: number) => boolean) => a.every((r, i) => r.every((_, j) => f(i, j)));
        const at = (m: QMatrix, i: number, j: number) => m[i][j];
        const aT = transposeQ(a);
        const bT = transposeQ(b);
        const expected = {
          commutative: every((i, j) =>
            at(a, i, j)
              .mul(at(b, i, j))
              .equals(at(b, i, j).mul(at(a, i, j))),
          ),
          associative: c
            ? every((i, j) =>
                a[i][j]
                  .mul(b[i][j])
                  .mul(c[i][j])
                  .equals(a[i][j].mul(b[i][j].mul(c[i][j]))),
              )
            : null,
          distributive: c
            ? every((i, j) => a[i][j].mul(b[i][j].add(c[i][j])).equals(a[i][j].mul(b[i][j]).add(a[i][j].mul(c[i][j]))))
            : null,
          identity: every((i, j) => a[i][j].mul(Rational.ONE).equals(a[i][j])),
          // ((A∘B)ᵀ)ⱼᵢ = (A∘B)ᵢⱼ against (Aᵀ∘Bᵀ)ⱼᵢ = aᵀⱼᵢ·bᵀⱼᵢ.
          transpose: every((i, j) => a[i][j].mul(b[i][j]).equals(aT[j][i].mul(bT[j][i]))),
          exact: true,
        };
        assert.deepEqual(
          {
            commutative: d.commutative,
            associative: d.associative,
            distributive: d.distributive,
            identity: d.identity,
            transpose: d.transpose,
            exact: d.exact,
          },
          expected,
          text,
        );
      },
    ),
    { numRuns: 200 },
  );
});

// ------------------------------------------------------------------ product

test('product: every entry of 2 to 6 operands recomputed, the operands read back exactly', async () => {
  const SEPARATORS = [' ', ' ∘ ', ' .* ', ' o ', ' ⊙ ', ' * '];
  await fc.assert(
    fc.asyncProperty(
      fc
        .tuple(anyShape(5), fc.integer({ min: 2, max: 6 }))
        .chain(([[r, c], k]) =>
          fc.tuple(
            fc.array(anyMatrix(r, c).chain(typed), { minLength: k, maxLength: k }),
            fc.array(fc.constantFrom(...SEPARATORS), { minLength: k - 1, maxLength: k - 1 }),
          ),
        ),
      async ([ops, seps]) => {
        const text = ops.map((o, i) => (i === 0 ? '' : seps[i - 1]) + o.text).join('');
        const d = (await answer(text)).data as Record<string, unknown> & {
          worked: { row: number; col: number; factors: unknown[]; value: unknown };
        };
        const mats = ops.map((o) => o.m);
        const expected = mats.slice(1).reduce(hadamardQ, mats[0]);
        assert.deepEqual(d.shape, shape(mats[0]), `${text}: shape`);
        assert.equal(d.exact, true);
        (d.operands as unknown[]).forEach((o, i) => assertMatrix(o, mats[i], `${text}: operand ${i + 1}`));
        assert.equal((d.operands as unknown[]).length, mats.length);
        assertMatrix(d.product, expected, `${text}: product`);
        const { row, col, factors, value } = d.worked;
        factors.forEach((f, i) => assertScalar(f, mats[i][row][col], `${text}: worked factor ${i + 1}`));
        assertScalar(value, expected[row][col], `${text}: worked value`);
      },
    ),
    { numRuns: 200 },
  );
});

// The checks above, read back on a hand-made matrix, so a reader sees what one case looks like.
test('the oracles on the two wrong answers the issue reports', async () => {
  const three = parseMatrixText('[[1,1,0],[1,1,0],[0,0,-1]]');
  assert.equal(rank(three), 2);
  assert.equal(psdVerdictOracle(three), 'not_psd');
  await checkPsd({ m: three, text: '[[1,1,0],[1,1,0],[0,0,-1]]' });
  const s = await answer('schur [[2,1],[1,2]] [[0,1],[1,0]]');
  const ab = hadamardQ(parseMatrixText('[[2,1],[1,2]]'), parseMatrixText('[[0,1],[1,0]]'));
  assert.equal(psdVerdictOracle(ab), 'not_psd');
  assert.equal((s.data.verdicts as Record<string, unknown>).AB, 'not_psd');
});
