/**
 * How wide figures are laid out, phones first. Apart from theme.ts (re-exported there) so that the engine's face
 * can ask for a width without loading the canvas module that theme.ts's fonts bring.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

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
/** The widest content of a full-width card: a figure's parts wrap onto new rows past it. */
export const MAX_WIDTH = CARD_WIDTH - 2 * CARD_MARGIN;
/** The narrowest card a figure is laid out for (shown 270 px wide, its 12 px text reads at 9 px); never narrower. */
export const MIN_CARD_WIDTH = 360;

/**
 * Render for the width: a page whose figures show narrower than 390 px (a phone's message column) asks for a
 * narrower card, so what a reader sees of MIN_FONT stays ≥ PHONE_MIN_TEXT there. Layout code asks
 * `contentWidth()` rather than reading MAX_WIDTH, and `withCardWidth` sets it for everything drawn inside
 * (through awaits: AsyncLocalStorage, as `measureFigures` does), so no renderer takes a width parameter.
 */
const cardWidths = new AsyncLocalStorage<number>();

/** The card width the figure being laid out may take: CARD_WIDTH, or less inside `withCardWidth`. */
export function cardWidth(): number {
  return cardWidths.getStore() ?? CARD_WIDTH;
}

/** The widest content of the figure being laid out (MAX_WIDTH unless inside `withCardWidth`). */
export function contentWidth(): number {
  return cardWidth() - 2 * CARD_MARGIN;
}

/**
 * The card width for figures shown `shownWidth` CSS px wide: the widest whose MIN_FONT text shows at
 * PHONE_MIN_TEXT or more, within [MIN_CARD_WIDTH, CARD_WIDTH]. Unknown or 390 px and wider: CARD_WIDTH.
 * @example cardWidthFor(376) // 501: a 400 px phone's message column
 */
export function cardWidthFor(shownWidth: number | undefined): number {
  if (shownWidth === undefined || !Number.isFinite(shownWidth) || shownWidth <= 0) return CARD_WIDTH;
  const widest = Math.floor((shownWidth * MIN_FONT) / PHONE_MIN_TEXT);
  return Math.max(MIN_CARD_WIDTH, Math.min(CARD_WIDTH, widest));
}

/** Runs `fn` (and what it awaits) with figures laid out for a card at most `width` logical px wide. */
export function withCardWidth<T>(width: number | undefined, fn: () => T): T {
  if (width === undefined || width >= CARD_WIDTH) return fn();
  return cardWidths.run(Math.max(MIN_CARD_WIDTH, Math.floor(width)), fn);
}
