/**
 * Text formatting shared by every verb: matrices as aligned monospace blocks (side by side
 * when they fit), inline `[[10,18],[28,8]]` forms, subscripts, vectors. Neutral markdown only.
 */
import { t } from './i18n/index.js';
import type { Matrix } from './numbers/matrix.js';
import { formatScalar, type Scalar } from './numbers/scalar.js';
import { Rational } from './numbers/rational.js';
import { Symbolic } from './numbers/symbolic.js';
import { intervalText } from './numbers/decimal.js';

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂"; two indices ≥ 10 get a comma: (1,10) → "₁,₁₀". */
export function subscript(i: number, j?: number): string {
  const s = (n: number): string => String(n).replace(/\d/g, (d) => SUB[Number(d)]);
  if (j === undefined) return s(i);
  return i >= 10 || j >= 10 ? `${s(i)},${s(j)}` : `${s(i)}${s(j)}`;
}

/**
 * Largest side written out in full in text answers (the typed limit). A matrix from a file can be 256×256: its text
 * shows the corners around ⋯ and ⋮ (the figure shows it all, `data` holds every entry).
 */
export const MAX_TEXT_SIDE = 12;
/** Leading and trailing rows (or columns) kept around the ellipsis of a large matrix. */
const HEAD = 4;
const TAIL = 2;

/** The indices shown of `n` rows or columns, with -1 where the ellipsis goes. */
function shownIndices(n: number): number[] {
  if (n <= MAX_TEXT_SIDE) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: HEAD }, (_, i) => i), -1, ...Array.from({ length: TAIL }, (_, i) => n - TAIL + i)];
}

/** `[[10,18],[28,8]]` (exact fractions unquoted: `[[1/2,1/3]]`); a large matrix with its corners and `…`. */
export function inlineMatrix(m: Matrix): string {
  const cols = shownIndices(m.cols);
  const row = (r: Scalar[]): string => `[${cols.map((j) => (j < 0 ? '…' : formatScalar(r[j]))).join(',')}]`;
  return `[${shownIndices(m.rows)
    .map((i) => (i < 0 ? '…' : row(m.e[i])))
    .join(',')}]`;
}

/** `(1, -1)`; a long vector (from a file) with its first and last entries around `…` and its length. */
export function inlineVector(v: Scalar[]): string {
  if (v.length <= MAX_TEXT_SIDE) return `(${v.map((x) => formatScalar(x)).join(', ')})`;
  const shown = shownIndices(v.length).map((i) => (i < 0 ? '…' : formatScalar(v[i])));
  return `(${shown.join(', ')}; ${v.length} entries)`;
}

/** Lines of one matrix with ⎡⎤ brackets and right-aligned columns (corners around ⋯ and ⋮ beyond 12×12). */
export function matrixLines(m: Matrix): string[] {
  const rowIdx = shownIndices(m.rows);
  const colIdx = shownIndices(m.cols);
  const cells = rowIdx.map((i) =>
    colIdx.map((j) => (j < 0 ? (i < 0 ? '⋱' : '⋯') : i < 0 ? '⋮' : formatScalar(m.e[i][j]))),
  );
  const widths = colIdx.map((_, j) => Math.max(...cells.map((r) => [...r[j]].length)));
  const body = cells.map((r) => r.map((c, j) => c.padStart(widths[j] + c.length - [...c].length)).join('  '));
  if (body.length === 1) return [`[ ${body[0]} ]`];
  return body.map((line, i) => {
    const [l, r] = i === 0 ? ['⎡', '⎤'] : i === body.length - 1 ? ['⎣', '⎦'] : ['⎢', '⎥'];
    return `${l} ${line} ${r}`;
  });
}

/**
 * Several matrices with labels, joined by operators (`∘`, `=`), side by side when the
 * total width fits `maxWidth`, else one under another. Returns a fenced code block.
 */
export function matrixBlock(items: { label: string; m: Matrix }[], ops: string[] = [], maxWidth = 64): string {
  const blocks = items.map(({ label, m }) => {
    const lines = matrixLines(m);
    const w = Math.max(label.length, ...lines.map((l) => [...l].length));
    return { label, lines, w };
  });
  const total = blocks.reduce((a, b) => a + b.w, 0) + ops.reduce((a, o) => a + o.length + 2, 0);
  const height = Math.max(...blocks.map((b) => b.lines.length));
  if (total <= maxWidth && items.length > 1) {
    const mid = Math.floor((height - 1) / 2);
    const out: string[] = [];
    const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - [...s].length));
    out.push(
      blocks
        .map((b, k) => pad(b.label, b.w) + (k < ops.length ? ' '.repeat(ops[k].length + 2) : ''))
        .join('')
        .trimEnd(),
    );
    for (let row = 0; row < height; row++) {
      let line = '';
      blocks.forEach((b, k) => {
        const off = Math.floor((height - b.lines.length) / 2);
        const l = b.lines[row - off] ?? '';
        line += pad(l, b.w);
        if (k < ops.length) line += row === mid ? ` ${ops[k]} ` : ' '.repeat(ops[k].length + 2);
      });
      out.push(line.trimEnd());
    }
    return fence(out.join('\n'));
  }
  return fence(blocks.map((b) => [`${b.label} =`, ...b.lines].join('\n')).join('\n\n'));
}

