// Property tests (fast-check) over random rational matrices: the algebra holds exactly, the
// Schur and Oppenheim theorems hold on Gram matrices, witnesses are real, float agrees with exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runText, type Answer } from '../../src/engine/index.js';
import { Rational } from '../../src/engine/numbers/rational.js';

const frac = fc
  .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 9 }))
  .map(([n, d]) => (d === 1 ? `${n}` : `${n}/${d}`));

const matrixText = (rows: number, cols: number) =>
  fc
    .array(fc.array(frac, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
    .map((m) => `[${m.map((r) => `[${r.join(',')}]`).join(',')}]`);

const shape = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

function q(e: number | string): Rational {
  if (typeof e === 'number') return Rational.int(e);
  const [n, d] = e.split('/');
  return Rational.of(BigInt(n), BigInt(d ?? '1'));
}

/** A random integer Gram matrix GᵀG (always PSD), as text. */
const gram = (n: number) =>
  fc
    .array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: n + 1,
    })
    .map((g) => {
      const m = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => g.reduce((s, row) => s + row[i] * row[j], 0)),
      );
      return `[${m.map((r) => `[${r.join(',')}]`).join(',')}]`;
    });

test('the five identities hold exactly on random rational matrices', async () => {
  await fc.assert(
    fc.asyncProperty(
      shape.chain(([m, n]) => fc.tuple(matrixText(m, n), matrixText(m, n), matrixText(m, n))),
      async ([a, b, c]) => {
        const r = await answer(`props ${a} ${b} ${c}`);
        for (const k of ['commutative', 'associative', 'distributive', 'identity', 'transpose'])
          assert.equal(r.data[k], true, k);
        assert.equal(r.data.exact, true);
      },
    ),
    { numRuns: 60 },
  );
});

test('Schur: for Gram matrices A, B the product is PSD; Oppenheim both ways holds', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(gram(n), gram(n))),
      async ([a, b]) => {
        const s = await answer(`schur ${a} ${b}`);
        const v = s.data.verdicts as Record<string, string>;
        assert.ok(['pd', 'psd'].includes(v.A) && ['pd', 'psd'].includes(v.B));
        assert.ok(['pd', 'psd'].includes(v.AB), `A∘B verdict ${v.AB}`);
        if (v.A === 'pd' && v.B === 'pd') assert.equal(v.AB, 'pd');
        const o = await answer(`oppenheim ${a} ${b}`);
        assert.equal(o.data.applicable, true);
        assert.equal(o.data.holdsA, true);
        assert.equal(o.data.holdsB, true);
        // Check the inequality ourselves, exactly, from the reported numbers.
        assert.ok(q(o.data.detAB as number).cmp(q(o.data.boundA as number)) >= 0);
        assert.ok(q(o.data.detAB as number).cmp(q(o.data.boundB as number)) >= 0);
      },
    ),
    { numRuns: 60 },
  );
});

test('every not_psd witness satisfies xᵀMx < 0 exactly', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 5 }).chain((n) => matrixText(n, n)),
      async (text) => {
        // Symmetrize: M = X + Xᵀ.
        const x = JSON.parse(text.replace(/(-?\d+)\/(\d+)/g, '"$1/$2"')) as (number | string)[][];
        const m = x.map((row, i) => row.map((_, j) => q(x[i][j]).add(q(x[j][i]))));
        const mt = `[${m.map((r) => `[${r.map(String).join(',')}]`).join(',')}]`;
        const r = await answer(`psd ${mt}`);
        if (r.data.verdict !== 'not_psd') return;
        const w = (r.data.witness as (number | string)[]).map(q);
        let s = Rational.ZERO;
        for (let i = 0; i < w.length; i++) for (let j = 0; j < w.length; j++) s = s.add(w[i].mul(m[i][j]).mul(w[j]));
        assert.ok(s.sign() < 0, `xᵀMx = ${s}`);
        assert.ok(s.equals(q(r.data.witnessValue as number)));
      },
    ),
    { numRuns: 150 },
  );
});

test('float and exact paths agree within tolerance', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(gram(n), gram(n))),
      async ([a, b]) => {
        // Multiplying every entry by sqrt(2)/sqrt(2) keeps the value but forces floating point (pi/pi no longer
        // does: π/π is exactly 1, as sin(pi) is exactly 0).
        const floatA = a.replace(/(-?\d+)/g, '($1*sqrt(2)/sqrt(2))');
        const ex = await answer(`oppenheim ${a} ${b}`);
        const fl = await answer(`oppenheim ${floatA} ${b}`);
        assert.equal(fl.data.exact, false);
        const num = (e: unknown): number => q(e as number).toNumber();
        for (const k of ['detAB', 'boundA', 'boundB']) {
          const d = Math.abs(num(ex.data[k]) - (fl.data[k] as number));
          const scale = Math.max(1, num(ex.data.diagProdA) * num(ex.data.diagProdB));
          assert.ok(d <= 1e-9 * scale, `${k}: ${ex.data[k]} vs ${fl.data[k]}`);
        }
        const pe = await answer(`psd ${a}`);
        const pf = await answer(`psd ${floatA}`);
        assert.equal(pf.data.verdict, pe.data.verdict, `${a}`);
        assert.equal(pf.data.rank, pe.data.rank);
      },
    ),
    { numRuns: 60 },
  );
});
