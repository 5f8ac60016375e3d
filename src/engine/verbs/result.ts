/** What a verb returns before figures are attached: the Answer minus verb, figures and ok. */
import type { Section } from '../types.js';

export interface VerbResult<D> {
  title: string;
  summary: string;
  sections: Section[];
  data: D;
}
