/**
 * The relate figure: the grid of A⊗B with the entries that form A∘B highlighted (row i·m+i,
 * column j·n+j), A∘B beside it in the same tints, and the trace identity with the user's numbers.
 */
import type { RelateData } from '../data.js';
import type { Figure } from '../types.js';
import { column, heading, renderCard, row, spacer, text, type Box, type FigureOptions } from './layout.js';
import {
  describeShape,
  heatmap,
  isLarge,
  isLargeShape,
  labelled,
  matrixBox,
  maxCharsFor,
  schematic,
} from './matrix.js';
import { COLORS, FONTS, POSITION_TINTS } from './theme.js';
import { mathLine, type Inline } from './words.js';
import { formatEntryShort } from './entries.js';

const PICKED = POSITION_TINTS[0];
/** Largest A⊗B side drawn cell by cell in the schematic (12×12 typed matrices give 144). */
const SCHEMATIC_MAX_SIDE = 144;

/** 1-based indices, elided in the middle when long: "1, 14, 27, …, 144". */
function indexList(xs: number[]): string {
  const one = xs.map((x) => String(x + 1));
  return one.length <= 5 ? one.join(', ') : [...one.slice(0, 3), '…', one[one.length - 1]].join(', ');
}

function check(ok: boolean | null): string {
  return ok === null ? '' : ok ? '  ✓' : '  ✗';
}

