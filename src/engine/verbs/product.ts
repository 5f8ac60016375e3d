/** `product`: the entrywise product of 2..6 same-shape matrices, with one entry worked out. */
import type { ProductData } from '../data.js';
import {
  decimalMatrix,
  inlineMatrix,
  matrixBlock,
  modeOf,
  productNumericsNote,
  shapeText,
  subscript,
} from '../format.js';
import { matrixKind } from '../linalg/decide.js';
import { Symbolic } from '../numbers/symbolic.js';
import { hadamard, matrixJSON } from '../numbers/matrix.js';
import { formatScalar, scalarJSON } from '../numbers/scalar.js';
import { latexBlocks, latexCirc, latexEntry, latexLabel, latexMatrix } from '../latex.js';
import type { Section } from '../types.js';
import { named, requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';
import { t } from '../i18n/index.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';

export function productVerb(o: Operands): VerbResult<ProductData> {
  requireSameShape(o);
  const name = o.labels.join('∘');
  const p = named(name, () => o.mats.slice(1).reduce(hadamard, o.mats[0]));
  const [m, n] = [p.rows, p.cols];
  const row = 0;
  const col = n > 1 ? 1 : 0;
  const factors = o.mats.map((x) => x.e[row][col]);
  const idx = subscript(row + 1, col + 1);
  const worked =
    `(${name})${idx} = ${o.labels.map((l) => `${l.toLowerCase()}${idx}`).join('·')} = ` +
    `${factors.map((f) => paren(formatScalar(f))).join('·')} = ${formatScalar(p.e[row][col])}`;
  const ops = [...o.labels.slice(1).map(() => '∘'), '='];
  const mode = modeOf(matrixKind(p));
  const exact = mode === 'rational' || mode === 'exact';
  const sections: Section[] = [
    { body: matrixBlock([...o.mats.map((x, i) => ({ label: o.labels[i], m: x })), { label: name, m: p }], ops) },
    { body: t('product.entryByEntry', { worked }) },
  ];
  // Exact symbols read better beside their decimals (1e400*pi^2 is 9.8696e400; sqrt(2) − 1.4142135623730951 < 0).
  if (mode === 'exact' && p.rows * p.cols <= 36 && p.e.some((r) => r.some((x) => x instanceof Symbolic)))
    sections.push({ body: t('product.asDecimals', { matrix: decimalMatrix(p) }) });
  sections.push({ body: productNumericsNote(mode, o.switched) });
  const operands = o.mats.map(matrixJSON);
  const product = matrixJSON(p);
  const sub = row >= 9 || col >= 9 ? `_{${row + 1},${col + 1}}` : `_{${row + 1}${col + 1}}`;
  const latexWorked =
    `(${latexCirc(o.labels)})${sub} = ${o.labels.map((l) => (/^[A-Za-z]$/.test(l) ? `${l.toLowerCase()}${sub}` : `(${latexLabel(l)})${sub}`)).join(' ')} = ` +
    `${factors.map((f) => latexParen(latexEntry(scalarJSON(f)))).join(' \\cdot ')} = ${latexEntry(scalarJSON(p.e[row][col]))}`;
  return {
    title: t('product.title'),
    summary: t('product.summary', {
      name,
      matrix: inlineMatrix(p),
      shape: shapeText(p),
      kind: t(exact ? 'product.kindExact' : mode === 'certified' ? 'product.kindCertified' : 'product.kindNumerical'),
    }),
    sections,
    data: {
      shape: [m, n],
      operands,
      labels: o.labels,
      product,
      exact,
      ...(mode === 'certified' ? { certified: true } : {}),
      worked: { row, col, factors: factors.map(scalarJSON), value: scalarJSON(p.e[row][col]) },
      latex: latexBlocks([
        `${latexCirc(o.labels)} = ${operands.map(latexMatrix).join(' \\circ ')} = ${latexMatrix(product)}`,
        latexWorked,
      ]),
    },
  };
}

function latexParen(s: string): string {
  return s.startsWith('-') ? `\\left(${s}\\right)` : s;
}

function paren(s: string): string {
  return s.startsWith('-') || s.includes('/') ? `(${s})` : s;
}

const spec: VerbSpec = {
  verb: 'product',
  aliases: ['mul', 'multiply', 'hadamard'],
  description: 'Entrywise (Hadamard) product of 2 to 6 matrices of the same shape',
  usage: '/hadamard [product] M M [M …]',
  grammar: { kind: 'matrices', min: 2, max: 6 },
  options: [
    { name: 'a', description: `First matrix, ${MATRIX_HINT}`, required: true },
    { name: 'b', description: 'Second matrix, same shape as the first', required: true },
    { name: 'c', description: 'Optional third matrix', required: false },
    { name: 'd', description: 'Optional fourth matrix', required: false },
    { name: 'e', description: 'Optional fifth matrix', required: false },
    { name: 'f', description: 'Optional sixth matrix', required: false },
  ],
  examples: [
    '[[2,3],[4,1]] [[5,6],[7,8]]',
    '[2 3; 4 1] ∘ [5 6; 7 8]',
    'A=[1/2, 1/3; 0.25, -1] B=[2 3; 4 1]',
    'hilbert(3) .* pascal(3)',
    '[1 2 3] [4 5 6] [7 8 9]',
    'kms(4, 1/2) causal(4)',
    'toeplitz(1, 1/2, 1/4) .* gauss(3, 2)',
    'hann(5) [1 2 3 4 5]',
    '[[cos(pi/3), sin(pi/2)],[exp(0), log(e)]] [[2, 3],[4, 5]]',
  ],
};

export default {
  spec,
  compute: onMatrices(spec, productVerb),
  async figures(data, options) {
    const { renderProductFigure } = await import('../render/product.js');
    return [await renderProductFigure(data, options)];
  },
} satisfies VerbModule<ProductData>;
