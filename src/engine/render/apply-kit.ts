/**
 * Pieces the application figures share, sized for a phone: every figure is at most the card width (width.ts
 * `cardWidth()`: 520 logical pixels unless laid out for a narrower page) and no text is smaller than FONTS.small
 * (12 px), so on a phone that shows the PNG 400 px wide its smallest text is 12·400/520 ≥ 9 px. Plots with axes,
 * a sequential colour for probabilities, heat grids with masked cells hatched (words and hatching, not colour
 * alone), wrapped paragraphs, short numbers.
 */
import type { Entry } from '../data.js';
import { entryToNumber, withMinus } from './entries.js';
import { column, setFont, text, textWidth, type Box, type Ctx } from './layout.js';
import { divergingColor } from './matrix.js';
import { COLORS, FONTS, type FontSpec } from './theme.js';

/** The content's width inside the card's 22 px margins (476 px on a full-width card). */
export { contentWidth } from './theme.js';

/** A panel title. */
export const PANEL_FONT: FontSpec = { size: 13, bold: true };

/** Words wrapped to a width, as a column of lines. */
export function paragraph(s: string, font: FontSpec, width: number, color: string = COLORS.ink): Box {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return column(
    lines.map((l) => text(l, font, color)),
    1,
  );
}

/** A short number for a small space: 2 significant digits in [0, 1) without the leading zero (".85"), a minus sign. */
export function tiny(v: number): string {
  if (v === 0) return '0';
  // A row sum of 1 up to rounding (1 − 10⁻¹⁶) is 1.
  if (Math.abs(v - 1) < 1e-9) return '1';
  const a = Math.abs(v);
  let s: string;
  if (a >= 0.01 && a < 1) s = a.toFixed(2).replace(/^0/, '').replace(/0$/, '');
  else if (a < 0.01) s = a < 0.005 ? '<.01' : '.01';
  else if (a < 10) s = String(Number(a.toPrecision(2)));
  else if (a < 1000) s = String(Math.round(a));
  else s = a.toExponential(0).replace('e+', 'e');
  return (v < 0 ? '\u2212' : '') + s;
}

/** A number for a label: up to 4 significant digits, typographic minus. */
export function short(v: number, digits = 4): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s =
    a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(digits))) : v.toExponential(digits - 2).replace('e+', 'e');
  return withMinus(s);
}

/** ColorBrewer Blues (colour-blind safe), light to dark, for values in [0, 1]. */
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'].map(
  (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)],
);