export async function renderRelateFigure(d: RelateData, options: FigureOptions = {}): Promise<Figure> {
  const [a, b] = d.labels;
  const ab = `${a}∘${b}`;
  const m = d.product.length;
  const n = d.product[0]?.length ?? 0;
  const every = m * n <= POSITION_TINTS.length;
  const tintOf = (i: number, j: number): string => (every ? POSITION_TINTS[i * n + j] : PICKED);
  const rowIndex = new Map(d.kronecker.rows.map((r, i) => [r, i]));
  const colIndex = new Map(d.kronecker.cols.map((c, j) => [c, j]));
  const kronTint = (r: number, c: number): string | null => {
    const i = rowIndex.get(r);
    const j = colIndex.get(c);
    return i === undefined || j === undefined ? null : tintOf(i, j);
  };
  const blocks = { rows: m, cols: n };
  const kr = m * m;
  const kc = n * n;
  let kron: Box;
  const numericKron = !!d.kronecker.matrix && !isLargeShape(kr, kc);
  if (d.kronecker.matrix && numericKron) {
    kron = matrixBox(d.kronecker.matrix, { tint: kronTint, blocks, maxChars: maxCharsFor(kc) });
  } else if (d.kronecker.matrix) {
    kron = heatmap(d.kronecker.matrix, {
      tint: kronTint,
      blocks,
      cell: Math.max(3, Math.min(18, Math.floor(320 / Math.max(kr, kc)))),
    });
  } else if (kr <= SCHEMATIC_MAX_SIDE && kc <= SCHEMATIC_MAX_SIDE) {
    // Not sent (too large to be worth it): the shape alone, blocks dashed, picked cells dark.
    kron = schematic(kr, kc, (r, c) => kronTint(r, c) !== null, blocks);
  } else {
    // Matrices from files: A⊗B has up to 65,536² entries, more than pixels. Its pattern is the same at any size,
    // so it is drawn for 4×4 matrices (rows and columns i·5 picked), and the caption says so.
    const [k, l] = [Math.min(m, 4), Math.min(n, 4)];
    kron = column(
      [
        schematic(k * k, l * l, (r, c) => r % (k + 1) === 0 && c % (l + 1) === 0, { rows: k, cols: l }),
        text(`the pattern, drawn for ${k}×${l} matrices`, FONTS.small, COLORS.muted),
      ],
      6,
      'center',
    );
  }
  const productBox = isLarge(d.product) ? heatmap(d.product) : matrixBox(d.product, { tint: (i, j) => tintOf(i, j) });
  const arrow = column(
    [
      text('→', { size: 30 }, COLORS.ink),
      text('pick the', FONTS.small, COLORS.muted),
      text(numericKron ? 'tinted entries' : 'marked entries', FONTS.small, COLORS.muted),
    ],
    0,
    'center',
  );
  const picture = row(
    [labelled(`${a} ⊗ ${b}  (${kr}×${kc})`, kron), arrow, labelled(`${ab}  (${m}×${n})`, productBox)],
    22,
    'center',
  );

  const t = d.traceIdentity;
  // Small matrices: the sum written out with the user's entries (no arithmetic, just the terms).
  const terms: Inline[] = [];
  if (m * n <= 6) {
    d.A.forEach((r, i) =>
      r.forEach((e, j) => {
        if (terms.length) terms.push(' + ');
        terms.push({ entry: e, factor: true }, '·', { entry: d.B[i][j], factor: true });
      }),
    );
  }
  const lines: Box[] = [
    mathLine(
      [
        `Trace identity: tr(${a}ᵀ${b}) = 1ᵀ(${ab})1 = Σᵢⱼ ${a.toLowerCase()}ᵢⱼ${b.toLowerCase()}ᵢⱼ:   `,
        { entry: t.trAtB, color: COLORS.blueText },
        t.equal ? ' = ' : ' ≠ ',
        { entry: t.sum, color: COLORS.blueText },
        check(t.equal),
      ],
      FONTS.body,
    ),
    ...(terms.length
      ? [
          mathLine(
            ['where Σᵢⱼ ' + a.toLowerCase() + 'ᵢⱼ' + b.toLowerCase() + 'ᵢⱼ = ', ...terms],
            FONTS.small,
            COLORS.muted,
            8,
          ),
        ]
      : []),
    text(
      `${ab} sits inside ${a}⊗${b}: rows ${indexList(d.kronecker.rows)} and columns ${indexList(d.kronecker.cols)}${check(d.kronecker.equal)}`,
      FONTS.body,
    ),
  ];
  if (d.vector.applies) {
    // For vectors the diagonal-matrix case says nothing new; the vector identity does.
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    lines.push(text(`Vectors: ${x}∘${y} = diag(${x})·${y}${check(d.vector.equal)}`, FONTS.body));
  } else if (d.diagonal.applies) {
    lines.push(text(`${a} and ${b} are diagonal: ${ab} = ${a}${b}${check(d.diagonal.equal)}`, FONTS.body));
  } else {
    lines.push(text(`${a}, ${b} not both diagonal: ${ab} and ${a}${b} differ in general.`, FONTS.body, COLORS.muted));
  }

  const body = column(
    [
      heading(
        'Hadamard product and its relatives',
        `${describeShape(d.A)} matrices ${a}, ${b}; ${d.exact ? 'exact arithmetic' : 'floating point'}`,
      ),
      spacer(1, 4),
      picture,
      spacer(1, 2),
      ...lines,
    ],
    10,
  );
  const alt = [
    `Relations of the Hadamard product for ${describeShape(d.A)} matrices ${a} and ${b}.`,
    `The ${kr}×${kc} Kronecker product ${a}⊗${b} is drawn with the entries in rows ${indexList(d.kronecker.rows)} and columns ${indexList(d.kronecker.cols)} highlighted; together they form ${ab}${d.kronecker.equal ? ', as checked' : ''}.`,
    `Trace identity: tr(${a}ᵀ${b}) = ${formatEntryShort(t.trAtB, 14)} and the sum of the entries of ${ab} = ${formatEntryShort(t.sum, 14)}, ${t.equal ? 'equal' : 'not equal'}.`,
    d.diagonal.applies ? `Both are diagonal, so ${ab} = ${a}${b}.` : '',
  ].join(' ');
  return renderCard(body, 'relate.png', alt, options);
}
