/**
 * `props`: the five algebraic identities of the Hadamard product, checked on the user's
 * matrices (exactly for rational input): commutativity, associativity, distributivity,
 * the all-ones identity J, and the transpose rule.
 */
import type { PropsData } from '../data.js';
import { kindNote, matrixBlock } from '../format.js';
import { allOnes, hadamard, matAdd, transpose, type Matrix } from '../numbers/matrix.js';
import { provedEqual, toFloat } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { latexBlocks, latexCirc, latexLabel, latexMatrix, latexText } from '../latex.js';
import type { MatrixData } from '../data.js';
import { matrixJSON } from '../numbers/matrix.js';
import { named, requireSameShape, type Operands } from './operands.js';
import type { VerbResult } from './result.js';
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';
import { t } from '../i18n/index.js';

type Property = 'commutative' | 'associative' | 'distributive' | 'identity' | 'transpose';

/** A property's name as the summary lists the undecided ones. */
function propertyName(name: string): string {
  const names: Record<Property, string> = {
    commutative: t('props.nameCommutative'),
    associative: t('props.nameAssociative'),
    distributive: t('props.nameDistributive'),
    identity: t('props.nameIdentity'),
    transpose: t('props.nameTranspose'),
  };
  return names[name as Property] ?? name;
}

/**
 * The summary: how many properties were checked, and whether they hold, stayed undecided or (impossible unless the
 * engine is wrong) one failed.
 */
export function propsSummary(
  values: Record<Property, boolean | null>,
  undecided: readonly string[],
  hasC: boolean,
): string {
  // Checked: proved, disproved or undecided; a property that needs C and has none is not checked.
  const checked = Object.entries(values).filter(([name, v]) => v !== null || undecided.includes(name)).length;
  if (undecided.length)
    return t('props.summaryUndecided', {
      proved: String(checked - undecided.length),
      checked,
      names: undecided.map(propertyName).join(', '),
    });
  if (!Object.values(values).every((v) => v !== false)) return t('props.summaryFailed');
  return t(hasC ? 'props.summaryAll' : 'props.summaryAllNoC', { checked });
}

export function propsVerb(o: Operands): VerbResult<PropsData> {
  requireSameShape(o);
  const [a, b, c] = o.mats;
  const [la, lb, lc] = o.labels;
  const float = o.mode === 'float';
  const exact = o.mode === 'rational' || o.mode === 'exact';
  /**
   * Doubles (files): both sides agree entry by entry up to their rounding error, 8ε of the sizes that were rounded
   * (`scale`), plus a few units of the smallest double: a product in the subnormal range keeps only a few digits, and
   * such an error grows by the size of the factor that multiplies it next (the MIN_VALUE/ε terms in `scale`).
   * Otherwise equality is proved entry by entry (exactly, or as the same certified expression); an entry whose two
   * sides agree to 1,000 digits without a proof makes the property undecided (null in `undecided`).
   */
  const undecided: string[] = [];
  let current = '';
  // true: proved on every entry; false: disproved on one; null: undecided (never reported as false).
  const agree = (x: Matrix, y: Matrix, scale: (i: number, j: number) => number): boolean | null => {
    let open = false;
    const all = x.e.every((row, i) =>
      row.every((xv, j) => {
        const yv = y.e[i][j];
        if (float) {
          const d = Math.abs(toFloat(xv) - toFloat(yv));
          return d <= 8 * Number.EPSILON * scale(i, j) + 8 * Number.MIN_VALUE;
        }
        const e = provedEqual(xv, yv);
        if (e === null) open = true;
        return e !== false;
      }),
    );
    if (all && open) undecided.push(current);
    return all ? (open ? null : true) : false;
  };
  const abs = (m: Matrix | undefined, i: number, j: number): number => (m ? Math.abs(toFloat(m.e[i][j])) : 0);
  const h = (x: Matrix, y: Matrix, name: string): Matrix => named(name, () => hadamard(x, y));
  const ab = h(a, b, `${la}∘${lb}`);
  current = 'commutative';
  const commutative = agree(ab, h(b, a, `${lb}∘${la}`), (i, j) => abs(ab, i, j));
  let associative: boolean | null = null;
  let distributive: boolean | null = null;
  if (c) {
    const left = h(ab, c, `(${la}∘${lb})∘${lc}`);
    const right = h(a, h(b, c, `${lb}∘${lc}`), `${la}∘(${lb}∘${lc})`);
    current = 'associative';
    associative = agree(
      left,
      right,
      (i, j) =>
        abs(left, i, j) + abs(right, i, j) + (Number.MIN_VALUE * (abs(a, i, j) + abs(c, i, j))) / Number.EPSILON,
    );
    const ac = h(a, c, `${la}∘${lc}`);
    const sumBC = named(`${lb}+${lc}`, () => matAdd(b, c));
    const lhs = h(a, sumBC, `${la}∘(${lb}+${lc})`);
    const rhs = named(`${la}∘${lb} + ${la}∘${lc}`, () => matAdd(ab, ac));
    // a(b+c) against ab+ac: the rounding scale is |ab| + |ac| (b+c itself may cancel).
    current = 'distributive';
    distributive = agree(
      lhs,
      rhs,
      (i, j) => 2 * (abs(ab, i, j) + abs(ac, i, j)) + (Number.MIN_VALUE * (1 + abs(a, i, j))) / Number.EPSILON,
    );
  }
  const J = allOnes(a.rows, a.cols);
  current = 'identity';
  const identity = agree(h(a, J, `${la}∘J`), a, (i, j) => abs(a, i, j));
  current = 'transpose';
  const transposeOk = agree(transpose(ab), h(transpose(a), transpose(b), `${la}ᵀ∘${lb}ᵀ`), (i, j) => abs(ab, j, i));
  const openMark = (name: string): string | null => (undecided.includes(name) ? t('props.undecided') : null);
  const mark = (v: boolean | null, name = ''): string =>
    openMark(name) ?? t(v === null ? 'props.needsC' : v ? 'props.holds' : 'props.fails');
  const cc = lc ?? 'C';
  const lines = [
    t('props.commutativity', { a: la, b: lb, mark: mark(commutative, 'commutative') }),
    t('props.associativity', { a: la, b: lb, c: cc, mark: mark(associative, 'associative') }),
    t('props.distributivity', { a: la, b: lb, c: cc, mark: mark(distributive, 'distributive') }),
    t('props.identity', { a: la, rows: String(a.rows), cols: String(a.cols), mark: mark(identity, 'identity') }),
    t('props.transpose', { a: la, b: lb, mark: mark(transposeOk, 'transpose') }),
  ];
  const values = { commutative, associative, distributive, identity, transpose: transposeOk };
  const summary = propsSummary(values, undecided, !!c);
  const items = [{ label: la, m: a }, { label: lb, m: b }, ...(c ? [{ label: lc, m: c }] : [])];
  const sections: Section[] = [
    {
      body: matrixBlock(
        items,
        items.slice(1).map(() => ''),
      ),
    },
    { heading: t('props.checked'), body: lines.join('\n') },
    { body: t('props.why') },
    { body: kindNote(o.mode, o.switched) + (float ? t('props.floatNote') : '') },
  ];
  const data: PropsData = {
    commutative,
    associative,
    distributive,
    identity,
    transpose: transposeOk,
    labels: o.labels,
    exact,
    ...(undecided.length ? { undecided } : {}),
  };
  return {
    title: t('props.title'),
    summary,
    sections,
    data: { ...data, latex: propsLatex(data, o.mats.map(matrixJSON)) },
  };
}

