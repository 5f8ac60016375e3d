/**
 * A tiny box layout: every piece of a figure is measured first (width, height), then drawn at a
 * position. Figures are trees of boxes (rows, columns, wrapping flows), so nothing is placed by
 * guesswork and text cannot overlap. `renderCard` sizes the canvas from the tree, draws it at 2×
 * on an opaque bordered card and encodes the PNG asynchronously.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureFonts } from './fonts.js';
import { encodePng } from './png.js';
import { CARD_MARGIN, COLORS, FONTS, contentWidth, SCALE, fontString, type FontSpec } from './theme.js';
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

/**
 * Words wrapped to `width` (a line is never wider unless one word is). Keeps a figure's sentences
 * within the phone-sized card.
 */
export function paragraph(
  s: string,
  font: FontSpec,
  color: string = COLORS.ink,
  width = contentWidth(),
  gapY = 2,
  align: Align = 'start',
): Box {
  const words = s.split(' ').filter((w) => w.length);
  const space = textWidth(' ', font);
  const lines = lineBreaks(
    words.map((w) => textWidth(w, font)),
    width,
    space,
  ).map((idx) => text(idx.map((k) => words[k]).join(' '), font, color));
  return column(lines, gapY, align);
}

/** A sentence as one box per word, for a `flow` that also holds maths (gap: `spaceWidth(font)`). */
export function wordBoxes(s: string, font: FontSpec, color: string = COLORS.ink): Box[] {
  return s
    .split(' ')
    .filter((w) => w.length)
    .map((w) => text(w, font, color));
}

