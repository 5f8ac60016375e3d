/**
 * The schur figure (Figure 2 of the reference article, done well): A ⪰ 0 and B ⪰ 0 ⇒ A∘B ⪰ 0 as
 * three boxes, each with its verdict and smallest eigenvalue, and a contrast panel for the ordinary
 * product AB. When a hypothesis fails, the figure says the theorem does not apply.
 */
import type { MatrixData, PsdVerdict, SchurData } from '../data.js';
import type { Figure } from '../types.js';
import { zeroLabel } from '../numbers/scalar.js';
import { displayZero } from './charts.js';
import { formatEntryShort, prettyNumbersIn } from './entries.js';
import { t } from '../i18n/index.js';
import {
  column,
  heading,
  panel,
  paragraph,
  renderCard,
  row,
  spacer,
  text,
  type Box,
  type FigureOptions,
} from './layout.js';
import { RASTER_ABOVE, describeShape, glyphCount, heatChoice, heatmap, matrixBox } from './matrix.js';
import { vectorLine } from './psd.js';
import { COLORS, FONTS, contentWidth, type FontSpec } from './theme.js';
import { mathLine, verdictBadge, verdictStyle, verdictWords } from './words.js';

type Key = 'A' | 'B' | 'AB' | 'ordinaryAB';

/** Side from which the schur figure draws all four matrices as heatmaps. */
export const SCHUR_HEAT_FROM = 7;
/** Most digits the contrast panel draws AB with; past them AB is a heatmap. */
const CONTRAST_MAX_GLYPHS = 40;

const JUDGED: PsdVerdict[] = ['pd', 'psd', 'not_psd'];

function lambdaMin(d: SchurData, key: Key): string | null {
  const v = d.verdicts[key];
  const eigs = d.eigenvalues[key];
  if (!v || !JUDGED.includes(v) || !eigs.length) return null;
  const label = d.smallestEigenvalueLabels?.[key];
  if (label) return prettyNumbersIn(label);
  return zeroLabel(eigs[0], displayZero(eigs, d.tolerance), d.exact) ?? formatEntryShort(eigs[0] ?? 0, 7);
}

/**
 * "λmin = 0.5", "λmin ≈0 (|λ| < 10⁻³⁰)", "λmin ∈ [−3.7×10¹⁵⁰, −1.4×10¹¹⁵]", "0 < λmin < 10⁻¹³": a label as the
 * text writes it, said of `name`.
 */
function lambdaPhrase(name: string, label: string): string {
  // The labels' words are in the answer's language: their prefixes come from the same catalogue.
  const between = t('eigen.between', { lo: '\u0000', hi: '' }).split('\u0000')[0];
  const below = t('eigen.positiveBelow', { bound: '\u0000' }).split('\u0000')[0];
  if (label.startsWith('≈')) return `${name} ${label}`;
  if (between && label.startsWith(between)) return `${name} ∈ [${label.slice(between.length)}`;
  if (below && label.startsWith(below)) return `0 < ${name} < ${label.slice(below.length)}`;
  return `${name} = ${label}`;
}

/** Two panels side by side: a smaller font from 5×5 on keeps them compact. */
function entryFont(m: MatrixData): FontSpec {
  return m.length > 4 ? { size: 13 } : FONTS.entry;
}

/** Widest panel content that lets the A and B panels share a line on the card ("and" between them). */
function slotWidth(): number {
  return Math.floor((contentWidth() - 2 * 12 - 28) / 2) - 2 * 12;
}

/** Heatmap cell size: the colour bar and its labels first, the grid gets the rest of the slot (≤ 18 px). */
function heatCell(ms: MatrixData[]): number {
  const n = Math.max(...ms.map((m) => Math.max(m.length, m[0]?.length ?? 1)));
  const extra = Math.max(...ms.map((m) => heatmap(m, { cell: 1 }).w - (m[0]?.length ?? 1)));
  // Matrices from files (up to 256×256) are drawn as images: cells may be a fraction of a pixel (quarter steps).
  if (n > RASTER_ABOVE) return Math.max(0.25, Math.floor((4 * (slotWidth() - extra)) / n) / 4);
  return Math.max(4, Math.min(18, Math.floor((slotWidth() - extra) / n)));
}

function matrixPanel(
  d: SchurData,
  key: Key,
  title: string,
  m: MatrixData,
  maxChars: number,
  heat: boolean,
  cell: number,
): Box {
  const v = d.verdicts[key];
  const [a, b] = d.labels;
  const name = key === 'A' ? a : key === 'B' ? b : key === 'AB' ? `(${a}∘${b})` : `(${a}${b})`;
  const items: Box[] = [
    text(title, FONTS.label),
    matrixBox(m, { maxChars, font: entryFont(m), cell }, heat, contentWidth() - 24),
    verdictBadge(v, null, FONTS.badge, slotWidth()),
  ];
  const lmin = lambdaMin(d, key);
  if (lmin) items.push(text(lambdaPhrase('λmin', lmin), FONTS.small, COLORS.muted));
  const w = d.witnesses?.[key];
  if (v === 'not_psd' && w) {
    items.push(vectorLine('x', w.x, slotWidth(), COLORS.vermillionText));
    items.push(mathLine([`xᵀ${name}x = `, { entry: w.value, color: COLORS.vermillionText }, ' < 0'], FONTS.small));
  }
  return column(items, 8, 'center');
}

