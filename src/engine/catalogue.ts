/**
 * The one command catalogue. Every verb: its description, options and examples.
 * From this list come the grammar's verb table, the `help` answer, Discord's registration
 * JSON, the Slack app manifest and the README's command table (tests check they agree).
 * It lives in the engine (pure data) because `help` and the parser need it; adapters import it.
 */
import type { Verb } from './types.js';

export interface OptionSpec {
  /** Discord option name (lower case, ≤ 32 chars). */
  name: string;
  description: string;
  required: boolean;
  /** Fixed choices (explain topics, help verbs). */
  choices?: readonly string[];
}

export interface VerbSpec {
  verb: Verb;
  /** ≤ 100 characters (Discord's limit for descriptions). */
  description: string;
  /** Grammar line, as in DESIGN §3. */
  usage: string;
  options: readonly OptionSpec[];
  /** Full command texts (without the leading `/hadamard`) that run and succeed. */
  examples: readonly string[];
}

const matrixHint = 'e.g. [[2,3],[4,1]] or [2 3; 4 1]';

export const CATALOGUE: readonly VerbSpec[] = [
  {
    verb: 'product',
    description: 'Entrywise (Hadamard) product of 2 to 6 matrices of the same shape',
    usage: '/hadamard [product] M M [M …]',
    options: [
      { name: 'a', description: `First matrix, ${matrixHint}`, required: true },
      { name: 'b', description: 'Second matrix, same shape as the first', required: true },
      { name: 'c', description: 'Optional third matrix', required: false },
      { name: 'd', description: 'Optional fourth matrix', required: false },
      { name: 'e', description: 'Optional fifth matrix', required: false },
      { name: 'f', description: 'Optional sixth matrix', required: false },
    ],
    examples: [
      '[[2,3],[4,1]] [[5,6],[7,8]]',
      '[2 3; 4 1] ∘ [5 6; 7 8]',
      'A=[1/2, 1/3; 0.25, -1] B=[2 3; 4 1]',
      'hilbert(3) .* pascal(3)',
      '[1 2 3] [4 5 6] [7 8 9]',
    ],
  },
  {
    verb: 'schur',
    description: 'Schur product theorem: PSD verdicts for A, B and A∘B, contrasted with AB',
    usage: '/hadamard schur A B',
    options: [
      { name: 'a', description: `Square matrix A, ${matrixHint}`, required: true },
      { name: 'b', description: 'Square matrix B, same size as A', required: true },
    ],
    examples: ['schur [[2,1],[1,2]] [[1,1],[1,1]]', 'schur [[2,3],[4,1]] [[5,6],[7,8]]', 'schur hilbert(3) pascal(3)'],
  },
  {
    verb: 'psd',
    description: 'Is this matrix positive semidefinite? Exact verdict with a certificate',
    usage: '/hadamard psd M',
    options: [{ name: 'm', description: `Square matrix, ${matrixHint}`, required: true }],
    examples: ['psd [[1,1],[1,1]]', 'psd [[1,2],[2,1]]', 'psd [[0.1,0.2],[0.2,0.4]]', 'psd hilbert(4)'],
  },
  {
    verb: 'oppenheim',
    description: "Oppenheim's inequality det(A∘B) ≥ det(A)·∏bᵢᵢ both ways round, and Hadamard's",
    usage: '/hadamard oppenheim A B',
    options: [
      { name: 'a', description: `Square matrix A, ${matrixHint}`, required: true },
      { name: 'b', description: 'Square matrix B, same size as A', required: true },
    ],
    examples: [
      'oppenheim [[2,1],[1,2]] [[3,1],[1,3]]',
      'oppenheim [[2,1],[1,2]] ones(2,2)',
      'oppenheim [[4,2],[2,3]] [1 1/2; 1/2 1]',
    ],
  },
  {
    verb: 'props',
    description: 'Check commutativity, associativity, distributivity, identity J and transpose',
    usage: '/hadamard props A B [C]',
    options: [
      { name: 'a', description: `Matrix A, ${matrixHint}`, required: true },
      { name: 'b', description: 'Matrix B, same shape as A', required: true },
      { name: 'c', description: 'Optional matrix C (for associativity and distributivity)', required: false },
    ],
    examples: ['props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]', 'props [1/2 1/3] [3 4]'],
  },
  {
    verb: 'relate',
    description: 'Relations to the ordinary product: diagonal case, diag(a)b, trace identity, A⊗B',
    usage: '/hadamard relate A B',
    options: [
      { name: 'a', description: `Matrix A, ${matrixHint}`, required: true },
      { name: 'b', description: 'Matrix B, same shape as A', required: true },
    ],
    examples: ['relate [[1,2],[3,4]] [[5,6],[7,8]]', 'relate diag(1,2,3) diag(4,5,6)', 'relate [1 2 3] [4 5 6]'],
  },
  {
    verb: 'explain',
    description: 'The theory, for a second-year student: definition, schur, oppenheim, applications…',
    usage: '/hadamard explain [topic]',
    options: [
      {
        name: 'topic',
        description: 'definition, properties, schur, oppenheim, relations or applications',
        required: false,
        choices: ['definition', 'properties', 'schur', 'oppenheim', 'relations', 'applications'],
      },
    ],
    examples: ['explain', 'explain schur', 'explain applications'],
  },
  {
    verb: 'help',
    description: 'How to use the bot, with examples that work when pasted',
    usage: '/hadamard help [verb]',
    options: [
      {
        name: 'verb',
        description: 'The verb to explain',
        required: false,
        choices: ['product', 'schur', 'psd', 'oppenheim', 'props', 'relate', 'explain', 'help'],
      },
    ],
    examples: ['help', 'help schur'],
  },
];

/** The catalogue entry of a verb. */
export function verbSpec(verb: Verb): VerbSpec {
  const spec = CATALOGUE.find((s) => s.verb === verb);
  if (!spec) throw new Error(`verb ${verb} missing from the catalogue`);
  return spec;
}
