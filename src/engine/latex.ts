/**
 * LaTeX for homework (DESIGN §11): every answer that shows matrices carries `data.latex`, display-math blocks
 * `\[ … \]` (amsmath): matrices as `bmatrix`, exact fractions as `\frac{p}{q}`, floats to 6 significant digits as
 * the text shows them (`1.5 \times 10^{-8}` past the decimal range), the equation of the answer and its verdict.
 * Built from the `data` entries (numbers and "p/q" strings), so a channel's `numbers: decimals` style never turns
 * an exact fraction into a rounded decimal here.
 *
 * @example
 * latexMatrix([[1, '-1/2'], [0, 3]])
 * // \begin{bmatrix} 1 & -\frac{1}{2} \\ 0 & 3 \end{bmatrix}
 */
import type { Entry, MatrixData, PsdVerdict } from './data.js';
import { formatScalar } from './numbers/scalar.js';
import { t } from './i18n/index.js';

/** One entry: `3`, `-\frac{7}{3}`, `0.333333`, `1.5 \times 10^{-8}`. */
export function latexEntry(e: Entry): string {
  if (typeof e === 'number') return latexDecimal(formatScalar(e));
  const frac = /^(-?)(\d+)\/(\d+)$/.exec(e);
  if (frac) return `${frac[1]}\\frac{${frac[2]}}{${frac[3]}}`;
  // A big integer, or a float carried as a string beyond the double range ("9.86960440108936e400").
  const sci = /^(-?\d+(?:\.\d+)?)e([+-]?\d+)$/i.exec(e);
  if (sci) {
    const mantissa = Number(Number(sci[1]).toPrecision(6));
    return `${mantissa} \\times 10^{${Number(sci[2])}}`;
  }
  return latexSymbolic(e);
}

/**
 * An exact symbolic entry, as the engine writes it in `data` (`sqrt(2)/2`, `2*pi`, `pi^2 - 1`, `exp(-1/2)`,
 * `(1 + sqrt(3))/2`, `1e-100*pi`), in LaTeX: `\frac{\sqrt{2}}{2}`, `2\pi`, `\pi^{2} - 1`, `e^{-1/2}`.
 */
export function latexSymbolic(e: string): string {
  const t = e.trim();
  if (t.startsWith('-') && topLevelSlash(t.slice(1))) return `-${latexSymbolic(t.slice(1))}`;
  // A quotient at the top level: (…)/(…), X/N.
  const split = topLevelSlash(t);
  if (split) {
    const [num, den] = split;
    return `\\frac{${latexSymbolic(unwrap(num))}}{${latexSymbolic(unwrap(den))}}`;
  }
  return t
    .replace(/(\d+(?:\.\d+)?)e(-?\d+)\*/g, (_, m: string, k: string) => `${m === '1' ? '' : `${m} \\cdot `}10^{${k}} `)
    .replace(/sqrt\((\d+)\)/g, '\\sqrt{$1}')
    .replace(/exp\(([^()]*)\)/g, 'e^{$1}')
    .replace(/\bpi\^\((-?\d+)\)/g, '\\pi^{$1}')
    .replace(/\bpi\^(\d+)/g, '\\pi^{$1}')
    .replace(/\be\^(\d+)/g, 'e^{$1}')
    .replace(/(?<!\\)\bpi\b/g, '\\pi')
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "a/b" split at the last slash outside parentheses, when a is one term (no + or − at its top level); else null. */
function topLevelSlash(e: string): [string, string] | null {
  let depth = 0;
  let slash = -1;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '/') slash = i;
    else if (depth === 0 && (c === '+' || c === '-') && i > 0 && e[i - 1] !== 'e' && e[i - 1] !== '(') return null;
  }
  return slash > 0 ? [e.slice(0, slash), e.slice(slash + 1)] : null;
}

function unwrap(s: string): string {
  const t = s.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth--;
    if (depth === 0 && i < t.length - 1) return t;
  }
  return t.slice(1, -1);
}

/** `1.5e-8` (as formatScalar writes small and large doubles) → `1.5 \times 10^{-8}`. */
function latexDecimal(s: string): string {
  const sci = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return sci ? `${sci[1]} \\times 10^{${Number(sci[2])}}` : s;
}

/** `\begin{bmatrix} … \end{bmatrix}`, rows split by `\\`, entries by `&`. */
export function latexMatrix(m: MatrixData): string {
  return `\\begin{bmatrix} ${m.map((r) => r.map(latexEntry).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** A column vector as a transposed row: `\begin{bmatrix} 1 & -1 \end{bmatrix}^{\top}`. */
export function latexVector(v: Entry[]): string {
  return `\\begin{bmatrix} ${v.map(latexEntry).join(' & ')} \\end{bmatrix}^{\\top}`;
}

/** A label in math mode: `A`, `M_{1}`, `\mathrm{Cov}`. */
export function latexLabel(label: string): string {
  if (/^[A-Za-z]$/.test(label)) return label;
  const sub = /^([A-Za-z])_?(\d+)$/.exec(label);
  if (sub) return `${sub[1]}_{${sub[2]}}`;
  return `\\mathrm{${label.replace(/_/g, '\\_')}}`;
}

/** The Hadamard product of labels: `A \circ B \circ C`. */
export function latexCirc(labels: string[]): string {
  return labels.map(latexLabel).join(' \\circ ');
}

/** `\text{…}` with the characters LaTeX treats specially escaped. */
export function latexText(s: string): string {
  const escaped = s.replace(/[\\{}$&#%_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
  return `\\text{${escaped}}`;
}

/** A PSD verdict as a relation and words: `M \succ 0 \quad \text{(positive definite)}`. */
export function latexVerdict(label: string, v: PsdVerdict | null, rank?: number | null): string {
  const l = latexLabel(label);
  switch (v) {
    case 'pd':
      return `${l} \\succ 0 \\quad ${latexText(`(${t('verdict.pd')})`)}`;
    case 'psd':
      return `${l} \\succeq 0 \\quad ${latexText(rank != null ? `(${t('verdict.psdRank', { rank: String(rank) })})` : t('psd.latexPsd'))}`;
    case 'not_psd':
      return `${l} \\not\\succeq 0 \\quad ${latexText(`(${t('verdict.not_psd')})`)}`;
    case 'not_symmetric':
      return `${l} \\neq ${l}^{\\top} \\quad ${latexText(t('psd.latexNotSymmetric'))}`;
    case 'not_square':
      return `${latexText(t('psd.latexNotSquare', { label }))}`;
    default:
      return latexText(t('psd.latexNotDecided', { label }));
  }
}

/** Display-math blocks, one per line of the answer. */
export function latexBlocks(lines: string[]): string {
  return lines.map((l) => `\\[ ${l} \\]`).join('\n');
}

/** `X = \begin{bmatrix}…\end{bmatrix}`. */
export function latexNamed(label: string, m: MatrixData): string {
  return `${latexLabel(label)} = ${latexMatrix(m)}`;
}

/**
 * The hook for every surface (CLI `--latex`, the local page's copy button, Discord's "LaTeX" button, Slack's overflow
 * action): the answer's LaTeX, or undefined when it shows no matrices (help, explain, the study-group verbs).
 */
export function answerLatex(answer: { ok: true; data: Record<string, unknown> }): string | undefined {
  const l = answer.data.latex;
  return typeof l === 'string' && l !== '' ? l : undefined;
}

/** The LaTeX as a fenced code block, as a chat message shows it (an ephemeral reply to a "LaTeX" button). */
export function latexCodeBlock(latex: string): string {
  return '```latex\n' + latex + '\n```';
}
