/**
 * The schur figure (Figure 2 of the reference article, done well): A ⪰ 0 and B ⪰ 0 ⇒ A∘B ⪰ 0 as
 * three boxes, each with its verdict and smallest eigenvalue, and a contrast panel for the ordinary
 * product AB. When a hypothesis fails, the figure says the theorem does not apply.
 */
import type { MatrixData, PsdVerdict, SchurData } from '../data.js';
import type { Figure } from '../types.js';
import { zeroLabel } from '../numbers/scalar.js';
import { displayZero } from './charts.js';
import { formatEntryShort } from './entries.js';
import { column, flow, heading, panel, renderCard, row, spacer, text, type Box, type FigureOptions } from './layout.js';
import { RASTER_ABOVE, describeShape, heatChoice, matrixBox } from './matrix.js';
import { vectorLine } from './psd.js';
import { COLORS, FONTS, MAX_WIDTH, type FontSpec } from './theme.js';
import { mathLine, verdictBadge, verdictStyle, verdictWords } from './words.js';

type Key = 'A' | 'B' | 'AB' | 'ordinaryAB';

/** Side from which the schur figure draws all four matrices as heatmaps. */
export const SCHUR_HEAT_FROM = 7;

const JUDGED: PsdVerdict[] = ['pd', 'psd', 'not_psd'];

function lambdaMin(d: SchurData, key: Key): string | null {
  const v = d.verdicts[key];
  const eigs = d.eigenvalues[key];
  if (!v || !JUDGED.includes(v) || !eigs.length) return null;
  return zeroLabel(eigs[0], displayZero(eigs, d.tolerance), d.exact) ?? formatEntryShort(eigs[0], 7);
}

/** Four matrices side by side: a smaller font from 5×5 on keeps the figure compact. */
function entryFont(m: MatrixData): FontSpec {
  return m.length > 4 ? { size: 13 } : FONTS.entry;
}

/** Four heatmaps in one figure: smaller cells (about 150 px a side) than a lone heatmap. */
function heatCell(m: MatrixData): number {
  const side = Math.max(m.length, m[0]?.length ?? 1);
  // Matrices from files (up to 256×256) are drawn as images about 128 px a side (blocks of 2×2 entries at 256).
  if (side > RASTER_ABOVE) return Math.max(0.25, Math.floor((4 * 156) / side) / 4);
  return Math.max(6, Math.min(18, Math.floor(156 / side)));
}

