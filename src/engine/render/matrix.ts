/**
 * Matrices as boxes: up to 8×8 as bracketed grids of numbers (fractions stacked), above that as a
 * heatmap on a diverging colour map centred on zero, with a colour bar. Cells can be tinted (to
 * link positions across operands) and outlined (to point at one entry).
 */
import type { Entry, MatrixData } from '../data.js';
import { t } from '../i18n/index.js';
import { entryParts, entryToNumber, formatEntryShort } from './entries.js';
import { createCanvas } from '@napi-rs/canvas';
import { column, parseColour, row, setFont, text, textWidth, type Box, type Ctx } from './layout.js';
import { COLORS, DIVERGING, FONTS, contentWidth, MIN_FONT, SCALE, type FontSpec } from './theme.js';

/** Largest side drawn with numbers; larger matrices become heatmaps. */
export const MAX_NUMERIC_SIDE = 8;

export interface CellStyle {
  /** Background tint of cell (i, j), or null. */
  tint?: (i: number, j: number) => string | null;
  /** Outline colour of cell (i, j), or null. */
  outline?: (i: number, j: number) => string | null;
  /** Text colour of cell (i, j) (default ink): light text on a dark tint. */
  ink?: (i: number, j: number) => string | null;
  /** Thin separator lines every `blocks.rows` rows and `blocks.cols` columns (A⊗B's blocks). */
  blocks?: { rows: number; cols: number };
  /** Characters per number (numerator and denominator each, for fractions). */
  maxChars?: number;
  font?: FontSpec;
  /** Heatmap cell size in logical pixels (default: fits about 200 px). */
  cell?: number;
}

/** Characters per entry that keep an n-column matrix a sensible width. */
export function maxCharsFor(cols: number): number {
  return cols <= 2 ? 14 : cols <= 4 ? 11 : cols <= 6 ? 9 : 8;
}

/** One entry: text, or a stacked fraction with a horizontal bar. */
export function entryBox(e: Entry, maxChars: number, font: FontSpec = FONTS.entry, color: string = COLORS.ink): Box {
  const parts = entryParts(e, maxChars);
  if (parts.kind === 'text') return text(parts.text, font, color);
  const small: FontSpec = { ...font, size: Math.max(MIN_FONT, Math.round(font.size * 0.86)) };
  const num = text(parts.numerator, small, color);
  const den = text(parts.denominator, small, color);
  const barW = Math.max(num.w, den.w) + 4;
  const lineH = Math.ceil(small.size * 1.18);
  const h = 2 * lineH + 3;
  const frac: Box = {
    w: barW,
    h,
    draw(ctx, x, y) {
      setFont(ctx, small);
      ctx.fillStyle = color;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(parts.numerator, x + barW / 2, y + small.size * 0.98);
      ctx.fillRect(x, y + lineH + 0.5, barW, 1.2);
      ctx.fillText(parts.denominator, x + barW / 2, y + lineH + 3 + small.size * 0.98);
      ctx.textAlign = 'left';
    },
  };
  return parts.negative ? row([text('\u2212', font, color), frac], 1) : frac;
}

function bracket(ctx: Ctx, x: number, y: number, h: number, left: boolean): void {
  const arm = 5;
  ctx.strokeStyle = COLORS.ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (left) {
    ctx.moveTo(x + arm, y);
    ctx.lineTo(x, y);
    ctx.lineTo(x, y + h);
    ctx.lineTo(x + arm, y + h);
  } else {
    ctx.moveTo(x - arm, y);
    ctx.lineTo(x, y);
    ctx.lineTo(x, y + h);
    ctx.lineTo(x - arm, y + h);
  }
  ctx.stroke();
}