/** The matrices and each identity with its outcome. */
export function propsLatex(d: PropsData, mats: MatrixData[]): string {
  const [la, lb, lc = 'C'] = d.labels;
  const [a, b, c] = [la, lb, lc].map(latexLabel);
  // An undecided property is null like one that needs C: `undecided` tells them apart.
  const mark = (v: boolean | null, name: string): string =>
    latexText(
      t(
        d.undecided?.includes(name)
          ? 'props.latexUndecided'
          : v === null
            ? 'props.latexNeedsC'
            : v
              ? 'props.latexHolds'
              : 'props.latexFails',
      ),
    );
  const lines = [
    mats.map((m, k) => `${latexLabel(d.labels[k])} = ${latexMatrix(m)}`).join(', \\quad '),
    `${latexCirc([la, lb])} = ${latexCirc([lb, la])} \\quad ${mark(d.commutative, 'commutative')}`,
    `(${a} \\circ ${b}) \\circ ${c} = ${a} \\circ (${b} \\circ ${c}) \\quad ${mark(d.associative, 'associative')}`,
    `${a} \\circ (${b} + ${c}) = ${a} \\circ ${b} + ${a} \\circ ${c} \\quad ${mark(d.distributive, 'distributive')}`,
    `${a} \\circ J = ${a} \\quad ${mark(d.identity, 'identity')}`,
    `(${a} \\circ ${b})^{\\top} = ${a}^{\\top} \\circ ${b}^{\\top} \\quad ${mark(d.transpose, 'transpose')}`,
  ];
  return latexBlocks(lines);
}

const spec: VerbSpec = {
  verb: 'props',
  aliases: ['properties'],
  description: 'Check commutativity, associativity, distributivity, identity J and transpose',
  usage: '/hadamard props A B [C]',
  grammar: { kind: 'matrices', min: 2, max: 3 },
  options: [
    { name: 'a', description: `Matrix A, ${MATRIX_HINT}`, required: true },
    { name: 'b', description: 'Matrix B, same shape as A', required: true },
    { name: 'c', description: 'Optional matrix C (for associativity and distributivity)', required: false },
  ],
  examples: ['props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]', 'props [1/2 1/3] [3 4]'],
};

export default {
  spec,
  compute: onMatrices(spec, propsVerb),
} satisfies VerbModule<PropsData>;