export function fence(s: string): string {
  return '```\n' + s + '\n```';
}

export function shapeText(m: Matrix): string {
  return `${m.rows}×${m.cols}`;
}

/**
 * Under answers with a verdict: the "exact" note, or the floating-point note: why the answer is numerical, and the tolerance used where one decided
 * (`decidedBy`: a floating PSD verdict decided by signs or a clear 2×2 minor needs no tolerance).
 */
export function numericsNote(
  exact: boolean,
  tolerance?: number,
  switched = false,
  decidedBy?: 'signs' | 'minor' | 'eigenvalues',
): string {
  if (exact) return 'Exact rational arithmetic: every verdict above is decided exactly.';
  const why = switched
    ? 'the numbers were too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix), so the engine switched to floating point'
    : 'the numbers are doubles read from a file, past the exact budget';
  const tol =
    decidedBy === 'signs' || decidedBy === 'minor'
      ? ' The verdict follows from signs and inequalities that rounding cannot reach, so no tolerance was needed.'
      : tolerance !== undefined
        ? ` Values within ±${formatScalar(tolerance, 3)} of zero count as zero.`
        : '';
  return `Numerical answer (floating point): ${why}.${tol}`;
}

/** How an answer's numbers were computed: rationals, exact symbolic values, certified enclosures, or doubles. */
export type NumberMode = 'rational' | 'exact' | 'certified' | 'float';

/** The mode of a matrix kind (linalg/decide.ts). */
export function modeOf(kind: 'rational' | 'symbolic' | 'certified' | 'float'): NumberMode {
  return kind === 'symbolic' ? 'exact' : kind;
}

/** The most general of several modes (rational < exact < certified < float). */
export function widestMode(...modes: NumberMode[]): NumberMode {
  const order: NumberMode[] = ['rational', 'exact', 'certified', 'float'];
  return order[Math.max(0, ...modes.map((m) => order.indexOf(m)))];
}

/**
 * The note under an answer (DESIGN §4): exact rationals; exact surds and π/e polynomials; certified enclosures
 * (every sign proved, `undecided` said where it could not be); or the floating note for large matrices of doubles.
 */
export function kindNote(
  mode: NumberMode,
  switched = false,
  tolerance?: number,
  decidedBy?: 'signs' | 'minor' | 'eigenvalues',
): string {
  if (mode === 'rational') return t('note.rational');
  if (mode === 'exact') return t('note.exact');
  if (mode === 'certified')
    return t('note.certified', { why: t(switched ? 'note.certifiedSwitched' : 'note.certifiedWhy') });
  void tolerance;
  void decidedBy;
  return t('note.float', { why: t(switched ? 'note.floatSwitched' : 'note.floatWhy') });
}

/** The note under a plain product: there is no verdict to vouch for, only how it was computed. */
export function productNumericsNote(mode: NumberMode | boolean, switched = false): string {
  const m: NumberMode = mode === true ? 'rational' : mode === false ? 'float' : mode;
  if (m === 'rational') return t('product.noteRational');
  if (m === 'exact') return t('product.noteExact');
  if (m === 'certified') return t(switched ? 'product.noteCertifiedSwitched' : 'product.noteCertified');
  return t(switched ? 'product.noteFloatSwitched' : 'product.noteFloat');
}

/** An exact symbolic value with its proved decimal beside it (`1e16*pi - 31415926535897932 ≈ 0.384626`). */
export function withDecimal(x: Scalar): string {
  const text = formatScalar(x);
  if (!(x instanceof Symbolic)) return text;
  const d = intervalText(x.refined(24), 6);
  return d && d !== text ? `${text} ≈ ${d}` : text;
}

/** A matrix as `[[…],[…]]` with each entry as a decimal of its proved digits (6 at most). */
export function decimalMatrix(m: Matrix): string {
  const cell = (x: Scalar): string => {
    if (typeof x === 'number' || x instanceof Rational) return formatScalar(x);
    const iv = x.refined(24);
    return intervalText(iv, 6) ?? '≈0';
  };
  return `[${m.e.map((r) => `[${r.map(cell).join(', ')}]`).join(', ')}]`;
}
