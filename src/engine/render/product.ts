/**
 * The product figure (Figure 1 of the reference article, done well): A ∘ B = A∘B as bracketed
 * grids with labels, the same positions linked by one pale tint, and one entry worked out below.
 */
import { t } from '../i18n/index.js';
import type { MatrixData, ProductData } from '../data.js';
import type { Figure } from '../types.js';
import { formatEntryShort } from './entries.js';
import {
  column,
  fixedHeight,
  flow,
  heading,
  lineBreaks,
  pad,
  paragraph,
  renderCard,
  row,
  spacer,
  text,
  type Box,
  type FigureOptions,
} from './layout.js';
import {
  anyShortened,
  drawnAsNumbers,
  glyphCount,
  heatChoice,
  heatmap,
  isLarge,
  labelled,
  maxCharsFor,
  numberGrid,
} from './matrix.js';
import { COLORS, FONTS, contentWidth, POSITION_TINTS } from './theme.js';
import { entryName, mathLine, matrixWords } from './words.js';

const WORKED_TINT = POSITION_TINTS[0];
/** Tallest equation (logical px) drawn with every matrix as numbers: about a phone screen with the text. */
export const EQUATION_MAX_HEIGHT = 800;

export async function renderProductFigure(d: ProductData, options: FigureOptions = {}): Promise<Figure> {
  const [rows, cols] = d.shape;
  const { row: wi, col: wj } = d.worked;
  // Many operands of a wide matrix: fewer characters per number keeps each grid narrow.
  const maxChars = Math.max(6, maxCharsFor(cols) - (d.operands.length > 3 ? 2 : 0));
  const all = [...d.operands, d.product];
  const productLabel = d.labels.join(' ∘ ');
  const outline = (i: number, j: number): string | null => (i === wi && j === wj ? COLORS.blue : null);
  const opW = text('=', FONTS.operator).w + 12;
  const slot = Math.floor((contentWidth() - 12 - 2 * opW) / 2);
  // Long labels (up to eight characters each, six operands) wrap over the product's grid.
  const labelBox = (k: number): Box =>
    k < d.operands.length
      ? text(d.labels[k], FONTS.label)
      : paragraph(productLabel, FONTS.label, COLORS.ink, contentWidth() - opW, 0, 'center');

  /**
   * The equation A ∘ B = A∘B with the given matrices as heatmaps, wrapped to the card. On each line every
   * grid gets the same height and every label the same line, so operators sit on the grids' middle.
   * Heatmaps get the largest cells that still let two share a line, each with its operator (12×12: ~12 px).
   */
  const equationOf = (heatOf: boolean[]): Box => {
    const everyPosition = !heatOf.some(Boolean) && rows * cols <= POSITION_TINTS.length;
    const tint = (i: number, j: number): string | null =>
      everyPosition ? POSITION_TINTS[i * cols + j] : i === wi && j === wj ? WORKED_TINT : null;
    const style = { tint, outline, maxChars };
    // One cell size for every heatmap of the figure, so equal shapes look equal.
    const cell = Math.min(
      18,
      ...all
        .filter((_, k) => heatOf[k])
        .map((m) => Math.max(4, Math.floor((slot - (heatmap(m, { cell: 18 }).w - 18 * cols)) / cols))),
    );
    const grids = all.map((m: MatrixData, k) => (heatOf[k] ? heatmap(m, { ...style, cell }) : numberGrid(m, style)));
    const widths = grids.map((g, k) => Math.max(g.w, labelBox(k).w) + (k ? opW : 0));
    const lines = lineBreaks(widths, contentWidth(), 12).map((idx) => {
      const gridH = Math.max(...idx.map((k) => grids[k].h));
      const labelTextH = Math.max(...idx.map((k) => labelBox(k).h));
      const labelH = labelTextH + 6;
      return row(
        idx.map((k) => {
          const block = labelled(fixedHeight(labelBox(k), labelTextH), fixedHeight(grids[k], gridH));
          if (k === 0) return block;
          const op = text(k < d.operands.length ? '∘' : '=', FONTS.operator);
          return row([pad(op, labelH + (gridH - op.h) / 2, 0, 0, 0), block], 12, 'start');
        }),
        12,
        'start',
      );
    });
    return column(lines, 18);
  };

  // Past the digit budget, or taller than about a phone screen (three 8×8 grids of fractions, one under
  // the other), operands become heatmaps, most digits first, until two share a line; the product keeps its
  // numbers longest. Fewer, smaller pixels also keep the figure fast to encode.
  const heatOf = heatChoice(all, maxChars, [all.length - 1]).map(
    (h, k) => h || !drawnAsNumbers(all[k], { maxChars }, false, contentWidth() - opW),
  );
  let equation = equationOf(heatOf);
  const glyphs = all.map((m) => glyphCount(m, maxChars));
  for (;;) {
    if (equation.h <= EQUATION_MAX_HEIGHT) break;
    const next = d.operands
      .map((_, k) => k)
      .filter((k) => !heatOf[k])
      .sort((a, b) => glyphs[b] - glyphs[a] || a - b)[0];
    if (next === undefined) break;
    heatOf[next] = true;
    equation = equationOf(heatOf);
  }
  const heat = heatOf.some(Boolean);

  // (A∘B)₁₂ = a₁₂ · b₁₂ = 3 · 6 = 18, split at "=" when it would be too wide
  const names = d.labels.map((l) => entryName(l, wi, wj));
  const resultName = `(${d.labels.join('∘')})${entryName('X', wi, wj).slice(1)}`;
  // Each factor is its own piece, so a line of six long fractions wraps between factors.
  const factors = d.worked.factors.map((f, k) =>
    mathLine([k ? '· ' : '= ', { entry: f, color: COLORS.blueText, factor: true }], FONTS.body, COLORS.ink, 12),
  );
  const workedParts: Box[] = [
    mathLine([resultName], FONTS.body),
    ...names.map((name, k) => mathLine([(k ? '· ' : '= ') + name], FONTS.body)),
    ...factors,
    mathLine(['= ', { entry: d.worked.value, color: COLORS.blueText }], FONTS.body, COLORS.ink, 12),
  ];
  const worked = flow(workedParts, contentWidth(), 6, 6, 'center');
  const general = `(${d.labels.join('∘')})ᵢⱼ = ${d.labels.map((l) => (/^[A-Za-z]$/.test(l) ? l.toLowerCase() : `(${l})`) + 'ᵢⱼ').join(' · ')}`;
  const caption = paragraph(t('productFig.rule', { rule: general }), FONTS.small, COLORS.muted);
  const note = paragraph(
    (heat && !heatOf.every((h, k) => h === isLarge(all[k])) ? t('productFig.heatNote') : '') +
      (d.exact
        ? anyShortened(all, maxChars)
          ? t('productFig.exactShortened')
          : t('productFig.exact')
        : d.certified
          ? t('productFig.certified')
          : t('productFig.float')),
    FONTS.small,
    COLORS.muted,
  );
  const workedPanel = column(
    [text(t('productFig.worked', { i: wi + 1, j: wj + 1 }), FONTS.caption, COLORS.muted), worked],
    4,
  );
  const body = column(
    [
      heading(
        t('productFig.title', { name: productLabel }),
        t('productFig.subtitle', { count: d.operands.length, shape: `${rows}×${cols}` }),
      ),
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
  const workedText = t('productFig.altWorked', {
    i: wi + 1,
    j: wj + 1,
    factors: d.worked.factors.map((f) => formatEntryShort(f, 14)).join(' · '),
    value: formatEntryShort(d.worked.value, 14),
  });
  const shapeText = t(heat ? 'productFig.altShapeHeat' : 'productFig.altShapeGrid', {
    count: d.operands.length,
    shape: `${rows}×${cols}`,
    name: productLabel,
  });
  const full = `${shapeText} ${operandsText}. ${resultText}. ${workedText} ${t('productFig.altColours')}`;
  const alt = full.length <= 1000 ? full : `${shapeText} ${workedText} ${t('productFig.altRule')}`;
  return renderCard(body, 'product.png', alt, options);
}
