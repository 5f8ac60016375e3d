// Property tests (fast-check) on irrational input whose answers are known exactly: surds, which the engine computes
// exactly (DESIGN §4), checked against rationals computed here without the engine's number code.
//
// Each matrix is an integer "twin" M scaled entry by entry by √(rᵢcⱼ)·10^(pᵢ+qⱼ) (typed as `m*sqrt(r)*sqrt(c)*1e…`
// with r, c non-squares, so every entry is irrational). Products of two such entries, determinants of congruences
// D·M·D and products of diagonals are then exact rationals again, computed here from the twins with the oracles
// (Laplace expansion, principal minors, a row basis); the engine's floating answers are compared with those numbers,
// never with its own. The exact path has its own oracle properties in oracles.test.ts; the old exact `props`
// property (which asserted the engine's own flags), the Oppenheim property that rechecked the inequality from the
// engine's reported numbers, and "float agrees with exact" (which typed integers as k*pi/pi, exact integers in
// floating point) are replaced by the three properties below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../fc-seed.js';
import fc from 'fast-check';
import { runText, type Answer } from '../../src/engine/index.js';
import { Rational } from '../../src/engine/numbers/rational.js';
import {
  det,
  diagProduct,
  hadamardQ,
  parseEntryText,
  psdVerdictOracle,
  rank,
  type Q,
  type QMatrix,
} from './oracles.js';

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

const NON_SQUARES = [2, 3, 5, 6, 7, 10];

/** One axis of a scaling: √cᵢ·10^pᵢ per row (or column); its square cᵢ·10^(2pᵢ) is exact. */
interface Axis {
  c: number[];
  p: number[];
}

const axis = (len: number, maxPower: number): fc.Arbitrary<Axis> =>
  fc.record({
    c: fc.array(fc.constantFrom(...NON_SQUARES), { minLength: len, maxLength: len }),
    p: fc.array(fc.integer({ min: -maxPower, max: maxPower }), { minLength: len, maxLength: len }),
  });

const pow10 = (k: number): Q => (k >= 0 ? Rational.of(10n ** BigInt(k)) : Rational.of(1n, 10n ** BigInt(-k)));
/** (√cᵢ·10^pᵢ)², exactly. */
const sq = (x: Axis, i: number): Q => Rational.int(x.c[i]).mul(pow10(2 * x.p[i]));

/** The text of M scaled by rows r and columns c: entry mᵢⱼ·√rᵢ·√cⱼ·10^(pᵢ+qⱼ). */
function scaledText(m: number[][], r: Axis, c: Axis): string {
  const cell = (v: number, i: number, j: number): string =>
    // A zero is typed 0*sqrt(…) too, so that even the zero matrix is floating input.
    v === 0 ? `0*sqrt(${r.c[i]})` : `${v}*sqrt(${r.c[i]})*sqrt(${c.c[j]})*1e${r.p[i] + c.p[j]}`;
  return `[${m.map((row, i) => `[${row.map((v, j) => cell(v, i, j)).join(',')}]`).join(',')}]`;
}

const q = (m: number[][]): QMatrix => m.map((r) => r.map((v) => Rational.int(v)));

/**
 * An engine number (a double, a scaled string "9.86960440108936e400", a fraction) as the exact rational it states; an
 * exact symbolic one (`6*sqrt(10)`, its grammar text) through this test's own surd reader.
 */
function stated(x: unknown): Q {
  if (typeof x === 'number') return parseEntryText(String(x));
  if (typeof x === 'string') return /sqrt/.test(x) ? surdValue(x) : parseEntryText(x);
  throw new Error(`not a number: ${JSON.stringify(x)}`);
}

/**
 * A surd's text, Σ cₖ·sqrt(rₖ) over a denominator, to a rational within 10⁻⁴⁰ relative: each √r by integer square
 * roots at 200 digits (independent of the engine's numbers).
 */
function surdValue(text: string): Q {
  const t = text.replace(/\s+/g, '');
  const over = /^\((.*)\)\/(\d+)$/.exec(t) ?? /^(.*)\/(\d+)$/.exec(t);
  const body = over ? over[1] : t;
  const den = over ? BigInt(over[2]) : 1n;
  let sum = Rational.ZERO;
  for (const term of body.match(/[+-]?(?:e[+-]|[^+-])+/g) ?? []) {
    const m = /^([+-]?)(?:([\d.e/-]+)\*)?sqrt\((\d+)\)(?:\/(\d+))?$/.exec(term) ?? /^([+-]?)([\d.e/-]+)$/.exec(term);
    if (!m) throw new Error(`surdValue: ${term} in ${text}`);
    const coef = parseEntryText(m[2] ?? '1');
    const root = m[3] ? sqrtApprox(BigInt(m[3])) : Rational.ONE;
    const v = coef.mul(root).div(Rational.of(BigInt(m[4] ?? 1)));
    sum = sum.add(m[1] === '-' ? v.neg() : v);
  }
  return sum.div(Rational.of(den));
}

