/**
 * Renders one fixture case with the figure function of its kind (shared by tests, gallery, bench). A new
 * kind of case needs its renderer here: the table is typed by `FigureCase`, so a missing one does not compile,
 * and every renderer receives the options (the dark theme, for the gallery and its pins).
 */
import {
  renderOppenheimFigure,
  renderProductFigure,
  renderPsdFigure,
  renderRelateFigure,
  renderSchurFigure,
} from '../../../src/engine/render/index.js';
import type { FigureOptions } from '../../../src/engine/render/layout.js';
import { renderScoresFigure } from '../../../src/engine/render/scores.js';
import { renderMeFigure } from '../../../src/engine/render/me.js';
import { renderApplyFigure } from '../../../src/engine/render/apply.js';
import type { Figure } from '../../../src/engine/types.js';
import type { FigureCase } from './fixtures.js';

type Renderers = {
  [K in FigureCase['kind']]: (
    data: Extract<FigureCase, { kind: K }>['data'],
    options: FigureOptions,
  ) => Promise<Figure>;
};

const RENDERERS: Renderers = {
  product: renderProductFigure,
  psd: renderPsdFigure,
  schur: renderSchurFigure,
  oppenheim: renderOppenheimFigure,
  relate: renderRelateFigure,
  scores: renderScoresFigure,
  me: renderMeFigure,
  'apply-window': renderApplyFigure,
  'apply-mask': renderApplyFigure,
  'apply-gate': renderApplyFigure,
  'apply-taper': renderApplyFigure,
  'apply-image': renderApplyFigure,
};

export function renderCase(c: FigureCase, options: FigureOptions = {}): Promise<Figure> {
  const render = RENDERERS[c.kind] as (data: FigureCase['data'], options: FigureOptions) => Promise<Figure>;
  return render(c.data, options);
}