/** A panel `width` × `height` inside (content centred at the top), its border the colour of its verdict. */
function framed(b: Box, v: PsdVerdict | null, width: number, height: number): Box {
  return panel(
    { ...centred(b, width), h: Math.max(height, b.h) },
    {
      fill: COLORS.card,
      stroke: verdictStyle(v).stroke,
      lineWidth: 1.5,
      radius: 10,
      padding: 12,
    },
  );
}

/** A box centred in a slot at least `width` wide. */
function centred(b: Box, width: number): Box {
  const w = Math.max(width, b.w);
  return { w, h: b.h, draw: (ctx, x, y) => b.draw(ctx, x + (w - b.w) / 2, y) };
}

/**
 * Which of A, B, A∘B, AB the schur figure draws as heatmaps. Four matrices and much text: a smaller
 * digit budget than the other figures, sparing A∘B longest. From 7×7 on, all four are heatmaps: four
 * grids of 49–64 numbers made a ~2200×1450 px, ~180 KB figure that took ~90 ms to draw and encode
 * (notes/render.md), and a mix of grids and heatmaps compares badly. The numbers are in the text
 * answer; this figure is about the verdicts and λmin.
 */
export function schurHeatChoice(all: MatrixData[], maxChars: number): boolean[] {
  if ((all[0]?.length ?? 0) >= SCHUR_HEAT_FROM) return all.map(() => true);
  return heatChoice(all, maxChars, [2], 320);
}

