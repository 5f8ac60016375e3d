/**
 * `apply taper`: the covariance A, the taper B and A∘B as heat grids on one diverging scale, side by side with ∘ and
 * =, each with its verdict in words and symbol and its smallest eigenvalue; exactly-zero entries are hatched, so the
 * band the taper leaves shows. At most 520 px wide (the card width).
 */
import type { PsdVerdict, TaperData } from '../data.js';
import type { Figure } from '../types.js';
import { contentWidth, colourBar, divergingCell, heatGrid, paragraph, short } from './apply-kit.js';
import { entryToNumber, isZero } from './entries.js';
import { column, heading, panel, renderCard, row, text, type Box, type FigureOptions } from './layout.js';
import { divergingColor } from './matrix.js';
import { COLORS, FONTS } from './theme.js';
import { verdictStyle } from './words.js';

const SLOT = 138;

/** The verdict in a short badge that fits a 138 px column: symbol and words. */
function shortBadge(v: PsdVerdict, rank: number | null): Box {
  const s = verdictStyle(v, rank);
  const words =
    v === 'pd' ? 'positive definite' : v === 'psd' ? `PSD, rank ${rank ?? '?'}` : v === 'not_psd' ? 'not PSD' : s.words;
  return panel(text(`${s.symbol} ${words}`, { size: 12, bold: true }, s.ink), {
    fill: s.fill,
    stroke: s.stroke,
    lineWidth: 1.5,
    radius: 10,
    padding: 4,
  });
}

export async function renderTaperFigure(d: TaperData, options: FigureOptions = {}): Promise<Figure> {
  const n = d.A.length;
  const all = [d.A, d.B, d.product].map((m) => m.map((r) => r.map(entryToNumber)));
  const scale = Math.max(1e-300, ...all.flat(2).map(Math.abs));
  const cell = Math.max(1, Math.floor(SLOT / n));
  const [la, lb] = d.labels;
  const names = [la, lb, `${la}∘${lb}`];
  const keys = ['A', 'B', 'product'] as const;
  const panels = [d.A, d.B, d.product].map((m, k) => {
    const grid = heatGrid(n, n, {
      cell,
      color: (i, j) => divergingCell(all[k][i][j], scale),
      masked: (i, j) => isZero(m[i][j]),
    });
    const lm = d.lambdaMin[keys[k]];
    return column(
      [
        text(names[k], FONTS.label),
        grid,
        shortBadge(d.verdicts[keys[k]], d.ranks[keys[k]]),
        text(`λmin = ${lambdaText(lm)}`, FONTS.small, COLORS.muted),
      ],
      4,
      'center',
    );
  });
  const op = (s: string): Box => column([text(s, FONTS.operator, COLORS.muted)], 0);
  const gap = Math.max(0, Math.floor((contentWidth() - 3 * Math.max(SLOT, ...panels.map((p) => p.w))) / 2));
  const opW = (b: Box): Box => ({
    w: Math.max(b.w, gap),
    h: b.h,
    draw: (ctx, x, y) => b.draw(ctx, x + (Math.max(b.w, gap) - b.w) / 2, y),
  });
  const schur =
    d.verdicts.A !== 'not_psd' &&
    d.verdicts.A !== 'not_symmetric' &&
    d.verdicts.B !== 'not_psd' &&
    d.verdicts.B !== 'not_symmetric';
  const body = column(
    [
      heading(
        'Covariance tapering: A ∘ B',
        `${n}×${n} · ${d.exact ? 'exact verdicts' : 'floating point'} · λmin: floating evidence`,
      ),
      row([panels[0], opW(op('∘')), panels[1], opW(op('=')), panels[2]], 0, 'start'),
      row(
        [
          colourBar(170, (t) => divergingColor(2 * t - 1), [short(-scale, 2), '0', short(scale, 2)]),
          row(
            [
              heatGrid(1, 1, { cell: 14, color: () => ({ fill: '#ffffff', ink: COLORS.ink }), masked: () => true }),
              text('exactly 0', FONTS.small, COLORS.muted),
            ],
            6,
          ),
        ],
        24,
        'start',
      ),
      paragraph(
        `${d.describe[0]}; ${d.describe[1]}. ${d.zeros.product} of ${d.zeros.total} entries of ${la}∘${lb} are exactly 0. ${
          schur
            ? `${la} and ${lb} are positive semidefinite, so ${la}∘${lb} is too (Schur).`
            : `Schur's hypothesis fails here: no guarantee.`
        }`,
        FONTS.small,
        contentWidth(),
        COLORS.ink,
      ),
    ],
    10,
  );
  const words = (k: (typeof keys)[number]) => verdictStyle(d.verdicts[k], d.ranks[k]).words;
  const alt =
    `Covariance tapering on ${n}×${n} matrices, three heat grids on one colour scale: ${la} (${d.describe[0]}), ${words('A')}, smallest eigenvalue ${lambdaText(d.lambdaMin.A)}; ` +
    `${lb} (${d.describe[1]}), ${words('B')}, smallest eigenvalue ${lambdaText(d.lambdaMin.B)}; ` +
    `and ${la}∘${lb}, ${words('product')}, smallest eigenvalue ${lambdaText(d.lambdaMin.product)}, with ${d.zeros.product} of ${d.zeros.total} entries exactly zero (hatched), a band along the diagonal.` +
    (schur
      ? ' By the Schur product theorem the product of two positive semidefinite matrices is positive semidefinite.'
      : '');
  return renderCard(body, 'apply-taper.png', alt, options);
}

function lambdaText(v: number | null): string {
  return v === null ? 'not computed' : short(v, 3);
}