/** A bracketed grid of numbers. */
export function numberGrid(m: MatrixData, style: CellStyle = {}): Box {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const maxChars = style.maxChars ?? maxCharsFor(cols);
  const font = style.font ?? FONTS.entry;
  const boxes = m.map((r, i) => r.map((e, j) => entryBox(e, maxChars, font, style.ink?.(i, j) ?? COLORS.ink)));
  const padX = Math.round(font.size * 0.6);
  const padY = Math.round(font.size * 0.27);
  const colW = Array.from({ length: cols }, (_, j) => Math.max(18, ...boxes.map((r) => r[j].w)) + 2 * padX);
  const rowH = boxes.map((r) => Math.max(font.size * 1.3, ...r.map((b) => b.h)) + 2 * padY);
  const side = 9;
  const gridW = colW.reduce((s, v) => s + v, 0);
  const gridH = rowH.reduce((s, v) => s + v, 0);
  return {
    w: gridW + 2 * side,
    h: gridH + 4,
    draw(ctx, x, y) {
      const gx = x + side;
      const gy = y + 2;
      let cy = gy;
      for (let i = 0; i < rows; i++) {
        let cx = gx;
        for (let j = 0; j < cols; j++) {
          const tint = style.tint?.(i, j);
          if (tint) {
            ctx.fillStyle = tint;
            ctx.fillRect(cx + 1.5, cy + 1.5, colW[j] - 3, rowH[i] - 3);
          }
          const outline = style.outline?.(i, j);
          if (outline) {
            ctx.strokeStyle = outline;
            ctx.lineWidth = 2;
            ctx.strokeRect(cx + 1.5, cy + 1.5, colW[j] - 3, rowH[i] - 3);
          }
          const b = boxes[i][j];
          b.draw(ctx, cx + (colW[j] - b.w) / 2, cy + (rowH[i] - b.h) / 2);
          cx += colW[j];
        }
        cy += rowH[i];
      }
      if (style.blocks) drawBlockLines(ctx, gx, gy, colW, rowH, style.blocks);
      bracket(ctx, x + 2, y, gridH + 4, true);
      bracket(ctx, x + gridW + 2 * side - 2, y, gridH + 4, false);
    },
  };
}

