/**
 * The relate figure: the grid of A⊗B with the entries that form A∘B highlighted (row i·m+i,
 * column j·n+j), A∘B beside it in the same tints, and the trace identity with the user's numbers.
 */
import type { RelateData } from '../data.js';
import type { Figure } from '../types.js';
import {
  column,
  flow,
  heading,
  paragraph,
  renderCard,
  row,
  spacer,
  spaceWidth,
  text,
  wordBoxes,
  type Box,
  type FigureOptions,
} from './layout.js';
import {
  colourScale,
  describeShape,
  drawBlockLines,
  drawnAsNumbers,
  heatColours,
  heatmap,
  inkOn,
  isLargeShape,
  labelled,
  matrixBox,
  maxCharsFor,
} from './matrix.js';
import { COLORS, FONTS, contentWidth, POSITION_TINTS } from './theme.js';
import { arithmeticWords, mathLine } from './words.js';
import { entryToNumber, formatEntryShort } from './entries.js';
import { t } from '../i18n/index.js';

const PICKED = POSITION_TINTS[0];

/** 1-based indices, elided in the middle when long: "1, 14, 27, …, 144". */
function indexList(xs: number[]): string {
  const one = xs.map((x) => String(x + 1));
  return one.length <= 5 ? one.join(', ') : [...one.slice(0, 3), '…', one[one.length - 1]].join(', ');
}

/** ✓ proved, ✗ disproved, ≈ undecided (equal to the precision cap), nothing where the check does not apply. */
function check(ok: boolean | null, applies = true): string {
  return !applies ? '' : ok === null ? `  ≈ ${t('relateFig.undecided')}` : ok ? '  ✓' : '  ✗';
}

/** Widest A⊗B drawn as cells: 144×144 gets 3 px cells on a full-width card. */
function kronSide(): number {
  return contentWidth() - 24;
}

/**
 * A⊗B as a map of where A∘B sits in it, for grids too large for numbers (from 3×3 inputs on; 12×12 gives
 * 144×144). Block (i, j) of A⊗B is aᵢⱼ·B, and its own entry (i, j) is aᵢⱼbᵢⱼ: those picked cells are drawn
 * as squares up to three cells wide in the colours of A∘B's heatmap (the same scale), outlined, so each
 * reads as a value and not as a dot. The other cells are grey, darker for larger magnitudes when A⊗B was
 * sent, pale when it was not; the blocks are dashed.
 */
export function kronPicked(
  d: RelateData,
  picked: (r: number, c: number) => [number, number] | null,
  colour: (i: number, j: number) => string,
): Box {
  const m = d.product.length;
  const n = d.product[0]?.length ?? 0;
  const kr = m * m;
  const kc = n * n;
  const cell = Math.max(2, Math.min(32, Math.floor(kronSide() / Math.max(kr, kc))));
  // Picked cells are (m+1) cells apart in each direction, so squares of up to 3 cells never touch.
  const sq = cell >= 9 ? cell : Math.min(3 * cell, 11);
  const margin = (sq - cell) / 2;
  const w = kc * cell;
  const h = kr * cell;
  const K = d.kronecker.matrix;
  let grey: ((r: number, c: number) => string) | null = null;
  if (K) {
    const raw = K.map((r) => r.map((e) => Math.abs(entryToNumber(e))));
    const top = Math.max(...raw.flat()) || 1;
    const { toUnit } = colourScale(raw.flat(), top);
    grey = (r, c) => {
      const g = Math.round(246 - 70 * Math.abs(toUnit(raw[r][c])));
      return `rgb(${g},${g},${g})`;
    };
  }
  return {
    w: w + 2 * margin,
    h: h + 2 * margin,
    draw(ctx, x0, y0) {
      const x = Math.round(x0 + margin);
      const y = Math.round(y0 + margin);
      ctx.fillStyle = COLORS.panel;
      ctx.fillRect(x, y, w, h);
      if (grey)
        for (let r = 0; r < kr; r++)
          for (let c = 0; c < kc; c++) {
            ctx.fillStyle = grey(r, c);
            ctx.fillRect(x + c * cell, y + r * cell, cell, cell);
          }
      const line = (k: number): number[] => Array.from({ length: k }, () => cell);
      drawBlockLines(ctx, x, y, line(kc), line(kr), { rows: m, cols: n });
      ctx.strokeStyle = COLORS.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      for (const r of d.kronecker.rows)
        for (const c of d.kronecker.cols) {
          const ij = picked(r, c);
          if (!ij) continue;
          const sx = x + c * cell + cell / 2 - sq / 2;
          const sy = y + r * cell + cell / 2 - sq / 2;
          ctx.fillStyle = colour(ij[0], ij[1]);
          ctx.fillRect(sx, sy, sq, sq);
          ctx.strokeStyle = COLORS.ink;
          ctx.lineWidth = sq >= 14 ? 2 : 1.2;
          ctx.strokeRect(sx, sy, sq, sq);
        }
    },
  };
}

