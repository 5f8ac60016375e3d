/** `psd`: is M positive semidefinite? Exact verdict with a certificate; eigenvalues as evidence. */
import type { Eigenvalue, PsdData } from '../data.js';
import { fence, inlineVector, kindNote, matrixBlock, matrixLines, modeOf, shapeText, subscript } from '../format.js';
import {
  certifiedTextLong,
  formatScalar,
  negligibleBelow,
  toFloat,
  zeroLabel,
  type Scalar,
} from '../numbers/scalar.js';
import { Certified } from '../numbers/certified.js';
import type { Section } from '../types.js';
import type { Matrix } from '../numbers/matrix.js';
import {
  digitsText,
  psdData,
  psdVerdict,
  undecidedWords,
  verdictWords,
  type PsdVerdictResult,
} from '../theorems/psd-verdict.js';
import type { Operands } from './operands.js';
import { latexBlocks, latexEntry, latexLabel, latexNamed, latexVector, latexVerdict } from '../latex.js';
import type { VerbResult } from './result.js';
import { enclosureText, enclosuresText } from '../numbers/eigen-text.js';
import { t } from '../i18n/index.js';

export { enclosureText, enclosuresText };
import { MATRIX_HINT, onMatrices, type VerbModule, type VerbSpec } from './module.js';

/**
 * Eigenvalues for the text: up to 8, tiny ones as ≈0 (a float cannot tell them from 0), exact zeros as 0. When the
 * eigenvalues are the diagonal entries themselves (`entries`), they are shown as they are.
 */
export function eigenText(ev: readonly Eigenvalue[], exact: boolean, tolerance?: number, entries = false): string {
  if (ev.length === 0) return t('psd.eigenNotShown');
  const negligible = entries ? 0 : negligibleBelow(ev, tolerance);
  const items = ev.map((x) => zeroLabel(x, negligible, exact || entries) ?? formatScalar(x ?? 0, 4));
  return (items.length > 8 ? [...items.slice(0, 4), '…', ...items.slice(-3)] : items).join(', ');
}

/** The eigenvalue line of a verdict: evidence, with the balanced matrix's eigenvalues when they decided. */
export function eigenLine(label: string, r: PsdVerdictResult, m: Matrix): string {
  const none = (yes: boolean): string => (yes ? ` ${t('psd.noneNegative')}` : '');
  // A diagonal matrix's eigenvalues are its entries, shown as they are (exact, or with their proved digits).
  if (r.eigenvaluesAreEntries && r.kind !== 'float') {
    const diag = m.e.map((row, i) => row[i]).sort((x, y) => toFloat(x) - toFloat(y));
    const list = diag.map((x) => formatScalar(x)).join(', ');
    return t('psd.eigenDiagonal', { label, list }) + none(r.verdict === 'pd' || r.verdict === 'psd');
  }
  if (r.eigenEnclosures) {
    const zeros = r.exactZeroEigenvalues ?? 0;
    const list = enclosuresText(r.eigenEnclosures, zeros, r.verdict === 'pd' || r.verdict === 'psd');
    const line =
      zeros > 0
        ? t('psd.eigenCertifiedZeros', { zeros, rank: String(r.rank), list })
        : t('psd.eigenCertified', { list });
    return line + none(r.verdict === 'pd' || r.verdict === 'psd');
  }
  const exact = r.kind !== 'float';
  const list = eigenText(r.eigenvalues, exact, r.tolerance, r.eigenvaluesAreEntries);
  const noneNegative =
    r.verdict !== 'not_psd' && r.verdict !== 'undecided' && (r.eigenvalues.length > 0 || r.eigenvaluesAreEntries);
  let line =
    (r.eigenvaluesAreEntries ? t('psd.eigenDiagonal', { label, list }) : t('psd.eigenFloat', { list })) +
    none(noneNegative === true);
  if (r.decidedBy === 'eigenvalues' && r.balancedEigenvalues)
    line += `\n${t('psd.eigenBalanced', { label, list: eigenText(r.balancedEigenvalues, false, r.tolerance) })}`;
  return line;
}

/** The certificate in words: the witness for not_psd, the factorization for pd/psd, the open quantity for undecided. */
export function certificateText(label: string, r: PsdVerdictResult): string {
  if (r.verdict === 'undecided' && r.undecided)
    return t('cert.undecided', { words: undecidedWords(label, r.undecided) });
  if (r.verdict === 'not_psd' && r.witness && r.witnessValue !== undefined)
    return t('cert.witness', { x: inlineVector(r.witness), label, value: valueText(r.witnessValue) });
  if (r.verdict === 'not_psd' && r.minor) {
    const [i, j] = r.minor.map((k) => k + 1);
    const l = label.toLowerCase();
    return t('cert.minor', {
      i,
      j,
      product: `${l}${subscript(i, i)}·${l}${subscript(j, j)}`,
      square: `${l}${subscript(i, j)}²`,
    });
  }
  if ((r.verdict === 'pd' || r.verdict === 'psd') && r.decidedBy === 'signs')
    return r.verdict === 'pd'
      ? t('cert.diagonalPd', { label })
      : t('cert.diagonalPsd', { label, rank: String(r.rank) });
  if ((r.verdict === 'pd' || r.verdict === 'psd') && (r.pivots || r.factorization)) {
    const all = r.pivots ? r.pivots.map((x) => formatScalar(x)) : r.factorization!.D.map((x) => String(x));
    // A matrix from a file can have up to 256 pivots, each a long fraction: the first and last (all are in data).
    const d = all.length > 12 ? [...all.slice(0, 4), '…', all[all.length - 1]] : all;
    return r.verdict === 'psd'
      ? t('cert.ldltPsd', { label, pivots: d.join(', '), rank: String(r.rank) })
      : t('cert.ldlt', { label, pivots: d.join(', ') });
  }
  if (r.verdict === 'pd' && r.tolerance !== undefined) {
    const lowest = r.balancedEigenvalues?.[0];
    const shown = lowest === undefined ? '' : t('cert.choleskyLowest', { value: formatScalar(lowest, 4) });
    return t('cert.cholesky', { label, tolerance: formatScalar(r.tolerance, 3), shown });
  }
  return '';
}

