// psdFloat: the floating PSD verdict that no scale can fool. Signs decide diagonal matrices and negative diagonal
// entries; the balanced matrix D⁻¹ᐟ²MD⁻¹ᐟ² decides the rest, so a symmetric positive diagonal scaling never changes
// the verdict; every witness is real (xᵀMx < 0, recomputed here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { floatRank, psdFloat } from '../../../src/engine/linalg/psd-float.js';
import { ldltExact } from '../../../src/engine/linalg/ldlt.js';
import { gramArb, smallInt, symmetricOf } from './helpers.js';
import { Rational } from '../../../src/engine/numbers/rational.js';
import { exactDouble, psdVerdictOracle, rank as oracleRank } from '../oracles.js';

const close = (a: number, b: number, tol: number, what = ''): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} ${a} vs ${b} (tol ${tol})`);

/** xᵀMx in plain doubles (for matrices of modest size only). */
const quad = (m: number[][], x: number[]): number =>
  m.reduce((s, row, i) => s + x[i] * row.reduce((t, v, j) => t + v * x[j], 0), 0);

test('psdFloat: verdicts, ranks and witnesses on small cases', () => {
  const a = psdFloat([
    [1, 2],
    [2, 1],
  ]);
  assert.equal(a.verdict, 'not_psd');
  assert.equal(a.rank, 2, 'rank counts the negative eigenvalue too, as the exact rank does');
  close(a.witnessValue!, -1, 1e-14);
  close(a.witness![0], Math.SQRT1_2, 1e-15);
  close(a.witness![1], -Math.SQRT1_2, 1e-15);
  assert.equal(a.decidedBy, 'eigenvalues');

  const s2 = Math.SQRT2;
  const b = psdFloat([
    [2, s2],
    [s2, 1],
  ]);
  assert.deepEqual([b.verdict, b.rank, b.witness], ['psd', 1, undefined]);
  close(b.balancedEigenvalues[0], 0, b.tolerance);

  assert.equal(
    psdFloat([
      [2, -1],
      [-1, 2],
    ]).verdict,
    'pd',
  );
  assert.deepEqual(
    [
      psdFloat([
        [0, 0],
        [0, 0],
      ]).verdict,
      psdFloat([
        [0, 0],
        [0, 0],
      ]).rank,
    ],
    ['psd', 0],
  );
  assert.equal(psdFloat([]).verdict, 'pd');
  const c = psdFloat([
    [0.1, 0.2],
    [0.2, 0.4],
  ]);
  assert.deepEqual([c.verdict, c.rank], ['psd', 1]);
});

test('psdFloat: diagonal matrices and 1×1 are decided by the signs of their entries, at any size', () => {
  const diag = (...d: number[]): number[][] => d.map((v, i) => d.map((_, j) => (i === j ? v : 0)));
  // The reproductions: a tolerance taken from the largest entry swallowed the small one.
  assert.deepEqual(
    [psdFloat(diag(Math.SQRT2 * 1e200, 1)).verdict, psdFloat(diag(Math.SQRT2 * 1e200, 1)).rank],
    ['pd', 2],
  );
  assert.equal(psdFloat(diag(Math.PI * 1e-30, Math.PI * 1e30)).verdict, 'pd');
  const neg = psdFloat(diag(-1e-200 * Math.SQRT2, 1));
  assert.equal(neg.verdict, 'not_psd');
  assert.deepEqual(neg.witness, [1, 0]);
  assert.equal(neg.witnessValue, -1e-200 * Math.SQRT2);
  assert.equal(neg.decidedBy, 'signs');
  // Subnormal entries keep their sign.
  assert.equal(psdFloat(diag(-1e-320 * Math.PI)).verdict, 'not_psd');
  assert.equal(psdFloat(diag(5e-324)).verdict, 'pd');
  assert.deepEqual([psdFloat(diag(1, 0, 3)).verdict, psdFloat(diag(1, 0, 3)).rank], ['psd', 2]);
  // Just below zero is below zero: no tolerance where the signs decide.
  assert.equal(psdFloat(diag(1, -1e-17)).verdict, 'not_psd');
  assert.equal(psdFloat(diag(1, -1e-10)).verdict, 'not_psd');
});

test('psdFloat: a zero diagonal entry beside a nonzero one is a negative 2×2 minor, whatever the sizes', () => {
  const r = psdFloat([
    [0, 1e-300],
    [1e-300, 1e300],
  ]);
  assert.equal(r.verdict, 'not_psd');
  // x₁ = −1e450 would not fit in a double: the certificate is the minor itself.
  assert.deepEqual(r.minor, [0, 1]);
  const s = psdFloat([
    [0, 3],
    [3, 5],
  ]);
  assert.equal(s.verdict, 'not_psd');
  assert.ok(
    quad(
      [
        [0, 3],
        [3, 5],
      ],
      s.witness!,
    ) < 0,
  );
  close(
    s.witnessValue!,
    quad(
      [
        [0, 3],
        [3, 5],
      ],
      s.witness!,
    ),
    1e-12,
  );
  const t = psdFloat([
    [0, 2],
    [2, 0],
  ]);
  assert.equal(t.verdict, 'not_psd');
  assert.ok(
    quad(
      [
        [0, 2],
        [2, 0],
      ],
      t.witness!,
    ) < 0,
  );
  // A zero row and column is only a zero eigenvalue.
  const z = psdFloat([
    [0, 0],
    [0, 2],
  ]);
  assert.deepEqual([z.verdict, z.rank], ['psd', 1]);
});

test('psdFloat: the verdict and rank are unchanged by a symmetric positive diagonal scaling D M D (10^±100)', () => {
  const sym = symmetricOf(smallInt.map((v) => Rational.int(v)));
  fc.assert(
    fc.property(
      fc.oneof(
        sym,
        gramArb.map(({ m }) => m),
      ),
      fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 6, maxLength: 6 }),
      (m, powers) => {
        const exact = ldltExact(m);
        const f = m.map((row) => row.map((v) => v.toNumber()));
        const d = f.map((_, i) => Math.SQRT2 ** (i + 1) * 10 ** powers[i]);
        const scaled = f.map((row, i) => row.map((v, j) => v * d[i] * d[j]));
        for (const x of [f, scaled]) {
          const res = psdFloat(x);
          assert.equal(res.verdict, exact.verdict, JSON.stringify(x));
          if (exact.verdict !== 'not_psd') assert.equal(res.rank, exact.rank);
          else if (res.witness) {
            // The witness is real: recomputed on the unscaled matrix (y = D·x), where plain doubles suffice.
            const y = res.witness.map((v, i) => (x === scaled ? v * d[i] : v));
            assert.ok(quad(f, y) < 0, `xᵀMx = ${quad(f, y)}`);
            assert.ok(res.witnessValue! < 0);
          }
        }
      },
    ),
    { numRuns: 200 },
  );
});

// ---- every field of the answer, against oracles that share no code with psdFloat ----

/** A symmetric integer matrix (entries −4…4) from one of several families, n ≤ 5: every verdict and decider. */
const twin: fc.Arbitrary<Rational[][]> = fc.integer({ min: 1, max: 5 }).chain((n) => {
  const sym = fc
    .array(fc.integer({ min: -4, max: 4 }), { minLength: n * n, maxLength: n * n })
    .map((v) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => v[Math.min(i, j) * n + Math.max(i, j)])),
    );
  const gram = fc
    .array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: n })
    .map((g) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => g.reduce((s, r) => s + r[i] * r[j], 0))),
    );
  // A Gram matrix with one diagonal entry lowered: positive diagonal, often not PSD, rarely by a 2×2 minor.
  const lowered = fc
    .tuple(gram, fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 3 }))
    .map(([m, k, d]) => m.map((r, i) => r.map((v, j) => (i === k && j === k ? Math.max(1, v - d) : v))));
  const diagonal = fc
    .array(fc.integer({ min: -2, max: 5 }), { minLength: n, maxLength: n })
    .map((d) => d.map((v, i) => d.map((_, j) => (i === j ? v : 0))));
  // Zero rows and columns in a Gram matrix, and zero diagonal entries beside nonzero ones.
  const zeroed = fc
    .tuple(fc.oneof(gram, sym), fc.integer({ min: 0, max: n - 1 }), fc.boolean())
    .map(([m, k, row]) =>
      m.map((r, i) => r.map((v, j) => ((row && (i === k || j === k)) || (!row && i === k && j === k) ? 0 : v))),
    );
  return fc.oneof(sym, gram, lowered, diagonal, zeroed).map((m) => m.map((r) => r.map((v) => Rational.int(v))));
});

/** A positive diagonal scaling dᵢ = √cᵢ·10^kᵢ (irrational for most cᵢ), applied in doubles: D·M·D. */
const scaling = fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -100, max: 100 })), {
  minLength: 5,
  maxLength: 5,
});

function scaleByD(m: Rational[][], d: [number, number][]): number[][] {
  const f = d.map(([c, k]) => Math.sqrt(c) * 10 ** k);
  const x = m.map((r, i) => r.map((v, j) => (j < i ? 0 : v.toNumber() * f[i] * f[j])));
  return x.map((r, i) => r.map((v, j) => (j < i ? x[j][i] : v)));
}

/** Checks every field of psdFloat(x) for the exactly symmetric double matrix x, D·M·D of the exact twin m. */
function checkAgainstOracles(m: Rational[][], x: number[][]): void {
  const n = x.length;
  const r = psdFloat(x);
  const what = JSON.stringify(x);
  const xq = x.map((row) => row.map(exactDouble));
  // The verdict and the rank are those of the twin (Sylvester's law of inertia: D·M·D has M's inertia).
  assert.equal(r.verdict, psdVerdictOracle(m), `verdict of ${what}`);
  assert.equal(r.rank, oracleRank(m), `rank of ${what} (${r.verdict})`);
  const diagonal = x.every((row, i) => row.every((v, j) => i === j || v === 0));
  assert.equal(r.diagonal, diagonal, `diagonal flag of ${what}`);
  // What decided, from the definitions in the doc comment: signs, then minors, then eigenvalues.
  const negative = x.some((row, i) => row[i] < 0);
  const zeroBesideNonzero = x.some((row, i) => row[i] === 0 && row.some((v, j) => j !== i && v !== 0));
  const kept = x.map((_, i) => i).filter((i) => x[i][i] > 0);
  // |bᵢⱼ| = |mᵢⱼ|/√(mᵢᵢmⱼⱼ) > 2, decided exactly: mᵢⱼ² > 4·mᵢᵢ·mⱼⱼ (ratios within 10⁻⁹ of 4 are skipped).
  let farMinor: boolean | null = false;
  for (const i of kept)
    for (const j of kept) {
      if (j <= i) continue;
      const lhs = xq[i][j].mul(xq[i][j]);
      const rhs = xq[i][i].mul(xq[j][j]).mul(Rational.int(4));
      if (lhs.cmp(rhs) > 0) farMinor = farMinor === false ? true : farMinor;
      if (Math.abs(lhs.div(rhs).toNumber() - 1) < 1e-9) farMinor = null;
    }
  if (farMinor === null) return;
  const decidedBy = negative ? 'signs' : zeroBesideNonzero || farMinor ? 'minor' : diagonal ? 'signs' : 'eigenvalues';
  assert.equal(r.decidedBy, decidedBy, `decidedBy for ${what}`);
  // The balanced eigenvalues: B = D⁻¹ᐟ²MD⁻¹ᐟ² over the rows with a positive diagonal has trace p and
  // ‖B‖²_F = p + Σ mᵢⱼ²/(mᵢᵢmⱼⱼ); the eigenvalues must have that sum and that sum of squares.
  if (decidedBy === 'eigenvalues' || (decidedBy === 'signs' && !negative)) {
    const p = kept.length;
    const ev = r.balancedEigenvalues;
    assert.equal(ev.length, p, `${p} balanced eigenvalues for ${what}`);
    for (let k = 1; k < p; k++) assert.ok(ev[k - 1] <= ev[k], `ascending: ${ev}`);
    let frob = 0;
    let inf = 0;
    for (const i of kept) {
      let row = 0;
      for (const j of kept) {
        const b = i === j ? 1 : x[i][j] / Math.sqrt(x[i][i]) / Math.sqrt(x[j][j]);
        frob += b * b;
        row += Math.abs(b);
      }
      inf = Math.max(inf, row);
    }
    close(
      ev.reduce((s, v) => s + v, 0),
      p,
      1e-9 * frob + 1e-12,
      `trace of B for ${what}`,
    );
    close(
      ev.reduce((s, v) => s + v * v, 0),
      frob,
      1e-9 * frob,
      `‖B‖²_F for ${what}`,
    );
    if (decidedBy === 'eigenvalues') {
      // The tolerance is 8·p·ε·‖B‖∞, applied to B; the rank counts the eigenvalues beyond it.
      close(r.tolerance, Math.max(8 * p * Number.EPSILON * inf, 2 ** -1022), 1e-9 * r.tolerance, 'tolerance');
      assert.equal(r.rank, ev.filter((v) => Math.abs(v) > r.tolerance).length, 'rank counts |λ| > tolerance');
    }
  } else assert.deepEqual(r.balancedEigenvalues, [], `no eigenvalues when ${decidedBy} decided`);
  if (r.verdict !== 'not_psd') {
    assert.equal(r.witness, undefined);
    assert.equal(r.minor, undefined);
    return;
  }
  if (r.witness) {
    // The witness is real: xᵀMx < 0, computed exactly from the doubles, and witnessValue is that number.
    assert.equal(r.witness.length, n);
    const w = r.witness.map(exactDouble);
    const value = quadQ(xq, w);
    assert.ok(value.sign() < 0, `xᵀMx = ${value.toNumber()} for ${what}, x = ${r.witness}`);
    const size = quadQ(
      xq.map((row) => row.map((v) => (v.sign() < 0 ? v.neg() : v))),
      w.map((v) => (v.sign() < 0 ? v.neg() : v)),
    );
    const err = Math.abs(value.sub(exactDouble(r.witnessValue!)).div(size).toNumber());
    assert.ok(err < 1e-9, `witnessValue ${r.witnessValue} vs xᵀMx ${value.toNumber()} for ${what}`);
    if (decidedBy === 'eigenvalues')
      assert.ok(r.witness.find((v) => v !== 0)! > 0, `the eigenvector's first nonzero entry is positive: ${r.witness}`);
    if (decidedBy === 'signs') {
      // e_k for the most negative diagonal entry.
      const k = x.reduce((b, row, i) => (row[i] < x[b][b] ? i : b), 0);
      assert.deepEqual(
        r.witness,
        x.map((_, i) => (i === k ? 1 : 0)),
      );
    }
  } else {
    // Only a minor may stand without a witness (when x would not fit in doubles), and then it is named.
    assert.equal(r.decidedBy, 'minor', 'only a minor may stand without a witness');
    assert.ok(r.minor, 'a minor without a witness is named');
  }
  if (r.minor) {
    const [i, j] = r.minor;
    assert.ok(i < j, `minor rows in order: ${r.minor}`);
    assert.ok(xq[i][i].mul(xq[j][j]).sub(xq[i][j].mul(xq[i][j])).sign() < 0, `minor (${i},${j}) of ${what}`);
  }
  if (decidedBy === 'minor' && r.witness) {
    // The witness lives on the two rows of a negative 2×2 principal minor.
    const rows = r.witness.map((v, k) => (v === 0 ? -1 : k)).filter((k) => k >= 0);
    assert.equal(rows.length, 2, `a minor's witness has two nonzero entries: ${r.witness}`);
    const [i, j] = rows;
    assert.ok(xq[i][i].mul(xq[j][j]).sub(xq[i][j].mul(xq[i][j])).sign() < 0, `minor (${i},${j}) of ${what}`);
  }
}

