/** `psd`: is M positive semidefinite? Exact verdict with a certificate; eigenvalues as evidence. */
import type { PsdData } from '../data.js';
import { fence, inlineVector, matrixBlock, matrixLines, numericsNote, shapeText } from '../format.js';
import { formatScalar, negligibleBelow, zeroLabel } from '../numbers/scalar.js';
import type { Section } from '../types.js';
import { psdData, psdVerdict, verdictWords, type PsdVerdictResult } from '../theorems/psd-verdict.js';
import type { Operands } from './operands.js';
import type { VerbResult } from './result.js';

export function eigenText(ev: number[], exact: boolean, tolerance?: number): string {
  if (ev.length === 0) return 'not shown (entries beyond the floating-point range)';
  const negligible = negligibleBelow(ev, tolerance);
  const shown = ev.length > 8 ? [...ev.slice(0, 4), NaN, ...ev.slice(-3)] : ev;
  return shown.map((x) => (Number.isNaN(x) ? '…' : (zeroLabel(x, negligible, exact) ?? formatScalar(x, 4)))).join(', ');
}

/** The certificate in words: the witness for not_psd, the factorization for pd/psd. */
export function certificateText(label: string, r: PsdVerdictResult): string {
  if (r.verdict === 'not_psd' && r.witness && r.witnessValue !== undefined)
    return `Witness: x = ${inlineVector(r.witness)} gives xᵀ${label}x = ${formatScalar(r.witnessValue)} < 0.`;
  if ((r.verdict === 'pd' || r.verdict === 'psd') && r.factorization) {
    const d = r.factorization.D.map((x) => String(x));
    return `Certificate: ${label} = PᵀLDLᵀP (LDLᵀ with symmetric pivoting) with D = diag(${d.join(', ')}), every pivot ≥ 0${r.verdict === 'psd' ? `, ${r.rank} of them positive` : ''}.`;
  }
  if ((r.verdict === 'pd' || r.verdict === 'psd') && r.tolerance !== undefined)
    return `Numerical certificate: the smallest eigenvalue ${formatScalar(r.eigenvalues[0] ?? 0, 4)} is ≥ −${formatScalar(r.tolerance, 3)} (the tolerance).`;
  return '';
}

export function psdVerb(o: Operands): VerbResult<PsdData> {
  const m = o.mats[0];
  const label = o.labels[0] === 'A' ? 'M' : o.labels[0];
  const r = psdVerdict(m);
  const sections: Section[] = [{ body: matrixBlock([{ label, m }]) }];
  let summary: string;
  if (r.verdict === 'not_square') {
    summary = `${label} is ${shapeText(m)}, not square: positive semidefiniteness is defined for square symmetric matrices.`;
  } else if (r.verdict === 'not_symmetric' && r.symmetricPart) {
    const s = r.symmetricPart.result;
    summary = `${label} is not symmetric, so "positive semidefinite" does not apply (it is defined for symmetric matrices).`;
    sections.push({
      heading: 'The symmetric part',
      body:
        `For xᵀ${label}x only the symmetric part S = (${label}+${label}ᵀ)/2 matters, since xᵀ${label}x = xᵀSx for every x.\n` +
        fence(['S =', ...matrixLines(r.symmetricPart.matrix)].join('\n')) +
        `\nS is **${verdictWords(s.verdict, s.rank)}**. ${certificateText('S', s)}\nEigenvalues of S: ${eigenText(s.eigenvalues, m.exact, s.tolerance)}.`,
    });
  } else {
    summary = `${label} is **${verdictWords(r.verdict, r.rank)}**${r.verdict === 'pd' ? ` (rank ${r.rank})` : ''}.`;
    sections.push({ body: certificateText(label, r) });
    sections.push({
      body: `Eigenvalues (floating point, shown as evidence): ${eigenText(r.eigenvalues, m.exact, r.tolerance)}.${r.verdict === 'not_psd' ? '' : ' None is negative.'}`,
    });
  }
  sections.push({ body: numericsNote(m.exact, r.tolerance ?? r.symmetricPart?.result.tolerance, o.switched) });
  return { title: 'Positive semidefinite?', summary, sections, data: psdData(m, label, r) };
}