export async function renderSchurFigure(d: SchurData, options: FigureOptions = {}): Promise<Figure> {
  const [a, b] = d.labels;
  const ab = `${a}∘${b}`;
  const n = d.matrices.A.length;
  const maxChars = n <= 2 ? 10 : n <= 4 ? 8 : 7;
  const all = [d.matrices.A, d.matrices.B, d.matrices.AB, d.matrices.ordinaryAB ?? []];
  const heat = schurHeatChoice(all, maxChars);
  // The contrast is about AB's verdict: its numbers only while they are few (a 3×3 of small integers).
  if (d.matrices.ordinaryAB && glyphCount(d.matrices.ordinaryAB, maxChars) > CONTRAST_MAX_GLYPHS) heat[3] = true;
  const rel = d.strongHypothesis ? '≻' : '⪰';
  const statement = t(d.strongHypothesis ? 'schurFig.statementStrong' : 'schurFig.statement', { a, b, ab });

  // A and B side by side (stacked when they do not fit), then ⇓ and A∘B under them: three equal panels.
  // Heatmaps by choice or because numbers would not fit the card share one cell size.
  const cell = heatCell(all.filter((m) => m.length));
  const panelsOf = (h: boolean[]): Record<'A' | 'B' | 'AB', Box> => ({
    A: matrixPanel(d, 'A', t('schurFig.is', { m: a, rel }), d.matrices.A, maxChars, h[0], cell),
    B: matrixPanel(d, 'B', t('schurFig.is', { m: b, rel }), d.matrices.B, maxChars, h[1], cell),
    AB: matrixPanel(d, 'AB', t('schurFig.then', { m: ab, rel }), d.matrices.AB, maxChars, h[2], cell),
  });
  const and = text(t('schurFig.and'), FONTS.body, COLORS.muted);
  const fits = (p: Record<'A' | 'B' | 'AB', Box>): boolean =>
    2 * (Math.max(p.A.w, p.B.w, p.AB.w) + 24) + and.w + 2 * 12 <= contentWidth();
  let inner = panelsOf(heat);
  // Numbers too wide for A and B to share a line (5×5 of fractions): all four as heatmaps, as from 7×7,
  // rather than three tall panels one under the other (a figure three phone screens long).
  if (!fits(inner) && !heat.slice(0, 3).every(Boolean)) {
    heat.fill(true);
    inner = panelsOf(heat);
  }
  const slot = Math.max(inner.A.w, inner.B.w, inner.AB.w);
  const sideBySide = fits(inner);
  const tall = sideBySide ? Math.max(inner.A.h, inner.B.h) : 0;
  const [pA, pB, pAB] = (['A', 'B', 'AB'] as const).map((k) =>
    framed(inner[k], d.verdicts[k], slot, k === 'AB' ? 0 : tall),
  );
  const pair = sideBySide ? row([pA, and, pB], 12) : column([pA, and, pB], 6, 'center');
  const arrowColor = d.hypothesis ? COLORS.ink : COLORS.faint;
  const connector = row(
    [
      text('⇓', { size: 28 }, arrowColor),
      text(
        t(d.hypothesis ? 'schurFig.applies' : 'schurFig.notApplies'),
        FONTS.small,
        d.hypothesis ? COLORS.muted : COLORS.vermillionText,
      ),
    ],
    8,
  );
  const boxes = column([pair, connector, pAB], 6, 'center');

  const failed = (['A', 'B'] as const).filter((k) => !JUDGED.slice(0, 2).includes(d.verdicts[k]));
  const lminAB = lambdaMin(d, 'AB');
  let conclusion: Box;
  if (d.hypothesis) {
    const claim = t(d.strongHypothesis ? 'schurFig.claimStrong' : 'schurFig.claim', { a, b, ab });
    conclusion = paragraph(
      `✓ ${claim}${lminAB ? t('schurFig.indeed', { fact: lambdaPhrase(`λmin(${ab})`, lminAB) }) : ''}.`,
      FONTS.body,
      COLORS.blueText,
    );
  } else {
    const whos = failed.map((k) =>
      t('schurFig.isVerdict', { name: d.labels[k === 'A' ? 0 : 1], verdict: verdictWords(d.verdicts[k]) }),
    );
    const who = whos.length === 2 ? t('schurFig.both', { first: whos[0], second: whos[1] }) : whos.join('');
    conclusion = column(
      [
        paragraph(t('schurFig.fails', { who }), FONTS.body, COLORS.vermillionText),
        paragraph(t('schurFig.saysNothing', { ab, verdict: verdictWords(d.verdicts.AB) }), FONTS.body, COLORS.ink),
      ],
      4,
    );
  }

  const parts: Box[] = [heading(t('schur.title'), statement), spacer(1, 4), boxes, conclusion];
  if (d.matrices.ordinaryAB && d.verdicts.ordinaryAB) {
    const v = d.verdicts.ordinaryAB;
    const lmin = lambdaMin(d, 'ordinaryAB');
    const note = v === 'pd' || v === 'psd' ? t('schurFig.luck', { ord: `${a}${b}` }) : t('schurFig.needNot');
    const inside = contentWidth() - 24;
    const abBox = matrixBox(
      d.matrices.ordinaryAB,
      { maxChars, font: entryFont(d.matrices.ordinaryAB), cell },
      heat[3],
      inside,
    );
    // The verdict beside the matrix when there is room for its words, else under it.
    const besideW = inside - abBox.w - 16;
    const verdict = column(
      [
        verdictBadge(v, null, FONTS.badge, besideW >= 150 ? besideW : inside),
        ...(lmin ? [text(lambdaPhrase('λmin', lmin), FONTS.small, COLORS.muted)] : []),
      ],
      6,
    );
    const contrast = column(
      [
        paragraph(t('schurFig.contrast', { ord: `${a}${b}` }), FONTS.caption, COLORS.ink, inside),
        besideW >= 150 ? row([abBox, verdict], 16, 'center') : column([abBox, verdict], 8),
        paragraph(note, FONTS.small, COLORS.muted, inside),
        paragraph(t('schurFig.about', { ab, ord: `${a}${b}` }), FONTS.small, COLORS.muted, inside),
      ],
      8,
    );
    parts.push(panel(contrast, { fill: COLORS.panel, stroke: COLORS.faint, radius: 10, padding: 12 }));
  }
  if (d.identityCheck) {
    const c = d.identityCheck;
    parts.push(
      paragraph(
        t('schurFig.identity', {
          ab,
          a,
          check: `${formatEntryShort(c.lhs, 9)} ${c.agree ? '=' : '≠'} ${formatEntryShort(c.rhs, 9)} ${c.agree ? '✓' : '✗'}`,
        }),
        FONTS.small,
        COLORS.muted,
      ),
    );
  }
  parts.push(
    paragraph(
      d.exact
        ? t('schurFig.exact')
        : d.certified
          ? t('schurFig.provedBy', {
              list: (['A', 'B', 'AB'] as const)
                .map((k) =>
                  t(d.kinds?.[k] === 'certified' ? 'schurFig.withEnclosures' : 'schurFig.exactly', {
                    m: k === 'AB' ? 'A∘B' : k,
                  }),
                )
                .join(', '),
            })
          : d.tolerance
            ? t('schurFig.floatTolerance', { tolerance: formatEntryShort(d.tolerance, 9) })
            : t('schurFig.float'),
      FONTS.small,
      COLORS.muted,
    ),
  );
  const body = column(parts, 12);

  const sentence = (k: Key, label: string): string => {
    const lmin = lambdaMin(d, k);
    return `${t('schurFig.isVerdict', { name: label, verdict: verdictWords(d.verdicts[k]) })}${lmin ? t('schurFig.smallest', { value: lmin }) : ''}`;
  };
  const alt = [
    t('schurFig.alt1', { shape: describeShape(d.matrices.A), statement }),
    `${sentence('A', a)}; ${sentence('B', b)}; ${sentence('AB', ab)}.`,
    t(d.hypothesis ? 'schurFig.altHolds' : 'schurFig.altFails'),
    d.verdicts.ordinaryAB
      ? t('schurFig.altContrast', { ord: `${a}${b}`, verdict: verdictWords(d.verdicts.ordinaryAB) })
      : '',
  ].join(' ');
  return renderCard(body, 'schur.png', alt, options);
}
