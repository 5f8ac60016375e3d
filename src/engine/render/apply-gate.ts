/**
 * `apply gate`: one row per memory cell, seven columns: cₜ₋₁, the forget gate f, what is kept (f∘cₜ₋₁), the input
 * gate i, the candidate g, what is written (i∘g), and the new state cₜ. Gates are gauges from 0 to 1 (filled
 * share, number on top); values are bars from a centre line (right positive, left negative, the signed number on
 * top), all on one scale. At most 520 px wide (the card width).
 */
import type { GateData } from '../data.js';
import type { Figure } from '../types.js';
import { t } from '../i18n/index.js';
import { contentWidth, PANEL_FONT, paragraph, short } from './apply-kit.js';
import { entryToNumber } from './entries.js';
import { column, heading, renderCard, setFont, textWidth, type Box, type FigureOptions } from './layout.js';
import { COLORS, FONTS } from './theme.js';

const HEADERS = ['cₜ₋₁', 'f', 'f∘cₜ₋₁', 'i', 'g', 'i∘g', 'cₜ'];
const GATE_COLUMNS = new Set([1, 3]);

function table(cols: number[][], d: number): Box {
  const font = FONTS.small;
  const labelW = 26;
  const colW = Math.floor((contentWidth() - labelW) / HEADERS.length);
  const numbers = d <= 24;
  const rowH = numbers ? 34 : Math.max(3, Math.floor(600 / d));
  const headH = 2 * (PANEL_FONT.size + 6);
  const valueScale = Math.max(1, ...[0, 2, 4, 5, 6].flatMap((c) => cols[c].map(Math.abs)).filter(Number.isFinite));
  return {
    w: labelW + colW * HEADERS.length,
    h: headH + rowH * d,
    draw(ctx, x0, y0) {
      const x = Math.round(x0);
      const y = Math.round(y0);
      // Group captions over the columns they explain, then the column names.
      setFont(ctx, PANEL_FONT);
      ctx.textBaseline = 'top';
      ctx.textAlign = 'center';
      const groups: [number, number, string, string][] = [
        [0, 3, t('applyFig.gate.keep'), COLORS.greenText],
        [3, 6, t('applyFig.gate.write'), COLORS.blueText],
        [6, 7, t('applyFig.gate.sum'), COLORS.ink],
      ];
      for (const [a, b, words, colour] of groups) {
        ctx.fillStyle = colour;
        ctx.fillText(words, x + labelW + ((a + b) / 2) * colW, y);
        ctx.strokeStyle = COLORS.faint;
        ctx.beginPath();
        ctx.moveTo(x + labelW + a * colW + 6, y + PANEL_FONT.size + 3.5);
        ctx.lineTo(x + labelW + b * colW - 6, y + PANEL_FONT.size + 3.5);
        ctx.stroke();
      }
      ctx.fillStyle = COLORS.ink;
      HEADERS.forEach((h, c) => ctx.fillText(h, x + labelW + c * colW + colW / 2, y + PANEL_FONT.size + 7));
      setFont(ctx, font);
      for (let k = 0; k < d; k++) {
        const ry = y + headH + k * rowH;
        if (k % 2 === 1) {
          ctx.fillStyle = COLORS.panel;
          ctx.fillRect(x, ry, labelW + colW * HEADERS.length, rowH);
        }
        if (numbers) {
          ctx.fillStyle = COLORS.muted;
          ctx.textAlign = 'right';
          ctx.textBaseline = 'middle';
          ctx.fillText(String(k + 1), x + labelW - 8, ry + rowH / 2);
        }
        HEADERS.forEach((_, c) => {
          const v = cols[c][k];
          const cx = x + labelW + c * colW;
          const barY = numbers ? ry + 20 : ry + 1;
          const barH = numbers ? 8 : Math.max(1, rowH - 2);
          const inner = colW - 12;
          if (GATE_COLUMNS.has(c)) {
            // A gauge: the share that passes.
            ctx.fillStyle = COLORS.faint;
            ctx.fillRect(cx + 6, barY, inner, barH);
            ctx.fillStyle = COLORS.green;
            ctx.fillRect(cx + 6, barY, Math.max(0, Math.min(1, v)) * inner, barH);
          } else {
            const mid = cx + colW / 2;
            const len = (Math.abs(v) / valueScale) * (inner / 2);
            ctx.fillStyle = COLORS.faint;
            ctx.fillRect(mid - 0.5, barY - 2, 1, barH + 4);
            ctx.fillStyle = v >= 0 ? COLORS.blue : COLORS.vermillion;
            ctx.fillRect(v >= 0 ? mid : mid - len, barY, len, barH);
          }
          if (numbers) {
            const label = short(v, 3);
            ctx.fillStyle = GATE_COLUMNS.has(c) ? COLORS.greenText : v < 0 ? COLORS.vermillionText : COLORS.ink;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'top';
            const w = textWidth(label, font);
            ctx.fillText(w > colW - 2 ? short(v, 2) : label, cx + colW / 2, ry + 4);
          }
        });
      }
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}

export async function renderGateFigure(d: GateData, options: FigureOptions = {}): Promise<Figure> {
  const cols = [d.cPrev, d.f, d.kept, d.i, d.g, d.written, d.c].map((v) => v.map(entryToNumber));
  const n = d.c.length;
  const sub = t(d.builtIn ? 'applyFig.gate.subBuiltIn' : 'applyFig.gate.sub', {
    n,
    seed: String(d.seed),
    exact: d.exact ? 'yes' : 'no',
  });
  const body = column(
    [
      heading(t('applyFig.gate.heading'), sub),
      table(cols, n),
      paragraph(t('applyFig.gate.paragraph'), FONTS.small, contentWidth(), COLORS.muted),
    ],
    10,
  );
  const fmt = (k: number) => cols.map((c) => short(c[k], 3));
  const rowsText = Array.from({ length: Math.min(n, 8) }, (_, k) => {
    const [c0, f, kept, i, g, w, c] = fmt(k);
    return t('applyFig.gate.cell', { k: String(k + 1), f, c0, kept, i, g, written: w, c });
  }).join('; ');
  const alt = t('applyFig.gate.alt', { n: String(n), rows: rowsText, more: n > 8 ? '; …' : '' });
  return renderCard(body, 'apply-gate.png', alt, options);
}