function sqrtApprox(r: bigint): Q {
  const scale = 10n ** 200n;
  let x = 1n << BigInt(Math.ceil((r * scale * scale).toString(2).length / 2) + 1);
  const n = r * scale * scale;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return Rational.of(x, scale);
}

const abs = (x: Q): Q => (x.sign() < 0 ? x.neg() : x);

/** |got − want| ≤ rel·scale, exactly. */
function near(got: unknown, want: Q, scale: Q, rel: number, what: string): void {
  const g = got instanceof Rational ? got : stated(got);
  const bound = scale.mul(Rational.of(Math.round(rel * 1e15), 10n ** 15n));
  assert.ok(
    abs(g.sub(want)).cmp(bound) <= 0,
    `${what}: ${JSON.stringify(got)} vs exact ${want.toNumber()} (allowed ${bound.toNumber()})`,
  );
}

/** A rational upper bound on √x (for error scales; within a factor of 2). */
function sqrtUpper(x: Q): Q {
  if (x.isZero()) return x;
  const l = Math.ceil(x.log10Abs() / 2) + 1;
  return pow10(l);
}

// ---- integer twins ----

const ints = (len: number, min: number, max: number) =>
  fc.array(fc.integer({ min, max }), { minLength: len, maxLength: len });

const grid = (rows: number, cols: number, min = -6, max = 6) =>
  ints(rows * cols, min, max).map((v) => Array.from({ length: rows }, (_, i) => v.slice(i * cols, (i + 1) * cols)));

/** GᵀG for a k×n G, k ≤ n + 1: PSD, often singular. */
const gram = (n: number) =>
  fc
    .integer({ min: 1, max: n + 1 })
    .chain((k) => grid(k, n, -3, 3))
    .map((g) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => g.reduce((s, r) => s + r[i] * r[j], 0))),
    );

/** Gram, diagonal, or a Gram matrix plus a multiple of J (equality cases of Oppenheim need a diagonal or J factor). */
const psdTwin = (n: number) =>
  fc.oneof(
    { weight: 4, arbitrary: gram(n) },
    { weight: 1, arbitrary: ints(n, 0, 4).map((d) => d.map((v, i) => d.map((_, j) => (i === j ? v : 0)))) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 3 })
        .map((k) => Array.from({ length: n }, () => new Array<number>(n).fill(k))),
    },
  );

// ---- the properties ----

test('props on irrational input: all five identities hold, from 10⁻³¹⁵ (subnormal products) to 10³⁰⁰', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
        .chain(([m, n]) =>
          fc.tuple(
            fc.tuple(grid(m, n), grid(m, n), grid(m, n)),
            fc.tuple(axis(m, 52), axis(n, 52), axis(m, 52), axis(n, 52), axis(m, 52), axis(n, 52)),
          ),
        ),
      async ([[a, b, c], [ra, ca, rb, cb, rc, cc]]) => {
        const text = `props ${scaledText(a, ra, ca)} ${scaledText(b, rb, cb)} ${scaledText(c, rc, cc)}`;
        const r = await answer(text);
        assert.equal(r.data.exact, true, 'surds are exact');
        // The identities are theorems: on any real input each must be found to hold (rounding is not a failure).
        for (const k of ['commutative', 'associative', 'distributive', 'identity', 'transpose'])
          assert.equal(r.data[k], true, `${k}: ${text}`);
      },
    ),
    { numRuns: 120 },
  );
});

