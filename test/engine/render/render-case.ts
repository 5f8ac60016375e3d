/** Renders one fixture case with the figure function of its kind (shared by tests, gallery, bench). */
import {
  renderOppenheimFigure,
  renderProductFigure,
  renderPsdFigure,
  renderRelateFigure,
  renderSchurFigure,
} from '../../../src/engine/render/index.js';
import { renderScoresFigure } from '../../../src/engine/render/scores.js';
import { renderApplyFigure } from '../../../src/engine/render/apply.js';
import type { FigureOptions } from '../../../src/engine/render/layout.js';
import type { Figure } from '../../../src/engine/types.js';
import type { FigureCase } from './fixtures.js';

/** `options.theme`: the light card (default, pinned) or the dark one (the gallery draws both). */
export function renderCase(c: FigureCase, options: FigureOptions = {}): Promise<Figure> {
  switch (c.kind) {
    case 'product':
      return renderProductFigure(c.data, options);
    case 'psd':
      return renderPsdFigure(c.data, options);
    case 'schur':
      return renderSchurFigure(c.data, options);
    case 'oppenheim':
      return renderOppenheimFigure(c.data, options);
    case 'relate':
      return renderRelateFigure(c.data, options);
    case 'scores':
      return renderScoresFigure(c.data, options);
    case 'apply-window':
    case 'apply-mask':
    case 'apply-gate':
    case 'apply-taper':
    case 'apply-image':
      return renderApplyFigure(c.data, options);
  }
}
