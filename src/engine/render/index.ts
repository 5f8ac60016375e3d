/**
 * Figures: finished `data` in, `{ name, png, alt }` out. Drawing only; no mathematics is decided
 * here. This folder holds the engine's only canvas import and its only file-system access (fonts).
 *
 * @example
 * const fig = await renderProductFigure(answer.data as ProductData); // fig.name === 'product.png'
 */
export { renderProductFigure } from './product.js';
export { renderPsdFigure } from './psd.js';
export { renderSchurFigure } from './schur.js';
export { renderOppenheimFigure } from './oppenheim.js';
export { renderRelateFigure } from './relate.js';
export { renderScoresFigure } from './scores.js';
export { formatEntryShort } from './entries.js';