function quadQ(m: Rational[][], x: Rational[]): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) s = s.add(x[i].mul(m[i][j]).mul(x[j]));
  return s;
}

test('psdFloat: verdict, rank, decider, balanced eigenvalues, tolerance, witness and minor against independent oracles', () => {
  fc.assert(
    fc.property(twin, scaling, (m, d) => {
      checkAgainstOracles(
        m,
        m.map((r) => r.map((v) => v.toNumber())),
      );
      checkAgainstOracles(m, scaleByD(m, d));
    }),
    { numRuns: 400 },
  );
});

test('floatRank: the rank of D·M·D is the exact rank of M, for any symmetric M and positive diagonal D', () => {
  fc.assert(
    fc.property(twin, scaling, fc.boolean(), (m, d, flip) => {
      // floatRank needs no sign pattern: negate some rows and columns too (−1 on D's diagonal keeps the rank).
      const x = scaleByD(m, d).map((r, i) => r.map((v, j) => (flip && (i + j) % 2 === 1 ? -v : v)));
      assert.equal(floatRank(x), oracleRank(m), JSON.stringify(x));
    }),
    { numRuns: 400 },
  );
  // Diagonal: its nonzero entries, at any size.
  assert.equal(
    floatRank([
      [1e-300, 0],
      [0, -1e300],
    ]),
    2,
  );
  assert.equal(
    floatRank([
      [0, 0],
      [0, -5e-324],
    ]),
    1,
  );
  assert.equal(floatRank([]), 0);
  // Invertible, though the |diagonal| alone balances them badly (each once got a rank too low: 1, 2, 2, 2).
  assert.equal(
    floatRank([
      [0, 1e-18 * Math.PI],
      [1e-18 * Math.PI, 1],
    ]),
    2,
  );
  assert.equal(
    floatRank([
      [1, 0, 0],
      [0, 1e-200 * Math.PI, 1e100],
      [0, 1e100, 1e-200],
    ]),
    3,
  );
  assert.equal(
    floatRank([
      [0, Math.PI, 1e8],
      [Math.PI, 0, -1e8],
      [1e8, -1e8, 0],
    ]),
    3,
  );
  assert.equal(
    floatRank([
      [1, 0, 1e14 * Math.PI],
      [0, 1, 1e14 * Math.PI],
      [1e14 * Math.PI, 1e14 * Math.PI, 0],
    ]),
    3,
  );
  // A zero row beside a block that needs equilibration and a singular block: rank 1 + 2, not the 4 nonzero rows.
  assert.equal(
    floatRank([
      [0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0],
      [0, 1, 1, 0, 0],
      [0, 0, 0, 1e-200, 1e100],
      [0, 0, 0, 1e100, 1e-200],
    ]),
    3,
  );
  // Entries from one end of the double range to the other: the rows that are not zero count.
  assert.equal(
    floatRank([
      [1e-300, 1e300],
      [1e300, 1e-300],
    ]),
    2,
  );
  assert.equal(
    floatRank([
      [1e-300, 1e300, 0],
      [1e300, 1e-300, 0],
      [0, 0, 0],
    ]),
    2,
  );
});

