/**
 * Colours, sizes and fonts shared by every figure. The palette is Okabe–Ito (safe for the common
 * colour-vision deficiencies); the heatmap uses ColorBrewer's PuOr, a diverging map that stays
 * distinguishable without red–green contrast. Sizes are logical pixels; figures draw at 2×.
 */
import { MONO, SANS } from './fonts.js';

/** Pixel density: every figure is drawn at twice its logical size. */
export const SCALE = 2;
/**
 * Phones first. Slack and Discord show a figure about 400 px wide on a phone, whatever its size, so what a
 * reader sees of the smallest text is its size × 400 / the figure's logical width. Figures are laid out
 * to keep that at 9 px or more: no text smaller than MIN_FONT, no card wider than CARD_WIDTH
 * (12 × 400 / 520 ≈ 9.2 px). Panels wrap and stack to fit rather than sit side by side.
 */
export const PHONE_WIDTH = 400;
/** The smallest text, in px, a figure shows at PHONE_WIDTH (tests check every gallery figure). */
export const PHONE_MIN_TEXT = 9;
/** The smallest font size drawn, in logical px. */
export const MIN_FONT = 12;
/** Blank space around the content, in logical px. */
export const CARD_MARGIN = 22;
/** The widest card, in logical px (the PNG is twice as wide). */
export const CARD_WIDTH = 520;
/** The widest content: a figure's parts wrap onto new rows past it. */
export const MAX_WIDTH = CARD_WIDTH - 2 * CARD_MARGIN;

export const COLORS = {
  card: '#ffffff',
  border: '#8c959f',
  ink: '#1f2328',
  muted: '#57606a',
  faint: '#d0d7de',
  grid: '#eaeef2',
  panel: '#f6f8fa',
  // Okabe–Ito
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  // darker shades of the same hues, for text on white (contrast ≥ 4.5:1)
  blueText: '#005a8c',
  vermillionText: '#a3400a',
  greenText: '#00694f',
  purpleText: '#8a3f6c',
  orangeText: '#8a5a00',
} as const;

/** Pale tints linking the same position across operands (one per position, up to nine). */
export const POSITION_TINTS = [
  '#fbe3b0', // orange
  '#cfe8f8', // sky blue
  '#bfe6d9', // bluish green
  '#f0d4e4', // reddish purple
  '#f9f3b3', // yellow
  '#bcd7eb', // blue
  '#f6cfb3', // vermillion
  '#e0e0e0', // grey
  '#d9d2ec', // lavender
];

/** ColorBrewer PuOr, from most negative (purple) through white to most positive (orange). */
export const DIVERGING = [
  '#2d004b',
  '#542788',
  '#8073ac',
  '#b2abd2',
  '#d8daeb',
  '#f7f7f7',
  '#fee0b6',
  '#fdb863',
  '#e08214',
  '#b35806',
  '#7f3b08',
];

export interface FontSpec {
  size: number;
  bold?: boolean;
  mono?: boolean;
}

export function fontString(f: FontSpec): string {
  return `${f.bold ? 'bold ' : ''}${f.size}px "${f.mono ? MONO : SANS}"`;
}

export const FONTS = {
  title: { size: 18, bold: true },
  label: { size: 15, bold: true },
  entry: { size: 15 },
  body: { size: 14 },
  small: { size: 12 },
  caption: { size: 13, bold: true },
  badge: { size: 14, bold: true },
  operator: { size: 26 },
} satisfies Record<string, FontSpec>;
