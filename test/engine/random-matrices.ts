/**
 * fast-check arbitraries of exact matrices for the oracle properties, in families chosen to reach
 * every verdict and the corners where bugs hide: integers, small fractions, short decimals and
 * k·10^e with |e| ≤ 30; rank-deficient, singular, indefinite, non-symmetric, diagonal, commuting
 * pairs, duplicated rows and columns; row and column vectors and other non-square shapes.
 * Each matrix comes with the text a user would type for it (JSON or MATLAB syntax, each entry
 * in one of its equivalent spellings: `7e25`, `0.125`, `125e-3`, `1/8`).
 */
import fc from 'fast-check';
import { Rational } from '../../src/engine/numbers/rational.js';
import {
  addQ,
  entryText,
  identityQ,
  matMulQ,
  matrixText,
  scaleQ,
  transposeQ,
  type Q,
  type QMatrix,
  type Syntax,
} from './oracles.js';

function pow10(k: number, e: number): Q {
  return e >= 0 ? Rational.of(BigInt(k) * 10n ** BigInt(e)) : Rational.of(BigInt(k), 10n ** BigInt(-e));
}

const smallInt = fc.integer({ min: -9, max: 9 }).map((n) => Rational.int(n));
const smallFraction = fc
  .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 2, max: 9 }))
  .map(([n, d]) => Rational.of(n, d));
const shortDecimal = fc
  .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 3 }))
  .map(([n, k]) => Rational.of(n, 10 ** k));
/** k·10^e, |e| ≤ 30: magnitudes from 10⁻³⁰ to 10³¹, written like `3e-30` or `7e25`. */
const extreme = fc
  .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -30, max: 30 }))
  .map(([k, e]) => pow10(k, e));

export const scalar: fc.Arbitrary<Q> = fc.oneof(
  { weight: 5, arbitrary: smallInt },
  { weight: 2, arbitrary: smallFraction },
  { weight: 1, arbitrary: shortDecimal },
  { weight: 2, arbitrary: extreme },
);

const grid = <T>(rows: number, cols: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T[][]> =>
  fc.array(fc.array(arb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Independent entries (mostly full rank, sometimes not). */
export const randomMatrix = (rows: number, cols: number) => grid(rows, cols, scalar);

/** A sum of r < min(rows, cols) outer products u·vᵀ: rank ≤ r, often singular, rarely symmetric. */
export const lowRankMatrix = (rows: number, cols: number): fc.Arbitrary<QMatrix> =>
  fc
    .integer({ min: 0, max: Math.max(0, Math.min(rows, cols) - 1) })
    .chain((r) =>
      fc.array(fc.tuple(grid(rows, 1, smallInt), grid(1, cols, smallFraction)), { minLength: r, maxLength: r }),
    )
    .map((terms) => terms.reduce((acc, [u, v]) => addQ(acc, matMulQ(u, v)), grid0(rows, cols)));

function grid0(rows: number, cols: number): QMatrix {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Rational.ZERO));
}

/**
 * Symmetric by construction: M = D·Gᵀ·diag(s)·G·D with G k×n (k from 1 to n+1, some columns
 * copied, which duplicates rows and columns of M), s nonnegative half of the time (PSD or PD)
 * and of mixed sign otherwise (indefinite or negative), and D a positive diagonal of powers of
 * ten (|e| ≤ 15), which keeps the verdict and rank while spreading the magnitudes to 10^±30.
 */
export const congruenceMatrix = (n: number): fc.Arbitrary<QMatrix> =>
  fc
    .record({
      k: fc.integer({ min: 1, max: n + 1 }),
      signs: fc.constantFrom('nonnegative', 'mixed'),
      copy: fc.option(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { freq: 3 }),
      scaled: fc.boolean(),
    })
    .chain(({ k, signs, copy, scaled }) =>
      fc.record({
        g: grid(k, n, fc.integer({ min: -3, max: 3 })),
        s: fc.array(
          signs === 'nonnegative'
            ? fc.constantFrom(Rational.ZERO, Rational.ONE, Rational.int(2), Rational.of(1, 2))
            : fc.constantFrom(Rational.int(-2), Rational.int(-1), Rational.ZERO, Rational.ONE, Rational.int(2)),
          { minLength: k, maxLength: k },
        ),
        d: fc.array(
          scaled
            ? fc.tuple(fc.constantFrom(1, 2, 3, 5), fc.integer({ min: -15, max: 15 })).map(([c, e]) => pow10(c, e))
            : fc.constant(Rational.ONE),
          { minLength: n, maxLength: n },
        ),
        copy: fc.constant(copy),
      }),
    )
    .map(({ g, s, d, copy }) => {
      const G = g.map((r) => r.map((v) => Rational.int(v)));
      if (copy) for (const r of G) r[copy[1]] = r[copy[0]];
      const S = s.map((v, i) => s.map((_, j) => (i === j ? v : Rational.ZERO)));
      const M = matMulQ(matMulQ(transposeQ(G), S), G);
      return M.map((r, i) => r.map((x, j) => x.mul(d[i]).mul(d[j])));
    });

/** X + Xᵀ with random X: symmetric, usually indefinite. */
export const symmetricRandomMatrix = (n: number) => randomMatrix(n, n).map((x) => addQ(x, transposeQ(x)));

export const diagonalMatrix = (n: number) =>
  fc
    .array(scalar, { minLength: n, maxLength: n })
    .map((v) => v.map((x, i) => v.map((_, j) => (i === j ? x : Rational.ZERO))));

/** A symmetric matrix with one off-diagonal entry nudged: not symmetric, barely. */
export const nearlySymmetricMatrix = (n: number) =>
  fc
    .tuple(
      congruenceMatrix(n),
      fc.nat(n - 1),
      fc.nat(n - 1),
      scalar.filter((x) => !x.isZero()),
    )
    .map(([m, i, j, eps]) => {
      if (i === j) j = (i + 1) % n;
      if (i === j) return m; // 1×1: always symmetric
      const out = m.map((r) => r.slice());
      out[i][j] = out[i][j].add(eps);
      return out;
    });

/**
 * Unit diagonal, off-diagonal entries in [−1, 1], then D·M·D with a positive diagonal D: every
 * 1×1 and 2×2 principal minor is ≥ 0, so when such a matrix is not PSD (often, from 3×3 on) no
 * eᵢ or eᵢ ± eⱼ shows it and the witness must come from the elimination itself.
 */
export const pseudoCorrelationMatrix = (n: number): fc.Arbitrary<QMatrix> =>
  fc
    .record({
      off: fc.array(
        fc.integer({ min: 1, max: 6 }).chain((d) => fc.integer({ min: -d, max: d }).map((k) => Rational.of(k, d))),
        { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 },
      ),
      d: fc.array(fc.constantFrom(1, 1, 2, 3, 1 / 2, 1e-10, 1e10), { minLength: n, maxLength: n }),
    })
    .map(({ off, d }) => {
      const D = d.map((x) => (x >= 1 ? Rational.of(BigInt(x)) : Rational.of(1n, BigInt(Math.round(1 / x)))));
      const m = Array.from({ length: n }, () => Array.from({ length: n }, () => Rational.ONE));
      let k = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) m[i][j] = m[j][i] = off[k++];
      return m.map((r, i) => r.map((x, j) => x.mul(D[i]).mul(D[j])));
    });

