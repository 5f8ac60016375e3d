/**
 * Shared pieces of words: verdict names and symbols, matrices as short text for alt text,
 * entry names like a₁₂, and inline maths (a line of text and entries, fractions stacked).
 */
import type { Entry, MatrixData, PsdVerdict } from '../data.js';
import { formatEntryShort, isNegative, subscript } from './entries.js';
import { panel, paragraph, parens, row, text, type Box } from './layout.js';
import { entryBox } from './matrix.js';
import { COLORS, FONTS, contentWidth, type FontSpec } from './theme.js';
import { t } from '../i18n/index.js';

export interface VerdictStyle {
  symbol: string;
  words: string;
  fill: string;
  stroke: string;
  ink: string;
}

/** Words, symbol and colours of a PSD verdict: never colour alone. */
export function verdictStyle(v: PsdVerdict | null, rank?: number | null): VerdictStyle {
  switch (v) {
    case 'pd':
      return { symbol: '✓', words: t('verdict.pd'), fill: '#e3f0f9', stroke: COLORS.blue, ink: COLORS.blueText };
    case 'psd':
      return {
        symbol: '✓',
        words: rank != null ? t('verdict.psdRank', { rank: String(rank) }) : t('verdict.psdSingular'),
        fill: '#e3f0f9',
        stroke: COLORS.blue,
        ink: COLORS.blueText,
      };
    case 'not_psd':
      return {
        symbol: '✗',
        words: t('verdict.not_psd'),
        fill: '#fbe9df',
        stroke: COLORS.vermillion,
        ink: COLORS.vermillionText,
      };
    case 'not_symmetric':
      return {
        symbol: '⚠',
        words: t('verdict.not_symmetric'),
        fill: '#f6e6ef',
        stroke: COLORS.purple,
        ink: COLORS.purpleText,
      };
    case 'not_square':
      return {
        symbol: '⚠',
        words: t('verdict.not_square'),
        fill: '#f6e6ef',
        stroke: COLORS.purple,
        ink: COLORS.purpleText,
      };
    case 'undecided':
      return {
        symbol: '?',
        words: t('verdict.undecidedLong'),
        fill: COLORS.panel,
        stroke: COLORS.border,
        ink: COLORS.ink,
      };
    default:
      return {
        symbol: '–',
        words: t('verdict.notDecided'),
        fill: COLORS.panel,
        stroke: COLORS.border,
        ink: COLORS.muted,
      };
  }
}

/** A rounded badge: symbol and words on a pale fill with a coloured border, wrapped past `maxWidth`. */
export function badge(
  style: { symbol: string; words: string; fill: string; stroke: string; ink: string },
  font = FONTS.badge,
  maxWidth = contentWidth(),
): Box {
  return panel(paragraph(`${style.symbol} ${style.words}`, font, style.ink, maxWidth - 10, 0, 'center'), {
    fill: style.fill,
    stroke: style.stroke,
    lineWidth: 1.5,
    radius: 12,
    padding: 5,
  });
}

export function verdictBadge(
  v: PsdVerdict | null,
  rank?: number | null,
  font = FONTS.badge,
  maxWidth = contentWidth(),
): Box {
  return badge(verdictStyle(v, rank), font, maxWidth);
}

/** How an answer computed, in a figure's subtitle: exact, certified (proved enclosures), or floating point. */
export function arithmeticWords(exact: boolean, certified: boolean, undecidedDigits?: number): string {
  if (exact) return t('words.exact');
  if (certified || undecidedDigits !== undefined) return t('words.certified');
  return t('words.float');
}

/** Sentence form of a verdict for alt text. */
export function verdictWords(v: PsdVerdict | null, rank?: number | null): string {
  return verdictStyle(v, rank).words;
}

/** The name of entry (i, j) of a labelled matrix: a₁₂ for "A", (M1)₁₂ otherwise. 0-based input. */
export function entryName(label: string, i: number, j: number): string {
  const sub = i < 9 && j < 9 ? subscript(i + 1) + subscript(j + 1) : `${subscript(i + 1)},${subscript(j + 1)}`;
  return /^[A-Za-z]$/.test(label) ? label.toLowerCase() + sub : `(${label})${sub}`;
}

/** A matrix as one line of text for alt text, e.g. [[10, 18], [28, 8]]. */
export function matrixWords(m: MatrixData, maxChars = 10): string {
  // A matrix from a file (up to 256×256) would never fit the 1,000 characters of alt text: its shape instead.
  if (m.length * (m[0]?.length ?? 0) > 144)
    return `[${t('psdFig.aMatrix', { shape: `${m.length}×${m[0]?.length ?? 0}` })}]`;
  return '[' + m.map((r) => '[' + r.map((e) => formatEntryShort(e, maxChars)).join(', ') + ']').join(', ') + ']';
}

/** A piece of inline maths: plain text, an entry (fractions stacked), or a ready box. */
export type Inline = string | { entry: Entry; color?: string; factor?: boolean } | Box;

function isBox(x: Inline): x is Box {
  return typeof x === 'object' && 'draw' in x;
}

/** A line of inline maths, pieces vertically centred. Factors that are negative get parentheses. */
export function mathLine(parts: Inline[], font: FontSpec = FONTS.body, color: string = COLORS.ink, maxChars = 12): Box {
  return row(
    parts.map((p) => {
      if (typeof p === 'string') return text(p, font, color);
      if (isBox(p)) return p;
      const b = entryBox(p.entry, maxChars, font, p.color ?? color);
      return p.factor && isNegative(p.entry) ? parens(b, p.color ?? color) : b;
    }),
    2,
    'center',
  );
}
