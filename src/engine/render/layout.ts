/**
 * A tiny box layout: every piece of a figure is measured first (width, height), then drawn at a
 * position. Figures are trees of boxes (rows, columns, wrapping flows), so nothing is placed by
 * guesswork and text cannot overlap. `renderCard` sizes the canvas from the tree, draws it at 2×
 * on an opaque bordered card and encodes the PNG asynchronously.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureFonts } from './fonts.js';
import { encodePng } from './png.js';
import { COLORS, FONTS, SCALE, fontString, type FontSpec } from './theme.js';
import type { Figure } from '../types.js';

export type Ctx = SKRSContext2D;

export interface Box {
  w: number;
  h: number;
  draw(ctx: Ctx, x: number, y: number): void;
}

let measurer: Ctx | null = null;

/** A context used only to measure text (fonts registered first). */
export function measureCtx(): Ctx {
  if (!measurer) {
    ensureFonts();
    measurer = createCanvas(4, 4).getContext('2d');
  }
  return measurer;
}

const lastFont = new WeakMap<Ctx, string>();

/** Sets the font only when it changes: parsing a font string is a noticeable share of drawing time. */
export function setFont(ctx: Ctx, font: FontSpec): void {
  const f = fontString(font);
  if (lastFont.get(ctx) === f) return;
  ctx.font = f;
  lastFont.set(ctx, f);
}

const widths = new Map<string, number>();

