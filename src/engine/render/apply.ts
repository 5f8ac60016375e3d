/** The figure of an application (`apply …`): one render module per application, chosen by `data.application`. */
import type { ApplyData } from '../data.js';
import type { Figure } from '../types.js';
import type { FigureOptions } from './layout.js';

export async function renderApplyFigure(d: ApplyData, options: FigureOptions = {}): Promise<Figure> {
  switch (d.application) {
    case 'window':
      return (await import('./apply-window.js')).renderWindowFigure(d, options);
    case 'mask':
      return (await import('./apply-mask.js')).renderMaskFigure(d, options);
    case 'gate':
      return (await import('./apply-gate.js')).renderGateFigure(d, options);
    case 'taper':
      return (await import('./apply-taper.js')).renderTaperFigure(d, options);
    case 'image':
      return (await import('./apply-image.js')).renderImageFigure(d, options);
  }
}
