import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { ldltExact, ldltFloat, type LdltExactResult } from '../../../src/engine/linalg/ldlt.js';
import { psdTolerance } from '../../../src/engine/linalg/eigen.js';
import { bareissDeterminant } from '../../../src/engine/linalg/bareiss.js';
import { armDeadline, disarmDeadline } from '../../../src/engine/deadline.js';
import { UserError } from '../../../src/engine/errors.js';
import { Rational, gcd } from '../../../src/engine/numbers/rational.js';
import {
  allPrincipalMinorsNonNegative,
  gauss,
  gramArb,
  hilbert,
  leadingMinorsPositive,
  pascal,
  q,
  quad,
  rationalArb,
  smallInt,
  str,
  symmetricOf,
} from './helpers.js';

const dec = (rows: string[][]): Rational[][] => rows.map((row) => row.map((v) => Rational.parseDecimal(v)!));

/** P M Pᵀ = L D Lᵀ exactly, L unit lower triangular, D > 0 on the first `rank` entries and 0 after. */
function assertFactorization(m: Rational[][], res: LdltExactResult): void {
  const n = m.length;
  assert.deepEqual(
    [...res.perm].sort((a, b) => a - b),
    [...Array(n).keys()],
  );
  for (let i = 0; i < n; i++) {
    assert.ok(res.L[i][i].equals(Rational.ONE));
    for (let j = i + 1; j < n; j++) assert.ok(res.L[i][j].isZero(), `L(${i},${j}) above the diagonal`);
    assert.equal(res.D[i].sign(), i < res.rank ? 1 : 0, `sign of D[${i}]`);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = Rational.ZERO;
      for (let k = 0; k < n; k++) s = s.add(res.L[i][k].mul(res.D[k]).mul(res.L[j][k]));
      assert.ok(
        s.equals(m[res.perm[i]][res.perm[j]]),
        `(PMPᵀ)(${i},${j}) = ${m[res.perm[i]][res.perm[j]]}, LDLᵀ gives ${s}`,
      );
    }
  }
}

/** A not_psd witness is a primitive integer vector with xᵀMx < 0, and witnessValue is that number. */
function assertWitness(m: Rational[][], res: LdltExactResult): void {
  assert.ok(res.witness && res.witnessValue, 'not_psd comes with a witness');
  assert.equal(res.witness.length, m.length);
  assert.ok(res.witness.every((v) => v.isInteger()));
  assert.equal(res.witness.find((v) => !v.isZero())?.sign(), 1, 'first non-zero entry positive');
  assert.equal(
    res.witness.reduce((g, v) => gcd(g, v.num), 0n),
    1n,
    'primitive',
  );
  const value = quad(m, res.witness);
  assert.equal(value.sign(), -1, `xᵀMx = ${value}`);
  assert.ok(value.equals(res.witnessValue));
}

test('ldltExact: the examples of the brief', () => {
  const a = ldltExact(
    q([
      [1, 2],
      [2, 1],
    ]),
  );
  assert.equal(a.verdict, 'not_psd');
  assertWitness(
    q([
      [1, 2],
      [2, 1],
    ]),
    a,
  );

  const b = ldltExact(
    q([
      [1, 1],
      [1, 1],
    ]),
  );
  assert.equal(b.verdict, 'psd');
  assert.equal(b.rank, 1);
  assertFactorization(
    q([
      [1, 1],
      [1, 1],
    ]),
    b,
  );
  assert.deepEqual(str(b.L), [
    ['1', '0'],
    ['1', '1'],
  ]);

  const c0 = dec([
    ['0.1', '0.2'],
    ['0.2', '0.4'],
  ]);
  const c = ldltExact(c0);
  assert.equal(c.verdict, 'psd');
  assert.equal(c.rank, 1);
  // No zero pivot, so no swap: P = I.
  assert.deepEqual(c.D.map(String), ['1/10', '0']);
  assert.deepEqual(c.perm, [0, 1]);
  assert.deepEqual(str(c.L), [
    ['1', '0'],
    ['2', '1'],
  ]);
  assertFactorization(c0, c);

  const d = ldltExact(
    q([
      [0, 1],
      [1, 0],
    ]),
  );
  assert.equal(d.verdict, 'not_psd');
  assertWitness(
    q([
      [0, 1],
      [1, 0],
    ]),
    d,
  );
  assert.deepEqual(d.witness!.map(String), ['1', '-1']);
  assert.equal(d.witnessValue!.toString(), '-2');
});