/** Width of a line of text in logical pixels (memoised: figures measure the same strings often). */
export function textWidth(s: string, font: FontSpec): number {
  const key = fontString(font) + '\u0000' + s;
  let w = widths.get(key);
  if (w === undefined) {
    const ctx = measureCtx();
    setFont(ctx, font);
    w = ctx.measureText(s).width;
    if (widths.size > 20000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** One line of text. Height is 1.3 em; the baseline sits at 0.98 em (DejaVu's ascent plus a little air). */
export function text(s: string, font: FontSpec, color: string = COLORS.ink): Box {
  const w = Math.ceil(textWidth(s, font));
  const h = Math.ceil(font.size * 1.3);
  return {
    w,
    h,
    draw(ctx, x, y) {
      setFont(ctx, font);
      ctx.fillStyle = color;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillText(s, x, y + font.size * 1.0);
    },
  };
}

export function spacer(w: number, h: number): Box {
  return { w, h, draw() {} };
}

type Align = 'start' | 'center' | 'end';

function offset(space: number, size: number, align: Align): number {
  return align === 'start' ? 0 : align === 'center' ? (space - size) / 2 : space - size;
}

/** Boxes side by side, aligned vertically. */
export function row(items: Box[], gap = 0, align: Align = 'center'): Box {
  const w = items.reduce((s, b) => s + b.w, 0) + gap * Math.max(0, items.length - 1);
  const h = Math.max(0, ...items.map((b) => b.h));
  return {
    w,
    h,
    draw(ctx, x, y) {
      let cx = x;
      for (const b of items) {
        b.draw(ctx, cx, y + offset(h, b.h, align));
        cx += b.w + gap;
      }
    },
  };
}

/** Boxes stacked, aligned horizontally. */
export function column(items: Box[], gap = 0, align: Align = 'start'): Box {
  const h = items.reduce((s, b) => s + b.h, 0) + gap * Math.max(0, items.length - 1);
  const w = Math.max(0, ...items.map((b) => b.w));
  return {
    w,
    h,
    draw(ctx, x, y) {
      let cy = y;
      for (const b of items) {
        b.draw(ctx, x + offset(w, b.w, align), cy);
        cy += b.h + gap;
      }
    },
  };
}

/**
 * Groups laid out left to right, wrapping to a new line when `maxWidth` would be passed. Each group
 * is kept whole (e.g. "∘ [matrix]"), so an operator never ends a line alone.
 */
export function flow(groups: Box[], maxWidth: number, gapX: number, gapY: number, align: Align = 'center'): Box {
  const lines = lineBreaks(
    groups.map((g) => g.w),
    maxWidth,
    gapX,
  ).map((idx) => idx.map((k) => groups[k]));
  return column(
    lines.map((l) => row(l, gapX, align)),
    gapY,
    'start',
  );
}

/** A box centred vertically in a taller slot. */
export function fixedHeight(b: Box, h: number): Box {
  return { w: b.w, h: Math.max(h, b.h), draw: (ctx, x, y) => b.draw(ctx, x, y + (Math.max(h, b.h) - b.h) / 2) };
}

/** Greedy line breaking: the indices of the items on each line, no line wider than `maxWidth` unless one item is. */
export function lineBreaks(widths: number[], maxWidth: number, gap: number): number[][] {
  const lines: number[][] = [];
  let current: number[] = [];
  let width = 0;
  widths.forEach((w, k) => {
    const extra = current.length ? gap + w : w;
    if (current.length && width + extra > maxWidth) {
      lines.push(current);
      current = [k];
      width = w;
    } else {
      current.push(k);
      width += extra;
    }
  });
  if (current.length) lines.push(current);
  return lines;
}

/** Padding around a box. */
export function pad(b: Box, top: number, right = top, bottom = top, left = right): Box {
  return {
    w: b.w + left + right,
    h: b.h + top + bottom,
    draw(ctx, x, y) {
      b.draw(ctx, x + left, y + top);
    },
  };
}

export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arcTo(x + w, y, x + w, y + r, r);
  ctx.lineTo(x + w, y + h - r);
  ctx.arcTo(x + w, y + h, x + w - r, y + h, r);
  ctx.lineTo(x + r, y + h);
  ctx.arcTo(x, y + h, x, y + h - r, r);
  ctx.lineTo(x, y + r);
  ctx.arcTo(x, y, x + r, y, r);
  ctx.closePath();
}

/** A box on a filled, optionally outlined, rounded panel. */
export function panel(
  b: Box,
  opts: { fill?: string; stroke?: string; lineWidth?: number; radius?: number; padding?: number; dash?: number[] },
): Box {
  const p = opts.padding ?? 10;
  const inner = pad(b, p);
  return {
    w: inner.w,
    h: inner.h,
    draw(ctx, x, y) {
      roundRect(ctx, x + 0.5, y + 0.5, inner.w - 1, inner.h - 1, opts.radius ?? 8);
      if (opts.fill) {
        ctx.fillStyle = opts.fill;
        ctx.fill();
      }
      if (opts.stroke) {
        ctx.strokeStyle = opts.stroke;
        ctx.lineWidth = opts.lineWidth ?? 1;
        ctx.setLineDash(opts.dash ?? []);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      inner.draw(ctx, x, y);
    },
  };
}

/** Tall parentheses around a box (for negative fractions inside a product of factors). */
export function parens(b: Box, color: string = COLORS.ink): Box {
  const pw = Math.max(6, Math.round(b.h * 0.22));
  return {
    w: b.w + 2 * pw + 2,
    h: b.h,
    draw(ctx, x, y) {
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.3;
      const top = y + 2;
      const bottom = y + b.h - 2;
      const mid = (top + bottom) / 2;
      ctx.beginPath();
      ctx.moveTo(x + pw, top);
      ctx.quadraticCurveTo(x, mid, x + pw, bottom);
      ctx.moveTo(x + b.w + pw + 2, top);
      ctx.quadraticCurveTo(x + b.w + 2 * pw + 2, mid, x + b.w + pw + 2, bottom);
      ctx.stroke();
      b.draw(ctx, x + pw + 1, y);
    },
  };
}

/** Draws the whole tree on an opaque card with a thin border and returns the encoded figure. */
export async function renderCard(content: Box, name: string, alt: string): Promise<Figure> {
  const margin = 22;
  ensureFonts();
  const w = Math.ceil(content.w + 2 * margin);
  const h = Math.ceil(content.h + 2 * margin);
  const canvas = createCanvas(w * SCALE, h * SCALE);
  const ctx = canvas.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = COLORS.card;
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
  content.draw(ctx, margin, margin);
  const png = await encodePng(canvas, 72 * SCALE);
  return { name, png, alt: clampAlt(alt) };
}

/** Alt text within the 1,000 characters every platform accepts, cut at a word. */
export function clampAlt(alt: string): string {
  const s = alt.replace(/\s+/g, ' ').trim();
  if (s.length <= 1000) return s;
  const cut = s.slice(0, 998);
  return cut.slice(0, cut.lastIndexOf(' ')) + ' …';
}

/** The figure's title and, under it, a muted subtitle. */
export function heading(title: string, subtitle?: string): Box {
  const items = [text(title, FONTS.title)];
  if (subtitle) items.push(text(subtitle, FONTS.small, COLORS.muted));
  return column(items, 2);
}
