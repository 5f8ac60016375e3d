import type { OppenheimData } from '../data.js';
import type { Figure } from '../types.js';
export async function renderOppenheimFigure(_d: OppenheimData): Promise<Figure> {
  throw new Error('todo');
}