test('ldltExact: more known verdicts', () => {
  assert.equal(ldltExact([]).verdict, 'pd');
  assert.equal(ldltExact(q([[0]])).verdict, 'psd');
  assert.equal(ldltExact(q([[0]])).rank, 0);
  const neg = ldltExact(q([[-3]]));
  assert.deepEqual([neg.verdict, neg.witness!.map(String), neg.witnessValue!.toString()], ['not_psd', ['1'], '-3']);

  // The second-difference matrix is PD with pivots 2, 3/2, 4/3.
  const t = q([
    [2, -1, 0],
    [-1, 2, -1],
    [0, -1, 2],
  ]);
  const tr = ldltExact(t);
  assert.equal(tr.verdict, 'pd');
  assert.deepEqual(tr.D.map(String), ['2', '3/2', '4/3']);
  assertFactorization(t, tr);

  // Zero diagonal in the middle forces a symmetric swap; still PSD of rank 2.
  const z = q(
    [
      [0, 0, 0],
      [0, 4, 2],
      [0, 2, 1],
    ].map((row) => row.map((v) => v)),
  );
  const zr = ldltExact(z);
  assert.equal(zr.verdict, 'psd');
  assert.equal(zr.rank, 1);
  assert.notEqual(zr.perm[0], 0);
  assertFactorization(z, zr);

  // Positive diagonal, but the Schur complement goes negative only after one step: witness in original coordinates.
  const s = q([
    [1, 2, 0],
    [2, 3, 1],
    [0, 1, 5],
  ]);
  const sr = ldltExact(s);
  assert.equal(sr.verdict, 'not_psd');
  assert.equal(sr.rank, 1);
  assertWitness(s, sr);

  // A zero diagonal with a non-zero off-diagonal entry after elimination: [[1,1,1],[1,1,2],[1,2,1]] → S = [[0,1],[1,0]].
  const o = q([
    [1, 1, 1],
    [1, 1, 2],
    [1, 2, 1],
  ]);
  const or = ldltExact(o);
  assert.equal(or.verdict, 'not_psd');
  assertWitness(o, or);

  for (let n = 1; n <= 10; n++) {
    for (const m of [hilbert(n), pascal(n)]) {
      const res = ldltExact(m);
      assert.equal(res.verdict, 'pd', `n = ${n}`);
      assertFactorization(m, res);
    }
  }
  // The Hilbert pivots multiply to the determinant.
  const h = ldltExact(hilbert(10));
  assert.equal(
    h.D.reduce((p, v) => p.mul(v), Rational.ONE).toString(),
    '1/46206893947914691316295628839036278726983680000000000',
  );
});

test('ldltExact on Gram matrices GᵀG: PSD, rank = rank G, and P M Pᵀ = L D Lᵀ exactly', () => {
  fc.assert(
    fc.property(gramArb, ({ g, m }) => {
      const res = ldltExact(m);
      const rank = gauss(g).rank;
      assert.equal(res.rank, rank);
      assert.equal(res.verdict, rank === m.length ? 'pd' : 'psd');
      assertFactorization(m, res);
    }),
    { numRuns: 150 },
  );
});

test('ldltExact on random symmetric matrices agrees with the principal-minor criteria; witnesses are exact', () => {
  const sym = symmetricOf(
    fc.oneof(
      smallInt.map((v) => Rational.int(v)),
      rationalArb,
      fc.constant(Rational.ZERO),
    ),
  );
  const xs = fc.array(fc.array(rationalArb, { minLength: 6, maxLength: 6 }), { minLength: 5, maxLength: 5 });
  fc.assert(
    fc.property(sym, xs, (m, vectors) => {
      const res = ldltExact(m);
      assert.equal(res.verdict !== 'not_psd', allPrincipalMinorsNonNegative(m), `verdict ${res.verdict}`);
      assert.equal(res.verdict === 'pd', leadingMinorsPositive(m));
      if (res.verdict === 'not_psd') {
        assertWitness(m, res);
      } else {
        assertFactorization(m, res);
        assert.equal(res.rank, gauss(m).rank);
        for (const v of vectors) assert.ok(quad(m, v.slice(0, m.length)).sign() >= 0);
      }
    }),
    { numRuns: 200 },
  );
});