test('relate on irrational input: tr(AᵀB) and A∘B recomputed exactly from the twins; every relation holds', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.boolean()).chain(([m, n, diagonal]) =>
        fc.tuple(
          grid(m, n).map((g) => (diagonal ? g.map((r, i) => r.map((v, j) => (i === j ? v : 0))) : g)),
          grid(m, n).map((g) => (diagonal ? g.map((r, i) => r.map((v, j) => (i === j ? v : 0))) : g)),
          axis(m, 70),
          axis(n, 70),
          axis(m, 70),
          axis(n, 70),
        ),
      ),
      async ([a, b, ra, ca, rb, cb]) => {
        const text = `relate ${scaledText(a, ra, ca)} ${scaledText(b, rb, cb)}`;
        const r = await answer(text);
        assert.equal(r.data.exact, true, 'surds are exact');
        // (A∘B)ᵢⱼ = aᵢⱼbᵢⱼ·√(rᵃᵢcᵃⱼrᵇᵢcᵇⱼ)·10^… : exact only when squared, so compare squares' signs and sizes.
        const want = a.map((row, i) =>
          row.map((v, j) => {
            const s2 = sq(ra, i).mul(sq(ca, j)).mul(sq(rb, i)).mul(sq(cb, j));
            return {
              sign: Math.sign(v * b[i][j]) || 0,
              sq: Rational.int(v * b[i][j])
                .mul(Rational.int(v * b[i][j]))
                .mul(s2),
            };
          }),
        );
        const product = r.data.product as number[][];
        let sumAbs = Rational.ZERO;
        product.forEach((row, i) =>
          row.forEach((x, j) => {
            const g = stated(x);
            assert.equal(g.sign(), want[i][j].sign, `sign of (A∘B)(${i},${j})`);
            near(g.mul(g), want[i][j].sq, want[i][j].sq, 1e-13, `(A∘B)(${i},${j})²`);
            sumAbs = sumAbs.add(abs(g));
          }),
        );
        // tr(AᵀB) = Σ aᵢⱼbᵢⱼ: the sum of the exact products, up to the rounding of the inputs (~ε each).
        let sum = Rational.ZERO;
        product.forEach((row) => row.forEach((x) => (sum = sum.add(stated(x)))));
        const t = r.data.traceIdentity as { trAtB: unknown; sum: unknown; equal: boolean };
        near(t.trAtB, sum, sumAbs, 1e-12, 'tr(AᵀB)');
        near(t.sum, sum, sumAbs, 1e-12, 'sum of the entries');
        assert.equal(t.equal, true, `trace identity: ${text}`);
        const d = r.data.diagonal as { applies: boolean; equal: boolean | null };
        const square = a.length === a[0].length;
        const isDiag = (m: number[][]) => m.every((row, i) => row.every((v, j) => i === j || v === 0));
        assert.equal(d.applies, square && isDiag(a) && isDiag(b));
        if (d.applies) assert.equal(d.equal, true, `diagonal case: ${text}`);
        const v = r.data.vector as { applies: boolean; equal: boolean | null };
        assert.equal(v.applies, a.length === 1 || a[0].length === 1);
        if (v.applies) assert.equal(v.equal, true, `vector case: ${text}`);
        assert.equal((r.data.kronecker as { equal: boolean }).equal, true, `Kronecker: ${text}`);
      },
    ),
    { numRuns: 150 },
  );
});

