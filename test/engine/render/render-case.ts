/** Renders one fixture case with the figure function of its kind (shared by tests, gallery, bench). */
import {
  renderOppenheimFigure,
  renderProductFigure,
  renderPsdFigure,
  renderRelateFigure,
  renderSchurFigure,
} from '../../../src/engine/render/index.js';
import { renderScoresFigure } from '../../../src/engine/render/scores.js';
import type { Figure } from '../../../src/engine/types.js';
import type { FigureCase } from './fixtures.js';

export function renderCase(c: FigureCase): Promise<Figure> {
  switch (c.kind) {
    case 'product':
      return renderProductFigure(c.data);
    case 'psd':
      return renderPsdFigure(c.data);
    case 'schur':
      return renderSchurFigure(c.data);
    case 'oppenheim':
      return renderOppenheimFigure(c.data);
    case 'relate':
      return renderRelateFigure(c.data);
    case 'scores':
      return renderScoresFigure(c.data);
  }
}
