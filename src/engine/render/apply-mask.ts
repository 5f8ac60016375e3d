/**
 * `apply mask`: four heat grids, two by two: the scores S (masked cells hatched), the 0/1 mask M, softmax(S)∘M with
 * each row's sum beside it (below 1), and the renormalised attention, which is also softmax with −∞ on the masked
 * scores. Masked cells are hatched and carry "0": never colour alone. At most 520 px wide (the card width).
 */
import type { MaskData } from '../data.js';
import type { Figure } from '../types.js';
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
    [panel('scores S', sGrid, 'rows: queries, columns: keys'), panel('mask M', mGrid, maskName)],
    22,
    'end',
  );
  const bottom = row(
    [
      panel('softmax(S) ∘ M', multiplied, 'rows sum to less than 1'),
      panel('÷ row sums', final, '= softmax(S − ∞ where M is 0)'),
    ],
    22,
    'end',
  );
  const legend = row(
    [
      colourBar(150, sequentialColor, ['0', 'probability', '1']),
      row([hatchSample(), text('masked: exactly 0', FONTS.small, COLORS.muted)], 6),
    ],
    24,
    'start',
  );
  const diff = d.maxDifference === 0 ? '0' : short(d.maxDifference, 2);
  const body = column(
    [
      heading(
        'Attention mask: softmax, then ∘ M',
        `${d.builtIn ? 'built-in sentence' : `your ${m}×${n} scores`} · floating point (softmax uses exp)`,
      ),
      top,
      bottom,
      legend,
      paragraph(
        `Each row of softmax(S)∘M sums to less than 1: the masked keys' share is gone. Dividing by the row sum, or adding −∞ to the masked scores before the softmax, gives the same attention (largest difference ${diff}).`,
        FONTS.small,
        contentWidth(),
        COLORS.ink,
      ),
    ],
    10,
  );
  const rowsText = d.renormalised
    .slice(0, 6)
    .map((r, i) => `${queryLabels[i]}: ${r.map((v) => tiny(v)).join(' ')}`)
    .join('; ');
  const alt =
    `Attention with a ${maskName} mask on a ${m}×${n} score matrix. Four heat grids: the scores; the 0/1 mask (masked cells hatched); ` +
    `softmax of the scores times the mask, whose rows sum to ${d.rowSums.map((s) => tiny(s)).join(', ')}; ` +
    `and the renormalised attention, equal to the softmax with minus infinity on the masked scores. Renormalised rows: ${rowsText}.`;
  return renderCard(body, 'apply-mask.png', alt, options);
}

function hatchSample(): Box {
  return heatGrid(1, 1, { cell: 14, color: () => ({ fill: '#ffffff', ink: COLORS.ink }), masked: () => true });
}
