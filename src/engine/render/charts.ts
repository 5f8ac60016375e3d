/**
 * Small charts: eigenvalues as bars around a zero line (with the tolerance band of floating input),
 * and a number line with labelled markers (Oppenheim's bounds). Values are floats for placing only.
 */
import type { Eigenvalue } from '../data.js';
import { negligibleBelow, zeroLabel } from '../numbers/scalar.js';
import { formatEntryShort, prettyNumbersIn, subscript } from './entries.js';
import { setFont, textWidth, type Box, type Ctx } from './layout.js';
import { COLORS, FONTS, contentWidth } from './theme.js';
import { t } from '../i18n/index.js';

/** The magnitude below which an eigenvalue is drawn on the zero line (the engine's own rule). */
export const displayZero = negligibleBelow;

/** More eigenvalues than this (a matrix from a file) are drawn as a dense spectrum, without a label per bar. */
export const DENSE_ABOVE = 16;

/**
 * Many eigenvalues (up to 256) as thin bars across a fixed width, ascending: the zero line and tolerance band as in
 * eigenChart, the smallest and largest labelled, and the count of negative, zero and positive ones in words.
 */
function denseEigenChart(
  shown: readonly Eigenvalue[],
  opts: { tolerance?: number; plotHeight?: number; exact?: boolean; entries?: boolean },
): Box {
  const zero = opts.entries ? 0 : displayZero(shown, opts.tolerance);
  const exact = opts.exact ?? opts.tolerance === undefined;
  // A null (not proved 0, its enclosure around 0) is drawn at 0 and counted as about zero.
  const eigs = shown.map((v) => v ?? 0);
  const label = (v: number): string => zeroLabel(v, zero, exact || opts.entries === true) ?? formatEntryShort(v, 6);
  const font = FONTS.small;
  const n = eigs.length;
  const axisW = 14;
  const plotW = Math.min(420, contentWidth() - axisW - 6);
  const plotH = opts.plotHeight ?? 120;
  const labelH = font.size + 6;
  const w = axisW + plotW + 6;
  const h = plotH + 3 * labelH + font.size + 10;
  const finite = eigs.map((v) => (Number.isFinite(v) ? v : Math.sign(v) * 1e300));
  let hi = 0;
  let lo = 0;
  for (const v of finite) {
    hi = Math.max(hi, v);
    lo = Math.min(lo, v);
  }
  const span = hi - lo || 1;
  const negative = eigs.filter((v) => v < 0 && Math.abs(v) > zero).length;
  const zeros = eigs.filter((v) => Math.abs(v) <= zero).length;
  const about = !exact || shown.includes(null);
  const counts = t(about ? 'psdFig.countsAbout' : 'psdFig.counts', {
    n: String(n),
    negative: String(negative),
    zeros: String(zeros),
    positive: String(n - negative - zeros),
  });
  return {
    w,
    h,
    draw(ctx: Ctx, x: number, y: number) {
      const top = y + labelH;
      const yOf = (v: number): number => top + ((hi - v) / span) * plotH;
      const y0 = yOf(0);
      const px = x + axisW;
      const bar = plotW / n;
      if (opts.tolerance) {
        const band = Math.max(3, (opts.tolerance / span) * plotH);
        ctx.fillStyle = 'rgba(86,180,233,0.22)';
        ctx.fillRect(px, y0 - band, plotW, 2 * band);
      }
      finite.forEach((v, k) => {
        const isZero = Math.abs(eigs[k]) <= zero;
        const yv = yOf(v);
        ctx.fillStyle = isZero ? COLORS.muted : v > 0 ? COLORS.blue : COLORS.vermillion;
        ctx.fillRect(
          px + k * bar,
          isZero ? y0 - 1 : Math.min(yv, y0),
          Math.max(bar * 0.8, 0.5),
          isZero ? 2 : Math.max(1, Math.abs(yv - y0)),
        );
      });
      zeroAxis(ctx, px, y0, plotW, font);
      const under = top + plotH + labelH * 0.6;
      ctx.textAlign = 'left';
      ctx.fillStyle = eigs[0] < -zero ? COLORS.vermillionText : COLORS.muted;
      ctx.fillText(`λ${subscript(1)} = ${label(eigs[0])}`, px, under);
      ctx.textAlign = 'right';
      ctx.fillStyle = COLORS.blueText;
      ctx.fillText(`λ${subscript(n)} = ${label(eigs[n - 1])}`, px + plotW, under);
      ctx.textAlign = 'left';
      ctx.fillStyle = COLORS.muted;
      ctx.fillText(counts, px, under + labelH);
      ctx.textBaseline = 'alphabetic';
    },
  };
}

/**
 * Eigenvalues as vertical bars with value labels, a zero line and, for floating input, the tolerance band. As wide
 * as the labels want within `maxWidth`, or (`fill`) across all of `maxWidth`, the bars widening with their slots.
 */