export function sequentialColor(t: number): string {
  const u = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)) * (BLUES.length - 1);
  const k = Math.min(BLUES.length - 2, Math.floor(u));
  const f = u - k;
  const c = BLUES[k].map((v, i) => Math.round(v + (BLUES[k + 1][i] - v) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Text that reads on a cell of this colour scale position (white on the dark end). */
export function inkOn(t: number, scale: 'sequential' | 'diverging'): string {
  return scale === 'sequential' ? (t > 0.55 ? '#ffffff' : COLORS.ink) : Math.abs(t) > 0.6 ? '#ffffff' : COLORS.ink;
}

/**
 * A masked cell: pale grey, struck through by one diagonal (with "0" or a word on it: never colour alone). One line,
 * not a hatch pattern: a dense hatch doubles the PNG for the same message.
 */
export function hatch(ctx: Ctx, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = '#e9ecef';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = '#8c959f';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(x + 2, y + h - 2);
  ctx.lineTo(x + w - 2, y + 2);
  ctx.stroke();
}

export interface HeatGridOptions {
  /** Cell side in logical pixels. */
  cell: number;
  /** Colour of cell (i, j) and whether its text should be light. */
  color: (i: number, j: number) => { fill: string; ink: string };
  /** Hatched cells (masked). */
  masked?: (i: number, j: number) => boolean;
  /** Text in cell (i, j), drawn when the cell is large enough. */
  label?: (i: number, j: number) => string | null;
  rowLabels?: string[];
  colLabels?: string[];
  /** A column of words to the right of each row (row sums). */
  rightLabels?: string[];
}

/** A grid of coloured cells with optional row/column labels and per-row notes; 12 px text throughout. */
export function heatGrid(rows: number, cols: number, o: HeatGridOptions): Box {
  const font = FONTS.small;
  const rowLabelW = o.rowLabels ? Math.ceil(Math.max(...o.rowLabels.map((l) => textWidth(l, font)))) + 6 : 0;
  const colLabelH = o.colLabels ? font.size + 6 : 0;
  const rightW = o.rightLabels ? Math.ceil(Math.max(...o.rightLabels.map((l) => textWidth(l, font)))) + 8 : 0;
  const gridW = cols * o.cell;
  const gridH = rows * o.cell;
  // Labels are drawn only where they fit (every k-th when the cells are small).
  const every = Math.max(1, Math.ceil((font.size + 2) / o.cell));
  const widest = o.colLabels ? Math.max(...o.colLabels.map((l) => textWidth(l, font))) : 0;
  const everyCol = Math.max(1, Math.ceil((widest + 4) / o.cell));
  return {
    w: rowLabelW + gridW + rightW,
    h: colLabelH + gridH,
    draw(ctx, x0, y0) {
      const x = Math.round(x0 + rowLabelW);
      const y = Math.round(y0 + colLabelH);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const cx = x + j * o.cell;
          const cy = y + i * o.cell;
          if (o.masked?.(i, j)) hatch(ctx, cx, cy, o.cell, o.cell);
          else {
            ctx.fillStyle = o.color(i, j).fill;
            ctx.fillRect(cx, cy, o.cell, o.cell);
          }
        }
      if (o.cell >= 6) {
        ctx.fillStyle = 'rgba(255,255,255,0.8)';
        for (let j = 1; j < cols; j++) ctx.fillRect(x + j * o.cell - 0.5, y, 1, gridH);
        for (let i = 1; i < rows; i++) ctx.fillRect(x, y + i * o.cell - 0.5, gridW, 1);
      }
      ctx.strokeStyle = COLORS.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y + 0.5, gridW - 1, gridH - 1);
      setFont(ctx, font);
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      if (o.label)
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            const l = o.label(i, j);
            if (l === null || textWidth(l, font) > o.cell - 2) continue;
            ctx.fillStyle = o.masked?.(i, j) ? COLORS.ink : o.color(i, j).ink;
            ctx.fillText(l, x + j * o.cell + o.cell / 2, y + i * o.cell + o.cell / 2 + 0.5);
          }
      ctx.fillStyle = COLORS.muted;
      if (o.colLabels)
        o.colLabels.forEach((l, j) => {
          if (j % everyCol === 0) ctx.fillText(l, x + j * o.cell + o.cell / 2, y0 + font.size / 2 + 1);
        });
      ctx.textAlign = 'right';
      if (o.rowLabels)
        o.rowLabels.forEach((l, i) => {
          if (i % every === 0 || i === rows - 1) ctx.fillText(l, x - 5, y + i * o.cell + o.cell / 2 + 0.5);
        });
      ctx.textAlign = 'left';
      if (o.rightLabels)
        o.rightLabels.forEach((l, i) => {
          if (i % every === 0 || i === rows - 1) ctx.fillText(l, x + gridW + 6, y + i * o.cell + o.cell / 2 + 0.5);
        });
      ctx.textBaseline = 'alphabetic';
    },
  };
}

/** Fill and ink of an entry on the diverging map, scaled by `scale` (the largest |entry|). */
export function divergingCell(e: Entry | number, scale: number): { fill: string; ink: string } {
  const t = (typeof e === 'number' ? e : entryToNumber(e)) / (scale || 1);
  return { fill: divergingColor(t), ink: inkOn(t, 'diverging') };
}

export function sequentialCell(v: number): { fill: string; ink: string } {
  return { fill: sequentialColor(v), ink: inkOn(v, 'sequential') };
}

