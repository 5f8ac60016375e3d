// LaTeX for homework (data.latex): every answer that shows matrices carries it, KaTeX typesets every block without
// an error, and the matrices read back from the LaTeX (bmatrix, \frac{p}{q}, integers, decimals) equal the answer's
// data: exactly for exact input, to the 6 digits shown for floating input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../fc-seed.js';
import fc from 'fast-check';
import katex from 'katex';
import { CATALOGUE, answerLatex, latexCodeBlock, runText, type Answer } from '../../src/engine/index.js';
import { latexEntry, latexLabel, latexMatrix, latexText } from '../../src/engine/latex.js';
import { Rational } from '../../src/engine/numbers/rational.js';
import type { Entry, MatrixData } from '../../src/engine/data.js';

/** The verbs whose answers show matrices, and so carry LaTeX. */
const WITH_MATRICES = ['product', 'psd', 'schur', 'oppenheim', 'props', 'relate', 'apply'];

async function answer(text: string): Promise<Answer> {
  const r = await runText(text, { figures: false });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r as Answer;
}

/** The display blocks of a LaTeX answer, without their \[ \] delimiters. */
function blocks(latex: string): string[] {
  const out = [...latex.matchAll(/\\\[ ([\s\S]*?) \\\]/g)].map((m) => m[1]);
  assert.equal(out.length, latex.split('\n').length, 'one \\[ … \\] block per line');
  return out;
}

function typesets(latex: string, where: string): void {
  for (const b of blocks(latex))
    try {
      katex.renderToString(b, { displayMode: true, throwOnError: true, strict: 'error' });
    } catch (e) {
      assert.fail(`${where}: KaTeX refuses ${b}\n${String(e)}`);
    }
}

/** Reads one LaTeX entry back: `-\frac{7}{3}`, `12`, `0.333333`, `1.5 \times 10^{-8}`; a symbolic one as its text. */
function readEntry(s: string): Rational | number | string {
  const t = s.trim();
  if (/\\pi|\\sqrt|e\^/.test(t)) return t;
  const frac = /^(-?)\\frac\{(\d+)\}\{(\d+)\}$/.exec(t);
  if (frac) return Rational.of(BigInt(frac[1] + frac[2]), BigInt(frac[3]));
  const sci = /^(-?[\d.]+) \\times 10\^\{(-?\d+)\}$/.exec(t);
  if (sci) return Number(`${sci[1]}e${sci[2]}`);
  if (/^-?\d+$/.test(t)) return Rational.int(BigInt(t));
  assert.match(t, /^-?\d*\.\d+$/, `an entry: ${t}`);
  return Number(t);
}

/** Every bmatrix in a LaTeX text, read back. */
function readMatrices(latex: string): (Rational | number | string)[][][] {
  return [...latex.matchAll(/\\begin\{bmatrix\} ([\s\S]*?) \\end\{bmatrix\}/g)].map((m) =>
    m[1].split(' \\\\ ').map((row) => row.split(' & ').map(readEntry)),
  );
}

/** LaTeX's matrix against data's: exact entries exactly, floats to the 6 significant digits shown. */
function sameMatrix(read: (Rational | number | string)[][], data: MatrixData, where: string): void {
  assert.equal(read.length, data.length, `${where}: rows`);
  data.forEach((row, i) => {
    assert.equal(read[i].length, row.length, `${where}: columns of row ${i + 1}`);
    row.forEach((e: Entry, j) => {
      const got = read[i][j];
      if (typeof e === 'string' && !/^-?\d+(\/\d+)?$/.test(e)) {
        // An exact symbolic entry (sqrt(2), 2*pi): its LaTeX is the data's text, written as LaTeX.
        assert.equal(got, latexEntry(e), `${where} (${i + 1},${j + 1})`);
        return;
      }
      assert.ok(typeof got !== 'string', `${where} (${i + 1},${j + 1}): ${got} should be a number`);
      if (typeof e === 'string' || Number.isInteger(e)) {
        const want =
          typeof e === 'string' ? Rational.of(BigInt(e.split('/')[0]), BigInt(e.split('/')[1] ?? 1)) : Rational.int(e);
        assert.ok(got instanceof Rational && got.equals(want), `${where} (${i + 1},${j + 1}): ${String(got)} ≠ ${e}`);
      } else {
        const g = typeof got === 'number' ? got : got.toNumber();
        assert.ok(Math.abs(g - e) <= 5e-6 * Math.abs(e), `${where} (${i + 1},${j + 1}): ${g} vs ${e}`);
      }
    });
  });
}

