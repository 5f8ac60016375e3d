/**
 * The psd figure: the matrix, a verdict badge (words and a symbol, not colour alone), the
 * eigenvalues as bars around zero (with the tolerance band for floating input), and the
 * certificate: the witness x with xᵀMx < 0, the rank, or the asymmetric entries.
 */
import type { Eigenvalue, Entry, MatrixData, PsdData } from '../data.js';
import type { Figure } from '../types.js';
import { zeroLabel } from '../numbers/scalar.js';
import { displayZero, eigenChart } from './charts.js';
import { formatEntryShort, prettyNumbersIn, subscript } from './entries.js';
import {
  column,
  flow,
  heading,
  paragraph,
  renderCard,
  row,
  spaceWidth,
  spacer,
  text,
  wordBoxes,
  type Box,
  type FigureOptions,
} from './layout.js';
import { describeShape, heatChoice, labelled, matrixBox, maxCharsFor } from './matrix.js';
import { COLORS, FONTS, contentWidth, POSITION_TINTS } from './theme.js';
import { arithmeticWords, mathLine, matrixWords, verdictBadge, verdictWords, type Inline } from './words.js';
import { undecidedWhat } from '../theorems/psd-verdict.js';
import { t } from '../i18n/index.js';

/** Cells (i, j) whose mirror (j, i) holds a different entry (as written). */
export function asymmetric(m: MatrixData): (i: number, j: number) => boolean {
  return (i, j) => i !== j && m[j]?.[i] !== undefined && String(m[i][j]) !== String(m[j][i]);
}

/** A vector as (x₁, x₂, …)ᵀ with fractions stacked, wrapped in groups when long. */
export function vectorLine(name: string, v: Entry[], maxWidth: number, color: string = COLORS.ink): Box {
  const groups: Box[] = [];
  // A vector from a file's matrix (up to 256 entries): its first and last entries around "…", and its length.
  const long = v.length > 12;
  const shown = long
    ? [...v.slice(0, 6).map((e, k) => [e, k] as const), ...v.slice(-2).map((e, k) => [e, v.length - 2 + k] as const)]
    : v.map((e, k) => [e, k] as const);
  shown.forEach(([e, k], s) => {
    const parts: Inline[] = [];
    if (s === 0) parts.push(`${name} = (`);
    if (long && k === v.length - 2) parts.push('…, ');
    parts.push({ entry: e, color });
    parts.push(k === v.length - 1 ? (long ? `)ᵀ, ${t('psdFig.entries', { n: v.length })}` : ')ᵀ') : ',');
    groups.push(mathLine(parts, FONTS.body, COLORS.ink, 10));
  });
  return flow(groups, maxWidth, 4, 4, 'center');
}

/** The eigenvalue chart's parts: its caption, the chart, and (floating input) what its shaded band means. */
interface EigenParts {
  caption: string;
  chart: Box;
  band?: string;
}

export function eigenParts(
  eigs: readonly Eigenvalue[],
  opts: { tolerance?: number; exact: boolean; entries?: boolean; labels?: string[] },
  caption: string,
): EigenParts | null {
  if (!eigs.length) return null;
  const chart = eigenChart(eigs, {
    tolerance: opts.entries ? undefined : opts.tolerance,
    exact: opts.exact,
    entries: opts.entries,
    labels: opts.labels,
    maxWidth: contentWidth(),
    fill: true,
  });
  const band = opts.tolerance && !opts.entries ? t('psdFig.band') : undefined;
  return { caption, chart, ...(band ? { band } : {}) };
}

/** The chart across the card: caption, chart, band note, one under the other. */
export function eigenSection(parts: EigenParts | null): Box[] {
  if (!parts) return [];
  const items: Box[] = [text(parts.caption, FONTS.caption, COLORS.muted), parts.chart];
  if (parts.band) items.push(paragraph(parts.band, FONTS.small, COLORS.muted));
  return items;
}

/** Room the words beside the matrix (and beside the chart) need at least. */
const BESIDE_MIN = 180;
const GAP = 24;

