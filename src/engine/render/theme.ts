/**
 * Colours, sizes and fonts shared by every figure. The palette is Okabe–Ito (safe for the common
 * colour-vision deficiencies); the heatmap uses ColorBrewer's PuOr, a diverging map that stays
 * distinguishable without red–green contrast. Sizes are logical pixels; figures draw at 2×. The card's widths
 * (phones first, and narrower for a narrow page) are in width.ts, re-exported here.
 */
import { MONO, SANS } from './fonts.js';

/** Pixel density: every figure is drawn at twice its logical size. */
export const SCALE = 2;
export {
  CARD_MARGIN,
  CARD_WIDTH,
  MAX_WIDTH,
  MIN_CARD_WIDTH,
  MIN_FONT,
  PHONE_MIN_TEXT,
  PHONE_WIDTH,
  cardWidth,
  cardWidthFor,
  contentWidth,
  withCardWidth,
} from './width.js';

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