test('entries, labels and text: fractions as \\frac, signs outside, exponents as powers of ten', () => {
  assert.equal(latexEntry(3), '3');
  assert.equal(latexEntry('-7/3'), '-\\frac{7}{3}');
  assert.equal(latexEntry(1.5e-8), '1.5 \\times 10^{-8}');
  assert.equal(latexEntry(0.1 + 0.2), '0.3');
  assert.equal(latexEntry('sqrt(2)/2'), '\\frac{\\sqrt{2}}{2}');
  assert.equal(latexEntry('(1 + sqrt(3))/2'), '\\frac{1 + \\sqrt{3}}{2}');
  assert.equal(latexEntry('-3*pi/2'), '-\\frac{3 \\pi}{2}');
  assert.equal(latexEntry('pi^2 - 1'), '\\pi^{2} - 1');
  assert.equal(latexEntry('exp(-1/2)'), 'e^{-1/2}');
  assert.equal(latexEntry('1e400*pi^2'), '10^{400} \\pi^{2}');
  assert.equal(latexEntry('9.86960440108936e400'), '9.8696 \\times 10^{400}');
  assert.equal(latexEntry('123456789012345678901234567890'), '123456789012345678901234567890');
  assert.equal(latexMatrix([[1, '1/2']]), '\\begin{bmatrix} 1 & \\frac{1}{2} \\end{bmatrix}');
  assert.equal(latexLabel('A'), 'A');
  assert.equal(latexLabel('M1'), 'M_{1}');
  assert.equal(latexLabel('Cov_x'), '\\mathrm{Cov\\_x}');
  assert.equal(latexText('50% & $5_{x}'), '\\text{50\\% \\& \\$5\\_\\{x\\}}');
  assert.equal(latexCodeBlock('x'), '```latex\nx\n```');
});

