/**
 * `apply window`: the signal, the window and their entrywise product as three stacked strips, then the magnitude
 * spectra of the signal alone (dashed) and of x∘w (solid), in dB below each peak, with the far-field levels in
 * words. As wide as the card (520 px at most), panels stacked: phone-legible.
 */
import type { WindowData } from '../data.js';
import type { Figure } from '../types.js';
import { t } from '../i18n/index.js';
import { contentWidth, PANEL_FONT, legendItem, paragraph, plot, short, type Series } from './apply-kit.js';
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
      // Wrapped: a longer language's label stays inside the card.
      paragraph(label, PANEL_FONT, contentWidth(), COLORS.muted),
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
      paragraph(t('applyFig.window.spectrum'), PANEL_FONT, contentWidth(), COLORS.muted),
      plot([before, after], {
        width: contentWidth(),
        height: 190,
        xRange: [0, 0.5],
        yRange: [bottom, 0],
        yTicks,
        xTicks: [0, 0.1, 0.2, 0.3, 0.4, 0.5].map((f) => ({ at: f, label: String(f) })),
        notes: d.builtIn ? [{ x: 20.25 / 64, y: -30, label: t('applyFig.window.weakTone') }] : undefined,
      }),
      text(t('applyFig.window.frequency'), FONTS.small, COLORS.muted),
      legendItem(
        COLORS.vermillion,
        leak ? t('applyFig.window.beforeFar', { level: level(leak.before) }) : t('applyFig.window.before'),
        [5, 3],
      ),
      legendItem(
        COLORS.blue,
        t(leak ? 'applyFig.window.afterFar' : 'applyFig.window.after', {
          window: d.window,
          level: leak ? level(leak.after) : '',
        }),
      ),
    ],
    3,
    'start',
  );
  const sub = t(d.builtIn ? 'applyFig.window.subBuiltIn' : 'applyFig.window.sub', {
    n: String(n),
    exact: d.exact ? 'yes' : 'no',
  });
  const body = column(
    [
      heading(t('applyFig.window.heading', { window: d.window }), sub),
      strip(t('applyFig.window.signal'), x, COLORS.ink, false, false),
      strip(t('applyFig.window.window', { window: d.window }), w, COLORS.green, false, true),
      strip(t('applyFig.window.product'), p, COLORS.blue, true, false),
      spectrum,
    ],
    6,
  );
  const alt = [
    t('applyFig.window.alt', { n: String(n), window: d.window }),
    t('applyFig.window.altSpectra'),
    ...(leak ? [t('applyFig.window.altLeak', { before: level(leak.before), after: level(leak.after) })] : []),
    ...(d.builtIn ? [t('applyFig.window.altWeak')] : []),
  ].join(' ');
  return renderCard(body, 'apply-window.png', alt, options);
}
