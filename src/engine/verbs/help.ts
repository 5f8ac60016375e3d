/** `help [verb]`: usage from the catalogue, with examples that work when pasted. */
import { UserError, quote } from '../errors.js';
import type { Section } from '../types.js';
import type { VerbModule, VerbSpec } from './module.js';
import type { VerbResult } from './result.js';

/** The spec a word names: a verb or one of its aliases. */
export function specNamed(word: string, catalogue: readonly VerbSpec[]): VerbSpec | undefined {
  const w = word.toLowerCase();
  return catalogue.find((s) => s.verb === w) ?? catalogue.find((s) => s.aliases?.includes(w));
}

export function helpVerb(
  catalogue: readonly VerbSpec[],
  verb?: string,
): VerbResult<{ verb: string | null; examples: string[] }> {
  if (verb) {
    const s = specNamed(verb, catalogue);
    if (!s) throw new UserError('unknown_verb', `there is no help for ${quote(verb, 30)}`);
    const examples = s.examples.map((e) => `/hadamard ${e}`);
    return {
      title: `help ${s.verb}`,
      summary: `${s.usage} — ${s.description}`,
      sections: [
        { heading: 'Examples', body: '```\n' + examples.join('\n') + '\n```' },
        ...(s.notes ? [{ heading: 'How it works', body: s.notes }] : []),
        { body: matrixSyntax },
      ],
      data: { verb: s.verb, examples },
    };
  }
  const lines = catalogue.map((s) => `- \`${s.usage}\` — ${s.description}`);
  const examples = catalogue.map((s) => `/hadamard ${s.examples[0]}`);
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
  'Matrices: `[[2,3],[4,1]]` or `[2 3; 4 1]`; a flat `[1,2,3]` is a row. Entries: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, and the functions `sin cos tan exp log abs` (`cos(pi/3)` is exactly 1/2, `log` is natural). Builders: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (a window, as a row), `causal(4)` (ones on and below the diagonal), `toeplitz(1, 1/2, 1/4)` (symmetric). Optional labels `A=…` and operators `∘ .* * o` between matrices. Up to 6 matrices, 12×12 each. Integers, decimals and fractions are exact.';

const spec: VerbSpec = {
  verb: 'help',
  aliases: ['?', 'usage'],
  description: 'How to use the bot, with examples that work when pasted',
  usage: '/hadamard help [verb]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'verb',
      description: 'The verb to explain',
      required: false,
      // Filled in by the catalogue: every verb, in its order.
      choices: [],
    },
  ],
  examples: ['help', 'help schur'],
};

export default {
  spec,
  parseWords(words, { catalogue }) {
    const w = words
      .trim()
      .toLowerCase()
      .replace(/[^a-z?\- ]/g, '')
      .trim()
      .split(' ')[0];
    if (w === '') return {};
    const s = specNamed(w, catalogue);
    if (!s)
      throw new UserError(
        'unknown_verb',
        `there is no help for ${quote(w, 30)}; verbs are ${catalogue.map((c) => c.verb).join(', ')}`,
      );
    return { topic: s.verb };
  },
  compute: (command, { catalogue }) => helpVerb(catalogue, command.topic),
} satisfies VerbModule<{ verb: string | null; examples: string[] }>;
