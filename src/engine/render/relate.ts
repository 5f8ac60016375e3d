import type { RelateData } from '../data.js';
import type { Figure } from '../types.js';
export async function renderRelateFigure(_d: RelateData): Promise<Figure> {
  throw new Error('todo');
}
