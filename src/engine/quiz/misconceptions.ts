/**
 * The mistakes a quiz's wrong choices stand for, as data: a stable id (`topic.mistake`) and a short label. Every wrong
 * choice of every generated question carries one (QuizQuestion.misconceptions), chosen by the generator from the
 * same numbers as its feedback sentence, so a stored answer (its round's seed, topic and level, and the choice) maps
 * to its misconception without any text being stored. Ids are never renamed or reused: `me` and `class` count them,
 * and the store keeps them with the answers. The labels shown are the catalogue's (`misc.<id>`, in the reader's
 * language); the English ones below are the same words, kept as the ids' source.
 */
import { isMessageKey, t } from '../i18n/index.js';

/** Every misconception: id → label (≤ 60 characters, read as "the mistake you made"). */
export const MISCONCEPTIONS = {
  // entry: one entry of A∘B
  'entry.ordinary-product': 'Took the ordinary product AB (row times column)',
  'entry.transposed-pairing': 'Paired aᵢⱼ with bⱼᵢ: a transpose slipped in',
  'entry.added': 'Added the entries instead of multiplying them',
  'entry.mirrored-position': 'Read the mirrored position (row and column swapped)',
  'entry.reversed-product': 'Took the ordinary product BA',
  'entry.sign': 'Lost a sign in the product',
  'entry.divided': 'Divided the fractions instead of multiplying',
  'entry.extra-factor': 'Multiplied by a factor once too often',
  // property: true or false on given matrices
  'property.theorem-as-coincidence': 'Took a rule that always holds for a coincidence',
  'property.theorem-doubted': 'Thought a rule that always holds fails here',
  'property.square-only': 'Tied an entrywise rule to square matrices',
  'property.misread-entries': 'Misread the entries: the statement holds here',
  'property.identity-is-i': 'Took I for the identity of ∘ (it is J, all ones)',
  'property.hadamard-is-ordinary': 'Took A∘B for the ordinary product AB',
  'property.square-is-a2': 'Took A∘A for the matrix square A²',
  // psd: is M positive semidefinite?
  'psd.positive-entries': 'Took positive entries to mean PSD',
  'psd.positive-diagonal': 'Took a positive diagonal as enough for PSD',
  // (the generator draws not-PSD matrices with a positive diagonal; this one is for any other)
  'psd.witness-missed': 'Missed a vector x with xᵀMx < 0',
  'psd.negative-entries': 'Thought negative entries rule out PSD',
  'psd.pivots-misread': 'Misread the pivots: none is negative',
  'psd.singular-as-definite': 'Took a singular PSD matrix for a definite one',
  'psd.definite-as-singular': 'Took a definite matrix for a singular one',
  'psd.symmetry-missed': 'Missed that M is symmetric',
  'psd.symmetry-ignored': 'Judged PSD without checking symmetry',
  // schur: will A∘B be PSD?
  'schur.hypothesis-missed': 'Missed that both factors are PSD (Schur applies)',
  'schur.theorem-doubted': 'Did not trust the Schur product theorem',
  'schur.factor-misjudged': 'Judged a PSD factor not PSD',
  'schur.promise-without-hypothesis': "Claimed Schur's promise without its hypothesis",
  'schur.product-misjudged': 'Misjudged whether A∘B is PSD',
  'schur.theorem-backwards': 'Read the Schur product theorem backwards',
  // oppenheim: det(A∘B) and its bounds
  'oppenheim.bounds-misjudged': 'Misjudged the bounds: det(A) goes with ∏bᵢᵢ',
  'oppenheim.inequality-reversed': "Reversed Oppenheim's inequality",
  'oppenheim.equality-missed': 'Missed an equality case (diagonal, c·J, singular)',
  'oppenheim.equality-assumed': 'Assumed equality where the bound is strict',
  'oppenheim.schur-forgotten': 'Forgot that A∘B is PSD when A and B are',
  // trace: tr(AᵀB)
  'trace.dropped-transpose': 'Computed tr(AB): the transpose was dropped',
  'trace.diagonal-only': 'Summed only the diagonal of A∘B',
  'trace.product-of-traces': 'Took tr(A)·tr(B)',
  'trace.sum-of-ab': 'Summed the entries of AB instead of A∘B',
  'trace.product-of-sums': 'Multiplied the sums of A and B',
  'trace.added': 'Added the entries instead of multiplying them',
  'trace.sign': 'Lost a sign in the sum',
  // kronecker: where A∘B sits inside A⊗B
  'kronecker.zero-based': 'Used the 0-based formula with 1-based i, j',
  'kronecker.transposed-in-block': 'Transposed the position inside the block',
  'kronecker.block-start': 'Started block i at row i·m instead of (i−1)·m',
  'kronecker.top-left-block': 'Looked in the top-left block a₁₁·B',
  'kronecker.m-n-mixed': 'Mixed up m and n',
  'kronecker.row-column-swapped': 'Swapped row and column',
  'kronecker.off-by-one': 'Off by one inside the block',
  'kronecker.half-moved': 'Moved only the row or only the column',
  'kronecker.block-corner': 'Took a corner of the block, not position (i, j)',
} as const satisfies Record<string, string>;

export type MisconceptionId = keyof typeof MISCONCEPTIONS;

/** A misconception as questions, answers and counts carry it. */
export interface Misconception {
  id: MisconceptionId;
  label: string;
}

export function misconception(id: MisconceptionId): Misconception {
  return { id, label: misconceptionLabel(id) };
}

/**
 * The label of a stored id, in the current language; an id this version does not know (a newer bot wrote it) reads
 * as itself.
 */
export function misconceptionLabel(id: string): string {
  const key = `misc.${id}`;
  return isMisconceptionId(id) && isMessageKey(key) ? t(key) : id;
}

export function isMisconceptionId(id: string): id is MisconceptionId {
  return Object.hasOwn(MISCONCEPTIONS, id);
}
