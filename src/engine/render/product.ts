/**
 * The product figure (Figure 1 of the reference article, done well): A ∘ B = A∘B as bracketed
 * grids with labels, the same positions linked by one pale tint, and one entry worked out below.
 */
import type { ProductData } from '../data.js';
import type { Figure } from '../types.js';
import { formatEntryShort } from './entries.js';
import {
  column,
  fixedHeight,
  flow,
  heading,
  lineBreaks,
  pad,
  renderCard,
  row,
  spacer,
  text,
  type Box,
  type FigureOptions,
} from './layout.js';
import { anyShortened, heatChoice, isLarge, labelled, matrixBox, maxCharsFor } from './matrix.js';
import { COLORS, FONTS, MAX_WIDTH, POSITION_TINTS } from './theme.js';
import { entryName, mathLine, matrixWords, type Inline } from './words.js';

const WORKED_TINT = POSITION_TINTS[0];

export async function renderProductFigure(d: ProductData, options: FigureOptions = {}): Promise<Figure> {
  const [rows, cols] = d.shape;
  const { row: wi, col: wj } = d.worked;
  // Many operands of a wide matrix: fewer characters per number keeps each grid narrow.
  const maxChars = Math.max(6, maxCharsFor(cols) - (d.operands.length > 3 ? 2 : 0));
  const all = [...d.operands, d.product];
  const heatOf = heatChoice(all, maxChars, [all.length - 1]);
  const heat = heatOf.some(Boolean);
  const everyPosition = !heat && rows * cols <= POSITION_TINTS.length;
  const tint = (i: number, j: number): string | null =>
    everyPosition ? POSITION_TINTS[i * cols + j] : i === wi && j === wj ? WORKED_TINT : null;
  const outline = (i: number, j: number): string | null => (i === wi && j === wj ? COLORS.blue : null);
  const style = { tint, outline, maxChars };
  const productLabel = d.labels.join(' ∘ ');

  // On each line every grid gets the same height and every label the same line, so operators sit
  // on the grids' middle.
  const grids = all.map((m, k) => matrixBox(m, style, heatOf[k]));
  const labelBox = (k: number): Box => text(k < d.operands.length ? d.labels[k] : productLabel, FONTS.label);
  const opW = text('=', FONTS.operator).w + 12;
  const widths = grids.map((g, k) => Math.max(g.w, labelBox(k).w) + (k ? opW : 0));
  const lines = lineBreaks(widths, MAX_WIDTH - 20, 12).map((idx) => {
    const gridH = Math.max(...idx.map((k) => grids[k].h));
    const labelH = labelBox(0).h + 6;
    return row(
      idx.map((k) => {
        const block = labelled(labelBox(k), fixedHeight(grids[k], gridH));
        if (k === 0) return block;
        const op = text(k < d.operands.length ? '∘' : '=', FONTS.operator);
        return row([pad(op, labelH + (gridH - op.h) / 2, 0, 0, 0), block], 12, 'start');
      }),
      12,
      'start',
    );
  });
  const equation = column(lines, 18);

  // (A∘B)₁₂ = a₁₂ · b₁₂ = 3 · 6 = 18, split at "=" when it would be too wide
  const names = d.labels.map((l) => entryName(l, wi, wj));
  const resultName = `(${d.labels.join('∘')})${entryName('X', wi, wj).slice(1)}`;
  const factors: Inline[] = [];
  d.worked.factors.forEach((f, k) => {
    if (k) factors.push(' · ');
    factors.push({ entry: f, color: COLORS.blueText, factor: true });
  });
  const workedParts: Box[] = [
    mathLine([resultName], FONTS.body),
    mathLine(['= ' + names.join(' · ')], FONTS.body),
    mathLine(['= ', ...factors], FONTS.body, COLORS.ink, 12),
    mathLine(['= ', { entry: d.worked.value, color: COLORS.blueText }], FONTS.body, COLORS.ink, 12),
  ];
  const worked = flow(workedParts, MAX_WIDTH - 40, 6, 6, 'center');
  const general = `(${d.labels.join('∘')})ᵢⱼ = ${d.labels.map((l) => (/^[A-Za-z]$/.test(l) ? l.toLowerCase() : `(${l})`) + 'ᵢⱼ').join(' · ')}`;
  const caption = text(`Multiply entries in the same position: ${general}`, FONTS.small, COLORS.muted);
  const note = text(
    (heat && !heatOf.every((h, k) => h === isLarge(all[k]))
      ? 'Too many digits to draw: some matrices are shown as colour maps. '
      : '') +
      (d.exact
        ? anyShortened(all, maxChars)
          ? 'Exact arithmetic. Long numbers are shortened here (≈); the text answer has them in full.'
          : 'Exact arithmetic.'
        : 'Floating-point input: numbers rounded for display.'),
    FONTS.small,
    COLORS.muted,
  );
  const workedPanel = column(
    [text(`Entry (${wi + 1}, ${wj + 1}) worked out`, { size: 13, bold: true }, COLORS.muted), worked],
    4,
  );
  const body = column(
    [
      heading(`Hadamard product ${productLabel}`, `${d.operands.length} matrices of shape ${rows}×${cols}`),
      spacer(1, 4),
      equation,
      spacer(1, 2),
      workedPanel,
      caption,
      note,
    ],
    10,
  );

  const operandsText = d.operands.map((m, k) => `${d.labels[k]} = ${matrixWords(m)}`).join('; ');
  const resultText = `${productLabel} = ${matrixWords(d.product)}`;
  const workedText = `Entry (${wi + 1}, ${wj + 1}) worked out: ${d.worked.factors.map((f) => formatEntryShort(f, 14)).join(' · ')} = ${formatEntryShort(d.worked.value, 14)}.`;
  const shapeText = `Hadamard product of ${d.operands.length} ${rows}×${cols} matrices, ${productLabel}, drawn ${heat ? 'as heatmaps (purple negative, orange positive)' : 'as grids of numbers'}.`;
  const full = `${shapeText} ${operandsText}. ${resultText}. ${workedText} Each entry of the product is the product of the entries in the same position; matching positions share a colour and the worked entry is outlined.`;
  const alt =
    full.length <= 1000
      ? full
      : `${shapeText} ${workedText} Each entry of the product is the product of the entries in the same position.`;
  return renderCard(body, 'product.png', alt, options);
}
