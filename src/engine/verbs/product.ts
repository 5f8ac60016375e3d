/** `product`: the entrywise product of 2..6 same-shape matrices, with one entry worked out. */
import type { ProductData } from '../data.js';
import { inlineMatrix, matrixBlock, productNumericsNote, shapeText, subscript } from '../format.js';
import { hadamard, matrixJSON } from '../numbers/matrix.js';
import { formatScalar, scalarJSON } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { named, requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';

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
  const sections: Section[] = [
    { body: matrixBlock([...o.mats.map((x, i) => ({ label: o.labels[i], m: x })), { label: name, m: p }], ops) },
    { body: `Entry by entry: ${worked}.\nEvery entry is multiplied with the entry in the same place, nothing else.` },
    { body: productNumericsNote(o.exact, o.switched) },
  ];
  return {
    title: 'Hadamard product',
    summary: `${name} = ${inlineMatrix(p)} (${shapeText(p)}, ${o.exact ? 'exact' : 'numerical'})`,
    sections,
    data: {
      shape: [m, n],
      operands: o.mats.map(matrixJSON),
      labels: o.labels,
      product: matrixJSON(p),
      exact: o.exact,
      worked: { row, col, factors: factors.map(scalarJSON), value: scalarJSON(p.e[row][col]) },
    },
  };
}

function paren(s: string): string {
  return s.startsWith('-') || s.includes('/') ? `(${s})` : s;
}
