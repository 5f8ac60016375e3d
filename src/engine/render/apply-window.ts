/**
 * `apply window`: the signal, the window and their entrywise product as three stacked strips, then the magnitude
 * spectra of the signal alone (dashed) and of x∘w (solid), in dB below each peak, with the far-field levels in
 * words. As wide as the card (520 px at most), panels stacked: phone-legible.
 */
import type { WindowData } from '../data.js';
import type { Figure } from '../types.js';
import { contentWidth, PANEL_FONT, legendItem, plot, short, type Series } from './apply-kit.js';
import { entryToNumber } from './entries.js';
import { column, heading, renderCard, text, type Box, type FigureOptions } from './layout.js';
import { COLORS, FONTS } from './theme.js';

function strip(label: string, values: number[], color: string, lastAxis: boolean, unit: boolean): Box {
  const max = Math.max(1e-300, ...values.map(Math.abs));
  const range: [number, number] = unit && Math.min(...values) >= 0 ? [0, Math.max(1, max)] : [-max, max];
  const n = values.length;
  const ticks = (k: number) => ({ at: k, label: String(k) });
  const xTicks = lastAxis ? [ticks(0), ticks(Math.round((n - 1) / 2)), ticks(n - 1)] : undefined;
  const yTicks = [
    { at: range[0], label: short(range[0], 2) },
    { at: range[1], label: short(range[1], 2) },
  ];
  return column(
    [
      text(label, PANEL_FONT, COLORS.muted),
      plot([{ values, color }], {
        width: contentWidth(),
        height: lastAxis ? 78 : 60,
        xRange: [0, n - 1],
        yRange: range,
        yTicks,
        xTicks,
        stems: n <= 64,
        zeroLine: true,
      }),
    ],
    2,
  );
}

export async function renderWindowFigure(d: WindowData, options: FigureOptions = {}): Promise<Figure> {
  const x = d.signal.map(entryToNumber);
  const w = d.windowValues.map(entryToNumber);
  const p = d.product.map(entryToNumber);
  const n = x.length;
  const floor = d.spectrum.floor;
  const lowest = Math.min(...d.spectrum.before, ...d.spectrum.after);
  const bottom = Math.max(floor, Math.floor(lowest / 20) * 20);
  const yTicks = Array.from({ length: Math.round(-bottom / 20) + 1 }, (_, k) => ({
    at: -20 * k,
    label: k === 0 ? '0 dB' : short(-20 * k),
  }));
  const before: Series = { values: d.spectrum.before, color: COLORS.vermillion, dash: [5, 3], width: 1.4 };
  const after: Series = { values: d.spectrum.after, color: COLORS.blue, width: 1.8 };
  const level = (v: number) => `${v <= floor ? '≤ ' : ''}${short(Math.round(v))} dB`;
  const leak = d.leakage;
  const spectrum = column(
    [
      text('Magnitude spectrum (dB below the peak)', PANEL_FONT, COLORS.muted),
      plot([before, after], {
        width: contentWidth(),
        height: 190,
        xRange: [0, 0.5],
        yRange: [bottom, 0],
        yTicks,
        xTicks: [0, 0.1, 0.2, 0.3, 0.4, 0.5].map((f) => ({ at: f, label: String(f) })),
        notes: d.builtIn ? [{ x: 20.25 / 64, y: -30, label: 'weak tone' }] : undefined,
      }),
      text('frequency, cycles per sample', FONTS.small, COLORS.muted),
      legendItem(
        COLORS.vermillion,
        `before: x alone${leak ? `, far from the peak ${level(leak.before)}` : ''}`,
        [5, 3],
      ),
      legendItem(COLORS.blue, `after: x∘w (${d.window})${leak ? `, far from the peak ${level(leak.after)}` : ''}`),
    ],
    3,
    'start',
  );
  const sub = `${n} samples${d.builtIn ? ' (built-in: a tone and one 40 dB weaker)' : ''} · x∘w ${d.exact ? 'exact' : 'numerical'}`;
  const body = column(
    [
      heading(`Windowing: x ∘ w, a ${d.window} window`, sub),
      strip('signal x', x, COLORS.ink, false, false),
      strip(`∘ window w (${d.window})`, w, COLORS.green, false, true),
      strip('= x ∘ w: each sample times the window value there', p, COLORS.blue, true, false),
      spectrum,
    ],
    6,
  );
  const alt =
    `Windowing a ${n}-sample signal with a ${d.window} window: three strips show the signal x, the window w (0 at both ends, 1 in the middle) and their entrywise product x∘w, which fades to 0 at both ends. ` +
    `Below, the magnitude spectra in dB: the signal alone (dashed) and x∘w (solid).` +
    (leak
      ? ` Far from the main peak the spectrum's typical level drops from ${level(leak.before)} before to ${level(leak.after)} after the window: less spectral leakage.`
      : '') +
    (d.builtIn ? ' With the window, the weak second tone stands out of the leakage.' : '');
  return renderCard(body, 'apply-window.png', alt, options);
}