export function drawBlockLines(
  ctx: Ctx,
  gx: number,
  gy: number,
  colW: number[],
  rowH: number[],
  blocks: { rows: number; cols: number },
): void {
  const gridW = colW.reduce((s, v) => s + v, 0);
  const gridH = rowH.reduce((s, v) => s + v, 0);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  let cx = gx;
  for (let j = 0; j < colW.length - 1; j++) {
    cx += colW[j];
    if ((j + 1) % blocks.cols === 0) {
      ctx.moveTo(cx, gy);
      ctx.lineTo(cx, gy + gridH);
    }
  }
  let cy = gy;
  for (let i = 0; i < rowH.length - 1; i++) {
    cy += rowH[i];
    if ((i + 1) % blocks.rows === 0) {
      ctx.moveTo(gx, cy);
      ctx.lineTo(gx + gridW, cy);
    }
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

function hexToRgb(h: string): [number, number, number] {
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}
const STOPS = DIVERGING.map(hexToRgb);

/** Colour of t ∈ [−1, 1] on the diverging map (0 is near-white). */
export function divergingColor(t: number): string {
  const u = ((Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0)) + 1) / 2) * (STOPS.length - 1);
  const k = Math.min(STOPS.length - 2, Math.floor(u));
  const f = u - k;
  const c = STOPS[k].map((v, i) => Math.round(v + (STOPS[k + 1][i] - v) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Largest |entry| (as a float), 1 when the matrix is all zeros. */
function scaleOf(m: MatrixData): number {
  let max = 0;
  for (const r of m) for (const e of r) max = Math.max(max, Math.abs(entryToNumber(e)));
  return max > 0 && Number.isFinite(max) ? max : 1;
}

/**
 * Maps values to [−1, 1] for colouring. Linear, unless the nonzero magnitudes span more than three
 * decades (Hilbert ∘ Pascal): then sign·log, so small entries are not all drawn white.
 */
export function colourScale(values: number[], scale: number): { toUnit: (v: number) => number; log: boolean } {
  // A loop, not Math.min(...): a 256×256 matrix from a file has 65,536 values.
  let lo = Infinity;
  for (const v of values) {
    const a = Math.abs(v);
    if (a > 0 && a < lo && Number.isFinite(a)) lo = a;
  }
  if (lo === Infinity) lo = scale;
  if (!(scale / lo > 1000)) return { toUnit: (v) => v / scale, log: false };
  const floor = Math.log10(lo) - 0.3; // the smallest nonzero entry still gets a visible tint
  const span = Math.log10(scale) - floor;
  return {
    toUnit: (v) => (v === 0 ? 0 : (Math.sign(v) * Math.max(0, Math.log10(Math.abs(v)) - floor)) / span),
    log: true,
  };
}

/**
 * The colour of each entry as `heatmap` draws it (the same scale: linear, or signed log past three decades),
 * so another drawing can show the same values in the same colours.
 */
export function heatColours(m: MatrixData): { colour: (i: number, j: number) => string; log: boolean } {
  const raw = m.map((r) => r.map((e) => entryToNumber(e)));
  const { toUnit, log } = colourScale(raw.flat(), scaleOf(m));
  const colours = raw.map((r) => r.map((v) => divergingColor(toUnit(v))));
  return { colour: (i, j) => colours[i]?.[j] ?? divergingColor(0), log };
}

/** WCAG relative luminance of an `rgb(r,g,b)` colour. */
function luminance(r: number, g: number, b: number): number {
  const lin = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Ink that reads on a heat colour: white or the usual ink, whichever contrasts more. */
export function inkOn(css: string): string {
  const m = /rgb\((\d+),(\d+),(\d+)\)/.exec(css);
  if (!m) return COLORS.ink;
  const L = luminance(Number(m[1]), Number(m[2]), Number(m[3]));
  const ink = luminance(...hexToRgb(COLORS.ink));
  return 1.05 / (L + 0.05) > (L + 0.05) / (ink + 0.05) ? '#ffffff' : COLORS.ink;
}

/**
 * Sides above this (matrices from files, up to 256×256) are drawn as an image: one pixel per entry, scaled up by a whole
 * number of device pixels without smoothing, in the colour bar's 21 steps. Cell by cell, a 256×256 heatmap was 65,536
 * rectangles and a 3 MB PNG; as an image it is one draw and compresses to a tenth.
 */
export const RASTER_ABOVE = 72;
/** Logical size a raster heatmap grows to (256 entries: one logical pixel each, two device pixels). */
const RASTER_SIDE = 256;
const RASTER_STEPS = 21;

/** Cell size of a raster heatmap: a whole number of device pixels, or half of one (style.cell rounded to that). */
function rasterCell(side: number, cell: number | undefined): number {
  const device =
    cell === undefined ? Math.max(1, Math.floor((RASTER_SIDE * SCALE) / side)) : Math.round(cell * SCALE * 2) / 2;
  return Math.max(0.5, device) / SCALE;
}

/**
 * The cells of a large heatmap as one image: `unit[i][j]` ∈ [−1, 1], outlined cells in ink. Cells smaller than two
 * device pixels (the schur figure's four 256×256 panels) are averaged in square blocks drawn two device pixels wide:
 * a quarter of the pixels to compress, and no colour of a single entry a viewer could not see anyway.
 */
function drawRaster(
  ctx: Ctx,
  x: number,
  y: number,
  unit: number[][],
  cell: number,
  outline: CellStyle['outline'],
): void {
  const rows = unit.length;
  const cols = unit[0]?.length ?? 0;
  const device = cell * SCALE;
  const f = device >= 2 ? 1 : Math.ceil(2 / device);
  const [h, w] = [Math.ceil(rows / f), Math.ceil(cols / f)];
  // The colours as this context paints them (a dark card maps every colour it is given), read back once per step.
  const paint = (css: string): [number, number, number] => {
    ctx.fillStyle = css;
    const c = parseColour(String(ctx.fillStyle));
    return c ? [c[0], c[1], c[2]] : [128, 128, 128];
  };
  const palette = Array.from({ length: RASTER_STEPS }, (_, k) =>
    paint(divergingColor((2 * k) / (RASTER_STEPS - 1) - 1)),
  );
  const ink = paint(COLORS.ink);
  const image = createCanvas(w, h);
  const ictx = image.getContext('2d');
  const pixels = ictx.createImageData(w, h);
  const data = pixels.data;
  for (let bi = 0; bi < h; bi++)
    for (let bj = 0; bj < w; bj++) {
      let sum = 0;
      let count = 0;
      let marked = false;
      for (let i = bi * f; i < Math.min(rows, (bi + 1) * f); i++)
        for (let j = bj * f; j < Math.min(cols, (bj + 1) * f); j++) {
          const t = unit[i][j];
          sum += Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
          count++;
          if (outline?.(i, j)) marked = true;
        }
      const k = Math.round(((sum / count + 1) / 2) * (RASTER_STEPS - 1));
      const c = marked ? ink : palette[k];
      const p = 4 * (bi * w + bj);
      data[p] = c[0];
      data[p + 1] = c[1];
      data[p + 2] = c[2];
      data[p + 3] = 255;
    }
  ictx.putImageData(pixels, 0, 0);
  const smoothing = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(image, x, y, w * f * cell, h * f * cell);
  ctx.imageSmoothingEnabled = smoothing;
}

/** A heatmap with its colour bar (labelled +max, 0, −max). */
export function heatmap(m: MatrixData, style: CellStyle = {}): Box {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const raster = Math.max(rows, cols) > RASTER_ABOVE;
  const cell = raster
    ? rasterCell(Math.max(rows, cols), style.cell)
    : (style.cell ?? Math.max(3, Math.min(18, Math.floor(216 / Math.max(rows, cols)))));
  const scale = scaleOf(m);
  const gridW = cols * cell;
  const gridH = rows * cell;
  const raw = m.map((r) => r.map((e) => entryToNumber(e)));
  const { toUnit, log } = colourScale(raw.flat(), scale);
  const values = raw.map((r) => r.map(toUnit));
  const labels = [formatEntryShort(scale, 7), '0', formatEntryShort(-scale, 8), ...(log ? [t('fig.logScale')] : [])];
  const labelFont = FONTS.small;
  const labelW = Math.max(...labels.map((l) => textWidth(l, labelFont)));
  const barX = gridW + 12;
  const barW = 10;
  // "log scale" goes under the bar, inside the box: the bar is that much shorter than the grid.
  const logH = log ? labelFont.size * 1.4 : 0;
  const barH = Math.max(gridH, 3 * labelFont.size * 1.4 + logH) - logH;
  const w = Math.ceil(barX + barW + 5 + labelW);
  const h = Math.max(gridH, barH + logH) + 2;
  return {
    w,
    h,
    draw(ctx, x0, y) {
      // Whole logical pixels, so cell edges fall on device pixels: crisp, and identical rows compress.
      const x = Math.round(x0);
      const gy = Math.round(y + 1 + (h - 2 - gridH) / 2);
      if (raster) drawRaster(ctx, x, gy, values, cell, style.outline ?? style.tint);
      else
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            ctx.fillStyle = divergingColor(values[i][j]);
            ctx.fillRect(x + j * cell, gy + i * cell, cell, cell);
          }
      if (cell >= 8) {
        ctx.fillStyle = 'rgba(255,255,255,0.7)';
        for (let j = 1; j < cols; j++) ctx.fillRect(x + j * cell, gy, 0.5, gridH);
        for (let i = 1; i < rows; i++) ctx.fillRect(x, gy + i * cell, gridW, 0.5);
      }
      ctx.strokeStyle = COLORS.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, gy + 0.5, gridW - 1, gridH - 1);
      if (style.blocks) {
        drawBlockLines(
          ctx,
          x,
          gy,
          Array.from({ length: cols }, () => cell),
          Array.from({ length: rows }, () => cell),
          style.blocks,
        );
      }
      for (let i = 0; i < rows && !raster; i++)
        for (let j = 0; j < cols; j++) {
          const tint = style.tint?.(i, j);
          const outline = style.outline?.(i, j) ?? tint;
          if (!outline) continue;
          if (cell >= 7) {
            ctx.strokeStyle = COLORS.ink;
            ctx.lineWidth = 2.5;
            ctx.strokeRect(x + j * cell + 1, gy + i * cell + 1, cell - 2, cell - 2);
            ctx.strokeStyle = '#ffffff';
            ctx.lineWidth = 1;
            ctx.strokeRect(x + j * cell + 1, gy + i * cell + 1, cell - 2, cell - 2);
          } else {
            ctx.fillStyle = COLORS.ink;
            ctx.fillRect(x + j * cell, gy + i * cell, cell, cell);
          }
        }
      // colour bar, most positive at the top
      // In 21 flat steps on whole device pixels: a smooth gradient makes every pixel row unique,
      // which costs PNG bytes for no visible gain.
      const by = Math.round(y + 1 + (h - 2 - barH - logH) / 2);
      const steps = 21;
      for (let k = 0; k < steps; k++) {
        const top = Math.round((by + (k * barH) / steps) * 2) / 2;
        const bottom = Math.round((by + ((k + 1) * barH) / steps) * 2) / 2;
        ctx.fillStyle = divergingColor(1 - (2 * k) / (steps - 1));
        ctx.fillRect(x + barX, top, barW, bottom - top);
      }
      ctx.strokeStyle = COLORS.border;
      ctx.strokeRect(x + barX + 0.5, by + 0.5, barW - 1, barH - 1);
      setFont(ctx, labelFont);
      ctx.fillStyle = COLORS.muted;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      const ys = [
        by + labelFont.size * 0.6,
        by + barH / 2,
        by + barH - labelFont.size * 0.6,
        by + barH + labelFont.size * 0.9,
      ];
      labels.forEach((l, k) => ctx.fillText(l, x + barX + (k === 3 ? -2 : barW + 5), ys[k]));
      ctx.textBaseline = 'alphabetic';
    },
  };
}

/** True when the matrix is above 8×8 and so always a heatmap. */
export function isLarge(m: MatrixData): boolean {
  return isLargeShape(m.length, m[0]?.length ?? 0);
}

/**
 * "Above 8×8": more entries than an 8×8 matrix, or a side longer than 12 (so a 1×9 row vector
 * still shows its numbers, while a 1×16 strip becomes a heatmap).
 */
export function isLargeShape(rows: number, cols: number): boolean {
  return rows * cols > MAX_NUMERIC_SIDE * MAX_NUMERIC_SIDE || Math.max(rows, cols) > 12;
}

/**
 * Numbers up to 8×8, a heatmap above (or when `heat` says so), and a heatmap too when the numbers would be
 * wider than `maxWidth` (64 decimals of nine characters do not fit a phone). A heatmap's cells shrink to fit.
 */
export function matrixBox(m: MatrixData, style: CellStyle = {}, heat = false, maxWidth = contentWidth()): Box {
  if (!heat && !isLarge(m)) {
    const grid = numberGrid(m, style);
    if (grid.w <= maxWidth) return grid;
  }
  return fittedHeatmap(m, style, maxWidth);
}

/** True when `matrixBox` draws this matrix as numbers. */
export function drawnAsNumbers(m: MatrixData, style: CellStyle = {}, heat = false, maxWidth = contentWidth()): boolean {
  return !heat && !isLarge(m) && numberGrid(m, style).w <= maxWidth;
}

/** A heatmap no wider than `maxWidth`: its cells shrink (to 3 px at least) to leave room for the colour bar. */
export function fittedHeatmap(m: MatrixData, style: CellStyle = {}, maxWidth = contentWidth()): Box {
  const box = heatmap(m, style);
  if (box.w <= maxWidth) return box;
  const cols = Math.max(1, m[0]?.length ?? 1);
  const rows = m.length;
  const cell = style.cell ?? Math.max(3, Math.min(18, Math.floor(216 / Math.max(rows, cols))));
  const extra = box.w - cols * cell;
  return heatmap(m, { ...style, cell: Math.max(3, Math.floor((maxWidth - extra) / cols)) });
}

/** True when some exact entry is drawn shortened (approximated) rather than in full. */
export function anyShortened(ms: MatrixData[], maxChars: number): boolean {
  return ms.some((m) =>
    m.some((r) =>
      r.some((e) => {
        const p = entryParts(e, maxChars);
        return typeof e === 'string' && p.kind === 'text' && (p.text.startsWith('≈') || p.text.includes('×10'));
      }),
    ),
  );
}

/** Characters drawn for a matrix as numbers (both lines of a stacked fraction). */
export function glyphCount(m: MatrixData, maxChars: number): number {
  let n = 0;
  for (const r of m)
    for (const e of r) {
      const p = entryParts(e, maxChars);
      n += p.kind === 'text' ? p.text.length : p.numerator.length + p.denominator.length + (p.negative ? 1 : 0);
    }
  return n;
}

/**
 * What one figure may draw, in digits: each costs about 200 bytes of PNG at 2×, a heatmap about as
 * much as 60 digits. Past the budget, matrices become heatmaps (largest first): hundreds of long
 * fractions are unreadable anyway, and the PNG must stay well under 200 KB.
 */
export const GLYPH_BUDGET = 650;
const HEATMAP_COST = 60;

/** Which matrices to draw as heatmaps so the figure stays within the budget; `keepNumeric` are spared longer. */
export function heatChoice(
  ms: MatrixData[],
  maxChars: number,
  keepNumeric: number[] = [],
  budget = GLYPH_BUDGET,
): boolean[] {
  const heat = ms.map(isLarge);
  const counts = ms.map((m, k) => (heat[k] ? 0 : glyphCount(m, maxChars)));
  let total = counts.reduce((s, v) => s + v, 0) + heat.filter(Boolean).length * HEATMAP_COST;
  // Convert where it saves most; the matrices to keep count half, so they go later but not last at any price.
  const saving = (k: number): number => (counts[k] - HEATMAP_COST) * (keepNumeric.includes(k) ? 0.5 : 1);
  const order = ms
    .map((_, k) => k)
    .filter((k) => !heat[k] && counts[k] > HEATMAP_COST)
    .sort((a, b) => saving(b) - saving(a) || a - b);
  for (const k of order) {
    if (total <= budget) break;
    heat[k] = true;
    total += HEATMAP_COST - counts[k];
  }
  return heat;
}

/** A matrix with its label centred above it. */
export function labelled(label: Box | string, m: Box, gap = 6): Box {
  const l = typeof label === 'string' ? text(label, FONTS.label) : label;
  return column([l, m], gap, 'center');
}

/** "2×3" and whether the matrix is drawn as a heatmap, for alt text. */
export function describeShape(m: MatrixData): string {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  return `${rows}×${cols}`;
}
