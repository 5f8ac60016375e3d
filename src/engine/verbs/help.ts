/** `help [verb]`: usage from the catalogue, with examples that work when pasted. */
import { CATALOGUE, verbSpec } from '../catalogue.js';
import type { Section, Verb } from '../types.js';
import type { VerbResult } from './result.js';

export function helpVerb(verb?: string): VerbResult<{ verb: string | null; examples: string[] }> {
  if (verb) {
    const s = verbSpec(verb as Verb);
    const examples = s.examples.map((e) => `/hadamard ${e}`);
    return {
      title: `help ${s.verb}`,
      summary: `${s.usage} — ${s.description}`,
      sections: [{ heading: 'Examples', body: '```\n' + examples.join('\n') + '\n```' }, { body: matrixSyntax }],
      data: { verb: s.verb, examples },
    };
  }
  const lines = CATALOGUE.map((s) => `- \`${s.usage}\` — ${s.description}`);
  const examples = CATALOGUE.map((s) => `/hadamard ${s.examples[0]}`);
  const sections: Section[] = [
    { heading: 'Verbs', body: lines.join('\n') },
    { heading: 'Try', body: '```\n' + examples.join('\n') + '\n```' },
    { body: matrixSyntax },
  ];
  return {
    title: 'hadamard-bot help',
    summary: 'Compute and learn the Hadamard (entrywise) product: /hadamard A B, or a verb first.',
    sections,
    data: { verb: null, examples },
  };
}

const matrixSyntax =
  'Matrices: `[[2,3],[4,1]]` or `[2 3; 4 1]`; a flat `[1,2,3]` is a row. Entries: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`. Builders: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`. Optional labels `A=…` and operators `∘ .* * o` between matrices. Up to 6 matrices, 12×12 each. Integers, decimals and fractions are exact.';