export function eigenChart(
  shown: readonly Eigenvalue[],
  opts: {
    tolerance?: number;
    plotHeight?: number;
    exact?: boolean;
    entries?: boolean;
    maxWidth?: number;
    fill?: boolean;
    /** The labels as the text shows them (certified enclosures), instead of the numbers'. */
    labels?: string[];
  } = {},
): Box {
  if (shown.length > DENSE_ABOVE) return denseEigenChart(shown, opts);
  // The eigenvalues of a diagonal matrix are its entries: shown as they are, however small.
  const zero = opts.entries ? 0 : displayZero(shown, opts.tolerance);
  const exact = opts.exact ?? opts.tolerance === undefined;
  const labels =
    opts.labels?.length === shown.length
      ? opts.labels.map(prettyNumbersIn)
      : shown.map((v) => zeroLabel(v, zero, exact || opts.entries === true) ?? formatEntryShort(v ?? 0, 6));
  // A null (not proved 0, its enclosure around 0) is drawn at 0, labelled ≈0.
  const eigs = shown.map((v) => v ?? 0);
  const font = FONTS.small;
  const axisW = 14;
  const labelWs = labels.map((l) => textWidth(l, font));
  // As wide as the labels want, within maxWidth; labels that would touch then alternate between two lanes.
  const room = Math.floor(((opts.maxWidth ?? Infinity) - axisW - 6) / Math.max(1, eigs.length));
  const wanted = Math.max(24, Math.min(room, Math.max(34, ...labelWs.map((w) => w + 10))));
  const slot = opts.fill && Number.isFinite(room) ? Math.max(wanted, room) : wanted;
  // Bars 22 px wide in the natural slots; in wide ones, up to 40 % of the slot and at most 64 px.
  const barW = Math.min(Math.max(22, Math.floor(slot * 0.4)), 64, slot - 12);
  const stagger = labelWs.some((w) => w + 4 > slot);
  const lane = stagger ? font.size + 3 : 0;
  const plotH = opts.plotHeight ?? 120;
  const labelH = font.size + 6 + lane;
  const w = Math.ceil(axisW + slot * eigs.length + 6);
  const h = plotH + 2 * labelH + font.size + 10;
  const finite = eigs.map((v) => (Number.isFinite(v) ? v : Math.sign(v) * 1e300));
  const hi = Math.max(0, ...finite);
  const lo = Math.min(0, ...finite);
  const span = hi - lo || 1;
  // Label heights from the plot's top: next to the bar's end; a label that would touch its left
  // neighbour (narrow slots) moves one lane further from the axis.
  const yRel = (v: number): number => ((hi - v) / span) * plotH;
  const labelY: number[] = [];
  eigs.forEach((v, k) => {
    const isZero = Math.abs(v) <= zero;
    const up = isZero || v > 0;
    let ly = isZero ? yRel(0) - 13 : up ? yRel(finite[k]) - 9 : yRel(finite[k]) + 10;
    const touches =
      k > 0 && labelWs[k] / 2 + labelWs[k - 1] / 2 + 3 > slot && Math.abs(ly - labelY[k - 1]) < font.size + 1;
    if (touches) ly += up ? -lane : lane;
    labelY.push(ly);
  });
  return {
    w,
    h,
    draw(ctx: Ctx, x: number, y: number) {
      const top = y + labelH;
      const yOf = (v: number): number => top + ((hi - v) / span) * plotH;
      const y0 = yOf(0);
      const px = x + axisW;
      const plotW = slot * eigs.length;
      if (opts.tolerance) {
        // the band |λ| ≤ tolerance, at least 6 px tall so it can be seen
        const band = Math.max(3, (opts.tolerance / span) * plotH);
        ctx.fillStyle = 'rgba(86,180,233,0.22)';
        ctx.fillRect(px, y0 - band, plotW, 2 * band);
      }
      zeroAxis(ctx, px, y0, plotW, font);
      ctx.textAlign = 'center';
      eigs.forEach((v, k) => {
        const cx = px + slot * k + slot / 2;
        const bw = barW;
        const isZero = Math.abs(v) <= zero;
        if (isZero) {
          ctx.fillStyle = COLORS.muted;
          ctx.beginPath();
          ctx.moveTo(cx, y0 - 5);
          ctx.lineTo(cx + 5, y0);
          ctx.lineTo(cx, y0 + 5);
          ctx.lineTo(cx - 5, y0);
          ctx.closePath();
          ctx.fill();
        } else {
          const yv = yOf(finite[k]);
          ctx.fillStyle = v > 0 ? COLORS.blue : COLORS.vermillion;
          ctx.fillRect(cx - bw / 2, Math.min(yv, y0), bw, Math.max(1.5, Math.abs(yv - y0)));
        }
        ctx.fillStyle = isZero ? COLORS.muted : v > 0 ? COLORS.blueText : COLORS.vermillionText;
        ctx.fillText(labels[k], cx, top + labelY[k]);
        ctx.fillStyle = COLORS.muted;
        ctx.fillText(`λ${subscript(k + 1)}`, cx, top + plotH + labelH + font.size * 0.7);
      });
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}

export interface Marker {
  value: number;
  label: string;
  color: string;
  shape: 'diamond' | 'circle' | 'square';
}

/** The horizontal axis at y = 0 across the plot, labelled "0" on its left. */
function zeroAxis(ctx: Ctx, px: number, y0: number, plotW: number, font: typeof FONTS.small): void {
  ctx.strokeStyle = COLORS.ink;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(px - 4, y0);
  ctx.lineTo(px + plotW, y0);
  ctx.stroke();
  setFont(ctx, font);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillStyle = COLORS.muted;
  ctx.fillText('0', px - 6, y0);
}

function drawMarker(ctx: Ctx, m: Marker, x: number, y: number): void {
  ctx.fillStyle = m.color;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (m.shape === 'circle') ctx.arc(x, y, 6, 0, 2 * Math.PI);
  else if (m.shape === 'square') ctx.rect(x - 5.5, y - 5.5, 11, 11);
  else {
    ctx.moveTo(x, y - 7.5);
    ctx.lineTo(x + 7.5, y);
    ctx.lineTo(x, y + 7.5);
    ctx.lineTo(x - 7.5, y);
    ctx.closePath();
  }
  ctx.fill();
  ctx.stroke();
}

/**
 * A horizontal number line with one lane per marker (labels never collide: each has its own row),
 * zero marked when it is in range.
 */
export function numberLine(markers: Marker[], width: number): Box {
  const font = FONTS.small;
  const lane = font.size + 10;
  const labelWs = markers.map((m) => textWidth(m.label, font));
  const margin = Math.max(20, ...labelWs.map((w) => w / 2 + 4));
  const values = markers.map((m) => (Number.isFinite(m.value) ? m.value : Math.sign(m.value) * 1e300));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo > 0 && lo < (hi - lo) * 0.6) lo = 0;
  if (hi < 0 && -hi < (hi - lo) * 0.6) hi = 0;
  if (hi === lo) {
    const d = Math.abs(hi) * 0.5 || 1;
    lo -= d;
    hi += d;
  }
  const padV = (hi - lo) * 0.08;
  lo -= padV;
  hi += padV;
  const xRel = (v: number): number => margin + ((v - lo) / (hi - lo)) * (width - 2 * margin);
  // Markers at the same place (equality) are stacked upward so each stays visible; the lanes start above them.
  const stack = values.map((v, k) => values.slice(0, k).filter((u) => Math.abs(xRel(u) - xRel(v)) < 10).length);
  const axisY = markers.length * lane + 10 + 15 * Math.max(0, ...stack);
  const h = axisY + 26;
  return {
    w: width,
    h,
    draw(ctx, x, y) {
      const xOf = (v: number): number => x + xRel(v);
      const ay = y + axisY;
      ctx.strokeStyle = COLORS.ink;
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      ctx.moveTo(x + margin - 10, ay);
      ctx.lineTo(x + width - margin + 10, ay);
      ctx.stroke();
      // arrow head: the line goes on
      ctx.beginPath();
      ctx.moveTo(x + width - margin + 10, ay);
      ctx.lineTo(x + width - margin + 4, ay - 4);
      ctx.lineTo(x + width - margin + 4, ay + 4);
      ctx.closePath();
      ctx.fillStyle = COLORS.ink;
      ctx.fill();
      setFont(ctx, font);
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      if (lo <= 0 && hi >= 0) {
        const zx = xOf(0);
        ctx.beginPath();
        ctx.moveTo(zx, ay - 5);
        ctx.lineTo(zx, ay + 5);
        ctx.stroke();
        ctx.fillStyle = COLORS.muted;
        ctx.fillText('0', zx, ay + 15);
      }
      markers.forEach((m, k) => {
        const mx = xOf(values[k]);
        const ly = y + k * lane + lane / 2;
        ctx.strokeStyle = COLORS.faint;
        ctx.lineWidth = 1;
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(mx, ly + font.size / 2 + 2);
        ctx.lineTo(mx, ay);
        ctx.stroke();
        ctx.setLineDash([]);
        const half = labelWs[k] / 2;
        const lx = Math.min(Math.max(mx, x + half), x + width - half);
        ctx.fillStyle = m.color;
        ctx.fillText(m.label, lx, ly);
      });
      markers.forEach((m, k) => {
        const mx = xOf(values[k]);
        const same = stack[k];
        // "=" only for equal values; values merely too close to tell apart on this scale are just stacked.
        if (same && values.slice(0, k).includes(values[k])) {
          ctx.fillStyle = COLORS.ink;
          ctx.fillText('=', mx + 14, ay - same * 15 + 7);
        }
        drawMarker(ctx, m, mx, ay - same * 15);
      });
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}

/** The marker symbol alone, for a legend. */
export function markerBox(m: Marker): Box {
  return { w: 16, h: 16, draw: (ctx, x, y) => drawMarker(ctx, m, x + 8, y + 8) };
}
