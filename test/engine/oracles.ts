/**
 * Independent oracles for the engine's answers: exact linear algebra written from the textbook
 * definitions (Laplace expansion, principal minors, Sylvester's criterion, an incremental row basis
 * for the rank), plus a reader and writer for the matrix text the property tests type.
 *
 * Nothing here imports the engine's parser, matrix operations, linear algebra or theorems; the
 * only engine code used is the number type `Rational` (BigInt p/q arithmetic). The algorithms are
 * deliberately different from the engine's (which uses LDLᵀ with pivoting, Bareiss and row
 * echelon elimination), and deliberately naive: they are only run on matrices up to 5×5.
 */
import { Rational } from '../../src/engine/numbers/rational.js';

export type Q = Rational;
export type QMatrix = Q[][];
export type Verdict = 'pd' | 'psd' | 'not_psd' | 'not_symmetric' | 'not_square';

const ZERO = Rational.ZERO;
const ONE = Rational.ONE;

// ---------------------------------------------------------------- reading the engine's `data`

/**
 * An exact entry of `data` (DESIGN §5): a JSON number that is a safe integer, or a string
 * "p/q" / "-123…". A float where an exact value belongs is an error, not something to round.
 */
export function fromEntry(e: unknown, what = 'entry'): Q {
  if (typeof e === 'number') {
    if (!Number.isSafeInteger(e)) throw new Error(`${what}: ${e} is a float where an exact value belongs`);
    return Rational.int(e);
  }
  if (typeof e === 'string') {
    const m = /^(-?\d+)(?:\/(\d+))?$/.exec(e);
    if (!m) throw new Error(`${what}: ${JSON.stringify(e)} is not "p/q"`);
    const den = BigInt(m[2] ?? '1');
    if (den === 0n) throw new Error(`${what}: zero denominator in ${e}`);
    return Rational.of(BigInt(m[1]), den);
  }
  throw new Error(`${what}: ${JSON.stringify(e)} is not an exact entry`);
}

export function fromMatrixData(m: unknown, what = 'matrix'): QMatrix {
  if (!Array.isArray(m) || !m.every(Array.isArray)) throw new Error(`${what}: not a list of rows`);
  return (m as unknown[][]).map((r, i) => r.map((e, j) => fromEntry(e, `${what}[${i}][${j}]`)));
}

export function fromVectorData(v: unknown, what = 'vector'): Q[] {
  if (!Array.isArray(v)) throw new Error(`${what}: not a list`);
  return v.map((e, i) => fromEntry(e, `${what}[${i}]`));
}

// ---------------------------------------------------------------- the text the tests type

