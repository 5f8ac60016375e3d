/** `explain [topic]`: the theory, in our own words, for a second-year student. */
import type { VerbResult } from './result.js';
import type { Section } from '../types.js';
import { UserError, quote } from '../errors.js';
import type { VerbModule, VerbSpec } from './module.js';

/** Topics of `explain`. */
export const TOPICS = ['definition', 'properties', 'schur', 'oppenheim', 'relations', 'applications'] as const;
export type Topic = (typeof TOPICS)[number];

const TEXT: Record<Topic, { title: string; summary: string; body: string }> = {
  definition: {
    title: 'The Hadamard product',
    summary: 'The Hadamard product multiplies two same-shape matrices entry by entry: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
    body: [
      'Take two matrices A and B of the same size m×n. Their Hadamard (or Schur, or entrywise) product A∘B is the m×n matrix whose entry in row i, column j is aᵢⱼ·bᵢⱼ. Nothing is summed and no rows meet columns: each position is on its own.',
      '```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```',
      'Contrast this with the ordinary product AB, where entry (i,j) is a sum over a whole row of A and a whole column of B. The Hadamard product needs equal shapes (there is no broadcasting: a 1×2 and a 2×1 matrix cannot be multiplied entrywise). Try it: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
    ].join('\n'),
  },
  properties: {
    title: 'Algebraic properties',
    summary: 'Entrywise multiplication inherits the rules of multiplying numbers, position by position.',
    body: [
      '- Commutativity: A∘B = B∘A',
      '- Associativity: (A∘B)∘C = A∘(B∘C)',
      '- Distributivity: A∘(B+C) = A∘B + A∘C',
      '- Identity: the all-ones matrix J, not the identity matrix I: A∘J = A (while A∘I keeps only the diagonal of A)',
      '- Transpose: (A∘B)ᵀ = Aᵀ∘Bᵀ',
      'Each holds because it holds for real numbers in every single position. Check them on your own matrices: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
    ].join('\n'),
  },
  schur: {
    title: 'The Schur product theorem',
    summary: 'If A and B are positive semidefinite, so is A∘B; if both are positive definite, so is A∘B.',
    body: [
      'A symmetric matrix M is positive semidefinite (M ⪰ 0) when xᵀMx ≥ 0 for every vector x, and positive definite when xᵀMx > 0 for every x ≠ 0. Covariance matrices are the everyday example.',
      '**Theorem (Schur).** For n×n positive semidefinite A and B, A∘B is positive semidefinite; if A and B are positive definite, A∘B is positive definite.',
      '**Why (sketch).** Write B by its eigenvectors: B = Σₖ λₖ vₖvₖᵀ with every λₖ ≥ 0. Then bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, and for any x',
      '```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```',
      'because each λₖ ≥ 0 and each (x∘vₖ)ᵀA(x∘vₖ) ≥ 0 since A ⪰ 0.',
      'The ordinary product does **not** behave like this: for PSD A and B, AB need not be symmetric, let alone PSD. And if the hypothesis fails (A or B not PSD), the theorem says nothing: A∘B may or may not be PSD. See both with `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
    ].join('\n'),
  },
  oppenheim: {
    title: "Oppenheim's inequality",
    summary: 'For PSD A and B: det(A∘B) ≥ det(A)·∏bᵢᵢ, and also ≥ det(B)·∏aᵢᵢ.',
    body: [
      "**Oppenheim's inequality.** For n×n positive semidefinite A and B, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Swapping the roles of A and B gives det(A∘B) ≥ det(B)·∏aᵢᵢ as well.",
      '**Correlation matrices.** If B has unit diagonal (a correlation matrix), the product of its diagonal is 1 and the bound reads det(A∘B) ≥ det(A): entrywise damping by a correlation matrix never shrinks the determinant.',
      "**Hadamard's inequality** det(A) ≤ a₁₁a₂₂⋯aₙₙ for PSD A is the special case A∘I: the identity I is PSD with det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), and Oppenheim gives ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.",
      '**Equality.** If A is diagonal, A∘B is diagonal with entries aᵢᵢbᵢᵢ, so det(A∘B) = det(A)·∏bᵢᵢ exactly. If B = J (all ones, a singular correlation matrix), A∘J = A and again det(A∘B) = det(A)·1. The bot decides equality exactly for integer, decimal and fraction input.',
      'Try: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` and `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
    ].join('\n'),
  },
  relations: {
    title: 'Relations to the ordinary product',
    summary:
      'Diagonal matrices, diag(a)·b, the trace identity and the Kronecker product connect ∘ with ordinary products.',
    body: [
      '- **Diagonal matrices:** if A and B are both diagonal, A∘B = AB. One of the rare cases where the two products agree.',
      '- **Vectors:** a∘b = diag(a)·b: multiplying entrywise by a is the same as multiplying by the diagonal matrix with a on its diagonal.',
      '- **Trace identity:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, the Frobenius inner product: sum all entries of A∘B.',
      '- **Kronecker product:** A∘B is a submatrix of A⊗B: for m×n matrices, take rows 1, m+2, 2m+3, … and columns 1, n+2, 2n+3, … (the positions (i−1)·m+i and (j−1)·n+j).',
      'See all four on your numbers: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
    ].join('\n'),
  },
  applications: {
    title: 'Where the Hadamard product is used',
    summary: 'Whenever each position should be treated on its own: statistics, machine learning, signals and images.',
    body: [
      '- **Covariance tapering (statistics):** multiply a covariance matrix entrywise by a compactly supported correlation matrix to zero out far-apart pairs. By the Schur product theorem the tapered matrix stays PSD, so it is still a valid covariance; spatial ∘ temporal correlation builds space-time covariances the same way.',
      '- **Gates and attention masks (machine learning):** an LSTM or GRU gate g ∈ [0,1]ⁿ scales a state entrywise, g∘c; an attention mask multiplies (or adds −∞ to) the scores entrywise to hide positions.',
      '- **Window functions (signal processing):** before a Fourier transform a signal is multiplied sample by sample by a window (Hann, Hamming) to reduce leakage; spectral masking multiplies a spectrogram entrywise.',
      '- **Pixelwise filtering (images):** a mask or per-pixel gain image multiplies an image entrywise: vignetting correction, alpha masks, selective edits.',
      'Try a tiny mask: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, or see each one live with a figure: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',
    ].join('\n'),
  },
};