/** The width of a space in `font`: the gap between `wordBoxes`. */
export function spaceWidth(font: FontSpec): number {
  return Math.ceil(textWidth(' ', font));
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

/** How a figure is drawn: the card's theme (a chat's light or dark look). */
export interface FigureOptions {
  theme?: 'light' | 'dark';
}

/** Draws the whole tree on an opaque card with a thin border and returns the encoded figure. */
export async function renderCard(
  content: Box,
  name: string,
  alt: string,
  options: FigureOptions = {},
): Promise<Figure> {
  const margin = CARD_MARGIN;
  ensureFonts();
  const w = Math.ceil(content.w + 2 * margin);
  const h = Math.ceil(content.h + 2 * margin);
  const canvas = createCanvas(w * SCALE, h * SCALE);
  const raw = canvas.getContext('2d');
  // The dark card is the same drawing with every colour's lightness turned over (hue kept): contrasts keep
  // their order, so text stays readable on its background, and no figure needs a second palette.
  const themed = options.theme === 'dark' ? darkContext(raw) : raw;
  const probe = probes.getStore();
  const texts: TextDrawn[] = [];
  const ctx = probe ? textProbe(themed, raw, texts) : themed;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = COLORS.card;
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
  content.draw(ctx, margin, margin);
  probe?.push({ name, width: w * SCALE, height: h * SCALE, texts });
  const png = await encodePng(canvas, 72 * SCALE);
  // Give the pixels back now: V8 does not know the size of a canvas's native surface (8.6 MB for a 900×600 card at
  // 2×), so dropped canvases wait for a collection that a small JS heap rarely needs, and pile up (notes/memory.md).
  canvas.width = 1;
  canvas.height = 1;
  return { name, png, alt: clampAlt(alt) };
}

/** One run of text a figure drew: the string and its font size in the PNG's own pixels (2× the logical size). */
export interface TextDrawn {
  text: string;
  font: string;
  px: number;
}

/** What `measureFigures` saw of one card: its PNG size in pixels and every text drawn on it. */
export interface FigureMeasure {
  name: string;
  width: number;
  height: number;
  texts: TextDrawn[];
}

const probes = new AsyncLocalStorage<FigureMeasure[]>();

/**
 * Runs `fn` and records every card `renderCard` draws inside it (through awaits too), with each text's
 * font size as drawn: for tests that check what a reader sees, such as the smallest text on a phone.
 *
 * @example
 * const { figures } = await measureFigures(() => renderPsdFigure(data));
 * const smallest = Math.min(...figures[0].texts.map((t) => t.px)); // in PNG pixels
 */
export async function measureFigures<T>(fn: () => Promise<T>): Promise<{ value: T; figures: FigureMeasure[] }> {
  const figures: FigureMeasure[] = [];
  const value = await probes.run(figures, fn);
  return { value, figures };
}

/** The font size in px of a CSS font string such as `bold 12px "HB Sans"` (NaN when it has none). */
export function fontPx(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  return m ? Number(m[1]) : NaN;
}

/**
 * A context that draws as `ctx` does and notes each fillText/strokeText with the font in force (read from
 * the canvas itself, so save/restore count) times the current transform's scale: the size in PNG pixels.
 */
function textProbe(ctx: Ctx, raw: Ctx, texts: TextDrawn[]): Ctx {
  const note = (s: unknown): void => {
    if (typeof s !== 'string' || !s.trim()) return;
    const t = raw.getTransform();
    const scale = Math.sqrt(Math.abs(t.a * t.d - t.b * t.c));
    texts.push({ text: s, font: raw.font, px: fontPx(raw.font) * scale });
  };
  return new Proxy(ctx, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      return prop === 'fillText' || prop === 'strokeText'
        ? (...a: unknown[]) => {
            note(a[0]);
            return f(...a);
          }
        : f;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
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
  const items = [paragraph(title, FONTS.title)];
  if (subtitle) items.push(paragraph(subtitle, FONTS.small, COLORS.muted));
  return column(items, 2);
}

/**
 * A drawing context that turns every colour it is given to its dark-theme twin: lightness L becomes
 * 0.09 + 0.84·(1 − L) in HSL, hue and saturation kept, alpha kept. White cards become near-black, ink becomes
 * near-white, Okabe–Ito hues keep their identity. Gradients and images pass unchanged.
 */
function darkContext(ctx: Ctx): Ctx {
  return new Proxy(ctx, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
    set(target, prop, value) {
      const mapped =
        typeof value === 'string' && (prop === 'fillStyle' || prop === 'strokeStyle' || prop === 'shadowColor')
          ? darkColour(value)
          : value;
      return Reflect.set(target, prop, mapped, target);
    },
  });
}

const DARK_CACHE = new Map<string, string>();

/** The dark twin of a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()); other strings pass unchanged. */
export function darkColour(css: string): string {
  const cached = DARK_CACHE.get(css);
  if (cached) return cached;
  const rgba = parseColour(css);
  if (!rgba) return css;
  const [r, g, b, a] = rgba;
  const [h, s, l] = rgbToHsl(r, g, b);
  const [R, G, B] = hslToRgb(h, s, 0.09 + 0.84 * (1 - l));
  const out = a === 1 ? `rgb(${R}, ${G}, ${B})` : `rgba(${R}, ${G}, ${B}, ${a})`;
  if (DARK_CACHE.size < 4096) DARK_CACHE.set(css, out);
  return out;
}

/** `#rgb`, `#rrggbb(aa)`, `rgb(…)`, `rgba(…)`, white, black → [r, g, b, alpha], or null. */
export function parseColour(css: string): [number, number, number, number] | null {
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m) return [...m[1].split('').map((c) => parseInt(c + c, 16)), 1] as [number, number, number, number];
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(s);
  if (m)
    return [
      parseInt(m[1].slice(0, 2), 16),
      parseInt(m[1].slice(2, 4), 16),
      parseInt(m[1].slice(4, 6), 16),
      m[2] ? parseInt(m[2], 16) / 255 : 1,
    ];
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  if (s === 'white') return [255, 255, 255, 1];
  if (s === 'black') return [0, 0, 0, 1];
  return null;
}

function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) {
    const v = Math.round(l * 255);
    return [v, v, v];
  }
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number): number => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return [Math.round(hue(h + 1 / 3) * 255), Math.round(hue(h) * 255), Math.round(hue(h - 1 / 3) * 255)];
}