/** Entry syntaxes the writer uses; the reader below reads exactly these. */
function splitDecimal(x: Q): { sign: string; digits: string; scale: number } | null {
  // x = ±digits · 10^(−scale) exactly, when the denominator is 2^a·5^b.
  let d = x.den;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return null;
  let scale = Math.max(twos, fives);
  let n = ((x.num < 0n ? -x.num : x.num) * 10n ** BigInt(scale)) / x.den;
  if (n === 0n) return { sign: '', digits: '0', scale: 0 };
  while (n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return { sign: x.num < 0n ? '-' : '', digits: n.toString(), scale };
}

/**
 * A grammar literal with exactly the value x. `style` picks among the equivalent spellings:
 * 0 the plain form (`7`, `-7/3`, `0.125`), 1 scientific with an integer mantissa (`125e-3`,
 * `7e25`), 2 scientific with one digit before the point (`1.25e-1`), 3 the fraction `p/q`.
 * Values that are not terminating decimals are always `p/q`.
 */
export function entryText(x: Q, style = 0): string {
  const dec = splitDecimal(x);
  if (!dec || style === 3) return x.toString();
  const { sign, digits, scale } = dec;
  if (digits === '0') return '0';
  if (style === 1) return scale === 0 ? `${sign}${digits}` : `${sign}${digits}e${-scale}`;
  if (style === 2) {
    const exp = digits.length - 1 - scale;
    const mant = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    return `${sign}${mant}e${exp}`;
  }
  // Plain: integers as digits, short decimals with a point, the rest in scientific form (a
  // 30-digit run of zeros is legal, but would eat the 4,000-character command budget).
  if (scale <= 0) return -scale <= 6 ? `${sign}${digits}${'0'.repeat(-scale)}` : `${sign}${digits}e${-scale}`;
  if (scale > 8) return `${sign}${digits}e${-scale}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}

/** Reads one literal written by entryText (our own reader, not the engine's). */
export function parseEntryText(s: string): Q {
  const frac = /^(-?\d+)\/(\d+)$/.exec(s);
  if (frac) return Rational.of(BigInt(frac[1]), BigInt(frac[2]));
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) throw new Error(`not a literal the tests write: ${JSON.stringify(s)}`);
  const [, sign, int, fracDigits = '', exp = '0'] = m;
  const scale = Number(exp) - fracDigits.length;
  let num = BigInt(int + fracDigits);
  if (sign === '-') num = -num;
  return scale >= 0 ? Rational.of(num * 10n ** BigInt(scale)) : Rational.of(num, 10n ** BigInt(-scale));
}

export type Syntax = 'json' | 'matlab' | 'matlab-newline';

/** A matrix as the user types it: `[[1,2],[3,4]]`, `[1 2; 3 4]` or rows on separate lines. */
export function matrixText(m: QMatrix, syntax: Syntax, styles?: number[][]): string {
  const cell = (i: number, j: number) => entryText(m[i][j], styles?.[i]?.[j] ?? 0);
  const rows = m.map((r, i) => r.map((_, j) => cell(i, j)));
  if (syntax === 'json') return `[${rows.map((r) => `[${r.join(',')}]`).join(',')}]`;
  return `[${rows.map((r) => r.join(' ')).join(syntax === 'matlab' ? '; ' : '\n')}]`;
}

/** Reads a matrix written by matrixText. */
export function parseMatrixText(text: string): QMatrix {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) throw new Error(`not a bracketed matrix: ${text}`);
  const inner = t.slice(1, -1).trim();
  const rows = inner.startsWith('[')
    ? [...inner.matchAll(/\[([^[\]]*)\]/g)].map((r) => r[1])
    : inner.split(/;|\n/).filter((r) => r.trim() !== '');
  return rows.map((r) =>
    r
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map(parseEntryText),
  );
}

// ---------------------------------------------------------------- plain exact linear algebra

export const q = (x: number | bigint, d: number | bigint = 1): Q => Rational.of(x, d);

export function shape(m: QMatrix): [number, number] {
  return [m.length, m[0]?.length ?? 0];
}

export function isSquare(m: QMatrix): boolean {
  return m.every((r) => r.length === m.length);
}

export function isSymmetric(m: QMatrix): boolean {
  if (!isSquare(m)) return false;
  for (let i = 0; i < m.length; i++) for (let j = 0; j < i; j++) if (!m[i][j].equals(m[j][i])) return false;
  return true;
}

export function isDiagonal(m: QMatrix): boolean {
  return m.every((r, i) => r.every((x, j) => i === j || x.isZero()));
}

export function transposeQ(m: QMatrix): QMatrix {
  const [rows, cols] = shape(m);
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => m[i][j]));
}

/** Entry by entry: (A∘B)ᵢⱼ = aᵢⱼbᵢⱼ. */
export function hadamardQ(a: QMatrix, b: QMatrix): QMatrix {
  return a.map((r, i) => r.map((x, j) => x.mul(b[i][j])));
}

export function addQ(a: QMatrix, b: QMatrix): QMatrix {
  return a.map((r, i) => r.map((x, j) => x.add(b[i][j])));
}

export function scaleQ(m: QMatrix, c: Q): QMatrix {
  return m.map((r) => r.map((x) => x.mul(c)));
}

/** Ordinary product, by the definition (AB)ᵢⱼ = Σₖ aᵢₖbₖⱼ. */
export function matMulQ(a: QMatrix, b: QMatrix): QMatrix {
  const inner = b.length;
  const cols = b[0]?.length ?? 0;
  return a.map((r) =>
    Array.from({ length: cols }, (_, j) => {
      let s = ZERO;
      for (let k = 0; k < inner; k++) s = s.add(r[k].mul(b[k][j]));
      return s;
    }),
  );
}

/** Kronecker product: (A⊗B)[i·p+k][j·s+l] = aᵢⱼ·bₖₗ for B of shape p×s. */
export function kronQ(a: QMatrix, b: QMatrix): QMatrix {
  const [p, s] = shape(b);
  const [m, n] = shape(a);
  return Array.from({ length: m * p }, (_, r) =>
    Array.from({ length: n * s }, (_, c) => a[Math.floor(r / p)][Math.floor(c / s)].mul(b[r % p][c % s])),
  );
}

export function identityQ(n: number): QMatrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? ONE : ZERO)));
}

export function diagProduct(m: QMatrix): Q {
  return m.reduce((p, r, i) => p.mul(r[i]), ONE);
}

/** Σᵢⱼ aᵢⱼbᵢⱼ, a plain double loop. */
export function entrySum(a: QMatrix, b: QMatrix): Q {
  let s = ZERO;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a[i].length; j++) s = s.add(a[i][j].mul(b[i][j]));
  return s;
}

export function trace(m: QMatrix): Q {
  return m.reduce((s, r, i) => s.add(r[i]), ZERO);
}

/** xᵀMx, by the double sum. */
export function quadraticForm(m: QMatrix, x: Q[]): Q {
  let s = ZERO;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) s = s.add(x[i].mul(m[i][j]).mul(x[j]));
  return s;
}

/** Determinant by Laplace (cofactor) expansion along the first row: n! terms, fine up to 5×5. */
export function det(m: QMatrix): Q {
  const n = m.length;
  if (n === 0) return ONE;
  if (n === 1) return m[0][0];
  let sum = ZERO;
  for (let j = 0; j < n; j++) {
    if (m[0][j].isZero()) continue;
    const minor = m.slice(1).map((r) => r.filter((_, c) => c !== j));
    const term = m[0][j].mul(det(minor));
    sum = j % 2 === 0 ? sum.add(term) : sum.sub(term);
  }
  return sum;
}

/** The submatrix on rows `rows` and columns `cols`. */
export function submatrix(m: QMatrix, rows: number[], cols: number[] = rows): QMatrix {
  return rows.map((i) => cols.map((j) => m[i][j]));
}

/** All k-element subsets of {0..n−1}, k ≥ 1, in increasing order. */
export function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (acc.length === k) out.push(acc.slice());
    else for (let i = start; i < n; i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

/**
 * Rank by an incremental row basis: each row is reduced against the rows kept so far (each with
 * its own pivot column, normalized to 1 there); what remains nonzero joins the basis.
 */
export function rank(m: QMatrix): number {
  const basis: { pivot: number; row: Q[] }[] = [];
  for (const original of m) {
    let row = original.slice();
    for (const b of basis) {
      const f = row[b.pivot];
      if (!f.isZero()) row = row.map((x, j) => x.sub(f.mul(b.row[j])));
    }
    const pivot = row.findIndex((x) => !x.isZero());
    if (pivot < 0) continue;
    const p = row[pivot];
    const normalized = row.map((x) => x.div(p));
    // Keep the basis reduced: clear the new pivot column from the rows already kept.
    for (const b of basis) {
      const f = b.row[pivot];
      if (!f.isZero()) b.row = b.row.map((x, j) => x.sub(f.mul(normalized[j])));
    }
    basis.push({ pivot, row: normalized });
  }
  return basis.length;
}

/** Rank as the size of the largest nonzero minor (a second, slower oracle, for the self-test). */
export function rankByMinors(m: QMatrix): number {
  const [rows, cols] = shape(m);
  for (let k = Math.min(rows, cols); k > 0; k--)
    for (const r of subsets(rows, k)) for (const c of subsets(cols, k)) if (!det(submatrix(m, r, c)).isZero()) return k;
  return 0;
}

/**
 * The PSD verdict from the definitions: not square, not symmetric, positive definite by
 * Sylvester's criterion (every leading principal minor > 0), positive semidefinite when every
 * principal minor (all 2ⁿ − 1 of them) is ≥ 0, and not PSD otherwise.
 */
export function psdVerdictOracle(m: QMatrix): Verdict {
  if (!isSquare(m)) return 'not_square';
  if (!isSymmetric(m)) return 'not_symmetric';
  const n = m.length;
  const leading = Array.from({ length: n }, (_, k) => det(submatrix(m, [...Array(k + 1).keys()])));
  if (leading.every((d) => d.sign() > 0)) return 'pd';
  for (let k = 1; k <= n; k++) for (const s of subsets(n, k)) if (det(submatrix(m, s)).sign() < 0) return 'not_psd';
  return 'psd';
}

export function isPsdVerdict(v: Verdict): boolean {
  return v === 'pd' || v === 'psd';
}

/** (M + Mᵀ)/2. */
export function symmetricPartQ(m: QMatrix): QMatrix {
  const half = Rational.of(1, 2);
  return m.map((r, i) => r.map((x, j) => x.add(m[j][i]).mul(half)));
}

// ---------------------------------------------------------------- doubles, exactly

/**
 * The exact rational value of a finite double (every double is m·2^e with an integer m): doubling is exact, so
 * x·2^k for the k that makes it an integer, then BigInt. For checking floating answers exactly: xᵀMx of a
 * floating witness, the sign of a floating 2×2 minor.
 */
export function exactDouble(x: number): Q {
  if (!Number.isFinite(x)) throw new Error(`exactDouble: ${x} is not finite`);
  let v = x;
  let k = 0;
  while (!Number.isInteger(v)) {
    v *= 2;
    k++;
  }
  const num = BigInt(v);
  return k === 0 ? Rational.of(num) : Rational.of(num, 2n ** BigInt(k));
}