export async function renderPsdFigure(d: PsdData, options: FigureOptions = {}): Promise<Figure> {
  const m = d.matrix;
  const n = m.length;
  const width = contentWidth();
  const bad = asymmetric(m);
  const isNotSym = d.verdict === 'not_symmetric';
  const style = {
    tint: (i: number, j: number) => (isNotSym && bad(i, j) ? POSITION_TINTS[3] : null),
    outline: (i: number, j: number) => (isNotSym && bad(i, j) ? COLORS.purple : null),
  };
  const left = labelled(d.label, matrixBox(m, style, heatChoice([m], maxCharsFor(m[0]?.length ?? 0))[0]));
  const eigen = eigenParts(
    d.eigenvalues,
    { tolerance: d.tolerance, exact: d.exact, entries: d.eigenvaluesAreEntries, labels: d.eigenvalueLabels },
    d.eigenvaluesAreEntries ? t('psdFig.eigenDiagonal') : t('psdFig.eigenEvidence'),
  );

  const verdictColumn = (lineW: number): Box[] => {
    const verdict: Box[] = [verdictBadge(d.verdict, d.rank, { size: 16, bold: true }, lineW)];
    const lines: string[] = [];
    if (d.verdict === 'pd') lines.push(t('psdFig.pd'));
    if (d.verdict === 'psd' && d.rank != null)
      lines.push(t('psdFig.psd', { rank: String(d.rank), n: String(n), zeros: n - d.rank }));
    if (d.verdict === 'not_square') lines.push(t('psdFig.notSquare', { shape: describeShape(m) }));
    if (isNotSym) lines.push(t('psdFig.notSymmetric', { label: d.label }));
    verdict.push(...lines.map((l) => paragraph(l, FONTS.body, COLORS.ink, lineW)));
    return verdict;
  };

  /** The certificate: the witness x, the negative minor, or L·D·Lᵀ's D, wrapped to `lineW`. */
  const certificate = (lineW: number): Box[] => {
    const items: Box[] = [];
    if (d.verdict === 'not_psd' && d.witness) {
      items.push(paragraph(t('psdFig.witness'), FONTS.caption, COLORS.muted, lineW));
      items.push(vectorLine('x', d.witness, lineW, COLORS.vermillionText));
      if (d.witnessValue !== undefined)
        items.push(
          mathLine([`xᵀ${d.label}x = `, { entry: d.witnessValue, color: COLORS.vermillionText }, ' < 0'], FONTS.body),
        );
    }
    if (d.verdict === 'not_psd' && !d.witness && d.minor) {
      const [i, j] = d.minor;
      const l = d.label.toLowerCase();
      items.push(paragraph(t('psdFig.minor'), FONTS.caption, COLORS.muted, lineW));
      items.push(
        text(
          `${l}${subscript(i)}${subscript(i)}·${l}${subscript(j)}${subscript(j)} < ${l}${subscript(i)}${subscript(j)}²`,
          FONTS.body,
          COLORS.vermillionText,
        ),
      );
    }
    if (d.factorization && (d.verdict === 'pd' || d.verdict === 'psd')) {
      const permuted = d.factorization.perm.some((p, i) => p !== i);
      const lhs = permuted ? `P${d.label}Pᵀ` : d.label;
      // Each word and each entry of D its own piece, so a long diagonal wraps between entries.
      const pieces: Box[] = wordBoxes(t('psdFig.ldlt', { lhs }), FONTS.body);
      const D = d.factorization.D;
      D.forEach((e, k) =>
        pieces.push(
          mathLine(
            [
              k ? '' : 'D = diag(',
              { entry: e, color: COLORS.blueText },
              k < D.length - 1 ? ',' : d.verdict === 'pd' ? ') > 0' : ') ≥ 0',
            ],
            FONTS.body,
            COLORS.ink,
            8,
          ),
        ),
      );
      if (D.length <= 8) items.push(flow(pieces, lineW, spaceWidth(FONTS.body), 4, 'center'));
    }
    return items;
  };

  const symmetricPart: Box[] = [];
  if (isNotSym && d.symmetricPart) {
    symmetricPart.push(spacer(1, 2));
    symmetricPart.push(
      flow(
        [text(t('psdFig.symmetricPart', { label: d.label }), FONTS.body), verdictBadge(d.symmetricPart.verdict)],
        width,
        8,
        6,
        'center',
      ),
    );
    symmetricPart.push(
      ...eigenSection(
        eigenParts(d.symmetricPart.eigenvalues, { tolerance: d.tolerance, exact: d.exact }, t('psdFig.itsEigenvalues')),
      ),
    );
  }

  // The words beside the matrix when they fit (verdict, then its certificate), else under it; the eigenvalue
  // chart spans the card under both, so a small matrix's figure uses its width.
  const besideW = width - left.w - GAP;
  const cert = besideW >= BESIDE_MIN ? certificate(besideW) : [];
  const beside = besideW >= BESIDE_MIN && cert.every((b) => b.w <= besideW);
  const rows: Box[] = beside
    ? [row([left, column([column(verdictColumn(besideW), 8), ...cert], 10)], GAP, 'start')]
    : [
        besideW >= BESIDE_MIN
          ? row([left, column(verdictColumn(besideW), 8)], GAP, 'start')
          : column([left, ...verdictColumn(width)], 10, 'start'),
        ...certificate(width),
      ];
  rows.push(...eigenSection(eigen));

  const how =
    d.decidedBy === 'eigenvalues' && d.tolerance
      ? `, ${t('psdFig.balancedTolerance', { tolerance: formatEntryShort(d.tolerance, 9) })}`
      : d.decidedBy
        ? `, ${t('psdFig.bySigns')}`
        : '';
  const sub = `${describeShape(m)}, ${arithmeticWords(d.exact, d.certified === true, d.undecided?.digits)}${d.exact || d.certified ? '' : how}`;
  const body = column(
    [heading(t('psdFig.heading', { label: d.label }), sub), spacer(1, 4), ...rows, ...symmetricPart],
    10,
  );

  const zero = d.eigenvaluesAreEntries ? 0 : displayZero(d.eigenvalues, d.tolerance);
  const eigLabels =
    d.eigenvalueLabels?.length === d.eigenvalues.length
      ? d.eigenvalueLabels.map(prettyNumbersIn)
      : d.eigenvalues.map(
          (v) => zeroLabel(v, zero, d.exact || d.eigenvaluesAreEntries === true) ?? formatEntryShort(v ?? 0, 8),
        );
  const eigText = d.eigenvalues.length ? ` ${t('psdFig.altEigen', { list: eigLabels.join(', ') })}` : '';
  const witnessText =
    d.verdict === 'not_psd' && d.witness
      ? ` ${t('psdFig.altWitness', {
          x: d.witness.map((e) => formatEntryShort(e, 10)).join(', '),
          value: d.witnessValue !== undefined ? formatEntryShort(d.witnessValue, 12) : t('psdFig.altNegativeValue'),
        })}`
      : d.verdict === 'not_psd' && d.minor
        ? ` ${t('psdFig.altMinor', { i: String(d.minor[0]), j: String(d.minor[1]) })}`
        : '';
  const symText =
    isNotSym && d.symmetricPart
      ? ` ${t('psdFig.altSymmetric', { verdict: verdictWords(d.symmetricPart.verdict) })}`
      : '';
  const head = t('psdFig.altHead', {
    label: d.label,
    shape: describeShape(m),
    verdict: verdictWords(d.verdict, d.rank),
  });
  const matrixText = ` ${d.label} = ${matrixWords(m)}.`;
  const undecided = d.undecided
    ? ` ${t(d.undecided.symmetry ? 'psdFig.altUndecidedSymmetry' : 'psdFig.altUndecided', {
        what: undecidedWhat(d.undecided.what),
        digits: String(Math.min(d.undecided.digits, 1000)),
      })}`
    : '';
  const rest = `${eigText}${witnessText}${symText}${undecided} ${arithmeticWords(d.exact, d.certified === true, d.undecided?.digits)}.`;
  const alt = (head + matrixText + rest).length <= 1000 ? head + matrixText + rest : head + rest;
  return renderCard(body, 'psd.png', alt, options);
}