export async function renderRelateFigure(d: RelateData, options: FigureOptions = {}): Promise<Figure> {
  const [a, b] = d.labels;
  const ab = `${a}∘${b}`;
  const m = d.product.length;
  const n = d.product[0]?.length ?? 0;
  const rowIndex = new Map(d.kronecker.rows.map((r, i) => [r, i]));
  const colIndex = new Map(d.kronecker.cols.map((c, j) => [c, j]));
  const picked = (r: number, c: number): [number, number] | null => {
    const i = rowIndex.get(r);
    const j = colIndex.get(c);
    return i === undefined || j === undefined ? null : [i, j];
  };
  const blocks = { rows: m, cols: n };
  const kr = m * m;
  const kc = n * n;
  const numericKron =
    !!d.kronecker.matrix && !isLargeShape(kr, kc) && drawnAsNumbers(d.kronecker.matrix, { maxChars: maxCharsFor(kc) });
  const kronLabel = text(`${a} ⊗ ${b}  (${kr}×${kc})`, FONTS.label);
  const productLabel = text(`${ab}  (${m}×${n})`, FONTS.label);
  let picture: Box;
  if (d.kronecker.matrix && numericKron) {
    // Numbers in A⊗B: the picked entries and A∘B share one pale tint per position.
    const every = m * n <= POSITION_TINTS.length;
    const tintOf = (i: number, j: number): string => (every ? POSITION_TINTS[i * n + j] : PICKED);
    const kron = matrixBox(d.kronecker.matrix, {
      tint: (r, c) => {
        const ij = picked(r, c);
        return ij ? tintOf(ij[0], ij[1]) : null;
      },
      blocks,
      maxChars: maxCharsFor(kc),
    });
    const productBox = matrixBox(d.product, { tint: tintOf });
    const arrow = column(
      [
        text('→', { size: 30 }, COLORS.ink),
        text(t('relateFig.pick1'), FONTS.small, COLORS.muted),
        text(t('relateFig.pick2'), FONTS.small, COLORS.muted),
      ],
      0,
      'center',
    );
    const side = row([labelled(kronLabel, kron), arrow, labelled(productLabel, productBox)], 22, 'center');
    picture =
      side.w <= contentWidth()
        ? side
        : column(
            [
              labelled(kronLabel, kron),
              text(t('relateFig.pickStacked'), FONTS.body, COLORS.muted),
              labelled(productLabel, productBox),
            ],
            10,
            'center',
          );
  } else {
    // Too many cells for numbers: where A∘B sits, its entries as coloured squares, and A∘B in the same colours.
    const { colour } = heatColours(d.product);
    // Numbers on their colours up to 4×4; above, a heatmap (the numbers are in the text answer): 64 numbers
    // on 64 colours made an 8×8 figure too big to encode fast (213 KB at level 3, ~130 ms with the retry).
    const productBox =
      m * n > 16 ? heatmap(d.product) : matrixBox(d.product, { tint: colour, ink: (i, j) => inkOn(colour(i, j)) });
    const l = (s: string): string => s.toLowerCase();
    const caption = paragraph(
      t(d.kronecker.matrix ? 'relateFig.captionShaded' : 'relateFig.captionNotDrawn', {
        kron: `${a}⊗${b}`,
        la: l(a),
        lb: l(b),
        b,
        ab,
      }),
      FONTS.small,
      COLORS.muted,
    );
    // Matrices from files (up to 256×256): A⊗B has up to 65,536² entries, more than any figure has pixels. Its
    // pattern is the same at every size, so it is drawn for the top-left 4×4 corner, and the label says so.
    const big = m > 12 || n > 12;
    const k = Math.min(m, 4);
    const l2 = Math.min(n, 4);
    const corner: RelateData = big
      ? {
          ...d,
          product: d.product.slice(0, k).map((r) => r.slice(0, l2)),
          kronecker: {
            ...d.kronecker,
            rows: Array.from({ length: k }, (_, i) => i * k + i),
            cols: Array.from({ length: l2 }, (_, j) => j * l2 + j),
            matrix: null,
          },
        }
      : d;
    const cornerPicked = (r: number, c: number): [number, number] | null =>
      r % (k + 1) === 0 && c % (l2 + 1) === 0 ? [r / (k + 1), c / (l2 + 1)] : null;
    const kronPanel = big
      ? column(
          [
            kronPicked(corner, cornerPicked, colour),
            text(t('relateFig.corner', { k: String(k), l: String(l2) }), FONTS.small, COLORS.muted),
          ],
          6,
          'center',
        )
      : kronPicked(d, picked, colour);
    picture = column(
      [
        labelled(kronLabel, kronPanel),
        caption,
        column([text(t('relateFig.gather', { ab }), FONTS.body, COLORS.muted), productBox], 8, 'center'),
      ],
      10,
      'center',
    );
  }

  const tr = d.traceIdentity;
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  // Statement and numbers as separate pieces, so a long line wraps between them.
  const lines: Box[] = [
    flow(
      [
        ...wordBoxes(t('relateFig.trace', { a, b, ab, la, lb }), FONTS.body),
        mathLine([
          { entry: tr.trAtB, color: COLORS.blueText },
          tr.equal === null ? ' ≈ ' : tr.equal ? ' = ' : ' ≠ ',
          { entry: tr.sum, color: COLORS.blueText },
          check(tr.equal),
        ]),
      ],
      contentWidth(),
      spaceWidth(FONTS.body),
      4,
      'center',
    ),
  ];
  // Small matrices: the sum written out with the user's entries (no arithmetic, just the terms).
  if (m * n <= 6) {
    const terms: Box[] = [text(t('relateFig.where', { la, lb }), FONTS.small, COLORS.muted)];
    d.A.forEach((r, i) =>
      r.forEach((e, j) =>
        terms.push(
          mathLine(
            [...(i || j ? ['+ '] : []), { entry: e, factor: true }, '·', { entry: d.B[i][j], factor: true }],
            FONTS.small,
            COLORS.muted,
            8,
          ),
        ),
      ),
    );
    lines.push(flow(terms, contentWidth(), 6, 2, 'center'));
  }
  lines.push(
    paragraph(
      t('relateFig.inside', {
        ab,
        kron: `${a}⊗${b}`,
        rows: indexList(d.kronecker.rows),
        cols: indexList(d.kronecker.cols),
        check: check(d.kronecker.equal),
      }),
      FONTS.body,
    ),
  );
  if (d.vector.applies) {
    // For vectors the diagonal-matrix case says nothing new; the vector identity does.
    lines.push(
      paragraph(t('relateFig.vectors', { la, lb, check: check(d.vector.equal, d.vector.applies) }), FONTS.body),
    );
  } else if (d.diagonal.applies) {
    lines.push(
      paragraph(
        t('relateFig.diagonal', { a, b, ab, ord: `${a}${b}`, check: check(d.diagonal.equal, d.diagonal.applies) }),
        FONTS.body,
      ),
    );
  } else {
    lines.push(paragraph(t('relateFig.notDiagonal', { a, b, ab, ord: `${a}${b}` }), FONTS.body, COLORS.muted));
  }

  const body = column(
    [
      heading(
        t('relateFig.title'),
        t('relateFig.subtitle', { shape: describeShape(d.A), a, b, arithmetic: arithmeticWords(d.exact, false) }),
      ),
      spacer(1, 4),
      picture,
      spacer(1, 2),
      ...lines,
    ],
    10,
  );
  const alt = [
    t('relateFig.alt1', { shape: describeShape(d.A), a, b }),
    t(d.kronecker.equal ? 'relateFig.alt2Checked' : 'relateFig.alt2', {
      kr: String(kr),
      kc: String(kc),
      kron: `${a}⊗${b}`,
      rows: indexList(d.kronecker.rows),
      cols: indexList(d.kronecker.cols),
      ab,
    }),
    t('relateFig.alt3', {
      a,
      b,
      ab,
      tr: formatEntryShort(tr.trAtB, 14),
      sum: formatEntryShort(tr.sum, 14),
      verdict: t(
        tr.equal === null ? 'relateFig.altUndecided' : tr.equal ? 'relateFig.altEqual' : 'relateFig.altNotEqual',
      ),
    }),
    d.diagonal.applies ? t('relateFig.alt4', { ab, ord: `${a}${b}` }) : '',
  ].join(' ');
  return renderCard(body, 'relate.png', alt, options);
}