test('ldltExact with a non-negative diagonal: negativity shows only in Schur complements, witnesses map back', () => {
  // |diagonal| entries, and Gram matrices with one off-diagonal pair perturbed, so the witness goes through L⁻ᵀ and P.
  const absDiag = symmetricOf(
    fc.oneof(
      smallInt.map((v) => Rational.int(v)),
      rationalArb,
    ),
    2,
  ).map((m) => m.map((row, i) => row.map((v, j) => (i === j && v.sign() < 0 ? v.neg() : v))));
  const perturbed = fc.tuple(gramArb, fc.nat(5), fc.nat(5), rationalArb).map(([{ m }, a, b, c]) => {
    const [i, j] = [a % m.length, b % m.length];
    return m.map((row, x) =>
      row.map((v, y) => (((x === i && y === j) || (x === j && y === i)) && i !== j ? v.add(c) : v)),
    );
  });
  let deep = 0;
  fc.assert(
    fc.property(fc.oneof(absDiag, perturbed), (m) => {
      const res = ldltExact(m);
      assert.equal(res.verdict !== 'not_psd', allPrincipalMinorsNonNegative(m), `verdict ${res.verdict}`);
      if (res.verdict === 'not_psd') {
        assertWitness(m, res);
        if (res.rank > 0) deep++;
      } else {
        assertFactorization(m, res);
      }
    }),
    { numRuns: 200 },
  );
  assert.ok(deep >= 40, `only ${deep} witnesses went through the factorization`);
});

test('ldltFloat: known verdicts and the factorization', () => {
  const m = [
    [4, 2, 2],
    [2, 5, 3],
    [2, 3, 6],
  ];
  const res = ldltFloat(m, psdTolerance(m));
  assert.equal(res.verdict, 'pd');
  assert.equal(res.rank, 3);
  assert.equal(res.perm[0], 2, 'largest diagonal first');
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += res.L[i][k] * res.D[k] * res.L[j][k];
      assert.ok(Math.abs(s - m[res.perm[i]][res.perm[j]]) < 1e-12);
    }
  }
  assert.equal(
    ldltFloat(
      [
        [1, 2],
        [2, 1],
      ],
      1e-12,
    ).verdict,
    'not_psd',
  );
  assert.equal(
    ldltFloat(
      [
        [0, 1],
        [1, 0],
      ],
      1e-12,
    ).verdict,
    'not_psd',
  );
  assert.equal(
    ldltFloat(
      [
        [0.1, 0.2],
        [0.2, 0.4],
      ],
      psdTolerance([
        [0.1, 0.2],
        [0.2, 0.4],
      ]),
    ).verdict,
    'psd',
  );
  const s2 = Math.SQRT2;
  const irr = [
    [2, s2],
    [s2, 1],
  ];
  const ir = ldltFloat(irr, psdTolerance(irr));
  assert.deepEqual([ir.verdict, ir.rank], ['psd', 1]);
  // Within tolerance counts as zero; beyond it does not.
  assert.equal(
    ldltFloat(
      [
        [1, 0],
        [0, -1e-20],
      ],
      1e-15,
    ).verdict,
    'psd',
  );
  assert.equal(
    ldltFloat(
      [
        [1, 0],
        [0, -1e-10],
      ],
      1e-15,
    ).verdict,
    'not_psd',
  );
  assert.equal(
    ldltFloat(
      [
        [1, 0],
        [0, NaN],
      ],
      1e-15,
    ).verdict,
    'not_psd',
  );
  assert.equal(
    ldltFloat(
      [
        [1, 2],
        [2, 1],
      ],
      1e-12,
    ).tolerance,
    1e-12,
  );
});

test('ldltFloat agrees with ldltExact on small integer and Gram matrices', () => {
  const sym = symmetricOf(smallInt.map((v) => Rational.int(v)));
  const gramInt = gramArb.filter(({ g }) => g.every((row) => row.every((v) => v.isInteger())));
  fc.assert(
    fc.property(
      fc.oneof(
        sym,
        gramInt.map(({ m }) => m),
      ),
      (m) => {
        const exact = ldltExact(m);
        const f = m.map((row) => row.map((v) => v.toNumber()));
        const fl = ldltFloat(f, psdTolerance(f));
        assert.equal(fl.verdict, exact.verdict);
        if (exact.verdict !== 'not_psd') assert.equal(fl.rank, exact.rank);
      },
    ),
    { numRuns: 200 },
  );
});

test('exact LDLᵀ and Bareiss stop at the work deadline with a timeout UserError', () => {
  const m = Array.from({ length: 12 }, (_, i) =>
    Array.from({ length: 12 }, (_, j) =>
      Rational.int(BigInt(`${Math.min(i, j) + 1}${'3'.repeat(30)}${Math.max(i, j)}`)),
    ),
  );
  for (const f of [() => ldltExact(m), () => bareissDeterminant(m)]) {
    armDeadline(0);
    const start = performance.now();
    while (performance.now() === start); // let the 0 ms budget pass
    try {
      assert.throws(f, (e: unknown) => e instanceof UserError && e.code === 'timeout');
    } finally {
      disarmDeadline();
    }
    assert.doesNotThrow(f); // disarmed: runs to the end
  }
});