/** A value in a sentence: exact as it is; a certified one with its proved digits, or ≈0 with its bound. */
export function valueText(x: Scalar): string {
  return x instanceof Certified ? certifiedTextLong(x) : formatScalar(x);
}

export function psdVerb(o: Operands): VerbResult<PsdData> {
  const m = o.mats[0];
  const label = o.labels[0] === 'A' ? 'M' : o.labels[0];
  const r = psdVerdict(m);
  const sections: Section[] = [{ body: matrixBlock([{ label, m }]) }];
  let summary: string;
  if (r.verdict === 'not_square') {
    summary = t('psd.notSquare', { label, shape: shapeText(m) });
  } else if (r.verdict === 'not_symmetric' && r.symmetricPart) {
    const s = r.symmetricPart.result;
    summary = t('psd.notSymmetric', { label });
    sections.push({
      heading: t('psd.symmetricPart'),
      body:
        `${t('psd.symmetricPartWhy', { label })}\n` +
        fence(['S =', ...matrixLines(r.symmetricPart.matrix)].join('\n')) +
        `\n${s.verdict === 'not_psd' ? t('psd.symmetricVerdictNotPsd') : t('psd.symmetricVerdict', { verdict: verdictWords(s.verdict, s.rank) })} ${certificateText('S', s)}\n${eigenLine('S', s, r.symmetricPart.matrix)}`,
    });
  } else {
    const digits = digitsText(Math.min(r.undecided?.digits ?? 0, 1000));
    summary =
      r.verdict === 'undecided'
        ? t(r.undecided?.symmetry ? 'psd.undecidedSymmetry' : 'psd.undecided', { label, digits })
        : r.verdict === 'not_psd'
          ? t('psd.summaryNotPsd', { label })
          : t(r.verdict === 'pd' ? 'psd.summaryPd' : 'psd.summary', {
              label,
              verdict: verdictWords(r.verdict, r.rank),
              rank: String(r.rank),
            });
    sections.push({ body: certificateText(label, r) });
    sections.push({ body: eigenLine(label, r, m) });
  }
  const judged = r.symmetricPart?.result ?? r;
  sections.push({ body: kindNote(modeOf(judged.kind), o.switched, judged.tolerance, judged.decidedBy) });
  const data = psdData(m, label, r);
  return { title: t('psd.title'), summary, sections, data: { ...data, latex: psdLatex(data) } };
}

/** The matrix, its verdict, and the witness xᵀMx < 0 or the LDLᵀ pivots. */
export function psdLatex(d: PsdData): string {
  const l = latexLabel(d.label);
  const lines = [latexNamed(d.label, d.matrix), latexVerdict(d.label, d.verdict, d.rank)];
  if (d.verdict === 'not_psd' && d.witness && d.witnessValue !== undefined)
    lines.push(`x = ${latexVector(d.witness)}, \\quad x^{\\top} ${l} x = ${latexEntry(d.witnessValue)} < 0`);
  if ((d.verdict === 'pd' || d.verdict === 'psd') && d.factorization) {
    const permuted = d.factorization.perm.some((p, i) => p !== i);
    lines.push(
      `${permuted ? `P ${l} P^{\\top}` : l} = L D L^{\\top}, \\quad D = \\operatorname{diag}(${d.factorization.D.map(latexEntry).join(', ')})`,
    );
  }
  return latexBlocks(lines);
}

const spec: VerbSpec = {
  verb: 'psd',
  aliases: ['ispsd'],
  description: 'Is this matrix positive semidefinite? Exact verdict with a certificate',
  usage: '/hadamard psd M',
  grammar: { kind: 'matrices', min: 1, max: 1, labels: ['M'] },
  options: [{ name: 'm', description: `Square matrix, ${MATRIX_HINT}`, required: true }],
  examples: [
    'psd [[1,1],[1,1]]',
    'psd [[1,2],[2,1]]',
    'psd [[0.1,0.2],[0.2,0.4]]',
    'psd hilbert(4)',
    'psd kms(5, 9/10)',
  ],
};

export default {
  spec,
  compute: onMatrices(spec, psdVerb),
  async figures(data, options) {
    const { renderPsdFigure } = await import('../render/psd.js');
    return [await renderPsdFigure(data, options)];
  },
} satisfies VerbModule<PsdData>;
