/**
 * `apply taper`: the covariance A, the taper B and A∘B as heat grids on one diverging scale, side by side with ∘ and
 * =, each with its verdict in words and symbol and its smallest eigenvalue; exactly-zero entries are hatched, so the
 * band the taper leaves shows. At most 520 px wide (the card width).
 */
import type { PsdVerdict, TaperData } from '../data.js';
import type { Figure } from '../types.js';
import { t } from '../i18n/index.js';
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
    v === 'pd'
      ? t('verdict.pd')
      : v === 'psd'
        ? t('applyFig.taper.psdRank', { rank: String(rank ?? '?') })
        : v === 'not_psd'
          ? t('applyFig.taper.notPsd')
          : s.words;
  // Wrapped to the column: a longer language's verdict takes two lines rather than widening the figure.
  return panel(paragraph(`${s.symbol} ${words}`, { size: 12, bold: true }, SLOT, s.ink), {
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
        t('applyFig.taper.heading'),
        t(d.exact ? 'applyFig.taper.subExact' : 'applyFig.taper.subFloat', { n: String(n) }),
      ),
      row([panels[0], opW(op('∘')), panels[1], opW(op('=')), panels[2]], 0, 'start'),
      row(
        [
          colourBar(170, (t) => divergingColor(2 * t - 1), [short(-scale, 2), '0', short(scale, 2)]),
          row(
            [
              heatGrid(1, 1, { cell: 14, color: () => ({ fill: '#ffffff', ink: COLORS.ink }), masked: () => true }),
              text(t('applyFig.taper.zero'), FONTS.small, COLORS.muted),
            ],
            6,
          ),
        ],
        24,
        'start',
      ),
      paragraph(
        t('applyFig.taper.paragraph', {
          describeA: d.describe[0],
          describeB: d.describe[1],
          zeros: String(d.zeros.product),
          total: String(d.zeros.total),
          ab: `${la}∘${lb}`,
          schur: schur ? t('applyFig.taper.schur', { a: la, b: lb, ab: `${la}∘${lb}` }) : t('applyFig.taper.noSchur'),
        }),
        FONTS.small,
        contentWidth(),
        COLORS.ink,
      ),
    ],
    10,
  );
  const words = (k: (typeof keys)[number]) => verdictStyle(d.verdicts[k], d.ranks[k]).words;
  const alt =
    t('applyFig.taper.alt', {
      n: String(n),
      a: la,
      describeA: d.describe[0],
      verdictA: words('A'),
      lambdaA: lambdaText(d.lambdaMin.A),
      b: lb,
      describeB: d.describe[1],
      verdictB: words('B'),
      lambdaB: lambdaText(d.lambdaMin.B),
      ab: `${la}∘${lb}`,
      verdictAB: words('product'),
      lambdaAB: lambdaText(d.lambdaMin.product),
      zeros: String(d.zeros.product),
      total: String(d.zeros.total),
    }) + (schur ? ` ${t('applyFig.taper.altSchur')}` : '');
  return renderCard(body, 'apply-taper.png', alt, options);
}

function lambdaText(v: number | null): string {
  return v === null ? t('apply.taper.notComputed') : short(v, 3);
}