const ORDER: readonly Topic[] = TOPICS;

export function explainVerb(topic?: string): VerbResult<{ topic: string; topics: readonly string[] }> {
  if (topic && (ORDER as string[]).includes(topic)) {
    const t = TEXT[topic as Topic];
    return {
      title: t.title,
      summary: t.summary,
      sections: [{ body: t.body }, { body: `More: \`/hadamard explain <topic>\` with ${ORDER.join(', ')}.` }],
      data: { topic, topics: ORDER },
    };
  }
  const sections: Section[] = ORDER.map((k) => ({ heading: TEXT[k].title, body: TEXT[k].summary }));
  sections.push({ body: `Each topic in depth: \`/hadamard explain <topic>\` with ${ORDER.join(', ')}.` });
  return {
    title: 'The Hadamard product in six ideas',
    // Not the definition's summary: it is the first idea below, and would be read twice.
    summary: 'One line per idea: what the product is, its algebra, two theorems, its relations and its uses.',
    sections,
    data: { topic: 'overview', topics: ORDER },
  };
}

/** Words that name a topic (the first word after `explain` decides; `all` is the overview). */
const TOPIC_WORDS: Record<string, Topic | ''> = {
  definition: 'definition',
  define: 'definition',
  def: 'definition',
  properties: 'properties',
  props: 'properties',
  algebra: 'properties',
  schur: 'schur',
  psd: 'schur',
  oppenheim: 'oppenheim',
  hadamard: 'oppenheim',
  relations: 'relations',
  relate: 'relations',
  relation: 'relations',
  kronecker: 'relations',
  trace: 'relations',
  applications: 'applications',
  application: 'applications',
  uses: 'applications',
  all: '',
};

const spec: VerbSpec = {
  verb: 'explain',
  aliases: ['explanation'],
  description: 'The theory, for a second-year student: definition, schur, oppenheim, applications…',
  usage: '/hadamard explain [topic]',
  grammar: { kind: 'words' },
  options: [
    {
      name: 'topic',
      description: 'definition, properties, schur, oppenheim, relations or applications',
      required: false,
      choices: TOPICS,
    },
  ],
  examples: ['explain', 'explain schur', 'explain applications'],
};

export default {
  spec,
  parseWords(words) {
    const word = words
      .trim()
      .toLowerCase()
      .replace(/[^a-z? ]/g, '')
      .trim();
    if (word === '') return {};
    const topic = TOPIC_WORDS[word.split(' ')[0]];
    if (topic === undefined)
      throw new UserError('unknown_topic', `${quote(word, 30)} is not a topic; topics are ${TOPICS.join(', ')}`);
    return topic === '' ? {} : { topic };
  },
  compute: (command) => explainVerb(command.topic),
} satisfies VerbModule<{ topic: string; topics: readonly string[] }>;