test('oppenheim, schur and psd on irrational congruences of PSD twins: every number and verdict recomputed exactly', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(psdTwin(n), psdTwin(n), axis(n, 40), axis(n, 40))),
      async ([a, b, da, db]) => {
        // A' = DₐADₐ and B' = D_bBD_b with dᵢ = √cᵢ·10^pᵢ: det(A') = det(A)·∏dᵢ², ∏a'ᵢᵢ = ∏aᵢᵢdᵢ², and
        // A'∘B' = S(A∘B)S with sᵢ = dₐᵢd_bᵢ. All exact.
        const n = a.length;
        const [A, B] = [q(a), q(b)];
        const AB = hadamardQ(A, B);
        const dA2 = Array.from({ length: n }, (_, i) => sq(da, i));
        const dB2 = Array.from({ length: n }, (_, i) => sq(db, i));
        const prodA = dA2.reduce((p, x) => p.mul(x), Rational.ONE);
        const prodB = dB2.reduce((p, x) => p.mul(x), Rational.ONE);
        const detA = det(A).mul(prodA);
        const detB = det(B).mul(prodB);
        const detAB = det(AB).mul(prodA).mul(prodB);
        const diagA = diagProduct(A).mul(prodA);
        const diagB = diagProduct(B).mul(prodB);
        const boundA = detA.mul(diagB);
        const boundB = detB.mul(diagA);
        // Error scales: Hadamard's bound ∏‖rowᵢ‖₂ of each matrix, from exact squares (A'ᵢⱼ² = aᵢⱼ²dᵢ²dⱼ²).
        const sqOf = (m: QMatrix, d2: Q[]): QMatrix => m.map((r, i) => r.map((v, j) => v.mul(v).mul(d2[i]).mul(d2[j])));
        const hadSq = (m2: QMatrix): Q =>
          m2.reduce((p, r) => p.mul(r.reduce((s, v) => s.add(v), Rational.ZERO)), Rational.ONE);
        const normA = sqrtUpper(hadSq(sqOf(A, dA2)));
        const normB = sqrtUpper(hadSq(sqOf(B, dB2)));
        const dAB2 = dA2.map((x, i) => x.mul(dB2[i]));
        const normAB = sqrtUpper(hadSq(sqOf(AB, dAB2)));
        const textA = scaledText(a, da, da);
        const textB = scaledText(b, db, db);

        const o = await answer(`oppenheim ${textA} ${textB}`);
        const what = `oppenheim ${textA} ${textB}`;
        assert.equal(o.data.exact, true, 'surds are exact');
        const rel = 1e-9;
        near(o.data.detA, detA, normA, rel, `det(A) ${what}`);
        near(o.data.detB, detB, normB, rel, `det(B) ${what}`);
        near(o.data.detAB, detAB, normAB, rel, `det(A∘B) ${what}`);
        near(o.data.diagProdA, diagA, abs(diagA), 1e-13, `∏aᵢᵢ ${what}`);
        near(o.data.diagProdB, diagB, abs(diagB), 1e-13, `∏bᵢᵢ ${what}`);
        const scaleA = normA.mul(abs(diagB));
        const scaleB = normB.mul(abs(diagA));
        near(o.data.boundA, boundA, scaleA, rel, `det(A)·∏bᵢᵢ ${what}`);
        near(o.data.boundB, boundB, scaleB, rel, `det(B)·∏aᵢᵢ ${what}`);
        // Verdicts of the twins (a congruence keeps them); Oppenheim applies and both bounds hold (a theorem).
        const vA = psdVerdictOracle(A);
        const vB = psdVerdictOracle(B);
        assert.deepEqual(o.data.verdicts, { A: vA, B: vB }, what);
        assert.equal(o.data.applicable, true);
        assert.equal(o.data.holdsA, true, `holdsA ${what}`);
        assert.equal(o.data.holdsB, true, `holdsB ${what}`);
        // Equality is decided exactly now: true exactly when the twins' numbers are equal.
        const eq = (x: Q, y: Q, scale: Q): boolean | null => (void scale, x.equals(y));
        const eA = eq(detAB, boundA, normAB.add(scaleA));
        const eB = eq(detAB, boundB, normAB.add(scaleB));
        if (eA !== null) assert.equal(o.data.equalityA, eA, `equalityA ${what}`);
        if (eB !== null) assert.equal(o.data.equalityB, eB, `equalityB ${what}`);
        const had = o.data.hadamard as {
          A: { holds: boolean; equality: boolean };
          B: { holds: boolean; equality: boolean };
        };
        assert.equal(had.A.holds, true);
        assert.equal(had.B.holds, true);
        const hA = eq(detA, diagA, normA);
        const hB = eq(detB, diagB, normB);
        if (hA !== null) assert.equal(had.A.equality, hA, `Hadamard equality A ${what}`);
        if (hB !== null) assert.equal(had.B.equality, hB, `Hadamard equality B ${what}`);

        // Schur: the verdicts of A', B' and A'∘B' are those of the twins A, B and A∘B (congruences again).
        const s = await answer(`schur ${textA} ${textB}`);
        const v = s.data.verdicts as Record<string, string>;
        assert.equal(v.A, vA, `schur A ${what}`);
        assert.equal(v.B, vB, `schur B ${what}`);
        assert.equal(v.AB, psdVerdictOracle(AB), `schur A∘B ${what}`);
        // psd: the verdict and the rank of the twin.
        const p = await answer(`psd ${textA}`);
        assert.equal(p.data.verdict, vA, `psd ${textA}`);
        assert.equal(p.data.rank, rank(A), `rank ${textA}`);
      },
    ),
    { numRuns: 100 },
  );
});

test('every not_psd witness satisfies xᵀMx < 0 exactly', async () => {
  const frac = fc
    .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 9 }))
    .map(([n, d]) => Rational.of(n, d));
  await fc.assert(
    fc.asyncProperty(
      fc
        .integer({ min: 1, max: 5 })
        .chain((n) => fc.array(fc.array(frac, { minLength: n, maxLength: n }), { minLength: n, maxLength: n })),
      async (x) => {
        // M = X + Xᵀ, typed as p/q entries.
        const m = x.map((row, i) => row.map((_, j) => x[i][j].add(x[j][i])));
        const r = await answer(`psd [${m.map((row) => `[${row.map(String).join(',')}]`).join(',')}]`);
        if (r.data.verdict !== 'not_psd') return;
        const w = (r.data.witness as unknown[]).map(stated);
        let s = Rational.ZERO;
        for (let i = 0; i < w.length; i++) for (let j = 0; j < w.length; j++) s = s.add(w[i].mul(m[i][j]).mul(w[j]));
        assert.ok(s.sign() < 0, `xᵀMx = ${s}`);
        assert.ok(s.equals(stated(r.data.witnessValue)));
      },
    ),
    { numRuns: 150 },
  );
});