/** A horizontal colour bar with end labels, for a shared scale. */
export function colourBar(width: number, colour: (t: number) => string, labels: [string, string, string]): Box {
  const font = FONTS.small;
  const barH = 10;
  return {
    w: width,
    h: barH + font.size + 8,
    draw(ctx, x0, y0) {
      const x = Math.round(x0);
      const y = Math.round(y0);
      const steps = 40;
      for (let k = 0; k < steps; k++) {
        ctx.fillStyle = colour(k / (steps - 1));
        ctx.fillRect(x + Math.floor((k * width) / steps), y, Math.ceil(width / steps) + 1, barH);
      }
      ctx.strokeStyle = COLORS.border;
      ctx.strokeRect(x + 0.5, y + 0.5, width - 1, barH - 1);
      setFont(ctx, font);
      ctx.fillStyle = COLORS.muted;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(labels[0], x, y + barH + 4);
      ctx.textAlign = 'center';
      ctx.fillText(labels[1], x + width / 2, y + barH + 4);
      ctx.textAlign = 'right';
      ctx.fillText(labels[2], x + width, y + barH + 4);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}

export interface Series {
  values: number[];
  color: string;
  dash?: number[];
  width?: number;
}

export interface PlotOptions {
  width: number;
  height: number;
  /** x of the first and last value. */
  xRange: [number, number];
  yRange: [number, number];
  xTicks?: { at: number; label: string }[];
  yTicks?: { at: number; label: string }[];
  /** Stems from zero with dots (short signals) instead of a line. */
  stems?: boolean;
  /** A horizontal line at 0. */
  zeroLine?: boolean;
  /** Words at a data position (centred), e.g. naming a peak. */
  notes?: { x: number; y: number; label: string }[];
}

/** A small plot: axes box, ticks with 12 px labels, lines or stems. */
export function plot(series: Series[], o: PlotOptions): Box {
  const font = FONTS.small;
  const yLabelW = o.yTicks ? Math.ceil(Math.max(...o.yTicks.map((t) => textWidth(t.label, font)))) + 6 : 0;
  const xLabelH = o.xTicks ? font.size + 6 : 0;
  // Room above the plot for half of the top tick's label, which is centred on the top edge.
  const padTop = o.yTicks ? Math.ceil(font.size / 2) + 1 : 0;
  const plotW = o.width - yLabelW;
  const plotH = o.height - xLabelH - padTop;
  return {
    w: o.width,
    h: o.height,
    draw(ctx, x0, y0) {
      const left = Math.round(x0 + yLabelW);
      const top = Math.round(y0 + padTop);
      const [xa, xb] = o.xRange;
      const [ya, yb] = o.yRange;
      const X = (v: number) => left + ((v - xa) / (xb - xa || 1)) * (plotW - 8) + 4;
      const Y = (v: number) => top + plotH - ((Math.max(ya, Math.min(yb, v)) - ya) / (yb - ya || 1)) * plotH;
      ctx.strokeStyle = COLORS.grid;
      ctx.lineWidth = 1;
      for (const t of o.yTicks ?? []) {
        ctx.beginPath();
        ctx.moveTo(left, Math.round(Y(t.at)) + 0.5);
        ctx.lineTo(left + plotW, Math.round(Y(t.at)) + 0.5);
        ctx.stroke();
      }
      if (o.zeroLine && ya < 0 && yb > 0) {
        ctx.strokeStyle = COLORS.faint;
        ctx.beginPath();
        ctx.moveTo(left, Math.round(Y(0)) + 0.5);
        ctx.lineTo(left + plotW, Math.round(Y(0)) + 0.5);
        ctx.stroke();
      }
      for (const s of series) {
        const n = s.values.length;
        const xAt = (k: number) => X(xa + ((xb - xa) * k) / Math.max(1, n - 1));
        ctx.strokeStyle = s.color;
        ctx.fillStyle = s.color;
        ctx.lineWidth = s.width ?? 1.6;
        ctx.setLineDash(s.dash ?? []);
        if (o.stems) {
          const base = Y(Math.max(ya, Math.min(yb, 0)));
          s.values.forEach((v, k) => {
            ctx.beginPath();
            ctx.moveTo(xAt(k), base);
            ctx.lineTo(xAt(k), Y(v));
            ctx.stroke();
            ctx.beginPath();
            ctx.arc(xAt(k), Y(v), n > 40 ? 1.6 : 2.6, 0, 2 * Math.PI);
            ctx.fill();
          });
        } else {
          ctx.beginPath();
          s.values.forEach((v, k) => (k === 0 ? ctx.moveTo(xAt(k), Y(v)) : ctx.lineTo(xAt(k), Y(v))));
          ctx.stroke();
        }
        ctx.setLineDash([]);
      }
      ctx.strokeStyle = COLORS.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(left + 0.5, top + 0.5, plotW - 1, plotH - 1);
      setFont(ctx, font);
      ctx.fillStyle = COLORS.muted;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'right';
      for (const t of o.yTicks ?? []) ctx.fillText(t.label, left - 5, Y(t.at));
      ctx.textAlign = 'center';
      for (const n of o.notes ?? []) {
        ctx.fillStyle = COLORS.ink;
        ctx.fillText(n.label, X(n.x), Y(n.y));
      }
      ctx.fillStyle = COLORS.muted;
      ctx.textBaseline = 'top';
      for (const t of o.xTicks ?? []) {
        const tx = X(t.at);
        const w = textWidth(t.label, font);
        ctx.textAlign = 'left';
        ctx.fillText(t.label, Math.max(left, Math.min(left + plotW - w, tx - w / 2)), top + plotH + 4);
      }
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}

/** A legend entry: a short line sample (solid or dashed) and words. */
export function legendItem(color: string, words: string, dash?: number[], font: FontSpec = FONTS.small): Box {
  const t = text(words, font);
  return {
    w: 30 + t.w,
    h: Math.max(14, t.h),
    draw(ctx, x, y) {
      const mid = y + Math.max(14, t.h) / 2;
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash(dash ?? []);
      ctx.beginPath();
      ctx.moveTo(x, mid);
      ctx.lineTo(x + 24, mid);
      ctx.stroke();
      ctx.setLineDash([]);
      t.draw(ctx, x + 30, y + (Math.max(14, t.h) - t.h) / 2);
    },
  };
}