/** Square n×n from every family, weighted towards the structured ones. */
export const squareMatrix = (n: number): fc.Arbitrary<QMatrix> =>
  fc.oneof(
    { weight: 5, arbitrary: congruenceMatrix(n) },
    { weight: 2, arbitrary: pseudoCorrelationMatrix(n) },
    { weight: 2, arbitrary: randomMatrix(n, n) },
    { weight: 2, arbitrary: lowRankMatrix(n, n) },
    { weight: 1, arbitrary: symmetricRandomMatrix(n) },
    { weight: 1, arbitrary: diagonalMatrix(n) },
    { weight: 1, arbitrary: nearlySymmetricMatrix(n) },
  );

/** Any rows×cols matrix: the square families when square, random or low-rank otherwise. */
export const anyMatrix = (rows: number, cols: number): fc.Arbitrary<QMatrix> =>
  rows === cols
    ? squareMatrix(rows)
    : fc.oneof({ weight: 2, arbitrary: randomMatrix(rows, cols) }, { weight: 1, arbitrary: lowRankMatrix(rows, cols) });

/** B that commutes with A (A², A + cI, c·A): then AB is symmetric and the contrast verdict matters. */
export const commutingWith = (a: QMatrix): fc.Arbitrary<QMatrix> =>
  fc.oneof(
    fc.constant(matMulQ(a, a)),
    smallInt.map((c) => addQ(a, scaleQ(identityQ(a.length), c))),
    smallFraction.map((c) => scaleQ(a, c)),
  );

export const size = (max: number) => fc.integer({ min: 1, max });

/** Shapes up to max×max, with 1×n, n×1 and other non-square ones well represented. */
export const anyShape = (max: number): fc.Arbitrary<[number, number]> =>
  fc.oneof(
    fc.tuple(size(max), size(max)),
    size(max).map((n): [number, number] => [1, n]),
    size(max).map((n): [number, number] => [n, 1]),
    size(max).map((n): [number, number] => [n, n]),
  );

export interface Typed {
  m: QMatrix;
  text: string;
}

/** How a user would type m: a syntax and, per entry, one of its spellings. */
export const typed = (m: QMatrix): fc.Arbitrary<Typed> =>
  fc
    .record({
      syntax: fc.constantFrom<Syntax>('json', 'json', 'matlab', 'matlab-newline'),
      styles: grid(m.length, m[0]?.length ?? 0, fc.integer({ min: 0, max: 3 })),
    })
    .map(({ syntax, styles }) => ({ m, text: matrixText(m, syntax, styles) }));

export { entryText };
