/**
 * `props`: the five algebraic identities of the Hadamard product, checked on the user's
 * matrices (exactly for rational input): commutativity, associativity, distributivity,
 * the all-ones identity J, and the transpose rule.
 */
import type { PropsData } from '../data.js';
import { matrixBlock, numericsNote } from '../format.js';
import { allOnes, hadamard, matAdd, matEqual, maxAbs, transpose, type Matrix } from '../numbers/matrix.js';
import type { Section } from '../types.js';
import { requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';

export function propsVerb(o: Operands): VerbResult<PropsData> {
  requireSameShape(o);
  const [a, b, c] = o.mats;
  const [la, lb, lc] = o.labels;
  const scale = Math.max(1, ...o.mats.map(maxAbs));
  const tol = o.exact ? 0 : 1e-12 * scale * scale * scale;
  const eq = (x: Matrix, y: Matrix): boolean => matEqual(x, y, tol);
  const h = hadamard;
  const commutative = eq(h(a, b), h(b, a));
  const associative = c ? eq(h(h(a, b), c), h(a, h(b, c))) : null;
  const distributive = c ? eq(h(a, matAdd(b, c)), matAdd(h(a, b), h(a, c))) : null;
  const J = allOnes(a.rows, a.cols);
  const identity = eq(h(a, J), a);
  const transposeOk = eq(transpose(h(a, b)), h(transpose(a), transpose(b)));
  const mark = (v: boolean | null): string => (v === null ? '– (needs a third matrix C)' : v ? '✓ holds' : '✗ FAILS');
  const lines = [
    `- Commutativity: ${la}∘${lb} = ${lb}∘${la}  ${mark(commutative)}`,
    `- Associativity: (${la}∘${lb})∘${lc ?? 'C'} = ${la}∘(${lb}∘${lc ?? 'C'})  ${mark(associative)}`,
    `- Distributivity: ${la}∘(${lb}+${lc ?? 'C'}) = ${la}∘${lb} + ${la}∘${lc ?? 'C'}  ${mark(distributive)}`,
    `- Identity: ${la}∘J = ${la} with J the ${a.rows}×${a.cols} all-ones matrix  ${mark(identity)}`,
    `- Transpose: (${la}∘${lb})ᵀ = ${la}ᵀ∘${lb}ᵀ  ${mark(transposeOk)}`,
  ];
  const all = [commutative, associative, distributive, identity, transposeOk].filter((v) => v !== null);
  const checked = all.length;
  const summary = all.every(Boolean)
    ? `All ${checked} properties hold on these matrices${c ? '' : ' (give a third matrix C to check associativity and distributivity too)'}.`
    : 'A property failed: this should be impossible, please report it.';
  const items = [{ label: la, m: a }, { label: lb, m: b }, ...(c ? [{ label: lc, m: c }] : [])];
  const sections: Section[] = [
    {
      body: matrixBlock(
        items,
        items.slice(1).map(() => ''),
      ),
    },
    { heading: 'Checked entry by entry', body: lines.join('\n') },
    {
      body: 'Why: each entry of a Hadamard product is an ordinary product of numbers, so the rules of real multiplication (commutative, associative, distributive over +, with 1 as identity) hold in every position at once; J has a 1 in every position.',
    },
    { body: numericsNote(o.exact, o.exact ? undefined : tol, o.switched) },
  ];
  return {
    title: 'Algebraic properties',
    summary,
    sections,
    data: {
      commutative,
      associative,
      distributive,
      identity,
      transpose: transposeOk,
      labels: o.labels,
      exact: o.exact,
    },
  };
}