test('psdFloat: zero diagonal entries beside nonzero ones, each sign and size', () => {
  for (const [a, b, c] of [
    [0, 3, 5],
    [0, -3, 5],
    [0, 2, 0],
    [0, -2, 0],
    [0, 1e-300, 1e300],
    [0, -1e-300, 1e300],
    [0, 1e200, 1e-200],
    [0, 5e-324, 4],
    // √mⱼⱼ/|mᵢⱼ| = 10⁻⁴⁶⁰ underflows: x would be (0, 10¹⁶⁰), with xᵀMx = +1; the minor is the certificate.
    [0, 1e300, 1e-320],
    [0, -1e300, 1e-320],
  ]) {
    const x = [
      [a, b],
      [b, c],
    ];
    checkAgainstOracles(
      x.map((r) => r.map((v) => exactDouble(v))),
      x,
    );
    // The same with the zero row last and a bystander in between.
    const y = [
      [c, 0, b],
      [0, 1, 0],
      [b, 0, a],
    ];
    checkAgainstOracles(
      y.map((r) => r.map((v) => exactDouble(v))),
      y,
    );
  }
});

test('psdFloat: far beyond a unit balanced entry, the 2×2 minor is the certificate, with either sign', () => {
  for (const s of [1, -1])
    for (const [a, b, c] of [
      [1, 3, 1],
      [1e-200, 1e100, 1e-200],
      [1e-300, 1e300, 1e-300],
      [2, 5, 3],
    ]) {
      const x = [
        [1, 0, 0],
        [0, a, s * b],
        [0, s * b, c],
      ];
      checkAgainstOracles(
        x.map((r) => r.map((v) => exactDouble(v))),
        x,
      );
      // x = e₁/√m₁₁ ∓ e₂/√m₂₂ fits in doubles: when b₁₂ does too, the witness is given, with xᵀMx = 2 − 2|b₁₂|.
      const r = psdFloat(x);
      const bal = b / Math.sqrt(a) / Math.sqrt(c);
      if (!Number.isFinite(bal)) continue;
      assert.ok(r.witness, `a witness for ${JSON.stringify(x)}`);
      assert.ok(Math.abs(r.witnessValue! - (2 - 2 * bal)) <= 1e-12 * bal, `${r.witnessValue} vs ${2 - 2 * bal}`);
    }
});

test('psdFloat: the eigenvector witness has its first nonzero entry positive, also when its first entry is 0', () => {
  for (const t of [1.5, -1.5])
    for (const m of [
      [
        [1, 0, 0],
        [0, 1, t],
        [0, t, 1],
      ],
      [
        [1, 0, 0, 0],
        [0, 3, 0, 0],
        [0, 0, 1, t],
        [0, 0, t, 1],
      ],
      [
        [1, 0, 0],
        [0, 1, t],
        [0, t, 1],
      ].map((r) => r.map((v) => v * Math.SQRT2)),
    ]) {
      const r = psdFloat(m);
      assert.equal(r.decidedBy, 'eigenvalues');
      assert.ok(r.witness, JSON.stringify(m));
      const first = r.witness.find((v) => v !== 0)!;
      assert.ok(first > 0, `witness ${r.witness} for ${JSON.stringify(m)}`);
      assert.equal(quad(m, r.witness) < 0, true);
    }
});
