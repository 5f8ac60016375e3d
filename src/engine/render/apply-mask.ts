/**
 * `apply mask`: four heat grids, two by two: the scores S (masked cells hatched), the 0/1 mask M, softmax(S)∘M with
 * each row's sum beside it (below 1), and the renormalised attention, which is also softmax with −∞ on the masked
 * scores. Masked cells are hatched and carry "0": never colour alone. At most 520 px wide (the card width).
 */
import type { MaskData } from '../data.js';
import type { Figure } from '../types.js';
import { t } from '../i18n/index.js';
import {
  contentWidth,
  PANEL_FONT,
  colourBar,
  divergingCell,
  heatGrid,
  paragraph,
  sequentialCell,
  sequentialColor,
  short,
  tiny,
} from './apply-kit.js';
import { entryToNumber } from './entries.js';
import { column, heading, renderCard, row, text, type Box, type FigureOptions } from './layout.js';
import { COLORS, FONTS } from './theme.js';

export async function renderMaskFigure(d: MaskData, options: FigureOptions = {}): Promise<Figure> {
  const m = d.scores.length;
  const n = d.scores[0]?.length ?? 0;
  const big = Math.max(m, n);
  // Room for the widest grid with its labels; numbers inside the cells when they are at least 28 px.
  const cell = big <= 6 ? 28 : Math.max(1, Math.floor(168 / big));
  const numbers = cell >= 28;
  const keyLabels = d.tokens ?? Array.from({ length: n }, (_, j) => String(j + 1));
  const queryLabels = d.tokens ?? Array.from({ length: m }, (_, i) => String(i + 1));
  const scores = d.scores.map((r) => r.map(entryToNumber));
  const scale = Math.max(1e-300, ...scores.flat().map(Math.abs));
  const masked = (i: number, j: number) => d.mask[i][j] === 0;
  const labelsTop = big <= 12 ? keyLabels : undefined;
  const labelsLeft = big <= 12 ? queryLabels : undefined;

  const panel = (title: string, grid: Box, second?: string): Box =>
    column(
      [text(title, PANEL_FONT, COLORS.muted), ...(second ? [text(second, FONTS.small, COLORS.muted)] : []), grid],
      3,
    );
  const sGrid = heatGrid(m, n, {
    cell,
    color: (i, j) => divergingCell(scores[i][j], scale),
    label: numbers ? (i, j) => tiny(scores[i][j]) : undefined,
    rowLabels: labelsLeft,
    colLabels: labelsTop,
  });
  const mGrid = heatGrid(m, n, {
    cell,
    color: () => ({ fill: '#2b8a74', ink: '#ffffff' }),
    masked,
    label: numbers ? (i, j) => (masked(i, j) ? '0' : '1') : undefined,
    colLabels: labelsTop,
  });
  const multiplied = heatGrid(m, n, {
    cell,
    color: (i, j) => sequentialCell(d.multiplied[i][j]),
    masked,
    label: numbers ? (i, j) => tiny(d.multiplied[i][j]) : undefined,
    rowLabels: labelsLeft,
    colLabels: labelsTop,
    rightLabels: big <= 12 ? d.rowSums.map((s) => `Σ${tiny(s)}`) : undefined,
  });
  const final = heatGrid(m, n, {
    cell,
    color: (i, j) => sequentialCell(d.renormalised[i][j]),
    masked,
    label: numbers ? (i, j) => tiny(d.renormalised[i][j]) : undefined,
    colLabels: labelsTop,
    rightLabels: big <= 12 ? d.rowSums.map(() => 'Σ1') : undefined,
  });
  const maskName =
    d.kind === 'causal' ? 'causal' : d.kind === 'padding' ? `padding:${d.padding}` : `causal ∘ padding:${d.padding}`;
  const top = row(
    [
      panel(t('applyFig.mask.scores'), sGrid, t('applyFig.mask.rowsCols')),
      panel(t('applyFig.mask.mask'), mGrid, maskName),
    ],
    22,
    'end',
  );
  const bottom = row(
    [
      panel('softmax(S) ∘ M', multiplied, t('applyFig.mask.lessThan1')),
      panel(t('applyFig.mask.divide'), final, t('applyFig.mask.minusInfinity')),
    ],
    22,
    'end',
  );
  const legend = row(
    [
      colourBar(150, sequentialColor, ['0', t('applyFig.mask.probability'), '1']),
      row([hatchSample(), text(t('applyFig.mask.masked'), FONTS.small, COLORS.muted)], 6),
    ],
    24,
    'start',
  );
  const diff = d.maxDifference === 0 ? '0' : short(d.maxDifference, 2);
  const body = column(
    [
      heading(
        t('applyFig.mask.heading'),
        d.builtIn ? t('applyFig.mask.subBuiltIn') : t('applyFig.mask.sub', { m: String(m), n: String(n) }),
      ),
      top,
      bottom,
      legend,
      paragraph(t('applyFig.mask.paragraph', { difference: diff }), FONTS.small, contentWidth(), COLORS.ink),
    ],
    10,
  );
  const rowsText = d.renormalised
    .slice(0, 6)
    .map((r, i) => `${queryLabels[i]}: ${r.map((v) => tiny(v)).join(' ')}`)
    .join('; ');
  const alt = t('applyFig.mask.alt', {
    mask: maskName,
    m: String(m),
    n: String(n),
    sums: d.rowSums.map((s) => tiny(s)).join(', '),
    rows: rowsText,
  });
  return renderCard(body, 'apply-mask.png', alt, options);
}

function hatchSample(): Box {
  return heatGrid(1, 1, { cell: 14, color: () => ({ fill: '#ffffff', ink: COLORS.ink }), masked: () => true });
}