test('every catalogue example of a verb that shows matrices carries LaTeX that KaTeX typesets', async () => {
  let checked = 0;
  for (const spec of CATALOGUE) {
    if (spec.group) continue;
    for (const example of spec.examples) {
      const a = await answer(example);
      const latex = answerLatex(a);
      if (!WITH_MATRICES.includes(spec.verb)) {
        assert.equal(latex, undefined, `${example}: no matrices, no LaTeX`);
        continue;
      }
      assert.ok(latex, `${example} has data.latex`);
      typesets(latex, example);
      assert.doesNotMatch(latex, /Infinity|NaN|undefined|\[object/, example);
      checked++;
    }
  }
  assert.ok(checked >= 20, `${checked} examples checked`);
});

test('round trip: the matrices of product, psd, schur and relate read back from the LaTeX equal the data', async () => {
  const p = await answer('[[1/2, -2/3],[3, 0.25]] [[4, 9/7],[-1, 1/3]]');
  const pm = readMatrices(p.data.latex as string);
  assert.equal(pm.length, 3);
  sameMatrix(pm[0], (p.data.operands as MatrixData[])[0], 'A');
  sameMatrix(pm[1], (p.data.operands as MatrixData[])[1], 'B');
  sameMatrix(pm[2], p.data.product as MatrixData, 'A∘B');

  const s = await answer('schur kms(3, 1/2) [[2,1,0],[1,2,1],[0,1,2]]');
  const sm = readMatrices(s.data.latex as string);
  const mats = s.data.matrices as Record<string, MatrixData>;
  sameMatrix(sm[0], mats.A, 'schur A');
  sameMatrix(sm[1], mats.B, 'schur B');
  sameMatrix(sm[2], mats.AB, 'schur A∘B');
  assert.match(s.data.latex as string, /A \\circ B \\succ 0/);

  const q = await answer('psd [[1,2],[2,1]]');
  sameMatrix(readMatrices(q.data.latex as string)[0], q.data.matrix as MatrixData, 'psd M');
  // The witness row reads back to the data's witness, and the verdict is there in symbols and words.
  sameMatrix(readMatrices(q.data.latex as string)[1], [q.data.witness as Entry[]], 'witness');
  assert.match(q.data.latex as string, /M \\not\\succeq 0 \\quad \\text\{\(not positive semidefinite\)\}/);

  const r = await answer('relate [[1,2],[3,4]] [[5,6],[7,8]]');
  const rm = readMatrices(r.data.latex as string);
  sameMatrix(rm[2], r.data.product as MatrixData, 'relate A∘B');
  assert.match(
    r.data.latex as string,
    /\\operatorname\{tr\}\(A\^\{\\top\} B\) = 70 = \\sum_\{i,j\} \(A \\circ B\)_\{ij\} = 70/,
  );

  const f = await answer('[[pi, 1e-8],[sqrt(2), 2]] [[1, 1],[1, 1]]');
  sameMatrix(readMatrices(f.data.latex as string)[2], f.data.product as MatrixData, 'symbolic product');
  assert.match(f.data.latex as string, /\\pi & \\frac\{1\}\{100000000\} \\\\ \\sqrt\{2\} & 2/);
  const c = await answer('[[exp(sqrt(2)), 1]] [[1, 1]]');
  sameMatrix(readMatrices(c.data.latex as string)[2], c.data.product as MatrixData, 'certified product');
});

test('round trip on random exact matrices: every fraction comes back exactly', async () => {
  const entry = fc
    .tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: 1, max: 12 }))
    .map(([p, q]) => `${p}/${q}`);
  await fc.assert(
    fc.asyncProperty(
      fc
        .integer({ min: 1, max: 4 })
        .chain((m) =>
          fc
            .integer({ min: 1, max: 4 })
            .chain((n) =>
              fc.tuple(
                fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
                fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
              ),
            ),
        ),
      async ([a, b]) => {
        const text = (x: string[][]) => `[${x.map((r) => `[${r.join(',')}]`).join(',')}]`;
        const r = await answer(`${text(a)} ${text(b)}`);
        const read = readMatrices(r.data.latex as string);
        sameMatrix(read[0], (r.data.operands as MatrixData[])[0], 'A');
        sameMatrix(read[1], (r.data.operands as MatrixData[])[1], 'B');
        sameMatrix(read[2], r.data.product as MatrixData, 'A∘B');
        typesets(r.data.latex as string, 'random product');
      },
    ),
    { numRuns: 60, seed: 5 },
  );
});

test('oppenheim and props: the relations and outcomes the answer decided', async () => {
  const o = await answer('oppenheim [[2,1],[1,2]] [[3,1],[1,3]]');
  assert.match(o.data.latex as string, /\\det\(A \\circ B\) = 35/);
  assert.match(o.data.latex as string, /\\det\(A \\circ B\) \\ge \\det\(A\) \\prod_\{i\} b_\{ii\} = 3 \\cdot 9 = 27/);
  const eq = await answer('oppenheim [[2,1],[1,2]] ones(2,2)');
  assert.match(eq.data.latex as string, /\\det\(A \\circ B\) = \\det\(A\)/, 'equality shown as =');
  const p = await answer('props [1/2 1/3] [3 4]');
  assert.match(p.data.latex as string, /\\text\{\(needs a third matrix C\)\}/);
  assert.equal((p.data.latex as string).match(/\\text\{\(holds\)\}/g)?.length, 3);
});

test('decimals style changes the text, never the LaTeX', async () => {
  const a = await runText('[[1/3]] [[1]]', { figures: false, numbers: 'decimals' });
  assert.ok(a.ok);
  if (a.ok) {
    assert.match(a.summary, /0\.333333…/);
    assert.match(a.data.latex as string, /\\frac\{1\}\{3\}/);
  }
});
