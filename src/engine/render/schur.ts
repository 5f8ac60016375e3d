import type { SchurData } from '../data.js';
import type { Figure } from '../types.js';
export async function renderSchurFigure(_d: SchurData): Promise<Figure> {
  throw new Error('todo');
}