function matrixPanel(d: SchurData, key: Key, title: string, m: MatrixData, maxChars: number, heat: boolean): Box {
  const v = d.verdicts[key];
  const [a, b] = d.labels;
  const name = key === 'A' ? a : key === 'B' ? b : key === 'AB' ? `(${a}∘${b})` : `(${a}${b})`;
  const items: Box[] = [
    text(title, FONTS.label),
    matrixBox(m, { maxChars, font: entryFont(m), cell: heatCell(m) }, heat),
    verdictBadge(v, null, FONTS.badge),
  ];
  const lmin = lambdaMin(d, key);
  if (lmin) items.push(text(`λmin ${lmin.startsWith('≈') ? lmin : '= ' + lmin}`, FONTS.small, COLORS.muted));
  const w = d.witnesses?.[key];
  if (v === 'not_psd' && w) {
    items.push(vectorLine('x', w.x, 260, COLORS.vermillionText));
    items.push(mathLine([`xᵀ${name}x = `, { entry: w.value, color: COLORS.vermillionText }, ' < 0'], FONTS.small));
  }
  return panel(column(items, 8, 'center'), {
    fill: COLORS.card,
    stroke: verdictStyle(v).stroke,
    lineWidth: 1.5,
    radius: 10,
    padding: 12,
  });
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
  const rel = d.strongHypothesis ? '≻' : '⪰';
  const statement = d.strongHypothesis
    ? `${a} ≻ 0 and ${b} ≻ 0 ⇒ ${ab} ≻ 0 (strong form: positive definite)`
    : `${a} ⪰ 0 and ${b} ⪰ 0 ⇒ ${ab} ⪰ 0`;

  const arrowColor = d.hypothesis ? COLORS.ink : COLORS.faint;
  const arrow = column(
    [
      text('⇒', { size: 34 }, arrowColor),
      text(d.hypothesis ? 'theorem' : 'does not', FONTS.small, d.hypothesis ? COLORS.muted : COLORS.vermillionText),
      text(d.hypothesis ? 'applies' : 'apply', FONTS.small, d.hypothesis ? COLORS.muted : COLORS.vermillionText),
    ],
    0,
    'center',
  );
  const groups: Box[] = [
    matrixPanel(d, 'A', `Is ${a} ${rel} 0?`, d.matrices.A, maxChars, heat[0]),
    row(
      [
        text('and', FONTS.body, COLORS.muted),
        matrixPanel(d, 'B', `Is ${b} ${rel} 0?`, d.matrices.B, maxChars, heat[1]),
      ],
      12,
    ),
    row([arrow, matrixPanel(d, 'AB', `Then ${ab} ${rel} 0?`, d.matrices.AB, maxChars, heat[2])], 12),
  ];
  const boxes = flow(groups, MAX_WIDTH - 20, 12, 14, 'center');

  const failed = (['A', 'B'] as const).filter((k) => !JUDGED.slice(0, 2).includes(d.verdicts[k]));
  const lminAB = lambdaMin(d, 'AB');
  let conclusion: Box;
  if (d.hypothesis) {
    const claim = d.strongHypothesis
      ? `${a} and ${b} are positive definite, so ${ab} is positive definite`
      : `${a} and ${b} are positive semidefinite, so ${ab} is positive semidefinite`;
    conclusion = text(
      `✓ ${claim}${lminAB ? `; indeed λmin(${ab}) ${lminAB.startsWith('≈') ? lminAB : '= ' + lminAB}` : ''}.`,
      FONTS.body,
      COLORS.blueText,
    );
  } else {
    const who = failed.map((k) => `${d.labels[k === 'A' ? 0 : 1]} is ${verdictWords(d.verdicts[k])}`).join(' and ');
    conclusion = column(
      [
        text(`✗ The hypothesis fails: ${who}.`, FONTS.body, COLORS.vermillionText),
        text(
          `The theorem says nothing about ${ab} here; it happens to be ${verdictWords(d.verdicts.AB)}.`,
          FONTS.body,
          COLORS.ink,
        ),
      ],
      4,
    );
  }

  const parts: Box[] = [heading('Schur product theorem', statement), spacer(1, 4), boxes, conclusion];
  if (d.matrices.ordinaryAB && d.verdicts.ordinaryAB) {
    const v = d.verdicts.ordinaryAB;
    const lmin = lambdaMin(d, 'ordinaryAB');
    const note =
      v === 'pd' || v === 'psd'
        ? `Here ${a}${b} happens to be positive semidefinite too.`
        : `Products of PSD matrices need not be PSD, nor even symmetric.`;
    const contrast = row(
      [
        column(
          [
            text(`${a}${b}`, FONTS.label),
            matrixBox(
              d.matrices.ordinaryAB,
              { maxChars, font: entryFont(d.matrices.ordinaryAB), cell: heatCell(d.matrices.ordinaryAB) },
              heat[3],
            ),
          ],
          6,
          'center',
        ),
        column(
          [
            text(`Contrast: the ordinary product ${a}${b}`, { size: 14, bold: true }),
            verdictBadge(v),
            ...(lmin ? [text(`λmin ${lmin.startsWith('≈') ? lmin : '= ' + lmin}`, FONTS.small, COLORS.muted)] : []),
            text(note, FONTS.small, COLORS.muted),
            text(`Schur's theorem is about the entrywise product ${ab}, not ${a}${b}.`, FONTS.small, COLORS.muted),
          ],
          6,
        ),
      ],
      20,
      'center',
    );
    parts.push(panel(contrast, { fill: COLORS.panel, stroke: COLORS.faint, radius: 10, padding: 12 }));
  }
  if (d.identityCheck) {
    const c = d.identityCheck;
    parts.push(
      text(
        `Proof identity xᵀ(${ab})x = Σₖ λₖ (x∘vₖ)ᵀ${a}(x∘vₖ), checked for one x: ${formatEntryShort(c.lhs, 9)} ${c.agree ? '=' : '≠'} ${formatEntryShort(c.rhs, 9)} ${c.agree ? '✓' : '✗'}`,
        FONTS.small,
        COLORS.muted,
      ),
    );
  }
  parts.push(
    text(
      d.exact
        ? 'Exact arithmetic; eigenvalues are floating-point evidence.'
        : `Floating point${d.tolerance ? `, tolerance ${formatEntryShort(d.tolerance, 9)}` : ''}.`,
      FONTS.small,
      COLORS.muted,
    ),
  );
  const body = column(parts, 12);

  const sentence = (k: Key, label: string): string => {
    const lmin = lambdaMin(d, k);
    return `${label} is ${verdictWords(d.verdicts[k])}${lmin ? ` (smallest eigenvalue ${lmin})` : ''}`;
  };
  const alt = [
    `Schur product theorem figure, ${describeShape(d.matrices.A)} matrices: ${statement}.`,
    `${sentence('A', a)}; ${sentence('B', b)}; ${sentence('AB', ab)}.`,
    d.hypothesis
      ? `The hypothesis holds, so the theorem applies.`
      : `The hypothesis fails, so the theorem does not apply.`,
    d.verdicts.ordinaryAB
      ? `For contrast, the ordinary product ${a}${b} is ${verdictWords(d.verdicts.ordinaryAB)}.`
      : '',
  ].join(' ');
  return renderCard(body, 'schur.png', alt, options);
}
